"""A worker's rights (issue 15): the copy of their own file (PIPL art. 45) and structured
consent with withdrawal. Real vault, real PDF (text read back with pdfium)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil

import pypdfium2 as pdfium
import pytest

from station_desk.domain import assessments as A
from station_desk.domain import instruments
from station_desk.domain.records import (
    appointments,
    consent,
    dashboard,
    files,
    followups,
    satisfaction,
    sessions,
)
from station_desk.domain.records import subject_copy as copy_rules
from station_desk.domain.stats.period import parse_period
from station_desk.export.collect import Collector
from station_desk.reports import docs_subject
from station_desk.reports.data import Reader
from station_desk.reports.docs_station import monthly_data
from station_desk.storage.vault import OpenVault  # noqa: F401 - the world's vault type
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

OTHER_TEXT = "另一位职工的主诉：邻居噪音纠纷"
ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py


def pdf_text(path) -> str:
    """Every page's text with white space removed (lines break anywhere in Chinese)."""
    doc = pdfium.PdfDocument(str(path))
    try:
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    return "".join(text.split())


def _flat(text: str) -> str:
    return "".join(text.split())


def signed(world: World, by, cid: int, day: dt.date, **changes: object) -> int:
    record = sessions.save_draft(by, cid, full_input(day, **changes))
    sessions.sign_session(by, cid, record.id, password=PASSWORD)
    return record.id


def person(world: World, name: str, phone: str, by=None) -> int:
    data = files.ClientInput(name=name, gender="male", phone=phone, employer="示例市某某机械厂",
                             industry="manufacturing")
    return files.register_visitor(by or world.lin, data).id


@pytest.fixture
def case(world: World) -> dict[str, object]:
    """Worker A (lin's) with three signed sessions (one with an addendum), a draft, an
    assessment and a follow-up; a restricted record by a colleague the case is shared with;
    worker B (he's) with notes of their own."""
    a = person(world, "王建国", "138 1111 2222")
    files.share_case(world.lin, a, world.he.user.id)
    s1 = signed(world, world.lin, a, dt.date(2026, 10, 12), complaint="第一次：与班组长关系紧张")
    s2 = signed(world, world.lin, a, dt.date(2026, 10, 19),
                complaint="第二次：提到同事李某某的家庭变故", plan="继续观察睡眠")
    sessions.add_addendum(world.lin, s1, "更正：应为与车间主任关系紧张")
    secret = signed(world, world.he, a, dt.date(2026, 10, 26), restricted=True,
                    complaint="何咨询师的高度保密内容：童年经历")
    sessions.save_draft(world.lin, a, full_input(dt.date(2026, 11, 2),
                                                  complaint="草稿内容不应出现"))
    shipped = instruments.load_all()
    A.administer(world.lin, shipped["phq9"], a, [1, 1, 1, 1, 1, 0, 0, 0, 0])
    followups.schedule_followup(world.lin, a, dt.date(2026, 11, 9), "phone")
    files.update_file(world.lin, a, files.ClientInput(
        name="王建国", gender="male", phone="138 1111 3333", employer="示例市某某机械厂",
        industry="manufacturing"))
    appointments.book_appointment(world.front, a, "2026-11-03T09:00", "2026-11-03T09:50",
                                  room="counselling")
    satisfaction.record_satisfaction(
        world.lin, {"attitude": 5, "professionalism": 4, "environment_privacy": 5,
                    "improvement": 4, "overall": 4}, "环境很安静", client_id=a)
    b = person(world, "赵其他", "137 9999 8888", by=world.he)
    signed(world, world.he, b, dt.date(2026, 10, 20), complaint=OTHER_TEXT)
    return {"a": a, "b": b, "s1": s1, "s2": s2, "secret": secret}


