"""What a package holds, counted and protected, before anything is written.

The wizard previews a `Content` and then writes that same object, so what the admin saw is
byte for byte what leaves the station.

A period is released once. Its counts come from its months as the vault froze them
(`releases`), and its suppression is decided jointly with every package already released in the
same year (`protect`). Exporting a released period again gives exactly the tables it was
released with (`Content.first_released` says when), so a re-export adds nothing.

k (the protection threshold) is station policy (`domain.station_settings.export_k`, set by the
admin). All packages of a year are protected together with the k of the year's first release:
`--k` may ask for more only before a year's first release, and can never lower the k of a
released period or year.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from station_desk.domain import station_settings
from station_desk.domain.clock import iso, shown_date
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.stats.period import Period, parse_period, year_codes
from station_desk.domain.tier import selfcheck
from station_desk.domain.tier.evidence import Window
from station_desk.errors import StationDeskError, register_messages
from station_desk.export.collect import Collector, Dataset, indicators
from station_desk.export.disclosure import TRACKED, ZERO, Model, Report
from station_desk.export.profile import (
    StationInfo,
    profile_table,
    selfcheck_table,
    station_info,
    withheld_requirements,
)
from station_desk.export.protect import (
    FROZEN,
    OPEN,
    RELEASED,
    Linked,
    Node,
    Structure,
    Unprotectable,
    apply_states,
    model_equations,
    months_of,
    new_node,
)
from station_desk.export.releases import Counts, FrozenMonth, Release, Releases
from station_desk.export.tables import SUPPRESSED, cell_ids, publish
from station_desk.i18n import N_

MIN_K = station_settings.EXPORT_K_RANGE[0]
DEFAULT_K = station_settings.DEFAULT_EXPORT_K
MAX_K = station_settings.EXPORT_K_RANGE[1]

register_messages({
    "k_too_small": N_(
        "errors", "The protection threshold k cannot be below {min} (got {k}): smaller groups "
        "would identify people."),
    "k_too_large": N_("errors", "The protection threshold k cannot exceed {max} (got {k})."),
    "k_below_policy": N_(
        "errors", "This station's protection threshold is k = {policy} (set by the admin); --k "
        "{k} cannot be lower."),
    "k_lower_than_released": N_(
        "errors", "{period} was released on {date} with k = {released}; it cannot be exported "
        "again with a lower k = {k}: what has left the station cannot be protected less."),
    "k_year_locked": N_(
        "errors", "Packages of {year} were released with k = {year_k}; all periods of a year "
        "are protected together with one k, so this one can only use k = {year_k} (a new k "
        "applies from the next year's first package)."),
    "export_unprotectable": N_(
        "errors", "{period} cannot be exported on its own: {count} figures withheld by earlier "
        "packages could then be worked out; export its quarter or year instead."),
    "export_stale": N_(
        "errors", "Another package of this year was released after the preview; preview again "
        "before writing."),
})


@dataclass(frozen=True)
class Pending:
    """What `write_package` records with the package (a first release only)."""

    counts: Counts
    months: tuple[FrozenMonth, ...]
    seen: tuple[str, ...]  # the year's releases the protection was computed with


@dataclass
class Content:
    station: StationInfo
    period: Period
    k: int
    tables: list[dict[str, Any]]
    report: Report
    model: Model | None = None
    pending: Pending | None = None  # None: a re-export of a released period
    first_released: str | None = None  # re-exports: when the period was released
    requested_k: int | None = None
    protected_with: tuple[str, ...] = ()  # released periods of the year it is protected with
    tables_withheld: tuple[str, ...] = field(default=())

    def table(self, table_id: str) -> dict[str, Any]:
        return next(t for t in self.tables if t["id"] == table_id)

    def suppressed_cells(self) -> int:
        """Figures shown as x (each counted once, however many tables show it)."""
        return self.report.primary + self.report.secondary + self.report.zeros

    @property
    def republished(self) -> bool:
        return self.first_released is not None


def check_k(k: int) -> int:
    if k < MIN_K:
        raise StationDeskError("k_too_small", min=MIN_K, k=k)
    if k > MAX_K:
        raise StationDeskError("k_too_large", max=MAX_K, k=k)
    return k


def effective_k(session: Session, period: Period, requested: int | None = None) -> int:
    """The k an export of `period` uses (see the module docstring), or the refusal."""
    if requested is not None:
        check_k(requested)
    store = Releases(session.db)
    released = store.release(period.code)
    if released is not None:
        if requested is not None and requested < released.k:
            raise StationDeskError("k_lower_than_released", period=period.code,
                                   date=shown_date(released.released_at), released=released.k,
                                   k=requested)
        return released.k
    year_k = store.year_k(period.year)
    if year_k is not None:
        if requested is not None and requested != year_k:
            raise StationDeskError("k_year_locked", year=period.year, year_k=year_k)
        return year_k
    policy = station_settings.export_k(session)
    if requested is not None and requested < policy:
        raise StationDeskError("k_below_policy", policy=policy, k=requested)
    return requested if requested is not None else policy


def build(session: Session, period: Period, k: int | None = None) -> Content:
    """Count, protect and lay out every table of the package (nothing is written)."""
    session.require(Permission.EXPORT_STATISTICS)
    k_used = effective_k(session, period, k)
    db = session.db
    store = Releases(db)
    released = store.release(period.code)
    if released is not None:
        return republish(released, period, k)
    frozen = store.months(period.year)
    releases = store.of_year(period.year)
    now = iso(session.clock())
    data, new_months = period_counts(session, period, frozen, now)
    frozen = {**frozen, **{m.month: m for m in new_months}}
    linked, node = link(data.model, period, k_used, releases, frozen)
    try:
        linked.protect()
    except Unprotectable as exc:
        raise StationDeskError("export_unprotectable", period=period.code,
                               count=len(exc.targets)) from None
    report = apply_states(data.model, node)
    report.checks = linked.checks
    report.earlier_periods = len(releases)
    info = station_info(db)
    # the self-check's own rules, judged for the period alone: its statuses rest on the
    # period's records, the counts this package tables
    check = selfcheck.judge(session, Window(period.first, period.after - dt.timedelta(days=1)))
    specs = [profile_table(info), selfcheck_table(check, withheld_requirements(data.model)),
             *data.specs]
    tables = []
    for spec in specs:
        table = publish(spec, data.model)
        cells = cell_ids(spec)
        counts = [v for row in table["rows"] for v, c in zip(row, table["columns"], strict=True)
                  if c["kind"] == "count"]
        table["withheld"] = bool(cells) and bool(counts) and all(
            v in (SUPPRESSED, "") for v in counts) and SUPPRESSED in counts
        table["x_may_be_zero"] = any(c in node.zero_ok for c in cells)
        tables.append(table)
    seen = tuple(r.period for r in releases)
    return Content(info, period, k_used, tables, report, data.model,
                   Pending(Counts.of(data.model, linked=seen), tuple(new_months), seen),
                   requested_k=k, protected_with=seen,
                   tables_withheld=tuple(t["id"] for t in tables if t["withheld"]))


def republish(released: Release, period: Period, requested: int | None) -> Content:
    profile = next((t for t in released.tables if t["id"] == "station_profile"), None)
    fields = {r[0]: r[-1] for r in profile["rows"]} if profile else {}
    info = StationInfo(str(fields.get("station_name", "")), str(fields.get("union_code", "")),
                       str(fields.get("tier", "")))
    states = Counter(released.counts.states.values())
    report = Report(primary=states["primary"], secondary=states["secondary"],
                    zeros=states[ZERO])
    return Content(info, period, released.k, released.tables, report,
                   first_released=released.released_at, requested_k=requested,
                   protected_with=released.counts.linked,
                   tables_withheld=tuple(t["id"] for t in released.tables
                                         if t.get("withheld")))


def period_counts(session: Session, period: Period, frozen: dict[str, FrozenMonth],
                  now: str) -> tuple[Dataset, list[FrozenMonth]]:
    """The period's tables, with counts summed from its months as frozen (months no release
    has covered yet are counted now and frozen by this one)."""
    db = session.db
    extra: set[str] = set()
    for month in period.months:
        if month in frozen:
            extra.update(frozen[month].counts.values)
    data = Collector(db, period, frozenset(extra)).collect()
    indicators(data)
    if period.kind == "month" and period.code not in frozen:
        month = FrozenMonth(period.code, now, Counts.of(data.model, few_below=MAX_K),
                            data.served_ids)
        return data, [month]
    # from here on only frozen counts decide, so the package is the one earlier packages
    # were protected for
    bases, new = [], []
    for code in period.months:
        if code in frozen:
            bases.append(frozen[code])
            continue
        counted = Collector(db, parse_period(code)).collect()
        month = FrozenMonth(code, now, Counts.of(counted.model, few_below=MAX_K),
                            counted.served_ids)
        bases.append(month)
        new.append(month)
    totals: Counter[str] = Counter()
    for base in bases:
        totals.update(base.counts.values)
    lost = set(totals) - set(data.model.cells)
    if any(totals[c] for c in lost):
        raise RuntimeError(f"frozen counts without a row: {sorted(lost)[:5]}")
    for cid, cell in data.model.cells.items():
        cell.value = totals.get(cid, 0)
    served = frozenset().union(*(b.served for b in bases)) if bases else frozenset()
    for cid in data.model.distinct:
        data.model.cells[cid].value = len(served)
    codes = {b.month for b in bases}
    people = people_behind({b.month: b for b in bases}, sorted(codes),
                           {cid: c.value for cid, c in data.model.cells.items()})
    for cid, cell in data.model.cells.items():
        cell.contributors = people[cid]
    for eq in data.model.equations:  # the months add up, so their sum must too
        if sum(data.model.cells[p].value for p in eq.parts) != data.model.cells[eq.total].value:
            raise RuntimeError(f"frozen counts do not add up in {eq.line}")
    return data, new


def link(model: Model, period: Period, k: int, releases: list[Release],
         frozen: dict[str, FrozenMonth]) -> tuple[Linked, Node]:
    """The year's 17 periods as `protect` sees them, with `model` as the new one."""
    structure = Structure()
    for release in releases:
        structure.add(release.counts.lines, release.counts.bounds, release.counts.distinct)
    for month in frozen.values():
        structure.add(month.counts.lines, month.counts.bounds, month.counts.distinct)
    structure.add(model_equations(model), model.bounds, model.distinct)
    by_period = {r.period: r for r in releases}
    nodes = []
    new: Node | None = None
    for i, code in enumerate(year_codes(period.year)):
        if code == period.code:
            new = new_node(i, model, k)
            nodes.append(new)
        elif code in by_period:
            counts = by_period[code].counts
            nodes.append(Node(i, RELEASED, dict(counts.values), dict(counts.states)))
        else:
            months = [year_codes(period.year)[m] for m in months_of(i)]
            if all(m in frozen for m in months):
                node = Node(i, FROZEN, _summed(frozen, months, structure))
                people = people_behind(frozen, months, node.values)
                node.few = {c for c, v in node.values.items() if v > 0 and people[c] < k}
                nodes.append(node)
            else:
                nodes.append(Node(i, OPEN))
    assert new is not None
    return Linked(structure, nodes, k), new


