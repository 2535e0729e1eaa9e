"""Signing is an electronic signature (the password again, counted like sign-in), and what was
signed is tamper-evident: a digest of the exact content is bound into the audit chain, and
`verify` names the first signed record that no longer matches, even when someone with the raw
key dropped the triggers that normally stop the change."""

from __future__ import annotations

import io
import json
import sys

import pytest
import sqlcipher3

from helpers import expect_error
from station_desk.cli.main import main as cli_main
from station_desk.domain import maintenance
from station_desk.domain.records import sessions, signing
from station_desk.storage.database import key_pragma, raw_key_literal
from station_desk.storage.keyslots import user_slot
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py


def signed_record(world: World, **changes: object) -> sessions.SessionRecord:
    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today, **changes))
    return sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD)


def trainee_cosigned(world: World) -> sessions.SessionRecord:
    cid = world.client(by=world.shen, name="学员来访者")
    draft = sessions.save_draft(world.shen, cid, full_input(world.today))
    record = sessions.sign_session(world.shen, cid, draft.id, password=PASSWORD)
    return sessions.cosign_session(world.lin, record.id, "评估充分。", password=PASSWORD)


def with_raw_key(world: World, *statements: str) -> None:
    """What someone holding `show-key`'s output can do in the sqlcipher shell (both files: the
    signed records are in clinical.db)."""
    conn = sqlcipher3.connect(str(world.admin.vault.paths.db), isolation_level=None)
    try:
        conn.execute(key_pragma(world.admin.vault.payload.db_key))
        conn.execute(f"ATTACH DATABASE '{world.admin.vault.paths.clinical}' AS clinical KEY"
                     f" \"{raw_key_literal(world.admin.vault.payload.clinical_key)}\"")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def entry_detail(world: World, action: str) -> dict:
    return json.loads(world.admin.audit.query(action=action, limit=1)[0].detail)


# -- the electronic signature -------------------------------------------------------------------

def test_signing_needs_the_signers_password_and_counts_failures(world, clock):
    cid = world.client()
    draft = sessions.save_draft(world.lin, cid, full_input(world.today))
    expect_error("wrong_password", sessions.sign_session, world.lin, cid, draft.id,
                 password="not-lin's")
    assert sessions.get_session(world.lin, draft.id).status == "draft"
    slot = world.lin.vault.slots.slots[user_slot("lin")]
    assert slot["failures"] == 1  # the same counter as sign-in
    assert world.admin.audit.query(action="signature.failed")[0].username == "lin"
    # another account's password is not lin's signature
    clock.advance(minutes=5)
    expect_error("wrong_password", sessions.sign_session, world.lin, cid, draft.id,
                 password=ADMIN_PASSWORD)
    clock.advance(minutes=5)
    assert sessions.sign_session(world.lin, cid, draft.id, password=PASSWORD).is_signed
    assert slot["failures"] == 0


def test_cosigning_needs_the_supervisors_password(world):
    cid = world.client(by=world.shen, name="学员来访者")
    draft = sessions.save_draft(world.shen, cid, full_input(world.today))
    record = sessions.sign_session(world.shen, cid, draft.id, password=PASSWORD)
    expect_error("wrong_password", sessions.cosign_session, world.lin, record.id, "好",
                 password="wrong-password")
    assert sessions.get_session(world.lin, record.id).awaiting_cosign


def test_each_signature_binds_a_digest_of_what_it_signed(world):
    record = signed_record(world)
    sign = entry_detail(world, "session.sign")
    assert sign["digest"] == signing.session_digest(world.admin, record.id)
    addendum = sessions.add_addendum(world.lin, record.id, "补充：已改为白班。")
    assert entry_detail(world, "session.addendum")["digest"] == signing.addendum_digest(
        world.admin, addendum.id)
    cosigned = trainee_cosigned(world)
    assert entry_detail(world, "session.cosign")["digest"] == signing.session_digest(
        world.admin, cosigned.id, cosigned=True)
    report = maintenance.verify(world.admin)
    assert report.ok and report.altered_record is None


# -- tampering with the raw key -------------------------------------------------------------

def test_a_rewritten_signed_note_is_named_by_file_and_date(world, monkeypatch, capsys):
    record = signed_record(world)
    signed_record(world, complaint="另一位来访者的记录")
    with_raw_key(world, "DROP TRIGGER sessions_signed_immutable",
                 f"UPDATE sessions SET plan = '改过的计划' WHERE id = {record.id}")
    report = maintenance.verify(world.admin)
    assert not report.ok
    assert report.integrity_problems == [] and report.audit_first_broken is None
    text = report.altered_record.message("zh")
    assert record.file_no in text and record.session_date in text
    assert f"第 {record.session_no} 次辅导记录" in text and "#" not in text
    # the command line says the same in one line and fails
    world.admin.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = cli_main(["verify", "--vault", str(world.admin.vault.paths.root), "--user", "admin",
                     "--password-stdin"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "已签署的内容被改动" in err and record.file_no in err and "Traceback" not in err


@pytest.mark.parametrize("target", ["cosign-comment", "addendum", "signer", "deleted"])
def test_every_signed_part_is_covered(world, target):
    cosigned = trainee_cosigned(world)
    record = signed_record(world)
    addendum = sessions.add_addendum(world.lin, record.id, "补充说明。")
    statements = {
        "cosign-comment": ["DROP TRIGGER sessions_cosign_immutable",
                           "UPDATE sessions SET supervisor_comment = '不同意见'"
                           f" WHERE id = {cosigned.id}"],
        "addendum": ["DROP TRIGGER session_addenda_immutable",
                     f"UPDATE session_addenda SET text = '改过' WHERE id = {addendum.id}"],
        "signer": ["DROP TRIGGER sessions_signed_immutable",
                   f"UPDATE sessions SET signed_at = '2020-01-01T00:00:00' WHERE id = {record.id}"],
        "deleted": ["DROP TRIGGER sessions_signed_undeletable",
                    "DROP TRIGGER session_addenda_undeletable",
                    f"DELETE FROM session_addenda WHERE session_id = {record.id}",
                    f"DELETE FROM session_fts WHERE rowid = {record.id}",
                    f"DELETE FROM sessions WHERE id = {record.id}"],
    }[target]
    with_raw_key(world, *statements)
    altered = maintenance.verify(world.admin).altered_record
    assert altered is not None
    expected_file = cosigned.file_no if target == "cosign-comment" else record.file_no
    assert expected_file in altered.message("zh") and expected_file in altered.message("en")
    if target == "cosign-comment":
        assert "督导会签" in altered.message("zh")
    if target == "addendum":
        assert "附注" in altered.message("zh")
    if target == "deleted":
        assert altered.code == "signed_record_missing"
