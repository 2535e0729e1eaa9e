"""Issue 16's figures in the statistics packages (hotline calls, outcomes of repeat
assessments, survey screenings): counted as the vault holds them, protected with the rest of
the year's packages (the year attacker recovers nothing), and the analysis report printed
from what the packages published and nothing else."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from station_desk.domain.stats.period import year_codes
from station_desk.errors import StationDeskError
from station_desk.export import annual
from station_desk.export.tables import SUPPRESSED, TOTAL
from test_export_attack import (
    IN_ORDER,
    assert_safe,
    homogeneity_patterns,
    release,
    release_year,
    year_tables,
)
from test_export_support import (
    YearAttack,
    add_assessments,
    admin_session,
    make_station,
    tables_of,
    truth_of,
)

pytest.importorskip("scipy")
TOPICS = ("work_stress", "low_mood", "anxiety", "sleep", "family_parenting")
RISKS = ("none", "none", "none", "low", "low", "medium", "high")


def add_hotline_and_surveys(root: Path, rng: random.Random, calls: int, screenings: int
                            ) -> None:
    """Calls over 2026 (a few from people with a file) and a spring survey campaign whose
    anonymous screenings fall in March and April; repeat PHQ-9s with real totals."""
    with admin_session(root) as s, s.db.transaction():
        clients = [r[0] for r in s.db.all("SELECT id FROM clients")]
        for _ in range(calls):
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            s.db.execute(
                "INSERT INTO hotline_calls (called_at, duration_min, caller_gender,"
                " caller_age_band, topic, risk_level, action, notes, counsellor_id, client_id,"
                " created_at, updated_at) VALUES (?, 20, 'female', '30_39', ?, ?,"
                " 'listened_supported', '', 2, ?, ?, ?)",
                (f"2026-{month:02d}-{day:02d}T03:00:00Z", rng.choice(TOPICS),
                 rng.choice(RISKS), rng.choice(clients) if rng.random() < 0.2 else None,
                 "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
        campaign = s.db.execute(
            "INSERT INTO survey_campaigns (name, unit, starts_on, ends_on, instruments,"
            " created_at) VALUES ('春季筛查', '示例机械厂', '2026-03-01', '2026-04-30',"
            " '[\"phq9\"]', '2026-02-20T00:00:00Z')").lastrowid
        for _ in range(screenings):
            day = f"2026-{rng.choice((3, 4)):02d}-{rng.randint(1, 28):02d}"
            s.db.execute(
                "INSERT INTO assessments (client_id, instrument_id, instrument_version, mode,"
                " administered_at, administered_by, answers, total, score, band, band_level,"
                " alerts, anon_gender, anon_age_band, campaign_id, anon_key_group, created_at)"
                " VALUES (NULL, 'phq9', '1.0', 'anonymous', ?, 2, '[]', 0, 0, '{}', ?, '[]',"
                " 'male', '40_49', ?, 'migrant', ?)",
                (day, rng.choice(("none", "mild", "moderate")), campaign, day))
        for cid in rng.sample(clients, k=min(len(clients), 12)):  # first and repeat PHQ-9s
            first, later = rng.randint(10, 24), rng.randint(0, 24)
            for when, total in (("2026-02-05T02:00:00Z", first), ("2026-06-05T02:00:00Z",
                                                                  later)):
                s.db.execute(
                    "INSERT INTO assessments (client_id, instrument_id, instrument_version,"
                    " mode, administered_at, administered_by, answers, total, score, band,"
                    " band_level, alerts, created_at) VALUES (?, 'phq9', '1.0', 'counsellor',"
                    " ?, 2, '[]', ?, ?, '{}', 'mild', '[]', ?)", (cid, when, total, total, when))


def rows(tables: list[dict[str, Any]], table_id: str) -> dict[tuple[str, ...], Any]:
    table = next(t for t in tables if t["id"] == table_id)
    n = len(table["keys"])
    return {tuple(r[:n]): r[-1] for r in table["rows"]}


def test_the_new_tables_count_what_the_vault_holds(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    make_station(root, "TIER-1", seed=61, clients=60, sessions=240)
    add_hotline_and_surveys(root, random.Random(61), calls=90, screenings=40)
    truth = {p: t for p, t in ((p, truth_of(root, [p])[p]) for p in ("2026", "2026-06"))}
    assert truth  # the attacker's truth includes the new tables' true counts
    with admin_session(root) as s:
        calls = s.db.scalar("SELECT count(*) FROM hotline_calls WHERE called_at >= "
                            "'2025-12-31T16:00:00Z' AND called_at < '2026-12-31T16:00:00Z'")
        risky = dict(s.db.all("SELECT risk_level, count(*) FROM hotline_calls GROUP BY 1"))
        surveyed = s.db.scalar("SELECT count(*) FROM assessments WHERE campaign_id IS NOT NULL")
        every = s.db.all("SELECT client_id, instrument_id, administered_at, id, total"
                         " FROM assessments WHERE client_id IS NOT NULL"
                         " AND instrument_id IN ('phq9', 'gad7') ORDER BY administered_at, id")
    first: dict[tuple[int, str], tuple[int, int]] = {}
    for cid, inst, _when, aid, total in every:
        first.setdefault((cid, inst), (aid, total))
    threshold = {"phq9": 6, "gad7": 4}
    june = [(inst, total, first[(cid, inst)][1]) for cid, inst, when, aid, total in every
            if "2026-05-31T16" <= when < "2026-06-30T16" and first[(cid, inst)][0] != aid]
    from test_export_support import truth_tables

    year = truth_tables(root, "2026")
    assert rows(year, "hotline_calls_by_topic")[(TOTAL,)] == calls == 90
    assert sum(v for k, v in rows(year, "hotline_calls_by_risk").items()
               if k != (TOTAL,)) == calls
    assert rows(year, "hotline_calls_by_risk")[("high",)] == risky.get("high", 0)
    by_mode = next(t for t in year if t["id"] == "assessments_by_mode")
    anon_col = [c["key"] for c in by_mode["columns"]].index("anonymous")
    total_row = next(r for r in by_mode["rows"] if r[0] == TOTAL)
    with admin_session(root) as s:
        anonymous = s.db.scalar("SELECT count(*) FROM assessments WHERE mode = 'anonymous'"
                                " AND administered_at LIKE '2026%'")
    assert surveyed == 40 and total_row[anon_col] == anonymous >= surveyed
    june_tables = truth_tables(root, "2026-06")
    better = sum(1 for inst, later, was in june if was - later >= threshold[inst])
    worse = sum(1 for inst, later, was in june if later - was >= threshold[inst])
    assert rows(june_tables, "outcomes")[("improved",)] == better
    assert rows(june_tables, "outcomes")[("worse",)] == worse
    assert rows(june_tables, "outcomes")[(TOTAL,)] == len(june) >= 12


@pytest.mark.slow
def test_the_year_with_hotline_and_survey_tables_recovers_nothing(tmp_path: Path) -> None:
    """The export's year attacker, over 12 months, 4 quarters and the year with re-exports,
    on a small station where the hotline, outcome and survey counts are small."""
    root = tmp_path / "vault"
    make_station(root, "TIER-2", seed=62, clients=20, sessions=80)
    add_assessments(root, random.Random(62), 30)
    add_hotline_and_surveys(root, random.Random(62), calls=40, screenings=12)
    packages = release_year(root, tmp_path / "out", list(IN_ORDER))
    tables = year_tables(packages)
    assert sorted(tables) == sorted(year_codes(2026))
    for period_tables in tables.values():
        ids = {t["id"] for t in period_tables}
        assert {"hotline_calls_by_topic", "hotline_calls_by_risk", "outcomes"} <= ids
        assert homogeneity_patterns(period_tables) == []
    found = YearAttack(tables).attack(truth_of(root, list(tables)), 5)
    assert found.hidden > 200
    assert_safe(found)
    # the hotline's small months were withheld, not printed
    assert any(v == SUPPRESSED for p in tables.values()
               for v in rows(p, "hotline_calls_by_risk").values())


def test_the_analysis_report_prints_only_what_the_packages_published(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import functools
    import io
    import sys

    from station_desk.cli.main import main
    from station_desk.domain.auth import sign_in
    from test_export_support import ADMIN, clock

    root = tmp_path / "vault"
    # seed 61: some demo stations' year cannot be released at all (issue 17's protection
    # refuses it: reported); this one's can
    make_station(root, "TIER-3", seed=61, clients=60, sessions=240)
    add_hotline_and_surveys(root, random.Random(61), calls=90, screenings=40)
    packages: dict[str, Path] = {}
    for period in ["2026", *(f"2026-{m:02d}" for m in range(1, 11))]:  # the year first
        try:  # a month the protection cannot release alone is left out, as an admin would
            packages.update(release(root, [period], tmp_path / "out"))
        except StationDeskError as exc:
            assert exc.code == "export_unprotectable" and period != "2026"
    unsent = [f"2026-{m:02d}" for m in range(1, 13) if f"2026-{m:02d}" not in packages]
    with admin_session(root) as s:
        data = annual.load(s.db, 2026, None)
    assert data.main is not None and data.main.tables == {
        t["id"]: t for t in tables_of(packages["2026"])}
    for month, published in data.months.items():
        if month in unsent:
            assert published is None
        else:
            assert published is not None
            assert published.tables == {t["id"]: t for t in tables_of(packages[month])}
    sentences = annual.narrative(data, "en")
    sessions = rows(tables_of(packages["2026"]), "sessions_by_modality")[(TOTAL,)]
    if sessions == SUPPRESSED:  # withheld in the package: not in the report either
        assert not any("individual sessions" in s for s in sentences)
    else:
        assert sentences[0].startswith(f"{sessions} individual sessions")
    assert f"{len(unsent)} month(s) have no package sent yet" in sentences[-1]
    # the CLI prints it, for the year and for a quarter that was never sent
    monkeypatch.setattr("station_desk.cli.common.sign_in", functools.partial(sign_in,
                                                                            clock=clock()))
    pdf = tmp_path / "annual.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN["password"] + "\n"))
    code = main(["print", "annual", "--year", "2026", "--out", str(pdf), "--vault", str(root),
                 "--user", ADMIN["username"], "--password-stdin"])
    out, err = capsys.readouterr()
    assert code == 0, err
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "职工心理健康服务分析报告" in text
        assert (f"本期共提供个体心理服务 {sessions} 人次" in text) == (sessions != SUPPRESSED)
        assert "未报送的月份：" + "、".join(f"{int(m[5:])}月" for m in unsent) in text
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN["password"] + "\n"))
    code = main(["print", "annual", "--year", "2026", "--quarter", "2", "--out",
                 str(tmp_path / "q2.pdf"), "--vault", str(root), "--user", ADMIN["username"],
                 "--password-stdin", "--lang", "en"])
    assert code == 0
    # the reports made are the self-check's evidence for 完备Ⅱ's reports to the union
    from station_desk.domain.tier import selfcheck

    with admin_session(root) as s:
        with s.db.transaction():
            s.db.execute("UPDATE station SET tier = 'complete_2' WHERE id = 1")
        finding = next(f for f in selfcheck.evaluate(s).findings
                       if f.code == "c2_analysis_reports")
    facts = {fact.code: fact for fact in finding.facts}
    assert facts["reports.annual"].count == 2 and facts["reports.survey"].count == 0
    assert facts["export.packages"].count == len(packages)
