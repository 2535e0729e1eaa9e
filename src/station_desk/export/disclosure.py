"""Disclosure control for a statistics package: primary and complementary cell suppression.

The model
---------
Every number a package publishes about people is a *cell* with one id, however many tables
show it: the period's session total is one cell shared by the sessions-by-modality, -gender,
-age-band and -industry tables; an instrument's administration count is one cell shared by the
by-mode table and the band table. Each published sum is an *equation* `total = Σ parts`. The
tables are views of this one model, so a value suppressed in one table is suppressed in every
table that shows it, and all equations of the package are considered together: a count hidden
in one table cannot come back through a margin printed in another.

The sums a version-1 package states (and the tests rebuild from the tables alone):
sessions by modality / gender / age band / industry, each adding up to the one session total;
crises by outcome and by risk level, both adding up to the one crisis total; referrals by
destination; follow-ups (on time + late + not done = due); satisfaction by score; attendance by
activity type; and the assessment block: instrument x mode with row, column and grand totals,
each instrument's total also being the total of its band table. Tables whose rows overlap
(presenting issues, key groups, crisis actions: one session can be in several rows) state no
sum, and the package says so.

What an attacker knows
----------------------
Every published cell and every equation. Zero cells are always published (a zero describes
no one, and blanking zeros would empty sparse tables), so the attacker also knows that every
suppressed cell is at least 1. A suppressed cell is *exposed* if its value is the same at every
real solution of the equations with all suppressed cells >= 1; it is protected if at least two
values are possible. We check exactly this (which implies the weaker "non-negative" attacker
of the issue cannot pin it either), in exact rational arithmetic:

* Let S be the suppressed cells, A the equations restricted to S (published cells move to the
  right-hand side) and v* the true values. Any other solution is v* + d with A·d = 0 and
  d_j >= 0 wherever v*_j = 1 (those cells sit on the attacker's bound; call them Z).
* So cell x is protected iff the cone C = {d : A·d = 0, d_Z >= 0} contains a d with d_x != 0.
* Z-cells in the support of C are found with one small LP: maximise Σ t_j (j in Z) subject to
  t_j <= (N·w)_j, 0 <= t <= 1, where the columns of N span the null space of A. At the optimum
  t_j = 1 exactly for the Z-cells that can move (a sum of witnesses is a witness).
* Z-cells that cannot move are fixed at 1; with them pinned, the remaining freedom is linear:
  L = {d in null(A) : d_Zdead = 0}. A non-Z cell is protected iff some basis vector of L is
  non-zero at it (C contains a strictly positive-on-Z point, so C and L share a support).

Suppression
-----------
1. Primary: a person cell with 1 <= value < k, or with fewer than k distinct people behind
   it (ten sessions of one worker are one worker), is suppressed. Counts of events that carry
   no personal attribute (activities held, targets) are not person cells.
2. Complementary, per connected group of equations, until no suppressed cell is exposed:
   take the first exposed cell x; its candidates are the published non-zero cells that share
   an equation with x, cheapest first:
   plain cells before margins (a margin shows in more tables: "totals stay exact where they
   can"), cells with slack (> 1) before cells at 1, then the smallest value. The first
   candidate whose suppression protects x is taken; if none does alone, the cheapest is taken
   and the loop continues. Zeros are never suppressed (they would sit on the bound and help
   nobody). If x shares no equation with a published non-zero cell, any published non-zero
   cell of the group is a candidate. The loop ends: with every cell of a group suppressed the
   equations are homogeneous and scaling v* by (1 + ε) moves every cell.
3. Derived figures (means, rates) are published only when every count they are computed
   from is published (see `derived_allowed`), so they can never reveal a suppressed count.

The tests attack real packages independently of this module: they rebuild the equations
from the published tables and solve min/max of every suppressed cell with scipy's LP.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from station_desk.export.rational import maximize, nullspace

PRIMARY = "primary"
SECONDARY = "secondary"
MAX_TRIES = 8  # candidates tried per exposed cell before taking the cheapest one anyway


@dataclass
class Cell:
    id: str
    value: int
    contributors: int | None = None  # distinct people behind the count, when known
    person: bool = True  # a count of people: the threshold applies
    state: str = ""  # "", PRIMARY or SECONDARY

    @property
    def suppressed(self) -> bool:
        return bool(self.state)


@dataclass(frozen=True)
class Equation:
    total: str
    parts: tuple[str, ...]

    def members(self) -> tuple[str, ...]:
        return (self.total, *self.parts)


@dataclass
class Report:
    primary: int = 0
    secondary: int = 0
    checks: int = 0
    groups: int = 0


@dataclass
class Model:
    cells: dict[str, Cell] = field(default_factory=dict)
    equations: list[Equation] = field(default_factory=list)

    def cell(self, cell_id: str, value: int, *, contributors: int | None = None,
             person: bool = True) -> str:
        """Declare a cell; declaring the same id twice must give the same value (one fact)."""
        existing = self.cells.get(cell_id)
        if existing is not None:
            if existing.value != value:
                raise ValueError(f"cell {cell_id} declared as {existing.value} and {value}")
            return cell_id
        if value < 0:
            raise ValueError(f"negative count in {cell_id}")
        self.cells[cell_id] = Cell(cell_id, int(value), contributors, person)
        return cell_id

    def equation(self, total: str, parts: Iterable[str]) -> None:
        eq = Equation(total, tuple(parts))
        if sum(self.cells[p].value for p in eq.parts) != self.cells[total].value:
            raise ValueError(f"equation for {total} does not add up")
        if eq not in self.equations:
            self.equations.append(eq)

    def value(self, cell_id: str) -> int | None:
        """The published value, or None when suppressed."""
        cell = self.cells[cell_id]
        return None if cell.suppressed else cell.value

    def derived_allowed(self, cell_ids: Iterable[str]) -> bool:
        return not any(self.cells[c].suppressed for c in cell_ids)


# --------------------------------------------------------------------------- the check


def exposed(model: Model, cell_ids: Sequence[str], equations: Sequence[Equation]) -> list[str]:
    """Suppressed cells among `cell_ids` whose value the published figures pin down."""
    hidden = [c for c in cell_ids if model.cells[c].suppressed]
    if not hidden:
        return []
    col = {c: i for i, c in enumerate(hidden)}
    rows = []
    for eq in equations:
        row = [0] * len(hidden)
        for member, coef in ((eq.total, -1), *((p, 1) for p in eq.parts)):
            if member in col:
                row[col[member]] += coef
        if any(row):
            rows.append(row)
    basis = nullspace(rows, len(hidden)) if rows else [
        [Fraction(int(i == j)) for i in range(len(hidden))] for j in range(len(hidden))]
    at_bound = [col[c] for c in hidden if model.cells[c].value == 1]
    dead = _stuck_at_bound(basis, at_bound)
    if dead:
        pinned = [[vec[j] for vec in basis] for j in dead]  # rows: cell, cols: basis vector
        combos = nullspace(pinned, len(basis))
        basis = [[sum((w[i] * basis[i][j] for i in range(len(basis))), Fraction(0))
                  for j in range(len(hidden))] for w in combos]
    movable = {j for vec in basis for j, v in enumerate(vec) if v != 0}
    return [c for c in hidden if col[c] not in movable]


def _stuck_at_bound(basis: list[list[Fraction]], at_bound: list[int]) -> list[int]:
    """Cells at the attacker's lower bound that no feasible direction can raise."""
    if not at_bound:
        return []
    if not basis:
        return list(at_bound)
    nz, nb = len(at_bound), len(basis)
    # variables: t (nz), w+ (nb), w- (nb); maximise Σ t
    c = [Fraction(1)] * nz + [Fraction(0)] * (2 * nb)
    a: list[list[Fraction]] = []
    b: list[Fraction] = []
    for k, j in enumerate(at_bound):
        coeffs = [basis[i][j] for i in range(nb)]
        row = [Fraction(int(k == q)) for q in range(nz)] + [-v for v in coeffs] + coeffs
        a.append(row)  # t_k - (N w)_j <= 0
        b.append(Fraction(0))
        a.append([Fraction(int(k == q)) for q in range(nz)] + [Fraction(0)] * (2 * nb))
        b.append(Fraction(1))  # t_k <= 1
    _, x = maximize(c, a, b)
    return [j for k, j in enumerate(at_bound) if x[k] < 1]


