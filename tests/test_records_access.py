"""Who sees which case: own, shared, supervised, restricted, receptionist, break-the-glass."""

from __future__ import annotations

import pytest

from station_desk.domain.records import access, crises, files, search, sessions
from station_desk.errors import StationDeskError
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _code(call: object) -> str:
    with pytest.raises(StationDeskError) as info:
        call()  # type: ignore[operator]
    return info.value.code


def test_counsellor_opens_own_case_and_the_view_is_audited(world: World) -> None:
    cid = world.client()
    opened = files.open_file(world.lin, cid)
    assert opened.access == access.OWN and opened.counsellor_name == "林咨询师"
    assert not opened.has_consent  # shown as 未签署知情同意 on screen
    entries = world.admin.audit.query(action="file.view", target=opened.target)
    assert entries and entries[0].username == "lin"


def test_other_counsellor_is_refused_until_shared(world: World) -> None:
    cid = world.client()
    assert _code(lambda: files.open_file(world.he, cid)) == "case_forbidden"
    assert not access.can_view_clinical(world.he, cid)
    assert _code(lambda: sessions.list_sessions(world.he, cid)) == "case_forbidden"
    files.share_case(world.lin, cid, world.he.user.id)
    assert files.open_file(world.he, cid).access == access.SHARED
    assert world.admin.audit.query(action="file.share")
    # only the owner shares, transfers and closes
    assert _code(lambda: files.share_case(world.he, cid, world.shen.user.id)) == \
        "case_owner_only"
    files.unshare_case(world.lin, cid, world.he.user.id)
    assert not access.can_view_clinical(world.he, cid)


def test_transfer_moves_the_case(world: World) -> None:
    cid = world.client()
    files.transfer_case(world.lin, cid, world.he.user.id, "工作调整")
    assert files.open_file(world.he, cid).access == access.OWN
    assert not access.can_view_clinical(world.lin, cid)
    entry = world.admin.audit.query(action="file.transfer")[0]
    assert "工作调整" not in entry.detail and entry.chain == "station"
    # the note may say why in clinical terms: it is in the clinical chain
    note = world.admin.audit.query(action="file.transfer.note")[0]
    assert "工作调整" in note.detail and note.chain == "clinical"


def test_supervisor_reaches_the_trainees_cases(world: World) -> None:
    cid = world.client(by=world.shen)
    assert files.open_file(world.lin, cid).access == access.SUPERVISION
    assert not access.can_view_clinical(world.he, cid)


