"""The PDF toolkit every document is built from: the package page, figure tables, kept blocks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Table

from station_desk.reports import blocks, template


def _story(width: float) -> list:
    rows = [["团体辅导", "9/12", "45/60", "90/120"], ["讲座", "x", "5/6", "≥3"]]
    return [*blocks.title("匿名统计汇总", "2026 年第 3 季度"),
            *blocks.figures(["项目", "场次", "使用", "合计"], rows,
                            [width * 0.7, width * 0.1, width * 0.1, width * 0.1],
                            marked=[(1, 1), (1, 3)])]


def _page() -> template.PageInfo:
    return template.package_page("演示服务站", "匿名统计汇总", "2026 年第 3 季度",
                                 footer="Station Desk · PKG-01 · 2026-Q3 · 仅含汇总计数")


def test_a_package_page_gives_the_same_bytes_and_names_nobody(tmp_path: Path) -> None:
    page = _page()
    first, pages = template.render_story(_story(template.content_width(page)), page)
    again, _ = template.render_story(_story(template.content_width(page)), page)
    assert pages == 1 and first == again
    assert b"D:20000101000000" in first  # reportlab's fixed date: no creation time inside
    if shutil.which("pdftotext"):
        (tmp_path / "p.pdf").write_bytes(first)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "p.pdf"), "-"],
                              capture_output=True, check=True).stdout.decode("utf-8")
        assert "第1页/共1页" in text.replace(" ", "")
        assert "仅含汇总计数" in text and "90/120" in text
        assert "打印" not in text and "机密" not in text and "文件编号" not in text


def test_a_printed_page_still_says_who_printed_it_and_when(tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed")
    page = template.PageInfo("演示服务站", "月报", "", "RPT-1", "王老师", "2026-11-02 09:00")
    pdf, _ = template.render_story(_story(template.content_width(page)), page)
    (tmp_path / "p.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "p.pdf"), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    assert "打印：王老师 2026-11-02 09:00" in text and "文件编号 RPT-1" in text
    assert "机密" in text


def test_a_figure_never_breaks_over_two_lines() -> None:
    """Columns too narrow for "90/120" are widened from the label column; every figure
    stays one plain string (drawn whole, and cheap), marked ones in the mark colour."""
    [table] = blocks.figures(["项目", "a", "b", "c"], [["团体辅导", "9/12", "45/60", "90/120"]],
                             [300, 12, 12, 12], marked=[(0, 3)])
    assert isinstance(table, Table)
    figures = table._cellvalues[1][1:]
    assert figures == ["9/12", "45/60", "90/120"]
    assert sum(table._argW) == pytest.approx(336)
    assert min(table._argW[1:]) > 12


def test_a_kept_block_leaves_out_the_headings_page_break() -> None:
    kept = blocks.keep(*blocks.heading("按服务方式统计的服务人次", 2), blocks.p("说明", "small"))
    assert not any(isinstance(f, CondPageBreak) for f in kept._content)
    assert isinstance(kept._content[0], Paragraph)
    assert kept.getSpaceBefore() > 0  # the heading's space is reserved with the block


def test_a_long_table_starts_under_its_heading_instead_of_leaving_a_page_blank() -> None:
    def parts(rows: int) -> list:
        body = [[f"第 {i} 行", str(i)] for i in range(rows)]
        return [*blocks.heading("按行业统计的服务人次", 2),
                *blocks.figures(["项目", "人次"], body, [300, 60])]

    short = blocks.keep_table(*parts(blocks.LONG_TABLE), rows=blocks.LONG_TABLE)
    assert len(short) == 1 and isinstance(short[0], KeepTogether)
    long = blocks.keep_table(*parts(40), rows=40)
    assert isinstance(long[0], CondPageBreak) and long[0].height == blocks.LONG_TABLE_START
    assert sum(isinstance(f, CondPageBreak) for f in long) == 1
    page = _page()
    pdf, pages = template.render_story([blocks.spacer(200), *long], page)
    assert pages == 2  # started on the first page, under its heading
