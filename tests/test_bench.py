"""`station-desk bench` at a small size: every figure is there, ratios are computed from the
medians, and the temporary folder is gone afterwards."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest

from station_desk.bench import report, runner
from station_desk.bench.suggestions import SUGGESTED_INDEXES
from station_desk.cli.main import main
from station_desk.errors import StationDeskError

OPS = ("client_list", "name_search", "fts_search", "open_file", "save_sign", "monthly_export",
       "case_pdf")
RUNS = 2

# The run itself: about 20–60 s on the 2-core CI machine (mostly typesetting the case PDF).
slow = pytest.mark.slow


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    before = set(Path(tempfile.gettempdir()).glob("station-desk-bench-*"))
    capture = _Capture()
    with capture:
        code = main(["bench", "--clients", "2000", "--sessions", "20000", "--runs", str(RUNS),
                     "--merge-packages", "12", "--json"])
    assert code == 0
    data = json.loads(capture.text)
    data["_new_temp_dirs"] = set(Path(tempfile.gettempdir()).glob("station-desk-bench-*")) - before
    return data


class _Capture:
    """stdout of the in-process CLI (capsys is function-scoped; this fixture is not)."""

    def __enter__(self) -> _Capture:
        import io
        import sys

        self._old, self._buf = sys.stdout, io.StringIO()
        sys.stdout = self._buf
        return self

    def __exit__(self, *exc: object) -> None:
        import sys

        sys.stdout = self._old
        self.text = self._buf.getvalue()


@slow
def test_every_figure_is_reported(result: dict[str, Any]) -> None:
    figures = result["figures"]
    for key in ("start_to_unlock_screen", "key_derivation", "unlock", *OPS, "peak_rss"):
        assert key in figures, key
    start = figures["start_to_unlock_screen"]
    assert start["median_ms"] > 0 and len(start["runs_ms"]) == RUNS
    assert start["target_ms"] == 1500 and isinstance(start["meets_target"], bool)
    kdf = figures["key_derivation"]
    assert kdf["params"]["name"] == "argon2id" and kdf["params"]["m"] == 64 * 1024
    assert kdf["median_ms"] > 0 and len(kdf["runs_ms"]) == RUNS
    unlock = figures["unlock"]
    assert unlock["median_ms"] >= kdf["median_ms"] * 0.5
    assert "without_kdf_ms" in unlock
    peak = figures["peak_rss"]
    assert 0 < peak["mb"] and peak["target_mb"] == 400 and peak["by_step"]
    assert set(OPS) <= set(peak["by_step"])
    # issue 17: the monthly export is protected with the year's earlier packages, and the
    # union's merge is timed
    from station_desk.tools.export_bench import earlier_periods

    earlier = figures["monthly_export"]["earlier_releases"]
    expected = earlier_periods(figures["monthly_export"]["month"])
    # a month refused for what it would uncover goes out within its quarter, as a station does
    assert sorted(earlier["released"] + earlier["refused"]) == sorted(expected)
    assert not any("Q" in p for p in earlier["refused"])
    assert earlier["year_releases"] == len(earlier["released"])
    stages = figures["monthly_export"]["stages_after_first_use"]
    assert stages["earlier_releases"] == earlier["year_releases"]
    merge = figures["union_merge"]
    assert merge["packages"] == merge["accepted"] == 12 and merge["rejected"] == 0
    assert merge["target_ms"] == 10_000 and isinstance(merge["meets_target"], bool)


@slow
def test_each_operation_runs_on_both_copies_with_ratios(result: dict[str, Any]) -> None:
    for key in OPS:
        fig = result["figures"][key]
        assert fig["via"] in ("domain", "sql"), key
        if fig["via"] == "sql":
            assert fig["fallback_reason"], key
        for side in ("encrypted", "plain"):
            for temp in ("cold", "warm"):
                sample = fig[side][temp]
                assert len(sample["runs_ms"]) == RUNS, (key, side, temp)
                assert sample["median_ms"] > 0, (key, side, temp)
        for temp in ("cold", "warm"):
            expected = fig["encrypted"][temp]["median_ms"] / fig["plain"][temp]["median_ms"]
            assert fig["ratio"][temp] == pytest.approx(expected, rel=1e-2), (key, temp)
            assert result["ratios"][key][temp] == fig["ratio"][temp]
        assert "first_use_after_unlock_ms" in fig, key
        assert fig["encrypted"]["cold"]["cpu_median_ms"] > 0 and "cold" in fig["ratio_cpu"]
    # the first searches and the list once the warm-up after unlock has read their pages
    warm_up = result["figures"]["warm_up"]
    assert warm_up["encrypted"]["ended"] == ["done"] and warm_up["encrypted"]["rows"]["clients"]
    for key in ("client_list", "name_search", "fts_search", "open_file"):
        after = result["figures"][key]["after_warm_up"]
        assert len(after["encrypted"]["runs_ms"]) == RUNS and after["ratio"] > 0, key
    # the searches found something, the file and the case have their sessions
    figures = result["figures"]
    assert figures["name_search"]["items"] > 0
    assert figures["fts_search"]["items"] > 0
    assert figures["open_file"]["items"] == figures["open_file"]["file_sessions"]
    assert figures["case_pdf"]["items"] > 0  # pages


@slow
def test_machine_versions_and_vault_are_described(result: dict[str, Any]) -> None:
    assert result["machine"]["cpu_count"] >= 1 and result["machine"]["ram_mb"]
    assert result["machine"]["cpu_model"] and result["machine"]["os"]
    versions = result["versions"]
    for key in ("python", "sqlite", "sqlcipher", "pyside6", "station_desk"):
        assert versions[key], key
    vault = result["vault"]
    assert vault["counts"]["clients"] == 2000 and vault["counts"]["sessions"] == 20000
    assert vault["counts"]["assessments"] > 2000 and vault["counts"]["activities"] > 0
    assert vault["counts"]["audit_entries"] > 40000 and vault["counts"]["audit_chain_ok"] is True
    assert vault["sizes_bytes"]["encrypted"] > 0 and vault["sizes_bytes"]["plain"] > 0
    assert any("HMAC" in line for line in vault["cipher_settings"])
    assert result["config"] == {"clients": 2000, "sessions": 20000, "runs": RUNS,
                                "seed": 2026, "keep": None, "suggested_indexes": False,
                                "again": False}
    assert isinstance(result["misses"], list)


@slow
def test_temporary_folder_is_removed(result: dict[str, Any]) -> None:
    assert result["removed"] is True and result["kept"] is False
    assert not Path(result["workdir"]).exists()
    assert not any(p.exists() for p in result["_new_temp_dirs"])


@slow
def test_table_renders_every_figure(result: dict[str, Any]) -> None:
    data = {k: v for k, v in result.items() if not k.startswith("_")}
    text = report.table(data)
    for fig in data["figures"].values():
        if "ratio" in fig:
            assert fig["title"].split(" / ")[0] in text
    assert "start → unlock screen" in text and "peak RSS" in text


def test_keep_refuses_a_folder_with_something_in_it(tmp_path: Path) -> None:
    (tmp_path / "something").write_text("x")
    with pytest.raises(StationDeskError) as caught:
        runner.run(clients=2000, sessions=20000, runs=1, keep=tmp_path)
    assert caught.value.code == "bench_keep_not_empty"


def test_again_needs_a_kept_vault(tmp_path: Path) -> None:
    with pytest.raises(StationDeskError) as caught:
        runner.run(again=tmp_path)
    assert caught.value.code == "bench_again_missing"
    assert str(tmp_path) in caught.value.message("en")


def test_sizes_are_checked() -> None:
    with pytest.raises(StationDeskError) as caught:
        runner.run(clients=5, sessions=100)
    assert caught.value.code == "bad_input"


def test_suggested_indexes_fit_the_current_schema(admin) -> None:
    """The suggestions name columns that exist (the schema is still moving)."""
    for index in SUGGESTED_INDEXES:
        with admin.db.transaction():
            admin.db.execute(index["sql"])
        assert admin.db.scalar("SELECT 1 FROM (SELECT name FROM main.sqlite_master UNION ALL"
                               " SELECT name FROM clinical.sqlite_master) WHERE name = ?",
                               (index["name"],))
