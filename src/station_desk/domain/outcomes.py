"""Outcome of repeat assessments: did a worker's depression or anxiety score improve by more
than measurement error? One rule, used by the statistics packages (per administration,
`export/tier_tables.py`) and the annual analysis report (per worker, `worker_outcomes`).

Reliable change (Jacobson & Truax, 1991): a change is reliable when it exceeds what the
instrument's own unreliability could produce, RCI = 1.96 · SD · √(2 · (1 − r)). With the
published internal consistency of PHQ-9 (Kroenke, Spitzer & Williams 2001: α = .89) and
GAD-7 (Spitzer et al. 2006: α = .92) and a baseline spread of scores of about 6 and 5 points,
as in treatment-seeking samples, the index comes to about 5.5 and 3.9 points; scores are
whole numbers, so a fall of at least 6 points on PHQ-9 or 4 on GAD-7 is a reliable
improvement (a rise as large, a reliable deterioration). These are the thresholds NHS
Talking Therapies publishes for the same two questionnaires, so the station's figure can be
compared with theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station_desk.i18n import N_

RELIABLE_CHANGE = {"phq9": 6, "gad7": 4}
METHOD = N_(
    "domain", "Improvement is judged by the reliable change index (Jacobson–Truax): at least 6 "
    "points lower on PHQ-9 or 4 on GAD-7 (from the scales' published reliabilities, α = .89 and "
    ".92; the thresholds NHS Talking Therapies uses). Each worker's first assessment is compared "
    "with their last in the period; a reliable improvement on either scale counts.")
METHOD_ZH, METHOD_EN = METHOD


def classify(instrument: str, first: int, later: int) -> str:
    """"improved", "worse" or "no_change" (lower scores are better on both scales)."""
    threshold = RELIABLE_CHANGE[instrument]
    change = int(first) - int(later)
    if change >= threshold:
        return "improved"
    return "worse" if change <= -threshold else "no_change"


@dataclass(frozen=True)
class WorkerOutcomes:
    """Workers with a repeat PHQ-9 or GAD-7 in the period (their last one in the period not
    their first ever), and how many of them improved reliably on either scale."""

    measured: int
    improved: int

    @property
    def not_improved(self) -> int:
        return self.measured - self.improved


def worker_outcomes(db: Any, lo: str, hi: str) -> WorkerOutcomes:
    """Each worker's first administration of each scale (ever) against their last one in
    [lo, hi) (UTC bounds of a station period). A worker counted here has a repeat in the
    period, so they are among the workers behind the package's repeat assessments: the
    improved among those counted improved, the rest among those counted unchanged or worse
    (the annual report relies on that to publish these figures safely)."""
    marks = ",".join("?" * len(RELIABLE_CHANGE))
    rows = db.all(
        "SELECT client_id, instrument_id, id, total, administered_at FROM assessments"
        f" WHERE client_id IS NOT NULL AND instrument_id IN ({marks}) AND administered_at < ?"
        " ORDER BY client_id, instrument_id, administered_at, id", (*RELIABLE_CHANGE, hi))
    first: dict[tuple[int, str], tuple[int, int]] = {}
    last: dict[tuple[int, str], tuple[int, int]] = {}
    for client, inst, aid, total, when in rows:
        key = (int(client), str(inst))
        first.setdefault(key, (int(aid), int(total)))
        if str(when) >= lo:
            last[key] = (int(aid), int(total))
    measured: set[int] = set()
    improved: set[int] = set()
    for key, (aid, total) in last.items():
        first_id, first_total = first[key]
        if aid == first_id:
            continue
        measured.add(key[0])
        if classify(key[1], first_total, total) == "improved":
            improved.add(key[0])
    return WorkerOutcomes(len(measured), len(improved))
