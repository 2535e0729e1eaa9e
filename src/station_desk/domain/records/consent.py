"""Informed consent (知情同意): the signed paper form's date, the uses the worker agreed to
(scope items), who explained the limits of confidentiality, and withdrawal.

A consent form is never edited: a new form is a new row, so the file keeps the history. A
withdrawal (撤回同意) names the uses it withdraws and the date it takes effect; from that date

- no new session record is written while counselling is withdrawn, no assessment while
  assessment is withdrawn, and no hotline call is linked to the file while the hotline is
  withdrawn (`require_allowed`, called by those writers);
- the worker's records dated from then on are left out of every count (the statistics
  packages, the dashboard, the monthly report) while statistics use is withdrawn
  (`statistics_condition`, the one SQL fragment those counts use).

A withdrawal stands until a new consent form is signed; the form ends it on its own date.
What was counted or released before the withdrawal date is not changed: a withdrawal is not
retroactive (PIPL art. 15).

Forms recorded before consent was structured kept their wording; their scope items were read
from it (schema v010) and they are shown as such (`structured` false).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.records.common import (
    MAX_MEDIUM,
    Checker,
    file_target,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.database import Database

register_messages({
    "consent_limits": N_(
        "errors", "The limits of confidentiality (e.g. danger to life) must be explained before "
        "consent is recorded."),
    "consent_no_scope": N_("errors", "Tick at least one use the worker agrees to."),
    "consent_bad_scope": N_("errors", "Unknown consent scope: {value} (one of {allowed})."),
    "consent_bad_explainer": N_(
        "errors", "The person who explained the limits of confidentiality must be an active "
        "staff account."),
    "consent_withdrawn": N_(
        "errors", "The worker of file {file_no} withdrew consent to {scope} on {date}; no "
        "new record of this kind can be added. If they consent again, record the new consent "
        "form first."),
    "withdrawal_before_consent": N_(
        "errors", "The withdrawal date ({date}) cannot be before the latest consent ({consent})."),
    "withdrawal_nothing": N_(
        "errors", "The worker of file {file_no} has already withdrawn every use chosen."),
})

# The scope items of the consent form, in the form's order: code -> (zh, en).
SCOPES: dict[str, tuple[str, str]] = {
    "counselling": N_("records", "individual counselling"),
    "assessment": N_("records", "psychological assessment"),
    "hotline": N_("records", "the hotline"),
    "statistics": N_("records", "use in anonymous statistics"),
    "recording": N_("records", "audio or video recording"),
}
# The uses the software itself enforces after a withdrawal: new session records, assessments,
# linking hotline calls to the file, and the counts (`statistics_condition`).
ENFORCED = ("counselling", "assessment", "hotline", "statistics")


def scope_label(code: str, lang: str = "zh") -> str:
    zh, en = SCOPES.get(code, (code, code))
    return en if lang.startswith("en") else zh


def scope_labels(codes: Iterable[str], lang: str = "zh") -> str:
    sep = ", " if lang.startswith("en") else "、"
    return sep.join(scope_label(c, lang) for c in codes)


def _codes(raw: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value if str(v) in SCOPES) if isinstance(value, list) else ()


@dataclass(frozen=True)
class Consent:
    id: int
    consent_date: str  # the date on the signed paper form
    scope: str  # the wording (free text); empty on a structured form without a note
    limits_explained: bool
    recorded_by: int
    recorded_by_name: str
    recorded_at: str
    scopes: tuple[str, ...] = ()
    explained_by: int | None = None
    explained_by_name: str = ""
    structured: bool = False

    def scope_text(self, lang: str = "zh") -> str:
        """The scope as a reader should see it: the items, then any wording."""
        items = scope_labels(self.scopes, lang)
        if self.structured or not self.scope:
            return items + (f"（{self.scope}）" if self.scope and items else self.scope)
        return self.scope


@dataclass(frozen=True)
class Withdrawal:
    id: int
    withdrawn_on: str
    scopes: tuple[str, ...]
    note: str
    ended_on: str | None  # the date of the new consent form that ended it
    recorded_by: int
    recorded_by_name: str
    recorded_at: str

    def active_on(self, day: str) -> bool:
        return self.withdrawn_on <= day and (self.ended_on is None or day < self.ended_on)


@dataclass(frozen=True)
class ConsentState:
    """A file's consent on one day: the latest form and the withdrawals in force."""

    day: str
    consent: Consent | None
    withdrawals: tuple[Withdrawal, ...]  # in force on `day`

    @property
    def withdrawn(self) -> tuple[str, ...]:
        found = {c for w in self.withdrawals for c in w.scopes}
        return tuple(c for c in SCOPES if c in found)

    def allows(self, scope: str) -> bool:
        return scope not in self.withdrawn

    def since(self, scope: str) -> str | None:
        days = [w.withdrawn_on for w in self.withdrawals if scope in w.scopes]
        return min(days) if days else None


