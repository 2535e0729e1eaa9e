"""Merging accepted packages into city tables, with suppression kept honest.

The union never learns a suppressed value, so a city figure that includes one is not a
number but a range, computed from published figures only:

* lower bound: the sum of the published parts plus one per suppressed part that cannot be
  zero. Zeros are printed except, from package format 2 on, in a line whose own total is
  withheld (`x_may_be_zero` on the table): there an x may stand for 0 and adds nothing to the
  lower bound;
* upper bound: where the station's table gives the sum of its suppressed cells in that line
  (a published total minus the published parts), that sum bounds each of them; where no
  line bounds a cell (its total is suppressed too, or the table does not add up), the
  upper bound is open.

Such a figure is marked wherever it is shown (range "12–15", or "≥12"), and anything derived
from it (a mean, a rate) is computed only from stations whose own figures are complete, with
the number of stations it rests on shown beside it. Because every bound comes from the
published packages alone, the city report can reveal nothing the packages did not, and each
package was already protected against recomputation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from station_desk.export.tables import SUPPRESSED, TOTAL
from station_desk.export.union.registry import Station
from station_desk.export.union.verify import Checked
from station_desk.i18n import N_

INFO_TABLES = ("station_profile", "tier_selfcheck", "indicators")


@dataclass
class Figure:
    lo: int = 0
    hi: int | None = 0
    hidden: int = 0  # station cells that were suppressed

    @property
    def exact(self) -> bool:
        return self.hidden == 0

    def add(self, value: Any, upper: int | None, may_be_zero: bool = False) -> None:
        if value == SUPPRESSED:
            self.hidden += 1
            self.lo += 0 if may_be_zero else 1
            self.hi = None if self.hi is None or upper is None else self.hi + upper
        elif isinstance(value, int):
            self.lo += value
            if self.hi is not None:
                self.hi += value

    def display(self) -> str:
        if self.exact:
            return str(self.lo)
        if self.hi is not None:
            return f"{self.lo}–{self.hi}" if self.hi != self.lo else str(self.lo)
        return f"≥{self.lo}"

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.lo if self.exact else None, "lower": self.lo, "upper": self.hi,
                "withheld_station_cells": self.hidden}


@dataclass
class MergedRow:
    codes: tuple[str, ...]
    label_zh: str
    label_en: str
    values: dict[str, Any] = field(default_factory=dict)  # Figure, or float/str for numbers


@dataclass
class MergedTable:
    id: str
    title_zh: str
    title_en: str
    note_zh: str
    keys: list[str]
    columns: list[dict[str, Any]]  # value columns only
    rows: list[MergedRow] = field(default_factory=list)


@dataclass
class TargetRow:
    station: str
    name: str
    type: str
    label_zh: str
    events: int
    ytd: int
    target: int | None

    @property
    def pct(self) -> float | None:
        return round(100 * self.ytd / self.target, 1) if self.target else None


@dataclass
class CityReport:
    period: str
    registered: list[Station]
    results: list[Checked]
    tables: list[MergedTable] = field(default_factory=list)
    targets: list[TargetRow] = field(default_factory=list)

    @property
    def accepted(self) -> list[Checked]:
        return [r for r in self.results if r.ok]

    @property
    def rejected(self) -> list[Checked]:
        return [r for r in self.results if not r.ok]

    def missing(self) -> list[Station]:
        got = {r.station_code for r in self.accepted}
        return [s for s in self.registered if s.code not in got]

    def table(self, table_id: str) -> MergedTable:
        return next(t for t in self.tables if t.id == table_id)


# --------------------------------------------------------------------------- bounds


def upper_bounds(table: dict[str, Any]) -> dict[tuple[int, int], int]:
    """(row, column) of each suppressed cell -> the largest value it can have, where a
    published line total bounds it."""
    cols = table["columns"]
    nkeys = len(table["keys"])
    counts = [i for i, c in enumerate(cols) if c["kind"] == "count"]
    rows = table["rows"]
    bound: dict[tuple[int, int], int] = {}

    def limit(cells: list[tuple[int, int]], total: Any) -> None:
        if not isinstance(total, int):
            return
        slack = total - sum(rows[r][c] for r, c in cells if isinstance(rows[r][c], int))
        for r, c in cells:
            if rows[r][c] == SUPPRESSED:
                bound[(r, c)] = min(bound.get((r, c), slack), slack)

    if table["additive"]:
        groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for r, row in enumerate(rows):
            groups[tuple(row[:nkeys - 1])].append(r)
        for members in groups.values():
            total_row = next((r for r in members if rows[r][nkeys - 1] == TOTAL), None)
            if total_row is None:
                continue
            parts = [r for r in members if r != total_row]
            for c in counts:
                limit([(r, c) for r in parts], rows[total_row][c])
    if table["total_column"]:
        tc = next(i for i, c in enumerate(cols) if c["key"] == table["total_column"])
        for r in range(len(rows)):
            limit([(r, c) for c in counts if c != tc], rows[r][tc])
    return bound


def zero_possible(table: dict[str, Any]) -> set[tuple[int, int]]:
    """(row, column) of each x that may stand for 0: in a table marked `x_may_be_zero`, an x in
    a line whose total is an x too (in a table of overlapping rows, any x: its total is the
    universe's, in another table)."""
    if not table.get("x_may_be_zero"):
        return set()
    cols = table["columns"]
    nkeys = len(table["keys"])
    counts = [i for i, c in enumerate(cols) if c["kind"] == "count"]
    rows = table["rows"]
    hidden = {(r, c) for r, row in enumerate(rows) for c in counts if row[c] == SUPPRESSED}
    if not table["additive"] and not table["total_column"]:
        return hidden
    out = set()
    tc = next((i for i, c in enumerate(cols) if c["key"] == table["total_column"]), None)
    totals: dict[tuple[str, ...], int] = {}
    for r, row in enumerate(rows):
        if row[nkeys - 1] == TOTAL:
            totals[tuple(row[:nkeys - 1])] = r
    for r, c in hidden:
        row = rows[r]
        group_total = totals.get(tuple(row[:nkeys - 1]))
        if table["additive"] and row[nkeys - 1] != TOTAL and group_total is not None and \
                rows[group_total][c] == SUPPRESSED:
            out.add((r, c))
        if tc is not None and c != tc and row[tc] == SUPPRESSED:
            out.add((r, c))
    return out


# --------------------------------------------------------------------------- merging


def merge(period: str, registered: list[Station], results: list[Checked]) -> CityReport:
    report = CityReport(period, registered, results)
    accepted = report.accepted
    order: list[str] = []
    for item in accepted:
        order += [t for t in item.tables if t not in order and t not in INFO_TABLES]
    for table_id in order:
        report.tables.append(_merge_table(table_id, accepted))
    report.tables.append(_indicators(accepted))
    report.tables.append(_selfcheck(accepted))
    report.targets = _targets(accepted)
    return report


def _merge_table(table_id: str, accepted: list[Checked]) -> MergedTable:
    first = next(item.tables[table_id] for item in accepted if table_id in item.tables)
    nkeys = len(first["keys"])
    value_cols = first["columns"][nkeys + 2:]
    merged = MergedTable(table_id, first["title_zh"], first["title_en"], first["note_zh"],
                         list(first["keys"]), value_cols)
    rows: dict[tuple[str, ...], MergedRow] = {}
    for item in accepted:
        table = item.tables.get(table_id)
        if table is None:
            continue
        bounds = upper_bounds(table)
        maybe_zero = zero_possible(table)
        by_key = {c["key"]: i for i, c in enumerate(table["columns"])}
        for r, row in enumerate(table["rows"]):
            codes = tuple(row[:nkeys])
            out = rows.get(codes)
            if out is None:
                out = rows[codes] = MergedRow(codes, row[nkeys], row[nkeys + 1])
                merged.rows.append(out)
            for col in value_cols:
                i = by_key.get(col["key"])
                if i is None or col["kind"] != "count":
                    continue
                figure = out.values.setdefault(col["key"], Figure())
                value = row[i]
                figure.add(0 if value == "" else value, bounds.get((r, i)),
                           (r, i) in maybe_zero)
    if table_id == "activities":
        for row in merged.rows:
            ytd, target = row.values.get("events_ytd"), row.values.get("annual_target")
            row.values["target_pct"] = (round(100 * ytd.lo / target.lo, 1)
                                        if ytd and target and target.lo and ytd.exact
                                        and target.exact else "")
    return merged


def _indicators(accepted: list[Checked]) -> MergedTable:
    cols = [{"key": "value", "kind": "number", **N_("export", "Value").fields("label")},
            {"key": "stations", "kind": "count", **N_("export", "Stations used").fields("label")}]
    table = MergedTable("indicators", *N_("export", "Indicators (means and rates)"),
                        N_("export", "Computed only from stations whose counts were all "
                                     "published; “Stations used” is how many took "
                                     "part.").text("zh"),
                        ["indicator"], cols)
    sat_n = sat_sum = 0
    sat_used = fol_due = fol_on = fol_used = 0
    for item in accepted:
        rows = {r[0]: r[-1] for r in item.tables.get("satisfaction", {}).get("rows", [])}
        if rows and all(isinstance(v, int) for v in rows.values()) and rows.get(TOTAL):
            sat_used += 1
            sat_n += rows[TOTAL]
            sat_sum += sum(int(k) * v for k, v in rows.items() if k != TOTAL)
        rows = {r[0]: r[-1] for r in item.tables.get("followups", {}).get("rows", [])}
        if rows and isinstance(rows.get("on_time"), int) and isinstance(rows.get(TOTAL), int) \
                and rows[TOTAL]:
            fol_used += 1
            fol_due += rows[TOTAL]
            fol_on += rows["on_time"]
    table.rows.append(MergedRow(("satisfaction_mean",), *N_("export", "Mean satisfaction (1–5)"),
                                {"value": round(sat_sum / sat_n, 2) if sat_n else SUPPRESSED,
                                 "stations": Figure(sat_used, sat_used)}))
    table.rows.append(MergedRow(("followup_on_time_pct",), *N_(
        "export", "Follow-ups done on time (%)"),
                                {"value": round(100 * fol_on / fol_due, 1) if fol_due
                                 else SUPPRESSED, "stations": Figure(fol_used, fol_used)}))
    return table


def _selfcheck(accepted: list[Checked]) -> MergedTable:
    from station_desk.export.profile import (
        LEGACY_STATUS_LABELS,
        MET,
        NOT_EVIDENCED,
        NOT_MET,
        STATUS_LABELS,
        WITHHELD,
    )

    statuses = {item[5] for a in accepted
                for item in a.tables.get("tier_selfcheck", {}).get("rows", [])}
    # packages made before the self-check's rule was used judged by "records this period"
    legacy = [s for s in LEGACY_STATUS_LABELS if s in statuses]
    labels = {**STATUS_LABELS, **LEGACY_STATUS_LABELS}
    cols = [{"key": s, "kind": "count", "label_zh": labels[s][0], "label_en": labels[s][1]}
            for s in (MET, NOT_MET, NOT_EVIDENCED, WITHHELD, *legacy)]
    table = MergedTable("tier_selfcheck", *N_("export", "Tier self-check (stations per result)"),
                        N_("export", "Each row counts the stations giving each self-check "
                                     "result for that requirement.").text("zh"),
                        ["requirement"], cols)
    rows: dict[str, MergedRow] = {}
    for item in accepted:
        for code, zh, en, _tier, _basis, status in item.tables.get("tier_selfcheck", {}).get(
                "rows", []):
            row = rows.get(code)
            if row is None:
                row = rows[code] = MergedRow((code,), zh, en, {c["key"]: Figure() for c in cols})
                table.rows.append(row)
            if status in row.values:
                row.values[status].add(1, 1)
    return table


def _targets(accepted: list[Checked]) -> list[TargetRow]:
    out = []
    for item in sorted(accepted, key=lambda i: i.station_code):
        table = item.tables.get("activities")
        if table is None:
            continue
        idx = {c["key"]: i for i, c in enumerate(table["columns"])}
        for row in table["rows"]:
            if row[0] == TOTAL:
                continue
            target = row[idx["annual_target"]]
            out.append(TargetRow(item.station_code, item.manifest["station"]["name"], row[0],
                                 row[1], _int(row[idx["events"]]), _int(row[idx["events_ytd"]]),
                                 target if isinstance(target, int) else None))
    return out


def _int(value: Any) -> int:
    return value if isinstance(value, int) else 0
