"""Paragraph and table styles for every printed document (CJK line breaking throughout)."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from station_desk.reports import fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
HEAD_BG = colors.HexColor("#e8edf2")
ZEBRA = colors.HexColor("#f6f7f9")
ALERT = colors.HexColor("#b3261e")
MARK = colors.HexColor("#8a4b00")  # a figure that stands for a withheld value or a range
GRID_PADDING = 4  # left and right padding of ruled-table cells
FIELD_PADDING = 5  # of label/value cells
CELL_FONT_SIZE = 9
CELL_LEADING = 12.5


class Styles:
    """The named styles; built once per process after the font is registered."""

    def __init__(self) -> None:
        font = fonts.register()

        def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
            # wordWrap='CJK' lets a line break between any two Han characters, which is how
            # Chinese is set; without it a long note with no spaces overflows the frame.
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                                  textColor=kw.pop("textColor", INK), wordWrap="CJK", **kw)

        self.title = style("title", 17, 23, alignment=TA_CENTER, spaceAfter=4)
        self.subtitle = style("subtitle", 10, 14, alignment=TA_CENTER, textColor=MUTED,
                              spaceAfter=8)
        self.h1 = style("h1", 13, 18, spaceBefore=10, spaceAfter=5)
        self.h2 = style("h2", 11.5, 16, spaceBefore=7, spaceAfter=3)
        self.body = style("body", 10, 15.5, spaceAfter=3)
        self.note = style("note", 10, 16, spaceAfter=4, firstLineIndent=0)
        self.small = style("small", 8.5, 12, textColor=MUTED)
        self.cell = style("cell", 9, 12.5)
        self.cell_head = style("cell_head", 9, 12.5, textColor=INK)
        self.cell_center = style("cell_center", 9, 12.5, alignment=TA_CENTER)
        self.cell_right = style("cell_right", 9, 12.5, alignment=TA_RIGHT)
        self.label = style("label", 9, 12.5, textColor=MUTED)
        self.alert = style("alert", 10, 15, textColor=ALERT)
        self.form_line = style("form_line", 10.5, 20, alignment=TA_LEFT)


@cache
def styles() -> Styles:
    return Styles()


def grid_table(header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """A ruled table with a shaded header that repeats on every page."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.FONT, CELL_FONT_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), GRID_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), GRID_PADDING),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, ZEBRA]))
    return TableStyle(commands)


def field_table() -> TableStyle:
    """Label/value pairs: labels shaded, values wrap."""
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.FONT, CELL_FONT_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), FIELD_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), FIELD_PADDING),
    ])
