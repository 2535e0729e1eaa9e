"""Appointments: reception and counsellors book a file in with a counsellor and a room, move
and cancel bookings; the day and week lists, and each dashboard's "today".

Times are station wall-clock times ("2026-11-02T14:00"), as the people booking think of them.
A booking may not start in the past, must end after it starts, and may not overlap another
booked appointment of the same counsellor or in the same room (the message names who or which
room and when, never the other file). Moving keeps the row and its history in the audit trail;
cancelling keeps the row with status "cancelled".

Attendance (出席情况): once its time has come a booking is marked attended (出席), no-show
(未到) or late-cancelled (临时取消: called off less than a day ahead). Writing the worker's
record for that day marks it attended by itself (`attend_by_record`, inside the record's own
transaction). A mark can be corrected to another mark, never back to booked; each mark is one
audit entry. `stats.counts.attendance` counts them.

A file sent to another station (records/transfer.py) takes its future bookings here with it:
they are cancelled when the transfer is recorded (`cancel_for_transfer`), each with the reason
"transferred" kept beside it (`appointment_cancellations`) and in its `appointment.cancel`
entry, so the room and the counsellor's hour are free again and nobody waits for a worker who
now goes elsewhere. The transfer file tells the receiving station when the worker was next expected
(`planned_for_transfer`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from station_desk.domain import vocab
from station_desk.domain.records import access
from station_desk.domain.records.common import Checker, local_now, now_iso, today
from station_desk.domain.records.files import check_counsellor
from station_desk.domain.records.transfer_marks import refuse_if_transferred
from station_desk.domain.roles import Permission, Role
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "appointment_counsellor_busy": N_(
        "errors", "{who} already has an appointment {start}–{end}; choose another time or "
        "counsellor."),
    "appointment_room_busy": N_(
        "errors", "The {room} is booked {start}–{end}; choose another time or room."),
    "appointment_cancelled": N_("errors", "This appointment was cancelled and cannot be changed."),
    "appointment_too_long": N_("errors", "An appointment may last at most {hours} hours."),
    "appointment_not_yet": N_(
        "errors", "The appointment at {start} has not started yet; attendance cannot be marked."),
    "appointment_not_late": N_(
        "errors", "The appointment at {start} is more than a day away: cancel it; it is not a "
        "late cancellation."),
    "appointment_marked": N_("errors", "This appointment is already marked “{status}”."),
})

BOOKED, CANCELLED = "booked", "cancelled"
TRANSFERRED = "transferred"  # cancel_reason of a booking called off by its file's transfer
ATTENDED, NO_SHOW, LATE_CANCEL = "attended", "no_show", "late_cancel"
ATTENDANCE = (ATTENDED, NO_SHOW, LATE_CANCEL)
# Called off less than this many hours before its start, a cancellation is a late one.
LATE_CANCEL_HOURS = 24
STATUS_WORDS = {BOOKED: N_("records", "booked"), CANCELLED: N_("records", "cancelled"),
                ATTENDED: N_("records", "attended"), NO_SHOW: N_("records", "no-show"),
                LATE_CANCEL: N_("records", "late cancellation")}
# Why a booking was cancelled, where that was kept (`appointment_cancellations`); one called
# off at the desk has no reason kept.
CANCEL_REASONS = {TRANSFERRED: N_("records", "the file went to another station")}
MAX_HOURS = 8
DAY, WEEK = 1, 7


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
    cancel_reason: str = ""  # '' or TRANSFERRED

    @property
    def day(self) -> str:
        return self.starts_at[:10]

    @property
    def time_range(self) -> str:
        return f"{self.starts_at[11:16]}–{self.ends_at[11:16]}"

    @property
    def shown_start(self) -> str:
        return f"{self.day} {self.starts_at[11:16]}"


_SQL = ("SELECT a.id, a.client_id, c.file_no, c.name, a.counsellor_id,"
        " coalesce(u.display_name, ''), a.starts_at, a.ends_at, a.room, a.status,"
        " coalesce(x.reason, '')"
        " FROM appointments a JOIN clients c ON c.id = a.client_id"
        " LEFT JOIN users u ON u.id = a.counsellor_id"
        " LEFT JOIN appointment_cancellations x ON x.appointment_id = a.id")


def _moment(check: Checker, field: str, value: dt.datetime | str) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    try:
        return dt.datetime.fromisoformat(str(value).strip()).replace(tzinfo=None)
    except ValueError:
        check.add(field, "field_bad_date", value=value)
        return None


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _check_times(session: Session, starts_at: dt.datetime | str, ends_at: dt.datetime | str,
                 room: str) -> tuple[dt.datetime, dt.datetime, str]:
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
    elif start and end and end - start > dt.timedelta(hours=MAX_HOURS):
        check.add("ends_at", "appointment_too_long", hours=MAX_HOURS)
    check.done()
    assert start is not None and end is not None
    return start, end, code


def _check_free(session: Session, start: dt.datetime, end: dt.datetime,
                counsellor: int | None, room: str, skip: int | None = None) -> None:
    """Refuse an overlap with another booked appointment of the counsellor or in the room."""
    clauses, params = [], []
    if counsellor is not None:
        clauses.append("counsellor_id = ?")
        params.append(counsellor)
    if room:
        clauses.append("room = ?")
        params.append(room)
    if not clauses:
        return
    row = session.db.one(
        f"SELECT counsellor_id, room, starts_at, ends_at FROM appointments"
        f" WHERE status = 'booked' AND id <> ? AND starts_at < ? AND ends_at > ?"
        f" AND ({' OR '.join(clauses)}) ORDER BY starts_at LIMIT 1",
        [skip if skip is not None else -1, _stamp(end), _stamp(start), *params])
    if row is None:
        return
    when = {"start": f"{row[2][:10]} {row[2][11:16]}", "end": row[3][11:16]}
    if counsellor is not None and row[0] == counsellor:
        who = session.db.scalar("SELECT display_name FROM users WHERE id = ?", (counsellor,))
        raise StationDeskError("appointment_counsellor_busy", who=who or "", **when)
    vs = vocab.load_vocabularies()
    raise StationDeskError("appointment_room_busy", room_zh=vs.label("rooms", room),
                           room_en=vs.label("rooms", room, "en").lower(), **when)


def _booking(session: Session, client_id: int, starts_at: dt.datetime | str,
             ends_at: dt.datetime | str, counsellor_id: int | None,
             room: str) -> tuple[access.FileRef, dt.datetime, dt.datetime, str, int | None]:
    """Everything a new booking is refused for, checked once for `check_booking` and
    `book_appointment`: the file, its times, the counsellor, the room taken."""
    session.require(Permission.BOOK_APPOINTMENT)
    ref = access.file_ref(session, client_id)
    refuse_if_transferred(ref, session)  # the worker is seen at the other station now
    start, end, code = _check_times(session, starts_at, ends_at, room)
    counsellor = counsellor_id if counsellor_id is not None else ref.counsellor_id
    if counsellor_id is not None:
        check_counsellor(session, counsellor_id)
    _check_free(session, start, end, counsellor, code)
    return ref, start, end, code, counsellor


def _others_at(session: Session, start: dt.datetime, end: dt.datetime,
               skip: int | None = None) -> list[Appointment]:
    """The other booked appointments at that time this user can see (other counsellors', or
    the same worker's), which a station is warned of, not refused: two counsellors see two
    workers at once every day."""
    where, params = access.directory_filter(session)
    rows = session.db.all(
        f"{_SQL} WHERE a.status = 'booked' AND a.id <> ? AND a.starts_at < ?"
        f" AND a.ends_at > ? AND {where} ORDER BY a.starts_at, a.id",
        [skip if skip is not None else -1, _stamp(end), _stamp(start), *params])
    return [Appointment(*tuple(r)) for r in rows]


def check_booking(session: Session, client_id: int, starts_at: dt.datetime | str,
                  ends_at: dt.datetime | str, *, counsellor_id: int | None = None,
                  room: str = "") -> list[Appointment]:
    """What `book_appointment` with these arguments would run into, before it is made, as
    `check_move` for a move: raises what it would refuse; otherwise returns the other
    bookings at that time, for the station to be asked about."""
    _ref, start, end, _code, _counsellor = _booking(session, client_id, starts_at, ends_at,
                                                    counsellor_id, room)
    return _others_at(session, start, end)


def book_appointment(session: Session, client_id: int, starts_at: dt.datetime | str,
                     ends_at: dt.datetime | str, *, counsellor_id: int | None = None,
                     room: str = "") -> Appointment:
    """Book a file in. Without `counsellor_id` the file's own counsellor (if any) is booked."""
    ref, start, end, code, counsellor = _booking(session, client_id, starts_at, ends_at,
                                                 counsellor_id, room)
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO appointments (client_id, counsellor_id, starts_at, ends_at, room,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ref.id, counsellor, _stamp(start), _stamp(end), code, session.user.id,
             now_iso(session)))
        session.log("appointment.book", ref.target,
                    {"appointment": cur.lastrowid, "starts_at": start.isoformat()})
    return get_appointment(session, int(cur.lastrowid))


