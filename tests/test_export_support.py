"""Support for the export and union tests (no tests here): demo stations, packages, and an
attacker that rebuilds every equation a package publishes and solves it with an LP."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock
from station_desk.domain.demo import DEMO_ACCOUNTS, create_demo_vault
from station_desk.domain.session import Session
from station_desk.export.build import build
from station_desk.export.keys import key_file
from station_desk.export.package import write_package
from station_desk.export.period import parse_period
from station_desk.export.tables import SUPPRESSED, TOTAL

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


def export(root: Path, period: str, out: Path, k: int = 5) -> Path:
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
