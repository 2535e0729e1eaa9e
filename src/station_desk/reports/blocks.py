"""Building blocks the documents are made of: headings, field grids, notes, ruled tables.

Every piece of user text goes through `fonts.para`, so it is escaped, drawable, and wraps
between any two Chinese characters. Tables hold Paragraphs, never bare strings, so a long
value wraps inside its cell instead of running past the column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import HRFlowable

from station_desk.i18n import N_
from station_desk.reports import fonts
from station_desk.reports.styles import (
    FIELD_PADDING,
    GRID_PADDING,
    HEAD_BG,
    MARK,
    MUTED,
    RULE,
    field_table,
    grid_table,
    styles,
)

# what an empty field or table says on a (Chinese) paper
NOT_FILLED = N_("reports", "(not filled in)").text("zh")
NONE = N_("reports", "(none)").text("zh")


def p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(fonts.para(text), getattr(styles(), style))


CELL_SIZE = 9  # the cell styles' font size


def cell(text: str, style: str, room: float, colour: Color | None = None) -> Flowable | str:
    """A table cell: plain text when it fits on one line in `room` points, else a wrapping
    Paragraph. Plain cells are drawn directly, about ten times cheaper than a Paragraph,
    which is what keeps a 200-session case, a year's register and a city report of a few
    hundred stations fast. `colour` colours a Paragraph's text (a plain cell takes the
    table's TEXTCOLOR)."""
    text = fonts.printable(text)
    if "\n" not in text and stringWidth(text, fonts.FONT, CELL_SIZE) <= room:
        return text
    markup = fonts.para(text)
    if colour is not None:
        markup = f'<font color="#{colour.hexval()[2:]}">{markup}</font>'
    return Paragraph(markup, getattr(styles(), style))


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


def note(label_text: str, text: str, *, empty: str = NOT_FILLED) -> list[Flowable]:
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


def keep(*flowables: Flowable) -> KeepTogether:
    """A short block that moves to the next page whole rather than split (a table with its
    heading and note). A heading's conditional page break is left out: the block already
    moves whole, and as its first item the break would hide the heading's space before from
    reportlab's estimate, which then splits the block a few points short of the foot."""
    return KeepTogether([f for f in flowables if not isinstance(f, CondPageBreak)])


LONG_TABLE = 16  # rows
LONG_TABLE_START = 50 * mm  # room for a heading, its note, the header and the first rows


def keep_table(*flowables: Flowable, rows: int) -> list[Flowable]:
    """A table with its heading and note: on one page when it has at most LONG_TABLE rows;
    a longer one starts where it is when there is room for its heading and first rows, and
    carries on under its repeated header, rather than leaving the rest of a page blank."""
    if rows <= LONG_TABLE:
        return [keep(*flowables)]
    return [CondPageBreak(LONG_TABLE_START),
            *(f for f in flowables if not isinstance(f, CondPageBreak))]


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          *, align: Sequence[str] | None = None, zebra: bool = True,
          empty: str = NONE, marked: Iterable[tuple[int, int]] = (),
          align_head: bool = False) -> list[Flowable]:
    """A ruled table; `widths` are absolute points. The header repeats on every page and
    rows split between pages, never inside a row. `marked` are (row, column) of body cells
    drawn in the mark colour; `align_head` aligns each heading like its column (a heading
    over right-aligned figures sits over them)."""
    if not rows:
        return [p(empty, "small")]
    cell_style = {"l": "cell", "c": "cell_center", "r": "cell_right"}
    aligns = list(align or ["l"] * len(header))
    rooms = [w - 2 * GRID_PADDING for w in widths]
    marks = set(marked)
    head_style = ({"l": "cell_head", "c": "cell_center", "r": "cell_right"} if align_head
                  else dict.fromkeys("lcr", "cell_head"))
    data: list[list[Flowable | str]] = [
        [cell(h, head_style[aligns[i]], rooms[i]) for i, h in enumerate(header)]]
    for r, row in enumerate(rows):
        data.append([cell(str(v), cell_style[aligns[i]], rooms[i],
                          MARK if (r, i) in marks else None) for i, v in enumerate(row)])
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    style = grid_table(zebra=zebra)
    names = {"l": "LEFT", "c": "CENTER", "r": "RIGHT"}
    first = 0 if align_head else 1
    for i, a in enumerate(aligns):
        style.add("ALIGN", (i, first), (i, -1), names[a])
    for r, c in marks:
        style.add("TEXTCOLOR", (c, r + 1), (c, r + 1), MARK)
    t.setStyle(style)
    return [t]


def figures(header: Sequence[str], rows: Sequence[Sequence[object]],
            widths: Sequence[float], *, labels: int = 1,
            marked: Iterable[tuple[int, int]] = (), empty: str = NONE) -> list[Flowable]:
    """A ruled table of figures: the first `labels` columns are text, the rest numbers,
    right-aligned under right-aligned headings; `marked` cells (a withheld value, a range)
    in the mark colour."""
    align = ["l"] * labels + ["r"] * (len(header) - labels)
    return table(header, rows, _room_for_figures(rows, widths, labels),
                 align=align[:len(header)], marked=marked, empty=empty, align_head=True)


def _room_for_figures(rows: Sequence[Sequence[object]], widths: Sequence[float],
                      labels: int) -> list[float]:
    """`widths` with each figure column widened to its widest figure, taken from the first
    column: a figure broken over two lines ("90/12" above "0") reads as two numbers, while
    a label wraps harmlessly."""
    out = list(widths)
    for c in range(labels, len(out)):
        widest = max((stringWidth(fonts.printable(str(row[c])), fonts.FONT, CELL_SIZE)
                      for row in rows), default=0.0)
        need = widest + 2 * GRID_PADDING
        if need > out[c]:
            out[0] -= need - out[c]
            out[c] = need
    return out


def blank_lines(count: int, width: float, height_mm: float = 8) -> Table:
    """Ruled writing lines for paper forms."""
    t = Table([[""] for _ in range(count)], colWidths=[width],
              rowHeights=[height_mm * mm] * count)
    t.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)])
    return t
