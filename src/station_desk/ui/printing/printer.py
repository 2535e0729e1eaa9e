"""Printing through the system print dialog (QtPrintSupport), from bytes in memory.

The numbered copy is issued (and audited) only after the dialog is accepted (the preview,
`preview.PrintPreview.print_copy`, does that off the UI thread); its pages are
rasterised with pdfium at the printer's resolution (capped at 300 dpi, plenty for text) and
painted onto the printer, a page at a time on the operations worker (`print_pages`).
"Print to file" is switched off in the dialog: a PDF on disk goes
through Save as PDF, with its warning.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from station_desk.errors import StationDeskError
from station_desk.ui.operations import QueryOp
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


class _PaintJob:
    """One copy on its way to the printer, a page per step. Every step runs on the
    operations worker (QPainter may paint onto a QPrinter outside the GUI thread), always
    the same thread, so the painter is begun, used and ended there."""

    def __init__(self, printer: QPrinter, pdf: bytes) -> None:
        self.printer = printer
        self.pdf = pdf
        self.pages: PdfPages | None = None
        self.painter: QPainter | None = None
        self.numbers: list[int] = []  # the page numbers to paint (1-based)
        self.painted = 0
        self.closed = False

    def begin(self) -> int:
        """Open the PDF and the printer; the number of steps to follow (0: nothing to do)."""
        done = False
        try:
            self.pages = PdfPages(self.pdf)
            first, last = self.printer.fromPage(), self.printer.toPage()
            if first <= 0 or last <= 0:
                first, last = 1, self.pages.count
            self.numbers = list(range(first, min(last, self.pages.count) + 1))
            painter = QPainter()
            if painter.begin(self.printer):
                self.painter = painter
                done = True
        finally:
            if not done:
                self.close()
        return len(self.numbers) if self.painter is not None else 0

    def page(self, step: int) -> int:
        """Paint the step's page; after the last one the copy is finished. Pages painted."""
        if self.closed or self.pages is None or self.painter is None:
            return self.painted
        ok = False
        try:
            if self.painted:
                self.printer.newPage()
            resolution = self.printer.resolution()
            image = self.pages.image(self.numbers[step] - 1, min(resolution, MAX_PRINT_DPI))
            area = self.printer.pageLayout().fullRectPixels(resolution)
            _draw_in_strips(self.painter, area.width(), area.height(), image)
            self.painted += 1
            ok = True
        finally:
            if not ok or step == len(self.numbers) - 1:
                self.close()
        return self.painted

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.painter is not None:
            self.painter.end()  # the printer takes the job (or the file is written) here
        if self.pages is not None:
            self.pages.close()


STRIPS = 16  # bands a page image is drawn in


def _draw_in_strips(painter: QPainter, width: int, height: int, image: QImage) -> None:
    """Draw `image` centred and scaled to fit a `width` x `height` page, in bands.

    Why bands: QPainter.drawImage keeps Python's interpreter lock while the printer's engine
    compresses the image (0.4 s for an A4 page at 300 dpi), and the UI thread, which needs
    the lock to run at all, would stall for as long although the work is on the worker;
    sixteen bands hold it for some 25 ms each. Each band's edges are whole printer pixels and
    shared with the next, so no hairline shows between them."""
    scale = min(width / image.width(), height / image.height())
    left, top = (width - image.width() * scale) / 2, (height - image.height() * scale) / 2
    x0, x1 = round(left), round(left + image.width() * scale)
    rows = max(1, -(-image.height() // STRIPS))
    for first in range(0, image.height(), rows):
        last = min(first + rows, image.height())
        y0, y1 = round(top + first * scale), round(top + last * scale)
        band = image.copy(QRect(0, first, image.width(), last - first))
        painter.drawImage(QRectF(x0, y0, x1 - x0, y1 - y0), band)


def paint(printer: QPrinter, pdf: bytes) -> int:
    """Paint the pages of `pdf` (the dialog's page range, if any) onto `printer`, here and
    now; returns the number of pages painted, 0 if the printer could not be started.
    The screens use `print_pages`, which does the same off the UI thread."""
    job = _PaintJob(printer, pdf)
    steps = job.begin()
    for step in range(steps):
        job.page(step)
    return job.painted


AHEAD = 2  # steps asked for before the one in hand is answered (the busy bar stays on)


def print_pages(printer: QPrinter, pdf: bytes, done: Callable[[int], None]) -> None:
    """`paint` off the UI thread, as operations: a page of a case at 300 dpi takes about a
    fifth of a second to rasterise and more to compress for the printer, so a long case
    painted here would hold the window for a minute. Each page is its own step on the
    operations worker, so other work asked for meanwhile (a search) runs between pages;
    `done(pages painted)` is called on the UI thread at the end (0: the printer could not be
    started, a step was refused or the copy stopped short). Not tied to a screen: closing
    the preview does not leave the printer half-fed."""
    _Printing(_PaintJob(printer, pdf), done).start()


class _Printing:
    """Asks for a print job's steps, `AHEAD` at a time, and says when it is over."""

    def __init__(self, job: _PaintJob, done: Callable[[int], None]) -> None:
        self.job = job
        self.done = done
        self.steps = 0
        self.asked = 0
        self.answered = 0
        self.over = False

    def start(self) -> None:
        _RUNNING.append(self)
        QueryOp(None, self.job.begin).success(self._begun).failure(self._refused).run()

    def _begun(self, steps: int) -> None:
        self.steps = steps
        if steps == 0:
            self._finish(0)
        else:
            self._ask()

    def _ask(self) -> None:
        while self.asked < self.steps and self.asked - self.answered < AHEAD:
            step = self.asked
            self.asked += 1
            QueryOp(None, lambda job=self.job, step=step: job.page(step)).success(
                self._arrived).failure(self._refused).run()

    def _arrived(self, painted: int) -> None:
        self.answered += 1
        if self.over:
            return
        if self.job.closed:  # the last page, or a step that failed before it
            self._finish(painted if painted == self.steps else 0)
        else:
            self._ask()

    def _refused(self, _refusal: StationDeskError) -> None:
        self._finish(0)

    def _finish(self, painted: int) -> None:
        if not self.over:
            self.over = True
            _RUNNING.remove(self)
            self.done(painted)


_RUNNING: list[_Printing] = []  # jobs under way, kept whatever becomes of their screen
