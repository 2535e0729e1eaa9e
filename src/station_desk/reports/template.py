"""The page every PDF sits on, and rendering a story to PDF bytes in memory.

Each printed page carries 机密 (confidential), the document number, "page x of y" and who
printed it when; optionally a diagonal watermark with the printing user's name. "Of y" needs
the page count before the first page is finished, so the canvas keeps each page's drawing
state and adds the header and footer when the document is saved (reportlab's usual two-step).

A document that travels inside a package (the statistics package's summary, the union's city
report) sits on `package_page`: no printer, no time of printing, no document number, and the
same bytes for the same data (see `PageInfo.invariant`).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from station_desk.i18n import N_
from station_desk.reports import fonts
from station_desk.reports.styles import ALERT, MUTED, RULE

MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
# the page's own words, in the document's language (a document printed in English for a
# visiting inspector carries no Chinese but the station's name)
_CHROME = {
    "confidential": N_("reports.page", "CONFIDENTIAL"),
    "pages": N_("reports.page", "Page {page} of {total}"),
    "number": N_("reports.page", "Document {number}"),
    "printed": N_("reports.page", "Printed by {who} {when}"),
    "handling": N_("reports.page", "Contains sensitive personal information: authorised staff "
                                   "only; do not copy or pass on; keep locked away or shred "
                                   "after use."),
}
CHROME = {lang: {key: text.text(lang) for key, text in _CHROME.items()} for lang in ("zh", "en")}
CONFIDENTIAL = CHROME["zh"]["confidential"]


@dataclass(frozen=True)
class PageInfo:
    station: str
    title: str  # the document's title, repeated in every page header
    subject: str  # what it is about, e.g. "档案编号 XL-2025-000012"; may be empty
    doc_number: str  # may be empty: a document that is not a numbered copy
    printed_by: str  # may be empty, with printed_at: not printed by anyone in particular
    printed_at: str
    watermark: str | None = None
    confidential: bool = True
    landscape: bool = False
    lang: str = "zh"  # "zh" or "en": the words of the header and footer
    footer: str = ""  # a line at the foot's left where a numbered copy has its number
    # No creation time or random file ID inside the PDF (reportlab's invariant mode): a
    # package holds no date finer than its period, and the same data give the same bytes.
    invariant: bool = False

    @property
    def words(self) -> dict[str, str]:
        return CHROME["en" if self.lang.startswith("en") else "zh"]

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4


def package_page(station: str, title: str, subject: str, footer: str) -> PageInfo:
    """The page of a document that travels in a package: aggregate counts only, so not
    marked confidential, and nobody's name or print time on it."""
    return PageInfo(station=station, title=title, subject=subject, doc_number="",
                    printed_by="", printed_at="", confidential=False, footer=footer,
                    invariant=True)


