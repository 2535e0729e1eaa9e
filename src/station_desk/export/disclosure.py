"""Disclosure control for statistics packages: who the attacker is, and the rules we publish by.

The threat model (docs/disclosure.md tells the same, with examples)
-----------------------------------------------------------------
The attacker holds **every package this station has ever released**, for every period (months,
quarters, years), at every k it was released with, every re-export, the city union's report, and
every other station's packages. They know how packages are made (this module and
`protect` are public), and they know that a given worker visited the station in a given month.
They solve every published table of every period as one integer system, the way τ-ARGUS audits
linked tables:

* the sums a table states (rows add up to `_total`; a two-way table's columns add up to its
  total column; tables of one `universe` share their grand total);
* time: every count except "people served" is additive, so a quarter is the sum of its three
  months and the year the sum of its quarters, for every cell;
* "people served" (distinct people) is at most the sessions it covers, at least one if there
  was a session, at least the people served in any part of the period and at most their sum;
* a row of a table whose rows overlap (presenting issues, key groups, crisis actions) is at most
  the universe's total;
* counts are whole numbers >= 0, and the publication rules below: a zero is printed unless the
  rule says it may be hidden, so a hidden count outside those places is at least 1.

What the station guarantees against that attacker (checked by `protect`, attacked in the tests
with scipy's integer programming over all of a year's packages):

1. **Protection ranges.** Every count that is hidden (`x`) in every package keeps a feasible
   range of at least k values: over all integer solutions of the whole system, max - min + 1 >= k.
   A count of 1 is therefore "somewhere between 1 and 5 or more", never "1".
2. **No attribute disclosure.** For a group below k (a line whose total is below k, or has fewer
   than k people behind it), no combination of packages proves that all of its members share
   one value ("every crisis in August was imminent risk"), unless a published table already
   says so of a group of at least k that contains it.
3. **Re-exports add nothing.** A period is released once; exporting it again gives the same
   tables, byte for byte, whatever k is asked for (k can never be lowered for it).

The rules a package is made by
------------------------------
* **Primary**: a count of people with 1 <= value < k, or with fewer than k distinct people
  behind it, is hidden. Counts of events that carry no personal attribute (activities held,
  targets) are not person counts.
* **Zeros**: a zero describes no one and is printed, except in a line whose total is hidden: there
  every zero is hidden too, so a hidden total never shows that its few members share one value
  ("zeros everywhere but one x"). The same holds for overlapping rows when the universe total is
  hidden. Because the rule depends only on what is printed, hiding a zero tells nothing.
* **Secondary**: more cells of the new period are hidden until every hidden count of the whole
  year (earlier packages included) keeps its protection range and no small group is homogeneous.
  Cells published earlier stay published with their earlier value (`protect`).
* **Derived figures** (means, rates) are published only when every count behind them is.
* Every printed count is exact. There is no noise: `x` is the only thing that hides.

This module holds the per-period model (cells, the sums between them, bounds) that the collector
fills and `protect` joins across periods.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

PRIMARY = "primary"
SECONDARY = "secondary"
ZERO = "zero"  # a zero hidden by the rule for lines with a hidden total


TRACKED = 100  # people behind a count are kept (as ids) only for counts with fewer


@dataclass
class Cell:
    id: str
    value: int
    contributors: int | None = None  # distinct people behind the count, when known
    person: bool = True  # a count of people: the threshold applies
    state: str = ""  # "", PRIMARY, SECONDARY or ZERO
    people: frozenset[int] | None = None  # who, when few (a quarter counts them once)

    @property
    def suppressed(self) -> bool:
        return bool(self.state)


@dataclass(frozen=True)
class Equation:
    total: str
    parts: tuple[str, ...]
    line: str = ""  # names the same sum in every period (its parts may differ by period)

    def members(self) -> tuple[str, ...]:
        return (self.total, *self.parts)


@dataclass
class Report:
    primary: int = 0
    secondary: int = 0
    zeros: int = 0  # zeros hidden with a hidden line total
    checks: int = 0
    groups: int = 0
    earlier_periods: int = 0  # released periods of the year the new one was protected with


@dataclass
class Model:
    cells: dict[str, Cell] = field(default_factory=dict)
    equations: list[Equation] = field(default_factory=list)
    bounds: dict[str, str] = field(default_factory=dict)  # row -> total it cannot exceed
    distinct: set[str] = field(default_factory=set)  # counts of distinct people (not additive)

    def cell(self, cell_id: str, value: int, *, contributors: int | None = None,
             person: bool = True, people: Iterable[int] | None = None) -> str:
        """Declare a cell; declaring the same id twice must give the same value (one fact).
        `people`: who is behind the count (their number is the contributors)."""
        existing = self.cells.get(cell_id)
        if existing is not None:
            if existing.value != value:
                raise ValueError(f"cell {cell_id} declared as {existing.value} and {value}")
            return cell_id
        if value < 0:
            raise ValueError(f"negative count in {cell_id}")
        who = None
        if people is not None:
            contributors = len(people) if isinstance(people, set | frozenset) else None
            if contributors is None or contributors < TRACKED:
                who = frozenset(people)
                contributors = len(who)
                if contributors >= TRACKED:
                    who = None
        self.cells[cell_id] = Cell(cell_id, int(value), contributors, person, people=who)
        return cell_id

    def equation(self, total: str, parts: Iterable[str], line: str = "") -> None:
        parts = tuple(parts)
        eq = Equation(total, parts, line or f"{total}|{_prefix(parts)}")
        if sum(self.cells[p].value for p in eq.parts) != self.cells[total].value:
            raise ValueError(f"equation for {total} does not add up")
        if eq not in self.equations:
            self.equations.append(eq)

    def bound(self, row: str, total: str) -> None:
        """`row` counts some of the events `total` counts (overlapping rows, people served)."""
        if self.cells[row].value > self.cells[total].value:
            raise ValueError(f"{row} exceeds {total}")
        self.bounds[row] = total

    def value(self, cell_id: str) -> int | None:
        """The published value, or None when suppressed."""
        cell = self.cells[cell_id]
        return None if cell.suppressed else cell.value

    def derived_allowed(self, cell_ids: Iterable[str]) -> bool:
        return not any(self.cells[c].suppressed for c in cell_ids)

    def report(self) -> Report:
        states = [c.state for c in self.cells.values()]
        return Report(primary=states.count(PRIMARY), secondary=states.count(SECONDARY),
                      zeros=states.count(ZERO))


def _prefix(parts: tuple[str, ...]) -> str:
    if not parts:
        return ""
    first = parts[0]
    return first.rsplit(".", 1)[0] if "." in first else first


def primary_cells(model: Model, k: int) -> list[str]:
    """Person counts below k, or with fewer than k distinct people behind them (in the
    model's order: the same records always give the same package)."""
    out = []
    for cell in model.cells.values():
        few_people = cell.contributors is not None and cell.contributors < k
        if cell.person and cell.value > 0 and (cell.value < k or few_people):
            out.append(cell.id)
    return out
