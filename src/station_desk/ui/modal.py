"""Modal dialogs that survive the screen lock.

`QDialog.exec()` runs the dialog in its own event loop and ends that loop the moment the
dialog is hidden, returning "rejected" as if Cancel had been pressed. Locking hides every
window, so a dialog run by `exec()` would come back from a lock cancelled, with whatever was
typed thrown away by its caller. `run_modal` shows the dialog just as modally, but waits in an
event loop of its own that only ends when the dialog is finished (accepted, rejected, done) or
destroyed: hiding and showing it again (lock, unlock) leaves it, and its input, where it was.

Every dialog the app opens modally goes through here (a project test checks there is no other
`exec()` in the screens); tests replace the dialogs' `ask()` classmethods and never run it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def alive(widget: QWidget | None) -> bool:
    """Whether the widget's C++ object still exists (it may go with its parent window)."""
    return widget is not None and shiboken6.isValid(widget)


def run_modal(dialog: QDialog) -> int:
    """Show `dialog` modally and wait until it is finished; its result code (a destroyed
    dialog counts as rejected). Unlike `exec()`, hiding the dialog does not end the wait."""
    if dialog.windowModality() == Qt.WindowModality.NonModal:
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    loop = QEventLoop()
    outcome: list[int] = []

    def finished(code: int) -> None:
        outcome.append(code)
        loop.quit()

    dialog.finished.connect(finished)
    dialog.destroyed.connect(loop.quit)
    dialog.show()
    if alive(dialog) and dialog.isVisible() and not outcome:
        loop.exec()
    if alive(dialog):
        dialog.finished.disconnect(finished)
    return outcome[0] if outcome else int(QDialog.DialogCode.Rejected)


def accepted(dialog: QDialog) -> bool:
    return run_modal(dialog) == int(QDialog.DialogCode.Accepted)


def dispose(widget: QWidget | None) -> None:
    """deleteLater, unless the widget already went (with its window, at sign-out)."""
    if alive(widget):
        assert widget is not None
        widget.deleteLater()


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton,
                default: QMessageBox.StandardButton | None = None
                ) -> QMessageBox.StandardButton:
    """A message box run by `run_modal`: the answer given, or the escape button's if the box
    went without one (its window closed at sign-out)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    if default is not None:
        box.setDefaultButton(default)
    run_modal(box)
    if not alive(box):
        return QMessageBox.StandardButton.NoButton
    clicked = box.clickedButton()
    answer = box.standardButton(clicked) if clicked is not None else \
        QMessageBox.StandardButton.NoButton
    box.deleteLater()
    return answer
