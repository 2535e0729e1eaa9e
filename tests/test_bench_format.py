"""The benchmark's result format, without running it: a result written before the warm-up
figures still reads and renders, and the new figures (the warm-up, each first search after
it, CPU times) are assembled from the measuring children's answers and shown."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from station_desk.bench import report, runner
from station_desk.bench.measure import AFTER_WARM_UP

STORED = Path(__file__).resolve().parents[1] / "docs" / "benchmarks"


def _stored() -> dict[str, Any]:
    return json.loads((STORED / "2026-12-02-quiet-again5.json").read_text("utf-8"))


def _children(old: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """What the build and the measuring children answered for `old` (the inverse of
    `runner.assemble`, enough to assemble it again)."""
    figures = old["figures"]
    build = {k: v for k, v in old["vault"].items() if k != "page_cache_mib"}
    ops = [k for k, f in figures.items() if "ratio" in f]
    pairs: dict[str, Any] = {}
    for key in ops:
        entry = {k: v for k, v in figures[key].items()
                 if k not in ("first_use_after_unlock_ms", "meets_target", "ratio_ok",
                              "file_sessions", "month", "earlier_releases",
                              "stages_after_first_use")}
        pairs[key] = entry
    app = {"key_derivation": figures["key_derivation"], "unlock": figures["unlock"],
           "unlock_without_kdf_ms": figures["unlock"]["without_kdf_ms"],
           "first_use_after_unlock": {k: {"ms": figures[k]["first_use_after_unlock_ms"]}
                                      for k in ops},
           "peak_rss_mb": figures["peak_rss"]["mb"], "qt": figures["peak_rss"]["qt"],
           "memory_by_step": figures["peak_rss"]["by_step"]}
    gui = {k: {kk: vv for kk, vv in f.items() if kk != "title"}
           for k, f in figures.items() if k.startswith("gui_")}
    return build, figures["start_to_unlock_screen"], app, pairs, gui


def test_a_result_from_before_the_warm_up_still_reads() -> None:
    old = _stored()
    assert "warm_up" not in old["figures"]
    text = report.table(old)
    assert "name search" in text.lower() and "after the warm-up" not in text
    assert {m["figure"] for m in report.misses(old)} == {m["figure"] for m in old["misses"]}


def test_the_warm_up_figures_are_assembled_and_shown() -> None:
    build, start, app, pairs, gui = _children(_stored())
    pairs = copy.deepcopy(pairs)
    for key in AFTER_WARM_UP:
        side = {"median_ms": 1.0, "runs_ms": [1.0], "cpu_median_ms": 0.9, "cpu_runs_ms": [0.9]}
        pairs[key]["after_warm_up"] = {"encrypted": side, "plain": side, "ratio": 1.0,
                                       "ratio_cpu": 1.0}
        pairs[key]["ratio_cpu"] = {"cold": 1.5, "warm": 1.0}
    warmed = {"median_ms": 100.0, "runs_ms": [100.0], "budget_ms": 400.0,
              "rows": {"clients": 100_000}, "ended": ["done"]}
    pairs["_warm_up"] = {"encrypted": warmed, "plain": {**warmed, "median_ms": 30.0}}
    result = runner.assemble(build=build, start=start, app=app, pairs=pairs, gui=gui)

    figures = result["figures"]
    assert figures["warm_up"]["encrypted"]["rows"] == {"clients": 100_000}
    assert "ratio" not in figures["warm_up"]  # not an operation with a vault/plain pair
    assert set(result["ratios"]) == {k for k in pairs if not k.startswith("_")}
    for key in AFTER_WARM_UP:
        assert figures[key]["after_warm_up"]["ratio"] == 1.0
    result.update({"config": {"clients": 1, "runs": 1}, "machine": _stored()["machine"],
                   "versions": _stored()["versions"],
                   "load_average": {"start": [0, 0, 0], "end": [0, 0, 0]},
                   "kept": True, "workdir": "/x"})
    text = report.table(result)
    assert "after the warm-up that follows unlock" in text
    assert "vault 100 ms, plain 30.0 ms of reading, budget 400 ms" in text
    name_search = figures["name_search"]["title"].split(" / ")[0]
    assert f"  {name_search}: vault 1.0 ms, plain 1.0 ms, ratio 1.00" in text
    cold_misses = [m for m in result["misses"] if m["kind"] == "ratio_cold"
                   and m["figure"] in AFTER_WARM_UP]
    for miss in cold_misses:
        assert "after the warm-up" in miss["why"] and "CPU time" in miss["why"]
