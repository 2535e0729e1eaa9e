"""The print preview: the document's pages inside the window, with Print and Save as PDF."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_desk import reports
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.reports.document import Document, Rendered
from station_desk.ui import messages
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.modal import alive
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.printing import printer as printing
from station_desk.ui.printing import save as saving
from station_desk.ui.printing.pages_view import PagesView
from station_desk.ui.theme import mark_primary

ZOOMS = [None, 0.5, 0.75, 1.0, 1.5, 2.0]


class PrintPreview(QWidget):
    """Shows one prepared document; prints or saves numbered copies of it."""

    issued = Signal(object)  # a reports.Rendered, after a print or a save

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self.shown: Rendered | None = None
        self.last_issued: Rendered | None = None  # the last copy printed or saved

        self.watermark = QCheckBox(self.tr("Watermark with my name"), self)
        self.zoom = QComboBox(self)
        for value in ZOOMS:
            text = self.tr("Fit width") if value is None else f"{value * 100:.0f}%"
            self.zoom.addItem(text, value)
        self.pages_label = QLabel(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        # Printing is what a preview leads to: in the accent, and sized for it from the start.
        # Neither button is a dialog's default: taking the focus would restyle it after the
        # layout sized it (cutting its text), and Enter should not issue a numbered copy.
        mark_primary(self.print_button)
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
        self.view = PagesView(self)
        self.hint = QLabel(self.tr(
            "Choose a document and press Preview. A preview has no number; printing or saving "
            "gives the copy a number and records it in the audit trail."), self)
        self.hint.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.watermark)
        bar.addWidget(QLabel(self.tr("Zoom"), self))
        bar.addWidget(self.zoom)
        bar.addWidget(self.pages_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

        self.watermark.toggled.connect(lambda _on: self._render(log=False))
        self.zoom.currentIndexChanged.connect(
            lambda _i: self.view.set_zoom(self.zoom.currentData()))
        self.print_button.clicked.connect(self.print_copy)
        self.save_button.clicked.connect(self.save_copy)
        self._update_buttons()

    def show_document(self, doc: Document | None) -> None:
        self.document = doc
        self._render(log=True)

    def _render(self, *, log: bool) -> None:
        """Render the preview off the UI thread (a whole case is many pages); a newer
        render (the watermark ticked again) supersedes an older one."""
        doc = self.document
        if doc is None:
            self._show(None)
            return
        session, watermark = self.session, self.watermark.isChecked()
        QueryOp(self, lambda: reports.preview(session, doc, watermark=watermark, log=log)) \
            .success(self._show).failure(self._not_shown) \
            .run(latest=f"print-preview-{id(self)}")

    def _show(self, rendered: Rendered | None) -> None:
        self.shown = rendered
        self.view.set_pdf(rendered.pdf if rendered else None)
        self._update_buttons()

    def _not_shown(self, refusal: StationDeskError) -> None:
        self._show(None)
        messages.error(self, error_text(refusal))

    def _update_buttons(self) -> None:
        has = self.shown is not None
        self.print_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.hint.setVisible(not has)
        self.pages_label.setText(
            self.tr("%n page(s)", "", self.shown.pages) if self.shown else "")

    # -- printing ------------------------------------------------------------------------
    def print_copy(self) -> None:
        """The system print dialog first; then the numbered copy is issued (and audited)
        off the UI thread, and painted onto the printer off it too, a page at a time
        (`issued` says when the last page has gone)."""
        doc = self.document
        if doc is None:
            return
        printer = printing.new_printer()
        if not printing.PrintDialog.ask(printer, self, self.shown.pages if self.shown else 0):
            return
        session, watermark = self.session, self.watermark.isChecked()
        to_file = printer.outputFileName()

        def issue() -> Rendered:
            return reports.issue(session, doc, channel="file" if to_file else "printer",
                                 watermark=watermark, path=to_file or None)

        def paint(rendered: Rendered) -> None:
            # painted off the UI thread too, a page at a time (printer.print_pages)
            printing.print_pages(printer, rendered.pdf, lambda pages: painted(rendered, pages))

        def painted(rendered: Rendered, pages: int) -> None:
            if pages == 0:
                ChangeOp(None, lambda: reports.record_print_failure(
                    session, doc, rendered.doc_number, "printer refused"), Change.NONE).run()
                if alive(self):
                    messages.error(self, self.tr(
                        "Could not start printing (the printer is not available)."))
                return
            if not alive(self):  # the preview was closed while the pages went out
                return
            messages.info(self, arg(self.tr(
                "Sent to the printer (%n page(s), document number %1).", "", rendered.pages),
                rendered.doc_number))
            self.last_issued = rendered
            self.issued.emit(rendered)

        ChangeOp(self, issue, Change.NONE).success(paint).failure(
            lambda refusal: messages.error(self, arg(
                self.tr("Printing did not complete: %1"), error_text(refusal)))).run()

    def save_copy(self) -> None:
        """The warning and the file name first; then the numbered copy is written (and
        audited) off the UI thread (`issued` says when, `last_issued` holds it)."""
        doc = self.document
        if doc is None:
            return
        target = saving.ask_target(self, doc)
        if target is None:
            return
        session, watermark = self.session, self.watermark.isChecked()

        def saved(rendered: Rendered) -> None:
            messages.info(self, arg(self.tr(
                "Saved: %1 (%n page(s), document number %2).", "", rendered.pages),
                str(target), rendered.doc_number))
            self.last_issued = rendered
            self.issued.emit(rendered)

        ChangeOp(self, lambda: reports.save_pdf(session, doc, target, watermark=watermark),
                 Change.NONE).success(saved).run()
