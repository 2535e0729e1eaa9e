"""The file list's rows: each file's directory details and, at a glance, where its case
stands: the last session, the next booking, the risk level and an open crisis.

The directory details and the next booking are what reception sees of a file (it books). The
last session, the risk level and an open crisis are clinical: they are filled only for files
whose clinical content this user reaches now (`access.clinical_filter`), and only from the
records this user may read (`access.session_filter`: no one else's drafts or restricted
records); for any other file they stay None and the list shows nothing there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from station_desk.domain.records import access
from station_desk.domain.records.common import local_now
from station_desk.domain.records.files import DirectoryEntry, directory_rows
from station_desk.domain.session import Session


@dataclass(frozen=True)
class ListedFile(DirectoryEntry):
    next_appointment: str | None = None  # the next booking's start, station time
    # ("YYYY-MM-DDTHH:MM", as bookings are kept)
    last_session: str | None = None  # date of the latest record this user may read
    risk_level: str | None = None  # the file's current risk level
    open_crisis: bool | None = None


def listed_files(session: Session, ids: list[int]) -> list[ListedFile]:
    """Rows for these ids, in the given order; ids this user may not see vanish."""
    entries = directory_rows(session, ids)
    if not entries:
        return []
    shown = [e.id for e in entries]
    marks = ",".join("?" * len(shown))
    db = session.db
    booked = dict(db.all(
        f"SELECT client_id, min(starts_at) FROM appointments WHERE client_id IN ({marks})"
        " AND status = 'booked' AND starts_at >= ? GROUP BY client_id",
        [*shown, local_now(session).strftime("%Y-%m-%dT%H:%M")]))
    reached: set[int] = set()
    risk: dict[int, str] = {}
    last: dict[int, str] = {}
    crisis: set[int] = set()
    if session.has_clinical:
        where, params = access.clinical_filter(session)
        reached = {int(r[0]) for r in db.all(
            f"SELECT c.id FROM clients c WHERE c.id IN ({marks}) AND {where}",
            [*shown, *params])}
    if reached:
        inside = ",".join("?" * len(reached))
        ids_in = sorted(reached)
        risk = dict(db.all(f"SELECT client_id, risk_level FROM client_clinical"
                           f" WHERE client_id IN ({inside})", ids_in))
        visible, more = access.session_filter(session)
        last = dict(db.all(f"SELECT s.client_id, max(s.session_date) FROM sessions s"
                           f" WHERE s.client_id IN ({inside}) AND {visible}"
                           " GROUP BY s.client_id", [*ids_in, *more]))
        crisis = {int(r[0]) for r in db.all(
            f"SELECT DISTINCT client_id FROM crises WHERE client_id IN ({inside})"
            " AND closed_at IS NULL", ids_in)}
    out = []
    for entry in entries:
        clinical = entry.id in reached
        out.append(ListedFile(
            **asdict(entry), next_appointment=booked.get(entry.id),
            last_session=last.get(entry.id) if clinical else None,
            risk_level=risk.get(entry.id, "none") if clinical else None,
            open_crisis=(entry.id in crisis) if clinical else None))
    return out
