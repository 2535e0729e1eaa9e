"""Transfer of a case to another station: the rules, the case as it leaves, what stays.

The transfer file itself (encryption to the receiving station, the sending station's
signature) is written and read in export/transfer/; this module decides who may, what goes
into it, and what each station keeps (docs/transfer.md):

- Sending: the file's responsible counsellor (SHARE_CASE, "share or transfer cases"), or an
  admin who opened the case with a reason in this session (break-the-glass, e.g. when its
  counsellor has left). Not a file with unsigned drafts or an open crisis (as for closing).
  Everything of the case goes: registration, every consent and withdrawal, signed session
  records with their
  addenda and co-signatures, assessments and their alerts, crises, follow-ups, referrals,
  ratings, linked hotline calls, the clinical columns. Drafts never do (unsigned).
- Restricted (高度保密) text is sealed to its reader (records/restricted.py) and cannot be
  re-encrypted for anyone without that reader's key. It goes in clear inside the encrypted
  transfer file only if the sender can open it now (its reader, or an admin with the
  recovery key typed in); otherwise the row goes with its coded fields and its text marked
  "not transferred" (`withheld`), and the sender is told how many.
- The sender's file then shows "transferred to <station> on <date>" (`station_transfers`),
  takes status `transferred`, and is closed to new records (`files.require_open`) and to
  reopening; nothing is deleted (retention decides that later).
- Receiving: an admin (RECEIVE_TRANSFER) imports it. A new open file is registered here for the
  worker (this station's number, its counsellor chosen at import) and the sending station's
  records are kept beside it, read-only, as one document in clinical.db
  (`transfer_histories`). They are not records of this station: never counted in its
  statistics, never edited, signed or searched as its work; the new file counts from the day it
  was opened here. Reading the history follows the new file's access rules.
- Bookings: the sending station's future bookings for the worker are cancelled when the
  transfer is recorded (`appointments.cancel_for_transfer`: reason "transferred", one
  `appointment.cancel` entry each) and the sender is told how many; the case document carries
  when the worker was next expected (`next_appointments`: start, end, counsellor), so the
  receiving station can offer a time near it. That key was added to version 1 of the
  document without changing its version: it is optional, an older receiver ignores it (it
  reads only the keys it knows and keeps the whole document as the history) and a document
  from an older sender simply lacks it.
- Both ends are audited in both chains: the station chain says that a file went to or came
  from which station; the clinical chain what went (counts, withheld rows).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from station_desk.domain.audit import register_actions
from station_desk.domain.records import access, appointments
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import file_target, now_iso, user_names
from station_desk.domain.records.files import ClientInput, DirectoryEntry, register_visitor
from station_desk.domain.records.transfer_marks import (  # noqa: F401 - part of this API
    IN,
    OUT,
    TRANSFERRED,
    TransferMark,
    _date,
    received_mark,
    refuse_if_transferred,
    sent_mark,
    transfer_marks,
)
from station_desk.domain.roles import Permission, Role
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

DOCUMENT_KIND = "station-desk/case"
DOCUMENT_VERSION = 1

register_messages({
    "transfer_already_out": N_(
        "errors", "File {file_no} was already transferred to {station} on {date}."),
    "transfer_open_work": N_(
        "errors", "File {file_no} still has unsigned drafts or an open crisis: sign or delete "
        "the drafts and close the crisis before transferring it."),
    "transfer_already_in": N_(
        "errors", "This transfer file was already imported on {date} as file {file_no}; nothing "
        "was added."),
    "transfer_own_station": N_(
        "errors", "This transfer file was sent by this station itself; a station cannot "
        "transfer a case to itself."),
    "transfer_bad_case": N_(
        "errors", "The content of the transfer file is not recognised ({detail}); nothing was "
        "imported."),
    "transfer_export_who": N_(
        "errors", "Only the counsellor responsible for file {file_no}, or an admin who opened "
        "the case with a reason, may transfer it to another station."),
})

register_actions({
    "file.station_out": N_("records", "case transferred to another station"),
    "file.station_in": N_("records", "case received from another station"),
    "clinical.transfer_export": N_("records", "transfer file written (the whole case)"),
    "clinical.transfer_import": N_("records", "transferred history imported"),
    "clinical.transfer_history": N_("records", "transferred history viewed"),
})


@dataclass(frozen=True)
class StationRef:
    """The other station of a transfer, as its key file or transfer file names it."""

    code: str
    name: str
    fingerprint: str


@dataclass(frozen=True)
class CaseDocument:
    """The case as it leaves: the JSON document, and what could not go in clear."""

    ref: access.FileRef
    document: dict[str, Any]
    withheld: int

    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.document.items() if isinstance(v, list)}


# --------------------------------------------------------------------------- sending


def may_export(session: Session, client_id: int) -> bool:
    """Whether the "transfer to another station" action is offered on this file now."""
    try:
        ref = access.file_ref(session, client_id)
    except StationDeskError:
        return False
    if not session.has_clinical or ref.status == TRANSFERRED:
        return False
    if session.user.role is Role.COUNSELLOR:
        return session.can(Permission.SHARE_CASE) and ref.counsellor_id == access.me(session)
    return access.case_access(session, ref) == access.BREAK_GLASS


def require_export(session: Session, client_id: int) -> access.FileRef:
    session.require_clinical_key()
    ref = access.file_ref(session, client_id)
    if session.user.role is Role.COUNSELLOR:
        session.require(Permission.SHARE_CASE)
        allowed = ref.counsellor_id == access.me(session)
    else:
        if not session.can(Permission.BREAK_GLASS):
            session.require(Permission.SHARE_CASE)
        allowed = access.case_access(session, ref) == access.BREAK_GLASS
    if not allowed:
        raise StationDeskError("transfer_export_who", file_no=ref.file_no)
    mark = sent_mark(session, ref.id)
    if mark is not None:
        raise StationDeskError("transfer_already_out", file_no=ref.file_no,
                               date=_date(mark.recorded_at), station=mark.station_name)
    busy = session.db.scalar(
        "SELECT EXISTS (SELECT 1 FROM sessions WHERE client_id = ? AND status = 'draft')"
        " OR EXISTS (SELECT 1 FROM crises WHERE client_id = ? AND closed_at IS NULL)",
        (ref.id, ref.id))
    if busy:
        raise StationDeskError("transfer_open_work", file_no=ref.file_no)
    return ref


# Columns naming a user of this station: the receiver gets the name, not a meaningless id.
_USER_COLUMNS = ("counsellor_id", "signed_by", "cosigned_by", "author_id", "opened_by",
                 "closed_by", "created_by", "done_by", "administered_by", "recorded_by",
                 "acknowledged_by", "restricted_by", "explained_by")
# Internal bookkeeping that means nothing at the other station.
_DROPPED = ("sealed", "client_id", "campaign_id")


def _rows(session: Session, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
    cursor = session.db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class _Collector:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.withheld: list[dict[str, Any]] = []
        self.user_ids: set[int] = set()

    def table(self, table: str, sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
        rows = _rows(self.session, sql, params)
        for row in rows:
            if row.get("sealed"):
                self._open(table, row)
            for column in _USER_COLUMNS:
                if isinstance(row.get(column), int):
                    self.user_ids.add(row[column])
        return rows

    def _open(self, table: str, row: dict[str, Any]) -> None:
        row_id = int(row[sealing.id_column(table)])
        opened = sealing.open_row(self.session, table, row_id)
        columns = sealing.SEALED_COLUMNS.get(table, ())
        if opened is None:
            for column in columns:
                row[column] = None
            row["not_transferred"] = list(columns)
            self.withheld.append({"table": table, "id": row_id})
        else:
            for column in columns:
                row[column] = opened.get(column, "")

    def finish(self, value: Any, names: dict[int, str]) -> Any:
        """Names for user ids, internal columns dropped, codes lists decoded."""
        if isinstance(value, list):
            return [self.finish(v, names) for v in value]
        if not isinstance(value, dict):
            return value
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in _DROPPED:
                continue
            if key in _USER_COLUMNS and isinstance(item, int):
                out[key] = names.get(item, "")
            elif isinstance(item, bytes):
                continue
            else:
                out[key] = self.finish(item, names)
        return out


def case_document(session: Session, client_id: int) -> CaseDocument:
    """Everything of the case, as the transfer file carries it (checks `require_export`)."""
    ref = require_export(session, client_id)
    c = _Collector(session)
    cid = (ref.id,)
    file_rows = c.table("clients", "SELECT file_no, name, is_pseudonym, gender, birth_year,"
                        " phone, employer, industry, job_type, key_groups, source,"
                        " emergency_contact, counsellor_id, status, restricted, opened_at,"
                        " closed_at FROM clients WHERE id = ?", cid)
    registration = file_rows[0]
    registration["key_groups"] = json.loads(registration["key_groups"] or "[]")
    clinical = c.table("client_clinical", "SELECT * FROM client_clinical WHERE client_id = ?",
                       cid)
    sessions_rows = c.table("sessions", "SELECT * FROM sessions WHERE client_id = ?"
                            " AND status <> 'draft' ORDER BY session_no, id", cid)
    addenda = c.table("session_addenda", "SELECT a.* FROM session_addenda a JOIN sessions s"
                      " ON s.id = a.session_id WHERE s.client_id = ? AND s.status <> 'draft'"
                      " ORDER BY a.created_at, a.id", cid)
    for row in sessions_rows:
        row["addenda"] = [a for a in addenda if a["session_id"] == row["id"]]
    document: dict[str, Any] = {
        "kind": DOCUMENT_KIND, "version": DOCUMENT_VERSION,
        "file": registration,
        "clinical": clinical[0] if clinical else {},
        "consents": c.table("consents", "SELECT * FROM consents WHERE client_id = ?"
                            " ORDER BY consent_date, id", cid),
        "consent_withdrawals": c.table("consent_withdrawals", "SELECT * FROM consent_withdrawals"
                                       " WHERE client_id = ? ORDER BY withdrawn_on, id", cid),
        "sessions": sessions_rows,
        "assessments": c.table("assessments", "SELECT * FROM assessments WHERE client_id = ?"
                               " ORDER BY administered_at, id", cid),
        "assessment_alerts": c.table("assessment_alerts", "SELECT * FROM assessment_alerts"
                                     " WHERE client_id = ? ORDER BY raised_at, id", cid),
        "crises": c.table("crises", "SELECT * FROM crises WHERE client_id = ?"
                          " ORDER BY opened_at, id", cid),
        "followups": c.table("followups", "SELECT * FROM followups WHERE client_id = ?"
                             " ORDER BY planned_date, id", cid),
        "referrals": c.table("referrals", "SELECT * FROM referrals WHERE client_id = ?"
                             " ORDER BY referral_date, id", cid),
        "satisfaction": c.table("satisfaction", "SELECT * FROM satisfaction WHERE client_id = ?"
                                " ORDER BY rated_at, id", cid),
        "hotline_calls": c.table("hotline_calls", "SELECT * FROM hotline_calls"
                                 " WHERE client_id = ? ORDER BY called_at, id", cid),
        "next_appointments": appointments.planned_for_transfer(session, ref.id),
    }
    names = user_names(session, c.user_ids | {session.user.id or -1})
    document = c.finish(document, names)
    document["withheld"] = c.withheld
    document["exported_by"] = names.get(session.user.id or -1, session.user.display_name)
    document["exported_at"] = now_iso(session)
    return CaseDocument(ref, document, len(c.withheld))


def record_sent(session: Session, case: CaseDocument, *, to: StationRef, transfer_id: str,
                sha256: str, sent_at: str) -> list[appointments.Appointment]:
    """After the transfer file is written: the clinical chain says what went, then the file
    is marked transferred and closed here (station.db), in that order, like closing a case;
    its future bookings here are cancelled with the mark. Returns those bookings."""
    ref = require_export(session, case.ref.id)
    with session.db.transaction():
        session.log("clinical.transfer_export", ref.target,
                    {"transfer_id": transfer_id, "to": to.code, "sha256": sha256,
                     "counts": case.counts(), "withheld": case.withheld})
    now = now_iso(session)
    with session.db.transaction():
        session.db.execute(
            "INSERT INTO station_transfers (direction, client_id, transfer_id, station_code,"
            " station_name, fingerprint, package_sha256, sent_at, recorded_at, recorded_by)"
            " VALUES ('out', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ref.id, transfer_id, to.code, to.name, to.fingerprint, sha256, sent_at, now,
             session.user.id))
        session.db.execute("UPDATE clients SET status = ?, closed_at = coalesce(closed_at, ?),"
                           " updated_at = ? WHERE id = ?", (TRANSFERRED, now, now, ref.id))
        session.log("file.station_out", ref.target,
                    {"to": to.code, "station": to.name, "fingerprint": to.fingerprint,
                     "transfer_id": transfer_id})
        return appointments.cancel_for_transfer(session, ref.id)


# --------------------------------------------------------------------------- receiving


def require_import(session: Session) -> None:
    session.require(Permission.RECEIVE_TRANSFER)
    session.require_clinical_key()


def _registration(document: dict[str, Any]) -> dict[str, Any]:
    if document.get("kind") != DOCUMENT_KIND:
        raise StationDeskError("transfer_bad_case", detail="kind")
    if document.get("version") != DOCUMENT_VERSION:
        raise StationDeskError("transfer_bad_case", detail="version")
    registration = document.get("file")
    if not isinstance(registration, dict) or not isinstance(registration.get("name"), str):
        raise StationDeskError("transfer_bad_case", detail="file")
    return registration


def already_received(session: Session, transfer_id: str) -> tuple[int, str, str] | None:
    """(client id, file number, date) if this transfer was imported here before."""
    row = session.db.one(
        "SELECT t.client_id, c.file_no, t.recorded_at FROM station_transfers t JOIN clients c"
        " ON c.id = t.client_id WHERE t.direction = 'in' AND t.transfer_id = ?",
        (transfer_id,))
    return None if row is None else (row[0], row[1], _date(row[2]))


def receive(session: Session, document: dict[str, Any], *, sender: StationRef,
            transfer_id: str, sha256: str, sent_at: str,
            counsellor_id: int | None = None) -> DirectoryEntry:
    """Open the new file here and keep the sending station's records beside it, read-only.

    Station.db first (the new file and the transfer row), then clinical.db (the history);
    a crash in between is finished by importing the same file again."""
    require_import(session)
    registration = _registration(document)
    found = already_received(session, transfer_id)
    if found is not None:
        client_id, file_no, day = found
        if session.db.scalar("SELECT 1 FROM transfer_histories WHERE client_id = ?",
                             (client_id,)):
            raise StationDeskError("transfer_already_in", date=day, file_no=file_no)
        _keep_history(session, client_id, file_no, document, sender, transfer_id, sent_at)
        return _entry(session, client_id)
    data = ClientInput(
        name=registration["name"], is_pseudonym=bool(registration.get("is_pseudonym")),
        gender=registration.get("gender") or "unspecified",
        birth_year=registration.get("birth_year"), phone=registration.get("phone") or "",
        employer=registration.get("employer") or "", industry=registration.get("industry") or "",
        job_type=registration.get("job_type") or "",
        key_groups=tuple(registration.get("key_groups") or ()),
        source=registration.get("source") or "",
        emergency_contact=registration.get("emergency_contact") or "",
        counsellor_id=counsellor_id)
    now = now_iso(session)
    with session.db.transaction():
        entry = register_visitor(session, data)
        session.db.execute(
            "INSERT INTO station_transfers (direction, client_id, transfer_id, station_code,"
            " station_name, fingerprint, package_sha256, sent_at, recorded_at, recorded_by)"
            " VALUES ('in', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.id, transfer_id, sender.code, sender.name, sender.fingerprint, sha256,
             sent_at, now, session.user.id))
        session.log("file.station_in", file_target(entry.file_no),
                    {"from": sender.code, "station": sender.name,
                     "fingerprint": sender.fingerprint, "transfer_id": transfer_id,
                     "their_file_no": str(registration.get("file_no", ""))})
    _keep_history(session, entry.id, entry.file_no, document, sender, transfer_id, sent_at)
    return _entry(session, entry.id)


def _entry(session: Session, client_id: int) -> DirectoryEntry:
    from station_desk.domain.records.files import directory_rows

    return directory_rows(session, [client_id])[0]


def _keep_history(session: Session, client_id: int, file_no: str, document: dict[str, Any],
                  sender: StationRef, transfer_id: str, sent_at: str) -> None:
    counts = {k: len(v) for k, v in document.items() if isinstance(v, list)}
    with session.db.transaction():
        session.db.execute(
            "INSERT INTO transfer_histories (client_id, transfer_id, sender_code, sender_name,"
            " sender_fingerprint, sent_at, received_at, history) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, transfer_id, sender.code, sender.name, sender.fingerprint, sent_at,
             now_iso(session), json.dumps(document, ensure_ascii=False, sort_keys=True)))
        session.log("clinical.transfer_import", file_target(file_no),
                    {"transfer_id": transfer_id, "from": sender.code, "counts": counts})


@dataclass(frozen=True)
class ReceivedHistory:
    """The sending station's records of a case, as received: read-only."""

    client_id: int
    sender: StationRef
    sent_at: str
    received_at: str
    document: dict[str, Any]


def has_history(session: Session, client_id: int) -> bool:
    return session.has_clinical and bool(session.db.scalar(
        "SELECT 1 FROM transfer_histories WHERE client_id = ?", (client_id,)))


def received_history(session: Session, client_id: int) -> ReceivedHistory:
    """The history received with this file, for whoever reaches the file's clinical content;
    each reading is audited like opening the file."""
    ref, mode = access.require_clinical(session, client_id)
    row = session.db.one(
        "SELECT sender_code, sender_name, sender_fingerprint, sent_at, received_at, history"
        " FROM transfer_histories WHERE client_id = ?", (ref.id,))
    if row is None:
        raise StationDeskError("not_found", what=N_("records", "the transferred history"))
    with session.db.transaction():
        session.log("clinical.transfer_history", ref.target, {"access": mode})
    return ReceivedHistory(ref.id, StationRef(row[0], row[1], row[2]), row[3], row[4],
                           json.loads(row[5]))
