"""City report tables as rows of cells: one layout for CSV, XLSX, PDF and the window.

The report's files are written in Chinese (`ZH`); the union window passes the same words in
the UI's language, so the figures, their order and what is marked are decided here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from station_desk.domain.auth import TIER_LABELS
from station_desk.export.tables import SUPPRESSED, TOTAL, display
from station_desk.export.union.merge import CityReport, Figure, MergedTable
from station_desk.export.union.verify import Checked
from station_desk.i18n import N_

MARK_NOTE = ("区间或“≥”表示该数含有服务站为保护隐私而隐去的数值：真实值在区间内（或不小于所示数），"
             "隐去的数值本身无法也不会被推算。")


@dataclass(frozen=True)
class Words:
    """The words a grid is written in (headings, statuses) and the language of its labels."""

    lang: str = "zh"
    stations: Sequence[str] = ("工会代码", "服务站", "状态", "数据包", *N_("export", "k"),
                               "隐去单元格数")
    reported: str = "已报送"
    missing: str = "未报送"
    rejected: str = "报送文件被拒收"
    checks: Sequence[str] = ("文件", "工会代码", "统计期间", "结果", "原因")
    accepted: str = "采用"
    refused: str = "拒收"
    code: str = "代码"
    name: str = "名称"
    total: str = "合计"
    date: Callable[[str], str] = field(default=lambda stamp: stamp[:10])  # a manifest's time

    @property
    def en(self) -> bool:
        return self.lang.startswith("en")


ZH = Words()


@dataclass
class Grid:
    title: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)  # int/float where exact, else text
    marked: list[tuple[int, int]] = field(default_factory=list)  # (row, col) of ranges
    note: str = ""


def _cell(value: Any) -> Any:
    if isinstance(value, Figure):
        return value.lo if value.exact else value.display()
    if isinstance(value, float):
        return value
    return value if value not in (None, "") else ""


def table_grid(table: MergedTable, labels: dict[tuple[str, str], str],
               words: Words = ZH, *, codes: bool = True) -> Grid:
    """A merged table: its key columns (codes), the name, then the figures; a figure that
    includes withheld station cells is a range and is marked. Codes are for machines (the
    CSV and XLSX keep them); paper and screen show names only (`codes=False`)."""
    keys = len(table.keys) if codes else 0
    en = words.en
    grid = Grid(table.title_en if en else table.title_zh,
                [words.code] * keys + [words.name]
                + [c["label_en" if en else "label_zh"] for c in table.columns],
                note="" if en else table.note_zh)
    for row in table.rows:
        label = row.label_en if en else row.label_zh
        if len(table.keys) == 2:
            group = labels.get((table.keys[0], row.codes[0]), row.codes[0])
            label = f"{group} · {words.total if row.codes[1] == TOTAL else label}"
        cells = [_cell(row.values.get(c["key"], "")) for c in table.columns]
        grid.rows.append([*row.codes[:keys], label, *cells])
        for j, c in enumerate(table.columns):
            value = row.values.get(c["key"])
            if isinstance(value, Figure) and not value.exact:
                grid.marked.append((len(grid.rows) - 1, keys + 1 + j))
    return grid


def code_labels(report: CityReport, words: Words = ZH) -> dict[tuple[str, str], str]:
    """Names for the first key of two-key tables, taken from the one-key tables."""
    out: dict[tuple[str, str], str] = {}
    for table in report.tables:
        if len(table.keys) == 1:
            for row in table.rows:
                out.setdefault((table.keys[0], row.codes[0]),
                               row.label_en if words.en else row.label_zh)
    return out


def stations_grid(report: CityReport, words: Words = ZH) -> Grid:
    grid = Grid("各服务站报送情况", list(words.stations))
    by_code = {r.station_code: r for r in report.accepted}
    tried = {r.station_code for r in report.rejected if r.station_code}
    for station in report.registered:
        item = by_code.get(station.code)
        if item is not None:
            m = item.manifest
            grid.rows.append([station.code, station.name, words.reported, item.path.name,
                              words.date(str(m["created_at"])), m["k"],
                              m["suppressed_cells"]])
        else:
            status = words.rejected if station.code in tried else words.missing
            grid.rows.append([station.code, station.name, status, "", "", "", ""])
    return grid


def verification_grid(results: Sequence[Checked], words: Words = ZH) -> Grid:
    """Every file checked, accepted or not (the window shows it even when nothing merged)."""
    grid = Grid("数据包核验结果", list(words.checks))
    for item in results:
        grid.rows.append([item.path.name, item.station_code, item.period,
                          words.accepted if item.ok else words.refused, item.reason(words.lang)])
    return grid


def targets_grid(report: CityReport) -> Grid:
    grid = Grid("各服务站年度活动目标完成情况",
                ["工会代码", "服务站", "活动类型", "本期场次", "年内累计", "年度目标",
                 "完成率（%）"],
                note="场次与目标描述服务站的工作量，不涉及个人，各站原样公布。")
    for t in report.targets:
        grid.rows.append([t.station, t.name, t.label_zh, t.events, t.ytd,
                          "" if t.target is None else t.target,
                          "" if t.pct is None else t.pct])
    return grid


def targets_matrix(report: CityReport) -> Grid:
    """One row per station, one column per activity type: "done this year / annual target"."""
    types: dict[str, str] = {}
    for t in report.targets:
        types.setdefault(t.type, t.label_zh)
    grid = Grid("各服务站年度活动目标完成情况（年内累计场次/年度目标）",
                ["服务站", *types.values(), "合计"],
                note="场次与目标描述服务站的工作量，不涉及个人，各站原样公布；"
                     "分类型明细见 CSV/XLSX。")
    rows: dict[str, dict[str, tuple[int, int | None]]] = {}
    names: dict[str, str] = {}
    for t in report.targets:
        rows.setdefault(t.station, {})[t.type] = (t.ytd, t.target)
        names[t.station] = t.name
    for station, cells in rows.items():
        done = sum(d for d, _ in cells.values())
        target = sum(g or 0 for _, g in cells.values())
        line = [names[station]]
        for code in types:
            d, g = cells.get(code, (0, None))
            line.append(f"{d}/{g}" if g is not None else f"{d}/—")
        pct = f" ({round(100 * done / target)}%)" if target else ""
        line.append(f"{done}/{target}{pct}")
        grid.rows.append(line)
    return grid


def tier_label(code: str) -> str:
    return TIER_LABELS.get(code, code)


def text(value: Any) -> str:
    if value == SUPPRESSED:
        return SUPPRESSED
    return display(value) if isinstance(value, float) else str(value)