def get_appointment(session: Session, appointment_id: int) -> Appointment:
    """One appointment, if this user may find its file (others' restricted files: not found)."""
    session.require(Permission.VIEW_DIRECTORY)
    row = session.db.one(f"{_SQL} WHERE a.id = ?", (appointment_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "records", "appointment #{number}").format(number=appointment_id))
    item = Appointment(*tuple(row))
    access.file_ref(session, item.client_id)
    return item


def _booked(session: Session, appointment_id: int) -> tuple[Appointment, access.FileRef]:
    session.require(Permission.BOOK_APPOINTMENT)
    item = get_appointment(session, appointment_id)
    if item.status != BOOKED:
        raise StationDeskError("appointment_cancelled")
    return item, access.file_ref(session, item.client_id)


def _move(session: Session, appointment_id: int, starts_at: dt.datetime | str,
          ends_at: dt.datetime | str, counsellor_id: int | None, room: str | None
          ) -> tuple[Appointment, access.FileRef, dt.datetime, dt.datetime, str, int | None]:
    """Everything a move is refused for, checked once for `check_move` and
    `move_appointment` (None keeps the booking's counsellor or room)."""
    item, ref = _booked(session, appointment_id)
    refuse_if_transferred(ref, session)  # a booking begun before the transfer stays put
    start, end, code = _check_times(session, starts_at, ends_at,
                                    item.room if room is None else room)
    counsellor = item.counsellor_id if counsellor_id is None else counsellor_id
    if counsellor_id is not None and counsellor_id != item.counsellor_id:
        check_counsellor(session, counsellor_id)
    _check_free(session, start, end, counsellor, code, skip=item.id)
    return item, ref, start, end, code, counsellor


