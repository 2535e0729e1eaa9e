"""Autosave: the open form's content, kept in the encrypted database as the user types.

One row per (user, kind, ref): `ref` names what the form edits ("new:<client>" for a record
not saved yet, "session:<id>" for a saved draft). Each save commits on its own (WAL with
synchronous=FULL), so a killed process or a power cut loses at most the seconds since the last
save; the next time the same form opens it offers the content back. Autosaves are scratch
input, not records: they are not audited and are dropped once the record is saved.

A user whose key opens the clinical compartment autosaves into `drafts` there (the forms hold
clinical text); anyone else into `station_drafts` in station.db (their forms cannot hold any).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from station_desk.domain.records.common import now_iso
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages

register_messages({
    "draft_too_large": (
        "自动保存的内容过大（{size} 字节），未保存。", "The autosave is too large ({size} bytes).",
    ),
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
    with session.db.transaction():
        session.db.execute(
            f"INSERT INTO {_table(session)} (user_id, kind, ref, payload, updated_at)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (user_id, kind, ref) DO UPDATE SET payload = excluded.payload,"
            " updated_at = excluded.updated_at",
            (session.user.id, kind, ref, text, now_iso(session)))


def pending(session: Session, kind: str, ref: str) -> Draft | None:
    """The autosave left for this form by this user, if any."""
    row = session.db.one(f"SELECT payload, updated_at FROM {_table(session)} WHERE user_id = ?"
                         " AND kind = ? AND ref = ?", (session.user.id, kind, ref))
    if row is None:
        return None
    return Draft(kind, ref, json.loads(row[0]), row[1])


def all_pending(session: Session) -> list[Draft]:
    """Every autosave this user has left (offered on sign-in after a crash)."""
    return [Draft(r[0], r[1], json.loads(r[2]), r[3]) for r in session.db.all(
        f"SELECT kind, ref, payload, updated_at FROM {_table(session)} WHERE user_id = ?"
        " ORDER BY updated_at DESC", (session.user.id,))]


def discard(session: Session, kind: str, ref: str) -> None:
    with session.db.transaction():
        session.db.execute(f"DELETE FROM {_table(session)} WHERE user_id = ? AND kind = ?"
                           " AND ref = ?", (session.user.id, kind, ref))
