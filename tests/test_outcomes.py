"""Outcome of repeat assessments, per worker (first against last administration, reliable
change) as the analysis report prints it, checked against a vault counted by hand; and the
rule that prints it only inside what the period's package published."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from station_desk.domain.outcomes import RELIABLE_CHANGE, WorkerOutcomes, classify, worker_outcomes
from station_desk.domain.stats.period import parse_period
from station_desk.export import annual
from station_desk.export.annual import WITHHELD, Outcome, Published, outcome_shown
from station_desk.export.tables import TOTAL
from station_desk.reports.document import render
from test_export_attack import release
from test_export_support import admin_session, make_station, tables_of, truth_tables

# worker -> [(instrument, station day, total)]; the expected result is worked out by hand
# beside each (PHQ-9 reliable change: 6 points, GAD-7: 4)
HISTORY: dict[str, list[tuple[str, str, int]]] = {
    # 20 (2025) -> 13 (September, the last in 2026): 7 lower: improved
    "w1": [("phq9", "2025-11-05", 20), ("phq9", "2026-03-10", 12), ("phq9", "2026-09-10", 13)],
    # PHQ-9 15 -> 10 (5: no change), GAD-7 12 -> 7 (5 >= 4: improved): improved
    "w2": [("phq9", "2026-01-08", 15), ("gad7", "2026-01-08", 12), ("phq9", "2026-06-02", 10),
           ("gad7", "2026-06-02", 7)],
    "w3": [("phq9", "2026-02-03", 10), ("phq9", "2026-05-03", 18)],  # worse
    # better in April (18 -> 8) but 17 in October: first against last, not improved
    "w4": [("phq9", "2026-02-11", 18), ("phq9", "2026-04-11", 8), ("phq9", "2026-10-11", 17)],
    "w5": [("gad7", "2026-01-20", 15), ("gad7", "2026-03-20", 10)],  # 5 >= 4: improved
    "w6": [("phq9", "2026-05-06", 9)],  # assessed once: not measured
    "w7": [("phq9", "2025-06-06", 12), ("phq9", "2025-09-06", 4)],  # nothing in 2026
    "w8": [("gad7", "2026-03-14", 8), ("gad7", "2026-07-14", 14)],  # worse
    "w9": [("phq9", "2026-02-17", 22), ("phq9", "2026-08-17", 10)],  # improved
    "w10": [("gad7", "2026-04-01", 20), ("gad7", "2026-11-01", 5)],  # improved
    "w11": [("phq9", "2026-03-03", 14), ("phq9", "2026-06-03", 8)],  # exactly 6: improved
    "w12": [("phq9", "2026-01-25", 7), ("phq9", "2026-04-25", 14)],  # worse
    "w13": [("gad7", "2026-05-09", 10), ("gad7", "2026-08-09", 16)],  # worse
    "w14": [("phq9", "2026-06-19", 16), ("phq9", "2026-09-19", 22)],  # worse
    "w15": [("phq9", "2026-02-22", 10), ("phq9", "2026-07-22", 9)],  # no change
    "w16": [("gad7", "2026-03-27", 6), ("gad7", "2026-05-27", 5)],  # no change
    "w17": [("phq9", "2026-04-30", 12), ("phq9", "2026-10-30", 12)],  # no change
}
# Each history is lived by COPIES workers, so that every count of the packages (a month's
# included) is 0 or at least k = 5 and the year's package publishes its outcome table whole.
COPIES = 5
# the year: 15 histories assessed again, 6 of them improved (w1, w2, w5, w9, w10, w11)
YEAR = WorkerOutcomes(measured=15 * COPIES, improved=6 * COPIES)
# the first quarter: w1 (20 -> 12) and w5 (15 -> 10) improved; w8 and w16 have no repeat
# before April, nor anyone else
Q1 = WorkerOutcomes(measured=2 * COPIES, improved=2 * COPIES)
# the package counts repeats: improved w1 x2, w2 (GAD-7), w4 (April), w5, w9, w10, w11;
# no change w2 (PHQ-9), w4 (October), w15, w16, w17; worse w3, w8, w12, w13, w14
REPEATS = {"improved": 8 * COPIES, "no_change": 5 * COPIES, "worse": 5 * COPIES,
           TOTAL: 18 * COPIES}


def seed_history(root: Path) -> None:
    with admin_session(root) as s, s.db.transaction():
        s.db.execute("DELETE FROM assessment_alerts")
        s.db.execute("DELETE FROM assessments")
        clients = [r[0] for r in s.db.all("SELECT id FROM clients ORDER BY id")]
        histories = [h for h in HISTORY.values() for _copy in range(COPIES)]
        assert len(clients) >= len(histories)
        for client, history in zip(clients, histories, strict=False):
            for inst, day, total in history:
                s.db.execute(
                    "INSERT INTO assessments (client_id, instrument_id, instrument_version,"
                    " mode, administered_at, administered_by, answers, total, score, band,"
                    " band_level, alerts, created_at) VALUES (?, ?, '1.0', 'counsellor', ?, 2,"
                    " '[]', ?, ?, '{}', 'mild', '[]', ?)",
                    (client, inst, f"{day}T02:00:00Z", total, total, f"{day}T02:00:00Z"))


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("outcomes") / "vault"
    make_station(root, "OUT-1", seed=83, clients=90, sessions=120)
    seed_history(root)
    return root


def test_the_thresholds_are_the_reliable_change_index() -> None:
    assert RELIABLE_CHANGE == {"phq9": 6, "gad7": 4}
    assert classify("phq9", 14, 8) == "improved" and classify("phq9", 14, 9) == "no_change"
    assert classify("gad7", 12, 8) == "improved" and classify("gad7", 8, 12) == "worse"


def test_workers_counted_by_hand(vault: Path) -> None:
    with admin_session(vault) as s:
        assert worker_outcomes(s.db, *parse_period("2026").utc_bounds()) == YEAR
        assert worker_outcomes(s.db, *parse_period("2026-Q1").utc_bounds()) == Q1
        assert worker_outcomes(s.db, *parse_period("2025").utc_bounds()) == (
            WorkerOutcomes(measured=COPIES, improved=COPIES))  # w7: 12 -> 4


def test_the_year_package_and_the_annual_report(vault: Path, tmp_path: Path) -> None:
    """The package counts repeats as counted by hand and publishes them all (every count is
    0 or at least k, months included); the report prints the workers counted by hand, and
    the year's attacker, told those worker counts, recovers and narrows nothing."""
    from test_export_attack import assert_safe
    from test_export_support import YearAttack, truth_of

    truth = {row[0]: row[-1] for t in truth_tables(vault, "2026") if t["id"] == "outcomes"
             for row in t["rows"]}
    assert truth == REPEATS
    packages = release(vault, ["2026"], tmp_path / "out")
    sent = {row[0]: row[-1] for t in tables_of(packages["2026"]) if t["id"] == "outcomes"
            for row in t["rows"]}
    assert sent == REPEATS
    with admin_session(vault) as s:
        data = annual.load(s.db, 2026, None)
        quarter = annual.load(s.db, 2026, 1)
    assert data.outcome == Outcome(measured=75, improved=30)
    assert quarter.outcome is None  # the quarter's package was not sent
    assert ("Of 75 workers assessed again in the period, 30 (40%) improved reliably in "
            "depression or anxiety since their first assessment.") in annual.narrative(
                data, "en")
    # what the attacker learns from the report: improved <= improved repeats, measured <=
    # repeats, not improved <= the other repeats
    improved = ("outcomes", ("improved",), "administrations")
    rest = [("outcomes", (r,), "administrations") for r in ("no_change", "worse")]
    extra = [({("2026", improved): -1}, -30),
             ({("2026", key): -1 for key in (improved, *rest)}, -75),
             ({("2026", key): -1 for key in rest}, -45)]
    tables = {"2026": tables_of(packages["2026"])}
    truth_all = truth_of(vault, ["2026"])
    alone = YearAttack(tables).attack(truth_all, 5)
    together = YearAttack(tables, extra).attack(truth_all, 5)
    assert together.hidden > 5
    assert_safe(together)
    assert together.ranges == alone.ranges