def move_appointment(session: Session, appointment_id: int, starts_at: dt.datetime | str,
                     ends_at: dt.datetime | str, *, counsellor_id: int | None = None,
                     room: str | None = None) -> Appointment:
    """Move a booking to another time, counsellor or room (None keeps the current one)."""
    item, ref, start, end, code, counsellor = _move(session, appointment_id, starts_at,
                                                    ends_at, counsellor_id, room)
    with session.db.transaction():
        session.db.execute(
            "UPDATE appointments SET starts_at = ?, ends_at = ?, counsellor_id = ?, room = ?"
            " WHERE id = ?", (_stamp(start), _stamp(end), counsellor, code, item.id))
        session.log("appointment.move", ref.target, {
            "appointment": item.id, "from": item.starts_at, "to": _stamp(start),
            **({"counsellor": counsellor} if counsellor != item.counsellor_id else {}),
            **({"room": code} if code != item.room else {})})
    return get_appointment(session, item.id)


def check_move(session: Session, appointment_id: int, starts_at: dt.datetime | str,
               ends_at: dt.datetime | str, *, counsellor_id: int | None = None,
               room: str | None = None) -> list[Appointment]:
    """What `move_appointment` with these arguments would run into, before it is made:
    raises what it would refuse (a past time, the counsellor or the room taken); otherwise
    returns the other bookings at that time this user can see (`_others_at`)."""
    item, _ref, start, end, _code, _counsellor = _move(session, appointment_id, starts_at,
                                                       ends_at, counsellor_id, room)
    return _others_at(session, start, end, skip=item.id)


