"""Referrals (转介): destination, reason, date, outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_desk.domain.records import access, item_outcomes
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import MAX_MEDIUM, Checker, now_iso, today, user_names
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.i18n import N_


@dataclass(frozen=True)
class Referral:
    id: int
    client_id: int
    referral_date: str
    destination_type: str
    destination: str
    reason: str
    outcome: str
    created_by: int
    created_by_name: str
    created_at: str


_COLUMNS = ("id, client_id, referral_date, destination_type, destination, reason, outcome,"
            " created_by, created_at, sealed")


def _rows(session: Session, rows: list) -> list[Referral]:
    rows = sealing.reveal(session, "referrals", rows,
                          {"destination": 4, "reason": 5, "outcome": 6})
    names = user_names(session, [r[7] for r in rows])
    return [Referral(*tuple(r)[:8], names.get(r[7], ""), r[8]) for r in rows]


def add_referral(session: Session, client_id: int, referral_date: dt.date | str,
                 destination_type: str, destination: str, reason: str,
                 outcome: str = "") -> Referral:
    ref = access.require_write(session, client_id)
    if ref.status == "transferred":  # sent to another station: no new records here
        raise StationDeskError("file_transferred_out", file_no=ref.file_no)
    check = Checker(today(session))
    day = check.date("referral_date", referral_date, required=True, future=False)
    kind = check.choice("destination_type", "referral_destinations", destination_type)
    where = check.text("destination", destination, required=True)
    why = check.text("reason", reason, required=True, limit=MAX_MEDIUM)
    result = check.text("outcome", outcome, limit=MAX_MEDIUM)
    check.done()
    assert day is not None
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO referrals (client_id, referral_date, destination_type, destination,"
            " reason, outcome, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ref.id, day.isoformat(), kind, where, why, result, session.user.id,
             now_iso(session)))
        sealing.after_write(session, "referrals", int(cur.lastrowid))
        session.log("referral.add", ref.target, {"referral": cur.lastrowid, "to": kind})
    return get_referral(session, int(cur.lastrowid))


def get_referral(session: Session, referral_id: int) -> Referral:
    row = session.db.one(f"SELECT {_COLUMNS} FROM referrals WHERE id = ?", (referral_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "records", "referral #{number}").format(number=referral_id))
    access.require_clinical(session, row[1])
    return _rows(session, [row])[0]


def set_referral_outcome(session: Session, referral_id: int, outcome: str) -> Referral:
    """What came of the referral; revised as news comes in (a referral has no closed state)."""
    item = get_referral(session, referral_id)
    change = item_outcomes.begin(session, "referrals", referral_id, item.client_id)
    change.record(session, {"outcome": change.text(outcome)}, "referral.outcome",
                  {"referral": referral_id})
    return get_referral(session, referral_id)


def list_referrals(session: Session, client_id: int) -> list[Referral]:
    access.require_clinical(session, client_id)
    return read_referrals(session, client_id)


def read_referrals(session: Session, client_id: int) -> list[Referral]:
    """The file's referrals by date; callers have checked access."""
    return _rows(session, session.db.all(
        f"SELECT {_COLUMNS} FROM referrals WHERE client_id = ? ORDER BY referral_date, id",
        (client_id,)))