def test_the_pdf_prints_the_share_of_workers_and_the_method(tmp_path: Path) -> None:
    data = annual.AnnualData(2026, None, pub(REPEATS), {}, Outcome(15, 6))
    assert ("Of 15 workers assessed again in the period, 6 (40%) improved reliably in "
            "depression or anxiety since their first assessment.") in annual.narrative(data, "en")
    doc = annual.annual_document(annual.StationInfo("示例站", "OUT-1", "complete_2", ""), data)
    pdf = tmp_path / "annual.pdf"
    pdf.write_bytes(render(doc, doc_number="ANN-T", printed_by="x",
                           printed_at="2026-12-31 09:00"))
    if shutil.which("pdftotext"):
        words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                               text=True, check=True).stdout
        assert "Jacobson–Truax" in words and "40%" in words
        assert "本期复测的 15 名职工中，6 人（40%）" in words
        assert "PHQ-9 降低至少 6 分" in words


def pub(rows: dict[str, object], k: int = 5) -> Published:
    return Published.of("2026", k, "x", [{
        "id": "outcomes", "keys": ["result"],
        "columns": [{"key": "result"}, {"key": "label_zh"}, {"key": "label_en"},
                    {"key": "administrations"}],
        "rows": [[key, key, key, value] for key, value in rows.items()]}])


def test_printed_only_inside_what_the_package_published() -> None:
    shown = {"improved": 8, "no_change": 5, "worse": 5, TOTAL: 18}
    hand = WorkerOutcomes(15, 6)
    assert outcome_shown(hand, pub(shown)) == Outcome(15, 6)
    # the package withheld the repeats' "reliably better" count: a worker count would bound it
    assert outcome_shown(hand, pub({**shown, "improved": "x", "worse": "x"})) == Outcome(
        WITHHELD, WITHHELD)
    # fewer than k improved, or fewer than k not improved
    assert outcome_shown(WorkerOutcomes(15, 4), pub(shown)) == Outcome(WITHHELD, WITHHELD)
    assert outcome_shown(WorkerOutcomes(8, 6), pub(shown)) == Outcome(WITHHELD, WITHHELD)
    # records changed after the release: more improved workers than improved repeats sent
    assert outcome_shown(WorkerOutcomes(15, 9), pub(shown)) == Outcome(WITHHELD, WITHHELD)
    assert outcome_shown(WorkerOutcomes(0, 0), pub({TOTAL: 0})) is not None
    assert outcome_shown(hand, None) is None
    assert outcome_shown(hand, Published.of("2026", 5, "x", [])) is None