def cancel_appointment(session: Session, appointment_id: int) -> None:
    item, ref = _booked(session, appointment_id)
    with session.db.transaction():
        session.db.execute("UPDATE appointments SET status = 'cancelled' WHERE id = ?",
                           (item.id,))
        session.log("appointment.cancel", ref.target,
                    {"appointment": item.id, "starts_at": item.starts_at})


def appointments_between(session: Session, first: dt.date, days: int = DAY, *,
                         counsellor_id: int | None = None, mine: bool = False,
                         include_cancelled: bool = False) -> list[Appointment]:
    """Appointments starting on `first` and the `days - 1` days after it, in time order.

    `counsellor_id` narrows to one counsellor; `mine` to the signed-in user's own. Others'
    restricted files are left out, as everywhere."""
    session.require(Permission.VIEW_DIRECTORY)
    where, params = access.directory_filter(session)
    clauses = ["a.starts_at >= ?", "a.starts_at < ?", where]
    args: list[Any] = [first.isoformat(), (first + dt.timedelta(days=max(1, days))).isoformat(),
                       *params]
    if not include_cancelled:  # attended, no-show and late-cancelled bookings still show
        clauses.append("a.status <> 'cancelled'")
    if mine:
        counsellor_id = access.me(session)
    if counsellor_id is not None:
        clauses.append("a.counsellor_id = ?")
        args.append(counsellor_id)
    rows = session.db.all(f"{_SQL} WHERE {' AND '.join(clauses)} ORDER BY a.starts_at, a.id",
                          args)
    return [Appointment(*tuple(r)) for r in rows]


def appointments_on(session: Session, day: dt.date | None = None) -> list[Appointment]:
    """A day's booked appointments: a counsellor's own; everyone's for reception and admin."""
    return appointments_between(session, day or today(session),
                                mine=session.user.role is Role.COUNSELLOR)


def status_word(status: str, lang: str = "zh") -> str:
    zh, en = STATUS_WORDS.get(status, (status, status))
    return en if lang == "en" else zh


def cancel_reason_word(reason: str, lang: str = "zh") -> str:
    """Why a booking was cancelled, in words ('' when no reason was kept)."""
    if not reason:
        return ""
    zh, en = CANCEL_REASONS.get(reason, (reason, reason))
    return en if lang == "en" else zh


def mark_attendance(session: Session, appointment_id: int, status: str) -> Appointment:
    """Mark a booking attended, no-show or late-cancelled (or correct an earlier mark)."""
    session.require(Permission.BOOK_APPOINTMENT)
    item = get_appointment(session, appointment_id)
    ref = access.file_ref(session, item.client_id)
    if item.status == CANCELLED:
        raise StationDeskError("appointment_cancelled")
    check = Checker(today(session))
    if status not in ATTENDANCE:
        check.add("status", "field_bad_choice", value=status)
    check.done()
    if item.status == status:
        raise StationDeskError("appointment_marked", status=status_word(status),
                               status_en=status_word(status, "en"))
    now = local_now(session).replace(tzinfo=None, second=0, microsecond=0)
    start = dt.datetime.fromisoformat(item.starts_at)
    if status == LATE_CANCEL:
        if start - now > dt.timedelta(hours=LATE_CANCEL_HOURS):
            raise StationDeskError("appointment_not_late", start=item.shown_start)
    elif start > now:
        raise StationDeskError("appointment_not_yet", start=item.shown_start)
    with session.db.transaction():
        session.db.execute("UPDATE appointments SET status = ? WHERE id = ?", (status, item.id))
        session.log("appointment.attendance", ref.target,
                    {"appointment": item.id, "status": status, "was": item.status,
                     "starts_at": item.starts_at})
    return get_appointment(session, item.id)


