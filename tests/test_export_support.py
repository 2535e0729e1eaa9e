"""Support for the export and union tests (no tests here): demo stations, packages, and an
attacker that rebuilds every equation a package publishes and solves it with an LP."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.session import Session
from station_desk.domain.stats.period import parse_period
from station_desk.export.build import build
from station_desk.export.keys import key_file
from station_desk.export.package import write_package
from station_desk.export.tables import SUPPRESSED, TOTAL
from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault

ADMIN = next(a for a in DEMO_ACCOUNTS() if a["role"] == "admin")
NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def clock() -> FakeClock:
    return FakeClock(NOW)


def admin_session(root: Path) -> Session:
    return sign_in(root, ADMIN["username"], ADMIN["password"], clock=clock())


def make_station(root: Path, code: str, *, seed: int, clients: int = 60,
                 sessions: int = 240) -> Path:
    """A demo vault with its own station code and name."""
    create_demo_vault(root, seed=seed, clients=clients, sessions=sessions, clock=clock())
    with admin_session(root) as s, s.db.transaction():
        s.db.execute("UPDATE station SET union_code = ?, name = ? WHERE id = 1",
                     (code, f"演示服务站 {code}"))
    return root


def add_assessments(root: Path, rng: random.Random, n: int) -> None:
    """Demo vaults have no assessments; scatter a few, many anonymous, over 2026."""
    bands = {"phq9": ["none", "mild", "moderate", "moderately_severe", "severe"],
             "gad7": ["none", "mild", "moderate", "severe"],
             "who5": ["good", "low", "very_low"]}
    with admin_session(root) as s, s.db.transaction():
        clients = [r[0] for r in s.db.all("SELECT id FROM clients")]
        for _ in range(n):
            inst = rng.choice(list(bands))
            mode = rng.choice(["counsellor", "counsellor", "kiosk", "anonymous"])
            month = rng.randint(1, 12)
            day = f"2026-{month:02d}-{rng.randint(1, 28):02d}"
            s.db.execute(
                "INSERT INTO assessments (client_id, instrument_id, instrument_version, mode,"
                " administered_at, administered_by, answers, total, score, band, band_level,"
                " alerts, created_at) VALUES (?, ?, '1.0', ?, ?, 1, '[]', 0, 0, '{}', ?, '[]', ?)",
                (None if mode == "anonymous" else rng.choice(clients), inst, mode,
                 day if mode == "anonymous" else f"{day}T02:00:00Z", rng.choice(bands[inst]),
                 f"{day}T02:00:00Z"))


def export(root: Path, period: str, out: Path, k: int | None = None) -> Path:
    with admin_session(root) as s:
        content = build(s, parse_period(period), k)
        write_package(s, content, out)
    return out


def key_bytes(root: Path) -> bytes:
    with admin_session(root) as s:
        return json.dumps(key_file(s), ensure_ascii=False).encode("utf-8")


def members(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def rezip(package: Path, out: Path, changes: dict[str, bytes | None]) -> Path:
    """The package with some members replaced (None: removed), CRCs valid."""
    parts = members(package)
    for name, data in changes.items():
        if data is None:
            parts.pop(name, None)
        else:
            parts[name] = data
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    out.write_bytes(buf.getvalue())
    return out


def tables_of(package: Path) -> list[dict[str, Any]]:
    return json.loads(members(package)["tables.json"])["tables"]


# --------------------------------------------------------------------------- the attacker


class LinearSystem:
    """Every count a package publishes as a variable, and every sum it states as an equation.

    Read from the tables alone, with the package format's documented meaning:
    * additive tables: in each group of rows sharing all keys but the last, the rows add up to
      the `_total` row, column by column;
    * a `total_column`: the other count columns of a row add up to it;
    * tables of one `universe` share their grand total (the `_total` row of one-key tables,
      the `_total` row's total column of two-way tables), and a group's total in a two-key
      table is the same figure as that code's total column in the two-way table.
    """

    def __init__(self, tables: list[dict[str, Any]]) -> None:
        self.index: dict[Any, int] = {}
        self.value: list[int | None] = []
        self.where: list[str] = []
        self.equations: list[dict[int, int]] = []
        for t in tables:
            self._table(t)

    def var(self, key: Any, value: Any, where: str) -> int:
        if key not in self.index:
            self.index[key] = len(self.value)
            self.value.append(None if value == SUPPRESSED else int(value or 0))
            self.where.append(where)
        i = self.index[key]
        if value != SUPPRESSED:
            known = self.value[i]
            assert known is None or known == int(value or 0), f"{where} disagrees"
            self.value[i] = int(value or 0)
        return i

    def _key(self, t: dict[str, Any], codes: tuple[str, ...], col: str, ncounts: int) -> Any:
        universe = t["universe"]
        if universe and ncounts == 1 and t["additive"] and codes[-1] == TOTAL:
            return (universe, "grand") if len(codes) == 1 else (universe, "group", codes[0])
        if universe and t["total_column"] and col == t["total_column"]:
            return (universe, "grand") if codes[0] == TOTAL else (universe, "group", codes[0])
        return (t["id"], codes, col)

    def _table(self, t: dict[str, Any]) -> None:
        nkeys = len(t["keys"])
        counts = [(i, c["key"]) for i, c in enumerate(t["columns"]) if c["kind"] == "count"]
        ncounts = len([c for c in counts if c[1] != t["total_column"]])
        cell: dict[tuple[tuple[str, ...], str], int] = {}
        for row in t["rows"]:
            codes = tuple(row[:nkeys])
            for i, col in counts:
                if row[i] == "":
                    continue
                key = self._key(t, codes, col, ncounts)
                cell[(codes, col)] = self.var(key, row[i], f"{t['id']}{list(codes)}.{col}")
        if t["additive"]:
            groups: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
            for codes, _ in cell:
                if codes not in groups[codes[:-1]]:
                    groups[codes[:-1]].append(codes)
            for members_ in groups.values():
                total = next((c for c in members_ if c[-1] == TOTAL), None)
                if total is None:
                    continue
                for _, col in counts:
                    if (total, col) not in cell:
                        continue
                    eq = {cell[(total, col)]: -1}
                    for codes in members_:
                        if codes != total and (codes, col) in cell:
                            eq[cell[(codes, col)]] = eq.get(cell[(codes, col)], 0) + 1
                    self.equations.append(eq)
        if t["total_column"]:
            for codes in {c for c, _ in cell}:
                eq = {cell[(codes, t["total_column"])]: -1}
                for _, col in counts:
                    if col != t["total_column"] and (codes, col) in cell:
                        eq[cell[(codes, col)]] = 1
                self.equations.append(eq)

    def hidden(self) -> list[int]:
        return [i for i, v in enumerate(self.value) if v is None]


def solve_bounds(system: LinearSystem, lower: int) -> dict[int, tuple[float, float]]:
    """min and max of every suppressed figure over all real solutions with hidden >= lower."""
    import numpy as np
    from scipy.optimize import linprog

    hidden = system.hidden()
    col = {v: j for j, v in enumerate(hidden)}
    rows, rhs = [], []
    for eq in system.equations:
        row = np.zeros(len(hidden))
        b = 0.0
        for var, coef in eq.items():
            if var in col:
                row[col[var]] += coef
            else:
                b -= coef * system.value[var]
        if row.any():
            rows.append(row)
            rhs.append(b)
        else:
            assert abs(b) < 1e-9, "published figures contradict each other"
    out: dict[int, tuple[float, float]] = {}
    a_eq = np.array(rows) if rows else None
    b_eq = np.array(rhs) if rows else None
    for var, j in col.items():
        c = np.zeros(len(hidden))
        c[j] = 1
        lo = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=[(lower, None)] * len(hidden),
                     method="highs")
        hi = linprog(-c, A_eq=a_eq, b_eq=b_eq, bounds=[(lower, None)] * len(hidden),
                     method="highs")
        assert lo.status == 0, system.where[var]
        top = float("inf") if hi.status == 3 else -hi.fun
        out[var] = (lo.fun, top)
    return out


def exposed_cells(tables: list[dict[str, Any]], lower: int = 0) -> list[str]:
    """Names of suppressed figures an attacker can compute exactly."""
    system = LinearSystem(tables)
    bounds = solve_bounds(system, lower)
    return [system.where[v] for v, (lo, hi) in bounds.items() if hi - lo < 1e-6]


# --------------------------------------------------------------------------- the year's attacker

EVENT_COLUMNS = {"events", "events_ytd", "annual_target"}  # station work, not people: skipped
SERVED = ("case_flow", ("served",), "clients")
SESSIONS = ("sessions", "grand")
PERIODS = 17  # months 0..11, quarters 12..15, the year 16
BIG = 10 ** 6  # "no upper bound" (HiGHS can call an unbounded problem infeasible)


def period_index(code: str) -> int:
    if len(code) == 4:
        return 16
    if "-Q" in code:
        return 11 + int(code[-1])
    return int(code[5:]) - 1


def quarter_of(i: int) -> int:
    return 12 + i // 3


def table_key(t: dict[str, Any], codes: tuple[str, ...], col: str, ncounts: int) -> Any:
    """The figure a table cell shows, shared by every table that shows it (as LinearSystem)."""
    universe = t["universe"]
    if universe and ncounts == 1 and t["additive"] and codes[-1] == TOTAL:
        return (universe, "grand") if len(codes) == 1 else (universe, "group", codes[0])
    if universe and t["total_column"] and col == t["total_column"]:
        return (universe, "grand") if codes[0] == TOTAL else (universe, "group", codes[0])
    return (t["id"], codes, col)


def read_tables(tables: list[dict[str, Any]]) -> tuple[dict[Any, Any], dict[Any, tuple],
                                                        dict[Any, Any]]:
    """(key -> published value or SUPPRESSED, line id -> (total key, part keys), bounded row key ->
    total key) of one package's tables, read as the package format documents them."""
    values: dict[Any, Any] = {}
    lines: dict[Any, tuple[Any, tuple[Any, ...]]] = {}
    bounds: dict[Any, Any] = {}
    grands = set()
    for t in tables:
        nkeys = len(t["keys"])
        counts = [(i, c["key"]) for i, c in enumerate(t["columns"])
                  if c["kind"] == "count" and c["key"] not in EVENT_COLUMNS]
        ncounts = len([c for c in counts if c[1] != t["total_column"]])
        cell: dict[tuple[tuple[str, ...], str], Any] = {}
        for row in t["rows"]:
            codes = tuple(row[:nkeys])
            for i, col in counts:
                if row[i] == "":
                    continue
                key = table_key(t, codes, col, ncounts)
                values[key] = row[i]
                cell[(codes, col)] = key
                if key == (t["universe"], "grand"):
                    grands.add(key)
        if t["additive"]:
            groups: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
            for codes, _ in cell:
                if codes not in groups[codes[:-1]]:
                    groups[codes[:-1]].append(codes)
            for prefix, members_ in groups.items():
                total = next((c for c in members_ if c[-1] == TOTAL), None)
                if total is None:
                    continue
                for _, col in counts:
                    if (total, col) in cell:
                        parts = tuple(cell[(c, col)] for c in members_
                                      if c != total and (c, col) in cell)
                        lines[(t["id"], prefix, col)] = (cell[(total, col)], parts)
        if t["total_column"]:
            for codes in {c for c, _ in cell}:
                parts = tuple(cell[(codes, col)] for _, col in counts
                              if col != t["total_column"] and (codes, col) in cell)
                lines[(t["id"], codes, "row")] = (cell[(codes, t["total_column"])], parts)
        if not t["additive"] and t["universe"] and t["id"] != "case_flow":
            for key in cell.values():
                bounds[key] = (t["universe"], "grand")
    if SERVED in values:
        bounds[SERVED] = SESSIONS
    return values, lines, {r: g for r, g in bounds.items() if g in values}


@dataclass
class Findings:
    hidden: int = 0  # hidden non-zero figures attacked
    recovered: list[str] = field(default_factory=list)  # exactly determined (non-zero truth)
    narrow: list[str] = field(default_factory=list)  # range below k
    homogeneous: list[str] = field(default_factory=list)  # a small group shown to share a value
    zeros_pinned: int = 0  # hidden zeros determined as zero (allowed: a zero describes no one)
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)


