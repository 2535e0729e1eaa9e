"""What a killed restore or backup leaves, and the next start putting it right: staging folders
(full vault copies) securely deleted, a vault moved aside put back when the restore died between
its two moves, and the copy moved aside kept exactly until the restored vault has opened.

The processes are really killed (SIGKILL from inside, at the named step, so no clean-up code
runs), as a power cut would."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import sign_in
from station_desk.domain.session import Session
from station_desk.storage import staging

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
WANG_PASSWORD = "wang-pass-2026"

# Runs one restore or backup and kills itself at the step named by argv[1].
DIES = textwrap.dedent("""\
    import os, signal, sys
    os.environ["STATION_DESK_FAST_KDF"] = "1"
    from pathlib import Path
    from station_desk.domain import maintenance
    from station_desk.domain.auth import sign_in

    where, vault, backup, password = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    real_sign_in, real_replace = maintenance.sign_in, os.replace
    sign_ins = []

    def dying_sign_in(root, *args, **kwargs):
        sign_ins.append(root)
        # 1st: the check of the unpacked copy; 2nd: the restored vault, now in place
        if (where == "checking" and len(sign_ins) == 1) or \\
                (where == "opening" and len(sign_ins) == 2):
            die()
        return real_sign_in(root, *args, **kwargs)

    def dying_replace(src, dst):
        if where == "between-moves" and Path(dst) == vault.resolve():
            die()  # the vault is aside, the restored copy not yet in its place
        if where == "backup" and str(dst).endswith(".sdbak"):
            die()  # the backup's copy and its zip are written, not yet moved out
        return real_replace(src, dst)

    maintenance.sign_in = dying_sign_in
    os.replace = dying_replace
    if where == "backup":
        session = sign_in(vault, "admin", password)
        maintenance.make_backup(session, Path(backup))
    else:
        maintenance.restore_backup(vault, Path(backup), "admin", password)
    print("not killed", flush=True)
