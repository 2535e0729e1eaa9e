"""One app instance per vault, via an OS file lock on `vault.lock`.

The OS drops the lock when the holder dies, so a lock file left by a killed process is stale
by definition: whoever next gets the lock simply rewrites it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from station_desk.errors import StationDeskError
from station_desk.storage.private import FILE_MODE

if os.name == "nt":  # pragma: no cover - exercised on the Windows build
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fh: IO[bytes]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fh: IO[bytes]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class VaultLock:
    def __init__(self, directory: Path, name: str = "vault.lock") -> None:
        self.path = directory / name
        self._fh: IO[bytes] | None = None
        self.cleared_stale = False

    def acquire(self) -> None:
        try:
            # 0600 from creation; "a+b" semantics (read, write, keep the content) on the fd.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0),
                         FILE_MODE)
            fh = os.fdopen(fd, "r+b")
        except OSError as exc:
            raise StationDeskError.from_os_error(exc, str(self.path.parent)) from exc
        if not _try_lock(fh):
            fh.seek(0)
            holder = fh.read().decode("ascii", "replace").strip() or "?"
            fh.close()
            raise StationDeskError("in_use", pid=holder)
        fh.seek(0)
        self.cleared_stale = bool(fh.read().strip())
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()).encode("ascii"))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.flush()
            _unlock(self._fh)
        self._fh.close()
        self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None
