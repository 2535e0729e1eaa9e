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
from station_desk.domain.stats.period import month_period
from station_desk.errors import StationDeskError
from station_desk.i18n import N_

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


def _check(session: Session, data: ActivityInput, keep_type: str = "") -> dict[str, object]:
    """Validate the form; `keep_type` is an entry's current type, accepted even if retired."""
    check = Checker(today(session))
    day = check.date("activity_date", data.activity_date, required=True, future=False)
    values: dict[str, object] = {
        "type": check.choice("type", "activity_types", data.type,
                             allow_retired=bool(keep_type) and data.type == keep_type),
        "topic": check.text("topic", data.topic, required=True),
        "venue": check.text("venue", data.venue),
        "organiser": check.text("organiser", data.organiser),
        "attendees": check.number("attendees", data.attendees, 0, MAX_ATTENDEES),
        "target_groups": dumps(check.choices("target_groups", "key_groups",
                                             data.target_groups)),
    }
    check.done()
    assert day is not None
    values["activity_date"] = day.isoformat()
    return values


_FIELDS = ("activity_date", "type", "topic", "venue", "organiser", "attendees", "target_groups")


def log_activity(session: Session, data: ActivityInput) -> Activity:
    session.require(Permission.LOG_ACTIVITY)
    values = _check(session, data)
    with session.db.transaction():
        cur = session.db.execute(
            f"INSERT INTO activities ({', '.join(_FIELDS)}, created_by, created_at)"
            f" VALUES ({', '.join('?' * len(_FIELDS))}, ?, ?)",
            (*(values[f] for f in _FIELDS), session.user.id, now_iso(session)))
        session.log("activity.log", f"activity:{cur.lastrowid}",
                    {"type": values["type"], "attendees": values["attendees"]})
    return list_activities(session, ids=[int(cur.lastrowid)])[0]


def _own_entry(session: Session, activity_id: int) -> tuple:
    """A logged activity that this user may change: their own entry, or any for an admin."""
    session.require(Permission.LOG_ACTIVITY)
    row = session.db.one(f"SELECT {_COLUMNS} FROM activities WHERE id = ?", (activity_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "records", "activity #{number}").format(number=activity_id))
    if row[8] != session.user.id and not session.can(Permission.SET_TARGETS):
        session.require(Permission.SET_TARGETS)
    return tuple(row)


def update_activity(session: Session, activity_id: int, data: ActivityInput) -> Activity:
    """Correct a logged activity (its author or an admin); audited with the fields changed
    and, for the count, the numbers before and after (the targets are counted from them)."""
    row = _own_entry(session, activity_id)
    old = dict(zip(("id", *_FIELDS), row[:8], strict=True))
    values = _check(session, data, keep_type=str(old["type"]))
    changed = [f for f in _FIELDS if values[f] != old[f]]
    if changed:
        detail: dict[str, object] = {"fields": changed}
        if "attendees" in changed:
            detail["attendees"] = [old["attendees"], values["attendees"]]
        if "type" in changed:
            detail["type"] = [old["type"], values["type"]]
        if "activity_date" in changed:
            detail["date"] = [old["activity_date"], values["activity_date"]]
        with session.db.transaction():
            session.db.execute(
                f"UPDATE activities SET {', '.join(f'{f} = ?' for f in _FIELDS)} WHERE id = ?",
                (*(values[f] for f in _FIELDS), activity_id))
            session.log("activity.edit", f"activity:{activity_id}", detail)
    return list_activities(session, ids=[activity_id])[0]


def delete_activity(session: Session, activity_id: int) -> None:
    """A mistaken entry: its author or an admin removes it (audited)."""
    row = _own_entry(session, activity_id)
    with session.db.transaction():
        session.db.execute("DELETE FROM activities WHERE id = ?", (activity_id,))
        session.log("activity.delete", f"activity:{activity_id}",
                    {"type": row[2], "date": row[1]})


def can_change(session: Session, item: Activity) -> bool:
    """Whether `update_activity` and `delete_activity` will accept this entry."""
    return session.can(Permission.LOG_ACTIVITY) and (
        item.created_by == session.user.id or session.can(Permission.SET_TARGETS))


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
    return {r[0]: r[1] for r in session.db.all(
        "SELECT type, count(*) FROM activities WHERE activity_date >= ? AND activity_date < ?"
        " GROUP BY type", month_period(year, month).date_bounds())}
