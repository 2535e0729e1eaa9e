"""What the vault shows, in counts and dates, for the tier self-check.

Each function reads one kind of evidence over a window of station days and returns figures,
never a yes/no: the rules in `selfcheck` decide what the figures mean. Dates are station
(UTC+8) calendar days; columns stored in UTC are shifted by eight hours before a day or month
is taken from them. No permission check here: `selfcheck.run` checks once for all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from station_desk.domain.clock import STATION_TZ, iso
from station_desk.domain.stats.counts import COUNTED_SESSION, counted_session
from station_desk.domain.stats.period import months_between
from station_desk.storage.database import Database

# Sessions, appointments and duty in a room, activities held in one: what counts as a room
# being used. A file registered counts as the reception room at work (接待登记).
ROOM_ACTIVITY_TYPES = {"catharsis_room": "catharsis", "relaxation_room": "relaxation"}
EDUCATION_TYPES = ("lecture", "touring_lecture", "salon", "workshop", "group_counselling",
                   "screening")


@dataclass(frozen=True)
class Window:
    """The station days the self-check looks at, `first` to `last` inclusive."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> tuple[str, str]:
        return self.first.isoformat(), self.last.isoformat()

    @property
    def utc(self) -> tuple[str, str]:
        """As UTC timestamps: [first 00:00 station time, the day after last 00:00)."""
        def at(day: dt.date) -> str:
            return iso(dt.datetime.combine(day, dt.time(0), STATION_TZ))
        return at(self.first), at(self.last + dt.timedelta(days=1))

    def months(self) -> list[str]:
        return months_between(self.first, self.last)

    def clip(self, first: dt.date) -> Window:
        return Window(max(self.first, first), self.last)


@dataclass
class Usage:
    """How often something happened in a window: a count, its first and last day, and the
    months it happened in (for "regularly")."""

    count: int = 0
    first: str | None = None
    last: str | None = None
    months: set[str] = field(default_factory=set)

    def add(self, count: int, first: str | None, last: str | None,
            months: Iterable[str] = ()) -> None:
        if not count:
            return
        self.count += int(count)
        self.first = min(filter(None, (self.first, first)), default=None)
        self.last = max(filter(None, (self.last, last)), default=None)
        self.months.update(m for m in months if m)

    def months_in(self, window: Window) -> int:
        return len(self.months & set(window.months()))


def _usage(db: Database, sql: str, params: tuple) -> Usage:
    """`sql` selects count, first day, last day, and the months as a comma-separated list."""
    row = db.one(sql, params)
    usage = Usage()
    if row is not None and row[0]:
        usage.add(row[0], row[1], row[2], str(row[3] or "").split(","))
    return usage


def _local_day(column: str) -> str:
    return f"date({column}, '+8 hours')"


def _local_month(column: str) -> str:
    return f"strftime('%Y-%m', {column}, '+8 hours')"


# --------------------------------------------------------------------------- rooms


def room_usage(db: Database, window: Window) -> dict[str, dict[str, Usage]]:
    """room code -> source -> usage: signed records, appointments kept or booked in the past,
    activities in the room, duty shifts there, and (reception) files registered."""
    out: dict[str, dict[str, Usage]] = {}

    def put(room: str, source: str, row: tuple) -> None:
        out.setdefault(room, {}).setdefault(source, Usage()).add(
            row[0], row[1], row[2], str(row[3] or "").split(","))

    d_lo, d_hi = window.days
    for r in db.all("SELECT room, count(*), min(session_date), max(session_date),"
                    " group_concat(DISTINCT substr(session_date, 1, 7)) FROM sessions"
                    f" WHERE session_date >= ? AND session_date <= ? AND {COUNTED_SESSION}"
                    " AND room <> '' GROUP BY room", (d_lo, d_hi)):
        put(r[0], "sessions", tuple(r)[1:])
    for r in db.all("SELECT room, count(*), min(substr(starts_at, 1, 10)),"
                    " max(substr(starts_at, 1, 10)),"
                    " group_concat(DISTINCT substr(starts_at, 1, 7)) FROM appointments"
                    " WHERE substr(starts_at, 1, 10) >= ? AND substr(starts_at, 1, 10) <= ?"
                    " AND status <> 'cancelled' AND room <> '' GROUP BY room", (d_lo, d_hi)):
        put(r[0], "appointments", tuple(r)[1:])
    for kind, room in ROOM_ACTIVITY_TYPES.items():
        row = db.one("SELECT count(*), min(activity_date), max(activity_date),"
                     " group_concat(DISTINCT substr(activity_date, 1, 7)) FROM activities"
                     " WHERE activity_date >= ? AND activity_date <= ? AND type = ?",
                     (d_lo, d_hi, kind))
        if row is not None and row[0]:
            put(room, "activities", tuple(row))
    for r in db.all("SELECT place, count(*), min(day), max(day),"
                    " group_concat(DISTINCT substr(day, 1, 7)) FROM duty_shifts"
                    " WHERE day >= ? AND day <= ? AND place <> 'hotline' GROUP BY place",
                    (d_lo, d_hi)):
        put(r[0], "duty", tuple(r)[1:])
    t_lo, t_hi = window.utc
    row = db.one(f"SELECT count(*), min({_local_day('created_at')}),"
                 f" max({_local_day('created_at')}),"
                 f" group_concat(DISTINCT {_local_month('created_at')}) FROM clients"
                 " WHERE created_at >= ? AND created_at < ?", (t_lo, t_hi))
    if row is not None and row[0]:
        put("reception", "registrations", tuple(row))
    return out


