"""PDF building blocks shared by the station summary and the city report (reportlab).

Chinese needs an embedded TrueType font: the shared helper `station_desk.reports.fonts`
registers the bundled WenQuanYi Micro Hei; when that module is not present (it belongs to the
reports layer) the same file is registered here, subfont 0 of the .ttc.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from station_desk.reports import fonts as shared_fonts

PAGE = A4
MARGIN = 16 * mm
WIDTH = PAGE[0] - 2 * MARGIN
HEAD_BG = colors.HexColor("#e8edf2")
ZEBRA = colors.HexColor("#f6f7f9")
RULE = colors.HexColor("#9a9a9a")
MUTED = colors.HexColor("#555555")
MARK = colors.HexColor("#8a4b00")

_lock = threading.Lock()
_font: str | None = None


def font() -> str:
    global _font
    with _lock:
        if _font is None:
            _font = shared_fonts.register()
    return _font


def style(size: float = 9.5, **kw: Any) -> ParagraphStyle:
    # wordWrap="CJK": Chinese breaks between any two characters, so nothing overflows a cell
    return ParagraphStyle(f"s{size}{sorted(kw.items())}", fontName=font(), fontSize=size,
                          leading=size * 1.4, wordWrap="CJK", **kw)


def p(text: str, size: float = 9.5, **kw: Any) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style(size, **kw))


def title(text: str, sub: str = "") -> list[Any]:
    out: list[Any] = [p(text, 16, alignment=TA_CENTER, spaceAfter=4)]
    if sub:
        out.append(p(sub, 9.5, alignment=TA_CENTER, textColor=MUTED, spaceAfter=8))
    return out


def heading(text: str) -> Paragraph:
    return p(text, 12, spaceBefore=8, spaceAfter=4)


CELL_SIZE = 8.5
PAD = 6  # left + right cell padding (reportlab's default is 6 points each side; we use 3)


def _fits(text: str, width: float) -> bool:
    return "\n" not in text and pdfmetrics.stringWidth(text, font(), CELL_SIZE) <= width - PAD


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
         numeric_from: int = 1, marked: Sequence[tuple[int, int]] = ()) -> Table:
    """A ruled table; columns from `numeric_from` on are right-aligned numbers.

    A cell whose text fits its column is drawn as a plain string (fast: the city report has
    thousands of cells); longer text becomes a Paragraph that wraps inside the column, so
    nothing is ever clipped."""
    marks = set(marked)

    def cell(text: str, r: int, c: int, head: bool = False) -> Any:
        if _fits(text, widths[c]):
            return text
        colour = MARK if (r, c) in marks and not head else colors.black
        return p(text, CELL_SIZE, alignment=TA_RIGHT if c >= numeric_from else 0,
                 textColor=colour)

    body = [[cell(h, -1, c, True) for c, h in enumerate(header)]]
    body += [[cell(str(v), r, c) for c, v in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(body, colWidths=list(widths), repeatRows=1)
    cmds: list[Any] = [
        ("FONT", (0, 0), (-1, -1), font(), CELL_SIZE, CELL_SIZE * 1.35),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if numeric_from < len(header):
        cmds.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    for i in range(2, len(body), 2):
        cmds.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    for r, c in marks:
        cmds.append(("TEXTCOLOR", (c, r + 1), (c, r + 1), MARK))
    table.setStyle(TableStyle(cmds))
    return table


def keep(*flowables: Any) -> KeepTogether:
    return KeepTogether(list(flowables))


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def render(story: list[Any], *, doc_title: str, footer: str) -> bytes:
    buf = io.BytesIO()

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font(), 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, 9 * mm, footer)
        canvas.drawRightString(PAGE[0] - MARGIN, 9 * mm, f"{doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=doc_title,
                            author="Station Desk", creator="Station Desk", subject=doc_title,
                            # no creation time or random ID inside the PDF: the package holds
                            # no date finer than its period, and the same data give the
                            # same bytes
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
