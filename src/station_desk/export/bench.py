"""Timing the export and the union's merge (figures for `station-desk bench`, issue 8).

`run` times one export on a signed-in admin session, split into its stages. `merge` times the
union's check-and-merge over many packages. The packages for `merge` are made from one real
export re-labelled and re-signed as N stations with their own keys; they share the PDF bytes
(the union does not read the PDF, it only hashes it, so this changes nothing measured).
`standalone` builds a demo vault of a given size and runs both, for measuring by hand.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from station_desk.domain.session import Session
from station_desk.export import keys
from station_desk.export.build import DEFAULT_K, Content, build
from station_desk.export.package import (
    TABLES,
    assemble,
    default_name,
    package_files,
    tables_document,
    write_package,
)
from station_desk.export.period import parse_period
from station_desk.export.profile import StationInfo
from station_desk.export.tables import to_csv


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def run(session: Session, period: str, out_dir: Path, *, k: int = DEFAULT_K,
        merge_packages: int = 0) -> dict[str, Any]:
    """Export `period` into `out_dir` and report how long each stage took (ms)."""
    from station_desk.export.collect import Collector

    p = parse_period(period)
    t = time.perf_counter()
    data = Collector(session.db, p).collect()
    collect_ms = _ms(t)
    t, cpu = time.perf_counter(), time.process_time()
    content = build(session, p, k)
    build_ms = _ms(t)
    # CPU time of this process (SQLite runs in it too): steadier than wall time on a busy PC
    build_cpu_ms = round((time.process_time() - cpu) * 1000, 1)
    t = time.perf_counter()
    written = write_package(session, content, Path(out_dir) / default_name(content))
    write_ms = _ms(t)
    sessions = next(c.value for c in data.model.cells.values() if c.id == "sessions.total")
    figures: dict[str, Any] = {
        "tables": len(content.tables), "period": p.code, "sessions_in_period": sessions,
        "sessions_in_vault": int(session.db.scalar("SELECT count(*) FROM sessions")),
        "collect_ms": collect_ms, "build_ms": build_ms, "build_cpu_ms": build_cpu_ms,
        "write_ms": write_ms,
        "export_ms": round(build_ms + write_ms, 1),
        "suppressed_primary": content.report.primary,
        "suppressed_secondary": content.report.secondary,
        "package_bytes": written.path.stat().st_size,
    }
    if merge_packages:
        figures["merge"] = merge(Path(out_dir) / "merge", merge_packages, content=content)
    return figures


def synthetic_packages(content: Content, folder: Path, count: int) -> Path:
    """`count` signed packages from `content`, one per made-up station; returns the registry."""
    from station_desk.export.union.registry import Registry, Station

    folder.mkdir(parents=True, exist_ok=True)
    files = package_files(content)
    pdf = files["summary.pdf"]
    registry = Registry(folder / "registry", {})
    for n in range(count):
        private = Ed25519PrivateKey.generate()
        raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        code = f"BENCH-{n:04d}"
        station = StationInfo(f"基准测试服务站 {n:04d}", code, content.station.tier)
        tables = copy.deepcopy(content.tables)
        for row in tables[0]["rows"]:  # station_profile
            if row[0] == "station_name":
                row[-1] = station.name
            elif row[0] == "union_code":
                row[-1] = code
        fake = Content(station, content.period, content.k, tables, content.report,
                       content.model)
        parts = {TABLES: json.dumps(tables_document(fake), ensure_ascii=False,
                                    indent=1).encode("utf-8")}
        for table in tables:
            parts[f"tables/{table['id']}.csv"] = to_csv(table)
        parts["summary.pdf"] = pdf
        data, _ = assemble(fake, parts, created_at="2026-11-02T09:00:00Z", audit_head="",
                           fingerprint=keys.fingerprint(raw), sign=private.sign)
        (folder / "inbox").mkdir(exist_ok=True)
        (folder / "inbox" / f"{code}.zip").write_bytes(data)
        registry.stations[code] = Station(code, station.name,
                                          base64.b64encode(raw).decode("ascii"),
                                          keys.fingerprint(raw), "2026-11-02T09:00:00Z")
    registry.save()  # once: registering 500 keys one by one would time the disk, not us
    return registry.folder


def merge(workdir: Path, packages: int = 500, *, content: Content | None = None,
          session: Session | None = None, period: str = "2026-10") -> dict[str, Any]:
    """Time the union's merge of `packages` packages (check every file, merge, write)."""
    from station_desk.export.union.run import run_merge

    if content is None:
        if session is None:
            raise ValueError("merge needs a session or a built content")
        content = build(session, parse_period(period))
    workdir = Path(workdir)
    t = time.perf_counter()
    registry = synthetic_packages(content, workdir, packages)
    make_ms = _ms(t)
    t = time.perf_counter()
    outcome = run_merge(registry, [workdir / "inbox"], workdir / "out", content.period.code)
    merge_ms = _ms(t)
    return {"packages": packages, "accepted": len(outcome.report.accepted) if outcome.report
            else 0, "rejected": len(outcome.rejected), "merge_ms": merge_ms,
            "prepare_ms": make_ms}


def standalone(sessions: int = 100_000, clients: int | None = None, packages: int = 100,
               root: Path | None = None, period: str | None = None) -> dict[str, Any]:
    """Make a demo vault with `sessions` sessions and time an export and a merge on it."""
    from station_desk.domain.auth import sign_in
    from station_desk.domain.clock import FakeClock
    from station_desk.domain.demo import DEMO_ACCOUNTS, create_demo_vault

    base = Path(root) if root else Path(tempfile.mkdtemp(prefix="export-bench-"))
    now = FakeClock(dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC))
    t = time.perf_counter()
    create_demo_vault(base / "vault", clients=clients or max(120, sessions // 8),
                      sessions=sessions, clock=now)
    made_ms = _ms(t)
    admin = next(a for a in DEMO_ACCOUNTS() if a["role"] == "admin")
    with sign_in(base / "vault", admin["username"], admin["password"], clock=now) as s:
        out = base / "out"
        out.mkdir(exist_ok=True)
        figures = run(s, period or "2026", out, merge_packages=packages)
    figures["vault_build_ms"] = made_ms
    return figures