def total(usages: dict[str, Usage]) -> Usage:
    whole = Usage()
    for usage in usages.values():
        whole.add(usage.count, usage.first, usage.last, usage.months)
    return whole


# --------------------------------------------------------------------------- duty


@dataclass(frozen=True)
class DutyFigures:
    shifts: int  # in the window, held by active accounts
    people: int  # distinct active accounts on duty in the window
    hotline_shifts: int
    days_covered: set[str]  # station days with anyone on duty
    first: str | None
    last: str | None
    upcoming: int  # shifts in the week after the window
    upcoming_hotline: int


def duty(db: Database, window: Window) -> DutyFigures:
    d_lo, d_hi = window.days
    rows = db.all("SELECT d.day, d.user_id, d.place FROM duty_shifts d JOIN users u"
                  " ON u.id = d.user_id WHERE u.disabled = 0 AND d.day >= ? AND d.day <= ?",
                  (d_lo, d_hi))
    ahead = (window.last + dt.timedelta(days=1)).isoformat(), \
        (window.last + dt.timedelta(days=7)).isoformat()
    upcoming = db.all("SELECT d.place FROM duty_shifts d JOIN users u ON u.id = d.user_id"
                      " WHERE u.disabled = 0 AND d.day >= ? AND d.day <= ?", ahead)
    days = {r[0] for r in rows}
    return DutyFigures(len(rows), len({r[1] for r in rows}),
                       sum(1 for r in rows if r[2] == "hotline"), days,
                       min(days, default=None), max(days, default=None), len(upcoming),
                       sum(1 for r in upcoming if r[0] == "hotline"))


def weekdays(window: Window) -> list[str]:
    out, day = [], window.first
    while day <= window.last:
        if day.weekday() < 5:
            out.append(day.isoformat())
        day += dt.timedelta(days=1)
    return out


# --------------------------------------------------------------------------- services


def sessions_by_modality(db: Database, window: Window, modality: str,
                         room: str | None = None) -> Usage:
    sql = ("SELECT count(*), min(session_date), max(session_date),"
           " group_concat(DISTINCT substr(session_date, 1, 7)) FROM sessions"
           f" WHERE session_date >= ? AND session_date <= ? AND {COUNTED_SESSION}"
           " AND modality = ?")
    params: tuple = (*window.days, modality)
    if room is not None:
        sql += " AND room = ?"
        params = (*params, room)
    return _usage(db, sql, params)


def hotline_calls(db: Database, window: Window) -> Usage:
    """Calls in the hotline log (records/hotline.py), with or without a file."""
    return _usage(db, f"SELECT count(*), min({_local_day('called_at')}),"
                      f" max({_local_day('called_at')}),"
                      f" group_concat(DISTINCT {_local_month('called_at')}) FROM hotline_calls"
                      " WHERE called_at >= ? AND called_at < ?", window.utc)


def activities(db: Database, window: Window, types: Iterable[str]) -> tuple[Usage, int]:
    """Usage of the given activity types and their attendees in total."""
    kinds = tuple(types)
    marks = ",".join("?" * len(kinds))
    row = db.one("SELECT count(*), min(activity_date), max(activity_date),"
                 " group_concat(DISTINCT substr(activity_date, 1, 7)),"
                 " coalesce(sum(attendees), 0) FROM activities"
                 f" WHERE activity_date >= ? AND activity_date <= ? AND type IN ({marks})",
                 (*window.days, *kinds))
    usage = Usage()
    if row is not None and row[0]:
        usage.add(row[0], row[1], row[2], str(row[3] or "").split(","))
    return usage, int(row[4]) if row is not None else 0


def assessments(db: Database, window: Window, *, anonymous: bool | None = None) -> Usage:
    sql = (f"SELECT count(*), min({_local_day('administered_at')}),"
           f" max({_local_day('administered_at')}),"
           f" group_concat(DISTINCT {_local_month('administered_at')}) FROM assessments"
           " WHERE administered_at >= ? AND administered_at < ?")
    if anonymous is True:
        sql += " AND mode = 'anonymous'"
    elif anonymous is False:
        sql += " AND mode <> 'anonymous'"
    return _usage(db, sql, window.utc)