PEOPLE_SERVED = ("sessions.total", "cases.served")  # their people are the clients served


def people_behind(frozen: dict[str, FrozenMonth], months: list[str],
                  values: dict[str, int]) -> dict[str, int]:
    """How many people each count of a period made of frozen months rests on.

    A month keeps who is behind each of its counts that fewer than `TRACKED` people are
    behind (`Counts.few`); a period's count rests on them counted once, however many months
    they came in, plus the people of counts whose records do not say who (files, heads at an
    activity), added up. A count that had enough people in one month alone has enough. Both
    the package of the period and every package protected before it decide from these same
    numbers, so a count an earlier package counted on being hidden is hidden."""
    out: dict[str, int] = {}
    for cell in values:
        who: set[int] = set()
        unnamed = 0
        for m in months:
            counts = frozen[m].counts
            if cell not in counts.values or counts.values[cell] == 0:
                continue
            entry = counts.few.get(cell)
            if entry is None:
                unnamed = TRACKED
                break
            if isinstance(entry, int):
                unnamed += entry
            else:
                who.update(entry)
        out[cell] = len(who) + unnamed
    if len(months) > 1:
        served = len(frozenset().union(*(frozen[m].served for m in months)))
        for cell in PEOPLE_SERVED:
            if cell in out:
                out[cell] = served
    return out


def _summed(frozen: dict[str, FrozenMonth], months: list[str],
            structure: Structure) -> dict[str, int]:
    totals: Counter[str] = Counter()
    for m in months:
        totals.update(frozen[m].counts.values)
    values = dict(totals)
    if len(months) > 1:
        served = frozenset().union(*(frozen[m].served for m in months))
        for cid in structure.distinct:
            values[cid] = len(served)
    return values

