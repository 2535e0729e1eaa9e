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
from station_desk.ui.printing import printer as printing
from station_desk.ui.printing import save as saving
from station_desk.ui.printing.pages_view import PagesView
from station_desk.ui.wait import busy

ZOOMS = [None, 0.5, 0.75, 1.0, 1.5, 2.0]


class PrintPreview(QWidget):
    """Shows one prepared document; prints or saves numbered copies of it."""

    issued = Signal(object)  # a reports.Rendered, after a print or a save

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: Document | None = None
        self.shown: Rendered | None = None

        self.watermark = QCheckBox(self.tr("Watermark with my name"), self)
        self.zoom = QComboBox(self)
        for value in ZOOMS:
            text = self.tr("Fit width") if value is None else f"{value * 100:.0f}%"
            self.zoom.addItem(text, value)
        self.pages_label = QLabel(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
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
        if self.document is None:
            self.shown = None
            self.view.set_pdf(None)
        else:
            try:
                with busy():
                    self.shown = reports.preview(self.session, self.document,
                                                 watermark=self.watermark.isChecked(), log=log)
            except StationDeskError as exc:
                self.shown = None
                messages.error(self, error_text(exc))
            self.view.set_pdf(self.shown.pdf if self.shown else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.shown is not None
        self.print_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.hint.setVisible(not has)
        self.pages_label.setText(
            self.tr("%n page(s)", "", self.shown.pages) if self.shown else "")

    def print_copy(self) -> Rendered | None:
        if self.document is None:
            return None
        try:
            rendered = printing.print_document(
                self, self.session, self.document, watermark=self.watermark.isChecked(),
                pages_hint=self.shown.pages if self.shown else 0)
        except printing.PrinterUnavailable:
            messages.error(self, self.tr(
                "Could not start printing (the printer is not available)."))
            return None
        except StationDeskError as exc:
            messages.error(self, arg(self.tr("Printing did not complete: %1"),
                                     error_text(exc)))
            return None
        if rendered is not None:
            messages.info(self, arg(self.tr(
                "Sent to the printer (%n page(s), document number %1).", "", rendered.pages),
                rendered.doc_number))
            self.issued.emit(rendered)
        return rendered

    def save_copy(self) -> Rendered | None:
        if self.document is None:
            return None
        try:
            saved = saving.save_as_pdf(self, self.session, self.document,
                                       watermark=self.watermark.isChecked())
        except StationDeskError as exc:
            messages.error(self, error_text(exc))
            return None
        if saved is None:
            return None
        rendered, path = saved
        messages.info(self, arg(self.tr(
            "Saved: %1 (%n page(s), document number %2).", "", rendered.pages),
            path, rendered.doc_number))
        self.issued.emit(rendered)
        return rendered
