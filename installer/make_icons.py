"""Render the app icon: resources/icons/station-desk.svg -> PNG sizes and a Windows .ico.

The SVG is the source; the PNG and ICO files are committed so a build needs no renderer, and
this script regenerates them after the drawing changes:

    QT_QPA_PLATFORM=offscreen python installer/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402, TID251
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402, TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: E402, TID251

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "station-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_ico(images: dict[int, bytes], target: Path) -> None:
    """A multi-size ICO: Pillow when present, else PNG-compressed entries written by hand
    (the format Windows Vista+ reads; each entry is just a PNG file)."""
    try:
        from PIL import Image
    except ImportError:
        Image = None  # noqa: N806
    if Image is not None:
        frames = [Image.open(io.BytesIO(images[s])).convert("RGBA") for s in ICO_SIZES]
        frames[-1].save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                        append_images=frames[:-1])
        return
    header = bytearray(b"\0\0\1\0" + len(ICO_SIZES).to_bytes(2, "little"))
    offset = 6 + 16 * len(ICO_SIZES)
    blobs = b""
    for size in ICO_SIZES:
        blob = images[size]
        header += bytes([size % 256, size % 256, 0, 0]) + (1).to_bytes(2, "little") \
            + (32).to_bytes(2, "little") + len(blob).to_bytes(4, "little") \
            + offset.to_bytes(4, "little")
        offset += len(blob)
        blobs += blob
    target.write_bytes(bytes(header) + blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: png_bytes(render(renderer, size)) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        (ICONS / f"station-desk-{size}.png").write_bytes(images[size])
    # The name ui/icons.py loads for windows and the About dialog.
    (ICONS / "station-desk.png").write_bytes(images[256])
    write_ico(images, ICONS / "station-desk.ico")
    print(f"wrote {len(PNG_SIZES) + 1} PNG files and station-desk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
