"""Building blocks the documents are made of: headings, field grids, notes, ruled tables.

Every piece of user text goes through `fonts.para`, so it is escaped, drawable, and wraps
between any two Chinese characters. Tables hold Paragraphs, never bare strings, so a long
value wraps inside its cell instead of running past the column.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import HRFlowable

from station_desk.reports import fonts
from station_desk.reports.styles import (
    FIELD_PADDING,
    GRID_PADDING,
    HEAD_BG,
    MUTED,
    RULE,
    field_table,
    grid_table,
    styles,
)


def p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(fonts.para(text), getattr(styles(), style))


CELL_SIZE = 9  # the cell styles' font size


def cell(text: str, style: str, room: float) -> Flowable | str:
    """A table cell: plain text when it fits on one line in `room` points, else a wrapping
    Paragraph. Plain cells are drawn directly, about ten times cheaper than a Paragraph,
    which is what keeps a 200-session case and a year's register fast."""
    text = fonts.printable(text)
    if "\n" not in text and stringWidth(text, fonts.FONT, CELL_SIZE) <= room:
        return text
    return Paragraph(fonts.para(text), getattr(styles(), style))


def title(text: str, subtitle: str = "") -> list[Flowable]:
    out: list[Flowable] = [p(text, "title")]
    if subtitle:
        out.append(p(subtitle, "subtitle"))
    return out


def heading(text: str, level: int = 1, *, ruled: bool = False) -> list[Flowable]:
    # Never leave a heading alone at the foot of a page.
    out: list[Flowable] = [CondPageBreak(32 * mm if level == 1 else 22 * mm)]
    if ruled:
        out.append(rule())
    return [*out, p(text, f"h{level}")]


def rule() -> Flowable:
    return HRFlowable(width="100%", thickness=0.5, color=RULE, spaceBefore=4, spaceAfter=4)


def spacer(height_mm: float = 3) -> Flowable:
    return Spacer(1, height_mm * mm)


def fields(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2,
           label_mm: float = 24) -> Table:
    """Label/value pairs laid out `columns` pairs per row."""
    label_w = label_mm * mm
    value_w = width / columns - label_w
    pad = 2 * FIELD_PADDING
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for label_text, value in pairs[start:start + columns]:
            row += [cell(label_text, "label", label_w - pad), cell(value or "—", "cell",
                                                                   value_w - pad)]
        while len(row) < 2 * columns:
            row += ["", ""]
        rows.append(row)
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    style = field_table()
    for c in range(columns):
        style.add("BACKGROUND", (2 * c, 0), (2 * c, -1), HEAD_BG)
        style.add("TEXTCOLOR", (2 * c, 0), (2 * c, -1), MUTED)
    table.setStyle(style)
    return table


def note(label_text: str, text: str, *, empty: str = "（未填写）") -> list[Flowable]:
    """A labelled block of free text. Each paragraph of the note is its own flowable, so a
    long note breaks across pages between lines rather than being pushed whole. A
    conditional page break (cheaper than KeepTogether, which copies the frame) keeps the label
    from being stranded at the foot of a page without its first lines."""
    s = styles()
    chunks = [c for c in (text or "").split("\n") if c.strip()]
    out: list[Flowable] = [CondPageBreak(16 * mm), Paragraph(fonts.para(label_text), s.h2)]
    if not chunks:
        return [*out, Paragraph(fonts.para(empty), s.small)]
    return [*out, *(Paragraph(fonts.para(c), s.note) for c in chunks)]


def table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
          *, align: Sequence[str] | None = None, zebra: bool = True,
          empty: str = "（无）") -> list[Flowable]:
    """A ruled table; `widths` are absolute points. The header repeats on every page and
    rows split between pages, never inside a row."""
    if not rows:
        return [p(empty, "small")]
    cell_style = {"l": "cell", "c": "cell_center", "r": "cell_right"}
    aligns = list(align or ["l"] * len(header))
    rooms = [w - 2 * GRID_PADDING for w in widths]
    data: list[list[Flowable | str]] = [
        [cell(h, "cell_head", rooms[i]) for i, h in enumerate(header)]]
    for row in rows:
        data.append([cell(str(v), cell_style[aligns[i]], rooms[i]) for i, v in enumerate(row)])
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = grid_table(zebra=zebra)
    names = {"l": "LEFT", "c": "CENTER", "r": "RIGHT"}
    for i, a in enumerate(aligns):
        style.add("ALIGN", (i, 1), (i, -1), names[a])
    t.setStyle(style)
    return [t]


def blank_lines(count: int, width: float, height_mm: float = 8) -> Table:
    """Ruled writing lines for paper forms."""
    t = Table([[""] for _ in range(count)], colWidths=[width],
              rowHeights=[height_mm * mm] * count)
    t.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
    return t