""")


def run_and_die(tmp_path: Path, where: str, vault: Path, backup: Path) -> None:
    script = tmp_path / "dies.py"
    script.write_text(DIES, encoding="utf-8")
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    done = subprocess.run([sys.executable, str(script), where, str(vault), str(backup),
                           ADMIN_PASSWORD], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == -signal.SIGKILL, (done.stdout, done.stderr)


@pytest.fixture
def restorable(created: tuple[Session, str], tmp_path: Path, clock) -> Path:
    """A backup without 'wang'; the vault (closed) has him, so which one is there shows."""
    session, _ = created
    backup = maintenance.make_backup(session, tmp_path / "backups")
    accounts.add_user(session, "wang", "王接待", "receptionist", WANG_PASSWORD)
    session.close()
    return backup


def beside(vault_dir: Path, marker: str) -> list[Path]:
    return sorted(p for p in vault_dir.parent.iterdir() if marker in p.name)


def spy_on(path: Path, tmp_path: Path) -> Path:
    """A second hard link to `path`: after the first name is unlinked, its bytes show whether
    the file was overwritten before it went."""
    spies = tmp_path / "spies"  # not beside the vault, where names are looked at
    spies.mkdir(exist_ok=True)
    spy = spies / f"{path.parent.name.strip('.')}-{path.name}"
    os.link(path, spy)
    return spy


def overwritten(spy: Path) -> bool:
    data = spy.read_bytes()
    return len(data) > 0 and data.count(0) == len(data)


def test_restore_killed_while_checking_the_backup(restorable, vault_dir, tmp_path, clock):
    """Killed with the whole backup unpacked beside the vault (its key slots included): the
    vault is untouched, and the next start securely deletes the copy."""
    run_and_die(tmp_path, "checking", vault_dir, restorable)
    [left] = beside(vault_dir, ".restore-")
    assert left.name.startswith(".vault.restore-") and (left / "station.db").exists()
    assert (left / "keyslots.json").exists() and not beside(vault_dir, "before-restore")
    spies = [spy_on(left / name, tmp_path) for name in ("keyslots.json", "station.db")]
    with sign_in(vault_dir, "wang", WANG_PASSWORD, clock=clock):  # the vault as it was
        pass
    assert not beside(vault_dir, ".restore-")
    assert all(overwritten(spy) for spy in spies)


def test_restore_killed_between_its_two_moves_puts_the_vault_back(restorable, vault_dir,
                                                                  tmp_path, clock):
    run_and_die(tmp_path, "between-moves", vault_dir, restorable)
    assert not vault_dir.exists()  # the one state that would show the first-run wizard
    [aside] = beside(vault_dir, "before-restore")
    [left] = beside(vault_dir, ".restore-")
    spy = spy_on(left / "keyslots.json", tmp_path)
    with sign_in(vault_dir, "wang", WANG_PASSWORD, clock=clock) as session:
        # the restore did not happen: the vault is the one from before, and says so
        assert not session.audit.query(action="restore", limit=1)
        assert maintenance.verify(session).ok
    assert not beside(vault_dir, "before-restore") and not beside(vault_dir, ".restore-")
    assert overwritten(spy) and not aside.exists()


def test_restore_killed_before_the_restored_vault_opened_keeps_the_copy_until_it_does(
        restorable, vault_dir, tmp_path, clock):
    run_and_die(tmp_path, "opening", vault_dir, restorable)
    [aside] = beside(vault_dir, "before-restore")
    assert not beside(vault_dir, ".restore-")
    # recoverable: the vault as it was is all there, wang's slot in it still opens it
    with sign_in(aside, "wang", WANG_PASSWORD, clock=clock) as old:
        assert old.db.scalar("SELECT count(*) FROM users WHERE username = 'wang'") == 1
    spy = spy_on(aside / "keyslots.json", tmp_path)
    # the restored vault is in place; its first sign-in records the restore and deletes
    # the copy
    expect_error("bad_credentials", sign_in, vault_dir, "wang", WANG_PASSWORD, clock=clock)
    assert aside.exists()  # a failed sign-in is not the vault opening
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as session:
        [entry] = session.audit.query(action="restore", limit=5)
        assert entry.target == restorable.name and aside.name in entry.detail
        assert maintenance.verify(session).ok
    assert not aside.exists() and overwritten(spy)
    assert not (vault_dir / "restore-pending.json").exists()
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert len(session.audit.query(action="restore", limit=5)) == 1  # recorded once


def test_backup_killed_half_way_is_deleted_at_the_next_start(created, vault_dir, tmp_path,
                                                             clock):
    session, _ = created
    folder = tmp_path / "usb-backups"
    with session.db.transaction():
        session.db.execute("INSERT INTO settings (key, value) VALUES ('backup_dir', ?)",
                           (str(folder),))
    session.close()
    run_and_die(tmp_path, "backup", vault_dir, folder)
    [left] = [p for p in folder.iterdir() if p.name.startswith(".backup-")]
    assert (left / "station.db").exists()
    [part] = list(left.glob("*.sdbak.part"))  # the half-made backup is inside the staging
    assert not list(folder.glob("*.sdbak"))
    # what an earlier version left: the half-written file straight in the folder
    old_part = folder / "station-backup-20260101-120000.sdbak.part"
    old_part.write_bytes(part.read_bytes())
    spies = [spy_on(left / "station.db", tmp_path), spy_on(old_part, tmp_path)]
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as session:
        assert maintenance.verify(session).ok
    assert list(folder.iterdir()) == []
    assert all(overwritten(spy) for spy in spies)


def test_only_the_apps_own_dead_staging_is_touched(created, vault_dir, tmp_path, clock):
    """Look-alikes, other vaults' copies, links and a staging folder in use all stay."""
    session, _ = created
    backups = vault_dir.with_name("vault-backups")
    backups.mkdir()
    keep = [
        vault_dir.with_name(".vault.restore-short"),             # not mkdtemp's eight
        vault_dir.with_name(".other.restore-abcdefgh"),          # another vault's
        vault_dir.with_name("other.before-restore-20260101-120000"),
        vault_dir.with_name("vault.before-restore-notatime"),
        backups / ".backup-abc",
        backups / "station-backup-20260101-120000.sdbak",        # a finished backup
    ]
    for path in keep:
        if path.suffix == ".sdbak":
            path.write_bytes(b"zip")
        else:
            path.mkdir()
            (path / "station.db").write_bytes(b"keep me")
    target = tmp_path / "precious"
    target.mkdir()
    (target / "station.db").write_bytes(b"keep me")
    link = vault_dir.with_name(".vault.restore-abcdefgh")
    link.symlink_to(target, target_is_directory=True)
    live = staging.Staging.create(vault_dir.parent, ".vault.restore-")  # another process's
    (live.path / "station.db").write_bytes(b"being unpacked")
    session.close()
    try:
        with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock):
            pass
        for path in keep:
            assert path.exists(), path
        assert (target / "station.db").read_bytes() == b"keep me" and link.is_symlink()
        assert (live.path / "station.db").read_bytes() == b"being unpacked"
    finally:
        live.remove()


def test_copies_kept_by_earlier_versions_go_at_the_first_sign_in(created, vault_dir, clock):
    """Earlier versions kept every `*.before-restore-*` copy for ever."""
    session, _ = created
    session.close()
    old = [vault_dir.with_name("vault.before-restore-20250101-120000"),
           vault_dir.with_name("vault.before-restore-20250101-120000~2")]
    for copy in old:
        shutil.copytree(vault_dir, copy)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock):
        pass
    assert not any(copy.exists() for copy in old)


def test_secure_remove_overwrites_before_unlinking_and_never_follows_links(tmp_path):
    folder = tmp_path / "folder"
    (folder / "sub").mkdir(parents=True)
    secret = folder / "sub" / "keyslots.json"
    secret.write_bytes(b"x" * 3_000_000)  # more than one block
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"not ours")
    (folder / "link").symlink_to(outside)
    spy = spy_on(secret, tmp_path)
    staging.secure_remove(folder)
    assert not folder.exists()
    assert overwritten(spy) and spy.stat().st_size == 3_000_000
    assert outside.read_bytes() == b"not ours"