# --------------------------------------------------------------------------- suppression


def _groups(model: Model) -> list[tuple[list[str], list[Equation]]]:
    """Cells linked by equations, each group with its equations (union-find)."""
    parent = {c: c for c in model.cells}

    def find(c: str) -> str:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for eq in model.equations:
        root = find(eq.total)
        for p in eq.parts:
            other = find(p)
            if other != root:
                parent[other] = root
    cells: dict[str, list[str]] = {}
    for c in model.cells:
        cells.setdefault(find(c), []).append(c)
    eqs: dict[str, list[Equation]] = {}
    for eq in model.equations:
        eqs.setdefault(find(eq.total), []).append(eq)
    return [(members, eqs.get(root, [])) for root, members in cells.items()]


def suppress(model: Model, k: int) -> Report:
    report = Report()
    for cell in model.cells.values():
        cell.state = ""
        few_people = cell.contributors is not None and cell.contributors < k
        if cell.person and cell.value > 0 and (cell.value < k or few_people):
            cell.state = PRIMARY
            report.primary += 1
    for members, equations in _groups(model):
        if not any(model.cells[c].suppressed for c in members) or not equations:
            continue
        report.groups += 1
        _protect_group(model, members, equations, report)
    return report


def _protect_group(model: Model, members: list[str], equations: list[Equation],
                   report: Report) -> None:
    as_total = {eq.total for eq in equations}
    appearances: dict[str, int] = {}
    for eq in equations:
        for m in eq.members():
            appearances[m] = appearances.get(m, 0) + 1

    def cost(c: str) -> tuple[int, int, int, int, int]:
        value = model.cells[c].value
        return (int(c in as_total), appearances.get(c, 0), int(value == 1), value,
                members.index(c))

    while True:
        report.checks += 1
        pinned = exposed(model, members, equations)
        if not pinned:
            return
        target = pinned[0]
        near = {m for eq in equations if target in eq.members() for m in eq.members()}
        pool = [c for c in members if c in near and _open(model, c)] or \
               [c for c in members if _open(model, c)]
        if not pool:  # cannot happen: a fully suppressed group exposes nothing
            raise RuntimeError("suppression could not protect " + target)
        pool.sort(key=cost)
        chosen = pool[0]
        for candidate in pool[:MAX_TRIES]:
            model.cells[candidate].state = SECONDARY
            report.checks += 1
            still = target in exposed(model, members, equations)
            model.cells[candidate].state = ""
            if not still:
                chosen = candidate
                break
        model.cells[chosen].state = SECONDARY
        report.secondary += 1


def _open(model: Model, cell_id: str) -> bool:
    cell = model.cells[cell_id]
    return not cell.suppressed and cell.value > 0
