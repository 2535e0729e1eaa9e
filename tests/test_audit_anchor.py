"""The audit head anchored outside the database (audit-head.json): committed work that vanished
with a damaged or cut WAL, or an older database put back, is refused at sign-in and by `verify`
with one clear line, never passed as a smaller intact vault. A database ahead of its anchor (a
crash between commit and anchor write) opens, and the anchor catches up."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from helpers import expect_error
from station_desk.cli.main import main as cli_main
from station_desk.domain import maintenance
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.storage import anchor as anchor_module
from station_desk.storage.database import key_pragma

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
WAL_HEADER = 32
FRAME = 24 + 4096
ROLLED_BACK = ("db_behind_anchor", "db_not_anchored_state")
VAULT_FILES = ("station.db", "station.db-wal", "clinical.db", "clinical.db-wal", "keyslots.json",
               "audit-head.json")


def copy_vault(src: Path, dst: Path) -> Path:
    """The files as they are on disk at this moment (what a power cut would leave)."""
    dst.mkdir()
    for name in VAULT_FILES:
        if (src / name).exists():
            shutil.copyfile(src / name, dst / name)
    return dst


def hold_reader(root: Path, key: bytes) -> sqlcipher3.Connection:
    """A reader that keeps its snapshot, so checkpoints cannot move later commits out of the
    WAL: the state a busy station's WAL is in when something goes wrong."""
    conn = sqlcipher3.connect(str(root / "station.db"), isolation_level=None)
    conn.execute(key_pragma(key))
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM audit").fetchone()
    return conn


def work(session: Session, count: int) -> None:
    for i in range(count):
        with session.db.transaction():
            session.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                               (f"work{i}", "x" * 200))
            session.log("settings.edit", f"work:{i}")


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def frames(wal: Path) -> int:
    return (wal.stat().st_size - WAL_HEADER) // FRAME


def damage_header(wal: Path) -> None:
    flip(wal, 16)  # salt-1: the header checksum fails, SQLite ignores the whole WAL


