"""Which actions a file offers (records.file_actions): the file window shows these and no
others, so each state of a file is checked here against the writers' own rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from station_desk.domain.records import consent, files, sessions
from station_desk.domain.records import file_actions as fa
from station_desk.errors import StationDeskError
from station_desk.export.transfer import service
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401
from transfer_support import full_case, make_station

WRITING = {fa.NEW_RECORD, fa.FOLLOW_UP, fa.CRISIS, fa.REFERRAL, fa.CONSENT, fa.BOOK,
           fa.RATING, fa.SHARE, fa.CLOSE_CASE, fa.REOPEN, fa.EDIT_DETAILS, fa.WITHDRAW_CONSENT}
PRINTS = {fa.PRINT_SUMMARY, fa.PRINT_CASE, fa.PRINT_ASSESSMENT}


def test_an_open_file_of_ones_own_offers_every_group(world: World) -> None:
    cid = world.client()
    offered = fa.file_actions(world.lin, files.open_file(world.lin, cid))
    assert offered == {fa.NEW_RECORD, fa.FOLLOW_UP, fa.CRISIS, fa.REFERRAL, fa.CONSENT,
                       fa.BOOK, fa.RATING, fa.WITHDRAW_CONSENT, fa.EDIT_DETAILS, fa.SHARE,
                       fa.CLOSE_CASE, fa.TRANSFER_OUT, fa.SUBJECT_COPY, *PRINTS}
    every = {a for group in fa.GROUPS.values() for a in group}
    assert offered <= every and fa.RECORD_LEVEL <= every


def test_a_closed_case_offers_reopening_and_no_new_work(world: World) -> None:
    cid = world.client()
    files.close_case(world.lin, cid, "困扰缓解，双方同意结案。")
    offered = fa.file_actions(world.lin, files.open_file(world.lin, cid))
    assert fa.REOPEN in offered and fa.CLOSE_CASE not in offered
    assert not offered & {fa.NEW_RECORD, fa.FOLLOW_UP, fa.CRISIS, fa.REFERRAL, fa.BOOK,
                          fa.CONSENT, fa.SHARE}
    assert {fa.WITHDRAW_CONSENT, fa.SUBJECT_COPY, *PRINTS} <= offered
    # another counsellor who shares it may read it, but only its counsellor reopens it
    files.reopen_case(world.lin, cid)
    files.share_case(world.lin, cid, world.he.user.id)
    files.close_case(world.lin, cid, "再次结案。")
    assert fa.REOPEN not in fa.file_actions(world.he, files.open_file(world.he, cid))


def test_withdrawn_consent_to_counselling_stops_new_records(world: World) -> None:
    cid = world.client()
    consent.withdraw_consent(world.lin, cid, world.today, ["counselling"], "本人口头提出")
    offered = fa.file_actions(world.lin, files.open_file(world.lin, cid))
    assert fa.NEW_RECORD not in offered
    assert fa.FOLLOW_UP in offered  # only counselling records were withdrawn
    # and the writer refuses what the screen no longer offers
    with pytest.raises(StationDeskError) as refused:
        sessions.save_draft(world.lin, cid, full_input(world.today))
    assert refused.value.code == "consent_withdrawn"


def test_read_only_access_offers_no_writing(world: World) -> None:
    cid = world.client()
    opened = files.open_file(world.admin, cid, reason="核实紧急联系人")
    offered = fa.file_actions(world.admin, opened)
    assert not offered & WRITING
    assert fa.SUBJECT_COPY in offered and fa.TRANSFER_OUT in offered


def test_record_actions_follow_the_record(world: World) -> None:
    cid = world.client()
    client = files.open_file(world.lin, cid)
    assert fa.record_actions(world.lin, client, None) == frozenset()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today))
    assert fa.record_actions(world.lin, client, draft) == {fa.EDIT_DRAFT, fa.DELETE_DRAFT,
                                                           fa.PRINT_RECORD}
    signed = sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)
    assert fa.record_actions(world.lin, client, signed) == {fa.ADDENDUM, fa.PRINT_RECORD}
    # the trainee's signed record waits for the supervisor: lin co-signs it
    mine = world.client(by=world.shen, name="王小明")
    own = sessions.save_draft(world.shen, mine, full_input(world.today))
    waiting = sessions.sign_session(world.shen, mine, own.id, password=PASSWORD)
    theirs = files.open_file(world.lin, mine)
    assert fa.COSIGN in fa.record_actions(world.lin, theirs, waiting)
    assert fa.COSIGN not in fa.record_actions(world.shen, files.open_file(world.shen, mine),
                                              waiting)


def test_a_transferred_file_takes_nothing_new(tmp_path: Path) -> None:
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    try:
        cid = full_case(a)
        service.export_case(a.lin, cid, b.key_file(), tmp_path / "case.sdtransfer")
        client = files.open_file(a.lin, cid)
        offered = fa.file_actions(a.lin, client)
        assert not offered & (WRITING - {fa.EDIT_DETAILS})
        assert fa.TRANSFER_OUT not in offered and PRINTS <= offered
        signed = sessions.list_sessions(a.lin, cid)[0]
        assert fa.ADDENDUM in fa.record_actions(a.lin, client, signed)  # corrections only
    finally:
        a.close()
        b.close()
