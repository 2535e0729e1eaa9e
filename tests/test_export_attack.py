"""The attacker test: whatever a package publishes, no suppressed count can be recomputed.

Two attackers, both solving linear programs with scipy (independently of the exporter's own
exact check): one knows only that counts are non-negative (the issue's definition), the other
also knows that zeros are always published, so a hidden count is at least 1.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_desk.export.disclosure import Model, exposed, suppress
from station_desk.export.tables import SUPPRESSED
from test_export_support import (
    admin_session,
    export,
    exposed_cells,
    make_station,
    tables_of,
)

pytest.importorskip("scipy")

EVENT_COLUMNS = {"events", "events_ytd", "annual_target"}  # station work, not people


def add_assessments(root: Path, rng: random.Random, n: int) -> None:
    """Demo vaults have no assessments; scatter a few, many anonymous, over 2026."""
    bands = {"phq9": ["none", "mild", "moderate", "moderately_severe", "severe"],
             "gad7": ["none", "mild", "moderate", "severe"],
             "who5": ["good", "low", "very_low"]}
    with admin_session(root) as s, s.db.transaction():
        clients = [r[0] for r in s.db.all("SELECT id FROM clients")]
        for _ in range(n):
            inst = rng.choice(list(bands))
            mode = rng.choice(["counsellor", "counsellor", "kiosk", "anonymous"])
            month = rng.randint(1, 12)
            day = f"2026-{month:02d}-{rng.randint(1, 28):02d}"
            s.db.execute(
                "INSERT INTO assessments (client_id, instrument_id, instrument_version, mode,"
                " administered_at, administered_by, answers, total, score, band, band_level,"
                " alerts, created_at) VALUES (?, ?, '1.0', ?, ?, 1, '[]', 0, 0, '{}', ?, '[]', ?)",
                (None if mode == "anonymous" else rng.choice(clients), inst, mode,
                 day if mode == "anonymous" else f"{day}T02:00:00Z", rng.choice(bands[inst]),
                 f"{day}T02:00:00Z"))


STATIONS = [  # (seed, clients, sessions, assessments): small groups everywhere
    (1, 12, 30, 25),
    (2, 25, 70, 60),
    (3, 40, 150, 120),
    (4, 8, 20, 9),
]


@pytest.fixture(scope="module")
def small_stations(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    roots = []
    for seed, clients, sessions, tests in STATIONS:
        root = tmp_path_factory.mktemp(f"small{seed}") / "vault"
        make_station(root, f"SMALL-{seed}", seed=seed, clients=clients, sessions=sessions)
        add_assessments(root, random.Random(seed), tests)
        roots.append(root)
    return roots


@pytest.mark.parametrize("period", ["2026-10", "2026-Q3", "2026"])
@pytest.mark.parametrize("station", range(len(STATIONS)))
def test_no_suppressed_cell_can_be_recomputed(small_stations: list[Path], tmp_path: Path,
                                              station: int, period: str) -> None:
    package = export(small_stations[station], period, tmp_path / "p.zip")
    tables = tables_of(package)
    hidden = sum(row.count(SUPPRESSED) for t in tables for row in t["rows"])
    assert hidden > 0, "the test needs small groups to attack"
    assert exposed_cells(tables, lower=0) == []
    assert exposed_cells(tables, lower=1) == []


@pytest.mark.parametrize("k", [3, 5, 10])
def test_published_counts_of_people_are_zero_or_at_least_k(small_stations: list[Path],
                                                           tmp_path: Path, k: int) -> None:
    tables = tables_of(export(small_stations[2], "2026-Q3", tmp_path / "p.zip", k=k))
    for t in tables:
        nkeys = len(t["keys"])
        counts = [i for i, c in enumerate(t["columns"]) if c["kind"] == "count"
                  and c["key"] not in EVENT_COLUMNS]
        for row in t["rows"]:
            for i in counts:
                assert row[i] == SUPPRESSED or row[i] == 0 or row[i] >= k, (t["id"], row[:nkeys])


def test_means_and_rates_are_withheld_when_a_count_behind_them_is(small_stations: list[Path],
                                                                  tmp_path: Path) -> None:
    seen_withheld = False
    for i, root in enumerate(small_stations):
        for period in ("2026-10", "2026-Q3"):
            tables = {t["id"]: t for t in tables_of(export(root, period, tmp_path / f"{i}.zip"))}
            value = {r[0]: r[-1] for r in tables["indicators"]["rows"]}
            sat_hidden = any(r[-1] == SUPPRESSED for r in tables["satisfaction"]["rows"])
            fol = {r[0]: r[-1] for r in tables["followups"]["rows"]}
            fol_hidden = SUPPRESSED in (fol["on_time"], fol["_total"])
            assert (value["satisfaction_mean"] == SUPPRESSED) or not sat_hidden
            assert (value["followup_on_time_pct"] == SUPPRESSED) or not fol_hidden
            seen_withheld |= sat_hidden
    assert seen_withheld


# --------------------------------------------------------------------------- the engine alone


def _model_attack(model: Model, lower: int) -> list[str]:
    """The scipy attacker run on the model's own equations."""
    from test_export_support import LinearSystem, solve_bounds

    system = LinearSystem([])
    for cid, cell in model.cells.items():
        system.var(cid, SUPPRESSED if cell.suppressed else cell.value, cid)
    for eq in model.equations:
        row: dict[int, int] = {system.index[eq.total]: -1}
        for p in eq.parts:
            row[system.index[p]] = row.get(system.index[p], 0) + 1
        system.equations.append(row)
    if not system.hidden():
        return []
    return [system.where[v] for v, (lo, hi) in solve_bounds(system, lower).items()
            if hi - lo < 1e-6]


