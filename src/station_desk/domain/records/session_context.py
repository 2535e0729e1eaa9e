"""What the session form needs to know before the counsellor types: whose file it is (named
in the form), today's booking (its times are the record's default times), and the plan of the
file's last signed record (the "copy last plan" button). Read once when the form opens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_desk.domain.records import access, appointments, sessions
from station_desk.domain.records.appointments import Appointment
from station_desk.domain.records.restricted import PLACEHOLDER
from station_desk.domain.session import Session

RECENT = 5  # records looked through for the last plan


@dataclass(frozen=True)
class SessionContext:
    file_no: str
    name: str
    booking: Appointment | None  # the file's booking on the record's day, if any
    last_plan: str  # '' when no earlier signed record has one
    last_session_no: int | None

    @property
    def default_times(self) -> tuple[str, str] | None:
        if self.booking is None:
            return None
        return self.booking.starts_at[11:16], self.booking.ends_at[11:16]


def session_context(session: Session, client_id: int, day: dt.date) -> SessionContext:
    """For a writer of the file (the form is theirs): the file's name and number, the day's
    booking (booked or already marked attended), the last signed record's plan."""
    ref = access.require_write(session, client_id)
    name = str(session.db.scalar("SELECT name FROM clients WHERE id = ?", (ref.id,)) or "")
    booking = next((a for a in appointments.appointments_between(session, day)
                    if a.client_id == ref.id and a.status in (appointments.BOOKED,
                                                              appointments.ATTENDED)), None)
    access.require_clinical(session, ref.id)
    # the last few signed records this user may see, not the whole case (a long case has
    # thousands)
    where, params = access.session_filter(session)
    recent = sessions.read_sessions(
        session, f"s.client_id = ? AND s.status <> 'draft' AND {where} AND s.id IN"
        " (SELECT id FROM sessions WHERE client_id = ? AND status <> 'draft'"
        " ORDER BY session_no DESC LIMIT ?)", [ref.id, *params, ref.id, RECENT])
    plan = next((r.plan for r in reversed(recent)
                 if r.plan.strip() and r.plan != PLACEHOLDER), "")
    number = session.db.scalar("SELECT max(session_no) FROM sessions WHERE client_id = ?",
                               (ref.id,))
    return SessionContext(ref.file_no, name, booking, plan,
                          int(number) if number is not None else None)
