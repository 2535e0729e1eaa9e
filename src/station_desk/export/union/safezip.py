"""Reading a package zip without trusting it: nothing is extracted to disk, ever.

Members are read into memory only after their names and declared sizes pass, and are read
through a counter, because a zip header can lie about the size (a zip bomb does exactly
that). Limits are far above any real package (a station's is ~100 KB).
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from station_desk.errors import StationDeskError

CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    archive_bytes: int = 20 * 1024 * 1024
    members: int = 100
    member_bytes: int = 16 * 1024 * 1024
    total_bytes: int = 40 * 1024 * 1024
    ratio: int = 100  # uncompressed / compressed, for members big enough to matter
    ratio_floor: int = 256 * 1024


DEFAULT_LIMITS = Limits()


def unsafe_name(name: str) -> bool:
    """A name that could land outside a folder if someone did extract it."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return True
    if len(name) > 1 and name[1] == ":":  # C:evil
        return True
    parts = PurePosixPath(name).parts
    return any(p in ("..", ".") for p in name.split("/")) or not parts


def read_zip(path: Path, allowed: Callable[[str], bool], limits: Limits = DEFAULT_LIMITS
             ) -> dict[str, bytes]:
    """Members by name, or StationDeskError with the reason the package is refused."""
    try:
        size = path.stat().st_size
        if size > limits.archive_bytes:
            raise StationDeskError("pkg_too_large", size=size, limit=limits.archive_bytes)
        data = path.read_bytes()
    except OSError as exc:
        raise StationDeskError("pkg_unreadable", detail=exc.strerror or type(exc).__name__
                               ) from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError) as exc:
        raise StationDeskError("pkg_not_zip", detail=str(exc)[:120]) from None
    if len(infos) > limits.members:
        raise StationDeskError("pkg_bomb", name=f"{len(infos)} members")
    seen: set[str] = set()
    declared = 0
    for info in infos:
        name = info.filename
        if unsafe_name(name) or stat.S_ISLNK(info.external_attr >> 16):
            raise StationDeskError("pkg_unsafe_name", name=name[:120])
        if name in seen:
            raise StationDeskError("pkg_unexpected_member", name=name[:120])
        seen.add(name)
        if not allowed(name):
            raise StationDeskError("pkg_unexpected_member", name=name[:120])
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                              zipfile.ZIP_DEFLATED):
            raise StationDeskError("pkg_unexpected_member", name=name[:120])
        declared += info.file_size
        if info.file_size > limits.member_bytes or declared > limits.total_bytes:
            raise StationDeskError("pkg_bomb", name=name[:120])
        if info.file_size > limits.ratio_floor and \
                info.file_size > limits.ratio * max(1, info.compress_size):
            raise StationDeskError("pkg_bomb", name=name[:120])
    members: dict[str, bytes] = {}
    total = 0
    for info in infos:
        buf = bytearray()
        try:
            with archive.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    buf += chunk
                    total += len(chunk)
                    if len(buf) > min(info.file_size, limits.member_bytes) or \
                            total > limits.total_bytes:
                        raise StationDeskError("pkg_bomb", name=info.filename[:120])
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError,
                RuntimeError) as exc:
            raise StationDeskError("pkg_not_zip", detail=f"{info.filename}: {str(exc)[:100]}"
                                   ) from None
        members[info.filename] = bytes(buf)
    return members
