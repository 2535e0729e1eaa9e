"""督导会签: the supervisor reads a supervisee's signed record, comments and co-signs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QTextBrowser, QWidget

from station_desk.domain.records import sessions
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.session import Session
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change
from station_desk.ui.records import dialogs
from station_desk.ui.records.file_window.texts import record_html
from station_desk.ui.widgets import password_edit


class CosignDialog(dialogs.FormDialog):
    """督导会签: the supervisor reads the record, adds a comment and co-signs it."""

    changes = Change.RECORDS

    def __init__(self, session: Session, record: SessionRecord,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, arg(self.tr("Co-sign session %1 of file %2"),
                                      record.session_no, record.file_no), parent)
        self.record = record
        self.resize(760, 680)
        self.text = QTextBrowser()
        self.text.setHtml(record_html(record))
        self.text.setMinimumHeight(320)
        self.form.addRow(self.text)
        intro = QLabel(arg(self.tr("Written and signed by %1, who works under your "
                                   "supervision. Your comment is kept beside the record; "
                                   "once co-signed, neither can change."),
                           record.counsellor_name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.comment = QPlainTextEdit()
        self.comment.setMinimumHeight(90)
        self.comment.setPlaceholderText(self.tr("Supervisor's comment (optional)"))
        self.form.addRow(self.tr("Comment"), self.comment)
        # An electronic signature: the supervisor's password again (the domain checks it).
        self.password = password_edit(self)
        self.form.addRow(self.tr("Your password"), self.password)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Co-sign"))
        self.finish_layout({"comment": self.comment})

    def kept_ref(self) -> str:
        return f"cosign:{self.record.client_id}:{self.record.id}"

    def submit(self) -> Callable[[], Any]:
        comment, password = self.comment.toPlainText(), self.password.text()
        self.password.clear()
        return lambda: sessions.cosign_session(self.session, self.record.id, comment,
                                               password=password)

    @classmethod
    def ask(cls, session: Session, session_id: int,  # type: ignore[override]
            parent: QWidget | None = None,
            then: Callable[[SessionRecord], None] | None = None) -> None:
        """Open the record (an audited read) on the worker, then the form to co-sign it;
        `then(co-signed record)` once it is co-signed."""
        dialogs.open_after(parent, lambda: sessions.open_for_cosign(session, session_id),
                           lambda record: cls(session, record, parent), then)
