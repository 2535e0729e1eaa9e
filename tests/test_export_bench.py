"""`tools.export_bench` works end to end at a tiny size (a benchmark, never a timed test)."""

from __future__ import annotations

from pathlib import Path

from station_desk.tools import export_bench as bench
from test_export_support import admin_session, make_station


def test_bench_run_and_merge(tmp_path: Path) -> None:
    root = make_station(tmp_path / "vault", "BEN-01", seed=71, clients=30, sessions=120)
    out = tmp_path / "out"
    out.mkdir()
    with admin_session(root) as s:
        figures = bench.run(s, "2026-Q3", out, merge_packages=4)
    assert figures["tables"] >= 18 and figures["sessions_in_vault"] == 120
    for key in ("collect_ms", "build_ms", "write_ms", "export_ms"):
        assert figures[key] >= 0
    assert figures["merge"]["accepted"] == 4 and figures["merge"]["rejected"] == 0
    assert list(out.glob("*.zip"))
