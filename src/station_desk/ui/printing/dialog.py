"""A preview window other screens open for one document (a file's "Print…" button)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from station_desk import reports
from station_desk.domain.session import Session
from station_desk.reports.document import Document
from station_desk.ui.operations import QueryOp
from station_desk.ui.printing.preview import PrintPreview


class PreviewDialog(QDialog):
    def __init__(self, session: Session, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(doc.title)
        self.preview = PrintPreview(session, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(900, 1000)
        screen = self.screen()
        if screen is not None:  # a page is tall; the window still fits a 1366×768 screen
            room = screen.availableGeometry().size()
            self.resize(min(900, room.width() - 40), min(1000, room.height() - 60))
        self.preview.show_document(doc)

    @classmethod
    def prepare_and_show(cls, parent: QWidget, session: Session, request: reports.Request,
                         shown: Callable[[PreviewDialog], None] | None = None) -> None:
        """Prepare `request` off the UI thread (reading a whole case can take a moment),
        then show it in a non-modal window; a refusal is shown by the operations layer."""

        def show(doc: Document) -> None:
            dialog = cls(session, doc, parent)
            dialog.show()
            if shown is not None:
                shown(dialog)

        QueryOp(parent, lambda: reports.prepare(session, request)).success(show).run()
