"""`station-desk bench`: build, measure in child processes, assemble one result, clean up."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station_desk.bench import machine, report, startup
from station_desk.bench.ops import export_month
from station_desk.bench.suggestions import SUGGESTED_INDEXES
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.database import CACHE_KIB

FORMAT = 1
DEFAULT_CLIENTS = 100_000
DEFAULT_SESSIONS = 1_000_000
DEFAULT_RUNS = 5
RATIO_TARGET = 1.3
TARGETS_MS = {"start_to_unlock_screen": 1500, "union_merge": 10_000}
DEFAULT_MERGE_PACKAGES = 500
PEAK_RSS_TARGET_MB = 400

register_messages({
    "bench_failed": N_("errors", "The benchmark could not finish ({step}): {detail}"),
    "bench_keep_not_empty": N_("errors", "The --keep folder is not empty: {path}"),
    "bench_again_missing": N_("errors", "{path} holds no vault kept by --keep (no build.json)."),
})

Progress = Callable[[str], None]


def _stderr(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# The app pass runs in the UI layer's child (it shows the unlock screen): a process started
# by name, not an import, so the bench stays below the UI.
APP_PASS = "station_desk.ui.bench_screen"


def _child(module: str, config: dict[str, Any], *, step: str, env: dict[str, str] | None = None,
           show_stderr: bool = False) -> dict[str, Any]:
    """Run `python -m module` with `config` as JSON on stdin; its stdout is JSON."""
    proc = subprocess.run([sys.executable, "-m", module], input=json.dumps(config),
                          stdout=subprocess.PIPE, stderr=None if show_stderr else subprocess.PIPE,
                          text=True, env=env)
    if proc.returncode != 0:
        tail = (proc.stderr or "").strip().splitlines()[-3:] if not show_stderr else []
        raise StationDeskError("bench_failed", step=step,
                               detail=" | ".join(tail) or f"exit {proc.returncode}")
    return json.loads(proc.stdout)


def run(*, clients: int = DEFAULT_CLIENTS, sessions: int = DEFAULT_SESSIONS,
        runs: int = DEFAULT_RUNS, keep: Path | None = None, seed: int = 2026,
        merge_packages: int = DEFAULT_MERGE_PACKAGES,
        suggested_indexes: bool = False, again: Path | None = None,
        progress: Progress = _stderr) -> dict[str, Any]:
    """Build a synthetic vault and measure it. `again`: measure the vault an earlier run kept
    there (`keep`) instead of building one (it is left there; its records have grown by the
    sessions earlier runs saved)."""
    if clients < 10 or sessions < clients:
        raise StationDeskError("bad_input", detail="--clients ≥ 10, --sessions ≥ --clients")
    if runs < 1:
        raise StationDeskError("bad_input", detail="--runs ≥ 1")
    started = dt.datetime.now(dt.UTC)
    clock = time.perf_counter()
    load_start = machine.load_average()
    built: dict[str, Any] | None = None
    if again is not None:
        workdir = Path(again).resolve()
        try:
            built = json.loads((workdir / "build.json").read_text("utf-8"))
        except (OSError, ValueError):
            raise StationDeskError("bench_again_missing", path=str(workdir)) from None
        keep = workdir
        clients, sessions = int(built["counts"]["clients"]), int(built["counts"]["sessions"])
    elif keep is not None:
        workdir = Path(keep).resolve()
        if workdir.exists() and any(workdir.iterdir()):
            raise StationDeskError("bench_keep_not_empty", path=str(workdir))
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="station-desk-bench-"))
    env = startup.child_env(workdir)
    result: dict[str, Any] = {}
    try:
        if built is not None:
            progress(f"measuring again the vault kept in {workdir} …")
            build = built
        else:
            progress(f"building the synthetic vault in {workdir} …")
            build = _child("station_desk.tools.bench_data",
                           {"root": str(workdir / "vault"), "clients": clients,
                            "sessions": sessions, "seed": seed},
                           step="build", env=env, show_stderr=True)
        if keep is not None and built is None:  # for looking into the kept folder later
            (workdir / "build.json").write_text(json.dumps(build, ensure_ascii=False, indent=1),
                                                "utf-8")
        progress(f"starting the app {runs}× to its unlock screen …")
        try:
            start = startup.measure_start(Path(build["root"]), workdir, runs)
        except RuntimeError as exc:
            start = {"error": str(exc)}
        progress("unlock, first use after unlock and peak memory …")
        app = _child(APP_PASS,
                     {"mode": "app", "runs": runs, "workdir": str(workdir / "app"),
                      "build": build, "merge_packages": merge_packages},
                     step="app pass", env=env)
        progress("the screens: typing, opening a file, signing, sign-in's stall …")
        try:
            # The screens are driven by a ui module (ui/screen_bench.py), run as a process.
            gui = _child("station_desk.ui.screen_bench", {"runs": runs, "build": build},
                         step="screens", env=env)
        except StationDeskError as exc:
            gui = {"error": exc.message("en")}
        progress(f"each operation {runs}× on the vault and on the plain copy …")
        pairs = _child("station_desk.bench.measure",
                       {"mode": "pairs", "runs": runs, "workdir": str(workdir / "pairs"),
                        "build": build}, step="encrypted / plain", env=env)
        result = assemble(build=build, start=start, app=app, pairs=pairs, gui=gui)
        if suggested_indexes:
            progress("again, with the suggested indexes on both copies …")
            again = _child("station_desk.bench.measure",
                           {"mode": "pairs", "runs": runs, "workdir": str(workdir / "indexed"),
                            "build": build,
                            "extra_sql": [i["sql"] for i in SUGGESTED_INDEXES]},
                           step="suggested indexes", env=env)
            result["with_suggested_indexes"] = {
                "indexes": SUGGESTED_INDEXES,
                "create_seconds": again.pop("_setup_seconds", None),
                "warm_up": again.pop("_warm_up", None),
                "figures": {key: {k: entry[k] for k in ("encrypted", "plain", "ratio", "via")}
                            for key, entry in again.items()},
            }
    finally:
        if keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    result.update({
        "format": FORMAT,
        "started_at": started.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "wall_seconds": round(time.perf_counter() - clock, 1),
        "config": {"clients": clients, "sessions": sessions, "runs": runs, "seed": seed,
                   "keep": str(keep) if keep else None, "suggested_indexes": suggested_indexes,
                   "again": built is not None},
        "machine": machine.machine(),
        "versions": machine.versions(),
        "load_average": {"start": load_start, "end": machine.load_average()},
        "workdir": str(workdir),
        "kept": keep is not None,
        "removed": not workdir.exists(),
    })
    return _ordered(result)


def assemble(*, build: dict[str, Any], start: dict[str, Any], app: dict[str, Any],
             pairs: dict[str, Any], gui: dict[str, Any] | None = None) -> dict[str, Any]:
    targets = build["targets"]
    figures: dict[str, Any] = {}
    start_entry = {"title": "App start to unlock screen / 启动到解锁界面", **start,
                   "target_ms": TARGETS_MS["start_to_unlock_screen"]}
    if "median_ms" in start:
        start_entry["meets_target"] = start["median_ms"] <= start_entry["target_ms"]
    figures["start_to_unlock_screen"] = start_entry
    figures["key_derivation"] = {"title": "Key derivation (Argon2id, calibrated) / 密钥派生",
                                 **app["key_derivation"]}
    figures["unlock"] = {"title": "Unlock (sign-in) / 解锁登录", **app["unlock"],
                         "without_kdf_ms": app["unlock_without_kdf_ms"],
                         "note": "sign-in with the password: key derivation, opening and "
                                 "checking the database, the audit entry"}
    first_use = app["first_use_after_unlock"]
    pairs = dict(pairs)
    warmed = pairs.pop("_warm_up", None)
    for key, entry in pairs.items():
        entry = dict(entry)
        if key in first_use:
            entry["first_use_after_unlock_ms"] = first_use[key]["ms"]
        if key == "open_file":
            entry["file_sessions"] = targets["file"]["sessions"]
        if key == "monthly_export":
            entry["month"] = export_month(dt.date.fromisoformat(build["today"]))
            # protected jointly with the year's earlier packages, released in the build
            entry["earlier_releases"] = build.get("releases", {})
            if app.get("export_stages"):
                entry["stages_after_first_use"] = app["export_stages"]
        if key == "case_pdf":
            entry["file_sessions"] = targets["case_pdf"]["sessions"]
        if entry.get("target_ms") is not None:
            entry["meets_target"] = entry["encrypted"]["cold"]["median_ms"] <= entry["target_ms"]
        entry["ratio_ok"] = {temp: (r is not None and r <= RATIO_TARGET)
                             for temp, r in entry["ratio"].items()}
        figures[key] = entry
    if warmed:
        figures["warm_up"] = {
            "title": "Warm-up after unlock / 解锁后预读", **warmed,
            "note": "reading the pages the first searches and the file list need, on the "
                    "operations worker after unlock (domain/records/warm_up.py); each "
                    "figure's after_warm_up is its first use on a new connection once this "
                    "has run"}
    merge = app.get("union_merge")
    if merge:
        entry = {"title": "Union merge / 市总合并", **merge,
                 "target_ms": TARGETS_MS["union_merge"]}
        if "merge_ms" in merge:
            entry["meets_target"] = merge["merge_ms"] <= entry["target_ms"]
        figures["union_merge"] = entry
    if gui is not None and "error" in gui:
        figures["gui"] = {"title": "Screens / 界面", "error": gui["error"]}
    elif gui:
        for key, entry in gui.items():  # ui/screen_bench.py: event to painted result
            figures[key] = {"title": report.GUI_TITLES.get(key, key), **entry}
    figures["peak_rss"] = {"title": "Peak memory (RSS) / 内存峰值", "mb": app["peak_rss_mb"],
                           "target_mb": PEAK_RSS_TARGET_MB,
                           "meets_target": app["peak_rss_mb"] <= PEAK_RSS_TARGET_MB,
                           "qt": app["qt"], "by_step": app["memory_by_step"]}
    vault = {k: build[k] for k in ("counts", "sizes_bytes", "build_seconds", "kdf", "today",
                                   "cipher_settings", "targets")}
    vault["page_cache_mib"] = CACHE_KIB // 1024
    out = {"vault": vault, "figures": figures, "ratio_target": RATIO_TARGET,
           "ratios": {k: v["ratio"] for k, v in figures.items() if "ratio" in v}}
    out["misses"] = report.misses(out)
    return out


_ORDER = ("format", "started_at", "wall_seconds", "config", "machine", "versions",
          "load_average", "vault", "figures", "ratio_target", "ratios", "misses",
          "with_suggested_indexes", "workdir", "kept", "removed")


def _ordered(result: dict[str, Any]) -> dict[str, Any]:
    return {k: result[k] for k in _ORDER if k in result} | {
        k: v for k, v in result.items() if k not in _ORDER}
