"""Satisfaction ratings (满意度评价): 1–5 on each item of the vocabulary, optional comment.

The worker fills the form in on the station PC in a screen that shows nothing else; staff
start it for a file (or one session of it). Ratings are read back per case by those who reach
the case, and as station averages by everyone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from station_desk.domain import vocab
from station_desk.domain.records import access
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import MAX_MEDIUM, Checker, now_iso, today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.i18n import N_

OVERALL = "overall"


@dataclass(frozen=True)
class Rating:
    id: int
    client_id: int | None
    session_id: int | None
    rated_at: str
    scores: dict[str, int]
    overall: int
    comment: str


def scale() -> tuple[int, int]:
    meta = vocab.vocabulary("satisfaction_items").meta
    return int(meta["scale_min"]), int(meta["scale_max"])


def record_satisfaction(session: Session, scores: dict[str, Any], comment: str = "", *,
                        client_id: int | None = None, session_id: int | None = None) -> Rating:
    """Every item must be rated; a session rating belongs to that session's file. Ratings
    and their comments are kept in the clinical compartment, so recording one needs its key
    (the form is handed to the client from the clinical file)."""
    session.require(Permission.VIEW_DIRECTORY)
    session.require_clinical_key()
    if session_id is not None:
        owner = session.db.scalar("SELECT client_id FROM sessions WHERE id = ?", (session_id,))
        if owner is None or (client_id is not None and owner != client_id):
            raise StationDeskError("not_found", what=N_(
            "records", "session #{number}").format(number=session_id))
        client_id = owner
    ref = access.file_ref(session, client_id) if client_id is not None else None
    low, high = scale()
    check = Checker(today(session))
    clean: dict[str, int] = {}
    for code in vocab.codes("satisfaction_items"):
        value = check.number("scores", scores.get(code), low, high)
        if value is not None:
            clean[code] = value
    unknown = [k for k in scores if k not in vocab.codes("satisfaction_items")]
    for code in unknown:
        check.add("scores", "field_bad_choice", value=code)
    text = check.text("comment", comment, limit=MAX_MEDIUM)
    check.done()
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO satisfaction (client_id, session_id, rated_at, scores, overall, comment)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (client_id, session_id, now_iso(session), json.dumps(clean), clean[OVERALL], text))
        sealing.after_write(session, "satisfaction", int(cur.lastrowid))
        session.log("satisfaction.record", ref.target if ref else "",
                    {"rating": cur.lastrowid, "session": session_id})
    return _rows(session, session.db.all(f"SELECT {_COLUMNS} FROM satisfaction WHERE id = ?",
                                         (cur.lastrowid,)))[0]


_COLUMNS = "id, client_id, session_id, rated_at, scores, overall, comment, sealed"


def _rows(session: Session, rows: list[Any]) -> list[Rating]:
    rows = sealing.reveal(session, "satisfaction", rows, {"comment": 6})
    return [Rating(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows]


def list_satisfaction(session: Session, client_id: int) -> list[Rating]:
    access.require_clinical(session, client_id)
    return _rows(session, session.db.all(f"SELECT {_COLUMNS} FROM satisfaction"
                                         f" WHERE client_id = ? ORDER BY rated_at, id",
                                         (client_id,)))


@dataclass(frozen=True)
class SatisfactionSummary:
    responses: int
    averages: dict[str, float]


def summary(session: Session, date_from: str, date_to: str) -> SatisfactionSummary:
    """Station averages per item for ratings in [date_from, date_to] (dates inclusive)."""
    session.require(Permission.VIEW_DIRECTORY)
    session.require_clinical_key()
    rows = session.db.all("SELECT scores FROM satisfaction WHERE rated_at >= ? AND rated_at < ?",
                          (date_from, date_to + "~"))
    totals: dict[str, list[int]] = {}
    for (text,) in rows:
        for code, value in json.loads(text).items():
            totals.setdefault(code, []).append(int(value))
    return SatisfactionSummary(len(rows), {k: sum(v) / len(v) for k, v in totals.items()})
