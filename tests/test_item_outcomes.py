"""How an item of a file turned out is recorded one way for crises, follow-ups and referrals
(domain/records/item_outcomes.py): only by someone who may write the file, never on an item that
is closed already (each kind with its own refusal), one transaction with exactly one audit
entry; and the rules that differ stay each kind's own."""

from __future__ import annotations

import pytest

from helpers import expect_error
from station_desk.domain.records import crises, followups, item_outcomes, referrals
from station_desk.errors import StationDeskError
from test_records_world import World, world_fixture  # noqa: F401


def _entries(world: World, action: str) -> int:
    return len(world.admin.audit.query(action=action))


def _crisis(world: World, cid: int) -> crises.Crisis:
    return crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"],
                              "夜班后情绪崩溃，已联系家属。")


def test_a_crisis_closes_once_with_one_entry_after_its_follow_up(world: World) -> None:
    cid = world.client()
    crisis = _crisis(world, cid)
    assert crisis.followup_id is not None
    # the kind's own rule first: not before the 24-hour follow-up is done
    expect_error("crisis_followup_pending", crises.close_crisis, world.lin, crisis.id, "稳定")
    assert _entries(world, "crisis.close") == 0
    followups.record_result(world.lin, crisis.followup_id, followups.REACHED, "已通话，情绪平稳")
    closed = crises.close_crisis(world.lin, crisis.id, "情绪稳定，已回到班组", "low")
    assert closed.closed_at and closed.outcome == "情绪稳定，已回到班组"
    assert _entries(world, "crisis.close") == 1
    expect_error("crisis_closed", crises.close_crisis, world.lin, crisis.id, "again")
    assert _entries(world, "crisis.close") == 1


def test_a_follow_up_takes_contacts_until_it_is_done(world: World) -> None:
    cid = world.client()
    item = followups.schedule_followup(world.lin, cid, world.today, "phone")
    tried = followups.record_result(world.lin, item.id, followups.NOT_REACHED, "")
    assert tried.attempts == 1 and not tried.done_at  # counted in the database
    tried = followups.record_result(world.lin, item.id, followups.NOT_REACHED, "")
    assert tried.attempts == 2
    assert _entries(world, "followup.contact") == 2
    expect_error("record_invalid", followups.record_result, world.lin, item.id, followups.REACHED,
                 "")  # reached needs a note; nothing written
    done = followups.record_result(world.lin, item.id, followups.REACHED, "已联系上")
    assert done.done_at and done.attempts == 2
    assert _entries(world, "followup.complete") == 1
    expect_error("followup_done", followups.record_result, world.lin, item.id,
                 followups.CLOSED, "again")
    assert _entries(world, "followup.complete") == 1


def test_a_referral_outcome_is_revised_as_news_comes_in(world: World) -> None:
    cid = world.client()
    item = referrals.add_referral(world.lin, cid, world.today, "psychiatry", "市精神卫生中心",
                                  "需要评估")
    referrals.set_referral_outcome(world.lin, item.id, "已预约门诊")
    revised = referrals.set_referral_outcome(world.lin, item.id, "已就诊，开始药物治疗")
    assert revised.outcome == "已就诊，开始药物治疗"
    assert _entries(world, "referral.outcome") == 2
    # only someone who may write the file records it
    with pytest.raises(StationDeskError):
        referrals.set_referral_outcome(world.front, item.id, "前台不能写")
    assert _entries(world, "referral.outcome") == 2


def test_the_write_and_its_entry_are_one_transaction(world: World) -> None:
    """Whatever the kind changes with the outcome fails: nothing of it is written, and the
    audit trail does not say it was."""
    cid = world.client()
    item = referrals.add_referral(world.lin, cid, world.today, "psychiatry", "市精神卫生中心",
                                  "需要评估")
    change = item_outcomes.begin(world.lin, "referrals", item.id, item.client_id)

    def fails() -> None:
        raise StationDeskError("disk_full")

    with pytest.raises(StationDeskError):
        change.record(world.lin, {"outcome": change.text("写了一半")}, "referral.outcome",
                      {"referral": item.id}, also=fails)
    assert referrals.get_referral(world.lin, item.id).outcome == ""
    assert _entries(world, "referral.outcome") == 0
