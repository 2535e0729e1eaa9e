"""Backups (one encrypted file: same key, same slots) and restore (verified first; the current
vault kept aside until the restored one has opened, then deleted; refused whole, with nothing
changed, for anything that is not a sound backup of this vault)."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest

from helpers import expect_error, snapshot
from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import StationProfile, create_station, sign_in, sign_in_recovery
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.storage.migrations import latest_version

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
PAGE = 4096


def members(backup: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(backup) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_zip(path: Path, contents: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for name, data in contents.items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def backed_up(created: tuple[Session, str], tmp_path: Path, clock: FakeClock):
    """A vault with a second account, one backup of it, and the session still open."""
    session, recovery = created
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", "zhang-pass-2026")
    with session.db.transaction():
        session.db.execute("INSERT INTO settings (key, value) VALUES ('note', '备份前')")
    clock.advance(minutes=1)
    backup = maintenance.make_backup(session, tmp_path / "backups")
    return session, recovery, backup


def test_backup_holds_the_same_slots_and_opens_with_password_and_recovery_key(
        backed_up, vault_dir, tmp_path, clock):
    session, recovery, backup = backed_up
    assert backup.parent == tmp_path / "backups" and backup.suffix == ".sdbak"
    assert backup.name == "station-backup-20261102-090100.sdbak"
    contents = members(backup)
    assert set(contents) == {"manifest.json", "station.db", "clinical.db", "keyslots.json",
                             "audit-head.json"}
    manifest = json.loads(contents["manifest.json"])
    assert manifest["format"] == "station-desk-backup"
    assert manifest["vault_id"] == session.vault.slots.vault_id
    assert manifest["schema_version"] == latest_version()
    for name in ("station.db", "clinical.db"):
        assert manifest["sha256"][name] == hashlib.sha256(contents[name]).hexdigest()
    assert contents["keyslots.json"] == (vault_dir / "keyslots.json").read_bytes()
    # the copy is encrypted like the vault: no SQLite header, no readable text
    assert not contents["station.db"].startswith(b"SQLite format 3")
    assert "示例职工心理健康服务站".encode() not in contents["station.db"]
    assert "张咨询师".encode() not in contents["station.db"]
    # recorded in the vault
    assert session.audit.query(limit=1)[0].action == "backup"
    assert session.audit.query(limit=1)[0].target == backup.name
    assert not maintenance.backup_due(session)
    assert not list(backup.parent.glob(".backup-*")) and not list(backup.parent.glob("*.part"))
    session.close()

    for username, secret, recovery_flag in (("admin", ADMIN_PASSWORD, False),
                                            ("zhang", "zhang-pass-2026", False),
                                            (None, recovery, True)):
        if username == "zhang":  # not an admin: may not restore, so inspect refuses
            expect_error("forbidden", maintenance.inspect_backup, backup, username, secret)
            continue
        manifest2 = maintenance.inspect_backup(backup, username, secret, recovery=recovery_flag)
        assert manifest2["vault_id"] == manifest["vault_id"]

    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    for name in ("station.db", "clinical.db", "keyslots.json", "audit-head.json"):
        (unpacked / name).write_bytes(contents[name])
    with sign_in(unpacked, "zhang", "zhang-pass-2026", clock=clock) as copy:
        assert copy.db.scalar("SELECT value FROM settings WHERE key = 'note'") == "备份前"
        assert maintenance.verify(copy).ok
    with sign_in_recovery(unpacked, recovery, clock=clock) as copy:
        assert copy.db.scalar("SELECT count(*) FROM users") == 2


def test_default_backup_folder_is_beside_the_vault(admin, vault_dir):
    backup = maintenance.make_backup(admin)
    assert backup.parent == vault_dir.with_name(vault_dir.name + "-backups")


def test_rotation_keeps_the_newest(admin, tmp_path, clock):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "说明.txt").write_text("not a backup", encoding="utf-8")
    made = []
    for _ in range(4):
        clock.advance(minutes=1)
        made.append(maintenance.make_backup(admin, folder, keep=3))
    kept = sorted(folder.glob("*.sdbak"))
    assert kept == made[-3:]
    assert (folder / "说明.txt").exists()
    # the configured number is used when none is given
    with admin.db.transaction():
        admin.db.execute("INSERT INTO settings (key, value) VALUES ('backup_keep', '2')")
    clock.advance(minutes=1)
    newest = maintenance.make_backup(admin, folder)
    assert sorted(folder.glob("*.sdbak")) == [made[-1], newest]


@pytest.mark.parametrize("how", ["password", "recovery-key"])
def test_restore_a_good_backup_and_delete_the_previous_vault_once_it_opened(
        backed_up, vault_dir, clock, how):
    session, recovery, backup = backed_up
    accounts.add_user(session, "wang", "王接待", "receptionist", "wang-pass-2026")
    session.close()
    clock.advance(hours=2)
    if how == "password":
        restored = maintenance.restore_backup(vault_dir, backup, "admin", ADMIN_PASSWORD,
                                              clock=clock)
    else:
        restored = maintenance.restore_backup(vault_dir, backup, None, recovery,
                                              recovery=True, clock=clock)
    # the backup was made at 09:01 UTC, 17:01 station time
    assert restored.backup_created == "2026-11-02 17:01" and restored.previous_left is None
    # the vault as it was before is gone: wang's slot in it can open nothing any more
    assert not [p.name for p in vault_dir.parent.iterdir() if "restore" in p.name]
    # the restored vault is the backup
    expect_error("bad_credentials", sign_in, vault_dir, "wang", "wang-pass-2026", clock=clock)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as restored_vault:
        assert restored_vault.db.scalar("SELECT count(*) FROM users") == 2
        assert restored_vault.db.scalar(
            "SELECT value FROM settings WHERE key = 'note'") == "备份前"
        entries = restored_vault.audit.query(action="restore", limit=5)
        assert len(entries) == 1  # written once, by the restore's own sign-in
        assert entries[0].target == backup.name
        assert "vault.before-restore-20261102-110100" in entries[0].detail
        assert maintenance.verify(restored_vault).ok
    assert not (vault_dir / "restore-pending.json").exists()


def test_restore_into_a_missing_vault_folder(backed_up, vault_dir, tmp_path, clock):
    session, _, backup = backed_up
    session.close()
    lost = tmp_path / "new-pc" / "vault"
    lost.parent.mkdir()
    maintenance.restore_backup(lost, backup, "admin", ADMIN_PASSWORD, clock=clock)
    with sign_in(lost, "zhang", "zhang-pass-2026", clock=clock) as restored:
        assert restored.db.scalar("SELECT value FROM settings WHERE key = 'note'") == "备份前"


def _flip(data: bytes, offset: int, count: int = 16) -> bytes:
    out = bytearray(data)
    for i in range(offset, offset + count):
        out[i] ^= 0xFF
    return bytes(out)


def _with_db(backup: Path, db: bytes, *, rehash: bool) -> dict[str, bytes]:
    contents = members(backup)
    contents["station.db"] = db
    if rehash:
        manifest = json.loads(contents["manifest.json"])
        manifest["sha256"]["station.db"] = hashlib.sha256(db).hexdigest()
        contents["manifest.json"] = json.dumps(manifest).encode()
    return contents


def _bad_backup(kind: str, backup: Path, tmp_path: Path, clock: FakeClock) -> Path:
    out = tmp_path / f"bad-{kind}.sdbak"
    data = backup.read_bytes()
    db = members(backup)["station.db"]
    if kind == "random-bytes":
        out.write_bytes(os.urandom(len(data)))
    elif kind == "empty-file":
        out.write_bytes(b"")
    elif kind == "truncated":
        out.write_bytes(data[: len(data) // 2])
    elif kind == "truncated-end":
        out.write_bytes(data[:-10])
    elif kind == "flipped-zip-bytes":  # stored, not deflated: this lands in the database bytes
        out.write_bytes(_flip(data, len(data) // 2))
    elif kind == "flipped-db":
        write_zip(out, _with_db(backup, _flip(db, 5 * PAGE + PAGE // 2), rehash=False))
    elif kind == "flipped-db-rehashed-first-page":
        write_zip(out, _with_db(backup, _flip(db, PAGE // 2), rehash=True))
    elif kind == "flipped-db-rehashed-middle-page":
        pages = len(db) // PAGE
        write_zip(out, _with_db(backup, _flip(db, pages // 2 * PAGE + PAGE // 2), rehash=True))
    elif kind == "truncated-db-rehashed":
        write_zip(out, _with_db(backup, db[: len(db) // 2], rehash=True))
    elif kind == "foreign-vault":
        other, _ = create_station(tmp_path / "other", StationProfile("另一站", "U-9", "standard"),
                                  "admin", "赵站长", ADMIN_PASSWORD, clock=clock)
        with other:
            return maintenance.make_backup(other, tmp_path / "other-backups")
    elif kind == "slots-of-another-vault":
        other, _ = create_station(tmp_path / "other", StationProfile("另一站", "U-9", "standard"),
                                  "admin", "赵站长", ADMIN_PASSWORD, clock=clock)
        other.close()
        contents = members(backup)
        contents["keyslots.json"] = (tmp_path / "other" / "keyslots.json").read_bytes()
        write_zip(out, contents)
    elif kind == "broken-slots":
        contents = members(backup)
        contents["keyslots.json"] = contents["keyslots.json"][:200]
        write_zip(out, contents)
    elif kind == "zip-of-other-things":
        write_zip(out, {"照片.jpg": os.urandom(5000), "readme.txt": b"hello"})
    elif kind == "missing-member":
        contents = members(backup)
        del contents["keyslots.json"]
        write_zip(out, contents)
    elif kind == "wrong-manifest-format":
        contents = members(backup)
        contents["manifest.json"] = json.dumps({"format": "something-else"}).encode()
        write_zip(out, contents)
    elif kind == "manifest-not-json":
        contents = members(backup)
        contents["manifest.json"] = b"{not json"
        write_zip(out, contents)
    elif kind == "text-file":
        out.write_text("这不是备份文件\n" * 100, encoding="utf-8")
    elif kind == "missing-file":
        pass
    else:  # pragma: no cover
        raise AssertionError(kind)
    return out


BAD_BACKUPS = ["random-bytes", "empty-file", "truncated", "truncated-end", "flipped-zip-bytes",
               "flipped-db", "flipped-db-rehashed-first-page", "flipped-db-rehashed-middle-page",
               "truncated-db-rehashed", "foreign-vault", "slots-of-another-vault",
               "broken-slots", "zip-of-other-things", "missing-member", "wrong-manifest-format",
               "manifest-not-json", "text-file", "missing-file"]


@pytest.mark.parametrize("kind", BAD_BACKUPS)
def test_restore_refuses_anything_but_a_sound_backup_of_this_vault(backed_up, vault_dir,
                                                                   tmp_path, clock, kind):
    session, recovery, backup = backed_up
    session.close()
    bad = _bad_backup(kind, backup, tmp_path, clock)
    parent_before = sorted(p.name for p in vault_dir.parent.iterdir())
    before = snapshot(vault_dir)
    err = expect_error("backup_invalid", maintenance.restore_backup, vault_dir, bad, "admin",
                       ADMIN_PASSWORD, clock=clock)
    assert "备份文件无法使用" in err.message() and "当前保险库未做任何修改" in err.message()
    assert "{" not in err.message()
    expect_error("backup_invalid", maintenance.restore_backup, vault_dir, bad, None, recovery,
                 recovery=True, clock=clock)
    assert snapshot(vault_dir) == before
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == parent_before
    with sign_in(vault_dir, "zhang", "zhang-pass-2026", clock=clock) as still:
        assert maintenance.verify(still).ok


def test_restore_refuses_a_backup_from_a_newer_app(backed_up, vault_dir, tmp_path, clock):
    session, _, backup = backed_up
    session.close()
    contents = members(backup)
    manifest = json.loads(contents["manifest.json"])
    manifest["schema_version"] = latest_version() + 1
    contents["manifest.json"] = json.dumps(manifest).encode()
    newer = write_zip(tmp_path / "newer.sdbak", contents)
    before = snapshot(vault_dir)
    err = expect_error("db_newer", maintenance.restore_backup, vault_dir, newer, "admin",
                       ADMIN_PASSWORD, clock=clock)
    assert "请升级" in err.message()
    assert snapshot(vault_dir) == before


def test_restore_with_a_wrong_password_changes_nothing(backed_up, vault_dir, clock):
    session, _, backup = backed_up
    session.close()
    before = snapshot(vault_dir)
    parent_before = sorted(p.name for p in vault_dir.parent.iterdir())
    expect_error("bad_credentials", maintenance.restore_backup, vault_dir, backup, "admin",
                 "wrong-password", clock=clock)
    expect_error("bad_recovery_key", maintenance.restore_backup, vault_dir, backup, None,
                 "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", recovery=True, clock=clock)
    assert snapshot(vault_dir) == before
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == parent_before


def test_restore_is_refused_while_the_vault_is_open(backed_up, vault_dir, clock):
    session, _, backup = backed_up
    before = snapshot(vault_dir)
    parent_before = sorted(p.name for p in vault_dir.parent.iterdir())
    err = expect_error("in_use", maintenance.restore_backup, vault_dir, backup, "admin",
                       ADMIN_PASSWORD, clock=clock)
    assert str(os.getpid()) in err.message()
    assert snapshot(vault_dir) == before
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == parent_before
    # the open session carries on unharmed
    accounts.add_user(session, "wang", "王接待", "receptionist", "wang-pass-2026")
    assert maintenance.verify(session).ok


@pytest.mark.parametrize("damage", ["slots-corrupt", "slots-missing", "db-corrupt"])
def test_restore_repairs_a_damaged_vault(backed_up, vault_dir, clock, damage):
    """The messages for a damaged vault say "restore from a backup": that must then work."""
    session, _, backup = backed_up
    session.close()
    if damage == "slots-corrupt":
        (vault_dir / "keyslots.json").write_bytes(b'{"format": "station-desk-keys')
    elif damage == "slots-missing":
        (vault_dir / "keyslots.json").unlink()
    else:
        (vault_dir / "station.db").write_bytes(os.urandom(8 * PAGE))
    with pytest.raises(StationDeskError):
        sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    maintenance.restore_backup(vault_dir, backup, "admin", ADMIN_PASSWORD, clock=clock)
    with sign_in(vault_dir, "zhang", "zhang-pass-2026", clock=clock) as restored:
        assert maintenance.verify(restored).ok


def test_two_restores_in_the_same_second(backed_up, vault_dir, clock):
    session, _, backup = backed_up
    session.close()
    maintenance.restore_backup(vault_dir, backup, "admin", ADMIN_PASSWORD, clock=clock)
    maintenance.restore_backup(vault_dir, backup, "admin", ADMIN_PASSWORD, clock=clock)
    with sign_in(vault_dir, "zhang", "zhang-pass-2026", clock=clock) as restored:
        assert maintenance.verify(restored).ok
        previous = [e.detail for e in restored.audit.query(action="restore", limit=5)]
    assert len(previous) == 1  # the second restore put the same backup back again
    assert "before-restore" in previous[0]
    assert not [p for p in vault_dir.parent.iterdir() if "restore" in p.name]
