"""有未保存的草稿: the session forms a counsellor left unsaved (a crash, a power cut, a window
closed without saving), and the other forms whose text was kept when the screen locked and
which were then closed unsaved (signed out or shut down while locked: `ui.kept_input`),
offered once per sign-in when the records are first opened, and from the Today page whenever
some are left: reopen one in its file, or discard it."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import access, drafts, files, sessions
from station_desk.domain.records.sessions import Leftover
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages, theme
from station_desk.ui.i18n import arg
from station_desk.ui.kept_input import KIND as FORM_KIND
from station_desk.ui.kept_input import form_name, parse_ref, preview
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.records import rights
from station_desk.ui.records.common import local_time, read_into, table_view
from station_desk.ui.records.file_window import (
    ClientFileView,
    DirectoryCard,
    FileWindow,
    open_file_window,
)
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.records.session_editor import SessionEditor

# Sessions (sign-ins) that have been offered their leftovers already.
_offered: weakref.WeakSet[Session] = weakref.WeakSet()


def record_label(item: Leftover) -> str:
    if item.kind == FORM_KIND:
        return arg(QCoreApplication.translate("Records", "%1 (never saved)"),
                   form_name(parse_ref(item.ref)[0]))
    if item.session_id is None:
        return QCoreApplication.translate("Records", "New record (never saved)")
    if item.session_no is None:
        return QCoreApplication.translate("Records", "A record that no longer exists")
    return arg(QCoreApplication.translate("Records", "Draft of session %1"), item.session_no)


# Forms about a file's registration, which reception may reopen too; the others are clinical.
_DIRECTORY_FORMS = {"details", "appointment"}


def form_leftovers(session: Session) -> list[Leftover]:
    """This user's kept form input (see `ui.kept_input`), described like the session drafts:
    the file from the directory (what this user may see of it), reachable if the form can be
    opened again from here."""
    out = []
    for draft in drafts.all_pending(session):
        if draft.kind != FORM_KIND:
            continue
        form, client_id = parse_ref(draft.ref)
        file_no = name = ""
        reachable = False
        if client_id is not None:
            try:
                entries = files.directory_rows(session, [client_id])
                if entries:
                    file_no, name = entries[0].file_no, entries[0].name
                    reachable = form in _DIRECTORY_FORMS or \
                        access.can_view_clinical(session, client_id)
            except StationDeskError:
                pass
        out.append(Leftover(FORM_KIND, draft.ref, client_id, file_no, name, None, None,
                            draft.updated_at, preview(draft.payload), reachable))
    return out


def all_leftovers(session: Session) -> list[Leftover]:
    """Session drafts (for those who write records) and kept forms, newest first."""
    items = sessions.leftover_drafts(session) if session.can(Permission.WRITE_SESSION) else []
    items += form_leftovers(session)
    return sorted(items, key=lambda d: d.updated_at, reverse=True)


def reopen_form(window: QDialog, ref: str) -> None:
    """Open the kept form again in its file's window; it offers its text back itself."""
    form, _client = parse_ref(ref)
    what = ref.split(":")[-1]
    if isinstance(window, DirectoryCard):
        if form == "details":
            window.edit_details()
        elif form == "appointment" and what == "new":
            window.book()
        return
    if not isinstance(window, FileWindow):
        return
    view: ClientFileView = window.view
    # the window reads the file on the worker: the form opens once its records are shown
    view.when_read(lambda: _reopen_in_file(view, form, what))


def _reopen_in_file(view: ClientFileView, form: str, what: str) -> None:
    if form in ("addendum", "cosign") and what.isdigit():
        view.select_record(int(what))
    actions = {"addendum": view.add_addendum, "cosign": view.cosign,
               "followup": view.schedule_followup, "crisis": view.crisis,
               "crisis-close": view.crisis, "referral": view.referral,
               "consent": view.consent, "close-case": view.close_case, "share": view.share,
               "details": view.edit_details, "withdraw": lambda: rights.withdraw(view)}
    if form == "appointment" and what == "new":
        view.book_appointment()
    elif form == "followup-outcome":
        view.tabs.setCurrentIndex(1)  # the follow-ups: its outcome form opens from there
    elif form in actions:
        actions[form]()


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
        theme.set_tone(self.intro, "warning-bar")
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
        self.note = QLabel(self.tr("Drafts in red cannot be reopened from here (the file is no "
                                   "longer yours, the record was signed or deleted, or the "
                                   "form is not about one file: open it again where you "
                                   "typed it); otherwise discard them."))
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

    def refresh(self, *, close_if_empty: bool = False) -> None:
        """Read the list again on the operations worker (a refusal is shown once, there)."""
        session = self.session

        def show(items: list[Leftover]) -> None:
            self.model.set_rows(items)
            if items:
                self.view.selectRow(0)
            self._update()
            if close_if_empty and not items:
                self.accept()

        read_into(self, lambda: all_leftovers(session), show)

    def reopen(self) -> None:
        """Open the file (on the worker, as the rules say) and, in it, the editor with the
        draft's text restored; this list closes once the file is open."""
        item = self.selected()
        if item is None or not item.reachable or item.client_id is None:
            return
        open_file_window(self.parentWidget() or self, self.session, item.client_id,
                         lambda window: self._reopen_in(window, item))

    def _reopen_in(self, window: QDialog, item: Leftover) -> None:
        if item.kind == FORM_KIND:
            self.window_opened = window
            self.accept()
            ref = item.ref  # after this list has closed: the form waits for its answer
            QTimer.singleShot(0, window, lambda: reopen_form(window, ref))
            return
        if not isinstance(window, FileWindow):
            return
        self.window_opened = window
        view = window.view
        if item.session_id is None:
            editor = view.new_session()
        else:
            view.select_record(item.session_id)
            editor = view.edit_session()
        self.editor = editor
        self.accept()

    def discard(self) -> bool:
        item = self.selected()
        if item is None:
            return False
        what = item.file_no or self.tr("a file you no longer reach")
        if not messages.confirm(self, arg(self.tr("Discard the unsaved text for %1 (%2)? It "
                                                  "cannot be brought back."), what,
                                          record_label(item))):
            return False
        session, kind, ref = self.session, item.kind, item.ref

        def discard() -> None:
            if kind == FORM_KIND:
                drafts.discard(session, FORM_KIND, ref)
            else:
                sessions.discard_leftover(session, ref)

        # the list is read again after it (and closes when nothing is left); the today
        # page's reminder follows the notice
        ChangeOp(self, discard, Change.RECORDS).success(
            lambda _done: self.refresh(close_if_empty=True)).run()
        return True


def offer_leftovers(parent: QWidget, session: Session, *, again: bool = False,
                    shown: Callable[[LeftoverDraftsDialog], None] | None = None) -> None:
    """Show this user's leftover drafts, once per sign-in (or `again`, on request): they are
    read on the operations worker, and the list opens if there are any (`shown(dialog)`)."""
    if session.locked or not parent.isVisible():  # gone meanwhile: maybe signed out
        return
    if session in _offered and not again:
        return
    _offered.add(session)

    def offer(items: list[Leftover]) -> None:
        if not items or session.locked or not parent.isVisible():
            return
        dialog = LeftoverDraftsDialog(session, items, parent)
        dialog.open()
        if shown is not None:
            shown(dialog)

    # A reminder, not an action the user asked for: when it cannot be read, nothing shows.
    QueryOp(parent, lambda: all_leftovers(session)).success(offer).failure(
        lambda _refused: None).run()
