"""Timing the export and the union's merge (figures for `station-desk bench`, issues 8, 17).

`release_before` releases what a station has sent by the time it exports a month: every
earlier month of the year and every quarter already over, in that order, so the month is
protected jointly with a year of earlier packages (issue 17's benchmark). `run` times one
export on a signed-in admin session, split into its stages; it does not mark the period as
released (`write_package(record=False)`), so the same new export can be timed again. `merge`
times the union's check-and-merge over many packages, made from one real export re-labelled
and re-signed as N stations with their own keys; they share the PDF bytes (the union does not
read the PDF, it only hashes it, so this changes nothing measured). `standalone` builds a demo
vault of a given size and runs both, for measuring by hand.
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
from station_desk.domain.stats.period import parse_period
from station_desk.errors import StationDeskError
from station_desk.export import keys
from station_desk.export.build import Content, build
from station_desk.export.package import (
    TABLES,
    assemble,
    default_name,
    package_files,
    tables_document,
    write_package,
)
from station_desk.export.profile import StationInfo
from station_desk.export.tables import to_csv


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 1)


def earlier_periods(month: str) -> list[str]:
    """What a station exporting `month` has sent before in its year: the months before it,
    each quarter after its third month."""
    p = parse_period(month)
    out = []
    for m in range(1, p.first.month):
        out.append(f"{p.year:04d}-{m:02d}")
        if m % 3 == 0:
            out.append(f"{p.year:04d}-Q{m // 3}")
    return out


def release_before(session: Session, month: str, out_dir: Path) -> dict[str, Any]:
    """Release (and record) the periods `earlier_periods(month)`; already released ones are
    left as they are. Returns what was released and how long it took."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    done, times = [], {}
    from station_desk.export.releases import Releases

    store = Releases(session.db)
    refused = []
    for period in earlier_periods(month):
        if store.release(period) is not None:
            continue
        t = time.perf_counter()
        try:
            content = build(session, parse_period(period))
        except StationDeskError as exc:
            # A month whose figures would uncover ones withheld earlier is refused, and a
            # station sends it within its quarter instead, as the refusal says; which month
            # that is depends on the generated data, so on the day the vault was built.
            if exc.code != "export_unprotectable" or "Q" in period:
                raise
            refused.append(period)
            continue
        written = write_package(session, content, out_dir / default_name(content))
        written.path.unlink()
        times[period] = _ms(t)
        done.append(period)
    return {"released": done, "refused": refused, "ms": times,
            "year_releases": len(store.of_year(parse_period(month).year))}


def run(session: Session, period: str, out_dir: Path, *, k: int | None = None,
        merge_packages: int = 0) -> dict[str, Any]:
    """Export `period` into `out_dir` (not recorded as released) and report how long each
    stage took (ms)."""
    from station_desk.export.collect import Collector
    from station_desk.export.releases import Releases

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
    written = write_package(session, content, Path(out_dir) / default_name(content),
                            record=False)
    write_ms = _ms(t)
    sessions = next(c.value for c in data.model.cells.values() if c.id == "sessions.total")
    figures: dict[str, Any] = {
        "tables": len(content.tables), "period": p.code, "sessions_in_period": sessions,
        "sessions_in_vault": int(session.db.scalar("SELECT count(*) FROM sessions")),
        "earlier_releases": len(Releases(session.db).of_year(p.year)),
        "collect_ms": collect_ms, "build_ms": build_ms, "build_cpu_ms": build_cpu_ms,
        "protect_checks": content.report.checks,
        "write_ms": write_ms,
        "export_ms": round(build_ms + write_ms, 1),
        "suppressed_primary": content.report.primary,
        "suppressed_secondary": content.report.secondary,
        "suppressed_zeros": content.report.zeros,
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
    from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault

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
        month = period or "2026-10"
        t = time.perf_counter()
        earlier = release_before(s, month, base / "released") if len(month) == 7 else {}
        earlier["total_ms"] = _ms(t)
        figures = run(s, month, out, merge_packages=packages)
        figures["release_before"] = earlier
    figures["vault_build_ms"] = made_ms
    return figures
