"""Session records (心理辅导记录): drafts, signing, supervision co-signs, addenda.

A record is a draft until its author signs it. Signing locks it for good: the database
triggers in v002 refuse any change to a signed record's content or signature and any delete,
whoever holds the key. A correction is an addendum: dated, by a named author, immutable too,
and shown with the record wherever it appears, so the original text stays readable beside it.
An author under supervision (`users.needs_review`) signs as usual; the record then waits for
the supervisor's co-signature and comment.

The note search index (`session_fts`, CJK bigrams) is rewritten with every save, sign and
addendum, inside the same transaction as the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from station_desk.domain.records import access, appointments, consent, drafts, risk, signing
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import (
    MAX_SECTION,
    Checker,
    dumps,
    loads,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.records.files import require_open
from station_desk.domain.records.text_index import reindex
from station_desk.domain.records.transfer_marks import TRANSFERRED, sent_mark
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "session_signed": N_(
        "errors", "Session {number} was signed at {signed_at} and cannot change; add an "
        "addendum."),
    "session_not_signed": N_(
        "errors", "The record is not signed yet: edit the draft; addenda are for signed records."),
    "session_author_only": N_("errors", "Only the author, {author}, may {action}."),
    "session_nothing_to_sign": N_("errors", "There is no record content to sign."),
    "cosign_not_needed": N_("errors", "This record does not need a co-signature."),
    "cosign_not_supervisor": N_(
        "errors", "You do not supervise this record's author and cannot co-sign it."),
})

SECTIONS = ("complaint", "assessment", "intervention", "plan")
DRAFT_KIND = "session"


@dataclass(frozen=True)
class SessionInput:
    """The session form. Dates are station-calendar dates ("2026-11-02" or `date`)."""

    session_date: dt.date | str | None = None
    start_time: str = ""
    end_time: str = ""
    modality: str = ""
    room: str = ""
    issues: tuple[str, ...] = ()
    interventions: tuple[str, ...] = ()
    complaint: str = ""
    assessment: str = ""
    intervention: str = ""
    plan: str = ""
    risk_level: str = "none"
    referral: str = ""
    next_appointment: dt.date | str | None = None
    restricted: bool = False
    next_appointment_time: str = ""  # "HH:MM" of the next appointment, with its day

    def to_payload(self) -> dict[str, Any]:
        payload = asdict(self)
        for key in ("session_date", "next_appointment"):
            if isinstance(payload[key], dt.date):
                payload[key] = payload[key].isoformat()
        payload["issues"] = list(self.issues)
        payload["interventions"] = list(self.interventions)
        return payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> SessionInput:
        known = {k: v for k, v in payload.items() if k in cls.__dataclass_fields__}
        for key in ("issues", "interventions"):
            known[key] = tuple(known.get(key) or ())
        return cls(**known)


@dataclass(frozen=True)
class Addendum:
    id: int
    session_id: int
    author_id: int
    author_name: str
    created_at: str
    text: str


@dataclass(frozen=True)
class SessionRecord:
    id: int
    client_id: int
    file_no: str
    counsellor_id: int
    counsellor_name: str
    session_no: int
    session_date: str
    start_time: str
    end_time: str
    modality: str
    room: str
    issues: tuple[str, ...]
    interventions: tuple[str, ...]
    complaint: str
    assessment: str
    intervention: str
    plan: str
    risk_level: str
    referral: str
    next_appointment: str
    restricted: bool
    status: str  # draft / signed / cosigned
    signed_by: int | None
    signed_by_name: str
    signed_at: str | None
    review_required: bool
    cosigned_by: int | None
    cosigned_by_name: str
    cosigned_at: str | None
    supervisor_comment: str
    created_at: str
    updated_at: str
    addenda: tuple[Addendum, ...] = field(default=())
    # Set on records imported from the station's earlier register (domain/importing): stored
    # as signed, but no one signed them in the app.
    imported_at: str | None = None
    next_appointment_time: str = ""  # "HH:MM", or '' (none named, or written before times)

    @property
    def next_shown(self) -> str:
        """The next appointment as the record shows it: "YYYY-MM-DD HH:MM", or the day."""
        return " ".join(x for x in (self.next_appointment, self.next_appointment_time) if x) \
            if self.next_appointment else ""

    @property
    def imported(self) -> bool:
        return self.imported_at is not None

    @property
    def is_signed(self) -> bool:
        return self.status != "draft"

    @property
    def awaiting_cosign(self) -> bool:
        return self.status == "signed" and self.review_required

    def as_input(self) -> SessionInput:
        return SessionInput(self.session_date, self.start_time, self.end_time, self.modality,
                            self.room, self.issues, self.interventions, self.complaint,
                            self.assessment, self.intervention, self.plan, self.risk_level,
                            self.referral, self.next_appointment, self.restricted,
                            next_appointment_time=self.next_appointment_time)


_COLUMNS = (
    "s.id, s.client_id, c.file_no, s.counsellor_id, s.session_no, s.session_date,"
    " s.start_time, s.end_time, s.modality, s.room, s.issues, s.interventions, s.complaint,"
    " s.assessment, s.intervention, s.plan, s.risk_level, s.referral, s.next_appointment,"
    " s.restricted, s.status, s.signed_by, s.signed_at, s.review_required, s.cosigned_by,"
    " s.cosigned_at, s.supervisor_comment, s.created_at, s.updated_at, s.imported_at,"
    " s.next_appointment_time, s.sealed")
# Where the sealed columns sit in a `_COLUMNS` row (records/restricted.py).
_SEALED_AT = {"complaint": 12, "assessment": 13, "intervention": 14, "plan": 15, "referral": 17,
              "supervisor_comment": 26}


def _records(session: Session, rows: list[Any]) -> list[SessionRecord]:
    if not rows:
        return []
    rows = sealing.reveal(session, "sessions", rows, _SEALED_AT)
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    addenda: dict[int, list[tuple[Any, ...]]] = {}
    for a in sealing.reveal(session, "session_addenda", session.db.all(
            f"SELECT id, session_id, author_id, created_at, text, sealed"
            f" FROM session_addenda WHERE session_id IN ({marks})"
            f" ORDER BY created_at, id", ids), {"text": 4}):
        addenda.setdefault(a[1], []).append(tuple(a))
    people = {r[3] for r in rows} | {r[21] for r in rows} | {r[24] for r in rows}
    people |= {a[2] for group in addenda.values() for a in group}
    names = user_names(session, people)
    out = []
    for row in rows:
        r = tuple(row)
        notes = tuple(Addendum(a[0], a[1], a[2], names.get(a[2], ""), a[3], a[4])
                      for a in addenda.get(r[0], []))
        out.append(SessionRecord(
            r[0], r[1], r[2], r[3], names.get(r[3], ""), r[4], r[5], r[6], r[7], r[8], r[9],
            loads(r[10]), loads(r[11]), r[12], r[13], r[14], r[15], r[16], r[17], r[18],
            bool(r[19]), r[20], r[21], names.get(r[21], ""), r[22], bool(r[23]), r[24],
            names.get(r[24], ""), r[25], r[26], r[27], r[28], notes, r[29], r[30]))
    return out


def list_sessions(session: Session, client_id: int) -> list[SessionRecord]:
    """Every record of the case this user may see, in session order, each with its addenda
    in the order they were written."""
    access.require_clinical(session, client_id)
    where, params = access.session_filter(session)
    return read_sessions(session, f"s.client_id = ? AND {where}", [client_id, *params])


def sessions_of(session: Session, client_id: int, ids: Iterable[int]) -> list[SessionRecord]:
    """These records of the case, those still there that this user may see (a record deleted
    meanwhile is not among them), in session order."""
    access.require_clinical(session, client_id)
    wanted = sorted(set(ids))
    if not wanted:
        return []
    where, params = access.session_filter(session)
    marks = ",".join("?" * len(wanted))
    return read_sessions(session, f"s.client_id = ? AND s.id IN ({marks}) AND {where}",
                         [client_id, *wanted, *params])


def read_sessions(session: Session, where: str, params: list[object]) -> list[SessionRecord]:
    """The records matching `where` (SQL over `sessions s` and `clients c`) in session order,
    each with its addenda; no access check: callers have checked it and pass the
    `access.session_filter` condition within `where`."""
    rows = session.db.all(
        f"SELECT {_COLUMNS} FROM sessions s JOIN clients c ON c.id = s.client_id"
        f" WHERE {where} ORDER BY s.session_no, s.id", params)
    return _records(session, rows)


def get_session(session: Session, session_id: int) -> SessionRecord:
    row = session.db.one("SELECT client_id FROM sessions WHERE id = ?", (session_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "records", "session #{number}").format(number=session_id))
    access.require_clinical(session, row[0])
    where, params = access.session_filter(session)
    found = session.db.all(f"SELECT {_COLUMNS} FROM sessions s JOIN clients c"
                           f" ON c.id = s.client_id WHERE s.id = ? AND {where}",
                           [session_id, *params])
    if not found:
        raise StationDeskError("not_found", what=N_(
            "records", "session #{number}").format(number=session_id))
    return _records(session, found)[0]


# --------------------------------------------------------------------------- validation


def _check(session: Session, data: SessionInput, *, signing: bool) -> dict[str, Any]:
    check = Checker(today(session))
    day = check.date("session_date", data.session_date, required=True, future=False)
    start = check.time("start_time", data.start_time, required=signing)
    end = check.time("end_time", data.end_time, required=signing)
    if start and end and end <= start:
        check.add("end_time", "field_end_before_start", start=start, end=end)
    values: dict[str, Any] = {
        "session_date": day.isoformat() if day else "",
        "start_time": start,
        "end_time": end,
        "modality": check.choice("modality", "modalities", data.modality),
        "room": check.choice("room", "rooms", data.room, required=False),
        "issues": dumps(check.choices("issues", "presenting_issues", data.issues,
                                      required=signing)),
        "interventions": dumps(check.choices("interventions", "interventions",
                                             data.interventions)),
        "risk_level": check.choice("risk_level", "risk_levels", data.risk_level or "none"),
        "referral": check.text("referral", data.referral, limit=MAX_SECTION),
        "restricted": int(bool(data.restricted)),
    }
    for section in SECTIONS:
        values[section] = check.text(section, getattr(data, section), required=signing,
                                     limit=MAX_SECTION)
    nxt = check.date("next_appointment", data.next_appointment)
    if nxt and day and nxt < day:
        check.add("next_appointment", "field_before", value=nxt.isoformat(),
                  other=day.isoformat(), other_label=N_("records", "session date"))
    values["next_appointment"] = nxt.isoformat() if nxt else ""
    # The time goes with a day; without one it is dropped, as the form's unticked pickers are.
    at = check.time("next_appointment_time", data.next_appointment_time)
    values["next_appointment_time"] = at if nxt else ""
    check.done()
    return values


def validate(session: Session, data: SessionInput, *, signing: bool = False) -> None:
    """Raise `ValidationError` listing every problem (the form calls this before saving)."""
    _check(session, data, signing=signing)


# --------------------------------------------------------------------------- writing


def save_draft(session: Session, client_id: int, data: SessionInput,
               session_id: int | None = None) -> SessionRecord:
    """Create a draft record (new `session_id` = None) or save the author's draft again.
    The autosaved copy of the form is dropped once the record holds it."""
    ref = access.require_write(session, client_id)
    values = _check(session, data, signing=False)
    consent.require_allowed(session, ref.id, "counselling", values["session_date"])
    with session.db.transaction():
        sid = _write(session, ref, values, session_id)
        drafts.discard(session, DRAFT_KIND, new_ref(client_id))
        drafts.discard(session, DRAFT_KIND, record_ref(sid))
    return get_session(session, sid)


def _write(session: Session, ref: access.FileRef, values: dict[str, Any],
           session_id: int | None, *, audited: bool = True) -> int:
    """Insert or update the record; `audited` False when signing writes the one entry."""
    now = now_iso(session)
    columns = ("session_date", "start_time", "end_time", "modality", "room", "issues",
               "interventions", "complaint", "assessment", "intervention", "plan",
               "risk_level", "referral", "next_appointment", "next_appointment_time",
               "restricted")
    if session_id is None:
        require_open(ref)
        number = int(session.db.scalar(
            "SELECT coalesce(max(session_no), 0) + 1 FROM sessions WHERE client_id = ?",
            (ref.id,)))
        cur = session.db.execute(
            f"INSERT INTO sessions (client_id, counsellor_id, session_no, {', '.join(columns)},"
            f" created_at, updated_at) VALUES (?, ?, ?, {', '.join('?' * len(columns))}, ?, ?)",
            (ref.id, session.user.id, number, *(values[c] for c in columns), now, now))
        sid = int(cur.lastrowid)
        if audited:
            session.log("session.create", ref.target, {"session": sid, "number": number})
    else:
        current = _own_draft(session, session_id, ref.id, *N_("records", "edit the record"))
        session.db.execute(
            f"UPDATE sessions SET {', '.join(f'{c} = ?' for c in columns)}, updated_at = ?"
            f" WHERE id = ?", (*(values[c] for c in columns), now, session_id))
        sid = session_id
        if audited:
            session.log("session.edit", ref.target, {"session": sid, "number": current[1]})
    sealing.after_write(session, "sessions", sid)  # a restricted record never stays in clear
    reindex(session, sid)
    # The worker came: a booking of theirs that day is marked attended with the record.
    appointments.attend_by_record(session, ref.id, values["session_date"], sid)
    return sid


def is_own_draft(session: Session, record: SessionRecord) -> bool:
    """Whether this user may edit, sign or delete this record now (`_own_draft`'s rule, for a
    screen): an unsigned draft of their own."""
    return (session.can(Permission.WRITE_SESSION) and not record.is_signed
            and record.counsellor_id == session.user.id)


def _own_draft(session: Session, session_id: int, client_id: int, action_zh: str,
               action_en: str) -> tuple[Any, ...]:
    row = session.db.one("SELECT counsellor_id, session_no, status, signed_at, client_id"
                         " FROM sessions WHERE id = ?", (session_id,))
    if row is None or row[4] != client_id:
        raise StationDeskError("not_found", what=N_(
            "records", "session #{number}").format(number=session_id))
    if row[0] != session.user.id:
        author = user_names(session, [row[0]]).get(row[0], "")
        raise StationDeskError("session_author_only", author=author, action=action_zh,
                               action_en=action_en)
    if row[2] != "draft":
        raise StationDeskError("session_signed", number=row[1], signed_at=row[3])
    return tuple(row)


def sign_session(session: Session, client_id: int, session_id: int | None,
                 data: SessionInput | None = None, *, password: str) -> SessionRecord:
    """签署: save `data` (if given) and lock the record, in one transaction.

    `session_id` None signs a new record: it is created and signed together, so a refused
    signature (wrong password, a missing section) leaves no draft behind. The content is
    checked once, here; the one audit entry (`session.sign`) carries the digest of what was
    signed, which covers what the save changed.

    An electronic signature: the author types their password again (checked like sign-in,
    failures counted), and a digest of the signed content goes into the audit chain
    (records/signing.py)."""
    session.require(Permission.SIGN_SESSION)
    ref = access.require_write(session, client_id)
    if session_id is not None:
        _own_draft(session, session_id, ref.id, *N_("records", "sign the record"))
        if data is None:
            data = get_session(session, session_id).as_input()
    elif data is None:
        raise StationDeskError("session_nothing_to_sign")
    else:
        require_open(ref)
    values = _check(session, data, signing=True)
    consent.require_allowed(session, ref.id, "counselling", values["session_date"])
    session.confirm_password(password, "signature.failed")
    now = now_iso(session)
    review = bool(session.db.scalar("SELECT needs_review FROM users WHERE id = ?",
                                    (session.user.id,)))
    with session.db.transaction():
        sid = _write(session, ref, values, session_id, audited=False)
        session.db.execute(
            "UPDATE sessions SET status = 'signed', signed_by = ?, signed_at = ?,"
            " review_required = ?, updated_at = ? WHERE id = ?",
            (session.user.id, now, int(review), now, sid))
        # The file's clinical columns (clinical.db): last session date, and the record's risk
        # level unless an open crisis holds the file's level (risk.py, shown before signing).
        level = risk.level_after_signing(session, ref.id, values["risk_level"])
        session.db.execute(
            "INSERT INTO client_clinical (client_id, risk_level, last_seen_at) VALUES (?, ?, ?)"
            " ON CONFLICT (client_id) DO UPDATE SET"
            " last_seen_at = max(coalesce(last_seen_at, ''), excluded.last_seen_at),"
            " risk_level = excluded.risk_level",
            (ref.id, level.after, values["session_date"]))
        number = session.db.scalar("SELECT session_no FROM sessions WHERE id = ?", (sid,))
        detail: dict[str, Any] = {"session": sid, "number": number, "review": review,
                                  "digest": signing.session_digest(session, sid)}
        if session_id is None:
            detail["created"] = True
        if level.before != level.after:
            detail["file_risk"] = {"from": level.before, "to": level.after}
        if sealing.is_sealed(session, "sessions", sid):
            detail["sealed"] = sealing.current_digest(session, "sessions", sid)
        session.log("session.sign", ref.target, detail)
        drafts.discard(session, DRAFT_KIND, record_ref(sid))
        if session_id is None:
            drafts.discard(session, DRAFT_KIND, new_ref(client_id))
    return get_session(session, sid)


def cosign_session(session: Session, session_id: int, comment: str = "", *,
                   password: str) -> SessionRecord:
    """督导会签: the author's supervisor countersigns, with comments kept beside the record.
    An electronic signature like `sign_session`: password again, content digest audited."""
    session.require(Permission.SIGN_SESSION)
    record = get_session(session, session_id)
    if not record.awaiting_cosign:
        raise StationDeskError("cosign_not_needed")
    supervisor = session.db.scalar("SELECT supervisor_id FROM users WHERE id = ?",
                                   (record.counsellor_id,))
    if supervisor != session.user.id:
        raise StationDeskError("cosign_not_supervisor")
    if sealing.is_sealed(session, "sessions", session_id):
        # Restricted content is its author's alone (the supervisor does not reach it either):
        # a co-signature's comment would sit beside it in clear.
        raise StationDeskError("sealed_not_yours")
    check = Checker(today(session))
    text = check.text("comment", comment, limit=MAX_SECTION)
    check.done()
    session.confirm_password(password, "signature.failed")
    now = now_iso(session)
    with session.db.transaction():
        session.db.execute(
            "UPDATE sessions SET status = 'cosigned', cosigned_by = ?, cosigned_at = ?,"
            " supervisor_comment = ?, updated_at = ? WHERE id = ?",
            (session.user.id, now, text, now, session_id))
        session.log("session.cosign", access.file_target(record.file_no), {
            "session": session_id,
            "digest": signing.session_digest(session, session_id, cosigned=True)})
    return get_session(session, session_id)


def add_addendum(session: Session, session_id: int, text: str) -> Addendum:
    """A dated correction by a named author to a signed record.

    Allowed on a file that has gone to another station, though it takes nothing new
    (`transfer_marks.refuse_if_transferred` guards the writers of new records): the station
    still holds the record until retention ends and answers for it, and a worker's right to
    have what is held about them corrected (PIPL art. 46) does not end with the transfer. An
    addendum changes nothing signed: it is appended, dated, signed by its author and audited.
    What it cannot do is reach the copy the other station received, so its audit entry names
    that station (`after_transfer`) for whoever must tell them (docs/transfer.md)."""
    record = get_session(session, session_id)
    ref = access.require_write(session, record.client_id)
    if not record.is_signed:
        raise StationDeskError("session_not_signed")
    gone = sent_mark(session, ref.id) if ref.status == TRANSFERRED else None
    check = Checker(today(session))
    body = check.text("addendum", text, required=True, limit=MAX_SECTION)
    check.done()
    now = now_iso(session)
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO session_addenda (session_id, author_id, created_at, text)"
            " VALUES (?, ?, ?, ?)", (session_id, session.user.id, now, body))
        addendum_id = int(cur.lastrowid)
        sealed = sealing.after_write(session, "session_addenda", addendum_id)
        reindex(session, session_id)
        detail: dict[str, Any] = {"session": session_id, "addendum": addendum_id,
                                  "digest": signing.addendum_digest(session, addendum_id)}
        if sealed is not None:
            detail["sealed"] = sealed
        if gone is not None:
            detail["after_transfer"] = gone.station_name
        session.log("session.addendum", ref.target, detail)
    return get_session(session, session_id).addenda[-1]


def discard_draft_record(session: Session, client_id: int, session_id: int) -> None:
    """Delete an unsigned draft record (signed ones cannot be deleted: trigger)."""
    ref = access.require_write(session, client_id)
    current = _own_draft(session, session_id, ref.id, *N_("records", "delete the draft"))
    with session.db.transaction():
        session.db.execute("DELETE FROM session_fts WHERE rowid = ?", (session_id,))
        session.db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        sealing.forget(session, "sessions", session_id)
        drafts.discard(session, DRAFT_KIND, record_ref(session_id))
        session.log("session.discard", ref.target, {"session": session_id,
                                                    "number": current[1]})


def set_session_restricted(session: Session, session_id: int, restricted: bool) -> None:
    """The author marks a record 高度保密 (or lifts it); signed records too, since this
    changes who sees the record, not what it says. Its text and addenda are sealed to the
    author and the recovery key (records/restricted.py), or put back in clear, in the same
    transaction; the digest of each sealed body a signed row gets is bound into the entry."""
    record = get_session(session, session_id)
    if record.counsellor_id != session.user.id:
        raise StationDeskError("session_author_only", author=record.counsellor_name,
                               action=N_("records", "restrict the record"))
    with session.db.transaction():
        session.db.execute("UPDATE sessions SET restricted = ? WHERE id = ?",
                           (int(restricted), session_id))
        if restricted:
            changed: dict[str, str | None] = dict(sealing.seal_session(session, session_id))
        else:
            changed = dict.fromkeys(sealing.unseal_session(session, session_id))
            reindex(session, session_id)
        detail: dict[str, Any] = {"session": session_id, "restricted": restricted}
        if record.is_signed and changed:
            detail["sealed"] = changed
        session.log("session.restrict", access.file_target(record.file_no), detail)


def awaiting_my_cosign(session: Session) -> list[SessionRecord]:
    """Records by counsellors I supervise that wait for my co-signature, oldest first."""
    if not session.can(Permission.SIGN_SESSION):
        return []
    people = access.supervisees(session)
    if not people:
        return []
    where, params = access.clinical_filter(session)
    marks = ",".join("?" * len(people))
    rows = session.db.all(
        f"SELECT {_COLUMNS} FROM sessions s JOIN clients c ON c.id = s.client_id"
        f" WHERE s.status = 'signed' AND s.review_required = 1 AND s.counsellor_id IN ({marks})"
        f" AND s.restricted = 0 AND {where} ORDER BY s.signed_at LIMIT 200",
        [*people, *params])
    return _records(session, rows)


def my_unsigned(session: Session, limit: int = 50) -> list[SessionRecord]:
    """The user's own draft records, newest first (a dashboard reminder)."""
    if not session.can(Permission.WRITE_SESSION):
        return []
    rows = session.db.all(
        f"SELECT {_COLUMNS} FROM sessions s JOIN clients c ON c.id = s.client_id"
        f" WHERE s.counsellor_id = ? AND s.status = 'draft' ORDER BY s.updated_at DESC LIMIT ?",
        (session.user.id, limit))
    return _records(session, rows)