def damage_middle(wal: Path) -> None:
    flip(wal, WAL_HEADER + (frames(wal) // 2) * FRAME + 24 + 100)


def damage_last_frame(wal: Path) -> None:
    flip(wal, WAL_HEADER + (frames(wal) - 1) * FRAME + 24 + 2000)


def truncate_half(wal: Path) -> None:
    data = wal.read_bytes()
    wal.write_bytes(data[:len(data) // 2])


WAL_DAMAGE: dict[str, Callable[[Path], None]] = {
    "header": damage_header, "middle": damage_middle, "last-frame": damage_last_frame,
    "truncated": truncate_half,
}


@pytest.fixture
def crashed_with_wal(created, vault_dir, tmp_path) -> tuple[Path, str]:
    """A copy of the vault taken with 30 commits still only in the WAL."""
    session, recovery = created
    reader = hold_reader(vault_dir, session.vault.payload.db_key)
    try:
        work(session, 30)
        copy = copy_vault(vault_dir, tmp_path / "crashed")
    finally:
        reader.close()
    assert frames(copy / "station.db-wal") >= 30
    return copy, recovery


def cli_verify(root: Path, monkeypatch, capsys, lang: str = "zh") -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = cli_main(["--lang", lang, "verify", "--vault", str(root), "--user", "admin",
                     "--password-stdin"])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.err


def test_the_undamaged_copy_opens_with_all_its_work(crashed_with_wal, clock):
    """The control: the same copy, left alone, has all 30 commits and opens."""
    copy, _ = crashed_with_wal
    with sign_in(copy, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert session.db.scalar("SELECT count(*) FROM settings WHERE key LIKE 'work%'") == 30
        assert maintenance.verify(session).ok


@pytest.mark.parametrize("damage", sorted(WAL_DAMAGE))
def test_wal_damage_that_loses_commits_is_refused(crashed_with_wal, clock, damage,
                                                  monkeypatch, capsys):
    copy, recovery = crashed_with_wal
    WAL_DAMAGE[damage](copy / "station.db-wal")
    err = expect_error("db_behind_anchor", sign_in, copy, "admin", ADMIN_PASSWORD, clock=clock)
    assert "最近的备份恢复" in err.message("zh")
    assert "Restore the latest backup" in err.message("en")
    with pytest.raises(StationDeskError) as info:
        sign_in_recovery(copy, recovery, clock=clock)
    assert info.value.code in ROLLED_BACK
    # and it stays refused: the refused attempts wrote nothing that hides the loss
    code, err_text = cli_verify(copy, monkeypatch, capsys)
    assert code == 1
    assert err_text.count("\n") == 1 and "数据库比它最后记录的状态旧" in err_text
    code, err_text = cli_verify(copy, monkeypatch, capsys, "en")
    assert code == 1 and "older than its last recorded state" in err_text


def test_an_older_database_put_back_is_refused(created, vault_dir, tmp_path, clock,
                                               monkeypatch, capsys):
    session, _ = created
    work(session, 5)
    session.vault.db.checkpoint("TRUNCATE")
    old = copy_vault(vault_dir, tmp_path / "old")
    work(session, 10)
    session.close()
    for name in ("station.db", "station.db-wal", "station.db-shm"):
        (vault_dir / name).unlink(missing_ok=True)
        if (old / name).exists():
            shutil.copyfile(old / name, vault_dir / name)
    expect_error("db_behind_anchor", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    code, err_text = cli_verify(vault_dir, monkeypatch, capsys)
    assert code == 1 and err_text.count("\n") == 1 and "最近的备份" in err_text


def test_a_copy_from_another_history_is_refused(created, vault_dir, tmp_path, clock):
    """A copy that went its own way: its trail is longer, but not the anchored one."""
    session, _ = created
    work(session, 3)
    session.vault.db.checkpoint("TRUNCATE")
    fork = copy_vault(vault_dir, tmp_path / "fork")
    work(session, 2)
    session.close()
    with sign_in(fork, "admin", ADMIN_PASSWORD, clock=clock) as other:
        work(other, 10)
    shutil.copyfile(vault_dir / "audit-head.json", fork / "audit-head.json")
    expect_error("db_not_anchored_state", sign_in, fork, "admin", ADMIN_PASSWORD, clock=clock)


def test_the_latest_backup_restores_a_refused_vault(created, vault_dir, tmp_path, clock):
    session, _ = created
    backup = maintenance.make_backup(session, tmp_path / "backups")
    reader = hold_reader(vault_dir, session.vault.payload.db_key)
    try:
        work(session, 10)
        copy_vault(vault_dir, tmp_path / "crashed")
    finally:
        reader.close()
    session.close()
    shutil.rmtree(vault_dir)
    shutil.copytree(tmp_path / "crashed", vault_dir)
    damage_header(vault_dir / "station.db-wal")
    expect_error("db_behind_anchor", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)
    maintenance.restore_backup(vault_dir, backup, "admin", ADMIN_PASSWORD, clock=clock)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as restored:
        assert maintenance.verify(restored).ok


# -- the anchor itself ---------------------------------------------------------------------------

def anchored(root: Path) -> dict:
    return json.loads((root / "audit-head.json").read_text("utf-8"))


def test_each_commit_with_audit_entries_moves_the_anchor(created, vault_dir):
    session, _ = created
    doc = anchored(vault_dir)
    assert doc["format"] == "station-desk-audit-head" and doc["version"] == 1
    assert doc["vault_id"] == session.vault.slots.vault_id
    before = doc["compartments"]["main"]["seq"]
    entry = session.log("settings.edit", "one")
    head = anchored(vault_dir)["compartments"]["main"]
    assert head["seq"] == entry > before
    assert head["hash"] == session.db.scalar("SELECT mac FROM audit WHERE id = ?", (entry,))


def test_a_crash_between_commit_and_anchor_write_does_not_lock_anyone_out(
        created, vault_dir, clock, monkeypatch):
    session, _ = created
    lagging = anchored(vault_dir)
    with monkeypatch.context() as mp:
        def lost(*args, **kwargs):
            raise OSError(5, "the process died before the anchor was written")

        mp.setattr(anchor_module.AuditAnchor, "record", lost)
        work(session, 3)  # committed; the anchor never heard of it
    assert anchored(vault_dir) == lagging
    session.vault.close()  # no sign-out entry: as after a kill
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as again:
        assert again.db.scalar("SELECT count(*) FROM settings WHERE key LIKE 'work%'") == 3
        # caught up with the sign-in entry's commit
        assert anchored(vault_dir)["compartments"]["main"]["seq"] == again.audit.last_link().seq


def test_a_deleted_anchor_is_refused_once_the_vault_had_one(created, vault_dir, clock):
    session, _ = created
    session.log("settings.edit", "x")  # the flag in meta rides along with a later commit
    session.close()
    (vault_dir / "audit-head.json").unlink()
    expect_error("anchor_missing", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)


@pytest.mark.parametrize("change", ["seq", "vault_id", "garbage"])
def test_an_altered_anchor_is_refused(created, vault_dir, clock, change):
    created[0].close()
    path = vault_dir / "audit-head.json"
    doc = anchored(vault_dir)
    if change == "seq":
        doc["compartments"]["main"]["seq"] -= 1  # an attacker hiding a rollback by one entry
        path.write_text(json.dumps(doc), "utf-8")
    elif change == "vault_id":
        doc["vault_id"] = "0" * 32
        path.write_text(json.dumps(doc), "utf-8")
    else:
        path.write_bytes(b"\x00garbage")
    expect_error("anchor_damaged", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)


def test_a_vault_from_before_the_anchor_gets_one_at_sign_in(created, vault_dir, clock):
    session, _ = created
    key = session.vault.payload.db_key
    session.close()
    (vault_dir / "audit-head.json").unlink()
    conn = sqlcipher3.connect(str(vault_dir / "station.db"), isolation_level=None)
    conn.execute(key_pragma(key))
    conn.execute("DELETE FROM meta WHERE key = 'audit_anchored'")
    conn.close()
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as again:
        assert anchored(vault_dir)["compartments"]["main"]["seq"] == again.audit.last_link().seq
        again.log("settings.edit", "z")  # and with it, the flag that the vault has an anchor
    (vault_dir / "audit-head.json").unlink()
    expect_error("anchor_missing", sign_in, vault_dir, "admin", ADMIN_PASSWORD, clock=clock)


def test_other_compartments_are_kept_when_one_is_anchored(created, vault_dir):
    session, _ = created
    anchor = session.vault.anchor
    anchor.record("clinical", anchor_module.Head(7, "ab" * 32))
    session.log("settings.edit", "y")
    doc = anchored(vault_dir)
    assert doc["compartments"]["clinical"] == {"seq": 7, "hash": "ab" * 32}
    assert doc["compartments"]["main"]["seq"] == session.audit.last_link().seq
    assert anchor.load()["clinical"] == anchor_module.Head(7, "ab" * 32)
