"""Staging folders: where a backup or a restore builds its copy of a vault before it lands.

A process killed half-way (a crash, a power cut, kill -9) leaves its staging folder behind, and
each one may hold a whole vault: the encrypted database and, for a restore, the key slots of
every account the backup had, including staff removed since. So the names are the app's own
and fixed (`names` below, nothing else is ever taken for one), and a staging folder in use is
locked (`.staging.lock`, an OS file lock the holder keeps until the folder has moved into place
or is gone): a lock nobody holds means its process died, and the folder is a leftover.

Removal is "secure" in the only sense a program can promise: every file is overwritten with
zeros and flushed before it is unlinked, so the bytes do not linger in the file system's free
space on an ordinary disk. Solid-state disks (wear levelling), copy-on-write file systems
(btrfs, APFS, ZFS) and snapshots may keep old blocks regardless; what protects those is the
encryption, and the key slots that could open a left-over copy being gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from station_desk.errors import StationDeskError
from station_desk.storage.lock import VaultLock
from station_desk.storage.private import make_private_dir

STAGING_LOCK = ".staging.lock"
BACKUP_STAGING_PREFIX = ".backup-"
# tempfile.mkdtemp's random part: eight characters from this alphabet.
_RANDOM = r"[a-z0-9_]{8}"
_BACKUP_STAGING = re.compile(re.escape(BACKUP_STAGING_PREFIX) + _RANDOM + r"\Z")
# A backup written straight into the backup folder by versions before staging held it.
_OLD_PARTIAL_BACKUP = re.compile(r"station-backup-\d{8}-\d{6}(-\d+)?\.sdbak\.part\Z")
_BLOCK = 1 << 20


def restore_staging_prefix(vault_root: Path) -> str:
    return f".{vault_root.name}.restore-"


def pre_restore_name(vault_root: Path, stamp: str) -> str:
    """Where a restore moves the vault it replaces (`stamp`: YYYYMMDD-HHMMSS)."""
    return f"{vault_root.name}.before-restore-{stamp}"


def _restore_staging_pattern(vault_root: Path) -> re.Pattern[str]:
    return re.compile(re.escape(restore_staging_prefix(vault_root)) + _RANDOM + r"\Z")


def _pre_restore_pattern(vault_root: Path) -> re.Pattern[str]:
    # "~2", "~3"... when two restores fall in the same second
    return re.compile(re.escape(vault_root.name) + r"\.before-restore-\d{8}-\d{6}(~\d+)?\Z")


@dataclass
class Staging:
    """One staging folder and the lock that says it is in use."""

    path: Path
    lock: VaultLock

    @classmethod
    def create(cls, parent: Path, prefix: str) -> Staging:
        make_private_dir(parent)
        path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))  # 0700, a fresh name
        lock = VaultLock(path, STAGING_LOCK)
        lock.acquire()
        return cls(path, lock)

    def release(self) -> None:
        """Done with it as staging: unlock and drop the lock file (the folder stays, to be
        moved into place; Windows renames no folder with an open file in it)."""
        self.lock.release()
        with contextlib.suppress(OSError):
            self.lock.path.unlink()

    def remove(self, *, secure: bool = True) -> None:
        """Delete the folder, overwriting its files first unless `secure` is False. Unlocked
        first: Windows deletes no file that is open."""
        self.lock.release()
        if not self.path.exists():
            return
        if secure:
            secure_remove(self.path)
        else:
            shutil.rmtree(self.path, ignore_errors=True)


def in_use(folder: Path) -> bool:
    """True while some process holds the folder's staging lock."""
    if not (folder / STAGING_LOCK).exists():
        return False
    probe = VaultLock(folder, STAGING_LOCK)
    try:
        probe.acquire()
    except StationDeskError:  # held, or cannot even be tried: leave the folder alone
        return True
    probe.release()
    return False


def _real_dir(path: Path) -> bool:
    """A folder of ours, not a link to one somewhere else (never follow links to delete)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def restore_leftovers(vault_root: Path) -> list[Path]:
    """Restore staging folders of this vault whose process has died."""
    pattern = _restore_staging_pattern(vault_root)
    return [p for p in _children(vault_root.parent)
            if pattern.match(p.name) and _real_dir(p) and not in_use(p)]


def pre_restore_copies(vault_root: Path) -> list[Path]:
    """Copies of this vault a restore moved aside, oldest first."""
    pattern = _pre_restore_pattern(vault_root)
    return [p for p in _children(vault_root.parent) if pattern.match(p.name) and _real_dir(p)]


def backup_leftovers(folder: Path) -> list[Path]:
    """Backup staging folders whose process has died, and half-written backups of versions
    that wrote them straight into the folder."""
    found = []
    for p in _children(folder):
        if _BACKUP_STAGING.match(p.name) and _real_dir(p) and not in_use(p):
            found.append(p)
        elif _OLD_PARTIAL_BACKUP.match(p.name) and p.is_file() and not p.is_symlink():
            found.append(p)
    return found


def _overwrite(path: Path) -> None:
    """Zeros over the file's whole length, flushed, before it is unlinked."""
    try:
        size = os.lstat(path).st_size
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return  # unreadable or gone: unlinking is all that is left to do
    try:
        zeros = bytes(_BLOCK)
        written = 0
        while written < size:
            written += os.write(fd, zeros[:min(_BLOCK, size - written)])
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def secure_remove(path: Path) -> None:
    """Overwrite and delete a file, or a folder and everything in it. Links are removed,
    never followed."""
    path = Path(path)
    if path.is_symlink() or not path.is_dir():
        if path.is_file() and not path.is_symlink():
            _overwrite(path)
        path.unlink(missing_ok=True)
        return
    for root, dirs, files in os.walk(path, topdown=False, followlinks=False):
        for name in files:
            child = Path(root) / name
            if not child.is_symlink():
                _overwrite(child)
            child.unlink(missing_ok=True)
        for name in dirs:
            child = Path(root) / name
            with contextlib.suppress(FileNotFoundError):
                if child.is_symlink():
                    child.unlink()
                else:
                    child.rmdir()
    with contextlib.suppress(FileNotFoundError):
        path.rmdir()
