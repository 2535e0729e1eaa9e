"""The package's tables for issue 16: hotline calls and outcomes of repeat assessments.
They are counted like every other table (`collect.one_way`, people behind each count) and so
protected with the rest of the package and the year's earlier packages.

- Hotline calls by main concern and by risk: every call in the hotline log; a caller with a
  file counts as that person, one without as a person of their own (no call is linked to
  another without a file).
- Outcomes: each repeat PHQ-9 or GAD-7 administration in the period compared with the worker's
  first: reliably better (PHQ-9 at least 6 points lower, GAD-7 at least 4: the reliable-change
  thresholds of `domain.outcomes`, which says why), no reliable change, or reliably worse.
  Counted per administration, so that a quarter is the sum of its months as every table must
  be; the people behind each count are the workers. (The analysis report's share of workers
  who improved, first against last, is not additive and is not a package figure: the report
  prints it only inside what this table published.)
- Survey screenings are not a figure of their own: they are anonymous screenings and count
  there. Published apart (a table bounded by the anonymous screenings, or a mode column of
  `assessments_by_mode`), they made the year's protection unsolvable for a small station
  (`protect` refused its April: no witness for a February count), so the annual report says
  how many anonymous screenings there were, surveys included.

Months frozen by a release made before these tables existed hold no counts for them; a
quarter or year made of such months shows them as 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from station_desk.domain.outcomes import RELIABLE_CHANGE, classify
from station_desk.export.counting import Tally, Vocab, one_way
from station_desk.export.tables import Column, TableSpec
from station_desk.i18n import N_

if TYPE_CHECKING:
    from station_desk.export.collect import Collector

OUTCOME_ROWS = {"improved": N_("export", "Reliably better"),
                "no_change": N_("export", "No reliable change"),
                "worse": N_("export", "Reliably worse")}


def collect(collector: Collector) -> None:
    hotline(collector)
    outcomes(collector)


def hotline(collector: Collector) -> None:
    topic, risk = Tally(collector.salt), Tally(collector.salt)
    issues, risks = Vocab("presenting_issues"), Vocab("risk_levels")
    rows = collector.db.all(
        "SELECT client_id, topic, risk_level FROM hotline_calls"
        " WHERE called_at >= ? AND called_at < ?"
        f" AND {collector.counted('hotline_calls', 'called_at', utc=True)}",
        (collector.lo, collector.hi))
    for cid, code, level in rows:
        topic.add(issues.norm(code), cid)
        topic.add("_total", cid)
        risk.add(risks.norm(level), cid)
    col = Column("calls", "count", *N_("export", "Calls"))
    spec = TableSpec("hotline_calls_by_topic", *N_(
        "export", "Hotline calls by main concern"), ("topic",), [col], universe="hotline",
                     **N_(
                         "export", "Every call in the hotline log, with or without a "
                                   "file.").fields("note"))
    one_way(collector.data, spec, "hotline.topic", topic, issues.rows(topic.count),
            issues.label, col, total_id="hotline.total")
    spec = TableSpec("hotline_calls_by_risk", *N_(
        "export", "Hotline calls by risk level"), ("risk",), [col], universe="hotline")
    one_way(collector.data, spec, "hotline.risk", risk, risks.rows(risk.count), risks.label,
            col, total=topic, total_id="hotline.total")


def outcomes(collector: Collector) -> None:
    tally = Tally(collector.salt)
    marks = ",".join("?" * len(RELIABLE_CHANGE))
    # The worker's first administration of the instrument, its id and its total each from
    # the index that finds it (assessments_client holds the total): reading the first's row
    # from the table cost a random page per repeat (docs/benchmarks/README.md, 2026-12-02).
    first = ("(SELECT x.{} FROM assessments x WHERE x.client_id = a.client_id"
             " AND x.instrument_id = a.instrument_id ORDER BY x.administered_at, x.id LIMIT 1)")
    rows = collector.db.all(
        "SELECT client_id, instrument_id, total, first_total FROM (SELECT a.id,"
        f" a.client_id, a.instrument_id, a.total, {first.format('id')} AS first_id,"
        f" {first.format('total')} AS first_total FROM assessments a"
        f" WHERE a.administered_at >= ? AND a.administered_at < ? AND a.client_id IS NOT NULL"
        f" AND a.instrument_id IN ({marks})"
        f" AND {collector.counted('a', 'administered_at', utc=True)}) WHERE id <> first_id",
        (collector.lo, collector.hi, *RELIABLE_CHANGE))
    for cid, inst, total, first in rows:
        tally.add(classify(inst, first, total), cid)
        tally.add("_total", cid)
    col = Column("administrations", "count", *N_("export", "Repeat assessments"))
    spec = TableSpec("outcomes", *N_(
        "export", "Repeat assessments against the first (PHQ-9, GAD-7)"), ("result",), [col],
                     universe="outcomes",
                     **N_(
                         "export", "Each repeat against the worker's first: at least 6 points "
                         "lower on PHQ-9 or 4 on GAD-7 is reliably better; as much higher, "
                         "reliably worse.").fields("note"))
    one_way(collector.data, spec, "outcomes", tally, list(OUTCOME_ROWS),
            OUTCOME_ROWS.__getitem__, col)
