"""Informed consent (知情同意): date, scope, the limits of confidentiality explained, by whom."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.records.common import MAX_MEDIUM, Checker, file_target, now_iso, today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages

register_messages({
    "consent_limits": (
        "须先向来访者说明保密原则及其例外（如危及生命安全时），才能记录知情同意。",
        "The limits of confidentiality (e.g. danger to life) must be explained before consent "
        "is recorded.",
    ),
})


@dataclass(frozen=True)
class Consent:
    id: int
    consent_date: str
    scope: str
    limits_explained: bool
    recorded_by: int
    recorded_by_name: str
    recorded_at: str


_SELECT = ("SELECT k.id, k.consent_date, k.scope, k.limits_explained, k.recorded_by,"
           " coalesce(u.display_name, ''), k.recorded_at FROM consents k"
           " LEFT JOIN users u ON u.id = k.recorded_by WHERE k.client_id = ?")


def _consent(row: object) -> Consent:
    r = tuple(row)  # type: ignore[arg-type]
    return Consent(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6])


def latest_consent(session: Session, client_id: int) -> Consent | None:
    row = session.db.one(_SELECT + " ORDER BY k.consent_date DESC, k.id DESC LIMIT 1",
                         (client_id,))
    return None if row is None else _consent(row)


def read_consents(session: Session, client_id: int) -> list[Consent]:
    """Every consent of the file, oldest first; callers have checked access."""
    return [_consent(r) for r in session.db.all(_SELECT + " ORDER BY k.consent_date, k.id",
                                                 (client_id,))]


def record_consent(session: Session, client_id: int, consent_date: dt.date | str, scope: str,
                   limits_explained: bool) -> Consent:
    """Reception at intake, or a counsellor on the case, records a signed consent form."""
    session.require(Permission.REGISTER_CLIENT)
    ref = access.file_ref(session, client_id)
    if session.can(Permission.VIEW_CLINICAL):
        access.require_write(session, client_id)
    with session.db.transaction():
        save_consent(session, ref.id, ref.file_no, consent_date, scope, limits_explained)
    found = latest_consent(session, ref.id)
    assert found is not None
    return found


def save_consent(session: Session, client_id: int, file_no: str, consent_date: dt.date | str,
                 scope: str, limits_explained: bool) -> None:
    """Validate and insert inside the caller's transaction (registration uses it too)."""
    check = Checker(today(session))
    day = check.date("consent_date", consent_date, required=True, future=False)
    text = check.text("scope", scope, required=True, limit=MAX_MEDIUM)
    check.done()
    if not limits_explained:
        raise StationDeskError("consent_limits")
    assert day is not None
    session.db.execute(
        "INSERT INTO consents (client_id, consent_date, scope, limits_explained, recorded_by,"
        " recorded_at) VALUES (?, ?, ?, 1, ?, ?)",
        (client_id, day.isoformat(), text, session.user.id, now_iso(session)))
    session.log("consent.record", file_target(file_no), {"date": day.isoformat()})
