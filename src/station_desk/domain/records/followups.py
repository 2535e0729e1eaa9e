"""Follow-ups (回访): what for, when (date and time), by which channel; how each contact went;
the due and overdue lists.

A follow-up's planned date defaults from its purpose (`default_date`: a week after a session,
two weeks after a referral, a month after closing, the next day after a missed appointment),
never today, when the counsellor would only have to change it. Each contact is recorded as a
structured result with a note (`record_result`):

- reached (已联系上) or closed (不再回访, e.g. the worker declined): the follow-up is done;
- not reached (未联系上): it stays open, moved to the next try (the next day unless given),
  and counts the attempt;
- rescheduled (已改期): the worker asked for another day; it stays open, moved there.

A crisis follow-up keeps its 24-hour deadline whatever the next try; the crisis closes only
once it is done (records/crises.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from station_desk.domain.records import access, item_outcomes
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import (
    Checker,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.records.files import require_open
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "followup_done": N_("errors", "This follow-up was done at {done_at}."),
})

DONE, OVERDUE, DUE, UPCOMING = "done", "overdue", "due", "upcoming"

# Purposes, with how many days after today a new one is planned by default.
PURPOSES: dict[str, tuple[str, str, int]] = {
    "after_session": (*N_("records", "after a session"), 7),
    "check_in": (*N_("records", "check-in"), 7),
    "after_referral": (*N_("records", "after a referral"), 14),
    "after_no_show": (*N_("records", "after a missed appointment"), 1),
    "after_closing": (*N_("records", "after closing the case"), 30),
    "after_crisis": (*N_("records", "after a crisis"), 1),
}
DEFAULT_PURPOSE = "after_session"
REACHED, NOT_REACHED, RESCHEDULED, CLOSED = "reached", "not_reached", "rescheduled", "closed"
RESULTS: dict[str, tuple[str, str]] = {
    REACHED: N_("records", "reached"), NOT_REACHED: N_("records", "not reached"),
    RESCHEDULED: N_("records", "rescheduled"), CLOSED: N_("records", "closed"),
}
ENDING = (REACHED, CLOSED)  # results that complete the follow-up


def purpose_label(code: str, lang: str = "zh") -> str:
    if code not in PURPOSES:
        return code
    zh, en, _days = PURPOSES[code]
    return en if lang == "en" else zh


def result_label(code: str, lang: str = "zh") -> str:
    zh, en = RESULTS.get(code, (code, code))
    return en if lang == "en" else zh


def default_date(session: Session, purpose: str = DEFAULT_PURPOSE) -> dt.date:
    """When a new follow-up of this purpose is planned unless the counsellor says otherwise."""
    days = PURPOSES.get(purpose, PURPOSES[DEFAULT_PURPOSE])[2]
    return today(session) + dt.timedelta(days=days)


@dataclass(frozen=True)
class Followup:
    id: int
    client_id: int
    file_no: str
    client_name: str
    session_id: int | None
    crisis_id: int | None
    planned_date: str
    due_at: str | None  # exact deadline (UTC) where there is one: crisis follow-ups
    channel: str
    outcome: str
    done_at: str | None
    done_by: int | None
    done_by_name: str
    created_by: int
    created_at: str
    state: str  # done / overdue / due / upcoming, as of when it was read
    purpose: str = ""
    planned_time: str = ""  # "HH:MM", or '' for any time that day
    result: str = ""  # the last contact's result (RESULTS), '' before any
    attempts: int = 0  # tries that did not reach the worker

    @property
    def purpose_code(self) -> str:
        return self.purpose or ("after_crisis" if self.crisis_id else "")


_COLUMNS = ("f.id, f.client_id, c.file_no, c.name, f.session_id, f.crisis_id, f.planned_date,"
            " f.due_at, f.channel, f.outcome, f.done_at, f.done_by, f.created_by, f.created_at,"
            " f.purpose, f.planned_time, f.result, f.attempts, f.sealed")


def state_of(planned_date: str, due_at: str | None, done_at: str | None, now: str,
             day: dt.date) -> str:
    if done_at:
        return DONE
    if due_at:  # a deadline to the minute: due from the start, overdue once it passes
        return OVERDUE if due_at < now else DUE
    if planned_date < day.isoformat():
        return OVERDUE
    return DUE if planned_date == day.isoformat() else UPCOMING


def _rows(session: Session, rows: list[Any]) -> list[Followup]:
    rows = sealing.reveal(session, "followups", rows, {"outcome": 9})
    names = user_names(session, [r[11] for r in rows])
    now, day = now_iso(session), today(session)
    return [Followup(*tuple(r)[:11], r[11], names.get(r[11], ""), r[12], r[13],
                     state_of(r[6], r[7], r[10], now, day), r[14], r[15], r[16], int(r[17]))
            for r in rows]


def _check_purpose(check: Checker, purpose: str) -> str:
    if purpose not in PURPOSES:
        check.add("purpose", "field_bad_choice", value=purpose)
    return purpose


def schedule_followup(session: Session, client_id: int, planned_date: dt.date | str | None,
                      channel: str, *, session_id: int | None = None,
                      purpose: str = DEFAULT_PURPOSE, planned_time: str = "") -> Followup:
    """Plan a follow-up; without a date, on the purpose's default (`default_date`)."""
    ref = access.require_write(session, client_id)
    require_open(ref)
    check = Checker(today(session))
    code_purpose = _check_purpose(check, purpose)
    if planned_date is None or planned_date == "":
        planned_date = default_date(session, purpose if purpose in PURPOSES
                                    else DEFAULT_PURPOSE)
    day = check.date("planned_date", planned_date, required=True, past=False)
    code = check.choice("channel", "follow_up_channels", channel)
    at = check.time("planned_time", planned_time)
    check.done()
    assert day is not None
    if session_id is not None and not session.db.scalar(
            "SELECT 1 FROM sessions WHERE id = ? AND client_id = ?", (session_id, ref.id)):
        raise StationDeskError("not_found", what=N_(
            "records", "session #{number}").format(number=session_id))
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO followups (client_id, session_id, planned_date, channel, created_by,"
            " created_at, purpose, planned_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ref.id, session_id, day.isoformat(), code, session.user.id, now_iso(session),
             code_purpose, at))
        sealing.after_write(session, "followups", int(cur.lastrowid))
        session.log("followup.schedule", ref.target,
                    {"followup": cur.lastrowid, "date": day.isoformat(),
                     "purpose": code_purpose})
    return get_followup(session, int(cur.lastrowid))


