"""Protecting a new package jointly with everything the station released in the same year.

Why joint, and why suppression
------------------------------
The union holds every package: the months, the quarters, the year, re-exports. Suppressing each
package on its own let 200 of 826 hidden cells of a demo station's year come back by differencing
(a quarter minus its months). Two methods are used in practice: linked-table secondary
suppression (τ-ARGUS) and the cell-key method (ONS, ABS), which adds the same noise to the same
cell every time. We suppress, jointly over the year's whole period hierarchy, because

* the union adds up stations: exact published counts keep every city figure exact or a true range,
  where noisy counts would be off in every cell and need their own explanation;
* a count of 1 perturbed by a small noise is still "about 1": the cell-key method protects by
  uncertainty of a few units, and differencing across many packages averages noise away unless
  it is large, while a suppressed count's feasible range can be made as wide as we require;
* what is published stays true: a station manager can check every printed figure.

The year is the unit: periods never cross a year, so a year's 17 periods (12 months, 4 quarters,
the year) and the sums between them are one linked system; different years share nothing.

How a new package is protected
------------------------------
Every period of the year is a *node*: released (its package is out: each cell is published or
hidden), new (the package being made), frozen (not released, but the counts of all its months
were fixed by a release that covered them, so the attacker's unknowns have known true values),
or open (not released, with a month no release has covered: nothing links it to the published
figures, so it never constrains anything). A month's counts are frozen by the first release
that covers it (`releases`), so every period of the year is the exact sum of its months in every
package, whenever it was made and however the records changed since.

A hidden cell is protected if the attacker's integer system has solutions far enough apart in
it. We show that constructively: a *witness* is a direction d that changes only cells that are
not published (in any period), keeps every sum (within each period, and quarter = its months,
year = its quarters), and keeps every bound; moving the true counts along d by t stays feasible
for t in [-down, up], which the slacks (value minus the attacker's lower bound) and the bounds
give exactly. Each witness is the product of a *time shape* (this month, its quarter and the
year together; or this month against a sister month; or across quarters) and a small
*within-period cycle* found by a search on the period's sums, smallest first (swap two rows of
a table; move a total with one row of each of its tables; a rectangle of a two-way table).
Witnesses that move the cell the same way are added up while their sum stays a solution
(`Pile`: three sister months each giving up some of a count the quarter prints). A cell is
protected when what moves it up and what moves it down give up + down + 1 >= k. Because every
witness is a real alternative solution, the check can only under-estimate the attacker's
uncertainty, never over-estimate it; the tests attack the packages with scipy's integer
programming, independently of this module.

A frozen period will be released some day, and what protects other cells now must still
protect them then. So for a frozen period we count only on what its own package can always
give: any count above zero hidden (the attacker then knows it is at least 1), zeros printed
except in a line whose total is small (certain to be hidden, its zeros with it), and its small
counts — below k, or resting on fewer than k people, decided from the people the frozen months
keep (`build.people_behind`), exactly as its package will decide — are targets now.

The greedy: hide the new period's primaries (and the zeros of their lines); then for every
target (each hidden count of the year, every small count of a frozen period that a later
package will hide, every small homogeneous line) look for a witness; where there is none, find
the cheapest witness that becomes valid if some of the new period's published cells are hidden
too, and hide them (τ-ARGUS's hypercube method works the same way, corner by corner). Hiding
more never invalidates a witness, so targets once protected stay protected. A secondary cell
that earlier packages already pin (a month after its quarter and sisters) protects nothing and
is printed after all. If a target still has no witness, every cell of its table group in the
new period is hidden; if even that does not suffice the export is refused with a message
naming the quarter or year to export instead: never in trials of the usual release orders,
2 of about 400 periods when a year's 17 periods were released in random order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from station_desk.export.disclosure import (
    PRIMARY,
    SECONDARY,
    ZERO,
    Model,
    Report,
    primary_cells,
)

INF = 1 << 40
PERIODS = 17  # per year: months 0..11, quarters 12..15, the year 16
YEAR = 16
RELEASED, NEW, FROZEN, OPEN = "released", "new", "frozen", "open"
FLOOR_ROWS = ("cases.served",)  # at least 1 whenever their total is: people served vs sessions
MAX_CIRCUITS = 12  # cycles tried per time shape
PER_SIZE = 4  # of which at most this many of each size
MAX_VISITS = 600  # search steps per time shape
CIRCUIT_SIZES = (2, 4, 6, 9, 14)  # cycles are looked for smallest first


def parent(i: int) -> int | None:
    if i < 12:
        return 12 + i // 3
    return YEAR if i < YEAR else None


def children(i: int) -> list[int]:
    if i < 12:
        return []
    if i < YEAR:
        q = i - 12
        return [3 * q, 3 * q + 1, 3 * q + 2]
    return [12, 13, 14, 15]


def months_of(i: int) -> list[int]:
    if i < 12:
        return [i]
    if i < YEAR:
        return children(i)
    return list(range(12))


def ancestors(i: int) -> list[int]:
    out = []
    p = parent(i)
    while p is not None:
        out.append(p)
        p = parent(p)
    return out


def time_shapes(i: int) -> list[dict[int, int]]:
    """Time vectors through node i (coefficient +1 at i) that keep every time sum: a change in a
    month moves its quarter and year with it unless a sister month or quarter takes it back."""
    shapes: list[dict[int, int]] = []
    if i < 12:
        q = parent(i)
        assert q is not None
        shapes.append({i: 1, q: 1, YEAR: 1})
        shapes += [{i: 1, m: -1} for m in children(q) if m != i]
        shapes += [{i: 1, q: 1, q2: -1, m: -1} for q2 in range(12, 16) if q2 != q
                   for m in children(q2)]
    elif i < YEAR:
        for m in children(i):
            shapes.append({m: 1, i: 1, YEAR: 1})
        for m in children(i):
            shapes += [{m: 1, i: 1, q2: -1, m2: -1} for q2 in range(12, 16) if q2 != i
                       for m2 in children(q2)]
    else:
        shapes = [{m: 1, 12 + m // 3: 1, YEAR: 1} for m in range(12)]
    return shapes


# --------------------------------------------------------------------------- structure


@dataclass
class Structure:
    """The sums and bounds of a period, merged over every period of the year (a line may have
    more rows in one period than another: a missing row is a published zero)."""

    lines: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    line_index: dict[str, int] = field(default_factory=dict)
    lines_of: dict[str, list[int]] = field(default_factory=dict)
    totals: set[str] = field(default_factory=set)
    bounds: dict[str, str] = field(default_factory=dict)
    rows_of: dict[str, list[str]] = field(default_factory=dict)
    distinct: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)  # cells that are a part of some sum
    constrained: set[str] = field(default_factory=set)  # cells in a bound or a distinct count

    def may_be_zero(self, cell: str) -> bool:
        """Could the rules hide this cell as a zero (a part of a sum, an overlapping row)?"""
        return cell in self.parts or (cell in self.bounds and cell not in FLOOR_ROWS)

    def add(self, equations: Iterable[tuple[str, str, Iterable[str]]],
            bounds: dict[str, str], distinct: Iterable[str]) -> None:
        for line, total, parts in equations:
            i = self.line_index.get(line)
            if i is None:
                self.line_index[line] = i = len(self.lines)
                self.lines.append((total, ()))
                self.lines_of.setdefault(total, []).append(i)
                self.totals.add(total)
            old_total, old_parts = self.lines[i]
            new = [p for p in parts if p not in old_parts]
            if new:
                self.lines[i] = (old_total, (*old_parts, *new))
                for p in new:
                    self.lines_of.setdefault(p, []).append(i)
                self.parts.update(new)
        for row, total in bounds.items():
            if row not in self.bounds:
                self.bounds[row] = total
                self.rows_of.setdefault(total, []).append(row)
                self.constrained.update((row, total))
        self.distinct.update(distinct)
        self.constrained.update(distinct)

    def component(self, cell: str) -> set[str]:
        """Cells linked to `cell` by sums or bounds within a period."""
        seen, todo = {cell}, [cell]
        while todo:
            c = todo.pop()
            linked: list[str] = []
            for li in self.lines_of.get(c, ()):
                total, parts = self.lines[li]
                linked += [total, *parts]
            if c in self.bounds:
                linked.append(self.bounds[c])
            linked += self.rows_of.get(c, [])
            for other in linked:
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen


@dataclass(eq=False)
class Node:
    index: int
    status: str = OPEN
    values: dict[str, int] = field(default_factory=dict)
    hidden: dict[str, str] = field(default_factory=dict)  # cell -> PRIMARY / SECONDARY / ZERO
    hideable: set[str] = field(default_factory=set)  # NEW: cells that may become secondary
    zero_ok: set[str] = field(default_factory=set)  # hidden cells the rule lets be zero
    few: set[str] = field(default_factory=set)  # frozen: counts fewer than k people are behind
    # cells the attacker does not know, with how far each can fall (value - lower bound);
    # None for an open period (nothing known, nothing bounded)
    movable: dict[str, int] | None = None

    @property
    def shown(self) -> bool:
        return self.status in (RELEASED, NEW)

    def value(self, cell: str) -> int:
        return self.values.get(cell, 0)


@dataclass(frozen=True)
class Target:
    node: int
    cell: str
    kind: str = "range"  # "range": keep k values; "mixed": the line's group is not all `cell`
    line: int = -1  # for "mixed": the line (or -1 for a bound row against its total)


@dataclass
class Witness:
    moves: tuple[tuple[int, str, int], ...]  # (node, cell, coefficient)
    up: int
    down: int
    new_cells: tuple[str, ...] = ()


class Unprotectable(Exception):
    def __init__(self, targets: list[Target]) -> None:
        super().__init__(", ".join(f"{t.node}:{t.cell}" for t in targets[:5]))
        self.targets = targets


class Linked:
    """A year's periods, what each published, and the search for witnesses."""

    def __init__(self, structure: Structure, nodes: list[Node], k: int) -> None:
        self.s = structure
        self.nodes = nodes
        self.k = k
        self.new = next((n for n in nodes if n.status == NEW), None)
        self.checks = 0
        for node in nodes:
            if node.shown:
                self.refresh(node)
            elif node.status == FROZEN:
                node.zero_ok = self._certain_zeros(node)
                self.prepare(node)

    # ------------------------------------------------------------------ rules
    def refresh(self, node: Node) -> list[str]:
        """Hide the zeros of lines whose total is hidden (until nothing changes); returns the
        cells newly hidden, and recomputes which hidden cells may be zero."""
        added: list[str] = []
        changed = True
        while changed:
            changed = False
            for total, parts in self.s.lines:
                if total in node.hidden:
                    for p in parts:
                        if p not in node.hidden and node.value(p) == 0 and p in node.values:
                            node.hidden[p] = ZERO
                            added.append(p)
                            changed = True
            for row, total in self.s.bounds.items():
                if total in node.hidden and row not in node.hidden and row in node.values \
                        and node.value(row) == 0 and row not in FLOOR_ROWS:
                    node.hidden[row] = ZERO
                    added.append(row)
                    changed = True
        zero_ok = set()
        for total, parts in self.s.lines:
            if total in node.hidden:
                zero_ok.update(p for p in parts if p in node.hidden)
        for row, total in self.s.bounds.items():
            if total in node.hidden and row in node.hidden and row not in FLOOR_ROWS:
                zero_ok.add(row)
        node.zero_ok = zero_ok
        self.prepare(node)
        return added

    def prepare(self, node: Node) -> None:
        """What the attacker does not know of the period, and each cell's room to fall."""
        if node.shown:
            node.movable = {c: node.value(c) - self.lower(node, c) for c in node.hidden}
        elif node.status == FROZEN:
            node.movable = {c: v - self.lower(node, c) for c, v in node.values.items()
                            if v > 0 or c in node.zero_ok}
        else:
            node.movable = None

    def _certain_zeros(self, node: Node) -> set[str]:
        """The cells of a frozen period that its package is sure to let be zero: those of a
        line whose total is below k or rests on fewer than k people (certain to be hidden),
        and on down through the lines of the zeros hidden with them."""
        hidden = {c for c, v in node.values.items() if 0 < v < self.k} | node.few
        out: set[str] = set()
        changed = True
        while changed:
            changed = False
            for total, parts in self.s.lines:
                if total in hidden:
                    for p in parts:
                        if p not in out:
                            out.add(p)
                            changed = True
                            if node.value(p) == 0:
                                hidden.add(p)
            for row, total in self.s.bounds.items():
                if total in hidden and row not in FLOOR_ROWS and row not in out:
                    out.add(row)
                    changed = True
        return out

    def lower(self, node: Node, cell: str) -> int:
        """The attacker's lower bound for an unpublished cell. A frozen period is not
        released yet, but its package will be, so we count only on what its package can
        always give: any count above zero hidden (the attacker then knows it is at least 1),
        zeros printed except in lines whose total is small. What protects a cell now then
        still protects it after that release."""
        if cell in FLOOR_ROWS:
            return 1 if node.value(self.s.bounds.get(cell, cell)) > 0 else 0
        if node.status == OPEN:
            return 0
        return 0 if cell in node.zero_ok else 1

    def published(self, node: Node, cell: str) -> bool:
        return node.shown and cell not in node.hidden

    def fixed(self, node: Node, cell: str) -> bool:
        """Known to the attacker now, or counted as known once the frozen period is released
        (its zeros, but those of a line whose total is below k: that total will be hidden,
        and its zeros with it)."""
        return node.movable is not None and cell not in node.movable

    # ------------------------------------------------------------------ witnesses
    def _usable_months(self, shape: dict[int, int]) -> bool:
        return all(self.nodes[i].status != OPEN for i in shape if i < 12)

    def _avail(self, shape: dict[int, int], candidates: bool) -> Any:
        known = [n.movable for n in (self.nodes[i] for i in shape) if n.movable is not None]
        new = self.new
        spare = new.hideable if candidates and new is not None and new.index in shape \
            else frozenset()

        def ok(cell: str) -> bool:
            for movable in known:
                if cell not in movable and cell not in spare:
                    return False
            return True
        return ok

    def _limits(self, shape: dict[int, int]) -> Any:
        """For a cell added to a cycle with a coefficient: how far it lets the cycle go up and
        down in every period of the time shape, and whether it is a new period's cell that
        would have to be hidden."""
        nodes = [(self.nodes[i], t) for i, t in shape.items() if self.nodes[i].status != OPEN]
        new = self.new
        has_new = any(n is new for n, _ in nodes)

        def limits(cell: str, coef: int) -> tuple[int, int, int]:
            extra = int(has_new and new is not None and cell not in new.hidden
                        and cell in new.hideable)
            up = down = INF
            for node, t in nodes:
                movable = node.movable
                assert movable is not None
                slack = movable.get(cell)
                if slack is None:
                    slack = node.value(cell) - 1 if extra and node is new else 0
                if t * coef > 0:
                    down = min(down, slack)
                else:
                    up = min(up, slack)
            return up, down, extra
        return limits

    def circuits(self, seed: dict[str, int], ok: Any, limits: Any, want: tuple[int, int],
                 forbid: frozenset[str] = frozenset()) -> Iterator[dict[str, int]]:
        """Small cycles of the within-period sums containing the seed: every sum touched
        stays balanced. The search deepens by size (a swap of two rows before a rectangle,
        a rectangle before a margin moving with a row of each of its tables), branches on the
        open sum with fewest choices, adds cells best first (those that close a sum without
        opening others, then those with most room to move the way the cycle moves them, then
        cells already hidden, then non-margins), and drops a branch that can no longer move
        either way."""
        s = self.s
        want_up, want_down = want
        enough = want_up  # up + down this far keeps k values (a "mixed" target: up 1)
        visits = [0]
        found: set[frozenset[tuple[str, int]]] = set()
        cap = [PER_SIZE]
        up0 = down0 = INF
        for cell, coef in seed.items():
            u, d, _ = limits(cell, coef)
            up0, down0 = min(up0, u), min(down0, d)
        if up0 <= 0 and down0 <= 0:
            return
        e = dict(seed)
        residual: dict[int, int] = {}

        def add(cell: str, coef: int) -> None:
            for li in s.lines_of.get(cell, ()):
                total = s.lines[li][0]
                residual[li] = residual.get(li, 0) + (-coef if cell == total else coef)

        for cell, coef in seed.items():
            add(cell, coef)

        def extend(up: int, down: int, size: int) -> Iterator[dict[str, int]]:
            visits[0] += 1
            if visits[0] > MAX_VISITS or len(found) >= min(MAX_CIRCUITS, cap[0]):
                return
            open_lines = [(li, r) for li, r in residual.items() if r]
            if not open_lines:
                key = frozenset(e.items())
                if key not in found:
                    found.add(key)
                    yield dict(e)
                return
            if len(e) + (len(open_lines) + 2) // 3 > size:
                return
            best: list[Any] | None = None
            for li, r in open_lines:
                if abs(r) != 1:
                    return
                total, parts = s.lines[li]
                options = [(p, -r) for p in parts if p not in e and p not in forbid and ok(p)]
                if total not in e and total not in forbid and ok(total):
                    options.append((total, r))
                if best is None or len(options) < len(best[1]):
                    best = [li, options]
                if not options:
                    return
            assert best is not None
            li, options = best
            scored = []
            for cell, coef in options:
                u, d, extra = limits(cell, coef)
                u, d = min(up, u), min(down, d)
                if u <= 0 and d <= 0:
                    continue
                score = min(u, want_up) + min(d, want_down)
                # among cells that keep the cycle wide enough, small cycles first: a cell in
                # no other sum closes the line without opening another (a swap of two rows),
                # a margin opens every sum it heads
                opens = self._opens(e, cell, coef, li)
                room = min(u, INF) + min(d, INF)  # a direction nothing limits is worth most
                scored.append((int(score < enough), opens, -score, -room, extra,
                               extra and cell in s.totals, cell, coef, u, d))
            scored.sort()
            for *_, cell, coef, u, d in scored:
                e[cell] = coef
                add(cell, coef)
                yield from extend(u, d, size)
                add(cell, -coef)
                del e[cell]
                if visits[0] > MAX_VISITS or len(found) >= min(MAX_CIRCUITS, cap[0]):
                    return

        for size in CIRCUIT_SIZES:
            # a few of each size: forty swaps must not crowd out the one margin move
            cap[0] = len(found) + PER_SIZE
            yield from extend(up0, down0, size)
            if visits[0] > MAX_VISITS or len(found) >= MAX_CIRCUITS:
                return

    def _opens(self, e: dict[str, int], cell: str, coef: int, current: int) -> int:
        """How many more sums are out of balance once `cell` joins the cycle (the one being
        closed not counted): a cell that also closes another open sum is worth the most."""
        s = self.s
        change = 0
        for li in s.lines_of.get(cell, ()):
            if li == current:
                continue
            total, parts = s.lines[li]
            before = sum(e.get(p, 0) for p in parts) - e.get(total, 0)
            after = before + (coef if cell != total else -coef)
            change += int(after != 0) - int(before != 0)
        return change

    def reach(self, moves: dict[tuple[int, str], int],
              assume: frozenset[str] = frozenset()) -> tuple[int, int]:
        """How far the true counts can move along `moves` (t in [-down, up]) and stay a
        solution of everything the attacker knows. `assume`: cells of the new period taken as
        hidden (with the attacker's bound for a hidden non-zero count)."""
        up = down = INF
        nodes = self.nodes
        for (i, cell), a in moves.items():
            node = nodes[i]
            movable = node.movable
            if movable is None or not a:
                continue
            slack = movable.get(cell)
            if slack is None:
                if not (node is self.new and cell in assume):
                    return 0, 0
                slack = node.value(cell) - 1
            if a > 0:
                down = min(down, slack // a)
            else:
                up = min(up, slack // -a)
        s = self.s
        if up <= 0 and down <= 0:
            return 0, 0
        if not any(c in s.constrained for _, c in moves):
            return up, down
        checked: set[tuple[int, str]] = set()
        for (i, cell) in moves:
            node = nodes[i]
            if node.status == OPEN:
                continue
            rows = []
            if cell in s.bounds:
                rows.append(cell)
            rows += s.rows_of.get(cell, ())
            for row in rows:
                if (i, row) in checked:
                    continue
                checked.add((i, row))
                total = s.bounds[row]
                ad = moves.get((i, row), 0) - moves.get((i, total), 0)
                if ad:
                    slack = node.value(total) - node.value(row)
                    up, down = _limit(up, down, ad, slack)
            if cell in s.distinct:
                up, down = self._distinct(i, cell, moves, up, down)
        return up, down

    def _distinct(self, i: int, cell: str, moves: dict[tuple[int, str], int], up: int,
                  down: int) -> tuple[int, int]:
        """People served: at least the people of each part of the period, at most their sum."""
        nodes = self.nodes
        for a in [i, *([parent(i)] if parent(i) is not None else [])]:
            if a is None or nodes[a].status == OPEN or a < 12:
                continue
            kids = children(a)
            if any(nodes[c].status == OPEN for c in kids):
                continue
            da = moves.get((a, cell), 0)
            va = nodes[a].value(cell)
            for c in kids:  # served_c - served_a <= 0
                up, down = _limit(up, down, moves.get((c, cell), 0) - da,
                                  va - nodes[c].value(cell))
            total = sum(nodes[c].value(cell) for c in kids)  # served_a - sum <= 0
            up, down = _limit(up, down, da - sum(moves.get((c, cell), 0) for c in kids),
                              total - va)
        return up, down

    def witnesses(self, target: Target, candidates: bool) -> Iterator[Witness]:
        for shape in time_shapes(target.node):
            if not self._usable_months(shape):
                continue
            ok = self._avail(shape, candidates)
            if target.kind == "range" and not ok(target.cell):
                continue
            limits = self._limits(shape)
            want = (self.k - 1, self.k - 1) if target.kind == "range" else (1, 0)
            for seed, forbid in self._seeds(target):
                if not all(ok(c) for c in seed):
                    continue
                for e in self.circuits(seed, ok, limits, want, forbid):
                    moves = {(i, c): ti * ec for i, ti in shape.items() for c, ec in e.items()}
                    self.checks += 1
                    new_cells: tuple[str, ...] = ()
                    if candidates and self.new is not None and self.new.index in shape:
                        new_cells = tuple(c for c in e if c not in self.new.hidden)
                    up, down = self.reach(moves, frozenset(new_cells))
                    yield Witness(tuple((i, c, a) for (i, c), a in moves.items()), up, down,
                                  new_cells)

    def _seeds(self, target: Target) -> list[tuple[dict[str, int], frozenset[str]]]:
        cell = target.cell
        if target.kind == "range":
            seeds = [({cell: 1}, frozenset())]
            if cell in self.s.bounds:  # the row with its total (and one row per table)
                seeds.append(({cell: 1, self.s.bounds[cell]: 1}, frozenset()))
            return seeds
        if target.line >= 0:
            total, _parts = self.s.lines[target.line]
            # one member fewer with this value, the group's size unchanged; or one more
            # member, with another value
            return [({cell: -1}, frozenset({total})), ({total: 1}, frozenset({cell}))]
        total = self.s.bounds[cell]
        return [({cell: -1}, frozenset({total})), ({total: 1}, frozenset({cell}))]

    # ------------------------------------------------------------------ targets
    def need(self, target: Target) -> int:
        return self.k if target.kind == "range" else 1

    def satisfied(self, target: Target) -> bool:
        need = self.need(target)
        if target.kind != "range":
            return any(w.up >= need for w in self.witnesses(target, candidates=False))
        up = Pile(self, 1)
        down = Pile(self, -1)
        for w in self.witnesses(target, candidates=False):
            up.offer(w, w.up)
            down.offer(w, w.down)
            if up.moved + down.moved + 1 >= need:
                return True
        return False

    def best_fix(self, target: Target) -> Witness | None:
        """The cheapest witness that needs some of the new period's cells hidden: one that
        protects the target on its own, or else the one that widens its range the most."""
        need = self.need(target)
        cur_up = cur_down = 0
        if target.kind == "range":
            for w in self.witnesses(target, candidates=False):
                cur_up, cur_down = max(cur_up, w.up), max(cur_down, w.down)
            current = cur_up + cur_down + 1
        else:
            current = 0
        best: tuple[Any, Witness] | None = None
        partial: tuple[Any, Witness] | None = None
        for w in self.witnesses(target, candidates=True):
            if not w.new_cells:
                continue
            if target.kind == "range":
                gain = max(cur_up, w.up) + max(cur_down, w.down) + 1
            else:
                gain = w.up
            if gain <= current:
                continue
            key = (len(w.new_cells), sum(c in self.s.totals for c in w.new_cells))
            if gain >= need:
                if best is None or key < best[0]:
                    best = (key, w)
            elif partial is None or (-gain, key) < partial[0]:
                partial = ((-gain, key), w)
        if best is not None:
            return best[1]
        return partial[1] if partial is not None else None

    def targets(self) -> list[Target]:
        out: list[Target] = []
        k = self.k
        for node in self.nodes:
            if node.status == OPEN:
                continue
            if node.shown:
                out += [Target(node.index, c) for c, how in node.hidden.items()
                        if node.value(c) > 0 and how != ZERO]
            else:
                out += [Target(node.index, c) for c, v in node.values.items()
                        if 0 < v < k or (v > 0 and c in node.few)]
            out += self._mixed(node)
        return out

    def _mixed(self, node: Node) -> list[Target]:
        """Homogeneous small groups: every member of the line has the same value."""
        out = []
        k = self.k
        small = {c for c, how in node.hidden.items() if how == PRIMARY} if node.shown else {
            c for c, v in node.values.items() if 0 < v < k or (v > 0 and c in node.few)}
        for li, (total, parts) in enumerate(self.s.lines):
            t = node.value(total)
            if total not in small or t == 0:
                continue
            for p in parts:
                if node.value(p) == t and not self._implied(node, li, p):
                    out.append(Target(node.index, p, "mixed", li))
        for row, total in self.s.bounds.items():
            t = node.value(total)
            if total in small and t > 0 and node.value(row) == t and row not in FLOOR_ROWS \
                    and not self._implied_row(node, row, total):
                out.append(Target(node.index, row, "mixed", -1))
        return out

    def _states_zero(self, a: Node, total: str, cell: str) -> bool:
        """Does period `a` print (or, frozen, is it counted on to print) `cell` = 0 under a
        printed total of a group of at least k?"""
        if a.shown:
            return self.published(a, total) and self.published(a, cell) and a.value(cell) == 0
        if a.status != FROZEN:
            return False
        small = 0 < a.value(total) < self.k or total in a.few
        return not small and self.fixed(a, cell)

    def _implied(self, node: Node, li: int, p: str) -> bool:
        """Published figures about larger groups already show every other value at zero: a
        line of a larger period (its group contains this one), a zero margin ("no
        assessment this month was self-service"), or, for a quarter or a year, such figures
        for each of its months. The small group shares the value because the larger ones do."""
        total, parts = self.s.lines[li]
        ups = [self.nodes[a] for a in ancestors(node.index)]
        return all(any(self._states_zero(a, total, other) for a in ups)
                   or self._zero_margin(node, ups, other, li)
                   or self._empty_below(node, other, li)
                   for other in parts if other != p)

    def _empty_below(self, node: Node, cell: str, li: int) -> bool:
        """For a quarter or a year: in every one of its parts, `cell` is shown to be zero by
        a zero margin or an empty line (the months that had none of this group at all)."""
        kids = children(node.index)
        if not kids:
            return False
        total = self.s.lines[li][0]
        for kid in (self.nodes[i] for i in kids):
            if kid.status == OPEN:
                return False
            empty = self.fixed(kid, total) and kid.value(total) == 0
            if not (empty or self._zero_margin(kid, [], cell, li)
                    or self._empty_below(kid, cell, li)):
                return False
        return True

    def _zero_margin(self, node: Node, ups: list[Node], cell: str, li: int) -> bool:
        """Another sum `cell` is part of has a total printed (or certain to be) as zero."""
        for other in self.s.lines_of.get(cell, ()):
            total, parts = self.s.lines[other]
            if other == li or cell not in parts:
                continue
            for n in (node, *ups):
                if self.fixed(n, total) and n.value(total) == 0:
                    return True
        return False

    def _implied_row(self, node: Node, row: str, total: str) -> bool:
        for a in ancestors(node.index):
            n = self.nodes[a]
            if self.published(n, total) and self.published(n, row) and \
                    n.value(row) == n.value(total):
                return True
        return False

    # ------------------------------------------------------------------ the greedy
    def hide(self, cells: Iterable[str], how: str = SECONDARY) -> list[str]:
        new = self.new
        assert new is not None
        added = []
        for c in cells:
            if c not in new.hidden:
                new.hidden[c] = how
                added.append(c)
        return added + self.refresh(new)

    def unhide(self, cell: str) -> None:
        """Publish a secondary cell of the new period after all, with the zeros that were
        hidden only because it was."""
        new = self.new
        assert new is not None
        del new.hidden[cell]
        new.hideable.discard(cell)
        changed = True
        while changed:
            changed = False
            for c, how in list(new.hidden.items()):
                if how == ZERO and not self._zero_reason(new, c):
                    del new.hidden[c]
                    changed = True
        self.refresh(new)

    def _zero_reason(self, node: Node, cell: str) -> bool:
        for li in self.s.lines_of.get(cell, ()):
            total, _parts = self.s.lines[li]
            if total != cell and total in node.hidden:
                return True
        total = self.s.bounds.get(cell)
        return total is not None and total in node.hidden and cell not in FLOOR_ROWS

    def protect(self) -> None:
        queue = deque(self.targets())
        deferred: list[Target] = []
        escalated: set[str] = set()
        last = 1 << 30
        while True:
            while queue:
                target = queue.popleft()
                if not self._settle(target, queue, escalated):
                    deferred.append(target)
            # hiding done for later targets may have covered one that failed earlier
            still = [t for t in deferred if not self.satisfied(t)]
            if not still:
                return
            if len(still) >= last:
                raise Unprotectable(still)
            last, deferred = len(still), []
            queue.extend(still)

    def _settle(self, target: Target, queue: deque[Target], escalated: set[str]) -> bool:
        """Protect one target, hiding what it takes; False if nothing more can be done now."""
        if self.satisfied(target):
            return True
        new = self.new
        fix = self.best_fix(target) if new is not None else None
        if new is None:
            return False
        if fix is not None:
            added = self.hide(fix.new_cells)
            queue.extend(Target(new.index, c) for c in added if new.value(c) > 0)
            queue.append(target)
            return True
        if target.kind == "range" and target.node == new.index \
                and new.hidden.get(target.cell) == SECONDARY:
            # hidden to protect something else, but earlier packages already pin it:
            # hiding it protects nothing, so it is published (it is not a small count)
            self.unhide(target.cell)
            queue.clear()
            queue.extend(self.targets())
            return True
        group = self.s.component(target.cell)
        key = min(group)
        if key not in escalated:
            escalated.add(key)
            added = self.hide([c for c in group if c in new.hideable])
            if added:
                queue.extend(Target(new.index, c) for c in added if new.value(c) > 0)
                queue.append(target)
                return True
        return False


class Pile:
    """Witnesses moving the target the same way, added up while their sum stays a solution
    (three sister months each taking some of a count the quarter publishes; two rows each
    giving up some of theirs): the best single witness, or more, whichever goes further."""

    def __init__(self, linked: Linked, sign: int) -> None:
        self.linked = linked
        self.sign = sign
        self.moves: dict[tuple[int, str], int] = {}
        self.moved = 0

    def offer(self, w: Witness, t: int) -> None:
        if t <= 0:
            return
        if t >= INF:
            self.moved = INF
            return
        trial = dict(self.moves)
        for i, c, a in w.moves:
            trial[(i, c)] = trial.get((i, c), 0) + self.sign * t * a
        up, _down = self.linked.reach(trial)
        if up >= 1:
            self.moves = trial
            self.moved += t
        elif t > self.moved:  # alone it goes further than the pile so far
            self.moves = {(i, c): self.sign * t * a for i, c, a in w.moves}
            self.moved = t


def _limit(up: int, down: int, ad: int, slack: int) -> tuple[int, int]:
    """Along t, a constraint `a·x <= b` with slack b - a·x* moves by t·ad."""
    if slack < 0:
        return 0, 0
    if ad > 0:
        up = min(up, slack // ad)
    elif ad < 0:
        down = min(down, slack // -ad)
    return up, down


# --------------------------------------------------------------------------- entry points


def model_equations(model: Model) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(eq.line, eq.total, eq.parts) for eq in model.equations]


def new_node(index: int, model: Model, k: int) -> Node:
    """The node of the package being made: its primaries hidden, its person counts hideable."""
    primary = primary_cells(model, k)
    node = Node(index, NEW, {c.id: c.value for c in model.cells.values()},
                {c: PRIMARY for c in primary},
                {c.id for c in model.cells.values() if c.person and c.value > 0})
    return node


def apply_states(model: Model, node: Node) -> Report:
    for cell in model.cells.values():
        cell.state = node.hidden.get(cell.id, "")
    return model.report()


def protect_alone(model: Model, k: int) -> Report:
    """One period with nothing released before it (a month of a year with no releases)."""
    structure = Structure()
    structure.add(model_equations(model), model.bounds, model.distinct)
    nodes = [Node(i) for i in range(PERIODS)]
    nodes[0] = new_node(0, model, k)
    linked = Linked(structure, nodes, k)
    linked.protect()
    report = apply_states(model, nodes[0])
    report.checks = linked.checks
    return report
