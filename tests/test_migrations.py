"""Schema migrations: a vault made at any earlier version is brought forward at sign-in with its
data kept; a database newer than this app is refused untouched."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest
import sqlcipher3

from helpers import snapshot
from station_desk.domain import maintenance
from station_desk.domain.audit import Actor, AuditLog
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.clock import FakeClock, iso
from station_desk.errors import StationDeskError
from station_desk.storage.database import key_pragma, open_database
from station_desk.storage.keyslots import RECOVERY_SLOT, KeySlotFile, Payload, user_slot
from station_desk.storage.migrations import (
    all_migrations,
    current_version,
    latest_version,
    migrate,
)
from station_desk.storage.vault import VaultPaths, new_recovery_key, normalize_recovery_key

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
LATEST = latest_version()


def build_vault_at(root: Path, version: int, clock: FakeClock) -> tuple[str, Payload]:
    """A vault as an older Station Desk left it: schema at `version`, one admin, some data."""
    paths = VaultPaths(root)
    root.mkdir(parents=True)
    payload = Payload.generate()
    slots = KeySlotFile.new(paths.slots)
    db = open_database(paths.db, payload.db_key, create=True)
    try:
        assert migrate(db, target=version) == list(range(1, version + 1))
        assert current_version(db) == version
        now = iso(clock())
        with db.transaction():
            db.execute("INSERT INTO station (id, name, union_code, tier, address, created_at)"
                       " VALUES (1, '老版本服务站', 'U-OLD', 'standard', '旧址', ?)", (now,))
            user_id = db.execute(
                "INSERT INTO users (username, display_name, role, created_at,"
                " password_changed_at) VALUES ('admin', '王站长', 'admin', ?, ?)",
                (now, now)).lastrowid
            db.execute("INSERT INTO station_key (id, private_key, public_key, created_at)"
                       " VALUES (1, ?, ?, ?)",
                       (secrets.token_bytes(32), secrets.token_bytes(32), now))
            db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (slots.vault_id,))
            db.execute("INSERT INTO settings (key, value) VALUES ('marker', '迁移前写入的设置')")
            audit = AuditLog(db, payload.audit_key, clock)
            audit.append(Actor(user_id, "admin", "admin"), "vault.create", "station")
            if version >= 2:
                db.execute("INSERT INTO clients (file_no, name, phone, opened_at, created_at,"
                           " updated_at) VALUES ('2026-0001', '迁移测试来访者', '13900000000',"
                           " ?, ?, ?)", (now[:10], now, now))
                audit.append(Actor(user_id, "admin", "admin"), "client.create", "client:1")
    finally:
        db.close()
    recovery = new_recovery_key()
    slots.set_slot(user_slot("admin"), ADMIN_PASSWORD, payload)
    slots.set_slot(RECOVERY_SLOT, normalize_recovery_key(recovery), payload)
    slots.save()
    (root / "vault.lock").touch()  # as any earlier version leaves it after signing out
    return recovery, payload


def schema_of(root: Path, payload: Payload) -> set[tuple[str, str, str]]:
    db = open_database(root / "station.db", payload.db_key)
    try:
        rows = db.all("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {(r[0], r[1], r[2] or "") for r in rows}
    finally:
        db.close()


def test_migrations_are_numbered_from_one_without_gaps():
    versions = [m.version for m in all_migrations()]
    assert versions == list(range(1, LATEST + 1))
    assert LATEST >= 2


@pytest.mark.parametrize("version", range(1, LATEST))
def test_sign_in_brings_an_older_vault_forward(tmp_path, clock, version):
    root = tmp_path / f"vault-v{version}"
    _, payload = build_vault_at(root, version, clock)
    clock.advance(days=1)
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert session.vault.applied_migrations == list(range(version + 1, LATEST + 1))
        assert current_version(session.db) == LATEST
        assert session.db.scalar("SELECT name FROM station") == "老版本服务站"
        assert session.db.scalar("SELECT value FROM settings WHERE key = 'marker'") == \
            "迁移前写入的设置"
        assert session.db.scalar("SELECT display_name FROM users WHERE username = 'admin'") == \
            "王站长"
        if version >= 2:
            assert session.db.scalar("SELECT name FROM clients WHERE file_no = '2026-0001'") == \
                "迁移测试来访者"
        signin = session.audit.query(action="signin", limit=1)[0]
        assert str(list(range(version + 1, LATEST + 1))) in signin.detail
        report = maintenance.verify(session)
        assert report.ok, report
    # the result is the same schema a new vault gets
    fresh_root = tmp_path / "fresh"
    _, fresh_payload = build_vault_at(fresh_root, LATEST, clock)
    assert schema_of(root, payload) == schema_of(fresh_root, fresh_payload)
    # and a second sign-in has nothing left to do
    with sign_in(root, "admin", ADMIN_PASSWORD, clock=clock) as again:
        assert again.vault.applied_migrations == []
        assert again.audit.query(action="signin", limit=1)[0].detail == ""


def test_recovery_key_sign_in_migrates_too(tmp_path, clock):
    root = tmp_path / "vault-v1"
    recovery, _ = build_vault_at(root, 1, clock)
    with sign_in_recovery(root, recovery, clock=clock) as session:
        assert session.vault.applied_migrations == list(range(2, LATEST + 1))
        assert current_version(session.db) == LATEST
        assert maintenance.verify(session).ok


def _set_user_version(root: Path, payload: Payload, version: int) -> None:
    conn = sqlcipher3.connect(str(root / "station.db"))
    conn.execute(key_pragma(payload.db_key))
    conn.execute(f"PRAGMA user_version = {version:d}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("ahead", [1, 40])
def test_newer_database_is_refused_and_left_alone(created, vault_dir, clock, ahead):
    session, recovery = created
    payload = session.vault.payload
    session.close()
    _set_user_version(vault_dir, payload, LATEST + ahead)
    before = snapshot(vault_dir)
    with pytest.raises(StationDeskError) as info:
        sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    err = info.value
    assert err.code == "db_newer"
    assert err.params == {"found": LATEST + ahead, "supported": LATEST}
    assert f"数据库版本 {LATEST + ahead}" in err.message() and "请升级" in err.message()
    assert "upgrade" in err.message("en")
    with pytest.raises(StationDeskError) as info:
        sign_in_recovery(vault_dir, recovery, clock=clock)
    assert info.value.code == "db_newer"
    assert snapshot(vault_dir) == before
    # an app that knows the version opens it again (here: put the number back)
    _set_user_version(vault_dir, payload, LATEST)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as again:
        assert maintenance.verify(again).ok


def test_a_failing_migration_leaves_the_vault_at_its_version(tmp_path, clock):
    """Each migration runs in one transaction with its version bump: all or nothing."""
    last = all_migrations()[-1]
    # tables and indexes share one namespace, so a table can block either
    created_tables = re.findall(r"CREATE (?:TABLE|INDEX) (\w+)", last.sql)
    assert created_tables, "the newest migration creates nothing to collide with"
    root = tmp_path / "vault"
    _, payload = build_vault_at(root, LATEST - 1, clock)
    # something already in the way of the migration's second table, so it fails part-way
    blocker = created_tables[-1]
    conn = sqlcipher3.connect(str(root / "station.db"))
    conn.execute(key_pragma(payload.db_key))
    conn.execute(f"CREATE TABLE {blocker} (x)")
    conn.commit()
    conn.close()
    schema_before = schema_of(root, payload)
    before = snapshot(root)
    with pytest.raises(StationDeskError) as info:
        sign_in(root, "admin", ADMIN_PASSWORD, clock=clock)
    assert info.value.code in {"db_corrupt", "internal"}
    assert "Traceback" not in info.value.message()
    assert snapshot(root) == before
    assert schema_of(root, payload) == schema_before
    db = open_database(root / "station.db", payload.db_key)
    try:
        assert current_version(db) == LATEST - 1
        if len(created_tables) > 1:  # the tables made before the failure were rolled back too
            assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = ?",
                             (created_tables[0],)) == 0
    finally:
        db.close()