_SELECT = ("SELECT k.id, k.consent_date, k.scope, k.limits_explained, k.recorded_by,"
           " coalesce(u.display_name, ''), k.recorded_at, k.scopes, k.explained_by,"
           " coalesce(e.display_name, ''), k.structured FROM consents k"
           " LEFT JOIN users u ON u.id = k.recorded_by"
           " LEFT JOIN users e ON e.id = k.explained_by WHERE k.client_id = ?")


def _consent(row: object) -> Consent:
    r = tuple(row)  # type: ignore[arg-type]
    return Consent(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], _codes(r[7]), r[8], r[9],
                   bool(r[10]))


def latest_consent(session: Session, client_id: int) -> Consent | None:
    row = session.db.one(_SELECT + " ORDER BY k.consent_date DESC, k.id DESC LIMIT 1",
                         (client_id,))
    return None if row is None else _consent(row)


def read_consents(session: Session, client_id: int) -> list[Consent]:
    """Every consent of the file, oldest first; callers have checked access."""
    return [_consent(r) for r in session.db.all(_SELECT + " ORDER BY k.consent_date, k.id",
                                                 (client_id,))]


def read_withdrawals(session: Session, client_id: int) -> list[Withdrawal]:
    """Every withdrawal of the file, oldest first; callers have checked access."""
    rows = session.db.all(
        "SELECT id, withdrawn_on, scopes, note, ended_on, recorded_by, recorded_at"
        " FROM consent_withdrawals WHERE client_id = ? ORDER BY withdrawn_on, id", (client_id,))
    names = user_names(session, [r[5] for r in rows])
    return [Withdrawal(r[0], r[1], _codes(r[2]), r[3], r[4], r[5], names.get(r[5], ""), r[6])
            for r in rows]


def consent_state(session: Session, client_id: int, day: dt.date | str | None = None
                  ) -> ConsentState:
    """The file's consent on `day` (default today, station calendar)."""
    when = (day.isoformat() if isinstance(day, dt.date) else day) or today(session).isoformat()
    active = tuple(w for w in read_withdrawals(session, client_id) if w.active_on(when))
    return ConsentState(when, latest_consent(session, client_id), active)


# --------------------------------------------------------------------------- recording


