"""What counts, said once: the figures the dashboard, the printed reports, the statistics
export and the tier self-check all read.

- A **session that counts** is a signed or co-signed record, including a record imported from
  the station's earlier register (`domain.importing`: stored as signed, `imported_at` set). A
  draft is not yet a record: it counts nowhere (the printed monthly report once counted
  drafts, so after one unsigned draft it said "个体辅导 1 人次" while the dashboard said 0).
- A **hotline contact** is a counted session by phone (modality `hotline`) or a call in the
  hotline log, with or without a file.
- An **individual session** (the annual target 个体心理辅导) is a counted session that is not
  by phone.
- A **new file** is a client file opened in the period, by station time.
- **Attendance** is the appointments of the period (by their station date) as marked:
  attended, no-show, late-cancelled, and those whose time has passed with no mark yet
  (`records.appointments`); an ordinary cancellation is not an appointment kept or missed
  and counts nowhere.
- A record of a worker who had withdrawn statistics use on its date (records/consent) counts
  nowhere: `may_count` is that condition, for any table with a client and a date.

These functions read `station.db` and the clinical tables as they are asked and check no
permission: the caller (the dashboard, a report, the export) has checked who may see the
figure. Each takes a `Period` (see `period`), whose bounds serve dates and UTC timestamps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from station_desk.domain.records.consent import statistics_condition, utc_day
from station_desk.domain.stats.period import Period
from station_desk.storage.database import Database

# A session counts once it is past draft: the schema allows only draft, signed and
# co-signed, so this is "signed or co-signed" (imported records are stored as signed).
# Written as the partial index `sessions_month` states it, so that index still answers the
# dashboard; the export's covering index (session_date, status, client_id, modality, issues)
# answers it too.
COUNTED_SESSION = "status <> 'draft'"


def counted_session(alias: str = "") -> str:
    """The SQL condition on a session's status, over `sessions` or its alias (the tier
    self-check's evidence of work done uses this alone: withdrawing statistics use does not
    undo that the work was done)."""
    return COUNTED_SESSION if not alias else f"{alias}.{COUNTED_SESSION}"


def may_count(db: Database, table: str, day: str, *, utc: bool = False) -> str:
    """SQL: a row of `table` (or its alias) may be counted: its worker had not withdrawn
    statistics use on its date. `day` is its date column, a station calendar date or
    (`utc`) a UTC timestamp. "1" while no worker has withdrawn it."""
    column = f"{table}.{day}"
    return statistics_condition(db, f"{table}.client_id", utc_day(column) if utc else column)


def session_counts(db: Database) -> str:
    """SQL over `sessions` (no alias): a session that counts in the statistics."""
    return f"{COUNTED_SESSION} AND {may_count(db, 'sessions', 'session_date')}"


def counts(status: str) -> bool:
    """Whether a session in this status counts (the same rule in Python)."""
    return status != "draft"


@dataclass(frozen=True)
class SessionCounts:
    sessions: int  # sessions that count
    by_phone: int  # of which by phone (modality hotline)


def _authors(column: str, authors: Sequence[int] | None) -> tuple[str, list[object]]:
    if authors is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(authors))})", list(authors)


def sessions(db: Database, period: Period, authors: Sequence[int] | None = None
             ) -> SessionCounts:
    """The sessions that count in `period` (by `authors`, or everyone's)."""
    extra, params = _authors("counsellor_id", authors)
    row = db.one(
        "SELECT count(*), coalesce(sum(modality = 'hotline'), 0) FROM sessions"
        f" WHERE session_date >= ? AND session_date < ? AND {session_counts(db)}{extra}",
        [*period.date_bounds(), *params])
    return SessionCounts(int(row[0]), int(row[1]))


def people_served(db: Database, period: Period) -> set[int]:
    """The clients with a session that counts in `period`."""
    return {r[0] for r in db.all(
        "SELECT DISTINCT client_id FROM sessions WHERE session_date >= ? AND session_date < ?"
        f" AND {session_counts(db)}", period.date_bounds())}


def individual_sessions(db: Database, period: Period) -> int:
    """Counted sessions not by phone: what the 个体心理辅导 target counts."""
    return int(db.scalar(
        "SELECT count(*) FROM sessions WHERE session_date >= ? AND session_date < ?"
        f" AND {session_counts(db)} AND modality <> 'hotline'", period.date_bounds()))


def hotline_calls(db: Database, period: Period, counsellors: Sequence[int] | None = None
                  ) -> int:
    """Calls in the hotline log during `period` (taken by `counsellors`, or all)."""
    extra, params = _authors("counsellor_id", counsellors)
    counted = may_count(db, "hotline_calls", "called_at", utc=True)
    return int(db.scalar("SELECT count(*) FROM hotline_calls WHERE called_at >= ?"
                         f" AND called_at < ? AND {counted}{extra}",
                         [*period.utc_bounds(), *params]))


def hotline_contacts(db: Database, period: Period, counsellors: Sequence[int] | None = None
                     ) -> int:
    """Counted sessions by phone plus the log's calls: what the hotline target counts."""
    return sessions(db, period, counsellors).by_phone + hotline_calls(db, period, counsellors)


def new_files(db: Database, period: Period) -> int:
    return int(db.scalar("SELECT count(*) FROM clients WHERE opened_at >= ? AND opened_at < ?",
                         period.utc_bounds()))


def closed_files(db: Database, period: Period) -> int:
    return int(db.scalar("SELECT count(*) FROM clients WHERE closed_at >= ? AND closed_at < ?",
                         period.utc_bounds()))


@dataclass(frozen=True)
class Attendance:
    attended: int
    no_show: int
    late_cancel: int
    unmarked: int  # booked, its start passed, nothing marked yet

    @property
    def expected(self) -> int:
        """Appointments that were due to be kept: the base of the attendance rate."""
        return self.attended + self.no_show + self.late_cancel + self.unmarked

    @property
    def rate(self) -> float | None:
        marked = self.attended + self.no_show + self.late_cancel
        return self.attended / marked if marked else None


# An appointment that counts for attendance: marked, or still booked once its time came.
ATTENDANCE_KINDS = ("attended", "no_show", "late_cancel", "unmarked")
_KIND = "CASE WHEN status = 'booked' THEN 'unmarked' ELSE status END"


def _attendance_where(db: Database, period: Period, now_local: str,
                      counsellors: Sequence[int] | None) -> tuple[str, list[object]]:
    extra, params = _authors("counsellor_id", counsellors)
    # starts_at is wall-clock date and time; its first ten characters are the station date
    counted = statistics_condition(db, "appointments.client_id",
                                   "substr(appointments.starts_at, 1, 10)")
    first, after = period.date_bounds()
    return (f"starts_at >= ? AND starts_at < ? AND (status IN ('attended', 'no_show',"
            f" 'late_cancel') OR (status = 'booked' AND starts_at < ?)) AND {counted}{extra}",
            [first, after, now_local, *params])


def attendance(db: Database, period: Period, now_local: str,
               counsellors: Sequence[int] | None = None) -> Attendance:
    """The period's appointments by attendance (`now_local`: the station's wall-clock time
    now, "YYYY-MM-DDTHH:MM", which tells a booking still to come from one left unmarked)."""
    where, params = _attendance_where(db, period, now_local, counsellors)
    found = dict(db.all(f"SELECT {_KIND}, count(*) FROM appointments WHERE {where}"
                        f" GROUP BY 1", params))
    return Attendance(*(int(found.get(kind, 0)) for kind in ATTENDANCE_KINDS))


def attendance_rows(db: Database, period: Period, now_local: str) -> list[tuple[str, int]]:
    """The same appointments one by one, as (kind, client id): the statistics package counts
    people through its disclosure model, so it needs who, not only how many."""
    where, params = _attendance_where(db, period, now_local, None)
    return [(str(r[0]), int(r[1])) for r in db.all(
        f"SELECT {_KIND}, client_id FROM appointments WHERE {where}", params)]