@dataclass(frozen=True)
class Campaigns:
    held: int  # campaigns whose dates overlap the window
    with_screenings: int
    ended_empty: int  # over by the check day with no screening recorded
    screenings: int
    last_end: str | None


def campaigns(db: Database, window: Window) -> Campaigns:
    rows = db.all("SELECT id, ends_on FROM survey_campaigns WHERE starts_on <= ? AND ends_on >= ?",
                  (window.last.isoformat(), window.first.isoformat()))
    counts = {int(r[0]): int(r[1]) for r in db.all(
        "SELECT campaign_id, count(*) FROM assessments WHERE campaign_id IS NOT NULL"
        " GROUP BY campaign_id")} if rows else {}
    ended = [r for r in rows if r[1] < window.last.isoformat()]
    return Campaigns(len(rows), sum(1 for r in rows if counts.get(int(r[0]))),
                     sum(1 for r in ended if not counts.get(int(r[0]))),
                     sum(counts.get(int(r[0]), 0) for r in rows),
                     max((str(r[1]) for r in rows), default=None))


@dataclass(frozen=True)
class RecordBook:
    total: int  # session records dated in the window
    signed: int  # signed or co-signed
    stale_drafts: int  # drafts dated more than `grace` days before the check day
    awaiting_cosign: int  # signed, waiting for the supervisor for more than `grace` days
    first: str | None
    last: str | None


def record_book(db: Database, window: Window, grace: int = 7) -> RecordBook:
    cutoff = (window.last - dt.timedelta(days=grace)).isoformat()
    row = db.one(
        f"SELECT count(*), sum({COUNTED_SESSION}), sum(status = 'draft' AND session_date <= ?),"
        " sum(status = 'signed' AND review_required = 1 AND session_date <= ?),"
        " min(session_date), max(session_date) FROM sessions"
        " WHERE session_date >= ? AND session_date <= ?", (cutoff, cutoff, *window.days))
    return RecordBook(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0), int(row[3] or 0),
                      row[4], row[5])


@dataclass(frozen=True)
class Files:
    served: int  # files with a signed session in the window
    with_consent: int


def files_served(db: Database, window: Window) -> Files:
    row = db.one(
        "SELECT count(*), sum(EXISTS (SELECT 1 FROM consents k WHERE k.client_id = c.id))"
        " FROM clients c WHERE c.id IN (SELECT client_id FROM sessions"
        f" WHERE session_date >= ? AND session_date <= ? AND {COUNTED_SESSION})", window.days)
    return Files(int(row[0] or 0), int(row[1] or 0))


@dataclass(frozen=True)
class FirstContact:
    registered: int  # files registered in the window
    seen: int  # of which had a first session
    within: int  # ... within `days` of registration
    waiting: int  # not seen yet although registered more than `days` ago
    median_days: float | None


def first_contact(db: Database, window: Window, days: int = 7) -> FirstContact:
    t_lo, t_hi = window.utc
    rows = db.all(
        f"SELECT {_local_day('c.created_at')}, (SELECT min(s.session_date) FROM sessions s"
        f" WHERE s.client_id = c.id AND {counted_session('s')}) FROM clients c"
        " WHERE c.created_at >= ? AND c.created_at < ?", (t_lo, t_hi))
    gaps, waiting = [], 0
    for registered, first in rows:
        start = dt.date.fromisoformat(registered)
        if first is None:
            if (window.last - start).days > days:
                waiting += 1
            continue
        gaps.append(max(0, (dt.date.fromisoformat(first) - start).days))
    gaps.sort()
    median = None
    if gaps:
        mid = len(gaps) // 2
        median = float(gaps[mid]) if len(gaps) % 2 else (gaps[mid - 1] + gaps[mid]) / 2
    return FirstContact(len(rows), len(gaps), sum(1 for g in gaps if g <= days), waiting,
                        median)


@dataclass(frozen=True)
class CrisisFigures:
    opened: int
    closed: int
    followup_due: int  # 24-hour follow-ups whose deadline has passed
    followup_on_time: int  # ... done by the deadline
    first: str | None
    last: str | None


