"""Printing through the system print dialog (QtPrintSupport), from bytes in memory.

The numbered copy is issued (and audited) only after the dialog is accepted (the preview,
`preview.PrintPreview.print_copy`, does that off the UI thread); its pages are
rasterised with pdfium at the printer's resolution (capped at 300 dpi, plenty for text) and
painted onto the printer. "Print to file" is switched off in the dialog: a PDF on disk goes
through Save as PDF, with its warning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from station_desk.ui.printing.raster import PdfPages

MAX_PRINT_DPI = 300


class PrintDialog:
    """The system dialog, behind a classmethod tests replace (they never call exec())."""

    @classmethod
    def ask(cls, printer: QPrinter, parent: QWidget | None, pages: int) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, pages > 1)
        if pages > 0:
            dialog.setMinMax(1, pages)
        return dialog.exec() == QDialog.DialogCode.Accepted


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFileName("")  # never default to a file with the record in it
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF carries its own margins
    return printer


def paint(printer: QPrinter, pdf: bytes) -> int:
    """Paint the pages of `pdf` (the dialog's page range, if any) onto `printer`; returns the
    number of pages painted, 0 if the printer could not be started."""
    with PdfPages(pdf) as pages:
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, pages.count
        last = min(last, pages.count)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            painted = 0
            for number in range(first, last + 1):
                if painted:
                    printer.newPage()
                image = pages.image(number - 1, dpi)
                area = printer.pageLayout().fullRectPixels(printer.resolution())
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                target = QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)
                painter.drawImage(target, image)
                painted += 1
        finally:
            painter.end()
    return painted
