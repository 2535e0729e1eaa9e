"""Group activities and lectures (团体辅导, 讲座, 巡讲, …) and the annual targets.

Only counts are kept: date, type, topic, venue, organising unit, how many attended and which
groups were aimed at. There is no field for attendees' names, on purpose.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_desk.domain import vocab
from station_desk.domain.records.common import (
    Checker,
    dumps,
    loads,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError

MAX_ATTENDEES = 100_000


@dataclass(frozen=True)
class ActivityInput:
    activity_date: dt.date | str | None = None
    type: str = ""
    topic: str = ""
    venue: str = ""
    organiser: str = ""
    attendees: int | str | None = None
    target_groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class Activity:
    id: int
    activity_date: str
    type: str
    topic: str
    venue: str
    organiser: str
    attendees: int
    target_groups: tuple[str, ...]
    created_by: int
    created_by_name: str
    created_at: str


@dataclass(frozen=True)
class TargetProgress:
    type: str
    target: int
    done: int
    attendees: int

    @property
    def ratio(self) -> float:
        return self.done / self.target if self.target else 0.0


_COLUMNS = ("id, activity_date, type, topic, venue, organiser, attendees, target_groups,"
            " created_by, created_at")


def _rows(session: Session, rows: list) -> list[Activity]:
    names = user_names(session, [r[8] for r in rows])
    return [Activity(r[0], r[1], r[2], r[3], r[4], r[5], r[6], loads(r[7]), r[8],
                     names.get(r[8], ""), r[9]) for r in rows]


def log_activity(session: Session, data: ActivityInput) -> Activity:
    session.require(Permission.LOG_ACTIVITY)
    check = Checker(today(session))
    day = check.date("activity_date", data.activity_date, required=True, future=False)
    kind = check.choice("type", "activity_types", data.type)
    topic = check.text("topic", data.topic, required=True)
    venue = check.text("venue", data.venue)
    organiser = check.text("organiser", data.organiser)
    count = check.number("attendees", data.attendees, 0, MAX_ATTENDEES)
    groups = check.choices("target_groups", "key_groups", data.target_groups)
    check.done()
    assert day is not None
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO activities (activity_date, type, topic, venue, organiser, attendees,"
            " target_groups, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (day.isoformat(), kind, topic, venue, organiser, count, dumps(groups),
             session.user.id, now_iso(session)))
        session.log("activity.log", f"activity:{cur.lastrowid}",
                    {"type": kind, "attendees": count})
    return list_activities(session, ids=[int(cur.lastrowid)])[0]


def delete_activity(session: Session, activity_id: int) -> None:
    """A mistaken entry: its author or an admin removes it (audited)."""
    session.require(Permission.LOG_ACTIVITY)
    row = session.db.one("SELECT created_by, type, activity_date FROM activities WHERE id = ?",
                         (activity_id,))
    if row is None:
        raise StationDeskError("not_found", what=f"活动 #{activity_id} / activity")
    if row[0] != session.user.id and not session.can(Permission.SET_TARGETS):
        session.require(Permission.SET_TARGETS)
    with session.db.transaction():
        session.db.execute("DELETE FROM activities WHERE id = ?", (activity_id,))
        session.log("activity.delete", f"activity:{activity_id}",
                    {"type": row[1], "date": row[2]})


def list_activities(session: Session, *, year: int | None = None,
                    ids: list[int] | None = None, limit: int = 2000) -> list[Activity]:
    """Newest first; one year's worth is a few hundred rows."""
    session.require(Permission.VIEW_DIRECTORY)
    where, params = [], []
    if year is not None:
        where.append("activity_date >= ? AND activity_date < ?")
        params += [f"{year}-01-01", f"{year + 1}-01-01"]
    if ids is not None:
        where.append(f"id IN ({','.join('?' * len(ids))})")
        params += ids
    sql = f"SELECT {_COLUMNS} FROM activities"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return _rows(session, session.db.all(sql + " ORDER BY activity_date DESC, id DESC LIMIT ?",
                                         [*params, limit]))


def set_target(session: Session, year: int, kind: str, target: int | str) -> None:
    session.require(Permission.SET_TARGETS)
    check = Checker(today(session))
    number_year = check.number("year", year, 2000, 2100)
    code = check.choice("type", "activity_types", kind)
    number = check.number("target", target, 0, MAX_ATTENDEES)
    check.done()
    with session.db.transaction():
        session.db.execute("INSERT INTO targets (year, type, target) VALUES (?, ?, ?)"
                           " ON CONFLICT (year, type) DO UPDATE SET target = excluded.target",
                           (number_year, code, number))
        session.log("target.set", f"target:{number_year}:{code}", {"target": number})


def progress(session: Session, year: int, *, until: dt.date | None = None
             ) -> list[TargetProgress]:
    """Each activity type's annual target and what is done so far (to `until`)."""
    session.require(Permission.VIEW_DIRECTORY)
    end = (until or dt.date(year, 12, 31)) + dt.timedelta(days=1)
    done = {r[0]: (r[1], r[2]) for r in session.db.all(
        "SELECT type, count(*), coalesce(sum(attendees), 0) FROM activities"
        " WHERE activity_date >= ? AND activity_date < ? GROUP BY type",
        (f"{year}-01-01", end.isoformat()))}
    targets = {r[0]: r[1] for r in session.db.all("SELECT type, target FROM targets"
                                                  " WHERE year = ?", (year,))}
    return [TargetProgress(code, targets.get(code, 0), *done.get(code, (0, 0)))
            for code in vocab.codes("activity_types")]


def month_counts(session: Session, year: int, month: int) -> dict[str, int]:
    session.require(Permission.VIEW_DIRECTORY)
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1)
    return {r[0]: r[1] for r in session.db.all(
        "SELECT type, count(*) FROM activities WHERE activity_date >= ? AND activity_date < ?"
        " GROUP BY type", (start.isoformat(), end.isoformat()))}