def get_followup(session: Session, followup_id: int) -> Followup:
    row = session.db.one(f"SELECT {_COLUMNS} FROM followups f JOIN clients c"
                         f" ON c.id = f.client_id WHERE f.id = ?", (followup_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "records", "follow-up #{number}").format(number=followup_id))
    access.require_clinical(session, row[1])
    return _rows(session, [row])[0]


def complete_followup(session: Session, followup_id: int, outcome: str) -> Followup:
    """The worker was reached: the follow-up is done, with what came of it."""
    return record_result(session, followup_id, REACHED, outcome)


def record_result(session: Session, followup_id: int, result: str, note: str, *,
                  next_date: dt.date | str | None = None, next_time: str = "") -> Followup:
    """Record one contact: reached or closed completes the follow-up (a note is required);
    not reached moves it to the next try (`next_date`, else tomorrow) and counts the attempt;
    rescheduled moves it to the day the worker asked for (`next_date`, required)."""
    item = get_followup(session, followup_id)
    contact = item_outcomes.begin(
        session, "followups", followup_id, item.client_id,
        closed=StationDeskError("followup_done", done_at=item.done_at) if item.done_at
        else None)
    check = contact.check
    if result not in RESULTS:
        check.add("result", "field_bad_choice", value=result)
    text = contact.text(note, required=result in ENDING)
    day: dt.date | None = None
    if result == NOT_REACHED and not next_date:
        day = today(session) + dt.timedelta(days=1)
    elif result in (NOT_REACHED, RESCHEDULED):
        day = check.date("planned_date", next_date, required=True, past=False)
    at = check.time("planned_time", next_time)
    check.done()
    detail: dict[str, Any] = {"followup": followup_id, "crisis": item.crisis_id,
                              "result": result}
    values: dict[str, object] = {"outcome": text, "result": result}
    if result in ENDING:
        values.update(done_at=now_iso(session), done_by=session.user.id)
    else:
        assert day is not None
        values.update(planned_date=day.isoformat(), planned_time=at,
                      attempts=item_outcomes.Added(int(result == NOT_REACHED)))
        detail["next"] = day.isoformat()
    contact.record(session, values, "followup.complete" if result in ENDING
                   else "followup.contact", detail)
    return get_followup(session, followup_id)


