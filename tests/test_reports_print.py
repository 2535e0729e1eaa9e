"""Who may print what, and that every print, save and refusal is in the audit trail; the CLI
takes the same path."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from station_desk import reports
from station_desk.cli.main import main
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.tools import reports_bench as bench
from test_reports_support import (
    ADMIN,
    OTHER,
    OWNER,
    PASSWORDS,
    RECEPTION,
    build_vault,
    pdf_text,
    sign,
)

CLINICAL = ["summary", "session", "case", "assessment"]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("print-rules") / "vault"
    return root, build_vault(root)


def entries(session: Session, action: str) -> list:
    return session.audit.query(action=action, limit=1000)


@pytest.mark.parametrize("kind", CLINICAL)
def test_receptionist_cannot_print_notes(vault: tuple[Path, dict], kind: str) -> None:
    with sign(vault[0], RECEPTION) as s:
        before = len(entries(s, "print.denied"))
        with pytest.raises(StationDeskError) as caught:
            reports.prepare(s, reports.Request(kind, file_no=vault[1]["file_no"]))
        assert caught.value.code == "forbidden"
        assert "接待员" in caught.value.message("zh")
        denied = entries(s, "print.denied")
        assert len(denied) == before + 1
        assert json.loads(denied[0].detail)["doc"] == kind


def test_receptionist_prints_blank_forms_only(vault: tuple[Path, dict]) -> None:
    with sign(vault[0], RECEPTION) as s:
        doc = reports.prepare(s, reports.Request("forms"))
        assert not doc.clinical
        for kind in ("monthly", "ledger"):
            with pytest.raises(StationDeskError):
                reports.prepare(s, reports.Request(kind))


def test_other_counsellor_and_admin_cannot_print_the_case(vault: tuple[Path, dict]) -> None:
    with sign(vault[0], OTHER) as s:
        with pytest.raises(StationDeskError) as caught:
            reports.prepare(s, reports.Request("case", file_no=vault[1]["file_no"]))
        assert caught.value.code == "case_forbidden"
    with sign(vault[0], ADMIN) as s:  # the admin may break the glass to read, not to print
        with pytest.raises(StationDeskError) as caught:
            reports.prepare(s, reports.Request("case", file_no=vault[1]["file_no"]))
        assert caught.value.code == "forbidden"
        reports.prepare(s, reports.Request("ledger"))  # registers: yes


def test_default_file_is_one_the_user_may_open(vault: tuple[Path, dict]) -> None:
    with sign(vault[0], OTHER) as s:
        client_id, file_no = reports.resolve_client(s, None)
        owner = s.db.scalar("SELECT u.username FROM clients c JOIN users u"
                            " ON u.id = c.counsellor_id WHERE c.id = ?", (client_id,))
        assert owner == OTHER and file_no


def test_preview_issue_and_save_are_audited(vault: tuple[Path, dict], tmp_path: Path) -> None:
    with sign(vault[0], OWNER) as s:
        doc = reports.prepare(s, reports.Request("session", file_no=vault[1]["file_no"]))
        shown = reports.preview(s, doc)
        assert "PREVIEW" in shown.doc_number
        assert entries(s, "print.preview")[0].target == f"file:{vault[1]['file_no']}"

        copy = reports.issue(s, doc, watermark=True)
        entry = entries(s, "print")[0]
        detail = json.loads(entry.detail)
        assert entry.target == f"file:{vault[1]['file_no']}"
        assert detail["doc_no"] == copy.doc_number and detail["pages"] == copy.pages
        assert detail["sha256"] == hashlib.sha256(copy.pdf).hexdigest()
        assert detail["watermark"] is True
        assert copy.doc_number in pdf_text(copy.pdf)

        path = tmp_path / "record.pdf"
        saved = reports.save_pdf(s, doc, path)
        entry = entries(s, "print.save")[0]
        detail = json.loads(entry.detail)
        assert path.read_bytes() == saved.pdf
        assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert detail["path"] == str(path) and detail["doc_no"] == saved.doc_number
        assert saved.doc_number != copy.doc_number  # every copy its own number
        assert not list(tmp_path.glob("*.tmp"))
        assert s.audit.verify().ok


def test_failed_save_leaves_no_file_and_is_recorded(vault: tuple[Path, dict],
                                                    tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"
    with sign(vault[0], OWNER) as s:
        doc = reports.prepare(s, reports.Request("forms"))
        with pytest.raises(StationDeskError):
            reports.save_pdf(s, doc, target)
        assert not target.exists()
        saved_no = json.loads(entries(s, "print.save")[0].detail)["doc_no"]
        failed = json.loads(entries(s, "print.failed")[0].detail)
        assert failed["doc_no"] == saved_no


def test_bad_requests_have_clear_messages(vault: tuple[Path, dict]) -> None:
    with sign(vault[0], OWNER) as s:
        cases = [(reports.Request("monthly", month="2026-13"), "月份格式有误"),
                 (reports.Request("case", file_no="XL-1999-999999"), "找不到档案编号"),
                 (reports.Request("session", file_no=vault[1]["file_no"], session_no=999),
                  "没有第 999 次"),
                 (reports.Request("poster"), "未知的文件类型")]
        for request, words in cases:
            with pytest.raises(StationDeskError) as caught:
                reports.prepare(s, request)
            assert words in caught.value.message("zh")


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], user: str,
            *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORDS[user] + "\n"))
    code = main(["print", *args, "--user", user, "--password-stdin"])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_writes_the_pdf_with_the_same_audit(vault: tuple[Path, dict], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "case.pdf"
    code, stdout, _ = run_cli(monkeypatch, capsys, OWNER, "case", "--out", str(out),
                              "--vault", str(vault[0]), "--file", vault[1]["file_no"],
                              "--watermark")
    assert code == 0 and "已保存" in stdout
    assert "个案全程记录" in pdf_text(out.read_bytes())
    with sign(vault[0], ADMIN) as s:
        detail = json.loads(entries(s, "print.save")[0].detail)
    assert detail["via"] == "cli" and detail["doc"] == "case"
    assert detail["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()

    code, _, _ = run_cli(monkeypatch, capsys, OWNER, "ledger", "--out", str(tmp_path / "l.pdf"),
                         "--vault", str(vault[0]), "--year", "2026", "--ledger", "crises")
    assert code == 0


def test_cli_refusals_exit_non_zero_in_chinese(vault: tuple[Path, dict], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no.pdf"
    code, _, err = run_cli(monkeypatch, capsys, RECEPTION, "session", "--out", str(out),
                           "--vault", str(vault[0]))
    assert code == 1 and "权限不足" in err and not out.exists()
    code, _, err = run_cli(monkeypatch, capsys, OWNER, "monthly", "--out", str(out),
                           "--vault", str(vault[0]), "--month", "2026-13")
    assert code == 1 and "月份格式有误" in err and not out.exists()
    code, _, err = run_cli(monkeypatch, capsys, OWNER, "forms", "--out",
                           str(tmp_path / "nope" / "x.pdf"), "--vault", str(vault[0]))
    assert code == 1 and "输出目录不存在" in err


def test_bench_measures_a_case(tmp_path: Path) -> None:
    seconds = bench.case_pdf_seconds(sessions=30, repeat=1, root=tmp_path)
    assert 0 < seconds < 60  # a smoke test; the 200-session figure is for the benchmark