def _check_scopes(scopes: Sequence[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(s.strip() for s in scopes if s and s.strip()))
    for code in chosen:
        if code not in SCOPES:
            raise StationDeskError("consent_bad_scope", value=code, allowed="、".join(SCOPES))
    if not chosen:
        raise StationDeskError("consent_no_scope")
    return tuple(c for c in SCOPES if c in chosen)


def _check_staff(session: Session, user_id: int | None) -> int:
    if user_id is None or not session.db.scalar(
            "SELECT 1 FROM users WHERE id = ? AND disabled = 0", (user_id,)):
        raise StationDeskError("consent_bad_explainer")
    return user_id


def require_recorder(session: Session, client_id: int) -> access.FileRef:
    """Reception at intake, or a counsellor on the case."""
    session.require(Permission.REGISTER_CLIENT)
    ref = access.file_ref(session, client_id)
    if session.can(Permission.VIEW_CLINICAL):
        access.require_write(session, client_id)
    return ref


def record_consent(session: Session, client_id: int, consent_date: dt.date | str, scope: str,
                   limits_explained: bool, *, scopes: Sequence[str] | None = None,
                   explained_by: int | None = None) -> Consent:
    """Record a signed consent form. With `scopes` (the ticked items) the form is structured
    and `scope` is an optional note; without, `scope` is the form's wording as before."""
    ref = require_recorder(session, client_id)
    with session.db.transaction():
        save_consent(session, ref.id, ref.file_no, consent_date, scope, limits_explained,
                     scopes=scopes, explained_by=explained_by)
    found = latest_consent(session, ref.id)
    assert found is not None
    return found


def save_consent(session: Session, client_id: int, file_no: str, consent_date: dt.date | str,
                 scope: str, limits_explained: bool, *, scopes: Sequence[str] | None = None,
                 explained_by: int | None = None) -> None:
    """Validate and insert inside the caller's transaction (registration uses it too). A new
    form ends the withdrawals in force on its date."""
    check = Checker(today(session))
    day = check.date("consent_date", consent_date, required=True, future=False)
    text = check.text("scope", scope, required=scopes is None, limit=MAX_MEDIUM)
    check.done()
    if not limits_explained:
        raise StationDeskError("consent_limits")
    items = _check_scopes(scopes) if scopes is not None else ()
    explainer = _check_staff(session, explained_by if explained_by is not None
                             else session.user.id) if scopes is not None else None
    assert day is not None
    session.db.execute(
        "INSERT INTO consents (client_id, consent_date, scope, limits_explained, recorded_by,"
        " recorded_at, scopes, explained_by, structured) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)",
        (client_id, day.isoformat(), text, session.user.id, now_iso(session),
         json.dumps(list(items)), explainer, int(scopes is not None)))
    ended = session.db.execute(
        "UPDATE consent_withdrawals SET ended_on = ? WHERE client_id = ? AND ended_on IS NULL"
        " AND withdrawn_on <= ?", (day.isoformat(), client_id, day.isoformat())).rowcount
    session.log("consent.record", file_target(file_no),
                {"date": day.isoformat(), "scopes": list(items), "ends_withdrawals": ended})


def withdraw_consent(session: Session, client_id: int, withdrawn_on: dt.date | str,
                     scopes: Sequence[str] | None = None, note: str = "") -> Withdrawal:
    """The worker withdraws consent to some uses (default all) from `withdrawn_on`."""
    ref = require_recorder(session, client_id)
    check = Checker(today(session))
    day = check.date("withdrawn_on", withdrawn_on, required=True, future=False)
    text = check.text("note", note, limit=MAX_MEDIUM)
    check.done()
    assert day is not None
    items = _check_scopes(list(SCOPES) if scopes is None else scopes)
    latest = latest_consent(session, ref.id)
    if latest is not None and day.isoformat() < latest.consent_date:
        raise StationDeskError("withdrawal_before_consent", date=day.isoformat(),
                               consent=latest.consent_date)
    state = consent_state(session, ref.id, day)
    if set(items) <= set(state.withdrawn):
        raise StationDeskError("withdrawal_nothing", file_no=ref.file_no)
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO consent_withdrawals (client_id, withdrawn_on, scopes, counselling,"
            " assessment, statistics, note, recorded_by, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ref.id, day.isoformat(), json.dumps(list(items)), int("counselling" in items),
             int("assessment" in items), int("statistics" in items), text, session.user.id,
             now_iso(session)))
        session.log("consent.withdraw", ref.target,
                    {"date": day.isoformat(), "scopes": list(items)})
    new_id = int(cur.lastrowid)
    return next(w for w in read_withdrawals(session, ref.id) if w.id == new_id)


# --------------------------------------------------------------------------- enforcing


def require_allowed(session: Session, client_id: int, scope: str,
                    day: dt.date | str | None = None) -> None:
    """Refuse a new record of this kind when the worker has withdrawn consent to it."""
    when = (day.isoformat() if isinstance(day, dt.date) else day) or today(session).isoformat()
    if scope not in ENFORCED:
        return
    row = session.db.one(
        "SELECT w.withdrawn_on, c.file_no FROM consent_withdrawals w"
        " JOIN clients c ON c.id = w.client_id WHERE w.client_id = ?"
        " AND EXISTS (SELECT 1 FROM json_each(w.scopes) WHERE value = ?)"
        " AND w.withdrawn_on <= ? AND (w.ended_on IS NULL OR ? < w.ended_on)"
        " ORDER BY w.withdrawn_on LIMIT 1", (client_id, scope, when, when))
    if row is not None:
        zh, en = SCOPES[scope]
        raise StationDeskError("consent_withdrawn", file_no=row[1], date=row[0], scope_zh=zh,
                               scope_en=en)


def statistics_condition(db: Database, client: str, day: str) -> str:
    """SQL that is true for a row the statistics may count: not a record of a worker who had
    withdrawn statistics use on its date. `client` and `day` are SQL expressions of the row
    (its client id, and its station-calendar date as 'YYYY-MM-DD'). When no worker ever
    withdrew it the condition is "1", so the counts read as fast as before."""
    if not db.scalar("SELECT 1 FROM consent_withdrawals WHERE statistics = 1 LIMIT 1"):
        return "1"
    return (f"NOT EXISTS (SELECT 1 FROM consent_withdrawals w_ WHERE w_.client_id = {client}"
            f" AND w_.statistics = 1 AND w_.withdrawn_on <= {day}"
            f" AND (w_.ended_on IS NULL OR {day} < w_.ended_on))")


def utc_day(column: str) -> str:
    """The station-calendar date of a stored UTC timestamp, in SQL."""
    return f"date({column}, '+8 hours')"


def staff(session: Session) -> list[tuple[int, str]]:
    """Who may have explained the limits of confidentiality: the active staff accounts."""
    return [(r[0], r[1]) for r in session.db.all(
        "SELECT id, display_name FROM users WHERE disabled = 0 ORDER BY display_name, id")]
