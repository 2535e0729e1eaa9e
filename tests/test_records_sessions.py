"""Session records: signing locks them (down to raw SQL), addenda, co-signing, the note index,
and autosaved drafts that survive a killed process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from station_desk.domain.auth import sign_in
from station_desk.domain.records import drafts, files, search, sessions
from station_desk.domain.records.sessions import SessionInput
from station_desk.errors import StationDeskError
from station_desk.storage.database import DatabaseError
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def test_draft_then_sign_locks_the_record(world: World) -> None:
    cid = world.client()
    record = sessions.save_draft(world.lin, cid, SessionInput(world.today, modality="hotline"))
    assert (record.status, record.session_no) == ("draft", 1)
    record = sessions.save_draft(world.lin, cid, full_input(world.today), record.id)
    signed = sessions.sign_session(world.lin, cid, record.id, password=PASSWORD)
    assert signed.status == "signed" and signed.signed_by_name == "林咨询师"
    assert signed.signed_at == "2026-11-02T09:00:00Z" and not signed.review_required
    with pytest.raises(StationDeskError) as info:
        sessions.save_draft(world.lin, cid, full_input(world.today, plan="改"), record.id)
    assert info.value.code == "session_signed"
    with pytest.raises(StationDeskError):
        sessions.discard_draft_record(world.lin, cid, record.id)
    actions = [e.action for e in world.admin.audit.query(target=files.open_file(
        world.lin, cid).target)]
    assert {"session.create", "session.edit", "session.sign", "file.register"} <= set(actions)
    opened = files.reload(world.lin, cid)
    assert opened.risk_level == "low" and opened.last_seen_at == world.today.isoformat()
    second = sessions.save_draft(world.lin, cid, full_input(world.today))
    assert second.session_no == 2


@pytest.mark.parametrize("statement", [
    "UPDATE sessions SET complaint = 'changed' WHERE id = ?",
    "UPDATE sessions SET status = 'draft' WHERE id = ?",
    "UPDATE sessions SET signed_at = '2020-01-01T00:00:00Z' WHERE id = ?",
    "UPDATE sessions SET review_required = 1 WHERE id = ?",
    "DELETE FROM sessions WHERE id = ?",
])
def test_raw_sql_cannot_change_a_signed_record(world: World, statement: str) -> None:
    cid = world.client()
    rid = sessions.save_draft(world.lin, cid, full_input(world.today)).id
    sessions.sign_session(world.lin, cid, rid, password=PASSWORD)
    with pytest.raises(DatabaseError, match="immutable|cannot be deleted"):
        world.admin.db.execute(statement, (rid,))
    assert sessions.get_session(world.lin, rid).complaint == full_input(world.today).complaint


def test_addenda_are_dated_named_immutable_and_indexed(world: World) -> None:
    cid = world.client()
    files.share_case(world.lin, cid, world.he.user.id)
    rid = sessions.save_draft(world.lin, cid, full_input(world.today)).id
    with pytest.raises(StationDeskError) as info:
        sessions.add_addendum(world.lin, rid, "未签署")
    assert info.value.code == "session_not_signed"
    sessions.sign_session(world.lin, cid, rid, password=PASSWORD)
    first = sessions.add_addendum(world.lin, rid, "更正：来访者补充婚姻困扰。")
    world.clock.advance(days=1)
    second = sessions.add_addendum(world.he, rid, "共享咨询师补充：电话随访情绪平稳。")
    record = sessions.get_session(world.lin, rid)
    assert [a.id for a in record.addenda] == [first.id, second.id]
    assert [(a.author_name, a.created_at) for a in record.addenda] == [
        ("林咨询师", "2026-11-02T09:00:00Z"), ("何咨询师", "2026-11-03T09:00:00Z")]
    assert record.complaint == full_input(world.today).complaint  # the original stays
    assert search.note_ids(world.lin, "婚姻") == [rid]
    with pytest.raises(DatabaseError, match="immutable"):
        world.admin.db.execute("UPDATE session_addenda SET text = 'x' WHERE id = ?",
                               (first.id,))
    with pytest.raises(DatabaseError, match="cannot be deleted"):
        world.admin.db.execute("DELETE FROM session_addenda WHERE id = ?", (first.id,))
    assert world.admin.audit.query(action="session.addendum")


def test_trainee_records_wait_for_the_supervisors_cosign(world: World) -> None:
    cid = world.client(by=world.shen)
    rid = sessions.save_draft(world.shen, cid, full_input(world.today)).id
    signed = sessions.sign_session(world.shen, cid, rid, password=PASSWORD)
    assert signed.awaiting_cosign
    assert [r.id for r in sessions.awaiting_my_cosign(world.lin)] == [rid]
    assert sessions.awaiting_my_cosign(world.he) == []
    with pytest.raises(StationDeskError) as info:
        sessions.cosign_session(world.shen, rid, "自己会签", password=PASSWORD)
    assert info.value.code == "cosign_not_supervisor"
    done = sessions.cosign_session(world.lin, rid, "评估充分，计划可行。", password=PASSWORD)
    assert (done.status, done.cosigned_by_name, done.supervisor_comment) == (
        "cosigned", "林咨询师", "评估充分，计划可行。")
    assert sessions.awaiting_my_cosign(world.lin) == []
    with pytest.raises(DatabaseError, match="co-signed"):
        world.admin.db.execute("UPDATE sessions SET supervisor_comment = '' WHERE id = ?",
                               (rid,))
    # a counsellor without supervision signs for good
    own = world.client()
    lin_rid = sessions.save_draft(world.lin, own, full_input(world.today)).id
    assert not sessions.sign_session(world.lin, own, lin_rid, password=PASSWORD).awaiting_cosign


def test_only_the_author_edits_or_signs_a_draft(world: World) -> None:
    cid = world.client()
    files.share_case(world.lin, cid, world.he.user.id)
    rid = sessions.save_draft(world.he, cid, full_input(world.today)).id  # he writes
    for call in (lambda: sessions.sign_session(world.lin, cid, rid, password=PASSWORD),
                 lambda: sessions.save_draft(world.lin, cid, full_input(world.today), rid)):
        with pytest.raises(StationDeskError) as info:
            call()
        assert info.value.code in ("session_author_only", "not_found")


def test_note_index_follows_every_draft_save(world: World) -> None:
    cid = world.client()
    rid = sessions.save_draft(world.lin, cid, full_input(world.today, complaint="失眠")).id
    assert search.note_ids(world.lin, "失眠") == [rid]
    sessions.save_draft(world.lin, cid, full_input(world.today, complaint="婚姻矛盾"), rid)
    assert search.note_ids(world.lin, "婚姻") == [rid]
    assert search.note_ids(world.lin, "矛盾婚姻") == []
    sessions.discard_draft_record(world.lin, cid, rid)
    assert search.note_ids(world.lin, "婚姻") == []


def test_autosave_is_offered_back_and_dropped_on_save(world: World) -> None:
    cid = world.client()
    ref = sessions.new_ref(cid)
    payload = full_input(world.today, complaint="打字到一半😀𠀀").to_payload()
    drafts.autosave(world.lin, sessions.DRAFT_KIND, ref, payload)
    found = drafts.pending(world.lin, sessions.DRAFT_KIND, ref)
    assert found is not None and SessionInput.from_payload(found.payload).complaint == \
        "打字到一半😀𠀀"
    assert drafts.pending(world.he, sessions.DRAFT_KIND, ref) is None  # per user
    sessions.save_draft(world.lin, cid, SessionInput.from_payload(found.payload))
    assert drafts.pending(world.lin, sessions.DRAFT_KIND, ref) is None


CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from station_desk.domain.auth import sign_in
    from station_desk.domain.records import drafts, sessions
    session = sign_in(Path(sys.argv[1]), "lin", sys.argv[2])
    payload = {"complaint": "断电前最后输入：焦虑、失眠😀𠀀", "session_date": "2026-11-02",
               "modality": "in_person"}
    drafts.autosave(session, sessions.DRAFT_KIND, sessions.new_ref(int(sys.argv[3])), payload)
    print("saved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_autosaved_draft_survives_a_killed_process(world: World, vault_dir: Path) -> None:
    cid = world.client()
    world.admin.close()  # the child needs the vault
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    done = subprocess.run([sys.executable, "-c", CHILD, str(vault_dir), PASSWORD, str(cid)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.strip() == "saved"
    with sign_in(vault_dir, "lin", PASSWORD, clock=world.clock) as again:
        found = drafts.pending(again, sessions.DRAFT_KIND, sessions.new_ref(cid))
        assert found is not None
        assert found.payload["complaint"] == "断电前最后输入：焦虑、失眠😀𠀀"
        assert [d.ref for d in drafts.all_pending(again)] == [sessions.new_ref(cid)]
        assert again.db.integrity_errors() == []


def test_signing_a_new_record_is_one_step_with_one_audit_entry(world: World) -> None:
    """A new record is created and signed in one transaction: a refused signature (wrong
    password, a missing section) leaves no draft behind; a signature is one entry."""
    cid = world.client()
    target = files.open_file(world.lin, cid).target

    def entries() -> list[str]:
        return [e.action for e in world.admin.audit.query(target=target)
                if e.action.startswith("session.")]

    with pytest.raises(StationDeskError) as wrong:
        sessions.sign_session(world.lin, cid, None, full_input(world.today), password="nope")
    assert wrong.value.code == "wrong_password"
    with pytest.raises(StationDeskError):
        sessions.sign_session(world.lin, cid, None, full_input(world.today, plan=""),
                              password=PASSWORD)
    assert sessions.list_sessions(world.lin, cid) == [] and entries() == []
    signed = sessions.sign_session(world.lin, cid, None, full_input(world.today),
                                   password=PASSWORD)
    assert (signed.status, signed.session_no) == ("signed", 1)
    assert entries() == ["session.sign"]
    # a draft signed with changes: still one entry for the signature, none for the save
    draft = sessions.save_draft(world.lin, cid, full_input(world.today))
    sessions.sign_session(world.lin, cid, draft.id, full_input(world.today, plan="改"),
                          password=PASSWORD)
    assert entries() == ["session.sign", "session.create", "session.sign"]
