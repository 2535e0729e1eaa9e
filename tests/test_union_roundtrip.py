"""Round trip: demo stations export, the union merges, and every city figure agrees with
counts taken straight from the vaults (exactly where complete, within its range otherwise)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest

from station_desk.export.union.merge import CityReport, Figure
from station_desk.export.union.registry import Registry
from station_desk.export.union.run import Outcome, run_merge
from test_export_support import admin_session, export, key_bytes, make_station

PERIOD = "2026-Q3"
FIRST, AFTER = dt.date(2026, 7, 1), dt.date(2026, 10, 1)
CST = dt.timezone(dt.timedelta(hours=8))
STATIONS = (("RT-A", 31, 50, 220), ("RT-B", 32, 90, 380), ("RT-C", 33, 140, 640))


def local_day(stamp: str) -> dt.date:
    if len(stamp) == 10:
        return dt.date.fromisoformat(stamp)
    moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    return moment.astimezone(CST).date()


def in_period(stamp: str | None) -> bool:
    return stamp is not None and FIRST <= local_day(stamp) < AFTER


def direct_counts(root: Path) -> dict[str, Counter]:
    """The figures, computed here from raw rows without the exporter's code."""
    out: dict[str, Counter] = {k: Counter() for k in (
        "modality", "gender", "industry", "satisfaction", "events", "ytd", "targets", "cases",
        "followups")}
    with admin_session(root) as s:
        clients = {r[0]: r[1:] for r in s.db.all("SELECT id, gender, industry FROM clients")}
        for cid, day, modality, status in s.db.all(
                "SELECT client_id, session_date, modality, status FROM sessions"):
            if status != "draft" and in_period(day):
                out["modality"][modality] += 1
                out["modality"]["_total"] += 1
                out["gender"][clients[cid][0]] += 1
                out["industry"][clients[cid][1]] += 1
                out["gender"]["_total"] += 1
                out["industry"]["_total"] += 1
        for rated, overall in s.db.all("SELECT rated_at, overall FROM satisfaction"):
            if in_period(rated):
                out["satisfaction"][str(overall)] += 1
                out["satisfaction"]["_total"] += 1
        for day, kind in s.db.all("SELECT activity_date, type FROM activities"):
            if in_period(day):
                out["events"][kind] += 1
            if dt.date(2026, 1, 1) <= dt.date.fromisoformat(day) < AFTER:
                out["ytd"][kind] += 1
        out["targets"].update(dict(s.db.all("SELECT type, target FROM targets WHERE year = 2026")))
        for opened, closed, status in s.db.all("SELECT opened_at, closed_at, status FROM clients"):
            out["cases"]["new"] += in_period(opened)
            if status != "open" and in_period(closed):
                out["cases"][status] += 1
        for planned, done in s.db.all("SELECT planned_date, done_at FROM followups"):
            if in_period(planned):
                out["followups"]["_total"] += 1
                if done is None:
                    out["followups"]["not_done"] += 1
                elif local_day(done) <= dt.date.fromisoformat(planned):
                    out["followups"]["on_time"] += 1
                else:
                    out["followups"]["late"] += 1
    return out


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> tuple[Outcome, dict[str, dict]]:
    base = tmp_path_factory.mktemp("rt")
    registry = base / "registry"
    inbox = base / "inbox"
    inbox.mkdir()
    truth = {}
    for code, seed, clients, sessions in STATIONS:
        root = make_station(base / code, code, seed=seed, clients=clients, sessions=sessions)
        Registry.load(registry).register(key_bytes(root))
        export(root, PERIOD, inbox / f"{code}.zip")
        truth[code] = direct_counts(root)
    silent = make_station(base / "RT-Z", "RT-Z", seed=39, clients=10, sessions=20)
    Registry.load(registry).register(key_bytes(silent))  # registered, never reports
    return run_merge(registry, [inbox], base / "out"), truth


def total(truth: dict[str, dict], kind: str, code: str) -> int:
    return sum(t[kind][code] for t in truth.values())


def check_figure(figure: Figure, expected: int, where: str) -> None:
    if figure.exact:
        assert figure.lo == expected, where
    else:
        assert figure.lo <= expected, where
        assert figure.hi is None or expected <= figure.hi, where


def rows(report: CityReport, table: str) -> dict[str, dict]:
    return {r.codes[-1]: r.values for r in report.table(table).rows}


def test_every_station_accounted_for(city: tuple[Outcome, dict]) -> None:
    outcome, _ = city
    assert outcome.period == PERIOD and not outcome.rejected
    report = outcome.report
    assert sorted(r.station_code for r in report.accepted) == ["RT-A", "RT-B", "RT-C"]
    assert [s.code for s in report.missing()] == ["RT-Z"]


@pytest.mark.parametrize(("table", "kind", "column", "min_exact"), [
    ("sessions_by_modality", "modality", "sessions", 3),
    ("sessions_by_gender", "gender", "sessions", 3),
    ("sessions_by_industry", "industry", "sessions", 2),
    ("satisfaction", "satisfaction", "responses", 0),  # its months stay protected: ranges
    ("followups", "followups", "followups", 0),  # few follow-ups: mostly ranges
])
def test_merged_figures_match_the_vaults(city: tuple[Outcome, dict], table: str, kind: str,
                                         column: str, min_exact: int) -> None:
    outcome, truth = city
    merged = rows(outcome.report, table)
    exact = 0
    for code, values in merged.items():
        figure = values[column]
        check_figure(figure, total(truth, kind, code), f"{table}.{code}")
        exact += figure.exact
    assert exact >= min_exact  # not vacuous: most city figures are plain numbers


