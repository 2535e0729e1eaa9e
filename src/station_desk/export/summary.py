"""The PDF summary inside a package: every table, in Chinese, for people to read."""

from __future__ import annotations

from typing import Any

from station_desk.domain.auth import TIER_LABELS
from station_desk.export.build import Content
from station_desk.export.profile import BASIS_LABELS, LEGACY_STATUS_LABELS, STATUS_LABELS
from station_desk.export.tables import SUPPRESSED, TOTAL, display
from station_desk.i18n import N_
from station_desk.reports import blocks, template

LEGEND = (f"“{SUPPRESSED}”表示为保护个人隐私而不公布的数值：涉及人数或人次少于保护门槛的"
          "计数，以及为防止从合计、其他表格或本站本年度已报送的其他数据包推算出这些计数而"
          "一并隐去的数值。零值照常公布，但某一行合计已隐去时，该行的 0 也一并隐去（此时 x "
          "可能是 0）。公布的数字都是准确值；均值和比率仅在其依据的计数全部公布时给出。")


def code_labels(tables: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(key name, code) -> Chinese label, from the one-key tables (e.g. instrument names)."""
    out: dict[tuple[str, str], str] = {}
    for t in tables:
        if len(t["keys"]) == 1:
            for row in t["rows"]:
                out.setdefault((t["keys"][0], row[0]), row[1])
    return out


def table_flowables(t: dict[str, Any], labels: dict[tuple[str, str], str],
                    width: float) -> list[Any]:
    nkeys = len(t["keys"])
    value_cols = t["columns"][nkeys + 2:]
    header = ["项目"] + [c["label_zh"] for c in value_cols]
    rows: list[list[str]] = []
    marked: list[tuple[int, int]] = []
    hidden_groups = set()
    if nkeys == 2:  # groups with nothing in them only lengthen the paper
        hidden_groups = {r[0] for r in t["rows"] if r[1] == TOTAL and r[-1] == 0}
    last_group = None
    for row in t["rows"]:
        if nkeys == 2:
            if row[0] in hidden_groups:
                continue
            if row[0] != last_group:
                rows.append([labels.get((t["keys"][0], row[0]), row[0])] + [""] * len(value_cols))
                last_group = row[0]
        label = row[nkeys]
        values = [display(v) for v in row[nkeys + 2:]]
        if nkeys == 2:
            label = "　" + ("合计" if row[1] == TOTAL else label)
        rows.append([label, *values])
        marked += [(len(rows) - 1, i + 1) for i, v in enumerate(values) if v == SUPPRESSED]
    first = 0.46 if len(value_cols) > 2 else 0.6
    rest = (1 - first) / max(1, len(value_cols))
    widths = [width * first] + [width * rest] * len(value_cols)
    out: list[Any] = blocks.heading(t["title_zh"], 2)
    if t["note_zh"]:
        out.append(blocks.p(t["note_zh"], "small"))
    if hidden_groups:
        out.append(blocks.p(N_("export", "Instruments not used in the period are left out (0 in "
                               "the data file).").text("zh"), "small"))
    return blocks.keep_table(*out, blocks.spacer(1),
                             *blocks.figures(header, rows, widths, marked=marked), rows=len(rows))


def selfcheck_flowables(t: dict[str, Any], w: float) -> list[Any]:
    rows = []
    for row in t["rows"]:
        _code, text, _en, tier, basis, status = row
        rows.append([text, TIER_LABELS.get(tier, tier),
                     BASIS_LABELS.get(basis, (basis or "—",))[0],
                     {**LEGACY_STATUS_LABELS, **STATUS_LABELS}.get(status, (status,))[0]])
    return [*blocks.heading(t["title_zh"], 2), blocks.p(t["note_zh"], "small"), blocks.spacer(1),
            *blocks.table(["要求", "所属等级", "判断依据", "自查结果"], rows,
                          [w * 0.5, w * 0.14, w * 0.16, w * 0.2])]


def summary_pdf(content: Content) -> bytes:
    """The same bytes for the same content: the page is a package's (no printer, no print
    time, no creation date or random ID inside the PDF)."""
    info = content.station
    period = content.period
    page = template.package_page(
        info.name, "匿名统计汇总", f"{period.label()} · 工会代码 {info.code}",
        footer=f"Station Desk · {info.code} · {period.code} · 仅含汇总计数，不含个人信息")
    width = template.content_width(page)
    story: list[Any] = blocks.title(
        f"{info.name}", f"匿名统计汇总 · {period.label()} · 工会代码 {info.code} · "
                        f"{TIER_LABELS.get(info.tier, info.tier)} · "
                        f"保护门槛：少于 {content.k} 人的数字不公布")
    story.append(blocks.p(LEGEND))
    if content.tables_withheld:
        names = "、".join(t["title_zh"] for t in content.tables
                         if t["id"] in content.tables_withheld)
        story.append(blocks.p(f"本期涉及人数太少、整表不单独公布（见季度或年度数据包）："
                              f"{names}。"))
    if content.first_released:
        story.append(blocks.p(f"本期数据已于 {content.first_released[:10]} 报送；"
                              "本数据包与当时内容相同。"))
    labels = code_labels(content.tables)
    for t in content.tables:
        if t["id"] == "station_profile":
            continue
        if t["id"] == "tier_selfcheck":
            story += selfcheck_flowables(t, width)
        else:
            story += table_flowables(t, labels, width)
        story.append(blocks.spacer(2))
    pdf, _pages = template.render_story(story, page,
                                        meta_title=f"{info.code} {period.code} 匿名统计")
    return pdf
