"""A survey campaign's report: counts straight from the vault where published, every small
count withheld, nothing withheld recoverable from the report, and nothing the month packages
withheld recoverable from the report and those packages together (integer programming)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from helpers import expect_error
from station_desk.export import campaign as report
from station_desk.export.tables import SUPPRESSED, TOTAL
from test_export_attack import release
from test_export_support import (
    LinearSystem,
    admin_session,
    exposed_cells,
    make_station,
    solve_bounds,
    tables_of,
)

pytest.importorskip("scipy")
K = 5


def add_campaign(root: Path, rng: random.Random, screenings: int,
                 weights: tuple[int, ...] = (8, 5, 3, 2, 1)) -> int:
    """A spring campaign: PHQ-9 and GAD-7 screenings in March and April, with gender, age,
    industry and key group given or not, and a few walk-in screenings beside it."""
    levels = {"phq9": ["none", "mild", "moderate", "moderately_severe", "severe"],
              "gad7": ["none", "mild", "moderate", "severe"]}
    with admin_session(root) as s, s.db.transaction():
        campaign = s.db.execute(
            "INSERT INTO survey_campaigns (name, unit, starts_on, ends_on, instruments,"
            " created_at) VALUES ('春季筛查', '示例机械厂', '2026-03-01', '2026-04-30',"
            " '[\"phq9\", \"gad7\"]', '2026-02-20T00:00:00Z')").lastrowid
        for n in range(screenings + 6):
            inst = rng.choice(("phq9", "phq9", "gad7"))
            day = f"2026-{rng.choice((3, 4)):02d}-{rng.randint(1, 28):02d}"
            s.db.execute(
                "INSERT INTO assessments (client_id, instrument_id, instrument_version, mode,"
                " administered_at, administered_by, answers, total, score, band, band_level,"
                " alerts, anon_gender, anon_age_band, anon_industry, anon_key_group,"
                " campaign_id, created_at) VALUES (NULL, ?, '1.0', 'anonymous', ?, 2, '[]', 0,"
                " 0, '{}', ?, '[]', ?, ?, ?, ?, ?, ?)",
                (inst, day, rng.choices(levels[inst], weights=weights[:len(
                    levels[inst])])[0], rng.choice(("female", "male", "unspecified")),
                 rng.choice(("20_29", "30_39", "40_49", "50_59", "unspecified")),
                 rng.choice(("manufacturing", "manufacturing", "transport", None)),
                 rng.choice(("migrant", None, None, "hardship")),
                 campaign if n < screenings else None, day))
    return int(campaign)


def make_world(tmp: Path, clinical_in_march: int = 0) -> dict[str, Any]:
    """The campaign, its two months released, and the report. The spring's clinical PHQ-9s
    and GAD-7s are removed, so the month packages can show their anonymous totals, all but
    `clinical_in_march` PHQ-9s in March: a few, and March's package withholds them and with
    them its anonymous PHQ-9 total (the campaign's total is at most that)."""
    root = tmp / "vault"
    make_station(root, "SVY-1", seed=71, clients=40, sessions=160)
    campaign = add_campaign(root, random.Random(71), screenings=300)
    with admin_session(root) as s, s.db.transaction():
        spring = ("SELECT id FROM assessments WHERE mode <> 'anonymous' AND instrument_id IN"
                  " ('phq9', 'gad7') AND administered_at >= '2026-02-28'"
                  " AND administered_at < '2026-05-01'")
        kept = [r[0] for r in s.db.all(
            spring + " AND instrument_id = 'phq9' AND administered_at < '2026-04-01'"
            " ORDER BY id LIMIT ?", (clinical_in_march,))]
        gone = f"{spring} AND id NOT IN ({','.join('?' * len(kept))})"
        s.db.execute(f"DELETE FROM assessment_alerts WHERE assessment_id IN ({gone})", kept)
        s.db.execute(f"DELETE FROM assessments WHERE id IN ({gone})", kept)
    with admin_session(root) as s:
        expect_error("survey_months_unsent", report.build, s, campaign)
    packages = release(root, ["2026-03", "2026-04"], tmp / "out")
    with admin_session(root) as s:
        made = report.build(s, campaign)
        truth = Counter()
        for inst, band, gender, age, industry, group in s.db.all(
                "SELECT instrument_id, band_level, anon_gender, anon_age_band, anon_industry,"
                " anon_key_group FROM assessments WHERE campaign_id = ?", (campaign,)):
            truth[(inst, "total")] += 1
            truth[(inst, "band", band)] += 1
            for attribute, value in (("gender", gender), ("age_band", age),
                                     ("industry", industry), ("key_group", group)):
                code = f"{attribute}:{value or 'unspecified'}"
                truth[(inst, attribute, code, band)] += 1
                truth[(inst, attribute, code)] += 1
    return {"root": root, "report": made, "truth": truth, "packages": packages,
            "campaign": campaign}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_world(tmp_path_factory.mktemp("campaign"))


@pytest.fixture(scope="module")
def hidden_total(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return make_world(tmp_path_factory.mktemp("hidden-total"), clinical_in_march=2)


def groups_of(made: report.CampaignReport, inst: str) -> dict[str, str]:
    """band -> the report's column for it (itself, or its coarse group)."""
    groups = report.band_groups(made.instruments[inst], inst in made.coarse)
    return {band: g.code for g in groups for band in g.bands}


def cells(made: report.CampaignReport) -> dict[tuple[str, ...], Any]:
    """(instrument, attribute, code, band or 'total') -> the published value or x."""
    out = {}
    for table in made.tables:
        inst, attribute = table["id"].split("_", 1)
        bands = [c["key"] for c in table["columns"][3:]]
        for row in table["rows"]:
            for band, value in zip(bands, row[3:], strict=True):
                out[(inst, attribute, row[0], band)] = value
    return out


def test_published_counts_are_the_vaults_and_small_ones_are_withheld(built: dict) -> None:
    made, raw = built["report"], built["truth"]
    truth: Counter = Counter()
    for key, n in raw.items():  # the vault's counts in the report's columns
        inst = key[0]
        if key[1] == "band":
            truth[(inst, "band", groups_of(made, inst)[key[2]])] += n
        elif len(key) == 4:
            truth[(*key[:3], groups_of(made, inst)[key[3]])] += n
        else:
            truth[key] += n
    assert {t["id"] for t in made.tables} == {f"{i}_{a}" for i in ("phq9", "gad7")
                                             for a in report.ATTRIBUTES}
    shown = cells(made)
    withheld = 0
    for (inst, attribute, code, band), value in shown.items():
        if code == TOTAL:
            true = truth[(inst, "total")] if band == "total" else truth[(inst, "band", band)]
        elif band == "total":
            true = truth[(inst, attribute, code)]
        else:
            true = truth[(inst, attribute, code, band)]
        if value == SUPPRESSED:
            withheld += 1
        else:
            assert value == true, (inst, attribute, code, band)
            assert value == 0 or value >= K  # nothing about fewer than k people printed
    assert withheld > 20 and made.report.primary + made.report.secondary > 0
    # the four tables of an instrument share its band totals (one figure, one value)
    for inst in ("phq9", "gad7"):
        columns = sorted(set(groups_of(made, inst).values())) + ["total"]
        totals = {a: [shown[(inst, a, TOTAL, b)] for b in columns] for a in report.ATTRIBUTES}
        assert len({tuple(v) for v in totals.values()}) == 1


def report_system(tables: list[dict[str, Any]]) -> LinearSystem:
    """The report's tables as the attacker reads them, plus what the format does not state:
    an instrument's four tables show the same band totals."""
    system = LinearSystem(tables)
    first: dict[tuple[str, str], int] = {}
    for key, var in system.index.items():
        if isinstance(key, tuple) and len(key) == 3 and key[1] == (TOTAL,):
            inst = key[0].split("_", 1)[0]
            other = first.setdefault((inst, key[2]), var)
            if other != var:
                system.equations.append({var: 1, other: -1})
    return system


def test_nothing_withheld_can_be_worked_out_from_the_report(built: dict) -> None:
    system = report_system(built["report"].tables)
    for lower in (0, 1):
        bounds = solve_bounds(system, lower)
        assert [system.where[v] for v, (lo, hi) in bounds.items() if hi - lo < 1e-6] == []
    assert exposed_cells(built["report"].tables) == []


def test_what_the_packages_withheld_the_report_withholds(built: dict) -> None:
    made = built["report"]
    shown = cells(made)
    month_bands = {}
    for month, path in built["packages"].items():
        for table in tables_of(path):
            if table["id"] == "assessment_bands":
                for row in table["rows"]:
                    month_bands[(month, row[0], row[1])] = row[-1]
    for (month, inst, band), value in month_bands.items():
        if inst in ("phq9", "gad7") and band != TOTAL and value == SUPPRESSED:
            group = groups_of(made, inst).get(band)
            if group is None:
                continue
            campaign_band = shown[(inst, "gender", TOTAL, group)]
            assert campaign_band in (SUPPRESSED, 0), (month, inst, band)
    assert made.forced, "the demo's months withhold some band: the rule was exercised"
    # both instruments are shown band by band: GAD-7's "none" and "severe", withheld by
    # April's package, are withheld here too, with the rest of the breakdown shown
    assert made.coarse == () and made.breakdown_withheld == ()
    gad7 = {k: v for k, v in shown.items() if k[0] == "gad7"}
    assert gad7[("gad7", "gender", TOTAL, "none")] == SUPPRESSED
    assert gad7[("gad7", "gender", TOTAL, "severe")] == SUPPRESSED
    assert gad7[("gad7", "gender", TOTAL, "total")] == 100
    published = [v for v in gad7.values() if v not in (SUPPRESSED, 0)]
    withheld = [v for v in gad7.values() if v == SUPPRESSED]
    assert len(published) > 30 and len(published) > len(withheld) / 2


@pytest.mark.slow
def test_the_report_and_the_month_packages_together_recover_nothing(built: dict) -> None:
    """Integer programming over the report's tables, the two months' assessment tables and
    the links between them: adding the report narrows no withheld count below k, nor below
    what the packages alone left."""
    assert_report_adds_nothing(built)


@pytest.mark.slow
def test_a_hidden_months_total_stays_hidden_with_the_report(hidden_total: dict) -> None:
    assert_report_adds_nothing(hidden_total)


def assert_report_adds_nothing(world: dict) -> None:
    """The links: a campaign's band count is at most the months' count of that band
    together, and its total at most the months' anonymous screenings of the instrument."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp

    made = world["report"]
    month_tables = [t for path in world["packages"].values() for t in tables_of(path)
                    if t["id"] in ("assessment_bands", "assessments_by_mode")]
    systems = [report_system(made.tables)] + [
        LinearSystem([t for t in tables_of(path) if t["id"] in ("assessment_bands",
                                                                "assessments_by_mode")])
        for path in world["packages"].values()]
    assert month_tables
    offsets, n = [], 0
    for system in systems:
        offsets.append(n)
        n += len(system.value)
    rows, lo_b, hi_b = [], [], []
    for off, system in zip(offsets, systems, strict=True):
        for eq in system.equations:
            row = np.zeros(n)
            for var, coef in eq.items():
                row[off + var] += coef
            rows.append(row)
            lo_b.append(0)
            hi_b.append(0)
    linked_from = len(rows)
    # campaign band count <= March's + April's count of that band; campaign total <= their
    # anonymous screenings
    report_sys = systems[0]
    for inst in ("phq9", "gad7"):
        for key, idx in report_sys.index.items():
            if not (isinstance(key, tuple) and key[0] == f"{inst}_gender" and key[1] == (TOTAL,)
                    and key[2] != "total"):
                continue
            group = key[2]
            members = [b for b, g in groups_of(made, inst).items() if g == group]
            row = np.zeros(n)
            row[idx] = 1
            for off, system in zip(offsets[1:], systems[1:], strict=True):
                for band in members:
                    where = ("assessment_bands", (inst, band), "administrations")
                    if where in system.index:
                        row[off + system.index[where]] -= 1
            rows.append(row)
            lo_b.append(-np.inf)
            hi_b.append(0)
        row = np.zeros(n)
        row[report_sys.index[(f"survey.{inst}", "grand")]] = 1
        for off, system in zip(offsets[1:], systems[1:], strict=True):
            where = ("assessments_by_mode", (inst,), "anonymous")
            if where in system.index:
                row[off + system.index[where]] -= 1
        rows.append(row)
        lo_b.append(-np.inf)
        hi_b.append(0)
    known_lo = np.zeros(n)
    known_hi = np.full(n, 10_000.0)
    hidden = []
    for off, system in zip(offsets, systems, strict=True):
        for var, value in enumerate(system.value):
            if value is None:
                hidden.append((off + var, system.where[var]))
            else:
                known_lo[off + var] = known_hi[off + var] = value
    integral = np.ones(n)

    def spans(constraint_rows: list[Any], lows: list[float], highs: list[float]
              ) -> dict[int, int]:
        constraint = LinearConstraint(np.array(constraint_rows), lows, highs)
        out = {}
        for var, where in hidden:
            c = np.zeros(n)
            c[var] = 1
            low = milp(c, constraints=constraint, integrality=integral,
                       bounds=Bounds(known_lo, known_hi))
            high = milp(-c, constraints=constraint, integrality=integral,
                        bounds=Bounds(known_lo, known_hi))
            assert low.status == 0 and high.status == 0, where
            out[var] = round(-high.fun) - round(low.fun) + 1
        return out

    alone = spans(rows[:linked_from], lo_b[:linked_from], hi_b[:linked_from])
    together = spans(rows, lo_b, hi_b)
    narrowed = [(where, alone[var], together[var]) for var, where in hidden
                if together[var] < min(alone[var], K)]
    assert len(hidden) > 50 and narrowed == []


def test_a_month_that_hid_its_screenings_total_leaves_the_breakdown_shown(
        hidden_total: dict) -> None:
    """March's package withheld its anonymous PHQ-9 total (two clinical PHQ-9s beside them,
    a small count): the campaign's PHQ-9 total is withheld too, with a band and rows of it to
    protect it, and the rest of the breakdown is shown as the vault has it."""
    made, truth = hidden_total["report"], hidden_total["truth"]
    march = {t["id"]: t for t in tables_of(hidden_total["packages"]["2026-03"])}
    by_mode = next(r for r in march["assessments_by_mode"]["rows"] if r[0] == "phq9")
    assert SUPPRESSED in by_mode  # the month withheld its anonymous PHQ-9s
    assert "phq9.total" in made.forced and "phq9" not in made.breakdown_withheld
    shown = cells(made)
    phq9 = {k: v for k, v in shown.items() if k[0] == "phq9"}
    assert phq9[("phq9", "gender", TOTAL, "total")] == SUPPRESSED
    published = {k: v for k, v in phq9.items() if v != SUPPRESSED}
    # (75 with March's total shown: under a withheld total every row stays, empty or not)
    assert len([v for v in published.values() if v]) > 40
    group_of = groups_of(made, "phq9")
    for (inst, attribute, code, column), value in published.items():
        if code == TOTAL:
            want = sum(n for key, n in truth.items() if len(key) == 3 and key[0] == inst
                       and key[1] == "band" and group_of.get(key[2]) == column)
        elif column == "total":
            want = truth[(inst, attribute, code)]
        else:
            want = sum(n for key, n in truth.items() if len(key) == 4
                       and key[:3] == (inst, attribute, code) and group_of.get(key[3]) == column)
        assert value == want, (attribute, code, column)


def test_cli_prints_the_report(built: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    import functools
    import io
    import shutil
    import subprocess
    import sys

    from station_desk.cli.main import main
    from station_desk.domain.auth import sign_in
    from test_export_support import ADMIN, clock

    monkeypatch.setattr("station_desk.cli.common.sign_in", functools.partial(sign_in,
                                                                            clock=clock()))
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN["password"] + "\n"))
    pdf = tmp_path / "survey.pdf"
    code = main(["print", "survey", "--campaign", str(built["campaign"]), "--out", str(pdf),
                 "--vault", str(built["root"]), "--user", ADMIN["username"],
                 "--password-stdin"])
    _out, err = capsys.readouterr()
    assert code == 0, err
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "职工心理健康状况调查报告" in text and "春季筛查" in text
        assert "机密" in text and "—" in text


def test_a_breakdown_withheld_whole_prints_no_tables_of_dashes(built: dict,
                                                                tmp_path: Path) -> None:
    import dataclasses
    import shutil
    import subprocess

    from station_desk.reports.data import StationInfo
    from station_desk.reports.document import render

    made = dataclasses.replace(built["report"], breakdown_withheld=("gad7",))
    doc = report.document(StationInfo("示例站", "SVY-1", "complete_2", ""), made)
    pdf = tmp_path / "survey.pdf"
    pdf.write_bytes(render(doc, doc_number="SVY-T", printed_by="x",
                           printed_at="2026-05-01 09:00"))
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert text.count("按性别") == 1  # PHQ-9's tables only
        assert "各分组的分布无法在不暴露个人的前提下公布" in text


@pytest.mark.slow
def test_the_report_with_the_whole_years_packages_recovers_nothing(built: dict,
                                                                   tmp_path: Path) -> None:
    """The rest of the year is released after the report (months, quarters, the year): the
    year's attacker, told what the report published (a campaign's band count is at most
    March's and April's counts of that band together; its screenings of an instrument at
    most those months' anonymous ones), recovers nothing and narrows no range."""
    import shutil

    from test_export_attack import IN_ORDER, assert_safe
    from test_export_support import YearAttack, truth_of

    root = tmp_path / "vault"
    shutil.copytree(built["root"], root)  # a closed vault folder: what a backup copies
    made = built["report"]
    from station_desk.errors import StationDeskError

    packages: dict[str, Path] = {}
    for period in IN_ORDER:
        try:  # a month the protection cannot release alone is left out, as an admin would
            packages.update(release(root, [period], tmp_path / "out"))
        except StationDeskError as exc:
            assert exc.code == "export_unprotectable" and len(period) == 7
    assert "2026" in packages and len(packages) >= 14
    for month in ("2026-03", "2026-04"):  # released before the report: the same tables
        assert tables_of(packages[month]) == tables_of(built["packages"][month])
    tables = {period: tables_of(path) for period, path in packages.items()}
    shown = cells(made)
    band_key = ("assessment_bands", "administrations")
    extra: list[tuple[dict[tuple[str, Any], int], int]] = []
    for inst in ("phq9", "gad7"):
        groups = report.band_groups(made.instruments[inst], inst in made.coarse)
        for group in groups:
            value = shown[(inst, "gender", TOTAL, group.code)]
            if value == SUPPRESSED or not value:
                continue
            coefs = {(m, (band_key[0], (inst, b), band_key[1])): -1
                     for m in ("2026-03", "2026-04") for b in group.bands}
            extra.append((coefs, -int(value)))
        total = shown[(inst, "gender", TOTAL, "total")]
        if total != SUPPRESSED:
            extra.append(({(m, ("assessments_by_mode", (inst,), "anonymous")): -1
                           for m in ("2026-03", "2026-04")}, -int(total)))
    assert len(extra) >= 6
    # the links touch the assessment tables only: the rest of the year's system is attacked
    # by the export's own year tests
    truth = {period: {key: v for key, v in values.items() if "assess" in str(key[0])}
             for period, values in truth_of(root, list(tables)).items()}
    alone = YearAttack(tables).attack(truth, K)
    together = YearAttack(tables, extra).attack(truth, K)
    assert together.hidden > 30
    assert_safe(together)
    assert together.ranges == alone.ranges  # the report narrows no withheld figure
