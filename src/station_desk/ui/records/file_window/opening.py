"""`open_file_window`, the one way screens open a file.

It asks the domain how this user may open it (`access.how_to_open`): reception gets the
directory card; an admin gives the break-the-glass reason first; everyone else opens the
file through `files.open_file`, which checks access and audits the view.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from station_desk.domain.records import access, files
from station_desk.domain.session import Session
from station_desk.ui.records import dialogs
from station_desk.ui.records.common import attempt
from station_desk.ui.records.file_window.card import DirectoryCard
from station_desk.ui.records.file_window.window import FileWindow


def open_file_window(parent: QWidget, session: Session, client_id: int) -> QDialog | None:
    """Open a file the way the rules say; returns the window shown (or None)."""
    how = access.how_to_open(session, client_id)
    if how == access.CARD:
        entry = attempt(parent, lambda: files.directory_entry(session, client_id))
        if entry is None:
            return None
        card: QDialog = DirectoryCard(session, entry, parent)
        card.show()
        return card
    reason = recovery_key = None
    if how == access.WITH_REASON:
        entry = attempt(parent, lambda: files.directory_entry(session, client_id))
        if entry is None:
            return None
        answer = dialogs.ReasonDialog.ask_with_key(entry.file_no, parent)
        if answer is None:
            return None
        reason, recovery_key = answer
    client = attempt(parent, lambda: files.open_file(session, client_id, reason, recovery_key))
    if client is None:
        return None
    window = FileWindow(session, client, parent)
    window.show()
    return window
