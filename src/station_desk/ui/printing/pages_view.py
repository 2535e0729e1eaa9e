"""A scrolling strip of PDF pages that renders only the pages near the viewport.

A 200-session case is a hundred pages; holding every page as a bitmap would take hundreds of
megabytes, so each page is a placeholder of the right size until it scrolls into view, and
pages far out of view give their pixmaps back. The pages are rasterised on the operations
worker (`QueryOp`; pdfium takes 30 ms for a page at screen size and four times that on a
high-density screen, and a jump through a long case asks for several), and put in place when
they arrive if the page is still near the view at the same size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from station_desk.ui.operations import QueryOp
from station_desk.ui.printing.raster import PdfPages

SCREEN_DPI = 96.0
GAP = 12
KEEP_SCREENS = 2  # render this many viewport heights above and below what is visible


class PagesView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Pages are placed by hand rather than by a layout: their sizes are known exactly, and
        # a layout would only settle them on a later pass of the event loop.
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self._body = QWidget(self)
        self.setWidget(self._body)
        self._pages: PdfPages | None = None
        self._labels: list[QLabel] = []
        self._rendered: dict[int, float] = {}  # page index -> dpi it was drawn at
        self._asked: dict[int, float] = {}  # page index -> dpi it is being drawn at
        self._generation = 0  # pages drawn for a PDF no longer shown are dropped
        self._zoom: float | None = None  # None: fit the width
        self.verticalScrollBar().valueChanged.connect(self._refresh)

    # -- content -------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self._pages.count if self._pages else 0

    def set_pdf(self, pdf: bytes | None) -> None:
        """Show `pdf` (bytes in memory); None clears the view."""
        keep = self.verticalScrollBar().value()
        self._clear()
        if pdf is None:
            return
        self._pages = PdfPages(pdf)
        for _ in range(self._pages.count):
            label = QLabel(self._body)
            label.setFrameShape(QFrame.Shape.Box)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAutoFillBackground(True)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
            label.setPalette(palette)
            label.show()
            self._labels.append(label)
        self._resize_pages()
        self.verticalScrollBar().setValue(keep)
        self._refresh()

    def set_zoom(self, zoom: float | None) -> None:
        self._zoom = zoom
        self._resize_pages()
        self._refresh()

    def dpi(self) -> float:
        if self._zoom is not None or not self._pages or not self._pages.count:
            return SCREEN_DPI * (self._zoom or 1.0)
        width_pt, _ = self._pages.size_points(0)
        room = self.viewport().width() - 2 * GAP - 4
        return max(24.0, room / width_pt * 72.0)

    def rendered_pages(self) -> list[int]:
        return sorted(self._rendered)

    # -- internals -----------------------------------------------------------------------
    def _clear(self) -> None:
        for label in self._labels:
            label.hide()
            label.deleteLater()
        self._labels = []
        self._rendered = {}
        self._asked = {}
        self._generation += 1
        if self._pages is not None:
            self._pages.close()
            self._pages = None

    def _resize_pages(self) -> None:
        if not self._pages:
            return
        dpi = self.dpi()
        sizes = []
        for index in range(len(self._labels)):
            w, h = self._pages.size_points(index)
            sizes.append((round(w * dpi / 72), round(h * dpi / 72)))
        width = max(w for w, _ in sizes) + 2 * GAP
        y = GAP
        for label, (w, h) in zip(self._labels, sizes, strict=True):
            label.setGeometry((width - w) // 2, y, w, h)
            y += h + GAP
        self._body.resize(width, y)
        self._rendered = {i: d for i, d in self._rendered.items() if abs(d - dpi) < 0.5}
        for index, label in enumerate(self._labels):
            if index not in self._rendered:
                label.clear()

    def _near(self) -> QRect:
        top = self.verticalScrollBar().value()
        height = self.viewport().height()
        return QRect(0, top - KEEP_SCREENS * height, 1 << 20, (2 * KEEP_SCREENS + 1) * height)

    def _refresh(self) -> None:
        if not self._pages:
            return
        dpi = self.dpi()
        near = self._near()
        for index, label in enumerate(self._labels):
            if label.geometry().intersects(near):
                if self._rendered.get(index) != dpi and self._asked.get(index) != dpi:
                    self._ask(index, dpi)
            elif index in self._rendered:
                label.clear()
                del self._rendered[index]

    def _ask(self, index: int, dpi: float) -> None:
        """Rasterise page `index` on the worker; the nearest pages are asked for first."""
        pages, ratio, generation = self._pages, self.devicePixelRatioF(), self._generation
        assert pages is not None
        self._asked[index] = dpi
        QueryOp(self, lambda: pages.image(index, dpi * ratio)).success(
            lambda image: self._arrived(generation, index, dpi, ratio, image)).run()

    def _arrived(self, generation: int, index: int, dpi: float, ratio: float,
                 image: QImage) -> None:
        if generation != self._generation or self._asked.get(index) != dpi:
            return  # another PDF, or the page asked for again at another size
        del self._asked[index]
        label = self._labels[index]
        if image.isNull() or dpi != self.dpi() or not label.geometry().intersects(self._near()):
            self._refresh()  # scrolled or resized meanwhile: ask for what is near now
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        label.setPixmap(pixmap)
        self._rendered[index] = dpi

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        if self._zoom is None:
            self._resize_pages()
        self._refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self._refresh()
