"""The hotline log (热线来电记录): every call answered, with or without a file.

A call keeps when and how long, the caller's gender and age band if given, the main concern
(a `presenting_issues` code), the risk, what was done (`hotline_actions`) and a short note;
never a name or a number. It lives in the clinical compartment: the concern and the risk are
clinical. The station's counsellors share one log (the hotline is the station's, not one
person's); a call's file, once opened or found, follows the file's own rules.

A caller who wants to go on gets a file, and the call is linked to it. A call at high or
imminent risk starts the crisis path: a file is opened for the caller (a pseudonym when no
name is given), a crisis is opened on it with its 24-hour follow-up, and the call is linked
to both. A hotline session written in a file (modality "hotline") is a counselling session by
phone; calls in this log are not written as sessions too, so the two add up without counting
a call twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from station_desk.domain import vocab
from station_desk.domain.assessments import AGE_BANDS
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import STATION_TZ, iso
from station_desk.domain.records import access, consent, crises, files
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import (
    FIELDS,
    MAX_MEDIUM,
    Checker,
    file_target,
    local_date_of,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

MAX_MINUTES = 600
CRISIS_RISKS = ("high", "imminent")

FIELDS.update({
    "call_date": N_("records", "call date"),
    "call_time": N_("records", "call time"),
    "duration": N_("records", "length of call (minutes)"),
    "caller_gender": N_("records", "caller's gender"),
    "caller_age_band": N_("records", "caller's age band"),
    "topic": N_("records", "main concern"),
    "action": N_("records", "what was done"),
})
register_actions({
    "hotline.log": N_("records", "hotline call logged"),
    "hotline.link": N_("records", "hotline call linked to a file"),
    "hotline.crisis": N_("records", "crisis path started from a hotline call"),
})
register_messages({
    "hotline_linked": N_("errors", "This call is already linked to file {file_no}."),
    "hotline_not_crisis": N_(
        "errors", "This call's risk is not high or imminent; the crisis path does not start "
        "from it."),
    "hotline_future_call": N_("errors", "“{field}” cannot be later than now ({now})."),
    "hotline_crisis_open": N_("errors", "The crisis path was already started from this call."),
})


@dataclass(frozen=True)
class CallInput:
    call_date: dt.date | str | None = None
    call_time: str = ""
    duration_min: int | str | None = None
    caller_gender: str = "unspecified"
    caller_age_band: str = "unspecified"
    topic: str = ""
    risk_level: str = "none"
    action: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Call:
    id: int
    called_at: str  # UTC
    duration_min: int
    caller_gender: str
    caller_age_band: str
    topic: str
    risk_level: str
    action: str
    notes: str
    counsellor_id: int
    counsellor_name: str
    client_id: int | None
    file_no: str
    crisis_id: int | None

    @property
    def at_crisis_risk(self) -> bool:
        return self.risk_level in CRISIS_RISKS

    @property
    def crisis_pending(self) -> bool:
        """At crisis risk with no crisis opened from it yet."""
        return self.at_crisis_risk and self.crisis_id is None

    @property
    def local_time(self) -> str:
        from station_desk.domain.clock import parse_iso

        return parse_iso(self.called_at).astimezone(STATION_TZ).strftime("%Y-%m-%d %H:%M")


_COLUMNS = ("h.id, h.called_at, h.duration_min, h.caller_gender, h.caller_age_band, h.topic,"
            " h.risk_level, h.action, h.notes, h.counsellor_id, h.client_id, h.crisis_id,"
            " h.sealed")


def _calls(session: Session, rows: list) -> list[Call]:
    # a call linked to a restricted (高度保密) file keeps its note sealed to that file's reader
    rows = sealing.reveal(session, "hotline_calls", rows, {"notes": 8})
    names = user_names(session, [r[9] for r in rows])
    numbers: dict[int, str] = {}
    wanted = sorted({r[10] for r in rows if r[10] is not None})
    if wanted:
        marks = ",".join("?" * len(wanted))
        numbers = {r[0]: r[1] for r in session.db.all(
            f"SELECT id, file_no FROM clients WHERE id IN ({marks})", wanted)}
    return [Call(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                 names.get(r[9], ""), r[10], numbers.get(r[10], "") if r[10] else "", r[11])
            for r in rows]


def _require(session: Session) -> None:
    session.require(Permission.WRITE_SESSION)
    session.require_clinical_key()


def get_call(session: Session, call_id: int) -> Call:
    _require(session)
    rows = session.db.all(f"SELECT {_COLUMNS} FROM hotline_calls h WHERE h.id = ?", (call_id,))
    if not rows:
        raise StationDeskError("not_found", what=N_(
            "records", "hotline call #{number}").format(number=call_id))
    return _calls(session, rows)[0]


def list_calls(session: Session, first: dt.date, last: dt.date, *,
               limit: int = 5000) -> list[Call]:
    """Calls from `first` to `last` (station days, inclusive), newest first."""
    _require(session)
    lo = iso(dt.datetime.combine(first, dt.time(0), STATION_TZ))
    hi = iso(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), STATION_TZ))
    return _calls(session, session.db.all(
        f"SELECT {_COLUMNS} FROM hotline_calls h WHERE h.called_at >= ? AND h.called_at < ?"
        " ORDER BY h.called_at DESC, h.id DESC LIMIT ?", (lo, hi, limit)))


def _check(session: Session, data: CallInput) -> dict[str, object]:
    check = Checker(today(session))
    day = check.date("call_date", data.call_date, required=True, future=False)
    moment = check.time("call_time", data.call_time, required=True)
    values: dict[str, object] = {
        "duration_min": check.number("duration", data.duration_min, 0, MAX_MINUTES),
        "caller_gender": check.choice("caller_gender", "genders",
                                      data.caller_gender or "unspecified"),
        "topic": check.choice("topic", "presenting_issues", data.topic),
        "risk_level": check.choice("risk_level", "risk_levels", data.risk_level or "none"),
        "action": check.choice("action", "hotline_actions", data.action),
        "notes": check.text("notes", data.notes, limit=MAX_MEDIUM),
    }
    band = data.caller_age_band or "unspecified"
    if band not in AGE_BANDS:
        check.add("caller_age_band", "field_bad_choice", value=band)
    values["caller_age_band"] = band
    if day is not None and moment:
        at = dt.datetime.combine(day, dt.time.fromisoformat(moment), STATION_TZ)
        if at > session.clock() + dt.timedelta(minutes=1):
            check.add("call_time", "hotline_future_call",
                      now=session.clock().astimezone(STATION_TZ).strftime("%Y-%m-%d %H:%M"))
        values["called_at"] = iso(at)
    check.done()
    return values


def log_call(session: Session, data: CallInput) -> Call:
    """Record a call just answered (or answered earlier today). A call at crisis risk is
    returned with `crisis_pending`: the caller goes on to `start_crisis_path`."""
    _require(session)
    values = _check(session, data)
    now = now_iso(session)
    columns = ("called_at", "duration_min", "caller_gender", "caller_age_band", "topic",
               "risk_level", "action", "notes")
    with session.db.transaction():
        cur = session.db.execute(
            f"INSERT INTO hotline_calls ({', '.join(columns)}, counsellor_id, created_at,"
            f" updated_at) VALUES ({', '.join('?' * len(columns))}, ?, ?, ?)",
            (*(values[c] for c in columns), session.user.id, now, now))
        call_id = int(cur.lastrowid)
        session.log("hotline.log", f"hotline:{call_id}",
                    {"risk": values["risk_level"], "action": values["action"]})
    return get_call(session, call_id)


def link_file(session: Session, call_id: int, client_id: int) -> Call:
    """The caller has a file (opened for them now, or found): link the call to it."""
    call = get_call(session, call_id)
    if call.client_id is not None:
        raise StationDeskError("hotline_linked", file_no=call.file_no)
    ref = access.require_write(session, client_id)
    consent.require_allowed(session, ref.id, "hotline", local_date_of(call.called_at))
    with session.db.transaction():
        session.db.execute("UPDATE hotline_calls SET client_id = ?, updated_at = ? WHERE id = ?",
                           (ref.id, now_iso(session), call_id))
        sealing.after_write(session, "hotline_calls", call_id, ())
        session.log("hotline.link", file_target(ref.file_no), {"call": call_id})
    return get_call(session, call_id)


def open_file_for_call(session: Session, call_id: int,
                       data: files.ClientInput | None = None) -> Call:
    """Open a file for the caller and link the call: with the details given, or (in a
    crisis, when there is no time) under a pseudonym with what the call recorded."""
    call = get_call(session, call_id)
    if call.client_id is not None:
        raise StationDeskError("hotline_linked", file_no=call.file_no)
    details = data or files.ClientInput(name="", is_pseudonym=True, gender=call.caller_gender,
                                        source="hotline", counsellor_id=session.user.id)
    with session.db.transaction():
        entry = files.register_visitor(session, details)
        return link_file(session, call_id, entry.id)


def start_crisis_path(session: Session, call_id: int, checklist: Iterable[str],
                      actions: Iterable[str], notes: str) -> tuple[Call, crises.Crisis]:
    """A call at high or imminent risk: a file for the caller if it has none, a crisis on it
    (with its 24-hour follow-up), both linked to the call; all or nothing."""
    call = get_call(session, call_id)
    if not call.at_crisis_risk:
        raise StationDeskError("hotline_not_crisis")
    if call.crisis_id is not None:
        raise StationDeskError("hotline_crisis_open")
    with session.db.transaction():
        if call.client_id is None:
            call = open_file_for_call(session, call_id)
        assert call.client_id is not None
        crisis = crises.open_crisis(session, call.client_id, call.risk_level, checklist,
                                    actions, notes)
        link_crisis(session, call_id, crisis.id)
    return get_call(session, call_id), crisis


def link_crisis(session: Session, call_id: int, crisis_id: int) -> Call:
    """A crisis opened on the caller's file (from the crisis form) belongs to this call."""
    call = get_call(session, call_id)
    if call.crisis_id is not None:
        raise StationDeskError("hotline_crisis_open")
    crisis = crises.get_crisis(session, crisis_id)
    if call.client_id is None or crisis.client_id != call.client_id:
        raise StationDeskError("not_found", what=N_(
            "records", "crisis {crisis_id}").format(crisis_id=crisis_id))
    with session.db.transaction():
        session.db.execute("UPDATE hotline_calls SET crisis_id = ?, updated_at = ? WHERE id = ?",
                           (crisis_id, now_iso(session), call_id))
        session.log("hotline.crisis", file_target(call.file_no),
                    {"call": call_id, "crisis": crisis_id})
    return get_call(session, call_id)


def count_calls(session: Session, first: dt.date, end: dt.date,
                counsellors: list[int] | None = None) -> int:
    """Calls on days `first` <= day < `end` (taken by `counsellors`, or all): for the
    dashboard and the monthly report."""
    lo = iso(dt.datetime.combine(first, dt.time(0), STATION_TZ))
    hi = iso(dt.datetime.combine(end, dt.time(0), STATION_TZ))
    sql = "SELECT count(*) FROM hotline_calls WHERE called_at >= ? AND called_at < ?"
    params: list[object] = [lo, hi]
    if counsellors is not None:
        sql += f" AND counsellor_id IN ({','.join('?' * len(counsellors))})"
        params += counsellors
    return int(session.db.scalar(sql, params))


def topic_label(code: str, lang: str = "zh") -> str:
    return vocab.label("presenting_issues", code, lang)
