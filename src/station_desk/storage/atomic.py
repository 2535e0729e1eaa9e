"""Atomic file replacement: write a sibling, flush it to disk, then rename over the target.

The sibling (and the kept previous version) are created 0600, so the file that lands is private
to the user from its first byte (storage/private.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from station_desk.storage.private import copy_private, open_private


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, keep_previous: Path | None = None) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file, never half.

    With `keep_previous`, the old content is first copied there, so even a file that was
    written whole but is wrong (say, a bad slot) can be rolled back by hand.
    """
    tmp = path.with_name(path.name + ".tmp")
    prev_tmp = None if keep_previous is None else keep_previous.with_name(
        keep_previous.name + ".tmp")
    try:
        with open_private(tmp) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_previous is not None and prev_tmp is not None and path.exists():
            copy_private(path, prev_tmp)
            os.replace(prev_tmp, keep_previous)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        for leftover in (tmp, prev_tmp):
            if leftover is not None and leftover.exists():
                leftover.unlink()