def test_the_copy_holds_every_signed_record_and_addendum_of_that_worker_only(
        world: World, case: dict, tmp_path) -> None:
    out = tmp_path / "copy.pdf"
    consent.record_consent(world.lin, case["a"], "2026-10-12", "", True,
                           scopes=["counselling", "assessment", "statistics"])
    consent.withdraw_consent(world.lin, case["a"], "2026-10-28", ["statistics"], "不愿被统计")
    done = docs_subject.produce(world.lin, case["a"], out, requested_on="2026-11-01",
                                withhold={"session-2.complaint": "涉及第三方（同事）的信息"})
    text = pdf_text(out)
    assert "个人信息副本" in text and "王建国" in text and "机密" in text
    assert "个体心理辅导、心理测评、匿名统计使用" in text and "不愿被统计" in text
    keep = os.environ.get("STATION_DESK_KEEP_PDF")
    if keep:  # to look at it: pdftoppm -png
        shutil.copy(out, keep)
    assert _flat("第一次：与班组长关系紧张") in text
    assert _flat("更正：应为与车间主任关系紧张") in text  # the addendum, in full
    assert "继续观察睡眠" in text  # the rest of session 2
    # withheld: marked with the reason, its text absent
    assert "同事李某某" not in text
    assert "【不予提供】" in text and _flat("涉及第三方（同事）的信息") in text
    # the colleague's restricted record: named, its text not included, and why
    assert "童年经历" not in text
    assert "第3次辅导" in text and "【未纳入】" in text and "可由站长凭恢复密钥" in text
    assert done.not_included == ("第 3 次辅导记录的内容",)
    # drafts are not records; nothing of the other worker
    assert "草稿内容不应出现" not in text
    for other in ("赵其他", "9999", "邻居噪音纠纷"):
        assert other not in text
    # assessment with score and band, follow-up, consent, the correction of registration
    assert "PHQ-9" in text or "抑郁" in text
    assert "2026-11-09" in text
    assert "联系电话" in text and "登记信息的更正记录" in text
    assert "138 1111 3333".replace(" ", "") in text
    assert "2026-11-0309:00" in text and "环境很安静" in text  # appointment, rating


def test_the_request_is_logged_and_listed(world: World, case: dict, tmp_path) -> None:
    done = docs_subject.produce(world.lin, case["a"], tmp_path / "c.pdf",
                                requested_on=dt.date(2026, 10, 30),
                                withhold={"followups": "回访安排涉及单位领导"})
    given = copy_rules.copies(world.lin, case["a"])
    assert [(c.requested_on, c.doc_no, c.produced_by) for c in given] == [
        ("2026-10-30", done.rendered.doc_number, "林咨询师")]
    assert given[0].withheld == (("全部回访", "回访安排涉及单位领导"),)
    entry = world.lin.audit.query(action="clinical.subject_copy")[0]
    detail = json.loads(entry.detail)
    assert entry.target.startswith("file:") and detail["requested_on"] == "2026-10-30"
    assert detail["withheld"] == ["followups"] and detail["not_included"] == 1
    # the next copy lists the earlier one
    docs_subject.produce(world.lin, case["a"], tmp_path / "d.pdf")
    assert done.rendered.doc_number in pdf_text(tmp_path / "d.pdf")


def test_only_the_files_counsellor_or_the_admin_with_a_reason_produce_it(
        world: World, case: dict, tmp_path, created) -> None:
    recovery = created[1]
    from station_desk.domain.records import access
    from station_desk.errors import StationDeskError

    def code(session) -> str:
        with pytest.raises(StationDeskError) as info:
            docs_subject.produce(session, case["a"], tmp_path / "x.pdf")
        return info.value.code

    assert code(world.he) == "subject_copy_who"  # shared with, not responsible
    assert code(world.front) == "forbidden"
    assert code(world.admin) == "reason_required"
    assert not (tmp_path / "x.pdf").exists()
    access.break_glass(world.admin, case["a"], "职工本人书面申请复制档案，咨询师已离职")
    docs_subject.produce(world.admin, case["a"], tmp_path / "admin.pdf")
    text = pdf_text(tmp_path / "admin.pdf")
    assert "童年经历" not in text and "【未纳入】" in text  # no key in the safe: sealed stays
    access.break_glass(world.admin, case["a"], "纳入高度保密记录", recovery_key=recovery)
    docs_subject.produce(world.admin, case["a"], tmp_path / "safe.pdf")
    text = pdf_text(tmp_path / "safe.pdf")
    assert "童年经历" in text and "【未纳入】" not in text  # the key in the safe opens it


def test_bad_withhold_items_and_missing_reasons_are_refused(world: World, case: dict,
                                                            tmp_path) -> None:
    from station_desk.errors import StationDeskError

    for withhold, code in (({"session-9": "x"}, "subject_copy_bad_item"),
                           ({"session-1": "  "}, "subject_copy_no_reason")):
        with pytest.raises(StationDeskError) as info:
            docs_subject.produce(world.lin, case["a"], tmp_path / "x.pdf", withhold=withhold)
        assert info.value.code == code
    assert copy_rules.parse_withhold(["session-1：涉及他人"]) == {"session-1": "涉及他人"}
    with pytest.raises(StationDeskError):
        copy_rules.parse_withhold(["session-1"])
    keys = [i.key for i in copy_rules.items(world.lin, case["a"])]
    assert keys[:6] == ["session-1", "session-1.complaint", "session-1.assessment",
                        "session-1.intervention", "session-1.plan", "addendum-1.1"]
    assert "assessment-1" in keys and "followup-1" in keys and "corrections" in keys


