"""The vault's record of what each statistics package published (tables `export_releases` and
`export_months`, in the clinical compartment: schema/clinical/v007).

A *release* is a period whose package was written: its tables exactly as published, and every
count's true value with whether it was shown. A *frozen month* holds a month's counts as the
first release that covered the month saw them (that month's own package, or its quarter's or
year's): every later package of the year adds up from those counts, so a quarter is always the
exact sum of its months in every package, whatever was signed or corrected in the records since.
Both tables refuse updates and deletes (triggers): what left the station stays as it left.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from station_desk.export.disclosure import Model
from station_desk.storage.database import Database


@dataclass(frozen=True)
class Counts:
    """A period's counts and the sums between them, as stored (a frozen month, or a release)."""

    values: dict[str, int]
    lines: list[tuple[str, str, tuple[str, ...]]]
    bounds: dict[str, str]
    distinct: tuple[str, ...] = ()
    states: dict[str, str] = field(default_factory=dict)  # releases: cell -> how it was hidden
    linked: tuple[str, ...] = ()  # releases: earlier periods it was protected with
    # months: who is behind each count made by few people (ids), or how many where the
    # records do not say who (files opened, heads at an activity)
    few: dict[str, list[int] | int] = field(default_factory=dict)

    @classmethod
    def of(cls, model: Model, linked: tuple[str, ...] = (), few_below: int = 0) -> Counts:
        """`few_below`: keep the people behind each count made by fewer than this many (a
        quarter made of frozen months counts them once, however many months they came in)."""
        few: dict[str, list[int] | int] = {}
        for c in model.cells.values():
            if c.contributors is None or c.contributors >= few_below or c.value <= 0:
                continue
            few[c.id] = sorted(c.people) if c.people is not None else c.contributors
        return cls({c.id: c.value for c in model.cells.values()},
                   [(eq.line, eq.total, eq.parts) for eq in model.equations],
                   dict(model.bounds), tuple(sorted(model.distinct)),
                   {c.id: c.state for c in model.cells.values() if c.state}, linked, few)

    def to_json(self) -> str:
        doc: dict[str, Any] = {"values": self.values,
                               "lines": [[a, b, list(c)] for a, b, c in self.lines],
                               "bounds": self.bounds, "distinct": list(self.distinct)}
        if self.states:
            doc["states"] = self.states
        if self.linked:
            doc["linked"] = list(self.linked)
        if self.few:
            doc["few"] = self.few
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Counts:
        doc = json.loads(text)
        return cls({k: int(v) for k, v in doc["values"].items()},
                   [(a, b, tuple(c)) for a, b, c in doc["lines"]], dict(doc["bounds"]),
                   tuple(doc.get("distinct", ())), dict(doc.get("states", {})),
                   tuple(doc.get("linked", ())),
                   {k: (v if isinstance(v, list) else int(v))
                    for k, v in doc.get("few", {}).items()})


@dataclass(frozen=True)
class Release:
    period: str
    year: int
    k: int
    released_at: str
    package_sha256: str
    tables: list[dict[str, Any]]
    counts: Counts


@dataclass(frozen=True)
class FrozenMonth:
    month: str
    frozen_at: str
    counts: Counts
    served: frozenset[int]


def pack_ids(ids: Iterable[int]) -> bytes:
    """Sorted ids as zlib-compressed varint gaps: a month of a large station is a few KB."""
    out = bytearray()
    last = 0
    for value in sorted(set(ids)):
        gap = value - last
        last = value
        while True:
            byte = gap & 0x7F
            gap >>= 7
            if gap:
                out.append(byte | 0x80)
            else:
                out.append(byte)
                break
    return zlib.compress(bytes(out))


def unpack_ids(blob: bytes) -> frozenset[int]:
    data = zlib.decompress(blob)
    out, value, shift, last = [], 0, 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        last += value
        out.append(last)
        value = shift = 0
    return frozenset(out)


class Releases:
    def __init__(self, db: Database) -> None:
        self.db = db

    def release(self, period: str) -> Release | None:
        row = self.db.one("SELECT period, year, k, released_at, package_sha256, tables, cells"
                          " FROM export_releases WHERE period = ?", (period,))
        return None if row is None else _release(row)

    def of_year(self, year: int) -> list[Release]:
        rows = self.db.all("SELECT period, year, k, released_at, package_sha256, tables, cells"
                           " FROM export_releases WHERE year = ? ORDER BY id", (year,))
        return [_release(r) for r in rows]

    def year_k(self, year: int) -> int | None:
        """The k every package of `year` is protected with: that of its first release."""
        row = self.db.one("SELECT k FROM export_releases WHERE year = ? ORDER BY id LIMIT 1",
                          (year,))
        return None if row is None else int(row[0])

    def months(self, year: int) -> dict[str, FrozenMonth]:
        rows = self.db.all("SELECT month, frozen_at, counts, served FROM export_months"
                           " WHERE year = ?", (year,))
        return {r[0]: FrozenMonth(r[0], r[1], Counts.from_json(r[2]), unpack_ids(bytes(r[3])))
                for r in rows}

    def periods(self) -> list[tuple[str, int, str]]:
        """(period, k, released at) of every release, oldest first."""
        return [(r[0], int(r[1]), r[2]) for r in self.db.all(
            "SELECT period, k, released_at FROM export_releases ORDER BY id")]

    def record(self, release: Release, months: Iterable[FrozenMonth]) -> None:
        """Called inside the transaction that writes the package's audit entry."""
        for month in months:
            self.db.execute(
                "INSERT INTO export_months (month, year, frozen_at, counts, served)"
                " VALUES (?, ?, ?, ?, ?)",
                (month.month, int(month.month[:4]), month.frozen_at, month.counts.to_json(),
                 pack_ids(month.served)))
        self.db.execute(
            "INSERT INTO export_releases (period, year, k, released_at, package_sha256, tables,"
            " cells) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (release.period, release.year, release.k, release.released_at,
             release.package_sha256,
             json.dumps(release.tables, ensure_ascii=False, separators=(",", ":")),
             release.counts.to_json()))


def _release(row: Any) -> Release:
    return Release(row[0], int(row[1]), int(row[2]), row[3], row[4], json.loads(row[5]),
                   Counts.from_json(row[6]))
