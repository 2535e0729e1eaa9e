"""The city report PDF: who reported, charts, the merged tables and each station's targets."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from station_desk.domain.stats.period import parse_period
from station_desk.export.tables import TOTAL
from station_desk.export.union.layout import (
    MARK_NOTE,
    Grid,
    code_labels,
    stations_grid,
    table_grid,
    targets_matrix,
    text,
    verification_grid,
)
from station_desk.export.union.merge import CityReport, Figure
from station_desk.reports import blocks, fonts, template

CHART_STATIONS = 20  # more bars than this would be unreadable; the tables list them all
BLUE = colors.HexColor("#3b6ea5")
ORANGE = colors.HexColor("#d9822b")
GREY = colors.HexColor("#9aa5b1")


def _grid(grid: Grid, width: float, *, first: float = 0.3, labels: int | None = None,
          widths: list[float] | None = None) -> list[Any]:
    """`grid` as a ruled table under its heading; `labels` columns of text (all when None),
    the rest figures."""
    n = len(grid.header)
    shares = widths if widths is not None else [first] + [(1 - first) / (n - 1)] * (n - 1)
    out: list[Any] = blocks.heading(grid.title, 2)
    if grid.note:
        out.append(blocks.p(grid.note, "small"))
    rows = [[text(v) for v in row] for row in grid.rows]
    return [*out, blocks.spacer(1),
            *blocks.figures(grid.header, rows, [width * w for w in shares],
                            labels=n if labels is None else labels, marked=grid.marked)]


def _bars(title: str, labels: list[str], series: list[list[float]], names: list[str], *,
          width: float, horizontal: bool = False, height: float = 70 * mm) -> Drawing:
    font = fonts.register()
    if horizontal:  # every bar gets 3 mm, every station a 2.5 mm gap
        height = (max(1, len(labels)) * (3 * len(series) + 2.5) + 26) * mm
    drawing = Drawing(width, height)
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.x, chart.y = (48 * mm, 10 * mm) if horizontal else (16 * mm, 24 * mm)
    chart.width = width - chart.x - 8 * mm
    chart.height = height - chart.y - (20 if len(names) > 1 else 14) * mm
    chart.data = [list(s) for s in series] or [[0]]
    chart.categoryAxis.categoryNames = labels or [""]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if not horizontal:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.barSpacing = 1
    for i, colour in enumerate((BLUE, ORANGE, GREY)[:len(series)]):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    drawing.add(String(0, height - 8, title, fontName=font, fontSize=10))
    if len(names) > 1:
        legend = Legend()
        legend.fontName = font
        legend.fontSize = 7.5
        legend.x, legend.y = chart.x, height - 9 * mm  # its own line, under the title
        legend.colorNamePairs = list(zip((BLUE, ORANGE, GREY), names, strict=False))
        legend.alignment = "right"  # swatch first, then its name
        legend.columnMaximum = 1
        legend.deltax = 70
        legend.dx = legend.dy = 7
        drawing.add(legend)
    return drawing


def _figure_chart(report: CityReport, table_id: str, title: str,
                  width: float) -> Drawing | None:
    try:
        table = report.table(table_id)
    except StopIteration:
        return None
    col = table.columns[0]["key"]
    labels, values = [], []
    for row in table.rows:
        if row.codes[-1] == TOTAL:
            continue
        figure = row.values.get(col)
        if isinstance(figure, Figure):
            labels.append(row.label_zh[:10] + ("*" if not figure.exact else ""))
            values.append(figure.lo)
    return _bars(title, labels, [values], ["人次"], width=width)


def _station_sessions(report: CityReport, width: float) -> Drawing:
    items = []
    for item in report.accepted:
        rows = item.tables.get("sessions_by_modality", {}).get("rows", [])
        total = next((r[-1] for r in rows if r[0] == TOTAL), 0)
        items.append((item.manifest["station"]["name"][:14], total))
    shown = sorted(items, key=lambda x: (-x[1] if isinstance(x[1], int) else 0, x[0]))
    more = len(shown) > CHART_STATIONS
    shown = shown[:CHART_STATIONS]
    labels = [n + ("*" if not isinstance(v, int) else "") for n, v in shown]
    title = "各站服务人次（*：人次少于阈值已隐去，按 0 绘制）"
    if more:
        title = f"服务人次最多的 {CHART_STATIONS} 个站（共 {len(items)} 站，全部见表格）"
    return _bars(title, labels[::-1],
                 [[v if isinstance(v, int) else 0 for _, v in shown][::-1]], ["人次"],
                 width=width, horizontal=True)


def _station_targets(report: CityReport, width: float) -> Drawing:
    per: dict[str, list[int]] = {}
    for t in report.targets:
        done_target = per.setdefault(t.name[:14], [0, 0])
        done_target[0] += t.ytd
        done_target[1] += t.target or 0
    shown = sorted(per.items())[:CHART_STATIONS]
    title = "各站年内活动场次与年度目标"
    if len(per) > CHART_STATIONS:
        title += f"（前 {CHART_STATIONS} 站，共 {len(per)} 站，全部见表格）"
    return _bars(title, [n for n, _ in shown][::-1],
                 [[v[0] for _, v in shown][::-1], [v[1] for _, v in shown][::-1]],
                 ["年内累计场次", "年度目标场次"], width=width, horizontal=True)


def city_pdf(report: CityReport, title: str = "职工心理健康服务站统计汇总") -> bytes:
    period = parse_period(report.period)
    missing = report.missing()
    page = template.package_page(title, "全市汇总", f"{period.label()}（{period.code}）",
                                 footer=f"Station Desk · 全市汇总 · {period.code} · 仅含汇总计数")
    width = template.content_width(page)
    summary = (f"登记服务站 {len(report.registered)} 个，已报送 {len(report.accepted)} 个，"
               f"未报送 {len(missing)} 个；收到文件 {len(report.results)} 个，"
               f"拒收 {len(report.rejected)} 个。")
    story: list[Any] = blocks.title(title, f"统计期间：{period.label()}（{period.code}）")
    story += [blocks.p(summary), blocks.p(MARK_NOTE, "small"), blocks.spacer(2)]
    story += _grid(stations_grid(report), width,
                   widths=[0.14, 0.24, 0.13, 0.19, 0.12, 0.05, 0.13])
    if report.rejected:
        story += _grid(verification_grid(report.results), width,
                       widths=[0.24, 0.14, 0.1, 0.07, 0.45])
    if report.accepted:
        story += blocks.heading("图表", 2)
        for chart in (_figure_chart(report, "sessions_by_modality", "全市服务人次（按服务方式）",
                                    width),
                      _figure_chart(report, "satisfaction",
                                    "满意度评价分布（*：含隐去数值，按下限绘制）", width),
                      _station_sessions(report, width), _station_targets(report, width)):
            if chart is not None:
                story += [chart, blocks.spacer(4)]
    labels = code_labels(report)
    for table in report.tables:
        grid = table_grid(table, labels, codes=False)
        story += blocks.keep_table(*_grid(grid, width, first=0.42, labels=1), rows=len(grid.rows))
    if report.targets:
        grid = targets_matrix(report)
        n = len(grid.header)
        story += _grid(grid, width, widths=[0.24] + [0.6 / (n - 2)] * (n - 2) + [0.16],
                       labels=1)
    pdf, _pages = template.render_story(story, page, meta_title=f"{title} {period.code}")
    return pdf
