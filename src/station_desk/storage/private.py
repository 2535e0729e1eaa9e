"""Every file and folder the app writes is private to the user who runs it.

POSIX: files are created 0600 and folders 0700 at the moment they are made (an `open` mode, a
`mkdir` mode), never loosened first and tightened after, so there is no window in which another
local account could open them. On top of that the entry point sets the process umask to 077
(`restrict_new_files`), which covers files made by libraries on our behalf: SQLite's `-wal`
and `-shm` (SQLite also copies the database file's own mode to them), Qt's settings, reportlab.

Windows: modes do not apply. The installer deliberately makes the data folder
(%ProgramData%\\StationDesk\\station-desk) writable by every local account, because a station PC
is shared by staff who each sign in to the same vault with their own Station Desk account
(installer/station-desk.iss explains why). What protects the files there is not an ACL but
the encryption: the database and backups are SQLCipher-encrypted, the key slots hold nothing
usable without a password or the recovery key, and exports hold only suppressed aggregates.
Files created elsewhere (a backup folder on a USB disk, a PDF) inherit that folder's ACL, as
every Windows program's files do. We set no ACLs: a per-account ACL would lock colleagues out
of their station's vault.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
DIR_MODE = 0o700
UMASK = 0o077
POSIX = os.name == "posix"


def restrict_new_files() -> None:
    """Process-wide: whatever this process creates is readable by its user only."""
    if POSIX:
        os.umask(UMASK)


def make_private_dir(path: Path, *, parents: bool = True) -> None:
    """`mkdir -p` whose new folders (the parents it makes too) are 0700 from the start."""
    path = Path(path)
    if path.is_dir():
        return
    if parents and not path.parent.exists():
        make_private_dir(path.parent, parents=True)
    try:
        path.mkdir(mode=DIR_MODE)
    except FileExistsError:
        if not path.is_dir():
            raise


def tighten_dir(path: Path) -> None:
    """A folder the app made in an earlier version (0755) is made private; best effort,
    since a folder the user chose may belong to someone else or sit on a FAT disk."""
    if not POSIX:
        return
    try:
        mode = os.stat(path).st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)
    except OSError:
        pass


def open_private(path: Path, *, exclusive: bool = False) -> IO[bytes]:
    """Open `path` for writing (truncated), created 0600; an existing file is made 0600
    through its descriptor before a byte is written."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def create_private_file(path: Path) -> None:
    """An empty file, 0600, that must not exist yet (e.g. a database SQLite will fill)."""
    open_private(path, exclusive=True).close()


def copy_private(src: Path, dst: Path) -> None:
    """Copy `src` to `dst` (0600), flushed to disk."""
    with open(src, "rb") as fin, open_private(dst) as fout:
        while block := fin.read(1 << 20):
            fout.write(block)
        fout.flush()
        os.fsync(fout.fileno())