# --------------------------------------------------------------------------- consent


def test_structured_consent_is_stored_and_ends_a_withdrawal(world: World) -> None:
    cid = world.client()
    form = consent.record_consent(world.lin, cid, "2026-10-01", "", True,
                                  scopes=["statistics", "counselling", "assessment"],
                                  explained_by=world.he.user.id)
    assert form.scopes == ("counselling", "assessment", "statistics")  # the form's order
    assert form.structured and form.explained_by_name == "何咨询师"
    assert form.scope_text() == "个体心理辅导、心理测评、匿名统计使用"
    assert files.reload(world.lin, cid).consent == form
    w = consent.withdraw_consent(world.lin, cid, "2026-10-20", ["counselling"], "本人口头提出")
    assert consent.consent_state(world.lin, cid).withdrawn == ("counselling",)
    again = consent.record_consent(world.lin, cid, "2026-11-01", "", True,
                                   scopes=["counselling"])
    assert again.explained_by_name == "林咨询师"
    assert consent.read_withdrawals(world.lin, cid)[0].ended_on == "2026-11-01"
    assert consent.consent_state(world.lin, cid).withdrawn == ()
    assert consent.consent_state(world.lin, cid, "2026-10-25").withdrawn == ("counselling",)
    assert w.note == "本人口头提出"


def test_withdrawal_stops_new_sessions_and_assessments(world: World) -> None:
    from station_desk.errors import StationDeskError

    cid = world.client()
    old = signed(world, world.lin, cid, dt.date(2026, 10, 20))
    consent.withdraw_consent(world.lin, cid, "2026-11-01")
    with pytest.raises(StationDeskError) as info:
        sessions.save_draft(world.lin, cid, full_input(dt.date(2026, 11, 2)))
    assert info.value.code == "consent_withdrawn"
    assert "2026-11-01" in info.value.message("zh") and "撤回" in info.value.message("zh")
    assert "withdrew consent" in info.value.message("en")
    with pytest.raises(StationDeskError) as info:
        A.administer(world.lin, instruments.load_all()["gad7"], cid, [0] * 7)
    assert info.value.code == "consent_withdrawn"
    # what was written before stays, and corrections of it are still possible
    sessions.add_addendum(world.lin, old, "撤回前记录的更正")
    # a session that took place before the withdrawal can still be recorded
    sessions.save_draft(world.lin, cid, full_input(dt.date(2026, 10, 30)))
    with pytest.raises(StationDeskError) as info:
        consent.withdraw_consent(world.lin, cid, "2026-11-02")
    assert info.value.code == "withdrawal_nothing"


def test_statistics_withdrawal_leaves_the_worker_out_of_counts_from_that_date(
        world: World) -> None:
    a = world.client(name="甲")
    b = world.client(name="乙")
    signed(world, world.lin, a, dt.date(2026, 11, 1))
    signed(world, world.lin, a, dt.date(2026, 11, 2))
    signed(world, world.lin, b, dt.date(2026, 11, 2))

    def counts() -> tuple[int, int, int, int]:
        data = Collector(world.admin.db, parse_period("2026-11")).collect()
        month = dashboard.month_counts(world.lin, 2026, 11)
        report = monthly_data(Reader(world.admin), "2026-11")
        individual = dict(report.counts)["个体辅导"]
        return (data.model.cells["sessions.total"].value, len(data.served_ids),
                int(month.sessions or 0), int(individual.split(" ")[0]))

    assert counts() == (3, 2, 3, 3)
    consent.withdraw_consent(world.lin, a, "2026-11-02", ["statistics"])
    assert counts() == (2, 2, 2, 2)  # a's session of 11-01 still counts, 11-02 does not
    signed(world, world.lin, a, dt.date(2026, 11, 2), start_time="16:00", end_time="16:40")
    assert counts() == (2, 2, 2, 2)  # counselling goes on, uncounted
    consent.record_consent(world.lin, a, "2026-11-02", "", True,
                           scopes=["counselling", "statistics"])
    assert counts()[0] == 4  # a new form with statistics ends the withdrawal from its date


