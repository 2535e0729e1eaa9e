"""Crisis intervention (危机干预): risk checklist, actions taken, the 24-hour follow-up.

Opening a crisis creates its mandatory follow-up, due 24 hours later to the minute, and raises
the red banner on the file (`ClientFile.open_crisis`) until the crisis is closed; a crisis
closes only once that follow-up is done. The station overview (dashboard) shows which files
have an open crisis, since when and when the follow-up is due, never why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from station_desk.domain import vocab
from station_desk.domain.clock import iso
from station_desk.domain.records import access, item_outcomes
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import (
    MAX_SECTION,
    RESTRICTED_FILE_LABEL,
    STATION_TZ,
    Checker,
    dumps,
    loads,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.records.files import require_open, set_clinical
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "crisis_already_open": N_(
        "errors", "File {file_no} already has an open crisis (since {opened_at}); update that "
        "one."),
    "crisis_risk_too_low": N_(
        "errors", "The checked item “{item}” means the risk is at least “{level}”."),
    "crisis_followup_pending": N_(
        "errors", "The 24-hour follow-up (due {due}) is not done yet; the crisis cannot be "
        "closed."),
    "crisis_closed": N_("errors", "This crisis was closed at {closed_at}."),
})

FOLLOWUP_HOURS = 24
FOLLOWUP_CHANNEL = "phone"


@dataclass(frozen=True)
class Crisis:
    id: int
    client_id: int
    file_no: str
    opened_at: str
    opened_by: int
    opened_by_name: str
    risk_level: str
    checklist: tuple[str, ...]
    actions: tuple[str, ...]
    notes: str
    followup_due: str
    followup_id: int | None
    followup_done_at: str | None
    closed_at: str | None
    closed_by: int | None
    closed_by_name: str
    outcome: str

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class CrisisOverview:
    """One open crisis on the station overview: which file, since when, due when."""

    crisis_id: int
    client_id: int | None  # None (and the file number masked) for another's restricted file
    file_no: str
    counsellor_name: str
    opened_at: str
    followup_due: str
    followup_done: bool
    overdue: bool


_COLUMNS = ("k.id, k.client_id, c.file_no, k.opened_at, k.opened_by, k.risk_level,"
            " k.checklist, k.actions, k.notes, k.followup_due, f.id, f.done_at, k.closed_at,"
            " k.closed_by, k.outcome, k.sealed")
_FROM = ("FROM crises k JOIN clients c ON c.id = k.client_id"
         " LEFT JOIN followups f ON f.crisis_id = k.id")


def _rows(session: Session, rows: list[Any]) -> list[Crisis]:
    rows = sealing.reveal(session, "crises", rows, {"notes": 8, "outcome": 14})
    names = user_names(session, [r[4] for r in rows] + [r[13] for r in rows])
    return [Crisis(r[0], r[1], r[2], r[3], r[4], names.get(r[4], ""), r[5], loads(r[6]),
                   loads(r[7]), r[8], r[9], r[10], r[11], r[12], r[13], names.get(r[13], ""),
                   r[14]) for r in rows]


def rank(level: str) -> int:
    return int(vocab.load_vocabularies().entry("risk_levels", level).extra.get("rank", 0))


def _check_risk(check: Checker, risk_level: str, checklist: Iterable[str]) -> None:
    if check.failed("risk_level"):
        return
    vs = vocab.load_vocabularies()
    for code in checklist:
        minimum = str(vs.entry("crisis_checklist", code).extra.get("min_risk", "none"))
        if rank(risk_level) < rank(minimum):
            check.add("risk_level", "crisis_risk_too_low",
                      item=vs.label("crisis_checklist", code),
                      item_en=vs.label("crisis_checklist", code, "en"),
                      level=vs.label("risk_levels", minimum),
                      level_en=vs.label("risk_levels", minimum, "en"))
            return


def open_crisis(session: Session, client_id: int, risk_level: str, checklist: Iterable[str],
                actions: Iterable[str], notes: str) -> Crisis:
    session.require(Permission.MANAGE_CRISIS)
    ref = access.require_write(session, client_id)
    require_open(ref)
    check = Checker(today(session))
    risk = check.choice("risk_level", "risk_levels", risk_level)
    items = check.choices("checklist", "crisis_checklist", checklist)
    done = check.choices("actions", "crisis_actions", actions)
    text = check.text("notes", notes, required=True, limit=MAX_SECTION)
    _check_risk(check, risk, items)
    check.done()
    existing = session.db.one("SELECT opened_at FROM crises WHERE client_id = ?"
                              " AND closed_at IS NULL", (ref.id,))
    if existing:
        raise StationDeskError("crisis_already_open", file_no=ref.file_no, opened_at=existing[0])
    opened = session.clock()
    due = opened + dt.timedelta(hours=FOLLOWUP_HOURS)
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO crises (client_id, opened_at, opened_by, risk_level, checklist,"
            " actions, notes, followup_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ref.id, iso(opened), session.user.id, risk, dumps(items), dumps(done), text,
             iso(due)))
        crisis_id = int(cur.lastrowid)
        sealing.after_write(session, "crises", crisis_id)
        followup = session.db.execute(
            "INSERT INTO followups (client_id, crisis_id, planned_date, due_at, channel,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ref.id, crisis_id, due.astimezone(STATION_TZ).date().isoformat(), iso(due),
             FOLLOWUP_CHANNEL, session.user.id, iso(opened))).lastrowid
        sealing.after_write(session, "followups", int(followup))
        set_clinical(session, ref.id, risk_level=risk)
        session.log("crisis.open", ref.target, {"crisis": crisis_id, "risk": risk,
                                                "followup_due": iso(due)})
    return get_crisis(session, crisis_id)


def get_crisis(session: Session, crisis_id: int) -> Crisis:
    row = session.db.one(f"SELECT {_COLUMNS} {_FROM} WHERE k.id = ?", (crisis_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "records", "crisis #{number}").format(number=crisis_id))
    access.require_clinical(session, row[1])
    return _rows(session, [row])[0]


def _open_for_change(session: Session, crisis_id: int
                     ) -> tuple[Crisis, item_outcomes.Outcome]:
    session.require(Permission.MANAGE_CRISIS)
    crisis = get_crisis(session, crisis_id)
    return crisis, item_outcomes.begin(
        session, "crises", crisis_id, crisis.client_id,
        closed=StationDeskError("crisis_closed", closed_at=crisis.closed_at)
        if not crisis.is_open else None)


def update_crisis(session: Session, crisis_id: int, *, actions: Iterable[str],
                  notes: str, risk_level: str) -> Crisis:
    """Record further actions taken (e.g. the emergency contact reached later)."""
    crisis, change = _open_for_change(session, crisis_id)
    ref, check = change.ref, change.check
    risk = check.choice("risk_level", "risk_levels", risk_level)
    done = check.choices("actions", "crisis_actions", actions)
    text = check.text("notes", notes, required=True, limit=MAX_SECTION)
    _check_risk(check, risk, crisis.checklist)
    check.done()
    with session.db.transaction():
        session.db.execute("UPDATE crises SET actions = ?, notes = ?, risk_level = ?"
                           " WHERE id = ?", (dumps(done), text, risk, crisis_id))
        sealing.after_write(session, "crises", crisis_id, ("notes",))
        set_clinical(session, ref.id, risk_level=risk)
        session.log("crisis.update", ref.target, {"crisis": crisis_id, "risk": risk})
    return get_crisis(session, crisis_id)


def close_crisis(session: Session, crisis_id: int, outcome: str,
                 risk_after: str = "low") -> Crisis:
    """解除危机: needs the 24-hour follow-up done and an outcome; sets the file's risk."""
    crisis, closing = _open_for_change(session, crisis_id)
    text = closing.text(outcome)
    risk = closing.check.choice("risk_level", "risk_levels", risk_after)
    closing.check.done()
    if crisis.followup_id is not None and not crisis.followup_done_at:
        raise StationDeskError("crisis_followup_pending", due=crisis.followup_due)
    file_id = closing.ref.id
    closing.record(session, {"closed_at": now_iso(session), "closed_by": session.user.id,
                             "outcome": text}, "crisis.close",
                   {"crisis": crisis_id, "risk_after": risk},
                   also=lambda: set_clinical(session, file_id, risk_level=risk))
    return get_crisis(session, crisis_id)