def test_session_total_is_exact(city: tuple[Outcome, dict]) -> None:
    outcome, truth = city
    figure = rows(outcome.report, "sessions_by_modality")["_total"]["sessions"]
    assert figure.exact and figure.lo == total(truth, "modality", "_total") > 200


def test_case_flow(city: tuple[Outcome, dict]) -> None:
    outcome, truth = city
    merged = rows(outcome.report, "case_flow")
    for code in ("new", "closed", "transferred", "referred_out"):
        check_figure(merged[code]["clients"], total(truth, "cases", code), code)


def test_activities_and_targets(city: tuple[Outcome, dict]) -> None:
    outcome, truth = city
    merged = rows(outcome.report, "activities")
    for kind, values in merged.items():
        if kind == "_total":
            continue
        assert values["events"].exact and values["events"].lo == total(truth, "events", kind)
        assert values["events_ytd"].lo == total(truth, "ytd", kind)
        assert values["annual_target"].lo == total(truth, "targets", kind)
    by_station = Counter()
    for t in outcome.report.targets:
        assert t.ytd == truth[t.station]["ytd"][t.type]
        assert t.target == truth[t.station]["targets"].get(t.type)
        by_station[t.station] += 1
    assert set(by_station) == {"RT-A", "RT-B", "RT-C"}


def test_means_use_complete_stations_only(city: tuple[Outcome, dict]) -> None:
    outcome, truth = city
    row = rows(outcome.report, "indicators")["satisfaction_mean"]
    used = row["stations"].lo
    complete = []
    for item in outcome.report.accepted:
        sat = item.tables["satisfaction"]["rows"]
        if all(isinstance(r[-1], int) for r in sat):
            complete.append(item.station_code)
    assert used == len(complete)
    if complete:
        n = sum(truth[c]["satisfaction"]["_total"] for c in complete)
        s = sum(int(k) * v for c in complete for k, v in truth[c]["satisfaction"].items()
                if k != "_total")
        assert row["value"] == round(s / n, 2)


def test_report_files(city: tuple[Outcome, dict], tmp_path: Path) -> None:
    outcome, _ = city
    names = {p.name for p in outcome.files}
    assert {f"city_{PERIOD}.pdf", f"city_{PERIOD}.xlsx", f"city_{PERIOD}.json",
            "stations.csv", "verification.csv", "station_targets.csv",
            "sessions_by_modality.csv"} <= names
    folder = outcome.files[0].parents[1] if outcome.files[0].parent.name == "csv" \
        else outcome.files[0].parent
    stations = (folder / "csv" / "stations.csv").read_text("utf-8-sig")
    assert "RT-Z" in stations and "未报送" in stations
    with zipfile.ZipFile(folder / f"city_{PERIOD}.xlsx") as zf:
        assert zf.testzip() is None
        sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
        assert len(sheets) == len(outcome.report.tables) + 3
        for name in zf.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                ElementTree.fromstring(zf.read(name))  # well-formed
        workbook = zf.read("xl/workbook.xml").decode("utf-8")
        assert "各服务站报送情况" in workbook
    doc = json.loads((folder / f"city_{PERIOD}.json").read_text("utf-8"))
    assert doc["stations"]["missing"] == ["RT-Z"]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(folder / f"city_{PERIOD}.pdf"),
                               "-"], capture_output=True, check=True).stdout.decode("utf-8")
        assert "职工心理健康服务站统计汇总" in text and "RT-Z" in text


def test_an_x_that_may_be_zero_adds_nothing_to_the_lower_bound() -> None:
    """Format 2 (issue 17): in a line whose total is x the zeros are x too; the city figure's
    lower bound counts such an x as 0, an x under a printed total as 1."""
    from station_desk.export.union.merge import zero_possible

    cols = [{"key": "k", "kind": "code"}, {"key": "label_zh", "kind": "label"},
            {"key": "label_en", "kind": "label"}, {"key": "n", "kind": "count"}]
    hidden_total = {"keys": ["k"], "columns": cols, "additive": True, "total_column": "",
                    "x_may_be_zero": True,
                    "rows": [["a", "", "", "x"], ["b", "", "", "x"], ["_total", "", "", "x"]]}
    printed_total = dict(hidden_total, rows=[["a", "", "", "x"], ["b", "", "", "x"],
                                             ["c", "", "", 0], ["_total", "", "", 9]])
    version1 = {k: v for k, v in hidden_total.items() if k != "x_may_be_zero"}
    assert zero_possible(hidden_total) == {(0, 3), (1, 3)}
    assert zero_possible(printed_total) == set()
    assert zero_possible(version1) == set()  # format 1: every x is at least 1
    figure = Figure()
    figure.add("x", None, True)
    figure.add("x", 4, False)
    assert (figure.lo, figure.hi, figure.exact) == (1, None, False)