def test_cli_subject_copy_and_consent(world: World, case: dict, tmp_path, capsys,
                                      monkeypatch, vault_dir) -> None:
    import io
    import sys

    from station_desk.cli.main import main

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        capsys.readouterr()
        code = main([*args, "--vault", str(vault_dir), "--user", "admin", "--password-stdin"])
        found = capsys.readouterr()
        return code, found.out, found.err

    file_no = files.reload(world.lin, case["a"]).file_no
    world.admin.close()  # the CLI opens the vault itself
    code, _, err = run("subject-copy", "--file", file_no, "--list")
    assert code == 1 and "须填写理由" in err or "理由" in err
    why = "职工本人书面申请，责任咨询师休假"
    code, listed, _ = run("subject-copy", "--file", file_no, "--list", "--reason", why)
    assert code == 0
    assert "session-2.complaint" in listed and "第 2 次辅导记录的“主诉”" in listed
    out = tmp_path / "cli.pdf"
    code, said, err = run("subject-copy", "--file", file_no, "--out", str(out), "--withhold",
                          "session-1:涉及他人", "--requested-on", "2026-11-02", "--reason", why)
    assert code == 0, err
    assert "已记录本次申请" in said
    text = pdf_text(out)
    assert "与班组长关系紧张" not in text and "继续观察睡眠" in text
    code, _, err = run("subject-copy", "--file", file_no, "--out", str(out), "--withhold",
                       "nothing:x", "--reason", why)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "没有可不予提供的项目" in err
    assert run("consent", "record", "--file", file_no, "--date", "2026-11-01", "--scopes",
               "counselling,statistics")[0] == 0
    assert run("consent", "withdraw", "--file", file_no, "--date", "2026-11-02",
               "--scopes", "statistics")[0] == 0
    code, shown, _ = run("--lang", "en", "consent", "show", "--file", file_no)
    assert code == 0 and "use in anonymous statistics (in force)" in shown
    code, _, err = run("consent", "record", "--file", file_no, "--date", "2026-11-01",
                       "--scopes", "everything")
    assert code == 1 and "未知的知情同意范围" in err


def test_earlier_consents_get_their_scope_items_from_their_wording(tmp_path) -> None:
    import secrets as _secrets

    from station_desk.storage.database import open_database
    from station_desk.storage.migrations import latest_version, migrate

    db = open_database(tmp_path / "old.db", _secrets.token_bytes(32), create=True)
    try:
        migrate(db, target=9)
        with db.transaction():
            db.execute("INSERT INTO users (username, display_name, role, created_at,"
                       " password_changed_at) VALUES ('lin', '林', 'counsellor', 'x', 'x')")
            db.execute("INSERT INTO clients (file_no, name, opened_at, created_at, updated_at)"
                       " VALUES ('2026-0001', '甲', '2026-01-01', 'x', 'x')")
            for scope in ("个体心理辅导、心理测评及必要的危机干预", "心理热线，同意录音及匿名统计",
                          "其他"):
                db.execute("INSERT INTO consents (client_id, consent_date, scope,"
                           " limits_explained, recorded_by, recorded_at)"
                           " VALUES (1, '2026-01-01', ?, 1, 1, 'x')", (scope,))
        migrate(db, target=latest_version())
        rows = db.all("SELECT scope, scopes, structured, explained_by FROM consents ORDER BY id")
    finally:
        db.close()
    assert [json.loads(r[1]) for r in rows] == [
        ["counselling", "assessment"], ["hotline", "statistics", "recording"], []]
    assert {(r[2], r[3]) for r in rows} == {(0, None)}  # shown as the wording it was
    assert rows[0][0] == "个体心理辅导、心理测评及必要的危机干预"


def test_a_hotline_withdrawal_stops_linking_calls_to_the_file(world: World) -> None:
    from station_desk.domain.records import hotline
    from station_desk.errors import StationDeskError

    cid = world.client()
    call = hotline.log_call(world.lin, hotline.CallInput(
        "2026-11-02", "08:30", 25, "female", "30_39", "work_stress", "none",
        "listened_supported", "来电倾诉"))
    consent.withdraw_consent(world.lin, cid, "2026-11-01", ["hotline"])
    with pytest.raises(StationDeskError) as info:
        hotline.link_file(world.lin, call.id, cid)
    assert info.value.code == "consent_withdrawn" and "心理热线" in info.value.message("zh")
    sessions.save_draft(world.lin, cid, full_input(dt.date(2026, 11, 2)))  # counselling goes on
