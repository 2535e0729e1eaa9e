"""Follow-ups with a purpose, a sensible default date and time, and a structured result per
contact; a crisis's safety plan: who reads and writes it, its audit entry, that it is sealed
with the crisis in a restricted file, and that it prints as a PDF for the worker."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from station_desk.domain import accounts
from station_desk.domain.auth import sign_in
from station_desk.domain.records import crises, files, followups, safety_plan
from station_desk.domain.records.common import ValidationError
from station_desk.errors import StationDeskError
from station_desk.reports import Request, prepare, save_pdf
from test_records_world import World, world_fixture  # noqa: F401
from test_restricted_sealing import ADMIN_PASSWORD, HE, LIN, raw
from test_restricted_sealing import vault as vault  # noqa: F401 - the fixture

PLAN = {"warning_signs": "连续几晚睡不着，开始不想见人", "coping": "出去走一走；听音乐",
        "people_places": "姐姐（电话 139 0000 2222）；厂区活动室",
        "professionals": "服务站 林咨询师；心理援助热线 12356",
        "means_safety": "药由姐姐保管"}


def _code(call: object) -> str:
    with pytest.raises(StationDeskError) as info:
        call()  # type: ignore[operator]
    return info.value.code


# --------------------------------------------------------------------------- follow-ups


def test_a_follow_up_is_planned_for_its_purpose_not_today(world: World) -> None:
    cid = world.client()
    plain = followups.schedule_followup(world.lin, cid, None, "phone")
    assert (plain.planned_date, plain.purpose) == ("2026-11-09", "after_session")
    later = followups.schedule_followup(world.lin, cid, None, "phone",
                                        purpose="after_closing", planned_time="15:30")
    assert (later.planned_date, later.planned_time) == ("2026-12-02", "15:30")
    assert followups.default_date(world.lin, "after_no_show") == dt.date(2026, 11, 3)
    assert followups.default_date(world.lin, "after_referral") == dt.date(2026, 11, 16)
    with pytest.raises(ValidationError) as info:
        followups.schedule_followup(world.lin, cid, None, "phone", purpose="gossip",
                                    planned_time="25:00")
    assert set(info.value.fields) == {"purpose", "planned_time"}
    entry = world.admin.audit.query(action="followup.schedule")[0]
    assert json.loads(entry.detail)["purpose"] == "after_closing"


def test_each_contact_has_a_structured_result(world: World) -> None:
    cid = world.client()
    item = followups.schedule_followup(world.lin, cid, "2026-11-02", "phone")
    tried = followups.record_result(world.lin, item.id, followups.NOT_REACHED, "")
    assert (tried.result, tried.attempts, tried.planned_date, tried.done_at) == (
        "not_reached", 1, "2026-11-03", None)
    again = followups.record_result(world.lin, item.id, followups.NOT_REACHED, "关机",
                                    next_date="2026-11-05", next_time="18:00")
    assert (again.attempts, again.planned_date, again.planned_time, again.outcome) == (
        2, "2026-11-05", "18:00", "关机")
    with pytest.raises(ValidationError) as info:  # rescheduling needs the day asked for
        followups.record_result(world.lin, item.id, followups.RESCHEDULED, "")
    assert info.value.fields == ["planned_date"]
    moved = followups.record_result(world.lin, item.id, followups.RESCHEDULED, "周末再联系",
                                    next_date="2026-11-07")
    assert (moved.result, moved.attempts, moved.state) == ("rescheduled", 2, "upcoming")
    with pytest.raises(ValidationError) as info:  # reached: say what came of it
        followups.record_result(world.lin, item.id, followups.REACHED, " ")
    assert info.value.fields == ["outcome"]
    with pytest.raises(ValidationError):
        followups.record_result(world.lin, item.id, "maybe", "x")
    done = followups.record_result(world.lin, item.id, followups.REACHED, "情绪平稳，睡眠好转")
    assert (done.result, done.state, done.done_by_name) == ("reached", "done", "林咨询师")
    assert _code(lambda: followups.record_result(world.lin, item.id, followups.CLOSED, "x")) \
        == "followup_done"
    actions = [e.action for e in reversed(world.admin.audit.query(target=f"file:{done.file_no}"))
               if e.action.startswith("followup.")]
    assert actions == ["followup.schedule", "followup.contact", "followup.contact",
                       "followup.contact", "followup.complete"]
    closed = followups.schedule_followup(world.lin, cid, None, "phone")
    assert followups.record_result(world.lin, closed.id, followups.CLOSED,
                                   "本人表示不需要再回访").state == "done"


def test_a_crisis_follow_up_not_reached_keeps_the_crisis_open(world: World) -> None:
    cid = world.client()
    crisis = crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], [], "经过")
    assert crisis.followup_id is not None
    tried = followups.record_result(world.lin, crisis.followup_id, followups.NOT_REACHED, "")
    assert tried.due_at == crisis.followup_due and tried.purpose_code == "after_crisis"
    assert _code(lambda: crises.close_crisis(world.lin, crisis.id, "稳定")) == \
        "crisis_followup_pending"
    followups.record_result(world.lin, crisis.followup_id, followups.REACHED, "已联系，平稳")
    assert not crises.close_crisis(world.lin, crisis.id, "稳定").is_open


# --------------------------------------------------------------------------- safety plan


def test_the_safety_plan_is_written_read_and_audited(world: World) -> None:
    cid = world.client()
    crisis = crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], [],
                                "凌晨来电，称不想活了。")
    empty = safety_plan.get_safety_plan(world.lin, crisis.id)
    assert empty.is_empty and empty.written_at is None
    with pytest.raises(ValidationError):
        safety_plan.save_safety_plan(world.lin, crisis.id, {"coping": "  "})
    plan = safety_plan.save_safety_plan(world.lin, crisis.id, PLAN)
    assert plan.sections == PLAN and plan.written_by_name == "林咨询师"
    entry = world.admin.audit.query(action="crisis.safety_plan")[0]
    assert json.loads(entry.detail)["sections"] == list(PLAN)
    assert "姐姐" not in entry.detail  # names which sections, never their text
    # reception may not read it, nor another counsellor without the case; nor write it
    assert _code(lambda: safety_plan.get_safety_plan(world.front, crisis.id)) in (
        "forbidden", "case_forbidden")
    assert _code(lambda: safety_plan.get_safety_plan(world.he, crisis.id)) == "case_forbidden"
    assert _code(lambda: safety_plan.save_safety_plan(world.he, crisis.id, PLAN)) == \
        "case_forbidden"
    # revised after the crisis closed: a plan outlives its crisis
    followups.complete_followup(world.lin, crisis.followup_id, "已联系")
    crises.close_crisis(world.lin, crisis.id, "稳定")
    revised = safety_plan.save_safety_plan(world.lin, crisis.id, {**PLAN, "coping": "做饭"})
    assert revised.sections["coping"] == "做饭"


def test_the_safety_plan_prints_for_the_worker(world: World, tmp_path) -> None:
    cid = world.client()
    crisis = crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], [], "经过")
    safety_plan.save_safety_plan(world.lin, crisis.id, PLAN)
    file_no = files.reload(world.lin, cid).file_no
    doc = prepare(world.lin, Request("safety_plan", file_no=file_no, crisis_id=crisis.id))
    assert doc.title == "我的安全计划"
    out = tmp_path / "plan.pdf"
    rendered = save_pdf(world.lin, doc, out)
    assert out.read_bytes()[:5] == b"%PDF-" and rendered.pages >= 1
    entry = world.admin.audit.query(action="print.save")[0]
    assert json.loads(entry.detail)["doc"] == "safety_plan"
    assert _code(lambda: prepare(world.front, Request("safety_plan", file_no=file_no,
                                                      crisis_id=crisis.id))) == "forbidden"
    other = crises.open_crisis(world.he, world.client(by=world.he, name="李四"), "high",
                               ["suicidal_thoughts"], [], "经过")
    assert _code(lambda: prepare(world.lin, Request("safety_plan", file_no=file_no,
                                                    crisis_id=other.id))) == "not_found"


def test_a_restricted_files_safety_plan_is_sealed(vault, clock) -> None:  # noqa: F811
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        files.unshare_case(lin, client, accounts.get_user(lin, "he").id)
        files.set_file_restricted(lin, client, True)
        crisis = crises.open_crisis(lin, client, "high", ["suicidal_thoughts"], [], "经过")
        safety_plan.save_safety_plan(lin, crisis.id, PLAN)
        assert safety_plan.get_safety_plan(lin, crisis.id).sections == PLAN
        payload = lin.vault.payload
    stored = raw(vault_dir, payload, "SELECT safety_plan, sealed FROM clinical.crises")
    assert stored == [("", 1)]


def test_the_workers_copy_of_their_file_carries_the_safety_plan(world: World,
                                                                tmp_path) -> None:
    import pypdfium2 as pdfium

    from station_desk.reports import docs_subject

    cid = world.client()
    crisis = crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], [], "经过")
    safety_plan.save_safety_plan(world.lin, crisis.id, PLAN)
    followups.schedule_followup(world.lin, cid, None, "phone", purpose="check_in")
    out = tmp_path / "copy.pdf"
    docs_subject.produce(world.lin, cid, out, requested_on="2026-11-02", withhold={})
    doc = pdfium.PdfDocument(str(out))
    try:
        text = "".join("".join(doc[i].get_textpage().get_text_range().split())
                       for i in range(len(doc)))
    finally:
        doc.close()
    assert "安全计划" in text and "药由姐姐保管" in text and "近况了解" in text


def test_a_plan_sealed_to_someone_else_is_refused_not_shown(vault, clock) -> None:  # noqa: F811
    """A counsellor who takes over a restricted file from a departed colleague reaches the case
    but holds no key to its sealed text until the recovery key is next used: the plan is
    refused with one line (the command line, the print), not handed out as placeholders."""
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        files.unshare_case(lin, client, accounts.get_user(lin, "he").id)
        files.set_file_restricted(lin, client, True)
        crisis = crises.open_crisis(lin, client, "high", ["suicidal_thoughts"], [], "经过")
        safety_plan.save_safety_plan(lin, crisis.id, PLAN)
        file_no = files.directory_entry(lin, client).file_no
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        files.reassign_caseload(admin, accounts.get_user(admin, "lin").id,
                                accounts.get_user(admin, "he").id, note="林老师离职")
    with sign_in(vault_dir, *HE, clock=clock) as he:
        plan = safety_plan.get_safety_plan(he, crisis.id)  # the case is his now
        assert plan.sealed_away and plan.written_at is not None
        assert _code(lambda: safety_plan.require_readable(plan)) == "safety_plan_sealed"
        assert _code(lambda: prepare(he, Request("safety_plan", file_no=file_no,
                                                 crisis_id=crisis.id))) == "safety_plan_sealed"
