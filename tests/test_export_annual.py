"""The analysis report for the union: built only from what released packages published, a
withheld figure shown as a dash and never guessed, charts and narrative from the figures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from station_desk.export.annual import (
    WITHHELD,
    AnnualData,
    Published,
    annual_document,
    narrative,
)
from station_desk.reports.data import StationInfo
from station_desk.reports.document import render

STATION = StationInfo("示例职工心理健康服务站", "U-TEST-01", "complete_2", "")


def table(tid: str, key: str, column: str, rows: list[tuple[str, str, str, object]],
          ) -> dict[str, object]:
    return {"id": tid, "keys": [key], "note_zh": "", "note_en": "",
            "columns": [{"key": key}, {"key": "label_zh"}, {"key": "label_en"},
                        {"key": column}],
            "rows": [list(r) for r in rows]}


def package(period: str, sessions: object = 120, mean: object = 4.6) -> Published:
    return Published.of(period, 5, "x", [
        table("sessions_by_modality", "modality", "sessions", [
            ("in_person", "面询", "In person", 90), ("hotline", "热线电话", "Hotline call", "x"),
            ("online", "线上", "Online", "x"), ("_total", "合计", "Total", sessions)]),
        table("case_flow", "measure", "clients", [("served", "服务人数", "People served", 41)]),
        table("sessions_by_issue", "issue", "sessions", [
            ("work_stress", "工作压力与职业倦怠", "Work stress and burnout", 40),
            ("sleep", "睡眠问题", "Sleep problems", 22),
            ("anxiety", "焦虑紧张", "Anxiety", 31), ("trauma_loss", "创伤与丧失", "Trauma and loss",
                                                   "x")]),
        table("indicators", "indicator", "value", [
            ("satisfaction_mean", "满意度平均分（1–5）", "Mean satisfaction (1–5)", mean)]),
    ])


def test_only_published_figures_are_read_and_withheld_ones_stay_withheld() -> None:
    pub = package("2026")
    assert pub.value("sessions_by_modality", ("hotline",), "sessions") is WITHHELD
    assert pub.value("sessions_by_modality", ("in_person",), "sessions") == 90
    assert pub.value("sessions_by_modality", ("group",), "sessions") is None  # not a row
    assert pub.value("outcomes", ("improved",), "workers") is None  # not a table


def test_the_narrative_says_only_what_was_published() -> None:
    months = {f"2026-{m:02d}": package(f"2026-{m:02d}") for m in range(1, 11)}
    months.update({"2026-11": None, "2026-12": None})
    text = narrative(AnnualData(2026, None, package("2026"), months), "en")
    assert text[0] == "120 individual sessions were given to 41 people."
    assert "Most were in person (75%)." in text
    assert ("The three most frequent concerns were work stress and burnout, anxiety and "
            "sleep problems.") in text
    assert "Mean overall satisfaction was 4.6 out of 5." in text
    assert "2 month(s) have no package sent yet and show no monthly figure." in text
    # a withheld total or mean is left out, not estimated from what is left
    hidden = narrative(AnnualData(2026, None, package("2026", sessions="x", mean="x"), {}),
                       "zh")
    assert not any("个体心理服务" in s for s in hidden)
    assert not any("满意度" in s for s in hidden)
    assert not any("90" in s for s in hidden)  # no share of a withheld total either


def test_the_pdf_renders_charts_dashes_and_the_months_not_sent(tmp_path: Path) -> None:
    months = {f"2026-{m:02d}": package(f"2026-{m:02d}", sessions=10 + m) for m in range(1, 13)}
    months["2026-03"] = package("2026-03", sessions="x")
    months["2026-12"] = None
    doc = annual_document(STATION, AnnualData(2026, None, package("2026"), months), "zh")
    pdf = render(doc, doc_number="ANN-TEST", printed_by="王站长（admin）",
                 printed_at="2026-12-31 16:00")
    out = tmp_path / "annual.pdf"
    out.write_bytes(pdf)
    assert pdf.startswith(b"%PDF") and doc.confidential
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "职工心理健康服务分析报告" in text and "机密" in text
        assert "未报送的月份：12月" in text
        assert "—" in text  # the withheld March total and hotline row
        assert "本期共提供个体心理服务 120 人次，服务 41 人。" in text


def test_without_the_periods_package_the_report_says_to_send_it_first() -> None:
    doc = annual_document(STATION, AnnualData(2026, 3, None, {}), "en")
    pdf = render(doc, doc_number="ANN-TEST", printed_by="x", printed_at="2026-10-01 09:00")
    assert pdf.startswith(b"%PDF")
    assert doc.subject == "2026 Q3"
