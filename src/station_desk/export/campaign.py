"""A survey campaign's report (domain/surveys.py): for each instrument, how the screenings
fall into its result bands, by gender, age band, industry and key group, with every count
that could point at a few workers withheld by the export's rules.

The report is a small package of its own: a model per instrument (disclosure.Model), the
same primary rule (a count of 1 to k-1 people, k the station's policy) and the same engine
(`protect`) for the secondary cells, so no withheld count can be worked out from it. Where
the engine finds no safe way to show an instrument's breakdown band by band (few screenings
over four linked tables), it is shown in two groups (the milder half of the bands against the
rest); failing that too, the whole breakdown is withheld and only the total is shown, if it
is safe alone.

It is also protected with what the station has released. A campaign's screenings are
anonymous screenings, which the month packages count by instrument and band; a band count
in the report is a lower bound on that month's count. So the report is made only once every
month it covers has been sent (`survey_months_unsent` otherwise), and where a month's package
withheld an instrument's band (or its anonymous total), the report withholds the campaign's
count for it too, before the engine hides what else that needs. Counts the packages showed
already bound nothing that was secret. Such a withheld band total is shared by the four
tables, so it is given a partner from the start (another band's total, and a few rows of
each table where both bands have room, `_partners`): the engine verifies that pattern as it
verifies any other, and the rest of the breakdown is shown, only its small counts and what
protects them withheld.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable

from station_desk.domain import surveys, vocab
from station_desk.domain.assessments import AGE_BANDS, age_band_label
from station_desk.domain.clock import STATION_TZ
from station_desk.domain.instruments import Instrument, load_all
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.export.disclosure import PRIMARY, SECONDARY, ZERO, Model, Report
from station_desk.export.protect import (
    PERIODS,
    Linked,
    Node,
    Structure,
    Unprotectable,
    apply_states,
    model_equations,
    new_node,
)
from station_desk.export.releases import Releases
from station_desk.export.tables import SUPPRESSED, TOTAL, Column, TableSpec, publish
from station_desk.i18n import N_
from station_desk.reports import blocks
from station_desk.reports.blocks import p
from station_desk.reports.data import StationInfo
from station_desk.reports.document import Document

ATTRIBUTES = ("gender", "age_band", "industry", "key_group")
ATTRIBUTE_LABELS = {"gender": N_("export", "Gender"), "age_band": N_("export", "Age band"),
                    "industry": N_("export", "Industry"), "key_group": N_("export", "Key group")}
NOT_GIVEN = "unspecified"

register_messages({
    "survey_months_unsent": N_(
        "errors", "The campaign “{name}” screened in {months}, whose packages have not been "
        "sent yet. Export them first: the report is protected together with what was sent."),
    "survey_empty": N_("errors", "The campaign “{name}” has no screenings yet."),
})


@dataclass
class CampaignReport:
    campaign: surveys.Campaign
    k: int
    instruments: dict[str, Instrument]
    tables: list[dict[str, Any]]  # package format: `x` for a withheld count
    report: Report
    forced: tuple[str, ...]  # cells withheld because a package withheld their superset
    months: tuple[str, ...]
    # instruments whose breakdown the engine could not protect: only their total is shown
    breakdown_withheld: tuple[str, ...] = ()
    coarse: tuple[str, ...] = ()  # instruments shown in two groups of bands, not each band


def _value(attribute: str, row: Any) -> str:
    gender, age, industry, group = row
    value = {"gender": gender, "age_band": age, "industry": industry,
             "key_group": group}[attribute]
    return _row_code(attribute, value or NOT_GIVEN)


def _row_code(attribute: str, code: str) -> str:
    """Row codes unique across the four tables ("other" is an industry and a key group, and
    every table has "not given"): a row's total is its own figure, not another table's."""
    return f"{attribute}:{code}"


def _codes(attribute: str) -> list[str]:
    if attribute == "age_band":
        codes = list(AGE_BANDS)
    else:
        kind = {"gender": "genders", "industry": "industries",
                "key_group": "key_groups"}[attribute]
        codes = list(vocab.codes(kind))
        codes = codes if NOT_GIVEN in codes else [*codes, NOT_GIVEN]
    return [_row_code(attribute, c) for c in codes]


def _label(attribute: str, row_code: str) -> tuple[str, str]:
    code = row_code.split(":", 1)[1]
    if attribute == "age_band":
        return age_band_label(code, "zh"), age_band_label(code, "en")
    if code == NOT_GIVEN:
        return N_("export", "not given")
    kind = {"gender": "genders", "industry": "industries", "key_group": "key_groups"}[attribute]
    return vocab.label(kind, code, "zh"), vocab.label(kind, code, "en")


def build(session: Session, campaign_id: int, k: int | None = None) -> CampaignReport:
    """Count, check against the releases, and protect (nothing is written or logged)."""
    from station_desk.domain import station_settings

    session.require(Permission.EXPORT_STATISTICS)
    session.require_clinical_key()
    campaign = surveys.get_campaign(session, campaign_id)
    k = k or station_settings.export_k(session)
    rows = session.db.all(
        "SELECT instrument_id, band_level, anon_gender, anon_age_band, anon_industry,"
        " anon_key_group, administered_at FROM assessments WHERE campaign_id = ?",
        (campaign_id,))
    if not rows:
        raise StationDeskError("survey_empty", name=campaign.name)
    months = tuple(sorted({month_of(str(r[6])) for r in rows}))
    store = Releases(session.db)
    unsent = [m for m in months if store.release(m) is None]
    if unsent:
        raise StationDeskError("survey_months_unsent", name=campaign.name,
                               months="、".join(unsent))
    known = load_all()
    instruments = {i: known[i] for i in campaign.instruments if i in known}
    tables: list[dict[str, Any]] = []
    total = Report()
    forced_all: list[str] = []
    kept_whole: list[str] = []
    coarsened: list[str] = []
    for inst, instrument in instruments.items():
        # every band if the engine can protect that; else the milder half against the rest;
        # else only the total
        for coarse in (False, True):
            groups = band_groups(instrument, coarse)
            forced = _withheld_by_packages(store, months, inst, groups)
            model, specs = _model(inst, instrument, groups, rows, k, forced)
            if not specs:
                break
            try:
                found = _protect(model, k, forced, _partners(model, inst, groups, k, forced))
            except Unprotectable:
                if not coarse:
                    continue
                found = _withhold_breakdown(model, inst, k, forced)
                kept_whole.append(inst)
            if coarse:
                coarsened.append(inst)
            break
        if not specs:
            continue
        tables += [publish(s, model) for s in specs]
        forced_all += forced
        total.primary += found.primary
        total.secondary += found.secondary
        total.zeros += found.zeros
    return CampaignReport(campaign, k, instruments, tables, total, tuple(forced_all), months,
                          tuple(kept_whole), tuple(coarsened))


@dataclass(frozen=True)
class Group:
    """A column of the report: one band, or (coarse) several bands together."""

    code: str
    label_zh: str
    label_en: str
    bands: tuple[str, ...]


def band_groups(instrument: Instrument, coarse: bool) -> list[Group]:
    """Each band; or, coarse, the milder half of the bands against the rest."""
    bands = list(instrument.bands)
    if not coarse or len(bands) < 3:
        return [Group(b.level, b.label_zh, b.label_en, (b.level,)) for b in bands]
    half = (len(bands) + 1) // 2
    low, high = bands[:half], bands[half:]
    return [Group("lower", "、".join(b.label_zh for b in low),
                  " / ".join(b.label_en for b in low), tuple(b.level for b in low)),
            Group("higher", "、".join(b.label_zh for b in high),
                  " / ".join(b.label_en for b in high), tuple(b.level for b in high))]


def _model(inst: str, instrument: Instrument, groups: list[Group], rows: list[Any], k: int,
           forced: list[str]) -> tuple[Model, list[TableSpec]]:
    model = Model()
    specs: list[TableSpec] = []
    of_band = {band: g.code for g in groups for band in g.bands}
    counts: Counter[tuple[str, ...]] = Counter()
    for row_inst, band, *attrs, _when in rows:
        group = of_band.get(band)
        if row_inst != inst or group is None:
            continue  # another instrument, or a band it no longer has: no row for it
        counts[(group,)] += 1
        counts[()] += 1
        for attribute in ATTRIBUTES:
            counts[(attribute, _value(attribute, attrs), group)] += 1
            counts[(attribute, _value(attribute, attrs))] += 1
    if not counts[()]:
        return model, specs
    serial = iter(range(-1, -10**9, -1))  # every screening a person of its own (anonymous)

    def cell(cid: str, value: int) -> str:
        return model.cell(cid, value, people={next(serial) for _ in range(value)})

    codes = [g.code for g in groups]
    # A row nobody falls in is left out (an industry with no screening) when the total is
    # shown: its zeros say nothing the total and the other rows do not. Under a total that
    # may be withheld every row stays, so no row's absence tells a small group's make-up.
    keep_empty = counts[()] < k or f"{inst}.total" in forced

    def row_codes(attribute: str) -> list[str]:
        return [c for c in _codes(attribute) if keep_empty or counts[(attribute, c)]]

    grand = cell(f"{inst}.total", counts[()])
    band_ids = [cell(f"{inst}.band.{g}", counts[(g,)]) for g in codes]
    model.equation(grand, band_ids, f"{inst}.bands")
    for attribute in ATTRIBUTES:
        columns = [Column(g.code, "count", g.label_zh, g.label_en) for g in groups] + [
            Column("total", "count", *N_("export", "Total"))]
        by = ATTRIBUTE_LABELS[attribute]
        spec = TableSpec(f"{inst}_{attribute}", *N_("export", "{instrument} by {attribute}").format(
                             instrument=(instrument.name_zh, instrument.name_en),
                             attribute=(by[0], by[1].lower())),
                         (attribute,), columns, universe=f"survey.{inst}",
                         total_column="total")
        row_totals = []
        for code in row_codes(attribute):
            parts = [cell(f"{inst}.{attribute}.{code}.{g}", counts[(attribute, code, g)])
                     for g in codes]
            total = cell(f"{inst}.{attribute}.{code}", counts[(attribute, code)])
            model.equation(total, parts, f"{inst}.{attribute}.{code}.row")
            row_totals.append(total)
            spec.add((code,), _label(attribute, code), **dict(zip(codes, parts, strict=True)),
                     total=total)
        model.equation(grand, row_totals, f"{inst}.{attribute}.rows")
        for g, band_id in zip(codes, band_ids, strict=True):
            model.equation(band_id, [f"{inst}.{attribute}.{c}.{g}"
                                     for c in row_codes(attribute)], f"{inst}.{attribute}.{g}")
        spec.add((TOTAL,), N_("export", "Total"), **dict(zip(codes, band_ids, strict=True)),
                 total=grand)
        specs.append(spec)
    return model, specs


def _withheld_by_packages(store: Releases, months: tuple[str, ...], inst: str,
                          groups: list[Group]) -> list[str]:
    """The report's counts whose superset a month's package withheld: a column's total
    when any of its bands was withheld, the instrument's total when its anonymous
    screenings were."""
    forced: list[str] = []
    for month in months:
        release = store.release(month)
        assert release is not None
        states = release.counts.states
        for g in groups:
            if any(states.get(f"assess.{inst}.band.{b}") for b in g.bands):
                forced.append(f"{inst}.band.{g.code}")
        if states.get(f"assess.{inst}.anonymous"):
            forced.append(f"{inst}.total")
    return list(dict.fromkeys(forced))


def _withhold_breakdown(model: Model, inst: str, k: int, forced: list[str]) -> Report:
    """The engine found no way to show part of this breakdown safely (a few screenings over
    four linked tables): withhold all of it, and the total too unless it is safe alone."""
    grand = f"{inst}.total"
    for cell in model.cells.values():
        cell.state = SECONDARY if cell.value > 0 else ZERO
    total = model.cells[grand]
    if total.value >= k and grand not in forced:
        total.state = ""
    return model.report()


def _partners(model: Model, inst: str, groups: list[Group], k: int, forced: list[str]
              ) -> list[str]:
    """Cells to hide beside a band total the packages withheld, so that the total keeps k
    possible values: a partner band's total, and in every one of the four tables rows where
    both bands have room, so one band can gain what the other loses (a screening moved from
    one band to the other, row by row). The engine checks this like any secondary pattern;
    without it, its search for a cycle through four tables that share the band totals gives
    up and hides far more (the grand total, whole tables)."""
    def value(cid: str) -> int:
        return model.cells[cid].value

    out: list[str] = []
    if f"{inst}.total" in forced and value(f"{inst}.total") > 0:
        out += _total_partners(model, inst, groups, k)
    bands = [f.rsplit(".", 1)[1] for f in forced
             if f.startswith(f"{inst}.band.") and value(f) > 0]
    if len(bands) == 1:
        rest = [g.code for g in groups if g.code not in bands]
        bands += [max(rest, key=lambda c: value(f"{inst}.band.{c}"))] if rest else []
    for band, partner in itertools.pairwise(bands):
        out.append(f"{inst}.band.{partner}")
        for attribute in ATTRIBUTES:
            def pair(code: str, attribute: str = attribute, band: str = band,
                     partner: str = partner) -> tuple[str, ...]:
                return (f"{inst}.{attribute}.{code}.{band}",
                        f"{inst}.{attribute}.{code}.{partner}")
            out += _rows_with_room(model, attribute, pair, k)
    return list(dict.fromkeys(out))


def _total_partners(model: Model, inst: str, groups: list[Group], k: int) -> list[str]:
    """Cells to hide beside an instrument's total the packages withheld (a month's package
    hid its anonymous screenings): its largest band's total, and in each of the four tables
    rows of that band with room, with their row totals, so the total can be smaller by k - 1
    and still fit every table (a screening fewer in that band, row by row)."""
    band = max((g.code for g in groups), key=lambda c: model.cells[f"{inst}.band.{c}"].value)
    out = [f"{inst}.band.{band}"]
    for attribute in ATTRIBUTES:
        def cells(code: str, attribute: str = attribute) -> tuple[str, ...]:
            return (f"{inst}.{attribute}.{code}.{band}", f"{inst}.{attribute}.{code}")
        out += _rows_with_room(model, attribute, cells, k)
    return out


def _rows_with_room(model: Model, attribute: str,
                    cells: Callable[[str], tuple[str, ...]], k: int) -> list[str]:
    """The cells of the rows with the most room, until together they leave k - 1 (a hidden
    count above zero is known to be at least 1: a cell's room is its value - 1)."""
    def spare(code: str) -> int:
        return min(model.cells[c].value for c in cells(code)) - 1

    rows = sorted((c for c in _codes(attribute) if cells(c)[0] in model.cells), key=spare,
                  reverse=True)
    out: list[str] = []
    room = 0
    for code in rows:
        if spare(code) <= 0 or room >= k - 1:
            break
        out += cells(code)
        room += spare(code)
    return out


def _protect(model: Model, k: int, forced: list[str], partners: Sequence[str] = ()
             ) -> Report:
    """The export's engine on the report alone, with the counts the packages withheld hidden
    from the start (as primaries), and the partners that protect them (as secondaries)."""
    structure = Structure()
    structure.add(model_equations(model), model.bounds, model.distinct)
    nodes = [Node(i) for i in range(PERIODS)]
    node = new_node(0, model, k)
    for cid in forced:
        if model.cells[cid].value > 0:  # a zero says nothing the package did not
            node.hidden[cid] = PRIMARY
    for cid in partners:
        node.hidden.setdefault(cid, SECONDARY)
    nodes[0] = node
    linked = Linked(structure, nodes, k)
    linked.protect()
    report = apply_states(model, node)
    report.checks = linked.checks
    return report


# --------------------------------------------------------------------------- the document


def prepare(session: Session, campaign_id: int, lang: str = "zh") -> Document:
    from station_desk.reports.data import Reader

    built = build(session, campaign_id)
    return document(Reader(session).station(), built, lang)


def document(station: StationInfo, built: CampaignReport, lang: str = "zh") -> Document:
    lang = "en" if lang.startswith("en") else "zh"
    c = built.campaign

    def t(zh: str, en: str) -> str:
        return en if lang == "en" else zh

    def build_story(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title(t(*N_(
            "export", "Survey Report on Workers' Mental Health")),
                                             f"{c.name}　{c.starts_on} – {c.ends_on}")]
        out.append(blocks.fields([(t(*N_("export", "Unit")), c.unit), (t(*N_("export", "Station")),
                                                              station.name)], width))
        out.append(p(t(*N_(
            "export", "Protected by the rules of the statistics packages: figures about fewer "
            "than {k} people, or that could be worked out, show as “—”, as do figures the "
            "packages sent withheld.").format(k=built.k)), "small"))
        for inst, instrument in built.instruments.items():
            tables = [tb for tb in built.tables if tb["id"].startswith(f"{inst}_")]
            if not tables:
                continue
            out += blocks.heading(instrument.name(lang), 1)
            total_row = next(r for r in tables[0]["rows"] if r[0] == TOTAL)
            screened = total_row[-1]
            if screened == SUPPRESSED:
                out.append(p(t(*N_(
                    "export", "The number of screenings is not shown: the monthly packages sent "
                    "did not show it.")), "body"))
            else:
                out.append(p(t(*N_(
                    "export", "{screened} screenings.").format(screened=screened)), "body"))
            if inst in built.coarse and inst not in built.breakdown_withheld:
                out.append(p(t(*N_(
                    "export", "Few screenings: shown in a milder and a more severe group rather "
                    "than band by band.")), "small"))
            if inst in built.breakdown_withheld:
                out.append(p(t(*N_(
                    "export", "Too few screenings to show any breakdown without pointing at "
                    "individuals: all of it is withheld.")), "small"))
                continue  # four tables of dashes would say no more
            for table in tables:
                attribute = table["keys"][0]
                by = ATTRIBUTE_LABELS[attribute]
                out.append(p(t(*N_("export", "By {attribute}").format(
                    attribute=(by[0], by[1].lower()))), "h2"))
                header = [t(*ATTRIBUTE_LABELS[attribute])] + [
                    col[f"label_{lang}"] for col in table["columns"][3:]]
                body = [(row[2] if lang == "en" else row[1], *(_shown(v) for v in row[3:]))
                        for row in table["rows"]]
                n = len(header)
                first = width * 0.28
                rest = (width - first) / (n - 1)
                out += blocks.table(header, body, [first, *[rest] * (n - 1)],
                                    align=["l", *["r"] * (n - 1)])
        return out

    return Document("survey", "SVY", t(*N_("export", "Survey report")), c.name,
                    f"survey:{c.id}", station, build_story, clinical=False, confidential=True,
                    detail={"campaign": c.id, "k": built.k, "withheld": built.report.primary
                            + built.report.secondary + built.report.zeros}, lang=lang)


def _shown(value: Any) -> str:
    return "—" if value == SUPPRESSED else str(value)


def month_of(stamp: str) -> str:
    """The station month of a stored time (anonymous screenings keep the day only)."""
    from station_desk.domain.clock import parse_iso

    if len(stamp) == 10:
        return stamp[:7]
    return parse_iso(stamp).astimezone(STATION_TZ).strftime("%Y-%m")
