"""The windows a screen lock puts out of sight, and brings back as they were.

Locking hides every other window of the app (file windows, record dialogs, modal ones too)
rather than closing it, so nothing typed is lost: dialogs shown by `modal.run_modal` keep
waiting while hidden, and on unlock every window comes back with its input, the one that had
the keyboard on top and with the keyboard again.

Before hiding, each window that can (`keep_input()`) writes what was typed into the encrypted
autosave, because a locked screen may never be unlocked: the next person may sign the user
out, or the PC may be shut down. A window closed that way offers its text back the next time
the same form is opened. Nothing is ever written in plain text.
"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from station_desk.ui.modal import alive


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def keep_input(window: QWidget) -> None:
    """Autosave what `window` (and any window inside it) holds; a failure never stops a lock."""
    for widget in [window, *window.findChildren(QWidget)]:
        keep = getattr(widget, "keep_input", None)
        if callable(keep) and (widget is window or widget.isWindow()):
            with contextlib.suppress(Exception):
                keep()


class WindowsAside:
    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.windows: list[QWidget] = []
        self._active: QWidget | None = None
        self._focus: QWidget | None = None

    def hide_all(self) -> None:
        """Keep the input of, then hide, every visible window but the owner."""
        self._active = QApplication.activeWindow()
        self._focus = QApplication.focusWidget()
        for window in QApplication.topLevelWidgets():
            if window is not self.owner and window.isVisible() and window.isWindow():
                self.add(window)

    def add(self, window: QWidget) -> None:
        """Put one more window aside (one that tried to appear while locked)."""
        keep_input(window)
        if window not in self.windows:
            self.windows.append(window)
        window.hide()

    def restore(self) -> None:
        """Show them again: parents before their dialogs, modal ones above the rest, and the
        window that was active last, so it is on top and has the keyboard."""
        windows = [w for w in self.windows if alive(w)]
        self.windows = []

        def order(window: QWidget) -> tuple[int, int, int]:
            return (window is self._active, window.isModal(), _depth(window))

        for window in sorted(windows, key=order):
            window.show()
        active = self._active if alive(self._active) and (
            self._active in windows or self._active is self.owner) else None
        focus = self._focus if alive(self._focus) else None
        self._active = self._focus = None
        if active is not None:
            active.raise_()
            active.activateWindow()
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def abandon(self) -> None:
        """The windows will not come back (sign-out, quit): end the dialogs' waits without
        their own cancel handling, which could drop the autosave just written."""
        for window in self.windows:
            if alive(window) and isinstance(window, QDialog):
                QDialog.done(window, int(QDialog.DialogCode.Rejected))
        self.windows = []
        self._active = self._focus = None