def list_followups(session: Session, client_id: int) -> list[Followup]:
    """The case's follow-ups, by planned date."""
    access.require_clinical(session, client_id)
    return read_followups(session, client_id)


def read_followups(session: Session, client_id: int) -> list[Followup]:
    """The case's follow-ups by planned date; callers have checked access."""
    return _rows(session, session.db.all(
        f"SELECT {_COLUMNS} FROM followups f JOIN clients c ON c.id = f.client_id"
        f" WHERE f.client_id = ? ORDER BY f.planned_date, f.id", (client_id,)))


def due_followups(session: Session, *, days_ahead: int = 0, limit: int = 500) -> list[Followup]:
    """Open follow-ups in the cases this user reaches that are overdue, due today (or within
    `days_ahead`), or carry a deadline (a crisis follow-up is due from the moment it exists).
    Most urgent first."""
    session.require(Permission.VIEW_CLINICAL)
    where, params = access.clinical_filter(session)
    until = (today(session) + dt.timedelta(days=days_ahead)).isoformat()
    rows = session.db.all(
        f"SELECT {_COLUMNS} FROM followups f JOIN clients c ON c.id = f.client_id"
        f" WHERE f.done_at IS NULL AND (f.planned_date <= ? OR f.due_at IS NOT NULL)"
        f" AND {where} ORDER BY coalesce(f.due_at, f.planned_date), f.id LIMIT ?",
        [until, *params, limit])
    items = _rows(session, rows)
    order = {OVERDUE: 0, DUE: 1, UPCOMING: 2}
    return sorted(items, key=lambda f: (order[f.state], f.due_at or f.planned_date, f.id))


@dataclass(frozen=True)
class FollowupCount:
    counsellor_id: int | None
    counsellor_name: str
    due: int
    overdue: int


def followup_counts(session: Session) -> list[FollowupCount]:
    """Station overview for the admin: open follow-ups due or overdue, per counsellor; no
    file is named."""
    session.require(Permission.VIEW_CRISIS_OVERVIEW)
    now, day = now_iso(session), today(session).isoformat()
    rows = session.db.all(
        "SELECT c.counsellor_id,"
        " sum(CASE WHEN (f.due_at IS NOT NULL AND f.due_at < ?)"
        "  OR (f.due_at IS NULL AND f.planned_date < ?) THEN 1 ELSE 0 END),"
        " count(*) FROM followups f JOIN clients c ON c.id = f.client_id"
        " WHERE f.done_at IS NULL AND (f.planned_date <= ? OR f.due_at IS NOT NULL)"
        " GROUP BY c.counsellor_id", (now, day, day))
    names = user_names(session, [r[0] for r in rows])
    return [FollowupCount(r[0], names.get(r[0], ""), r[2] - r[1], r[1]) for r in rows]
