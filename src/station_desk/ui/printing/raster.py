"""PDF pages to images, from bytes in memory, with pdfium (the `pypdfium2` wheel bundles it).

Why pdfium: PySide6-Essentials has no QtPdf, calling `pdftoppm` needs poppler (absent on
Windows), and reportlab's renderPM draws single graphics, not finished PDF pages. pypdfium2 is
Apache-2.0/BSD-3, ships wheels for Windows, macOS and Linux, and renders exactly the bytes that
would be printed or saved, so the preview cannot drift from the paper.
"""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

# pdfium is not thread-safe: pages are rasterised on the operations worker (the preview's and
# the printer's) while the UI thread may open or close a document; one lock for all of it.
_lock = threading.Lock()


class PdfPages:
    """An open PDF (held in memory) whose pages render to QImages."""

    def __init__(self, pdf: bytes) -> None:
        with _lock:
            self._pdf = pdfium.PdfDocument(pdf)
            self.count = len(self._pdf)
            # read once: the UI thread lays the pages out without waiting for the lock
            self._sizes = [self._pdf[i].get_size() for i in range(self.count)]
        self._closed = False

    def size_points(self, index: int) -> tuple[float, float]:
        width, height = self._sizes[index]
        return float(width), float(height)

    def image(self, index: int, dpi: float) -> QImage:
        """Page `index` (0-based) at `dpi`, as an RGB image that owns its pixels; a null
        image once the document is closed (a page asked for before the preview changed)."""
        with _lock:
            if self._closed:
                return QImage()
            page = self._pdf[index]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            data = bytes(bitmap.buffer)
        image = QImage(data, width, height, stride, QImage.Format.Format_RGB888)
        return image.copy()  # detach from the Python buffer

    def close(self) -> None:
        with _lock:
            if not self._closed:
                self._closed = True
                self._pdf.close()

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