class YearAttack:
    """Every package a station released in one year as one integer system, solved for the min
    and max of every hidden figure (issue 17's attacker), built from the packages' tables.json
    alone plus the documented rules:

    * each table's own sums; tables of a universe share their grand total;
    * time: a quarter is the sum of its months and the year the sum of its quarters, for every
      figure but "people served", which is at least each part's and at most their sum, at most
      the sessions, and at least 1 when a package shows there were sessions;
    * overlapping rows are at most their universe's total;
    * a hidden figure is at least 1, except in a line whose total is hidden (there zeros are
      hidden too); unreleased periods are unknowns with the same sums.
    """

    def __init__(self, packages: dict[str, list[dict[str, Any]]],
                 extra: list[tuple[dict[tuple[str, Any], int], int]] = ()) -> None:
        """`extra`: more that the attacker knows from documents beside the packages, each
        `sum(coef * figure of period) <= rhs` (a survey report's band count is at most the
        months' band counts; a worker count of the analysis report at most the repeats)."""
        self.extra = list(extra)
        self.published: dict[int, dict[Any, Any]] = {}
        self.lines: dict[Any, tuple[Any, set[Any]]] = {}
        self.bounds: dict[Any, Any] = {}
        self.keys: set[Any] = set()
        self.period_lines: dict[int, dict[Any, tuple[Any, tuple[Any, ...]]]] = {}
        self.period_bounds: dict[int, dict[Any, Any]] = {}
        for code, tables in packages.items():
            i = period_index(code)
            values, lines, bounds = read_tables(tables)
            self.published[i] = values
            self.period_lines[i] = lines
            self.period_bounds[i] = bounds
            self.keys.update(values)
            for lid, (total, parts) in lines.items():
                entry = self.lines.setdefault(lid, (total, set()))
                entry[1].update(parts)
            self.bounds.update(bounds)
        self.keys = set(sorted(self.keys, key=repr))
        self._build()

    # ------------------------------------------------------------------ the system
    def hidden_at(self, i: int, key: Any) -> bool:
        return i in self.published and self.published[i].get(key) == SUPPRESSED

    def lower(self, i: int, key: Any) -> int:
        if i not in self.published:
            return 0
        if key == SERVED:  # people served are at least 1 whenever sessions are
            return int(self.published[i].get(SESSIONS) not in (0, None))
        for total, parts in self.period_lines[i].values():
            if key in parts and self.hidden_at(i, total):
                return 0
        bound = self.period_bounds[i].get(key)
        if bound is not None and self.hidden_at(i, bound):
            return 0
        return 1

    def _build(self) -> None:
        self.var: dict[tuple[int, Any], int] = {}
        self.lo: list[float] = []
        self.hi: list[float] = []
        for i in range(PERIODS):
            for key in sorted(self.keys, key=repr):
                self.var[(i, key)] = len(self.lo)
                if i in self.published:
                    value = self.published[i].get(key, 0)
                    if value == SUPPRESSED:
                        self.lo.append(self.lower(i, key))
                        self.hi.append(BIG)
                    else:
                        self.lo.append(int(value or 0))
                        self.hi.append(int(value or 0))
                else:
                    self.lo.append(0)
                    self.hi.append(BIG)
        eq: list[dict[int, int]] = []
        le: list[dict[int, int]] = []  # sum <= 0
        for coefs, rhs in self.extra:  # a fixed variable holds the right-hand side
            const = len(self.lo)
            self.lo.append(rhs)
            self.hi.append(rhs)
            row = {const: -1}
            for (code, key), coef in coefs.items():
                v = self.var[(period_index(code), key)]
                row[v] = row.get(v, 0) + coef
            le.append(row)
        for i in range(PERIODS):
            for total, parts in self.lines.values():
                row = {self.var[(i, total)]: -1}
                for p in parts:
                    row[self.var[(i, p)]] = row.get(self.var[(i, p)], 0) + 1
                eq.append(row)
            for r, total in self.bounds.items():
                le.append({self.var[(i, r)]: 1, self.var[(i, total)]: -1})
        for key in self.keys:
            for parent, kids in [(12 + q, [3 * q, 3 * q + 1, 3 * q + 2]) for q in range(4)] + \
                    [(16, [12, 13, 14, 15])]:
                p = self.var[(parent, key)]
                ks = [self.var[(c, key)] for c in kids]
                if key == SERVED:
                    for c in ks:
                        le.append({c: 1, p: -1})
                    row = {p: 1}
                    for c in ks:
                        row[c] = -1
                    le.append(row)
                else:
                    row = {p: -1}
                    for c in ks:
                        row[c] = 1
                    eq.append(row)
        self.eq, self.le = eq, le
        # components over the unknowns, so each solve is small
        parent = list(range(len(self.lo)))

        def find(a: int) -> int:
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        for row in eq + le:
            free = [v for v in row if self.lo[v] != self.hi[v]]
            for v in free[1:]:
                ra, rb = find(free[0]), find(v)
                if ra != rb:
                    parent[ra] = rb
        self.component: dict[int, list[int]] = defaultdict(list)
        for v in range(len(self.lo)):
            if self.lo[v] != self.hi[v]:
                self.component[find(v)].append(v)
        self.find = find
        self._lp_cache: dict[int, Any] = {}
        self._solvers: dict[int, Any] = {}

    def _component_lp(self, root: int) -> Any:
        """(variables, A_eq, b_eq, A_ub, b_ub, bounds) of one component, published values moved
        to the right-hand side."""
        import numpy as np
        from scipy.sparse import csr_array

        if root in self._lp_cache:
            return self._lp_cache[root]
        vars_ = self.component[root]
        col = {v: j for j, v in enumerate(vars_)}
        mats = []
        for rows in (self.eq, self.le):
            data, ri, ci, b = [], [], [], []
            for row in rows:
                if not any(v in col for v in row):
                    continue
                rhs = 0.0
                for v, coef in row.items():
                    if v in col:
                        data.append(coef)
                        ri.append(len(b))
                        ci.append(col[v])
                    else:
                        rhs -= coef * self.lo[v]
                b.append(rhs)
            mats.append((csr_array((data, (ri, ci)), shape=(len(b), len(vars_)))
                         if b else None, np.array(b) if b else None))
        bounds = [(self.lo[v], self.hi[v]) for v in vars_]
        out = (vars_, col, mats[0], mats[1], bounds)
        self._lp_cache[root] = out
        return out

    def _component_solver(self, root: int) -> Any:
        """One HiGHS model per component, built once: each optimum only changes the objective
        and starts from the last basis (2,500 separate `linprog` calls spent most of their
        time building the same model again)."""
        import highspy
        import numpy as np
        from scipy.sparse import vstack

        if root in self._solvers:
            return self._solvers[root]
        vars_, _col, (a_eq, b_eq), (a_ub, b_ub), bounds = self._component_lp(root)
        blocks = [(a, b, b) for a, b in [(a_eq, b_eq)] if a is not None]
        blocks += [(a, np.full(len(b), -highspy.kHighsInf), b)
                   for a, b in [(a_ub, b_ub)] if a is not None]
        lp = highspy.HighsLp()
        lp.num_col_ = len(vars_)
        lp.col_cost_ = np.zeros(len(vars_))
        lp.col_lower_ = np.array([b[0] for b in bounds], dtype=float)
        lp.col_upper_ = np.array([b[1] for b in bounds], dtype=float)
        if blocks:
            a = vstack([blk[0] for blk in blocks]).tocsr()
            lp.num_row_ = a.shape[0]
            lp.row_lower_ = np.concatenate([blk[1] for blk in blocks])
            lp.row_upper_ = np.concatenate([blk[2] for blk in blocks])
            lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
            lp.a_matrix_.num_col_ = len(vars_)
            lp.a_matrix_.num_row_ = a.shape[0]
            lp.a_matrix_.start_ = a.indptr
            lp.a_matrix_.index_ = a.indices
            lp.a_matrix_.value_ = a.data
        solver = highspy.Highs()
        solver.setOptionValue("output_flag", False)
        solver.setOptionValue("presolve", "off")  # these small sparse systems solve faster without
        # Primal simplex: a new objective leaves the last basis feasible, so each optimum starts
        # from there (the year's 2,531 optima: 2.4 s, against 6.5 s with HiGHS's default).
        solver.setOptionValue("simplex_strategy", 4)
        solver.passModel(lp)
        self._solvers[root] = solver
        return solver

    def optimum(self, objective: dict[int, int], sense: int) -> float:
        """min (sense 1) or max (sense -1) of a linear form of unknowns of one component, over
        the integers (LP first; where its optimum is not integral, scipy's milp)."""
        import highspy
        import numpy as np
        from scipy.optimize import Bounds, LinearConstraint, milp

        root = self.find(next(iter(objective)))
        vars_, col, (a_eq, b_eq), (a_ub, b_ub), bounds = self._component_lp(root)
        c = np.zeros(len(vars_))
        for v, coef in objective.items():
            c[col[v]] = sense * coef
        solver = self._component_solver(root)
        solver.changeColsCost(len(vars_), np.arange(len(vars_), dtype=np.int32), c)
        solver.run()
        status = solver.getModelStatus()
        assert status == highspy.HighsModelStatus.kOptimal, solver.modelStatusToString(status)
        fun = solver.getInfo().objective_function_value
        x = np.array(solver.getSolution().col_value)
        if sense < 0 and -fun >= BIG / 2:
            return float("inf")
        if np.allclose(x, np.round(x), atol=1e-7):
            return sense * fun
        cons = []
        if a_eq is not None:
            cons.append(LinearConstraint(a_eq, b_eq, b_eq))
        if a_ub is not None:
            cons.append(LinearConstraint(a_ub, -np.inf, b_ub))
        lo = np.array([b[0] for b in bounds], dtype=float)
        hi = np.array([b[1] for b in bounds], dtype=float)
        res = milp(c, constraints=cons, integrality=np.ones(len(vars_)), bounds=Bounds(lo, hi))
        assert res.status == 0, res.message
        return sense * res.fun

    # ------------------------------------------------------------------ the attack
    def attack(self, truth: dict[str, dict[Any, int]], k: int) -> Findings:
        """`truth`: period -> key -> true value (from the vault), to tell hidden zeros apart and
        to find the small homogeneous groups."""
        found = Findings()
        for code, values in truth.items():
            i = period_index(code)
            for key, true in values.items():
                if not self.hidden_at(i, key):
                    continue
                v = self.var[(i, key)]
                name = f"{code} {key}"
                hi = self.optimum({v: 1}, -1)
                if true == 0:  # a hidden zero may be found to be zero: it describes no one
                    found.zeros_pinned += int(hi < 0.5)
                    continue
                lo = self.optimum({v: 1}, 1)
                assert lo - 1e-6 <= true <= hi + 1e-6, f"truth outside the attacker's range: {name}"
                found.hidden += 1
                top = round(hi) if hi != float("inf") else 10 ** 9
                found.ranges[name] = (round(lo), top)
                if hi - lo < 0.5:
                    found.recovered.append(name)
                elif top - round(lo) + 1 < k:
                    found.narrow.append(name)
            found.homogeneous += self._homogeneous(code, i, values, k)
        return found

    def _homogeneous(self, code: str, i: int, values: dict[Any, int], k: int) -> list[str]:
        out = []
        checks = [(lid, total, tuple(parts)) for lid, (total, parts) in self.lines.items()]
        checks += [(("bound", r), t, (r,)) for r, t in self.bounds.items() if r != SERVED]
        for lid, total, parts in checks:
            t = values.get(total, 0)
            if not 1 <= t < k:
                continue
            for p in parts:
                if values.get(p, 0) != t:
                    continue
                others = [o for o in parts if o != p] if lid[0] != "bound" else []
                if self._implied(i, total, p, others, lid[0] == "bound"):
                    continue
                objective = {self.var[(i, total)]: 1}
                objective[self.var[(i, p)]] = objective.get(self.var[(i, p)], 0) - 1
                objective = {v: c for v, c in objective.items() if c}
                if all(self.lo[v] == self.hi[v] for v in objective):
                    out.append(f"{code} {p} = {total} (published)")
                    continue
                free = {v: c for v, c in objective.items() if self.lo[v] != self.hi[v]}
                const = sum(c * self.lo[v] for v, c in objective.items() if v not in free)
                roots = {self.find(v) for v in free}
                if len(roots) > 1:
                    continue  # independent parts: they can differ
                if const + self.optimum(free, -1) < 0.5:
                    out.append(f"{code} {p} = {total}")
        return out

    def _implied(self, i: int, total: Any, p: Any, others: list[Any], bound: bool) -> bool:
        """Published figures about larger groups already say it: a line of a larger period
        (a group of at least k) with every other value at zero, a zero margin the other value
        is part of ("no assessment this month was self-service"), or for a quarter or year,
        such figures in each of its parts."""
        ancestors = [quarter_of(i), 16] if i < 12 else ([16] if i < 16 else [])
        shown = [a for a in ancestors if a in self.published
                 and self.published[a].get(total) not in (SUPPRESSED, None)]
        if bound:
            return any(self.published[a].get(p) == self.published[a].get(total) for a in shown)

        def zero_margin(o: Any, periods: tuple[int, ...]) -> bool:
            for n in periods:
                for t, parts in self.period_lines.get(n, {}).values():
                    if o in parts and t != total and self.published[n].get(t) == 0:
                        return True
            return False

        def empty_below(n: int, o: Any) -> bool:
            """In every part of a quarter or year, `o` is shown to be zero (a zero margin,
            or no one of the group at all that month)."""
            kids = [3 * (n - 12) + j for j in range(3)] if 12 <= n < 16 else (
                [12, 13, 14, 15] if n == 16 else [])
            return bool(kids) and all(
                kid in self.published and (self.published[kid].get(total, 0) == 0
                                           or zero_margin(o, (kid,)) or empty_below(kid, o))
                for kid in kids)

        return all(any(self.published[a].get(o) == 0 for a in shown)
                   or zero_margin(o, (i, *ancestors)) or empty_below(i, o) for o in others)


def truth_tables(root: Path, period: str) -> list[dict[str, Any]]:
    """The period's tables with nothing hidden, counted as the packages count them (from the
    months as frozen in the vault): the test's ground truth, never written anywhere."""
    from station_desk.export.build import period_counts
    from station_desk.export.collect import Dataset  # noqa: F401 - for the reader
    from station_desk.export.releases import Releases
    from station_desk.export.tables import publish

    p = parse_period(period)
    with admin_session(root) as s:
        frozen = Releases(s.db).months(p.year)
        data, _ = period_counts(s, p, frozen, "2026-11-02T09:00:00Z")
    for cell in data.model.cells.values():
        cell.state = ""
    return [publish(spec, data.model) for spec in data.specs]


def truth_of(root: Path, periods: list[str]) -> dict[str, dict[Any, int]]:
    out = {}
    for period in periods:
        values, _, _ = read_tables(truth_tables(root, period))
        out[period] = {key: int(v or 0) for key, v in values.items()}
    return out
