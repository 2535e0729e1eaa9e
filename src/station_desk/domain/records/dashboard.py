"""The start page of each role: today, what is due, open crises, this month against targets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from station_desk.domain.records import (
    activities,
    appointments,
    crises,
    followups,
    hotline,
    sessions,
)
from station_desk.domain.records.common import today
from station_desk.domain.records.consent import statistics_condition
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session


@dataclass(frozen=True)
class MonthCounts:
    year: int
    month: int
    new_files: int
    # Signed records dated this month (own, for a counsellor). None for a role without the
    # clinical key: a count of clinical records is clinical, and is not in station.db.
    sessions: int | None
    hotline: int | None
    activities: dict[str, int]
    targets: list[activities.TargetProgress]  # year to date against the annual targets


@dataclass(frozen=True)
class Dashboard:
    day: dt.date
    appointments: list[appointments.Appointment]
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
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1)
    # A counsellor counts their own records, everyone else the station's; either way by
    # counsellor, so the covering index `sessions_month` answers without reading records.
    if session.can(Permission.WRITE_SESSION):
        authors = [session.user.id]
    else:
        authors = [r[0] for r in session.db.all("SELECT id FROM users")]
    marks = ",".join("?" * len(authors))
    records: tuple[int | None, int | None] = (None, None)
    if session.has_clinical:
        row = session.db.one(
            "SELECT count(*), coalesce(sum(modality = 'hotline'), 0) FROM sessions"
            f" WHERE counsellor_id IN ({marks}) AND session_date >= ? AND session_date < ?"
            " AND status <> 'draft' AND "
            + statistics_condition(session.db, "sessions.client_id", "sessions.session_date"),
            [*authors, start.isoformat(), end.isoformat()])
        # the hotline is the log's calls and the sessions by phone (records/hotline.py)
        records = (int(row[0]), int(row[1]) + hotline.count_calls(
            session, start, end, authors))
    new_files = session.db.scalar(
        "SELECT count(*) FROM clients WHERE opened_at >= ? AND opened_at < ?",
        (start.isoformat(), end.isoformat()))
    return MonthCounts(year, month, int(new_files), *records,
                       activities.month_counts(session, year, month),
                       activities.progress(session, year, until=min(end, today(session))))
