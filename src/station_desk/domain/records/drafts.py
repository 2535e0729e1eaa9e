"""Autosave: the open form's content, kept in the encrypted database as the user types.

One row per (user, kind, ref): `ref` names what the form edits ("new:<client>" for a record
not saved yet, "session:<id>" for a saved draft). Each save commits on its own (WAL with
synchronous=FULL), so a killed process or a power cut loses at most the seconds since the last
save; the next time the same form opens it offers the content back. Autosaves are scratch
input, not records: they are not audited and are dropped once the record is saved.

A user whose key opens the clinical compartment autosaves into `drafts` there (the forms hold
clinical text), sealed to that user alone (records/restricted.py): an autosave is read by its
author and nobody else, so not even a colleague with the clinical key (or the recovery key) can
read what someone typed into a restricted record's form. Anyone else autosaves into
`station_drafts` in station.db (their forms cannot hold clinical text).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import now_iso
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "draft_too_large": N_("errors", "The autosave is too large ({size} bytes)."),
})

# Far above any real form (four 20,000-character sections are ~250 KB of UTF-8): a guard
# against a runaway paste, not a limit anyone meets.
MAX_PAYLOAD = 4 * 1024 * 1024


@dataclass(frozen=True)
class Draft:
    kind: str
    ref: str
    payload: dict[str, Any]
    updated_at: str


def _table(session: Session) -> str:
    return "drafts" if session.has_clinical else "station_drafts"


def autosave(session: Session, kind: str, ref: str, payload: dict[str, Any]) -> None:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    if len(text.encode("utf-8")) > MAX_PAYLOAD:
        raise StationDeskError("draft_too_large", size=len(text.encode("utf-8")))
    table = _table(session)
    with session.db.transaction():
        session.db.execute(
            f"INSERT INTO {table} (user_id, kind, ref, payload, updated_at)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (user_id, kind, ref) DO UPDATE SET payload = excluded.payload,"
            " updated_at = excluded.updated_at",
            (session.user.id, kind, ref, text, now_iso(session)))
        if table == "drafts":
            row_id = session.db.scalar("SELECT id FROM drafts WHERE user_id = ? AND kind = ?"
                                       " AND ref = ?", (session.user.id, kind, ref))
            sealing.after_write(session, "drafts", int(row_id))


def pending(session: Session, kind: str, ref: str) -> Draft | None:
    """The autosave left for this form by this user, if any."""
    rows = _read(session, " AND kind = ? AND ref = ?", (kind, ref))
    return rows[0] if rows else None


def all_pending(session: Session) -> list[Draft]:
    """Every autosave this user has left (offered on sign-in after a crash)."""
    return _read(session, "", ())


def _read(session: Session, where: str, params: tuple[Any, ...]) -> list[Draft]:
    if session.has_clinical:
        rows = sealing.reveal(session, "drafts", session.db.all(
            f"SELECT id, kind, ref, payload, updated_at, sealed FROM drafts WHERE user_id = ?"
            f"{where} ORDER BY updated_at DESC", (session.user.id, *params)), {"payload": 3})
    else:
        rows = [(0, *tuple(r), 0) for r in session.db.all(
            f"SELECT kind, ref, payload, updated_at FROM station_drafts WHERE user_id = ?"
            f"{where} ORDER BY updated_at DESC", (session.user.id, *params))]
    return [Draft(r[1], r[2], json.loads(r[3] or "{}"), r[4]) for r in rows]


def discard(session: Session, kind: str, ref: str) -> None:
    table = _table(session)
    with session.db.transaction():
        if table == "drafts":
            for (row_id,) in session.db.all("SELECT id FROM drafts WHERE user_id = ? AND"
                                            " kind = ? AND ref = ?",
                                            (session.user.id, kind, ref)):
                sealing.forget(session, "drafts", int(row_id))
        session.db.execute(f"DELETE FROM {table} WHERE user_id = ? AND kind = ?"
                           " AND ref = ?", (session.user.id, kind, ref))
