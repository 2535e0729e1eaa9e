"""The start page of each role: today, what is due, open crises, this month against targets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from station_desk.domain.records import (
    activities,
    appointments,
    crises,
    followups,
    sessions,
)
from station_desk.domain.records.common import local_now, today
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.stats import counts
from station_desk.domain.stats.period import month_period


@dataclass(frozen=True)
class MonthCounts:
    year: int
    month: int
    new_files: int
    # Sessions that count (`stats.counts`) dated this month (own, for a counsellor). None for
    # a role without the clinical key: a count of clinical records is clinical, and is not in
    # station.db.
    sessions: int | None
    hotline: int | None
    activities: dict[str, int]
    targets: list[activities.TargetProgress]  # year to date against the annual targets
    # the month's appointments as marked (`stats.counts.attendance`; own, for a counsellor)
    attendance: counts.Attendance | None = None


@dataclass(frozen=True)
class Dashboard:
    day: dt.date
    appointments: list[appointments.Appointment]
    # reminders: the bookings of the next few days (`appointments.upcoming`)
    upcoming: list[appointments.Appointment] = field(default_factory=list)
    followups: list[followups.Followup] = field(default_factory=list)  # clinical roles
    followup_counts: list[followups.FollowupCount] = field(default_factory=list)  # admin
    open_crises: list[crises.CrisisOverview] = field(default_factory=list)
    awaiting_cosign: list[sessions.SessionRecord] = field(default_factory=list)
    my_drafts: list[sessions.SessionRecord] = field(default_factory=list)
    month: MonthCounts | None = None


def dashboard(session: Session) -> Dashboard:
    day = today(session)
    clinical = session.can(Permission.VIEW_CLINICAL)
    return Dashboard(
        day=day,
        appointments=appointments.appointments_on(session, day),
        upcoming=appointments.upcoming(session),
        followups=followups.due_followups(session) if clinical else [],
        followup_counts=(followups.followup_counts(session)
                         if session.can(Permission.VIEW_CRISIS_OVERVIEW) and not clinical
                         else []),
        open_crises=(crises.open_crises_overview(session)
                     if session.can(Permission.VIEW_CRISIS_OVERVIEW) else []),
        awaiting_cosign=sessions.awaiting_my_cosign(session),
        my_drafts=sessions.my_unsigned(session),
        month=month_counts(session, day.year, day.month),
    )


def month_counts(session: Session, year: int, month: int) -> MonthCounts:
    period = month_period(year, month)
    # A counsellor counts their own records, everyone else the station's (by counsellor for
    # one, so the covering index `sessions_month` answers without reading records).
    authors = [session.user.id] if session.can(Permission.WRITE_SESSION) else None
    records: tuple[int | None, int | None] = (None, None)
    if session.has_clinical:
        found = counts.sessions(session.db, period, authors)
        # the hotline is the log's calls and the sessions by phone
        records = (found.sessions,
                   found.by_phone + counts.hotline_calls(session.db, period, authors))
    now = local_now(session).strftime("%Y-%m-%dT%H:%M")
    return MonthCounts(year, month, counts.new_files(session.db, period), *records,
                       activities.month_counts(session, year, month),
                       activities.progress(session, year,
                                           until=min(period.after, today(session))),
                       counts.attendance(session.db, period, now, authors))