def crises(db: Database, window: Window, now: str) -> CrisisFigures:
    t_lo, t_hi = window.utc
    row = db.one(f"SELECT count(*), sum(closed_at IS NOT NULL), min({_local_day('opened_at')}),"
                 f" max({_local_day('opened_at')}) FROM crises"
                 " WHERE opened_at >= ? AND opened_at < ?", (t_lo, t_hi))
    due = db.one(
        "SELECT count(*), sum(f.done_at IS NOT NULL AND f.done_at <= f.due_at) FROM followups f"
        " JOIN crises x ON x.id = f.crisis_id WHERE x.opened_at >= ? AND x.opened_at < ?"
        " AND f.due_at IS NOT NULL AND (f.due_at <= ? OR f.done_at IS NOT NULL)",
        (t_lo, t_hi, now))
    return CrisisFigures(int(row[0] or 0), int(row[1] or 0), int(due[0] or 0),
                         int(due[1] or 0), row[2], row[3])


@dataclass(frozen=True)
class Satisfaction:
    closed: int  # files closed in the window
    rated: int  # ... with at least one rating
    ratings: int  # every rating given in the window
    mean_overall: float | None


def satisfaction(db: Database, window: Window) -> Satisfaction:
    t_lo, t_hi = window.utc
    closed = db.one(
        # two EXISTS, not one with OR: each uses its index (one OR made it a scan of every
        # rating per closed file, seconds on a large station, and the package runs this)
        "SELECT count(*), sum(EXISTS (SELECT 1 FROM satisfaction r WHERE r.client_id = c.id)"
        " OR EXISTS (SELECT 1 FROM sessions s JOIN satisfaction r ON r.session_id = s.id"
        " WHERE s.client_id = c.id))"
        " FROM clients c WHERE c.status = 'closed' AND c.closed_at >= ? AND c.closed_at < ?",
        (t_lo, t_hi))
    given = db.one("SELECT count(*), avg(overall) FROM satisfaction"
                   " WHERE rated_at >= ? AND rated_at < ?", (t_lo, t_hi))
    mean = None if given[1] is None else round(float(given[1]), 2)
    return Satisfaction(int(closed[0] or 0), int(closed[1] or 0), int(given[0] or 0), mean)


# --------------------------------------------------------------------------- station records


@dataclass(frozen=True)
class Exports:
    packages: int
    periods: tuple[str, ...]
    quarters: set[str]  # calendar quarters ("2026-Q3") in which a package was made
    last: str | None


def exports(db: Database, window: Window) -> Exports:
    t_lo, t_hi = window.utc
    rows = db.all(f"SELECT target, {_local_day('ts')} FROM audit WHERE action = 'export'"
                  " AND ts >= ? AND ts < ? ORDER BY id", (t_lo, t_hi))
    quarters = {f"{d[:4]}-Q{(int(d[5:7]) - 1) // 3 + 1}" for _t, d in rows}
    periods = tuple(dict.fromkeys(str(t).removeprefix("period:") for t, _d in rows))
    return Exports(len(rows), periods, quarters, rows[-1][1] if rows else None)


def reports_issued(db: Database, window: Window, doc: str) -> tuple[int, str | None]:
    """Numbered copies of a document (printed or saved) in the window, and the last day:
    the analysis reports and survey reports made for the union."""
    t_lo, t_hi = window.utc
    tables = ["audit"] + (["clinical_audit"] if db.has_clinical else [])
    count, last = 0, None
    for table in tables:
        row = db.one(f"SELECT count(*), max({_local_day('ts')}) FROM {table}"
                     " WHERE action IN ('print', 'print.save') AND ts >= ? AND ts < ?"
                     " AND detail LIKE ?", (t_lo, t_hi, f'%"doc": "{doc}"%'))
        count += int(row[0] or 0)
        last = max(filter(None, (last, row[1])), default=None)
    return count, last


def quarters(window: Window) -> list[str]:
    return list(dict.fromkeys(f"{m[:4]}-Q{(int(m[5:7]) - 1) // 3 + 1}"
                              for m in window.months()))


def audit_entries(db: Database, window: Window) -> int:
    """Entries in the window over both chains (the clinical one when it is attached)."""
    t_lo, t_hi = window.utc
    tables = ["audit"] + (["clinical_audit"] if db.has_clinical else [])
    return sum(int(db.scalar(f"SELECT count(*) FROM {t} WHERE ts >= ? AND ts < ?",
                             (t_lo, t_hi))) for t in tables)


def station_started(db: Database) -> dt.date:
    """The first day the station has records for: its creation, or earlier when records
    were carried over from before (files opened, activities held, duty kept)."""
    from station_desk.domain.clock import parse_iso

    created = parse_iso(str(db.scalar("SELECT created_at FROM station WHERE id = 1")))
    first = created.astimezone(STATION_TZ).date()
    opened = db.scalar("SELECT min(opened_at) FROM clients")
    if opened:
        first = min(first, parse_iso(str(opened)).astimezone(STATION_TZ).date())
    for sql in ("SELECT min(activity_date) FROM activities", "SELECT min(day) FROM duty_shifts"):
        day = db.scalar(sql)
        if day:
            first = min(first, dt.date.fromisoformat(str(day)[:10]))
    return first
