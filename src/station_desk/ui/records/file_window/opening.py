"""`open_file_window`, the one way screens open a file.

The domain decides how this user may open it (`access.how_to_open`): reception gets the
directory card; an admin gives the break-the-glass reason first; everyone else opens the
file through `files.open_file`, which checks access and audits the view. That question, the
directory entry and the opening itself (one row and its audit entry) run on the operations
worker, the common case (the file opened at once) as one step; only the reason dialog runs
on the UI thread, between the decision and the opening. Each step is a change operation,
so the user's clicks wait while it runs: a double click cannot open the file twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from station_desk.domain.records import access, files
from station_desk.domain.records.files import ClientFile, DirectoryEntry
from station_desk.domain.session import Session
from station_desk.ui.client_mode import find_lock_target
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.records import dialogs
from station_desk.ui.records.file_window.card import DirectoryCard
from station_desk.ui.records.file_window.window import FileWindow

Opened = Callable[[QDialog], None]
SHOW_UNREAD_AFTER_MS = 100  # a file window whose read takes longer shows before it is read


@dataclass(frozen=True)
class _Decision:
    how: str  # access.CARD, access.WITH_REASON or access.OPEN
    entry: DirectoryEntry | None = None  # for the card, or to name the file in the reason
    client: ClientFile | None = None  # opened already (and audited)


def _decide(session: Session, client_id: int) -> _Decision:
    """On the worker: the domain's answer, and what showing it needs."""
    how = access.how_to_open(session, client_id)
    if how in (access.CARD, access.WITH_REASON):
        return _Decision(how, entry=files.directory_entry(session, client_id))
    return _Decision(how, client=files.open_file(session, client_id))


def open_file_window(parent: QWidget, session: Session, client_id: int,
                     opened: Opened | None = None) -> None:
    """Open a file the way the rules say; `opened(window)` once it is shown (with its file
    read, or after SHOW_UNREAD_AFTER_MS; put aside instead if the screen is locked by
    then). A refusal is shown by the operations layer and nothing opens."""

    def show(window: QDialog) -> None:
        shown = False

        def present() -> None:
            nonlocal shown
            if shown or (isinstance(window, FileWindow) and window.view.withdrawn):
                return
            shown = True
            owner = find_lock_target(parent)
            if owner is not None and owner.is_locked:
                owner.keep_aside(window)  # it comes with the rest at the unlock
            else:
                window.show()
            if opened is not None:
                opened(window)

        if isinstance(window, FileWindow) and window.view.loading:
            # Shown with its file read: laid out and painted once, not empty and again
            # full. The file is read while the window is built; a read still going after
            # a moment (thousands of records) shows the window first.
            window.view.read_shown.connect(present)
            QTimer.singleShot(SHOW_UNREAD_AFTER_MS, window, present)
        else:
            present()

    def decided(decision: _Decision) -> None:
        if decision.client is not None:
            show(FileWindow(session, decision.client, parent))
            return
        assert decision.entry is not None
        if decision.how == access.CARD:
            show(DirectoryCard(session, decision.entry, parent))
            return
        answer = dialogs.ReasonDialog.ask_with_key(decision.entry.file_no, parent)
        if answer is None:
            return  # cancelled: nothing opened, nothing granted
        reason, recovery_key = answer
        ChangeOp(parent, lambda: files.open_file(session, client_id, reason, recovery_key),
                 Change.NONE).success(lambda client: show(FileWindow(session, client, parent))) \
            .run()

    ChangeOp(parent, lambda: _decide(session, client_id), Change.NONE).success(decided).run()
