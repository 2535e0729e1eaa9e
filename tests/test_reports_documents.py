"""Every printed document renders for demo data: its text (extracted from the PDF) carries the
expected Chinese fields and the confidentiality marks, the font is embedded, long notes break
across pages, rare characters survive, registers hold no notes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from station_desk import reports
from station_desk.domain.session import Session
from station_desk.reports import fonts
from test_reports_support import (
    EMOJI_NOTE,
    LONG_EMPLOYER,
    PARAGRAPHS,
    RARE_NAME,
    pdf_text,
    squashed,
    vault_fixtures,
)

CONFIDENTIAL = "机密"


vault, owner = vault_fixtures("print-docs")


def rendered(session: Session, request: reports.Request, **kw: object) -> reports.Rendered:
    doc = reports.prepare(session, request)
    return reports.render_document(doc, doc_number="TEST-0001", printed_by="林演示（测试）",
                                   printed_at="2026-11-02 09:00", **kw)


EXPECTED = {
    "summary": ["心理档案摘要", "基本信息", "知情同意", "服务概况", "辅导记录一览", "责任咨询师"],
    "session": ["心理辅导记录", "主诉", "评估", "干预", "计划", "咨询师签署", "督导会签"],
    "case": ["个案全程记录", "第 1 次辅导", "主诉", "咨询师签署", "以下空白"],
    "assessment": ["心理测评报告", "PHQ-9", "分级", "得分", "施测人"],
    "monthly": ["月度工作报告", "服务概况", "个体辅导", "团体活动", "年度目标完成进度"],
    "forms": ["来访登记表", "知情同意书", "保密例外", "心理辅导记录表", "服务满意度评价表"],
    "ledger": ["个体心理辅导登记台账", "团体心理服务活动登记台账", "心理危机干预登记台账",
               "档案编号", "登记人签字"],
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_document_renders_with_fields_and_marks(owner: Session, vault: tuple[Path, dict],
                                                     kind: str) -> None:
    file_no = vault[1]["file_no"] if kind in ("summary", "session", "case", "assessment") \
        else None
    session_no = vault[1]["long_no"] if kind == "session" else None
    out = rendered(owner, reports.Request(kind, file_no=file_no, session_no=session_no))
    assert out.pdf.startswith(b"%PDF") and out.pages >= 1
    text = pdf_text(out.pdf)
    for field in EXPECTED[kind]:
        assert field in text, (kind, field)
    # every page: the mark, the number, page x of y, who printed it and when
    for page in range(1, out.pages + 1):
        page_text = pdf_text(out.pdf, page, page)
        assert CONFIDENTIAL in page_text
        assert "TEST-0001" in page_text
        assert f"第{page}页/共{out.pages}页" in squashed(page_text)
        assert "林演示（测试）" in page_text and "2026-11-02 09:00" in page_text


def test_font_is_embedded_as_a_subset(owner: Session, vault: tuple[Path, dict],
                                      tmp_path: Path) -> None:
    out = rendered(owner, reports.Request("case", file_no=vault[1]["file_no"]))
    assert b"/FontFile2" in out.pdf  # TrueType outlines inside the file
    exe = shutil.which("pdffonts")
    if exe is None:
        pytest.skip("pdffonts not installed")
    path = tmp_path / "case.pdf"
    path.write_bytes(out.pdf)
    listing = subprocess.run([exe, str(path)], capture_output=True, check=True,
                             text=True).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        assert "WenQuanYi" in line and "TrueType" in line
        name, *_rest, emb, sub, uni, _obj, _gen = line.split()
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line
        assert re.match(r"[A-Z]{6}\+", name)


def test_long_note_breaks_across_pages_in_order(owner: Session,
                                                vault: tuple[Path, dict]) -> None:
    out = rendered(owner, reports.Request("session", file_no=vault[1]["file_no"],
                                          session_no=vault[1]["long_no"]))
    assert out.pages >= 3
    text = squashed(pdf_text(out.pdf))
    positions = [text.index(f"第{n}段") for n in range(1, PARAGRAPHS + 1)]
    assert positions == sorted(positions)
    pages_with_note = [p for p in range(1, out.pages + 1) if "段：" in pdf_text(out.pdf, p, p)]
    assert len(pages_with_note) >= 2
    assert "补充：来访者电话确认联系方式无变化" in text  # the addendum follows the note
    assert text.index("第40段") < text.index("补充：来访者电话确认") < text.index("咨询师签署")


def test_rare_characters_and_emoji(owner: Session, vault: tuple[Path, dict]) -> None:
    summary = pdf_text(rendered(owner, reports.Request("summary",
                                                       file_no=vault[1]["file_no"])).pdf)
    assert RARE_NAME in summary
    record = squashed(pdf_text(rendered(owner, reports.Request(
        "session", file_no=vault[1]["file_no"], session_no=vault[1]["long_no"])).pdf))
    assert "来访者发来消息[表情]，说这周睡得好多了[表情]。" in record
    assert fonts.printable(EMOJI_NOTE) == "来访者发来消息[表情]，说这周睡得好多了[表情]。"
    assert fonts.printable("𠀀甲\x07乙\n丙") == "〓甲乙\n丙"
    for char in "璟喆燊堃":
        assert fonts.has_glyph(char)


def test_tables_wrap_rather_than_clip(owner: Session, vault: tuple[Path, dict]) -> None:
    text = squashed(pdf_text(rendered(owner, reports.Request(
        "summary", file_no=vault[1]["file_no"])).pdf))
    assert LONG_EMPLOYER in text


def test_draft_is_marked(owner: Session, vault: tuple[Path, dict]) -> None:
    text = pdf_text(rendered(owner, reports.Request(
        "session", file_no=vault[1]["file_no"], session_no=vault[1]["draft_no"])).pdf)
    assert "草稿" in text and "不作为正式记录" in text


def test_registers_and_monthly_hold_no_notes_or_names(owner: Session,
                                                      vault: tuple[Path, dict]) -> None:
    year = owner.db.scalar("SELECT substr(max(session_date), 1, 4) FROM sessions")
    ledger = squashed(pdf_text(rendered(owner, reports.Request("ledger", month=year)).pdf))
    assert vault[1]["file_no"] in ledger
    for secret in ("段：", RARE_NAME, "主诉", "草稿内容"):
        assert secret not in ledger
    month = owner.db.scalar("SELECT substr(max(session_date), 1, 7) FROM sessions")
    monthly = squashed(pdf_text(rendered(owner, reports.Request("monthly", month=month)).pdf))
    for secret in ("段：", RARE_NAME, vault[1]["file_no"]):
        assert secret not in monthly


def test_watermark_carries_the_printing_user(owner: Session, vault: tuple[Path, dict]) -> None:
    doc = reports.prepare(owner, reports.Request("forms"))
    plain = reports.render(doc, doc_number="N1", printed_by="x", printed_at="y")
    marked = reports.render(doc, doc_number="N1", printed_by="x", printed_at="y",
                            watermark="林演示 demo_counsellor_a 2026-11-02")
    # pdftotext scatters rotated text letter by letter; pdfium reads it back whole
    import pypdfium2 as pdfium

    def first_page(pdf: bytes) -> str:
        return pdfium.PdfDocument(pdf)[0].get_textpage().get_text_range()

    assert "demo_counsellor_a" not in first_page(plain)
    assert first_page(marked).count("林演示 demo_counsellor_a 2026-11-02") >= 2


def test_assessment_report_has_a_chart_with_bands(owner: Session,
                                                  vault: tuple[Path, dict]) -> None:
    text = pdf_text(rendered(owner, reports.Request("assessment", file_no=vault[1]["file_no"],
                                                    instrument="phq9")).pdf)
    for band in ("轻度抑郁", "中度抑郁", "重度抑郁"):
        assert band in text  # named beside the chart and in the band table
    assert "虚线为分级界值" in text
    assert "好转" in text  # the scores fell over the four administrations


def test_render_is_in_memory_only(owner: Session, vault: tuple[Path, dict],
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = set(Path(tmp_path).rglob("*"))
    rendered(owner, reports.Request("case", file_no=vault[1]["file_no"]))
    assert set(Path(tmp_path).rglob("*")) == before


def test_summary_and_case_say_what_the_worker_consented_to(owner: Session,
                                                           vault: tuple[Path, dict]) -> None:
    """A consent taken on the structured form keeps its scope as items, not wording: the
    paper names those items, as the file window does, instead of an empty column."""
    from station_desk.domain.records import consent, files

    client = files.find_by_number(owner, vault[1]["file_no"])
    assert client is not None
    given = [c for c in consent.read_consents(owner, client.id) if c.scopes]
    assert given, "the demo file has a consent on the structured form"
    for kind in ("summary", "case"):
        text = squashed(pdf_text(rendered(owner, reports.Request(
            kind, file_no=vault[1]["file_no"])).pdf))
        for item in given[0].scopes:
            assert squashed(consent.scope_label(item)) in text, (kind, item)