def _one_way(model: Model, name: str, values: list[int], total: str | None = None) -> str:
    ids = [model.cell(f"{name}.{i}", v) for i, v in enumerate(values)]
    total = total or f"{name}.total"
    model.cell(total, sum(values))
    model.equation(total, ids)
    return total


def _two_way(model: Model, name: str, grid: list[list[int]]) -> None:
    cells = [[model.cell(f"{name}.{r}.{c}", v) for c, v in enumerate(row)]
             for r, row in enumerate(grid)]
    rows = [model.cell(f"{name}.r{r}", sum(row)) for r, row in enumerate(grid)]
    cols = [model.cell(f"{name}.c{c}", sum(row[c] for row in grid))
            for c in range(len(grid[0]))]
    grand = model.cell(f"{name}.g", sum(map(sum, grid)))
    for r, row in enumerate(cells):
        model.equation(rows[r], row)
    for c in range(len(cols)):
        model.equation(cols[c], [row[c] for row in cells])
    model.equation(grand, rows)
    model.equation(grand, cols)


def _check(model: Model, k: int) -> None:
    suppress(model, k)
    for cell in model.cells.values():
        if cell.person and 0 < cell.value < k:
            assert cell.suppressed, cell.id
        if cell.value == 0:
            assert not cell.suppressed, "zeros are never suppressed"
    assert exposed(model, list(model.cells), model.equations) == []
    assert _model_attack(model, 0) == []
    assert _model_attack(model, 1) == []


def test_two_small_counts_in_one_line_get_a_large_partner() -> None:
    model = Model()
    _one_way(model, "g", [40, 1, 1, 0])
    _check(model, 5)
    assert sum(c.suppressed for c in model.cells.values()) == 3  # 1, 1 and the 40


def test_shared_total_keeps_two_tables_consistent() -> None:
    model = Model()
    total = _one_way(model, "gender", [30, 3, 12], total="sessions")
    _one_way(model, "modality", [40, 4, 0, 1], total=total)
    _check(model, 5)
    assert not model.cells["sessions"].suppressed  # totals stay exact where they can


def test_small_total_hides_every_table_that_shows_it() -> None:
    model = Model()
    total = _one_way(model, "a", [2, 1, 0], total="t")
    _one_way(model, "b", [3, 0], total=total)
    _check(model, 5)
    assert model.cells["t"].suppressed


def test_diagonal_in_a_two_way_table() -> None:
    model = Model()
    _two_way(model, "x", [[1, 6, 7], [8, 2, 9], [10, 11, 1]])
    _check(model, 5)


def test_one_person_many_sessions_is_suppressed() -> None:
    model = Model()
    ids = [model.cell("a", 12, contributors=1), model.cell("b", 30, contributors=20)]
    model.cell("t", 42, contributors=21)
    model.equation("t", ids)
    _check(model, 5)
    assert model.cells["a"].suppressed


counts = st.integers(min_value=0, max_value=14)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables=st.lists(st.lists(counts, min_size=2, max_size=6), min_size=1, max_size=3),
       grid=st.lists(st.lists(counts, min_size=3, max_size=3), min_size=2, max_size=4),
       bands=st.lists(st.lists(counts, min_size=2, max_size=4), min_size=4, max_size=4),
       k=st.integers(min_value=3, max_value=6))
def test_random_structures_never_expose_a_cell(tables: list[list[int]], grid: list[list[int]],
                                               bands: list[list[int]], k: int) -> None:
    """One-way tables sharing a total (scaled to agree), a two-way table with margins, and
    band tables hanging off the two-way table's row totals, as the assessment tables do."""
    model = Model()
    total = sum(tables[0])
    _one_way(model, "t0", tables[0], total="T")
    for n, values in enumerate(tables[1:], start=1):
        values = list(values)
        values[0] += total - sum(values) if sum(values) <= total else 0
        if sum(values) == total:
            _one_way(model, f"t{n}", values, total="T")
    _two_way(model, "m", grid)
    for r, row in enumerate(grid):
        split = list(bands[r][:-1]) if r < len(bands) else []
        if sum(split) <= sum(row):
            parts = [model.cell(f"b{r}.{i}", v) for i, v in enumerate(split)]
            parts.append(model.cell(f"b{r}.rest", sum(row) - sum(split)))
            model.equation(f"m.r{r}", parts)
    _check(model, k)


def test_attacker_sees_the_package_equations(small_stations: list[Path], tmp_path: Path) -> None:
    """Guard for the attacker itself: it must find the equations the tables state, or the
    test above would pass vacuously."""
    from test_export_support import LinearSystem

    tables = tables_of(export(small_stations[1], "2026", tmp_path / "p.zip"))
    system = LinearSystem(tables)
    sessions = [k for k in system.index if k == ("sessions", "grand")]
    assert sessions and len(system.equations) >= 28
    # Publishing all but one hidden figure of a line must let the attacker compute the last.
    t = next(t for t in tables if t["id"] == "referrals_by_destination")
    hidden = [r for r in t["rows"] if r[-1] == SUPPRESSED and r[0] != "_total"]
    total = next(r for r in t["rows"] if r[0] == "_total")[-1]
    if len(hidden) < 2 or total == SUPPRESSED:
        pytest.skip("this station's referrals happen not to have a suppressed pair")
    with admin_session(small_stations[1]) as s:
        for row in hidden[1:]:
            row[-1] = s.db.scalar("SELECT count(*) FROM referrals WHERE destination_type = ?"
                                  " AND referral_date LIKE '2026%'", (row[0],))
    leaked = [c for c in exposed_cells(tables) if c.startswith("referrals")]
    assert leaked, json.dumps(t["rows"], ensure_ascii=False)
