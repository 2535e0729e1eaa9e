"""重新开案: the file window's action that opens a closed case again for its counsellor.

A returning worker goes on in the same file instead of a duplicate. The domain decides who
may (the case's counsellor; `records.file_actions` offers it only then) and records it on
the audit trail; this only asks and refreshes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from station_desk.domain.records import files
from station_desk.domain.records.files import ClientFile
from station_desk.domain.session import Session
from station_desk.ui import messages
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, ChangeOp


class ReopenCase(QObject):
    """Asks, reopens, and lets the file window re-read the file."""

    def __init__(self, parent: QWidget, after: Callable[[], None]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.after = after
        self.session: Session | None = None
        self.client: ClientFile | None = None

    def update(self, session: Session, client: ClientFile) -> None:
        self.session, self.client = session, client

    def reopen(self) -> bool:
        session, client = self.session, self.client
        if session is None or client is None:
            return False
        question = arg(self.tr("Reopen the case of %1 (%2)? New records, follow-ups and "
                               "appointments can be added again; the closing summary is "
                               "kept. The reopening is recorded in the audit trail."),
                       client.name, client.file_no)
        if not messages.confirm(self.parent_widget, question):
            return False
        # reopened on the operations worker; the window reads the file again after it
        client_id, after = client.id, self.after
        ChangeOp(self.parent_widget, lambda: files.reopen_case(session, client_id),
                 Change.CLIENTS).success(lambda _done: after()).run()
        return True
