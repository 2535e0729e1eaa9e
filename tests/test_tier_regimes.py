"""Station regimes (制度): templates, adoption in versions, acknowledgement per account (again
after each new version); the duty roster; both from the CLI and in print."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.cli.main import main
from station_desk.domain import accounts
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.domain.tier import duty, regimes
from station_desk.errors import StationDeskError
from station_desk.storage.database import DatabaseError

PW = {"admin": "admin-pass-2026", "lin": "lin-pass-2026", "qian": "qian-pass-2026"}


@pytest.fixture
def staffed(admin: Session) -> Session:
    accounts.add_user(admin, "lin", "林咨询师", "counsellor", PW["lin"])
    accounts.add_user(admin, "qian", "钱接待", "receptionist", PW["qian"])
    return admin


def test_templates_exist_in_both_languages_and_read_as_sections() -> None:
    for kind in regimes.KINDS:
        zh, en = regimes.template(kind, "zh"), regimes.template(kind, "en")
        assert zh.title and en.title and zh.title != en.title
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh.body)
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.body)
        for body in (zh.body, en.body):
            blocks = regimes.parse_blocks(body)
            assert sum(b.kind == "heading" for b in blocks) >= 4
            assert sum(b.kind == "item" for b in blocks) >= 8
    expect_error("regime_unknown_kind", regimes.template, "rules")


def test_adoption_is_versioned_audited_and_never_edited(staffed: Session,
                                                        clock: FakeClock) -> None:
    admin = staffed
    text = regimes.template("confidentiality")
    first = regimes.adopt(admin, "confidentiality", text.title, text.body)
    assert (first.version, first.adopted_name) == (1, "王站长")
    expect_error("regime_unchanged", regimes.adopt, admin, "confidentiality", text.title,
                 text.body)
    expect_error("regime_empty", regimes.adopt, admin, "confidentiality", "", text.body)
    expect_error("regime_too_long", regimes.adopt, admin, "workflow", "流程",
                 "字" * (regimes.MAX_BODY + 1))
    clock.advance(days=30)
    second = regimes.adopt(admin, "confidentiality", text.title,
                           text.body.replace("碎纸机", "专用碎纸机"), "明确销毁设备")
    assert second.version == 2
    assert regimes.current(admin, "confidentiality") == second
    assert [r.version for r in regimes.history(admin, "confidentiality")] == [2, 1]
    assert regimes.get(admin, first.id).body == text.body  # version 1 kept as it was
    entries = admin.audit.query(action="regime.adopt")
    assert [json.loads(e.detail)["version"] for e in entries] == [2, 1]
    assert json.loads(entries[0].detail)["sha256"] == second.digest
    assert json.loads(entries[0].detail)["note"] == "明确销毁设备"
    with pytest.raises(DatabaseError):
        admin.db.execute("UPDATE regimes SET body = 'x' WHERE id = ?", (first.id,))
    with pytest.raises(DatabaseError):
        admin.db.execute("DELETE FROM regimes WHERE id = ?", (first.id,))


def test_only_the_admin_adopts(staffed: Session, clock: FakeClock) -> None:
    root = staffed.vault.paths.root
    staffed.close()
    with sign_in(root, "lin", PW["lin"], clock=clock) as lin:
        expect_error("forbidden", regimes.adopt, lin, "workflow", "流程", "正文")
        assert regimes.current(lin, "workflow") is None  # reading needs no permission


def test_every_account_acknowledges_and_a_new_version_asks_again(staffed: Session,
                                                                 clock: FakeClock) -> None:
    admin = staffed
    root = admin.vault.paths.root
    assert regimes.pending(admin) == []  # nothing adopted, nothing to acknowledge
    text = regimes.template("confidentiality")
    v1 = regimes.adopt(admin, "confidentiality", text.title, text.body)
    regimes.adopt(admin, "workflow", *_title_body("workflow"))  # not one to acknowledge
    # whoever adopts a version has read it: acknowledged with it
    assert regimes.pending(admin) == []
    regimes.acknowledge(admin, v1.id)  # again is nothing more
    admin.close()
    with sign_in(root, "qian", PW["qian"], clock=clock) as qian:
        assert regimes.pending(qian) == [v1]
        regimes.acknowledge(qian, v1.id)
    with sign_in(root, "admin", PW["admin"], clock=clock) as admin:
        acks = {a.username: a.acknowledged_at for a in regimes.acknowledgements(admin, v1)}
        assert acks == {"admin": "2026-11-02T09:00:00Z", "lin": None,
                        "qian": "2026-11-02T09:00:00Z"}
        clock.advance(days=2)
        v2 = regimes.adopt(admin, "confidentiality", text.title, text.body + "\n\n附则。")
        assert regimes.pending(admin) == []
        assert {a.username for a in regimes.acknowledgements(admin, v2)
                if a.acknowledged_at is None} == {"lin", "qian"}
        expect_error("regime_not_current", regimes.acknowledge, admin, v1.id)
        assert len(admin.audit.query(action="regime.acknowledge")) == 3
    with sign_in(root, "qian", PW["qian"], clock=clock) as qian:
        assert regimes.pending(qian) == [v2]
        regimes.acknowledge(qian, v2.id)
        assert regimes.pending(qian) == []


def test_the_recovery_key_is_not_a_member_of_staff(created: tuple[Session, str],
                                                   clock: FakeClock) -> None:
    admin, recovery = created
    text = regimes.template("confidentiality")
    regime = regimes.adopt(admin, "confidentiality", text.title, text.body)
    root = admin.vault.paths.root
    admin.close()
    with sign_in_recovery(root, recovery, clock=clock) as rescue:
        assert regimes.pending(rescue) == []
        expect_error("regime_no_account", regimes.acknowledge, rescue, regime.id)


def _title_body(kind: str) -> tuple[str, str]:
    t = regimes.template(kind)
    return t.title, t.body


# --------------------------------------------------------------------------- duty


def test_roster_repeats_refuses_clashes_and_is_audited(staffed: Session) -> None:
    admin = staffed
    monday = dt.date(2026, 11, 2)
    made = duty.add_shifts(admin, "lin", monday, "09:00", "12:00", "counselling",
                           repeat_weeks=3, note="上午咨询")
    assert [s.day for s in made] == ["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]
    assert {(s.name, s.role, s.place) for s in made} == {("林咨询师", "counsellor",
                                                          "counselling")}
    err = expect_error("duty_clash", duty.add_shifts, admin, "lin", monday + dt.timedelta(
        weeks=2), "11:00", "13:00", "hotline")
    assert "2026-11-16 09:00–12:00" in err.message("zh")
    # all or nothing: the clash in week 3 left weeks 1 and 2 unwritten
    assert len(duty.shifts(admin, monday, monday + dt.timedelta(weeks=4))) == 4
    duty.add_shifts(admin, "lin", monday, "12:00", "13:00", "hotline")  # touching is fine
    expect_error("duty_bad_place", duty.add_shifts, admin, "lin", monday, "14:00", "15:00",
                 "garden")
    expect_error("duty_bad_person", duty.add_shifts, admin, "nobody", monday, "14:00",
                 "15:00", "hotline")
    expect_error("field_end_before_start", duty.add_shifts, admin, "qian", monday, "15:00",
                 "14:00", "reception")
    with pytest.raises(StationDeskError) as bad:
        duty.add_shifts(admin, "qian", "2026-13-01", "9:00", "10:00", "reception")
    assert bad.value.code == "record_invalid"
    assert "值班日期" in bad.value.message("zh") and "开始时间" in bad.value.message("zh")
    accounts.disable_user(admin, "qian")
    expect_error("duty_bad_person", duty.add_shifts, admin, "qian", monday, "09:00", "10:00",
                 "reception")
    day = duty.shifts(admin, monday, monday)
    assert [(s.start_time, s.place) for s in day] == [("09:00", "counselling"),
                                                     ("12:00", "hotline")]
    duty.remove_shift(admin, day[1].id)
    assert len(duty.shifts(admin, monday, monday)) == 1
    logged = [(e.action, e.target) for e in admin.audit.query(action="duty.add")]
    assert logged == [("duty.add", "user:lin")] * 2
    removed = admin.audit.query(action="duty.remove")
    assert json.loads(removed[0].detail)["place"] == "hotline"
    assert removed[0].target == "user:lin"


def test_every_member_of_staff_reads_the_roster(staffed: Session, clock: FakeClock) -> None:
    duty.add_shifts(staffed, "qian", dt.date(2026, 11, 2), "08:30", "17:00", "reception")
    root = staffed.vault.paths.root
    staffed.close()
    with sign_in(root, "qian", PW["qian"], clock=clock) as qian:
        today = duty.on_duty_today(qian)
        assert [(s.name, duty.place_label(s.place), duty.place_label(s.place, "en"))
                for s in today] == [("钱接待", "接待室", "Reception room")]
        expect_error("forbidden", duty.remove_shift, qian, today[0].id)


# --------------------------------------------------------------------------- CLI and print


def cli(args: list[str], stdin: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_template_adopt_list_acknowledge_and_print(
        staffed: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    root = staffed.vault.paths.root
    staffed.close()
    admin = ["--vault", str(root), "--user", "admin", "--password-stdin"]
    code, out, _ = cli(["regimes", "template", "duties", "--lang", "en"], "", capsys,
                       monkeypatch)
    assert code == 0 and out.startswith("# Duties of Station Staff")
    code, out, _ = cli(["regimes", "template", "confidentiality"], "", capsys, monkeypatch)
    mine = tmp_path / "保密.md"
    mine.write_text(out.replace("本站全体工作人员", "本站全体工作人员和志愿者"), "utf-8")
    code, out, err = cli(["regimes", "adopt", "confidentiality", "--file", str(mine),
                          "--note", "志愿者也须遵守", *admin], PW["admin"], capsys, monkeypatch)
    assert code == 0, err
    assert out.strip() == "已通过《职工心理健康档案资料保密制度》第 1 版。"
    code, out, err = cli(["regimes", "adopt", "confidentiality", "--file", str(mine), *admin],
                         PW["admin"], capsys, monkeypatch)
    assert code == 1 and err.strip() == "与现行第 1 版完全相同，未生成新版本。"
    code, out, _ = cli(["regimes", "list", "--json", *admin], PW["admin"], capsys,
                       monkeypatch)
    listed = {item["kind"]: item for item in json.loads(out)}
    assert listed["confidentiality"]["not_acknowledged"] == ["lin", "qian"]
    assert "version" not in listed["workflow"]
    lin = ["--vault", str(root), "--user", "lin", "--password-stdin"]
    code, out, _ = cli(["regimes", "acknowledge", *lin], PW["lin"], capsys, monkeypatch)
    assert "已确认阅读《职工心理健康档案资料保密制度》第 1 版" in out
    code, out, _ = cli(["regimes", "acknowledge", *lin, "--lang", "en"], PW["lin"], capsys,
                       monkeypatch)
    assert out.strip() == "Nothing to acknowledge."
    code, out, _ = cli(["regimes", "list", *admin, "--lang", "en"], PW["admin"], capsys,
                       monkeypatch)
    assert "not acknowledged by: qian" in out
    code, out, _ = cli(["regimes", "show", "confidentiality", *lin], PW["lin"], capsys,
                       monkeypatch)
    assert "本站全体工作人员和志愿者" in out
    code, _out, err = cli(["regimes", "show", "workflow", *lin], PW["lin"], capsys,
                          monkeypatch)
    assert code == 1 and err.strip() == "服务工作流程尚未制定。"
    code, out, err = cli(["duty", "add", "lin", "2026-11-02", "09:00", "12:00", "hotline",
                          "--repeat", "1", *admin], PW["admin"], capsys, monkeypatch)
    assert code == 0 and "2" in out, err
    code, out, _ = cli(["duty", "list", "--from", "2026-11-01", "--to", "2026-11-30",
                        "--json", *lin], PW["lin"], capsys, monkeypatch)
    assert [s["day"] for s in json.loads(out)] == ["2026-11-02", "2026-11-09"]
    code, _out, err = cli(["duty", "list", "--from", "11/02", *lin], PW["lin"], capsys,
                          monkeypatch)
    assert code == 1 and "2026-11-02" in err
    pdf = tmp_path / "regimes.pdf"
    code, out, err = cli(["print", "regimes", "--out", str(pdf), *lin], PW["lin"], capsys,
                         monkeypatch)
    assert code == 0, err
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "本站全体工作人员和志愿者" in text and "第 1 版" in text
        assert "CONFIDENTIAL" not in text  # for the wall


def test_files_wait_for_the_acknowledgement_on_every_way_in(
        staffed: Session, clock: FakeClock, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Until an account has acknowledged the confidentiality regime in force, the domain
    refuses its work with files, whatever opened the session (the CLI here); station
    administration goes on, and so does acknowledging."""
    from station_desk.domain.records import access
    from station_desk.domain.roles import Permission
    from station_desk.domain.session import FILE_PERMISSIONS

    admin = staffed
    root = admin.vault.paths.root
    text = regimes.template("confidentiality")
    v1 = regimes.adopt(admin, "confidentiality", text.title, text.body)
    accounts.add_user(admin, "zhou", "周咨询师", "counsellor", "zhou-pass-2026")  # admin work
    admin.close()
    with sign_in(root, "zhou", "zhou-pass-2026", clock=clock) as zhou:
        assert not any(zhou.can(p) for p in FILE_PERMISSIONS)
        assert zhou.can(Permission.LOG_ACTIVITY)  # counts of group work name nobody
        expect_error("regime_ack_first", access.directory_filter, zhou)
        expect_error("regime_ack_first", zhou.require, Permission.VIEW_CLINICAL)
        regimes.acknowledge(zhou, v1.id)
        assert zhou.can(Permission.VIEW_CLINICAL)
        access.directory_filter(zhou)
    lin = ["--vault", str(root), "--user", "lin", "--password-stdin"]
    ledger = ["print", "ledger", "--month", "2026-11", "--out", str(root.parent / "l.pdf")]
    code, _out, err = cli([*ledger, *lin], PW["lin"], capsys, monkeypatch)
    assert code == 1 and err.strip() == (
        "请先阅读并确认《职工心理健康档案资料保密制度》（第 1 版），再使用档案"
        "（命令行：station-desk regimes acknowledge）。")
    code, _out, err = cli([*ledger, *lin, "--lang", "en"], PW["lin"], capsys, monkeypatch)
    assert code == 1 and err.strip() == (
        "Read and acknowledge “职工心理健康档案资料保密制度” (version 1) before working with "
        "files (command line: station-desk regimes acknowledge).")
    code, out, _ = cli(["regimes", "acknowledge", *lin], PW["lin"], capsys, monkeypatch)
    assert code == 0 and "已确认阅读" in out
    code, _out, err = cli([*ledger, *lin], PW["lin"], capsys, monkeypatch)
    assert code == 0, err
    # a new version asks again, at the next sign-in
    with sign_in(root, "admin", PW["admin"], clock=clock) as admin:
        regimes.adopt(admin, "confidentiality", text.title, text.body + "\n\n附则。")
    code, _out, err = cli([*ledger, *lin], PW["lin"], capsys, monkeypatch)
    assert code == 1 and "（第 2 版）" in err
    code, out, _ = cli(["regimes", "acknowledge", *lin], PW["lin"], capsys, monkeypatch)
    code, _out, err = cli([*ledger, *lin], PW["lin"], capsys, monkeypatch)
    assert code == 0, err
