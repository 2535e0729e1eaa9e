"""No client's name or phone number in clear anywhere the app writes: not in the database, its
WAL or shared-memory file (those are encrypted page by page), not in the key-slot files, the
lock, a backup's members, settings folders or temporary files.

A positive control proves the search would find them: the same rows exported to a plaintext
database do contain every needle."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from station_desk.domain import maintenance
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import iso
from station_desk.storage.database import open_database

EMERGENCY = re.compile(r"(\S+)\s+(\S+)\s+([\d-]{7,})")


def needles_of(session) -> tuple[set[bytes], set[bytes]]:
    """UTF-8 bytes of every client's name and phone, and of the name and phone in the
    emergency contact: (all of them, plus phones without dashes; only those stored verbatim)."""
    rows = session.db.all("SELECT name, phone, emergency_contact FROM clients ORDER BY id")
    verbatim: set[str] = set()
    digits: set[str] = set()
    for name, phone, emergency in rows:
        verbatim.add(name)
        for number in (phone, *(m.group(3) for m in EMERGENCY.finditer(emergency))):
            if number:
                verbatim.add(number)
                digits.add(re.sub(r"\D", "", number))
        verbatim.update(m.group(2) for m in EMERGENCY.finditer(emergency))
    assert len(rows) >= 20
    as_bytes = {n.encode("utf-8") for n in verbatim if len(n) >= 2}
    return as_bytes | {d.encode("ascii") for d in digits}, as_bytes


def blobs_under(root: Path, exclude: Path | None = None) -> dict[str, bytes]:
    """Every file under `root` as raw bytes, and every member of every zip file."""
    out: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or (exclude is not None and exclude in path.parents):
            continue
        data = path.read_bytes()
        out[str(path)] = data
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    out[f"{path}!{name}"] = zf.read(name)
    return out


def leaks(blobs: dict[str, bytes], needles: set[bytes]) -> list[tuple[str, str]]:
    return [(where, needle.decode("utf-8")) for where, data in blobs.items()
            for needle in needles if needle in data]


def plaintext_control(vault: Path, db_key: bytes, into: Path, needles: set[bytes]) -> None:
    """Export the vault to an unencrypted copy: every needle must be found there, or the
    search above proves nothing."""
    plain = into / "plain.db"
    db = open_database(vault / "station.db", db_key)
    try:
        db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        db.execute("SELECT sqlcipher_export('plain')")
        db.execute("DETACH DATABASE plain")
    finally:
        db.close()
    data = plain.read_bytes()
    missing = [n.decode() for n in needles if n not in data]
    assert not missing, f"control failed: {missing[:5]}"


def _scan_open_and_closed(vault: Path, user: str, password: str, tmp_path: Path,
                          control_dir: Path) -> int:
    """Sign in, touch every client row (so their pages sit in the WAL), scan while open, then
    close and scan everything the test's folder holds."""
    with sign_in(vault, user, password) as session:
        needles, verbatim = needles_of(session)
        assert len(verbatim) >= 40
        with session.db.transaction():  # rows of both compartments into their WAL files
            session.db.execute("UPDATE clients SET updated_at = ?",
                               (iso(dt.datetime.now(dt.UTC)),))
            session.db.execute("UPDATE client_clinical SET last_seen_at = ?",
                               (iso(dt.datetime.now(dt.UTC)),))
        session.db.all("SELECT * FROM clients ORDER BY name")  # a sort: no temp file either
        assert (vault / "station.db-wal").stat().st_size > 0
        live = {str(p): p.read_bytes() for p in vault.iterdir() if p.is_file()}
        assert any(k.endswith("-wal") for k in live) and any(k.endswith("-shm") for k in live)
        assert leaks(live, needles) == []
        db_key = session.vault.payload.db_key
    everything = blobs_under(tmp_path, exclude=control_dir)
    assert leaks(everything, needles) == []
    plaintext_control(vault, db_key, control_dir, verbatim)
    return len(everything)


@pytest.fixture
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary files, ours and SQLite's, go where the scan can see them."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


FAMILY = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"


def test_self_filled_vault_leaks_nothing(created, vault_dir, tmp_path, clock, private_tmpdir):
    """A vault filled here by inserting rows into `clients` (independent of the demo data)."""
    session = created[0]
    now = iso(clock())
    with session.db.transaction():
        for i in range(60):
            name = FAMILY[i % len(FAMILY)] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 3) % 11]
            session.db.execute(
                "INSERT INTO clients (file_no, name, phone, emergency_contact, employer,"
                " opened_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (f"2026-{i:04d}", name, f"139{i:04d}{(i * 37) % 10000:04d}",
                 f"配偶 {FAMILY[(i + 5) % len(FAMILY)]}{GIVEN[i % len(GIVEN)]} "
                 f"138-{i:04d}-{(i * 91) % 10000:04d}", "测试用单位", now[:10], now, now))
    backups = tmp_path / "backups"
    maintenance.make_backup(session, backups)
    session.close()
    with sign_in(vault_dir, "admin", "admin-pass-2026", clock=clock) as again:
        assert maintenance.verify(again).ok
        maintenance.make_backup(again, backups)
    control = tmp_path / "control"
    control.mkdir()
    scanned = _scan_open_and_closed(vault_dir, "admin", "admin-pass-2026", tmp_path, control)
    assert scanned >= 6  # db, slots, .bak, lock, 2 backups + their members
    assert list(private_tmpdir.iterdir()) == []


def _cli(*argv: str | Path, stdin: str = "", env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-m", "station_desk", *map(str, argv)], input=stdin,
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_demo_vault_leaks_nothing(tmp_path, private_tmpdir):
    vault = tmp_path / "demo"
    env = dict(os.environ, STATION_DESK_FAST_KDF="1", TMPDIR=str(private_tmpdir))
    demo = json.loads(_cli("demo", "--vault", vault, "--json", env=env))
    assert demo["counts"]["clients"] > 0
    admin = next(a for a in demo["accounts"] if a["role"] == "admin")
    creds = ["--vault", vault, "--user", admin["username"], "--password-stdin"]
    secret = admin["password"] + "\n"
    assert "完整性检查通过" in _cli("verify", *creds, stdin=secret, env=env)
    backups = tmp_path / "backups"
    assert "备份已写入" in _cli("backup", "--to", backups, *creds, stdin=secret, env=env)
    _cli("users", "list", *creds, stdin=secret, env=env)
    assert "完整性检查通过" in _cli("verify", *creds, stdin=secret, env=env)
    control = tmp_path / "control"
    control.mkdir()
    _scan_open_and_closed(vault, admin["username"], admin["password"], tmp_path, control)
    assert list(private_tmpdir.iterdir()) == []
    assert len(list(backups.glob("*.sdbak"))) == 1
