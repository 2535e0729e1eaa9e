"""Exact linear algebra over the rationals, small and dependency-free.

The disclosure check must say "this suppressed count can / cannot be recomputed" with no
floating-point doubt, and runs inside the station app where numpy/scipy are not installed.
The systems are tiny (tens of cells per group of linked tables), so Fractions are fast enough.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

Matrix = list[list[Fraction]]


def rref(rows: Sequence[Sequence[int | Fraction]], ncols: int) -> tuple[Matrix, list[int]]:
    """Reduced row echelon form and the pivot column of each remaining row."""
    m = [[Fraction(v) for v in row] for row in rows]
    pivots: list[int] = []
    r = 0
    for c in range(ncols):
        pivot = next((i for i in range(r, len(m)) if m[i][c] != 0), None)
        if pivot is None:
            continue
        m[r], m[pivot] = m[pivot], m[r]
        lead = m[r][c]
        if lead != 1:
            m[r] = [v / lead for v in m[r]]
        for i in range(len(m)):
            if i != r and m[i][c] != 0:
                f = m[i][c]
                m[i] = [a - f * b for a, b in zip(m[i], m[r], strict=True)]
        pivots.append(c)
        r += 1
        if r == len(m):
            break
    return m[:r], pivots


def nullspace(rows: Sequence[Sequence[int | Fraction]], ncols: int) -> Matrix:
    """A basis of {x : rows · x = 0}, one vector per free column."""
    m, pivots = rref(rows, ncols)
    free = [c for c in range(ncols) if c not in set(pivots)]
    basis: Matrix = []
    for f in free:
        vec = [Fraction(0)] * ncols
        vec[f] = Fraction(1)
        for row, p in zip(m, pivots, strict=True):
            vec[p] = -row[f]
        basis.append(vec)
    return basis


def maximize(c: Sequence[Fraction], a: Sequence[Sequence[Fraction]],
             b: Sequence[Fraction]) -> tuple[Fraction, list[Fraction]]:
    """max c·x subject to a·x <= b, x >= 0, with b >= 0 (the origin is feasible).

    Dense tableau simplex with Bland's rule, which cannot cycle on the degenerate problems
    the disclosure check produces (most right-hand sides are 0). The caller guarantees the
    optimum is bounded."""
    n, m = len(c), len(a)
    if any(v < 0 for v in b):
        raise ValueError("origin must be feasible")
    # columns: x (n) then slacks (m); last column is the right-hand side
    tab = [[Fraction(v) for v in row] + [Fraction(int(i == j)) for j in range(m)] + [Fraction(bi)]
           for i, (row, bi) in enumerate(zip(a, b, strict=True))]
    obj = [Fraction(-v) for v in c] + [Fraction(0)] * m + [Fraction(0)]
    basis = [n + i for i in range(m)]
    while True:
        enter = next((j for j in range(n + m) if obj[j] < 0), None)
        if enter is None:
            break
        best: tuple[Fraction, int, int] | None = None
        for i in range(m):
            coef = tab[i][enter]
            if coef > 0:
                key = (tab[i][-1] / coef, basis[i], i)
                if best is None or key[:2] < best[:2]:
                    best = key
        if best is None:
            raise ValueError("unbounded")
        row = best[2]
        lead = tab[row][enter]
        tab[row] = [v / lead for v in tab[row]]
        for i in range(m):
            if i != row and tab[i][enter] != 0:
                f = tab[i][enter]
                tab[i] = [x - f * y for x, y in zip(tab[i], tab[row], strict=True)]
        f = obj[enter]
        obj = [x - f * y for x, y in zip(obj, tab[row], strict=True)]
        basis[row] = enter
    x = [Fraction(0)] * (n + m)
    for i, var in enumerate(basis):
        x[var] = tab[i][-1]
    return obj[-1], x[:n]