def new_ref(client_id: int) -> str:
    """Autosave key of a record not saved yet."""
    return f"new:{client_id}"


def record_ref(session_id: int) -> str:
    return f"session:{session_id}"


def can_cosign(session: Session, record: SessionRecord) -> bool:
    """Whether this user is the one to co-sign `record` now (its author's supervisor)."""
    if not record.awaiting_cosign or not session.can(Permission.SIGN_SESSION):
        return False
    return record.counsellor_id in access.supervisees(session)


def open_for_cosign(session: Session, session_id: int) -> SessionRecord:
    """The supervisor opens a record waiting for them to read it before co-signing; the read
    is audited like opening the file."""
    record = get_session(session, session_id)
    if not record.awaiting_cosign:
        raise StationDeskError("cosign_not_needed")
    if not can_cosign(session, record):
        raise StationDeskError("cosign_not_supervisor")
    with session.db.transaction():
        session.log("file.view", access.file_target(record.file_no),
                    {"access": access.SUPERVISION, "session": session_id})
    return record


# --------------------------------------------------------------------------- leftovers


@dataclass(frozen=True)
class Leftover:
    """An autosave left behind (the editor was closed by a crash, a power cut, or without
    saving), described so its author can choose to reopen or discard it."""

    kind: str
    ref: str
    client_id: int | None
    file_no: str
    client_name: str
    session_id: int | None  # None: a record never saved
    session_no: int | None
    updated_at: str
    preview: str
    reachable: bool  # the author can still write in that file (and the record is a draft)


