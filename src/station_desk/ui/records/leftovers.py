"""有未保存的草稿: the session forms a counsellor left unsaved (a crash, a power cut, a window
closed without saving), offered once per sign-in when the records are first opened, and from
the Today page whenever some are left: reopen one in its file, or discard it."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import sessions
from station_desk.domain.records.sessions import Leftover
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.records.common import WARNING_STYLE, local_time, table_view
from station_desk.ui.records.file_view import FileWindow, open_file_window
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.records.session_editor import SessionEditor

# Sessions (sign-ins) that have been offered their leftovers already.
_offered: weakref.WeakSet[Session] = weakref.WeakSet()


def record_label(item: Leftover) -> str:
    if item.session_id is None:
        return QCoreApplication.translate("Records", "New record (never saved)")
    if item.session_no is None:
        return QCoreApplication.translate("Records", "A record that no longer exists")
    return arg(QCoreApplication.translate("Records", "Draft of session %1"), item.session_no)


class LeftoverDraftsDialog(QDialog):
    """The list, with Reopen and Discard. Shown with open() (window-modal, no nested loop)."""

    def __init__(self, session: Session, items: list[Leftover],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.window_opened: QDialog | None = None
        self.editor: SessionEditor | None = None
        self.setWindowTitle(self.tr("Unsaved drafts"))
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("You have unsaved drafts: text typed into session records "
                                    "that was never saved, kept encrypted on this computer. "
                                    "Reopen one to go on writing, or discard it."))
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.intro)
        self.model = ListTableModel([
            (lambda: self.tr("Last typed"), lambda d: local_time(d.updated_at)),
            (lambda: self.tr("File number"), lambda d: d.file_no or "—"),
            (lambda: self.tr("Name"), lambda d: d.client_name or "—"),
            (lambda: self.tr("Record"), record_label),
            (lambda: self.tr("Beginning"), lambda d: d.preview or self.tr("(no notes yet)")),
        ], items, highlight=lambda d: not d.reachable, parent=self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.reopen())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        layout.addWidget(self.view, 1)
        self.note = QLabel(self.tr("Drafts in red cannot be reopened (the file is no longer "
                                   "yours, or the record was signed or deleted); discard "
                                   "them."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.clicked.connect(self.discard)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.later_button)
        layout.addLayout(buttons)
        if items:
            self.view.selectRow(0)
        self._update()

    def selected(self) -> Leftover | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update(self) -> None:
        item = self.selected()
        self.reopen_button.setEnabled(item is not None and item.reachable)
        self.discard_button.setEnabled(item is not None)
        self.note.setVisible(any(not d.reachable for d in self.model.rows))

    def refresh(self) -> None:
        try:
            items = sessions.leftover_drafts(self.session)
        except StationDeskError as exc:
            messages.error(self, error_text(exc))
            items = []
        self.model.set_rows(items)
        if items:
            self.view.selectRow(0)
        self._update()

    def reopen(self) -> SessionEditor | None:
        """Open the file and, in it, the editor with the draft's text restored."""
        item = self.selected()
        if item is None or not item.reachable or item.client_id is None:
            return None
        window = open_file_window(self.parentWidget() or self, self.session, item.client_id)
        if not isinstance(window, FileWindow):
            return None
        self.window_opened = window
        view = window.view
        if item.session_id is None:
            editor = view.new_session()
        else:
            view.select_record(item.session_id)
            editor = view.edit_session()
        self.editor = editor
        self.accept()
        return editor

    def discard(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        what = item.file_no or self.tr("a file you no longer reach")
        if not messages.confirm(self, arg(self.tr("Discard the unsaved text for %1 (%2)? It "
                                                  "cannot be brought back."), what,
                                          record_label(item))):
            return False
        sessions.discard_leftover(self.session, item.ref)
        self.refresh()
        if not self.model.rows:
            self.accept()
        return True


def offer_leftovers(parent: QWidget, session: Session, *, again: bool = False
                    ) -> LeftoverDraftsDialog | None:
    """Show this user's leftover drafts, once per sign-in (or `again`, on request)."""
    if session.locked or not session.can(Permission.WRITE_SESSION):
        return None
    if session in _offered and not again:
        return None
    _offered.add(session)
    try:
        items = sessions.leftover_drafts(session)
    except StationDeskError:
        return None
    if not items:
        return None
    dialog = LeftoverDraftsDialog(session, items, parent)
    dialog.open()
    return dialog
