"""Appointments: reception books a file in with a counsellor; the dashboards list today's.

Times are station wall-clock times ("2026-11-02T14:00"), as the people booking think of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.records.common import Checker, local_now, now_iso, today
from station_desk.domain.roles import Permission, Role
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError


@dataclass(frozen=True)
class Appointment:
    id: int
    client_id: int
    file_no: str
    client_name: str
    counsellor_id: int | None
    counsellor_name: str
    starts_at: str
    ends_at: str
    room: str
    status: str


_SQL = ("SELECT a.id, a.client_id, c.file_no, c.name, a.counsellor_id,"
        " coalesce(u.display_name, ''), a.starts_at, a.ends_at, a.room, a.status"
        " FROM appointments a JOIN clients c ON c.id = a.client_id"
        " LEFT JOIN users u ON u.id = a.counsellor_id")


def _moment(check: Checker, field: str, value: dt.datetime | str) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    try:
        return dt.datetime.fromisoformat(str(value).strip()).replace(tzinfo=None)
    except ValueError:
        check.add(field, "field_bad_date", value=value)
        return None


def book_appointment(session: Session, client_id: int, starts_at: dt.datetime | str,
                     ends_at: dt.datetime | str, *, counsellor_id: int | None = None,
                     room: str = "") -> Appointment:
    session.require(Permission.BOOK_APPOINTMENT)
    ref = access.file_ref(session, client_id)
    check = Checker(today(session))
    start = _moment(check, "starts_at", starts_at)
    end = _moment(check, "ends_at", ends_at)
    code = check.choice("room", "rooms", room, required=False)
    now = local_now(session).replace(tzinfo=None, second=0, microsecond=0)
    if start and start < now:
        check.add("starts_at", "field_past", today=now.strftime("%Y-%m-%d %H:%M"))
    if start and end and end <= start:
        check.add("ends_at", "field_end_before_start", start=start.strftime("%H:%M"),
                  end=end.strftime("%H:%M"))
    check.done()
    assert start is not None and end is not None
    counsellor = counsellor_id if counsellor_id is not None else ref.counsellor_id
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO appointments (client_id, counsellor_id, starts_at, ends_at, room,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ref.id, counsellor, start.strftime("%Y-%m-%dT%H:%M"),
             end.strftime("%Y-%m-%dT%H:%M"), code, session.user.id, now_iso(session)))
        session.log("appointment.book", ref.target,
                    {"appointment": cur.lastrowid, "starts_at": start.isoformat()})
    return _get(session, int(cur.lastrowid))


def _get(session: Session, appointment_id: int) -> Appointment:
    row = session.db.one(f"{_SQL} WHERE a.id = ?", (appointment_id,))
    if row is None:
        raise StationDeskError("not_found", what=f"预约 #{appointment_id} / appointment")
    return Appointment(*tuple(row))


def cancel_appointment(session: Session, appointment_id: int) -> None:
    session.require(Permission.BOOK_APPOINTMENT)
    item = _get(session, appointment_id)
    ref = access.file_ref(session, item.client_id)
    with session.db.transaction():
        session.db.execute("UPDATE appointments SET status = 'cancelled' WHERE id = ?",
                           (appointment_id,))
        session.log("appointment.cancel", ref.target, {"appointment": appointment_id})


def appointments_on(session: Session, day: dt.date | None = None) -> list[Appointment]:
    """A day's booked appointments: a counsellor's own; everyone's for reception and admin.
    Others' restricted files are left out."""
    session.require(Permission.VIEW_DIRECTORY)
    day = day or today(session)
    where, params = access.directory_filter(session)
    sql = (f"{_SQL} WHERE a.starts_at >= ? AND a.starts_at < ? AND a.status = 'booked'"
           f" AND {where}")
    params = [day.isoformat(), (day + dt.timedelta(days=1)).isoformat(), *params]
    if session.user.role is Role.COUNSELLOR:
        sql += " AND a.counsellor_id = ?"
        params.append(access.me(session))
    return [Appointment(*tuple(r)) for r in session.db.all(sql + " ORDER BY a.starts_at", params)]
