"""Everything the app writes is private to the user: files 0600, folders 0700 (POSIX), from the
moment they are made. The tests set a permissive umask (022, a common default) first, so only
the app's own care can make the modes right."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import sign_in
from station_desk.storage import atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def loose_modes(*roots: Path) -> list[str]:
    """Every file not 0600 and every folder not 0700 under `roots` (roots included)."""
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            wanted = 0o700 if path.is_dir() else 0o600
            if mode != wanted:
                found.append(f"{path.relative_to(root.parent)} {mode:o}")
    return found


def test_vault_slots_lock_wal_and_backups_are_private(created, vault_dir, tmp_path, clock):
    session = created[0]
    accounts.add_user(session, "zhang", "张咨询师", "counsellor", "zhang-pass-2026")  # .bak
    assert (vault_dir / "keyslots.json.bak").exists()
    assert (vault_dir / "station.db-wal").exists() and (vault_dir / "vault.lock").exists()
    backup = maintenance.make_backup(session)
    assert loose_modes(vault_dir, backup.parent) == []
    elsewhere = maintenance.make_backup(session, tmp_path / "usb" / "backups")
    assert loose_modes(tmp_path / "usb") == []
    session.close()
    maintenance.restore_backup(vault_dir, elsewhere, "admin", ADMIN_PASSWORD, clock=clock)
    assert loose_modes(vault_dir) == []


def test_a_backup_folder_made_0755_by_an_older_version_is_made_private(created, vault_dir):
    session = created[0]
    folder = vault_dir.with_name(vault_dir.name + "-backups")
    folder.mkdir(mode=0o755)
    maintenance.make_backup(session)
    assert loose_modes(folder) == []


def test_atomic_writes_are_private_while_in_flight(tmp_path, monkeypatch):
    seen: dict[str, int] = {}
    real_replace = os.replace

    def watching_replace(src, dst):
        seen[Path(src).name] = stat.S_IMODE(os.stat(src).st_mode)
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching_replace)
    target = tmp_path / "report.pdf"
    atomic.atomic_write(target, b"first")
    atomic.atomic_write(target, b"second", keep_previous=tmp_path / "report.pdf.bak")
    assert seen == {"report.pdf.tmp": 0o600, "report.pdf.bak.tmp": 0o600}
    assert loose_modes(tmp_path) == []


def test_a_file_left_with_loose_modes_is_made_private_before_it_is_rewritten(tmp_path):
    target = tmp_path / "keyslots.json"
    leftover = tmp_path / "keyslots.json.tmp"
    leftover.write_bytes(b"from a crash")
    leftover.chmod(0o644)
    atomic.atomic_write(target, b"{}")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_command_line_writes_private_files(tmp_path):
    vault = tmp_path / "cli" / "vault"
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "station_desk", *args],
                              input=ADMIN_PASSWORD + "\n", capture_output=True, text=True,
                              env=env, timeout=120, preexec_fn=lambda: os.umask(0o022))

    made = run("init", "--vault", str(vault), "--user", "admin", "--station-name", "站",
               "--union-code", "U-1", "--password-stdin")
    assert made.returncode == 0, made.stderr
    backed = run("backup", "--vault", str(vault), "--user", "admin", "--password-stdin")
    assert backed.returncode == 0, backed.stderr
    assert loose_modes(tmp_path / "cli") == []
    with sign_in(vault, "admin", ADMIN_PASSWORD):
        pass
