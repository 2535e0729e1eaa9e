"""The counting tools of the statistics export: controlled-vocabulary rows, tallies that
keep the people behind each count, and one-way tables into the disclosure model. Used by the
collector (`collect`) and the tier tables (`tier_tables`), neither of which imports the other
for them."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from station_desk.domain import vocab
from station_desk.export.disclosure import TRACKED, Model
from station_desk.export.tables import TOTAL, Column, TableSpec
from station_desk.i18n import N_

UNKNOWN = "unknown"
UNKNOWN_LABEL = N_("export", "Not recorded / other")
TOTAL_LABEL = N_("export", "Total")
AGE_BANDS: tuple[tuple[str, str, str], ...] = (
    ("under_20", *N_("export", "under 20")),
    ("20_29", *N_("export", "20–29")),
    ("30_39", *N_("export", "30–39")),
    ("40_49", *N_("export", "40–49")),
    ("50_59", *N_("export", "50–59")),
    ("60_plus", *N_("export", "60 and over")),
    ("unspecified", *N_("export", "not given")),
)
MODES = (("counsellor", *N_("export", "By counsellor")), ("kiosk", *N_("export", "Self-service")),
         ("anonymous", *N_("export", "Anonymous screening")))
CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")

SESSIONS_COL = Column("sessions", "count", *N_("export", "Sessions"))


@dataclass
class Dataset:
    model: Model = field(default_factory=Model)
    specs: list[TableSpec] = field(default_factory=list)
    extra: frozenset[str] = frozenset()  # cell ids that must exist (rows frozen months had)
    served_ids: frozenset[int] = frozenset()  # the clients behind "people served"

    def extra_codes(self, prefix: str) -> list[str]:
        """Codes of rows under `prefix` that frozen counts have and the records no longer
        show (a code edited after a release): the row stays, or the sums would not add up."""
        start = prefix + "."
        return sorted({c[len(start):] for c in self.extra if c.startswith(start)
                       and "." not in c[len(start):] and c[len(start):] != TOTAL})


@lru_cache(maxsize=4096)
def _codes(text: str | None) -> tuple[str, ...]:
    """A stored JSON list of codes; anything malformed reads as no codes."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(sorted({str(v) for v in value})) if isinstance(value, list) else ()


class Vocab:
    """Codes and labels of one vocabulary; retired codes still count, unknown ones do not."""

    def __init__(self, kind: str) -> None:
        self.active = vocab.codes(kind)
        self.known = set(vocab.codes(kind, include_retired=True))
        self.kind = kind

    def norm(self, code: str | None) -> str:
        return code if code in self.known else UNKNOWN

    def label(self, code: str) -> tuple[str, str]:
        if code == UNKNOWN:
            return UNKNOWN_LABEL
        entry = vocab.load_vocabularies().entry(self.kind, code)
        return entry.label_zh, entry.label_en

    def rows(self, seen: Iterable[str] = ()) -> list[str]:
        """Every code in catalogue order, retired ones and `unknown` included, zeros too: the
        same rows in every period, so a row that is missing in one month never tells that
        nobody there had that value (a printed zero the rules would have hidden)."""
        order = list(self.active)
        order += [c for c in vocab.codes(self.kind, include_retired=True) if c not in order]
        order.append(UNKNOWN)
        return order


def age_band(year: int, birth_year: int | None) -> str:
    if not birth_year:
        return "unspecified"
    age = year - int(birth_year)
    if age < 20:
        return "under_20"
    if age >= 60:
        return "60_plus"
    lo = age // 10 * 10
    return f"{lo}_{lo + 9}"


class Tally:
    """Counts with the distinct people behind each; anonymous people count one each (as a
    negative id of their own, unique to the month: no one is linked across months)."""

    def __init__(self, salt: int = 0) -> None:
        self.count: Counter[str] = Counter()
        self.people: dict[str, set[int]] = defaultdict(set)
        self._anon = -salt * 1_000_000

    def add(self, key: str, person: int | None, n: int = 1) -> None:
        self.count[key] += n
        if person is None:
            self._anon -= 1
            self.people[key].add(self._anon)
        else:
            self.people[key].add(person)

    def contributors(self, key: str) -> int:
        return len(self.people.get(key, ()))

    def people_of(self, key: str) -> set[int]:
        return self.people.get(key, set())


class Heads:
    """Counts per key where each person is seen once (the per-client pass of the sessions
    tables): who they are is kept only while a key has few of them, for the months' small
    counts (a set for every big cell would cost more than the rest of the export)."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.heads: Counter[str] = Counter()
        self.people: dict[str, set[int]] = defaultdict(set)

    def add(self, key: str, n: int, person: int) -> None:
        self.count[key] += n
        self.heads[key] += 1
        if self.heads[key] <= TRACKED:
            self.people[key].add(person)

    def contributors(self, key: str) -> int:
        return self.heads[key]

    def people_of(self, key: str) -> set[int] | None:
        return self.people.get(key, set()) if self.heads[key] < TRACKED else None


def one_way(data: Dataset, spec: TableSpec, prefix: str, tally: Tally | Heads,
            codes: list[str], label: Callable[[str], tuple[str, str]], column: Column, *,
            total: Tally | Heads | None = None, total_id: str | None = None,
            bound_to: str | None = None) -> None:
    """A one-way table: a row per code, then (for additive tables) the total row. Rows of a
    table that states no sum (`bound_to`) each count at most that total."""
    model = data.model
    ids = []
    codes = codes + [c for c in data.extra_codes(prefix) if c not in codes]
    for code in codes:
        cid = model.cell(f"{prefix}.{code}", tally.count[code],
                         contributors=tally.contributors(code), person=column.person,
                         people=tally.people_of(code))
        ids.append(cid)
        spec.add((code,), label(code), **{column.key: cid})
        if bound_to is not None:
            model.bound(cid, bound_to)
    if spec.additive:
        source = total or tally
        tid = total_id or f"{prefix}.{TOTAL}"
        model.cell(tid, sum(tally.count[c] for c in codes),
                   contributors=source.contributors(TOTAL), person=column.person,
                   people=source.people_of(TOTAL))
        model.equation(tid, ids)
        spec.add((TOTAL,), TOTAL_LABEL, **{column.key: tid})
    data.specs.append(spec)
