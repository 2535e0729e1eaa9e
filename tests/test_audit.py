"""The audit trail: the HMAC chain, tampering by someone who holds the database key (but not the
audit key), failures recorded while the vault was closed, and the viewer's filters."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from station_desk.cli.main import main as cli_main
from station_desk.domain import accounts, maintenance
from station_desk.domain.audit import AuditLog
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.clock import iso
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.storage.database import key_pragma, open_database
from station_desk.storage.keyslots import KeySlotFile, Payload

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
ZHANG_PASSWORD = "zhang-pass-2026"


def raw_sql(root: Path, payload: Payload, *statements: str) -> None:
    """What an attacker with the database key (say, from `show-key`) can do in the sqlcipher
    shell: anything SQL allows, but without the audit key."""
    conn = sqlcipher3.connect(str(root / "station.db"), isolation_level=None)
    try:
        conn.execute(key_pragma(payload.db_key))
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def audit_rows(root: Path, payload: Payload) -> list[tuple]:
    db = open_database(root / "station.db", payload.db_key)
    try:
        return [tuple(r) for r in db.all("SELECT id, ts, user_id, username, role, action, target,"
                                         " detail, mac FROM audit ORDER BY id")]
    finally:
        db.close()


def chain_without_appending(root: Path, payload: Payload):
    db = open_database(root / "station.db", payload.db_key)
    try:
        return AuditLog(db, payload.audit_key).verify()
    finally:
        db.close()


@pytest.fixture
def busy(created: tuple[Session, str], vault_dir: Path, clock) -> tuple[Path, Payload, str]:
    """A closed vault with a dozen audit entries from ordinary work."""
    session, recovery = created
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", ZHANG_PASSWORD)
    accounts.add_user(session, "li", "李接待", "receptionist", "li-pass-2026")
    clock.advance(hours=1)
    accounts.set_supervision(session, "li", None)
    accounts.reset_password(session, "li", "li-pass-2027")
    session.lock()
    session.unlock(ADMIN_PASSWORD)
    payload = session.vault.payload
    session.close()
    for _ in range(2):
        clock.advance(minutes=5)
        with sign_in(vault_dir, "zhang", ZHANG_PASSWORD, clock=clock):
            pass
    return vault_dir, payload, recovery


def test_chain_verifies_after_ordinary_work(busy, clock):
    root, payload, _ = busy
    report = chain_without_appending(root, payload)
    rows = audit_rows(root, payload)
    assert report.ok and report.entries == len(rows) >= 12
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert session.audit.head() == audit_rows(root, payload)[-1][-1]
        verify = maintenance.verify(session)
        assert verify.ok and verify.audit_entries == len(rows) + 1
        assert session.audit.query(limit=1)[0].action == "verify"


def test_the_trail_refuses_update_and_delete_through_sql(busy):
    root, payload, _ = busy
    for statement in ("UPDATE audit SET detail = 'x' WHERE id = 2",
                      "DELETE FROM audit WHERE id = 2"):
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            raw_sql(root, payload, statement)
    assert chain_without_appending(root, payload).ok


ALTERATIONS = {
    "detail": "UPDATE audit SET detail = '{{}}' WHERE id = {id}",
    "username": "UPDATE audit SET username = 'zhang' WHERE id = {id}",
    "action": "UPDATE audit SET action = 'signin' WHERE id = {id}",
    "target": "UPDATE audit SET target = 'user:nobody' WHERE id = {id}",
    "timestamp": "UPDATE audit SET ts = '2020-01-01T00:00:00Z' WHERE id = {id}",
    "user-id": "UPDATE audit SET user_id = 99 WHERE id = {id}",
    "mac-swapped": "UPDATE audit SET mac = (SELECT mac FROM audit WHERE id = 1) WHERE id = {id}",
}


@pytest.mark.parametrize("field", sorted(ALTERATIONS))
def test_an_altered_entry_is_detected_and_named(busy, clock, field):
    root, payload, _ = busy
    target_id = 4
    before = audit_rows(root, payload)[target_id - 1]
    raw_sql(root, payload, "DROP TRIGGER audit_no_update",
            ALTERATIONS[field].format(id=target_id))
    assert audit_rows(root, payload)[target_id - 1] != before
    report = chain_without_appending(root, payload)
    assert (report.first_broken, report.problem) == (target_id, "altered")
    # still named after more entries are appended on top
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        result = maintenance.verify(session)
        assert not result.ok
        assert (result.audit_first_broken, result.audit_problem) == (target_id, "altered")
        assert session.audit.query(action="verify") == []


def test_altered_newest_entry_is_detected(busy, clock):
    root, payload, _ = busy
    last = audit_rows(root, payload)[-1][0]
    raw_sql(root, payload, "DROP TRIGGER audit_no_update",
            f"UPDATE audit SET action = 'signin' WHERE id = {last}")
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        result = maintenance.verify(session)
    assert (result.audit_first_broken, result.audit_problem) == (last, "altered")


def test_a_forged_entry_is_detected(busy, clock):
    root, payload, _ = busy
    last = audit_rows(root, payload)[-1][0]
    raw_sql(root, payload,
            "INSERT INTO audit (id, ts, user_id, username, role, action, target, detail, mac)"
            f" VALUES ({last + 1}, '2026-11-02T10:00:00Z', 1, 'admin', 'admin', 'backup', '',"
            f" '', '{'ab' * 32}')")
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        result = maintenance.verify(session)
    assert (result.audit_first_broken, result.audit_problem) == (last + 1, "altered")


def test_a_deleted_middle_entry_is_detected(busy, clock):
    root, payload, _ = busy
    raw_sql(root, payload, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE id = 5")
    report = chain_without_appending(root, payload)
    assert (report.first_broken, report.problem) == (5, "missing")
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        result = maintenance.verify(session)
    assert (result.audit_first_broken, result.audit_problem) == (5, "missing")


@pytest.mark.parametrize("cut", [1, 3])
@pytest.mark.parametrize("head", ["kept", "deleted", "forged"])
def test_entries_cut_off_the_end_are_detected(busy, clock, cut, head):
    root, payload, recovery = busy
    rows = audit_rows(root, payload)
    first_cut = rows[-cut][0]
    # With the anchor outside the database in place, sign-in refuses the cut at once
    # (test_audit_anchor.py); here the attacker also removes it and its flag, so the chain's own
    # head pointer in `meta` is what is left to show the cut.
    (root / "audit-head.json").unlink()
    statements = ["DROP TRIGGER audit_no_delete", f"DELETE FROM audit WHERE id >= {first_cut}",
                  "DELETE FROM meta WHERE key = 'audit_anchored'"]
    if head == "deleted":
        statements.append("DELETE FROM meta WHERE key = 'audit_head'")
    elif head == "forged":
        statements.append(f"UPDATE meta SET value = '{first_cut - 1}:{rows[-cut - 1][-1]}:"
                          f"{'0' * 64}' WHERE key = 'audit_head'")
    raw_sql(root, payload, *statements)
    before_append = chain_without_appending(root, payload)
    assert not before_append.ok
    assert before_append.problem == {"kept": "truncated", "deleted": "head",
                                     "forged": "head"}[head]
    # Signing in appends entries; the cut must stay visible after that, and after more work.
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        accounts.add_user(session, "wang", "王接待", "receptionist", "wang-pass-2026")
    with sign_in_recovery(root, recovery, clock=clock) as session:
        result = maintenance.verify(session)
    assert not result.ok
    assert result.audit_problem == "missing"
    assert result.audit_first_broken == first_cut


def test_cli_verify_names_the_broken_entry(busy, monkeypatch, capsys):
    root, payload, _ = busy
    raw_sql(root, payload, "DROP TRIGGER audit_no_update",
            "UPDATE audit SET target = 'user:someone' WHERE id = 3")
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = cli_main(["verify", "--vault", str(root), "--user", "admin", "--password-stdin"])
    out = capsys.readouterr()
    assert code == 1
    assert "审计链在第 3 条处断裂" in out.err
    assert "Traceback" not in out.out + out.err


def test_failures_while_closed_join_the_trail_at_next_sign_in(created, vault_dir, clock):
    session, recovery = created
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", ZHANG_PASSWORD)
    session.close()
    expected = []
    for who, secret in (("admin", "wrong-1"), ("zhang", "wrong-2"), ("typed-a-password", "x" * 9),
                        ("recovery", "AAAA-BBBB")):
        clock.advance(minutes=1)
        fn = sign_in_recovery if who == "recovery" else sign_in
        args = (vault_dir, secret) if who == "recovery" else (vault_dir, who, secret)
        with pytest.raises(StationDeskError):
            fn(*args, clock=clock)
        expected.append((iso(clock()), {"typed-a-password": "?"}.get(who, who)))
    pending = KeySlotFile.load(vault_dir / "keyslots.json").pending
    assert [(e["ts"], e["username"]) for e in pending] == expected
    # the database itself did not change while the vault was closed
    clock.advance(minutes=1)
    with sign_in(vault_dir, "zhang", ZHANG_PASSWORD, clock=clock) as zhang:
        entries = list(reversed(zhang.audit.query(limit=len(expected) + 1)))
        assert [(e.ts, e.username, e.action) for e in entries[:-1]] == \
            [(ts, who, "signin.failed") for ts, who in expected]
        assert (entries[-1].action, entries[-1].username) == ("signin", "zhang")
        assert all(e.user_id is None for e in entries[:-1])
        assert zhang.audit.verify().ok
    assert KeySlotFile.load(vault_dir / "keyslots.json").pending == []
    # recorded once only
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        assert len(admin.audit.query(action="signin.failed")) == len(expected)


def test_query_filters_by_user_target_action_and_date(created, vault_dir, clock):
    session = created[0]  # created 2026-11-02 09:00 UTC
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", ZHANG_PASSWORD)
    session.close()
    clock.advance(days=1)  # 11-03
    with sign_in(vault_dir, "zhang", ZHANG_PASSWORD, clock=clock):
        pass
    clock.advance(days=1)  # 11-04
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        accounts.add_user(admin, "li", "李接待", "receptionist", "li-pass-2026")
        accounts.reset_password(admin, "zhang", "zhang-pass-2027")
    clock.advance(days=1)  # 11-05
    with sign_in(vault_dir, "zhang", "zhang-pass-2027", clock=clock) as zhang:
        audit = zhang.audit
        everything = audit.query(limit=1000)
        assert [e.id for e in everything] == sorted((e.id for e in everything), reverse=True)

        by_zhang = audit.query(username="zhang")
        assert by_zhang and {e.username for e in by_zhang} == {"zhang"}
        assert {e.action for e in by_zhang} == {"signin", "signout"}

        about_zhang = audit.query(target="user:zhang")
        assert [e.action for e in about_zhang] == ["account.reset", "account.add"]
        assert {e.username for e in about_zhang} == {"admin"}

        on_the_4th = audit.query(date_from="2026-11-04", date_to="2026-11-04")
        assert on_the_4th and {e.ts[:10] for e in on_the_4th} == {"2026-11-04"}
        assert {"account.add", "account.reset"} <= {e.action for e in on_the_4th}
        from_the_4th = audit.query(date_from="2026-11-04")
        assert {e.ts[:10] for e in from_the_4th} == {"2026-11-04", "2026-11-05"}
        until_the_3rd = audit.query(date_to="2026-11-03")
        assert {e.ts[:10] for e in until_the_3rd} == {"2026-11-02", "2026-11-03"}
        assert len(until_the_3rd) + len(from_the_4th) == len(everything)

        combined = audit.query(username="admin", target="user:li", date_from="2026-11-04",
                               date_to="2026-11-04")
        assert [e.action for e in combined] == ["account.add"]
        assert audit.query(action="account.reset")[0].target == "user:zhang"
        assert audit.query(username="nobody") == []

        page1 = audit.query(limit=3)
        page2 = audit.query(limit=3, offset=3)
        assert [e.id for e in page1 + page2] == [e.id for e in everything[:6]]
        assert everything[0].label("zh") and everything[0].label("en")


def test_the_trail_checks_its_own_permission(admin: Session) -> None:
    """Reading the trail is refused in the domain, whoever asks (screen, CLI, export page)."""
    from station_desk.domain import audit
    from test_records_world import as_user

    accounts.add_user(admin, "wu", "吴咨询师", "counsellor", "wu-pass-2026-x")
    counsellor = as_user(admin, "wu")
    assert not audit.may_read(counsellor) and audit.may_read(admin)
    with pytest.raises(StationDeskError) as refused:
        audit.read_trail(counsellor, limit=5)
    assert refused.value.code == "forbidden"
    with pytest.raises(StationDeskError):
        audit.Trail(counsellor)
    assert [e.action for e in audit.read_trail(admin, action="account.add")] == ["account.add"]


def test_a_check_from_where_the_last_one_reached(busy, clock):
    """After a full check is remembered, the self-check's check reads only what was added
    since; an entry altered after that point is still caught, one altered at it sends the
    check back to the start, and a remembered point forged without the audit key is
    ignored. Only the full check (`verify`) reads entries before the point."""
    root, payload, _ = busy
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert maintenance.verify(session).ok
        checked = session.audit.verify(since_checked=True)
        assert checked.ok and checked.checked_before > 10
        assert checked.entries == session.audit.verify().entries
        accounts.add_user(session, "wang", "王咨询师", "counsellor", "wang-pass-2026")
    point = checked.checked_before

    def since_checked() -> Any:
        db = open_database(root / "station.db", payload.db_key)
        try:
            return AuditLog(db, payload.audit_key).verify(since_checked=True)
        finally:
            db.close()

    newer = audit_rows(root, payload)[-1][0]
    assert newer > point and since_checked().checked_before == point
    raw_sql(root, payload, "DROP TRIGGER audit_no_update",
            f"UPDATE audit SET target = 'user:nobody' WHERE id = {newer}")
    assert (since_checked().first_broken, since_checked().problem) == (newer, "altered")
    raw_sql(root, payload, f"UPDATE audit SET target = 'user:forged' WHERE id = {point}")
    report = since_checked()
    assert (report.checked_before, report.first_broken) == (0, point)
    # a point moved on without the audit key is not believed
    raw_sql(root, payload, f"UPDATE meta SET value = '{newer}:' || (SELECT mac FROM audit"
                           f" WHERE id = {newer}) || ':forged' WHERE key = 'audit_checked'")
    assert since_checked().checked_before == 0
