"""What a signature covers: a digest of the exact signed content, bound into the audit chain.

The v002 triggers stop the app and anyone else from changing a signed record, but someone with
the database key can drop the triggers. So signing, co-signing and each addendum put a SHA-256
digest of the content they sign into their audit entry, whose HMAC chain (audit key, not the
database key) makes the digest itself unforgeable; `verify` recomputes every digest from the
rows as they are now and names the first record that no longer matches.

Canonical serialisation, version 1: a JSON object of the columns below exactly as stored
(text, integer or null), plus "record" (what kind) and "v" (this version), with sorted keys,
separators "," and ":", non-ASCII kept; its UTF-8 bytes are hashed. The record's own id is
among the columns, so the same text moved to another record does not match.

Records signed before digests existed carry none in their audit entry and are not covered.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from station_desk.domain.session import Session
from station_desk.errors import register_messages
from station_desk.storage.database import Database

DIGEST_VERSION = 1
# The content a signature covers; never `restricted` or `updated_at`, which may change later.
SESSION_SIGNED = ("id", "client_id", "counsellor_id", "session_no", "session_date",
                  "start_time", "end_time", "modality", "room", "issues", "interventions",
                  "complaint", "assessment", "intervention", "plan", "risk_level", "referral",
                  "next_appointment", "signed_by", "signed_at", "review_required")
SESSION_COSIGNED = (*SESSION_SIGNED, "cosigned_by", "cosigned_at", "supervisor_comment")
ADDENDUM_SIGNED = ("id", "session_id", "author_id", "created_at", "text")
SIGNED_ACTIONS = ("session.sign", "session.cosign", "session.addendum")

register_messages({
    "signed_record_altered": (
        "已签署的内容被改动：档案 {file_no} 中 {date} 的第 {number} 次辅导记录{part}"
        "与签署时不符。请从最近的备份恢复，并查明谁持有数据库密钥。",
        "Signed content was altered: {part_en}session {number} of {date} in file {file_no} "
        "no longer matches what was signed. Restore the latest backup and find out who holds "
        "the database key."),
    "signed_record_missing": (
        "已签署的记录不见了：档案 {file_no} 中有一条签署过的{what}已被删除。请从最近的备份恢复。",
        "A signed {what_en} in file {file_no} has been deleted. Restore the latest backup."),
})


def _digest(kind: str, columns: tuple[str, ...], row: Any) -> str:
    body = {"record": kind, "v": DIGEST_VERSION, **dict(zip(columns, tuple(row), strict=True))}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _row(db: Database, table: str, columns: tuple[str, ...], row_id: int) -> Any:
    return db.one(f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (row_id,))


def session_digest(db: Database, session_id: int, *, cosigned: bool = False) -> str | None:
    columns = SESSION_COSIGNED if cosigned else SESSION_SIGNED
    row = _row(db, "sessions", columns, session_id)
    return None if row is None else _digest(
        "session.cosign" if cosigned else "session", columns, row)


def addendum_digest(db: Database, addendum_id: int) -> str | None:
    row = _row(db, "session_addenda", ADDENDUM_SIGNED, addendum_id)
    return None if row is None else _digest("addendum", ADDENDUM_SIGNED, row)


@dataclass(frozen=True)
class Altered:
    """The first signed record whose content no longer matches, as a person finds it."""

    code: str  # signed_record_altered / signed_record_missing
    params: dict[str, Any]


def _signed_entries(session: Session) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Signing entries of every chain (domain/audit.py): the clinical chain since the vault
    has two compartments, the station chain before that."""
    marks = ",".join("?" * len(SIGNED_ACTIONS))
    for chain in session.audit.chains():
        yield from _entries_of(session.db, chain.table, marks)


def _entries_of(db: Database, table: str, marks: str
                ) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for action, target, detail in db.execute(
            f"SELECT action, target, detail FROM {table} WHERE action IN ({marks})"
            f" ORDER BY id", SIGNED_ACTIONS):
        try:
            data = json.loads(detail or "{}")
        except ValueError:
            continue  # the chain check reports an altered entry; here only digests count
        if isinstance(data, dict) and data.get("digest"):
            yield action, target, data


def first_altered(session: Session) -> Altered | None:
    """Recompute every digest bound into the audit trail; the first record that differs."""
    db = session.db
    for action, target, data in _signed_entries(session):
        file_no = target.removeprefix("file:")
        session_id = int(data.get("session", 0))
        if action == "session.addendum":
            now = addendum_digest(db, int(data.get("addendum", 0)))
        else:
            now = session_digest(db, session_id, cosigned=action == "session.cosign")
        if now == data["digest"]:
            continue
        record = db.one("SELECT session_date, session_no FROM sessions WHERE id = ?",
                        (session_id,))
        if now is None or record is None:
            addendum = action == "session.addendum" and record is not None
            return Altered("signed_record_missing", {
                "file_no": file_no, "what": "附注" if addendum else "辅导记录",
                "what_en": "addendum" if addendum else "session record"})
        part, part_en = {"session.sign": ("", ""),
                         "session.cosign": ("的督导会签", "the co-signature of "),
                         "session.addendum": ("的附注", "an addendum to ")}[action]
        return Altered("signed_record_altered", {
            "file_no": file_no, "date": record[0], "number": record[1], "part": part,
            "part_en": part_en})
    return None
