"""Records signed before signing bound digests into the audit chain: the first sign-in after the
upgrade binds them (in batches), and from then on `verify` names any of them that changes,
exactly as it does for records signed since."""

from __future__ import annotations

import json
from typing import Any

import pytest
import sqlcipher3

from station_desk.domain import maintenance
from station_desk.domain.auth import sign_in
from station_desk.domain.records import sessions, signing
from station_desk.domain.session import Session
from station_desk.storage.database import key_pragma, raw_key_literal
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py


@pytest.fixture
def signed_the_old_way(world: World, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A signed record, a co-signed one and an addendum, audited as versions before the
    digests audited them (the same entries, no "digest"), in a vault that has never been
    signed in to since (no baseline mark)."""
    without_digests(monkeypatch)
    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today))
    signed = sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)
    addendum = sessions.add_addendum(world.lin, signed.id, "补充：来访者已改为白班。")
    trainee_cid = world.client(by=world.shen, name="学员来访者")
    trainee = sessions.save_draft(world.shen, trainee_cid, full_input(world.today))
    sessions.sign_session(world.shen, trainee_cid, trainee.id, password=PASSWORD)
    cosigned = sessions.cosign_session(world.lin, trainee.id, "评估充分。", password=PASSWORD)
    monkeypatch.undo()
    for action in signing.SIGNED_ACTIONS:
        for entry in world.admin.audit.query(action=action, limit=10):
            assert "digest" not in json.loads(entry.detail)
    assert world.admin.db.scalar("SELECT value FROM clinical_meta WHERE key = ?",
                                 (signing.BASELINE_KEY,)) is None
    vault = world.admin.vault.paths.root
    world.admin.close()
    return {"vault": vault, "signed": signed, "addendum": addendum, "cosigned": cosigned}


def raw_sql(session: Session, *statements: str) -> None:
    """What someone holding `show-key`'s output can do in the sqlcipher shell."""
    vault = session.vault
    conn = sqlcipher3.connect(str(vault.paths.db), isolation_level=None)
    try:
        conn.execute(key_pragma(vault.payload.db_key))
        conn.execute(f"ATTACH DATABASE '{vault.paths.clinical}' AS clinical KEY"
                     f" \"{raw_key_literal(vault.payload.clinical_key)}\"")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def without_digests(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Signing audited as before the digests: the same entries without "digest". Returns
    the real `Session.log`, to put back."""
    real_log = Session.log

    def old_log(self: Session, action: str, target: str = "", detail: Any = "") -> int:
        if action in signing.SIGNED_ACTIONS and isinstance(detail, dict):
            detail = {k: v for k, v in detail.items() if k != "digest"}
        return real_log(self, action, target, detail)

    monkeypatch.setattr(Session, "log", old_log)
    return real_log


def batches(session: Session) -> list[dict[str, Any]]:
    return [json.loads(e.detail) for e in
            reversed(session.audit.query(action=signing.BASELINE_ACTION, limit=100))]


def test_first_sign_in_binds_them_once(signed_the_old_way, clock):
    old = signed_the_old_way
    with sign_in(old["vault"], "lin", PASSWORD, clock=clock) as lin:
        bound = batches(lin)
        assert [(b["kind"], [r[0] for r in b["records"]]) for b in bound] == [
            ("session", sorted([old["signed"].id, old["cosigned"].id])),
            ("session.cosign", [old["cosigned"].id]),
            ("addendum", [old["addendum"].id])]
        first_id, first_digest = bound[0]["records"][0]
        assert first_digest == signing.session_digest(lin, first_id)
        assert bound[2]["records"] == [[old["addendum"].id, signing.addendum_digest(
            lin, old["addendum"].id), old["signed"].id]]
        assert maintenance.verify(lin).ok
    with sign_in(old["vault"], "admin", ADMIN_PASSWORD, clock=clock) as admin:
        assert len(batches(admin)) == 3  # once per vault, not per sign-in
        assert maintenance.verify(admin).ok


def test_a_receptionist_binds_nothing_and_the_next_clinical_sign_in_does(signed_the_old_way,
                                                                        clock):
    """The records are in the clinical compartment, which a receptionist's key cannot read."""
    old = signed_the_old_way
    with sign_in(old["vault"], "front", PASSWORD, clock=clock):
        pass
    with sign_in(old["vault"], "he", PASSWORD, clock=clock) as he:
        assert len(batches(he)) == 3


@pytest.mark.parametrize("change", ["note", "cosign-comment", "addendum", "deleted"])
def test_tampering_after_binding_is_named(signed_the_old_way, clock, change):
    old = signed_the_old_way
    signed, cosigned, addendum = old["signed"], old["cosigned"], old["addendum"]
    statements = {
        "note": ["DROP TRIGGER sessions_signed_immutable",
                 f"UPDATE sessions SET plan = '改过的计划' WHERE id = {signed.id}"],
        "cosign-comment": ["DROP TRIGGER sessions_cosign_immutable",
                           "UPDATE sessions SET supervisor_comment = '不同意见'"
                           f" WHERE id = {cosigned.id}"],
        "addendum": ["DROP TRIGGER session_addenda_immutable",
                     f"UPDATE session_addenda SET text = '改过' WHERE id = {addendum.id}"],
        "deleted": ["DROP TRIGGER session_addenda_undeletable",
                    f"DELETE FROM session_addenda WHERE id = {addendum.id}"],
    }[change]

    with sign_in(old["vault"], "admin", ADMIN_PASSWORD, clock=clock) as admin:
        assert maintenance.verify(admin).ok
        raw_sql(admin, *statements)
        report = maintenance.verify(admin)
    assert not report.ok and report.altered_record is not None
    text_zh, text_en = report.altered_record.message("zh"), report.altered_record.message("en")
    record = cosigned if change == "cosign-comment" else signed
    assert record.file_no in text_zh and record.file_no in text_en
    if change == "deleted":
        assert report.altered_record.code == "signed_record_missing"
    else:
        assert record.session_date in text_zh
        assert report.altered_record.code == "signed_record_altered"
    if change == "cosign-comment":
        assert "督导会签" in text_zh
    if change == "addendum":
        assert "附注" in text_zh


def test_large_stations_bind_in_batches(world, monkeypatch, clock):
    """Batches of BASELINE_BATCH records; a change in a later batch is still found and named."""
    monkeypatch.setattr(signing, "BASELINE_BATCH", 2)
    real_log = without_digests(monkeypatch)
    cid = world.client()
    records = []
    for day in range(5):
        draft = sessions.save_draft(world.lin, cid, full_input(
            world.today, complaint=f"第 {day} 次记录的主诉。"))
        records.append(sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD))
        world.clock.advance(days=1)
    monkeypatch.setattr(Session, "log", real_log)
    vault = world.admin.vault.paths.root
    world.admin.close()
    with sign_in(vault, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        assert [len(b["records"]) for b in batches(admin)] == [2, 2, 1]
        raw_sql(admin, "DROP TRIGGER sessions_signed_immutable",
                f"UPDATE sessions SET complaint = 'x' WHERE id = {records[4].id}")
        altered = maintenance.verify(admin).altered_record
    assert altered is not None and records[4].file_no in altered.message("en")
    assert f"session {records[4].session_no} " in altered.message("en")


def test_records_signed_with_digests_are_not_bound_again(world, clock):
    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today))
    sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)
    vault = world.admin.vault.paths.root
    world.admin.close()
    with sign_in(vault, "lin", PASSWORD, clock=clock) as lin:
        assert batches(lin) == []
        assert lin.db.scalar("SELECT value FROM clinical_meta WHERE key = ?",
                             (signing.BASELINE_KEY,)) is not None