def test_receptionist_sees_the_directory_and_nothing_clinical(world: World) -> None:
    cid = world.client()
    rid = sessions.save_draft(world.lin, cid, full_input(world.today)).id
    sessions.sign_session(world.lin, cid, rid, password=PASSWORD)
    crises.open_crisis(world.lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"], "情况说明")
    front = world.front
    entry = files.directory_entry(front, cid)
    assert (entry.file_no, entry.name, entry.phone, entry.employer, entry.status) == (
        entry.file_no, "张小敏", "139 0000 1234", "示例市某某机械厂", "open")
    assert not hasattr(entry, "risk_level")
    assert world.admin.audit.query(action="file.view_basic")
    assert _code(lambda: files.open_file(front, cid)) == "forbidden"
    assert _code(lambda: sessions.list_sessions(front, cid)) == "forbidden"
    assert _code(lambda: sessions.get_session(front, rid)) == "forbidden"
    assert _code(lambda: crises.list_crises(front, cid)) == "forbidden"
    assert _code(lambda: crises.open_crises_overview(front)) == "forbidden"
    assert _code(lambda: search.note_ids(front, "焦虑")) == "forbidden"
    assert _code(lambda: search.session_keys(front, search.SessionQuery())) == "forbidden"
    assert not access.can_view_clinical(front, cid)
    assert search.client_ids(front, "张小敏") == [cid]


def test_admin_breaks_the_glass_with_a_reason_for_this_session_only(world: World) -> None:
    cid = world.client()
    admin = world.admin
    assert _code(lambda: files.open_file(admin, cid)) == "reason_required"
    assert _code(lambda: files.open_file(admin, cid, reason="   ")) == "reason_required"
    assert not access.can_view_clinical(admin, cid)
    opened = files.open_file(admin, cid, reason="来访者家属来电称其失联，需核实紧急联系人")
    assert opened.access == access.BREAK_GLASS
    entry = admin.audit.query(action="file.break_glass")[0]
    assert "失联" in entry.detail and entry.target == opened.target
    assert access.can_view_clinical(admin, cid)
    assert files.open_file(admin, cid).access == access.BREAK_GLASS  # no second reason
    # a new sign-in (a new Session object) starts without the grant
    from test_records_world import as_user
    again = as_user(admin, "admin")
    assert not access.can_view_clinical(again, cid)
    # reading is all it gives: admins never write records
    assert _code(lambda: sessions.save_draft(admin, cid, full_input(world.today))) == \
        "forbidden"


def test_restricted_file_is_invisible_to_everyone_but_its_author(world: World) -> None:
    cid = world.client(name="王保密")
    other = world.client(name="王公开")
    files.share_case(world.lin, cid, world.he.user.id)
    files.set_file_restricted(world.lin, cid, True)
    assert files.open_file(world.lin, cid).restricted
    for who in (world.he, world.shen, world.front, world.admin):
        assert search.client_ids(who, "王") == [other]
        assert cid not in search.client_ids(who)
        assert _code(lambda w=who: files.open_file(w, cid, reason="核查")) == "not_found"
        assert _code(lambda w=who: files.directory_entry(w, cid)) == "not_found"
    assert search.client_ids(world.lin, "王") == [other, cid]
    assert search.client_ids(world.lin, "王", scope=search.SCOPE_MINE) == [other, cid]
    assert _code(lambda: files.share_case(world.lin, cid, world.shen.user.id)) == \
        "restricted_no_share"


def test_restricted_record_and_drafts_are_the_authors_only(world: World) -> None:
    cid = world.client()
    files.share_case(world.lin, cid, world.he.user.id)
    open_rec = sessions.save_draft(world.lin, cid, full_input(world.today))
    sessions.sign_session(world.lin, cid, open_rec.id, password=PASSWORD)
    secret = sessions.save_draft(world.lin, cid, full_input(world.today, restricted=True,
                                                            complaint="高度保密内容 焦虑"))
    sessions.sign_session(world.lin, cid, secret.id, password=PASSWORD)
    draft = sessions.save_draft(world.lin, cid, full_input(world.today, complaint="草稿"))
    assert [s.id for s in sessions.list_sessions(world.lin, cid)] == [
        open_rec.id, secret.id, draft.id]
    assert [s.id for s in sessions.list_sessions(world.he, cid)] == [open_rec.id]
    assert _code(lambda: sessions.get_session(world.he, secret.id)) == "not_found"
    assert _code(lambda: sessions.get_session(world.he, draft.id)) == "not_found"
    assert search.note_ids(world.lin, "焦虑") == [draft.id, secret.id, open_rec.id]
    assert search.note_ids(world.he, "焦虑") == [open_rec.id]
    keys = search.session_keys(world.he, search.SessionQuery(client_id=cid))
    assert [k[1] for k in keys] == [open_rec.id]


def test_the_domain_says_how_each_user_may_open_a_file(world: World) -> None:
    """`how_to_open`, `can_write`, `is_owner` and `is_own_draft`: the decisions the file
    window shows as buttons, taken by the same rules the writes enforce."""
    cid = world.client()
    assert access.how_to_open(world.front, cid) == access.CARD
    assert access.how_to_open(world.lin, cid) == access.OPEN
    assert access.how_to_open(world.he, cid) == access.OPEN  # open_file refuses them
    assert access.how_to_open(world.admin, cid) == access.WITH_REASON
    opened = files.open_file(world.admin, cid, reason="核实紧急联系人")
    assert access.how_to_open(world.admin, cid) == access.OPEN  # granted for this session
    assert not access.can_write(world.admin, opened) and not access.is_owner(world.admin, opened)
    mine = files.open_file(world.lin, cid)
    assert access.can_write(world.lin, mine) and access.is_owner(world.lin, mine)
    draft = sessions.save_draft(world.lin, cid, full_input(world.today))
    assert sessions.is_own_draft(world.lin, draft)
    assert not sessions.is_own_draft(world.admin, draft)
    signed = sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)
    assert not sessions.is_own_draft(world.lin, signed)