def list_crises(session: Session, client_id: int) -> list[Crisis]:
    access.require_clinical(session, client_id)
    return read_crises(session, client_id)


def read_crises(session: Session, client_id: int) -> list[Crisis]:
    """The file's crises, oldest first; callers have checked access."""
    return _rows(session, session.db.all(
        f"SELECT {_COLUMNS} {_FROM} WHERE k.client_id = ? ORDER BY k.opened_at, k.id",
        (client_id,)))


def open_crises_overview(session: Session) -> list[CrisisOverview]:
    """Every open crisis in the station, oldest first, without any clinical detail. Another
    user's restricted file shows as such, with its counsellor, so the admin still knows a
    crisis is open and who holds it."""
    session.require(Permission.VIEW_CRISIS_OVERVIEW)
    user, now = access.me(session), now_iso(session)
    rows = session.db.all(
        "SELECT k.id, c.id, c.file_no, coalesce(u.display_name, ''), k.opened_at,"
        " k.followup_due, f.done_at, c.restricted, c.restricted_by FROM crises k"
        " JOIN clients c ON c.id = k.client_id LEFT JOIN users u ON u.id = c.counsellor_id"
        " LEFT JOIN followups f ON f.crisis_id = k.id WHERE k.closed_at IS NULL"
        " ORDER BY k.opened_at")
    out = []
    for r in rows:
        hidden = bool(r[7]) and r[8] != user
        out.append(CrisisOverview(r[0], None if hidden else r[1],
                                  RESTRICTED_FILE_LABEL[0] if hidden else r[2], r[3], r[4], r[5],
                                  r[6] is not None, r[6] is None and r[5] < now))
    return out
