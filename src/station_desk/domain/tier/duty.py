"""The duty roster (值班表): who is on duty on which day and hours, in which room or on the
hotline.

A shift is one person, one station day, a start and end time and a place. A week's pattern is
entered once and repeated (`repeat_weeks`), which writes each shift as its own row, so a
single day can later be swapped or removed without touching the rest. The admin keeps the
roster; every member of staff can read it (Today shows the day's duty).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_desk.domain import vocab
from station_desk.domain.audit import register_actions
from station_desk.domain.records.common import FIELDS, Checker, now_iso, today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

HOTLINE = "hotline"
MAX_REPEAT_WEEKS = 52
MAX_NOTE = 200

register_actions({
    "duty.add": N_("tier", "duty shift added"),
    "duty.remove": N_("tier", "duty shift removed"),
})
FIELDS.update({
    "day": N_("tier", "duty date"),
    "repeat_weeks": N_("tier", "weeks to repeat"),
    "note": N_("tier", "note"),
})
register_messages({
    "duty_clash": N_(
        "errors", "{name} is already on duty on {day} {start}–{end} ({place}); the new shift "
        "overlaps it."),
    "duty_bad_person": N_("errors", "Cannot put {name} on duty: no such active account."),
    "duty_bad_place": N_("errors", "Invalid duty place: {place} (one of {places})."),
})


@dataclass(frozen=True)
class Shift:
    id: int
    user_id: int
    name: str
    role: str
    day: str
    start_time: str
    end_time: str
    place: str
    note: str

    @property
    def on_hotline(self) -> bool:
        return self.place == HOTLINE


def places() -> tuple[str, ...]:
    """Where one can be on duty: each room of the vocabulary, or the hotline."""
    return (*vocab.codes("rooms"), HOTLINE)


def place_label(place: str, lang: str = "zh") -> str:
    if place == HOTLINE:
        return N_("tier", "Hotline").text(lang)
    return vocab.label("rooms", place, lang)


_COLUMNS = ("d.id, d.user_id, u.display_name, u.role, d.day, d.start_time, d.end_time,"
            " d.place, d.note")


def _shift(row: object) -> Shift:
    return Shift(*tuple(row))  # type: ignore[arg-type]


def shifts(session: Session, first: dt.date, last: dt.date) -> list[Shift]:
    """Shifts from `first` to `last` (inclusive), by day and time; any member of staff."""
    session.require(Permission.VIEW_DIRECTORY)
    return [_shift(r) for r in session.db.all(
        f"SELECT {_COLUMNS} FROM duty_shifts d JOIN users u ON u.id = d.user_id"
        " WHERE d.day >= ? AND d.day <= ? ORDER BY d.day, d.start_time, d.place, u.username",
        (first.isoformat(), last.isoformat()))]


def on_duty_today(session: Session) -> list[Shift]:
    day = today(session)
    return shifts(session, day, day)


def add_shifts(session: Session, username: str, day: dt.date | str | None, start: str,
               end: str, place: str, note: str = "", *, repeat_weeks: int = 0
               ) -> list[Shift]:
    """Put one person on duty, on `day` and the same weekday for `repeat_weeks` more weeks.
    All or nothing: a clash on any of those days refuses the lot."""
    session.require(Permission.MANAGE_TIER)
    check = Checker(today(session))
    first = check.date("day", day, required=True)
    start_time = check.time("start_time", start, required=True)
    end_time = check.time("end_time", end, required=True)
    weeks = check.number("repeat_weeks", repeat_weeks, 0, MAX_REPEAT_WEEKS)
    text = check.text("note", note, limit=MAX_NOTE)
    check.done()
    if start_time >= end_time:
        raise StationDeskError("field_end_before_start", start=start_time, end=end_time)
    if place not in places():
        raise StationDeskError("duty_bad_place", place=place, places="、".join(places()))
    person = session.db.one("SELECT id, display_name FROM users WHERE username = ?"
                            " AND disabled = 0", (username,))
    if person is None:
        raise StationDeskError("duty_bad_person", name=username)
    assert first is not None and weeks is not None
    days = [first + dt.timedelta(weeks=n) for n in range(weeks + 1)]
    created: list[int] = []
    with session.db.transaction():
        for one in days:
            clash = session.db.one(
                "SELECT start_time, end_time, place FROM duty_shifts WHERE user_id = ?"
                " AND day = ? AND start_time < ? AND end_time > ?",
                (person[0], one.isoformat(), end_time, start_time))
            if clash is not None:
                raise StationDeskError("duty_clash", name=person[1], day=one.isoformat(),
                                       start=clash[0], end=clash[1],
                                       place=place_label(clash[2]))
            cur = session.db.execute(
                "INSERT INTO duty_shifts (user_id, day, start_time, end_time, place, note,"
                " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (person[0], one.isoformat(), start_time, end_time, place, text,
                 session.user.id, now_iso(session)))
            created.append(int(cur.lastrowid))
        session.log("duty.add", f"user:{username}",
                    {"days": [d.isoformat() for d in days], "start": start_time,
                     "end": end_time, "place": place})
    marks = ",".join("?" * len(created))
    return [_shift(r) for r in session.db.all(
        f"SELECT {_COLUMNS} FROM duty_shifts d JOIN users u ON u.id = d.user_id"
        f" WHERE d.id IN ({marks}) ORDER BY d.day", created)]


def remove_shift(session: Session, shift_id: int) -> None:
    session.require(Permission.MANAGE_TIER)
    row = session.db.one(f"SELECT {_COLUMNS} FROM duty_shifts d JOIN users u"
                         " ON u.id = d.user_id WHERE d.id = ?", (shift_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "tier", "shift {shift_id}").format(shift_id=shift_id))
    shift = _shift(row)
    username = session.db.scalar("SELECT username FROM users WHERE id = ?", (shift.user_id,))
    with session.db.transaction():
        session.db.execute("DELETE FROM duty_shifts WHERE id = ?", (shift_id,))
        session.log("duty.remove", f"user:{username}",
                    {"day": shift.day, "start": shift.start_time, "end": shift.end_time,
                     "place": shift.place})
