"""Cold start: a new Python process, from nothing to the unlock screen painted.

Each run starts `python -c SCRIPT` with the offscreen Qt platform. The script starts the app
the way `station-desk` does (`app_main.run_gui`) and stops the event loop as soon as the first
window is exposed and painted once (`QWidget.grab()` forces the paint). The parent times the
whole thing, interpreter start included, from launch until the child reports the window; the
child reports its own split (imports, QApplication, window).

When `app_main` cannot be imported the script builds the pieces itself (QApplication and
`ui.signin.SignInWindow`) and says so ("via": "ui.signin").

"Cold" means a new process: the operating system's file cache is warm after the first run, as
it is on a PC that has run the app before; a first start after boot reads more from disk.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SCRIPT = r"""
import json, sys, time
t0 = time.perf_counter()
marks = {}
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
marks["import_qt"] = time.perf_counter()
try:
    from station_desk import app_main
    via = "app_main.run_gui"
except ImportError as exc:
    app_main, via = None, "ui.signin (app_main: %s)" % exc
marks["import_app"] = time.perf_counter()
if app_main is not None:
    app = app_main.make_application(["station-desk"])
else:
    app = QApplication(["station-desk"])
marks["qapplication"] = time.perf_counter()
deadline = time.perf_counter() + 20.0

def check():
    for w in QApplication.topLevelWidgets():
        handle = w.windowHandle()
        if w.isVisible() and handle is not None and (handle.isExposed()
                                                     or time.perf_counter() > deadline):
            marks["exposed"] = time.perf_counter()
            w.grab()
            marks["painted"] = time.perf_counter()
            out = {k: round((v - t0) * 1000, 2) for k, v in marks.items()}
            out["window"] = type(w).__name__
            out["via"] = via
            print("SHOWN " + json.dumps(out), flush=True)
            app.exit(0)
            return
    QTimer.singleShot(1, check)

QTimer.singleShot(0, check)
if app_main is not None:
    app_main.run_gui(vault=sys.argv[1], lang="zh")
else:
    from station_desk.ui.signin import SignInWindow
    window = SignInWindow(sys.argv[1])
    window.show()
    app.exec()
"""


def child_env(workdir: Path) -> dict[str, str]:
    """Offscreen Qt, and settings kept inside the benchmark's folder."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop(("STATION_DESK_FAST_KDF"), None)
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        folder = workdir / "xdg" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(folder)
    runtime = workdir / "xdg" / "runtime"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def start_once(vault: Path, workdir: Path, timeout: float = 60.0) -> dict[str, Any]:
    env = child_env(workdir)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(vault)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    shown: dict[str, Any] | None = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("SHOWN "):
            wall = (time.perf_counter() - start) * 1000
            shown = json.loads(line[6:])
            shown["wall_ms"] = round(wall, 2)
            break
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _out, err = proc.communicate()
    if shown is None:
        tail = (err or "").strip().splitlines()[-5:]
        raise RuntimeError("the app did not reach its first window: " + " | ".join(tail))
    return shown


def measure_start(vault: Path, workdir: Path, runs: int) -> dict[str, Any]:
    samples = [start_once(vault, workdir) for _ in range(runs)]
    walls = [s["wall_ms"] for s in samples]
    split = {key: round(statistics.median(s[key] for s in samples), 2)
             for key in ("import_qt", "import_app", "qapplication", "exposed", "painted")}
    split["interpreter_start"] = round(statistics.median(
        s["wall_ms"] - s["painted"] for s in samples), 2)
    return {"median_ms": round(statistics.median(walls), 2), "runs_ms": walls,
            "via": samples[-1]["via"], "window": samples[-1]["window"], "split_ms": split}