def attend_by_record(session: Session, client_id: int, day: str, record_id: int) -> list[int]:
    """The worker came: their record for `day` marks that day's bookings attended. Called
    inside the record's transaction (records/sessions.py), so both land or neither; no
    permission of its own, since writing the record was already allowed."""
    ids = [int(r[0]) for r in session.db.all(
        "SELECT id FROM appointments WHERE client_id = ? AND status = 'booked'"
        " AND starts_at >= ? AND starts_at < ?",
        (client_id, day, (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()))]
    if not ids:
        return []
    target = session.db.scalar("SELECT file_no FROM clients WHERE id = ?", (client_id,))
    for appointment in ids:
        session.db.execute("UPDATE appointments SET status = 'attended' WHERE id = ?",
                           (appointment,))
        session.log("appointment.attendance", f"file:{target}",
                    {"appointment": appointment, "status": ATTENDED, "was": BOOKED,
                     "record": record_id})
    return ids


def _future(session: Session, client_id: int) -> list[Appointment]:
    """The file's bookings still to come (from this minute on), in time order."""
    now = _stamp(local_now(session).replace(tzinfo=None, second=0, microsecond=0))
    rows = session.db.all(f"{_SQL} WHERE a.client_id = ? AND a.status = 'booked'"
                          f" AND a.starts_at >= ? ORDER BY a.starts_at, a.id", (client_id, now))
    return [Appointment(*tuple(r)) for r in rows]


def planned_for_transfer(session: Session, client_id: int) -> list[dict[str, str]]:
    """When the worker was next expected here, for the transfer file: start and end (station
    wall-clock) and the counsellor's name; not the room, which means nothing elsewhere. The
    caller (`transfer.case_document`) has checked who may send the case."""
    return [{"starts_at": a.starts_at, "ends_at": a.ends_at, "counsellor": a.counsellor_name}
            for a in _future(session, client_id)]


def cancel_for_transfer(session: Session, client_id: int) -> list[Appointment]:
    """Cancel the file's future bookings because it went to another station; inside the
    caller's transaction (`transfer.record_sent`), so they go with the transfer mark or not
    at all. One `appointment.cancel` entry each, as at the desk, with the reason."""
    items = _future(session, client_id)
    target = session.db.scalar("SELECT file_no FROM clients WHERE id = ?", (client_id,))
    for item in items:
        session.db.execute("UPDATE appointments SET status = 'cancelled' WHERE id = ?",
                           (item.id,))
        session.db.execute("INSERT INTO appointment_cancellations (appointment_id, reason)"
                           " VALUES (?, ?)", (item.id, TRANSFERRED))
        session.log("appointment.cancel", f"file:{target}",
                    {"appointment": item.id, "starts_at": item.starts_at,
                     "reason": TRANSFERRED})
    return items


def booked_on(session: Session, client_id: int, day: dt.date) -> list[Appointment]:
    """The file's bookings on `day` (the record's "next appointment" asks before booking)."""
    session.require(Permission.VIEW_DIRECTORY)
    ref = access.file_ref(session, client_id)
    rows = session.db.all(f"{_SQL} WHERE a.client_id = ? AND a.status = 'booked'"
                          f" AND a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at",
                          (ref.id, day.isoformat(), (day + dt.timedelta(days=1)).isoformat()))
    return [Appointment(*tuple(r)) for r in rows]


def upcoming(session: Session, days: int = 3) -> list[Appointment]:
    """Reminders for 今日: the bookings of the next `days` days after today (a counsellor's
    own; everyone's for reception and admin)."""
    return appointments_between(session, today(session) + dt.timedelta(days=1), days,
                                mine=session.user.role is Role.COUNSELLOR)


def client_appointments(session: Session, client_id: int) -> list[Appointment]:
    """A file's booked appointments from today on (the file and the booking form show them)."""
    session.require(Permission.VIEW_DIRECTORY)
    ref = access.file_ref(session, client_id)
    rows = session.db.all(f"{_SQL} WHERE a.client_id = ? AND a.status = 'booked'"
                          f" AND a.starts_at >= ? ORDER BY a.starts_at",
                          (ref.id, today(session).isoformat()))
    return [Appointment(*tuple(r)) for r in rows]


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (stations plan Monday to Sunday)."""
    return day - dt.timedelta(days=day.weekday())