def _fit(canvas: Canvas, text: str, size: float, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` points."""
    if canvas.stringWidth(text, fonts.FONT, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", fonts.FONT, size) > width:
        text = text[:-1]
    return text + "…"


def _draw_bold(canvas: Canvas, x: float, y: float, text: str, *, right: bool = False) -> None:
    # The font has no bold face; fill plus a thin stroke of the same colour reads as bold.
    t = canvas.beginText()
    t.setFont(canvas._fontname, canvas._fontsize)
    t.setTextRenderMode(2)
    width = canvas.stringWidth(text, canvas._fontname, canvas._fontsize)
    t.setTextOrigin(x - width if right else x, y)
    t.textOut(text)
    t.setTextRenderMode(0)  # the render mode outlives the text object: put it back
    canvas.drawText(t)


def _chrome(canvas: Canvas, info: PageInfo, page: int, total: int) -> None:
    width, height = info.pagesize
    inner = width - 2 * MARGIN_X
    canvas.saveState()
    font = fonts.FONT
    words = info.words
    mark = words["confidential"]
    # header
    top = height - 11 * mm
    if info.confidential:
        canvas.setFont(font, 10.5)
        canvas.setFillColor(ALERT)
        canvas.setStrokeColor(ALERT)
        canvas.setLineWidth(0.3)
        _draw_bold(canvas, width - MARGIN_X, top, mark, right=True)
        mark_w = canvas.stringWidth(mark, font, 10.5) + 6 * mm
    else:
        mark_w = 0
    canvas.setFillColor(MUTED)
    canvas.setFont(font, 8.5)
    canvas.drawString(MARGIN_X, top, _fit(canvas, info.station, 8.5, inner - mark_w))
    canvas.setFillColor(colors.black)
    canvas.setFont(font, 9.5)
    line2 = info.title + (f"　{info.subject}" if info.subject else "")
    canvas.drawString(MARGIN_X, top - 5.2 * mm, _fit(canvas, line2, 9.5, inner))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, top - 7.5 * mm, width - MARGIN_X, top - 7.5 * mm)
    # footer
    base = 10 * mm
    canvas.line(MARGIN_X, base + 4.2 * mm, width - MARGIN_X, base + 4.2 * mm)
    canvas.setFont(font, 8)
    pages = words["pages"].format(page=page, total=total)
    left = words["number"].format(number=info.doc_number) if info.doc_number else info.footer
    if info.printed_by:
        side = (inner - canvas.stringWidth(pages, font, 8)) / 2 - 4 * mm
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(width / 2, base, pages)
        canvas.setFillColor(MUTED)
        who = words["printed"].format(who=info.printed_by, when=info.printed_at)
        canvas.drawRightString(width - MARGIN_X, base, _fit(canvas, who, 8, side))
    else:  # nobody printed it: the page count moves right and the left line has the room
        side = inner - canvas.stringWidth(pages, font, 8) - 6 * mm
        canvas.setFillColor(colors.black)
        canvas.drawRightString(width - MARGIN_X, base, pages)
        canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, base, _fit(canvas, left, 8, side))
    if info.confidential:
        canvas.setFont(font, 6.5)
        canvas.drawCentredString(width / 2, base - 3.6 * mm,
                                 _fit(canvas, words["handling"], 6.5, inner))
    canvas.restoreState()


def _watermark(canvas: Canvas, doc: Any, text: str) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFont(fonts.FONT, 26)
    canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.16))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(40)
    span = max(width, height)
    step = 62 * mm
    y = -span / 2
    row = 0
    while y <= span / 2:
        canvas.drawCentredString((row % 2) * 40 * mm - 20 * mm, y, text)
        y += step
        row += 1
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """Holds finished pages until `save` so each can say "page x of y"."""

    def __init__(self, *args: Any, page_info: PageInfo, counted: list[int],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_info = page_info
        self._counted = counted
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._counted.append(total)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _chrome(self, self._page_info, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


def render_story(story: Sequence[Flowable], info: PageInfo, *,
                 meta_title: str = "") -> tuple[bytes, int]:
    """Typeset `story` on the station page; returns the PDF bytes and its page count.
    Nothing touches the disk."""
    fonts.register()
    buffer = io.BytesIO()
    pagesize = info.pagesize
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=meta_title or info.title, author=info.station, creator="Station Desk",
        subject=info.words["confidential"] if info.confidential else info.subject,
        initialFontName=fonts.FONT, invariant=1 if info.invariant else None)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, pagesize[0] - 2 * MARGIN_X,
                  pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page = partial(_on_page, info=info)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page,
                                       pagesize=pagesize)])
    counted: list[int] = []
    flowables = list(story) or [Spacer(1, 1)]  # an empty story would make a page-less file
    doc.build(flowables, canvasmaker=partial(_NumberedCanvas, page_info=info,
                                               counted=counted))
    return buffer.getvalue(), counted[-1]


def _on_page(canvas: Canvas, doc: Any, *, info: PageInfo) -> None:
    if info.watermark:
        _watermark(canvas, doc, fonts.printable(info.watermark))


def content_width(info: PageInfo) -> float:
    return info.pagesize[0] - 2 * MARGIN_X