PREVIEW_CHARS = 60


def _ref_id(ref: str, prefix: str) -> int | None:
    if not ref.startswith(prefix):
        return None
    try:
        return int(ref[len(prefix):])
    except ValueError:
        return None


def leftover_drafts(session: Session) -> list[Leftover]:
    """This user's autosaved session forms, newest first (offered on opening the records)."""
    out = []
    for draft in drafts.all_pending(session):
        if draft.kind != DRAFT_KIND:
            continue
        client_id = _ref_id(draft.ref, "new:")
        session_id = _ref_id(draft.ref, "session:")
        number = None
        own_draft = session_id is None
        if session_id is not None:
            row = session.db.one("SELECT client_id, session_no, status, counsellor_id"
                                 " FROM sessions WHERE id = ?", (session_id,))
            if row is not None:
                client_id, number = row[0], row[1]
                own_draft = row[2] == "draft" and row[3] == access.me(session)
        file_no = name = ""
        reachable = False
        if client_id is not None:
            try:
                ref = access.file_ref(session, client_id)
                file_no = ref.file_no
                name = str(session.db.scalar("SELECT name FROM clients WHERE id = ?",
                                             (ref.id,)))
                reachable = own_draft and session.can(Permission.WRITE_SESSION) and \
                    access.case_access(session, ref) in (access.OWN, access.SHARED,
                                                         access.SUPERVISION)
            except StationDeskError:
                pass
        payload = draft.payload
        text = next((str(payload.get(s) or "").strip() for s in SECTIONS
                     if str(payload.get(s) or "").strip()), "")
        preview = " ".join(text.split())[:PREVIEW_CHARS]
        out.append(Leftover(draft.kind, draft.ref, client_id, file_no, name, session_id,
                            number, draft.updated_at, preview, reachable))
    return out


def discard_leftover(session: Session, ref: str) -> None:
    """Drop one of this user's autosaves (not audited: scratch input, see `drafts`)."""
    drafts.discard(session, DRAFT_KIND, ref)
