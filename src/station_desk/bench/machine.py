"""The machine and the software versions a benchmark ran on."""

from __future__ import annotations

import os
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import sqlcipher3

from station_desk import __version__


def _read(path: str) -> str:
    try:
        return Path(path).read_text("utf-8", errors="replace")
    except OSError:
        return ""


def _cpu_model() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        if line.lower().startswith(("model name", "hardware", "processor\t: arm")):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _ram_mb() -> int | None:
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) // 1024
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):
        return None


def _os_name() -> str:
    for line in _read("/etc/os-release").splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.split("=", 1)[1].strip().strip('"')
    return platform.platform()


def load_average() -> list[float] | None:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def machine() -> dict[str, Any]:
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": affinity,
        "cpu_model": _cpu_model(),
        "ram_mb": _ram_mb(),
        "os": _os_name(),
        "kernel": platform.release(),
        "platform": platform.platform(),
        "arch": platform.machine(),
    }


def _dist(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def versions() -> dict[str, Any]:
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        conn.close()
    return {
        "station_desk": __version__,
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "sqlite": sqlcipher3.sqlite_version,
        "sqlcipher": cipher[0] if cipher else None,
        "cipher_provider": (f"{provider[0]} {provider_version[0]}"
                            if provider and provider_version else None),
        "sqlcipher3": _dist("sqlcipher3", "sqlcipher3-binary", "sqlcipher3-wheels"),
        "pyside6": _dist("PySide6-Essentials", "PySide6"),
        "reportlab": _dist("reportlab"),
        "argon2_cffi": _dist("argon2-cffi"),
        "cryptography": _dist("cryptography"),
        "executable": sys.executable,
    }
