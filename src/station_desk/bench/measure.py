"""The measuring child processes (`python -m station_desk.bench.measure`, JSON in and out).

Mode "pairs": every operation on the vault and on its plain copy, alternately, `runs` times.
Each timing starts on a newly opened connection ("cold": SQLite's page cache is empty, so every
page the operation touches is read and, on the vault, decrypted and authenticated), and the
operation is then repeated on the same connection ("warm": what the app meets once it has been
in use, the page cache holding what was read). The side that goes first alternates by run.

Mode "app": one process that does what the app does, in the app's order, on the vault only:
Qt loaded with the unlock screen up, unlock (sign-in with the calibrated Argon2id), then each
operation once on the signed-in connection. Its peak resident memory is the figure reported,
with the high-water mark after each step. Key derivation is timed on its own here as well.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station_desk.bench.ops import Op, Side, build_ops, export_stages, fall_back, union_merge
from station_desk.domain.auth import sign_in
from station_desk.domain.records.warm_up import BUDGET_MS, WarmUp
from station_desk.domain.session import Session
from station_desk.domain.users import USER_COLUMNS, User
from station_desk.storage import keyslots, migrations
from station_desk.storage.database import Database, open_database
from station_desk.storage.vault import OpenVault, VaultPaths

# The operations a counsellor meets first after unlock, measured a third time on a new
# connection once the app's warm-up has read its pages (domain/records/warm_up.py): the
# first use after unlock when the user lets the warm-up finish first.
AFTER_WARM_UP = ("client_list", "name_search", "fts_search", "open_file")

# An operation whose run takes longer than this is measured HEAVY_RUNS times at most.
HEAVY_MS = 5000.0
HEAVY_RUNS = 3


class _NoLock:
    """The vault lock is held by the signed-in session; extra connections need none."""

    def release(self) -> None:
        pass


def _user(db: Database, username: str) -> User:
    return User.from_row(db.one(f"SELECT {USER_COLUMNS} FROM users WHERE username = ?",
                                (username,)))


def open_side(name: str, path: Path, vault: OpenVault, build: dict[str, Any],
              workdir: Path) -> Side:
    db = open_database(path, vault.payload.db_key, plain=name == "plain")
    db.attach_clinical(VaultPaths(path.parent).clinical, vault.payload.clinical_key or b"",
                       plain=name == "plain")
    view = OpenVault(VaultPaths(path.parent), db, vault.payload, vault.slots,
                     _NoLock())  # type: ignore[arg-type]
    # As after unlock: the sign-in's commit has brought the planner statistics up to date
    # (storage/database.py), so no measured operation pays for that check on its first commit.
    db.refresh_statistics()
    counsellor = Session(view, _user(db, build["bench_user"]))
    admin = Session(view, _user(db, build["admin_user"]))
    return Side(name, db, counsellor, admin, workdir, build["targets"],
                dt.date.fromisoformat(build["today"]),
                password=build["users"][build["bench_user"]]["password"])


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def _timed_cpu(fn: Callable[[], Any]) -> tuple[tuple[float, float], Any]:
    """(wall ms, CPU ms of this process), result. The pairs run in a process of their own
    with one thread, so its CPU time is the operation's, without the time it waited for the
    other work of a shared machine (nor for the disk: a commit's fsync is in wall time only)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000), result


def _pair_summary(values: list[tuple[float, float]]) -> dict[str, Any]:
    cpu = [c for _w, c in values]
    return {**_summary([w for w, _c in values]), "cpu_median_ms": _median(cpu),
            "cpu_runs_ms": [round(c, 3) for c in cpu]}


def _median(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def _summary(values: list[float]) -> dict[str, Any]:
    return {"median_ms": _median(values), "runs_ms": [round(v, 3) for v in values]}


def apply_sql(paths: dict[str, Path], key: bytes, clinical_key: bytes,
              statements: list[str]) -> dict[str, float]:
    """Run `statements` (the suggested indexes) on both copies; seconds each copy took."""
    took = {}
    for name, path in paths.items():
        db = open_database(path, key, plain=name == "plain")
        try:
            db.attach_clinical(VaultPaths(path.parent).clinical, clinical_key,
                               plain=name == "plain")
            start = time.perf_counter()
            for sql in statements:
                with db.transaction():
                    db.execute(sql)
            took[name] = round(time.perf_counter() - start, 3)
        finally:
            db.close()
    return took


def bring_plain_up_to_date(station: Path) -> list[int]:
    """A copy kept by an earlier run (`bench --again`) has the schema of the code that built
    it. Signing in brings the vault up to date; this does the same to the plain copy, so the
    two are measured on one schema. Returns the station versions applied."""
    applied = []
    for path, compartment in ((station, migrations.STATION),
                              (VaultPaths(station.parent).clinical, migrations.CLINICAL)):
        db = open_database(path, b"", plain=True)
        try:
            done = migrations.migrate(db, compartment=compartment)
        finally:
            db.close()
        applied += done if compartment == migrations.STATION else []
    return applied


def run_pairs(build: dict[str, Any], runs: int, workdir: Path,
              extra_sql: list[str] | None = None) -> dict[str, Any]:
    root = Path(build["root"])
    user = build["users"][build["bench_user"]]
    session = sign_in(root, build["bench_user"], user["password"])
    paths = {"encrypted": Path(build["vault_db"]), "plain": Path(build["plain_db"])}
    bring_plain_up_to_date(paths["plain"])
    setup = apply_sql(paths, session.vault.payload.db_key,
                      session.vault.payload.clinical_key or b"", extra_sql) if extra_sql else None
    ops = build_ops()
    samples: dict[str, dict[str, dict[str, list[tuple[float, float]]]]] = {
        op.key: {side: {"cold": [], "warm": [], "after_warm_up": []} for side in paths}
        for op in ops}
    warm_ups: dict[str, list[WarmUp]] = {side: [] for side in paths}
    items: dict[str, int] = {}
    try:
        prime(ops, paths["plain"], session, build, workdir)
        for run in range(runs):
            order = ("encrypted", "plain") if run % 2 == 0 else ("plain", "encrypted")
            for index, op in enumerate(ops):
                done = len(samples[op.key]["encrypted"]["cold"])
                if done >= HEAVY_RUNS and max(w for w, _c in samples[op.key]["encrypted"]["cold"]
                                              ) > HEAVY_MS:
                    continue  # a long operation: its median of HEAVY_RUNS is enough
                for name in order:
                    side = open_side(name, paths[name], session.vault, build, workdir)
                    try:
                        try:
                            cold, count = _timed_cpu(lambda op=op, side=side: op.fn(side))
                        except Exception as exc:
                            if op.via != "domain" or any(samples[op.key][s]["cold"]
                                                         for s in paths):
                                raise
                            op = ops[index] = fall_back(op, exc)
                            cold, count = _timed_cpu(lambda op=op, side=side: op.fn(side))
                        warm, _ = _timed_cpu(lambda op=op, side=side: op.fn(side))
                    finally:
                        side.db.close()
                    samples[op.key][name]["cold"].append(cold)
                    samples[op.key][name]["warm"].append(warm)
                    items[op.key] = count
                    if op.key in AFTER_WARM_UP:
                        side = open_side(name, paths[name], session.vault, build, workdir)
                        try:
                            warming = WarmUp(side.counsellor)
                            warming.run()
                            warm_ups[name].append(warming)
                            after, _ = _timed_cpu(lambda op=op, side=side: op.fn(side))
                        finally:
                            side.db.close()
                        samples[op.key][name]["after_warm_up"].append(after)
    finally:
        session.close()
    out = {}
    for op in ops:
        entry: dict[str, Any] = {"title": op.title, "via": op.via, "source": op.source,
                                 "target_ms": op.target_ms, "items": items.get(op.key)}
        if op.fallback_reason:
            entry["fallback_reason"] = op.fallback_reason
        if op.note:
            entry["note"] = op.note
        for name in paths:
            entry[name] = {temp: _pair_summary(samples[op.key][name][temp])
                           for temp in ("cold", "warm")}
        entry["ratio"] = {temp: _ratio(entry["encrypted"][temp]["median_ms"],
                                       entry["plain"][temp]["median_ms"])
                          for temp in ("cold", "warm")}
        entry["ratio_cpu"] = {temp: _ratio(entry["encrypted"][temp]["cpu_median_ms"],
                                           entry["plain"][temp]["cpu_median_ms"])
                              for temp in ("cold", "warm")}
        if samples[op.key]["encrypted"]["after_warm_up"]:
            after = {name: _pair_summary(samples[op.key][name]["after_warm_up"])
                     for name in paths}
            entry["after_warm_up"] = {
                **after,
                "ratio": _ratio(after["encrypted"]["median_ms"], after["plain"]["median_ms"]),
                "ratio_cpu": _ratio(after["encrypted"]["cpu_median_ms"],
                                    after["plain"]["cpu_median_ms"])}
        out[op.key] = entry
    if setup is not None:
        out["_setup_seconds"] = setup
    if warm_ups["encrypted"]:
        out["_warm_up"] = {name: warm_up_summary(done) for name, done in warm_ups.items()}
    return out


def warm_up_summary(done: list[WarmUp]) -> dict[str, Any]:
    """The warm-ups' own time (each to its end, untimed by the operation after it)."""
    last = done[-1].as_json()
    return {**_summary([w.ms for w in done]), "budget_ms": BUDGET_MS, "rows": last["rows"],
            "ended": sorted({str(w.as_json()["ended"]) for w in done})}


def prime(ops: list[Op], plain: Path, session: Session, build: dict[str, Any],
          workdir: Path) -> None:
    """Each operation once, untimed, on the plain copy: what a process does once whatever
    the database (modules imported on first use, the PDF font's glyph table, schemas
    compiled) is then paid by neither side's first run. Before this the first run of the
    export carried it, on whichever side went first: 0.5–0.9 s of its run-to-run spread."""
    side = open_side("plain", plain, session.vault, build, workdir)
    try:
        for op in ops:
            try:
                op.fn(side)
            except Exception:  # noqa: BLE001 - the timed runs meet it and fall back to SQL
                continue
    finally:
        side.db.close()


def _ratio(encrypted: float | None, plain: float | None) -> float | None:
    if encrypted is None or not plain:
        return None
    return round(encrypted / plain, 3)


# ------------------------------------------------------------------------------------ app pass


def _memory() -> dict[str, float]:
    """Resident and peak resident memory in MiB (Linux: /proc; elsewhere getrusage)."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = {}
        for line in status.read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = round(int(rest.split()[0]) / 1024, 1)
        if len(fields) == 2:
            return {"rss_mb": fields["VmRSS"], "peak_mb": fields["VmHWM"]}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024
    return {"rss_mb": round(peak_mb, 1), "peak_mb": round(peak_mb, 1)}


# What shows the app's unlock screen for the app pass, so its memory counts too: given by the
# layer that owns the screens (`ui.bench_screen`, which runs this pass as its child process);
# the bench itself never imports the UI.
Screen = Callable[[Path], tuple[Any, Any, str]]


def _no_screen(vault: Path) -> tuple[Any, Any, str]:
    return None, None, "not shown (headless pass)"


def run_app(build: dict[str, Any], runs: int, workdir: Path,
            merge_packages: int = 0, screen: Screen = _no_screen) -> dict[str, Any]:
    root = Path(build["root"])
    user = build["users"][build["bench_user"]]
    steps: dict[str, dict[str, Any]] = {"start": _memory()}
    app, window, qt = screen(root)
    steps["unlock_screen"] = _memory()

    # Key derivation alone, with the account's real slot parameters, and unlock (which does
    # it again inside), interleaved so both meet the same machine; the process's first
    # derivation is timed like the app's first unlock, page faults of its 64 MiB included.
    slots = keyslots.KeySlotFile.load(VaultPaths(root).slots)
    slot = slots.slots[keyslots.user_slot(build["bench_user"])]
    params = keyslots.KdfParams.from_json(slot["kdf"])
    salt = base64.b64decode(slot["salt"])
    kdf: list[float] = []
    unlock: list[float] = []
    session: Session | None = None
    for index in range(runs):
        kdf.append(_timed(lambda: keyslots.derive_key(user["password"].encode(), salt,
                                                      params))[0])
        ms, session = _timed(lambda: sign_in(root, build["bench_user"], user["password"]))
        unlock.append(ms)
        if index < runs - 1:
            session.close()
    assert session is not None
    steps["unlock"] = _memory()
    if window is not None:
        window.hide()

    ops = build_ops()
    first_use: dict[str, Any] = {}
    side = Side("encrypted", session.db, session, Session(session.vault,
                _user(session.db, build["admin_user"])), workdir, build["targets"],
                dt.date.fromisoformat(build["today"]),
                password=build["users"][build["bench_user"]]["password"])
    try:
        for index, op in enumerate(ops):
            try:
                ms, _ = _timed(lambda op=op: op.fn(side))
            except Exception as exc:  # noqa: BLE001 - measured through SQL instead
                if op.via != "domain":
                    raise
                op = ops[index] = fall_back(op, exc)
                ms, _ = _timed(lambda op=op: op.fn(side))
            first_use[op.key] = {"ms": round(ms, 3), "via": op.via}
            steps[op.key] = _memory()
        try:
            stages = export_stages(side)
        except Exception as exc:  # noqa: BLE001 - an extra; the export figure stands without
            stages = {"error": f"{type(exc).__name__}: {exc}"}
        merge = union_merge(side, merge_packages) if merge_packages else None
    finally:
        session.close()
    del app
    return {
        "qt": qt,
        "key_derivation": {**_summary(kdf), "params": params.to_json()},
        "unlock": _summary(unlock),
        "unlock_without_kdf_ms": round(statistics.median(u - k for u, k in
                                                         zip(unlock, kdf, strict=True)), 3),
        "first_use_after_unlock": first_use,
        "export_stages": stages,
        "union_merge": merge,
        "memory_by_step": steps,
        "peak_rss_mb": max(s["peak_mb"] for s in steps.values()),
    }


def main(screen: Screen = _no_screen) -> int:
    config = json.loads(sys.stdin.read())
    workdir = Path(config["workdir"])
    workdir.mkdir(parents=True, exist_ok=True)
    if config["mode"] == "app":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        result = run_app(config["build"], int(config["runs"]), workdir,
                         int(config.get("merge_packages", 0)), screen)
    else:
        result = run_pairs(config["build"], int(config["runs"]), workdir,
                           config.get("extra_sql"))
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
