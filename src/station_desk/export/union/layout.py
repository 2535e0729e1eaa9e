"""City report tables as rows of cells: one layout for CSV, XLSX, PDF and the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from station_desk.domain.auth import TIER_LABELS
from station_desk.export.tables import SUPPRESSED, TOTAL, display
from station_desk.export.union.merge import CityReport, Figure, MergedTable

MARK_NOTE = ("区间或“≥”表示该数含有服务站为保护隐私而隐去的数值：真实值在区间内（或不小于所示数），"
             "隐去的数值本身无法也不会被推算。")
STATUS = {"reported": "已报送", "missing": "未报送", "rejected": "报送文件被拒收"}


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


def table_grid(table: MergedTable, labels: dict[tuple[str, str], str]) -> Grid:
    nkeys = len(table.keys)
    grid = Grid(table.title_zh, ["代码"] * nkeys + ["名称"] + [c["label_zh"] for c in
                                                             table.columns], note=table.note_zh)
    for row in table.rows:
        label = row.label_zh
        if nkeys == 2:
            group = labels.get((table.keys[0], row.codes[0]), row.codes[0])
            label = f"{group} · {'合计' if row.codes[1] == TOTAL else row.label_zh}"
        cells = [_cell(row.values.get(c["key"], "")) for c in table.columns]
        grid.rows.append([*row.codes, label, *cells])
        for j, c in enumerate(table.columns):
            value = row.values.get(c["key"])
            if isinstance(value, Figure) and not value.exact:
                grid.marked.append((len(grid.rows) - 1, nkeys + 1 + j))
    return grid


def code_labels(report: CityReport) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for table in report.tables:
        if len(table.keys) == 1:
            for row in table.rows:
                out.setdefault((table.keys[0], row.codes[0]), row.label_zh)
    return out


def stations_grid(report: CityReport) -> Grid:
    grid = Grid("各服务站报送情况", ["工会代码", "服务站", "状态", "数据包", "生成日期", "k",
                                     "隐去单元格数"])
    by_code = {r.station_code: r for r in report.accepted}
    tried = {r.station_code for r in report.rejected if r.station_code}
    for station in report.registered:
        item = by_code.get(station.code)
        if item is not None:
            m = item.manifest
            grid.rows.append([station.code, station.name, STATUS["reported"], item.path.name,
                              m["created_at"][:10], m["k"], m["suppressed_cells"]])
        else:
            status = STATUS["rejected"] if station.code in tried else STATUS["missing"]
            grid.rows.append([station.code, station.name, status, "", "", "", ""])
    return grid


def verification_grid(report: CityReport) -> Grid:
    grid = Grid("数据包核验结果", ["文件", "工会代码", "统计期间", "结果", "原因"])
    for item in report.results:
        grid.rows.append([item.path.name, item.station_code, item.period,
                          "采用" if item.ok else "拒收", item.reason("zh")])
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
