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

Records signed before digests existed carry none in their own audit entry. The first sign-in
after the upgrade by someone whose key opens the records (`bind_earlier_signatures`) computes
the same digests of every signed session, co-signature and addendum not yet covered and
appends them to the clinical chain in `session.baseline` entries of up to 1,000 records each
({"kind", "v", "records": [[id, digest], ...]}, an addendum's with its session id third), in
one transaction with the mark in `clinical_meta` that it is done. They vouch for the content
as it was at that sign-in, not at signing: a change made before the upgrade cannot be told
apart afterwards.

Restricted records (records/restricted.py) keep their signed text sealed: the digest is of the
plain text all the same (it does not change when a record is sealed or unsealed), computed by
whoever can open the seal (the author at signing; at `verify`, a viewer who holds a key to it,
and otherwise the check of the plain text is left to them). What anyone with the clinical key
can check is the seal itself: each body a signed row is sealed with is bound into the chain too
(its SHA-256, under "sealed" in the signing, restricting or `clinical.seal` entry), so a swapped
ciphertext is named like altered text.

Why batches of 1,000: one entry per record would add a million entries to the trail of a
million-session station (the chain check and the audit viewer would carry them for ever), and
one entry for all would be a single 70 MB row, read and HMAC'd whole by every chain check. A
batch is ~75 KB; `verify` reads its records with one indexed `IN (...)` query instead of a
thousand point lookups, and still names the first record that differs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from station_desk.domain.audit import register_actions
from station_desk.domain.clock import iso
from station_desk.domain.records import restricted
from station_desk.domain.session import Session
from station_desk.errors import register_messages
from station_desk.i18n import N_
from station_desk.storage.database import Database

DIGEST_VERSION = 1
# The content a signature covers; never `restricted` or `updated_at`, which may change later.
SESSION_SIGNED = ("id", "client_id", "counsellor_id", "session_no", "session_date",
                  "start_time", "end_time", "modality", "room", "issues", "interventions",
                  "complaint", "assessment", "intervention", "plan", "risk_level", "referral",
                  "next_appointment", "next_appointment_time", "signed_by", "signed_at",
                  "review_required")
# Columns added after records were first signed: left out of a digest while empty, so a
# record signed before the column came keeps the digest it was signed with.
LATER_COLUMNS = ("next_appointment_time",)
SESSION_COSIGNED = (*SESSION_SIGNED, "cosigned_by", "cosigned_at", "supervisor_comment")
ADDENDUM_SIGNED = ("id", "session_id", "author_id", "created_at", "text")
SIGNED_ACTIONS = ("session.sign", "session.cosign", "session.addendum")
BASELINE_ACTION = "session.baseline"  # "session.": the clinical chain, beside the records
# Records imported from a station's register (domain/importing): bound like a baseline batch,
# in the import's own entry, since no one signed them in the app.
IMPORT_ACTION = "session.import"
BATCH_ACTIONS = (BASELINE_ACTION, IMPORT_ACTION)
# A merge of two files (domain/importing/merge.py) moves records: its entry binds each move.
MERGE_ACTION = "session.merge"
BASELINE_KEY = "signed_baseline"  # in clinical_meta: when the earlier signatures were bound
BASELINE_BATCH = 1000
# kind -> (table, columns, which rows are signed); the kinds are `_digest`'s record names
BASELINE_KINDS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "session": ("sessions", SESSION_SIGNED, "signed_at IS NOT NULL"),
    "session.cosign": ("sessions", SESSION_COSIGNED, "cosigned_at IS NOT NULL"),
    "addendum": ("session_addenda", ADDENDUM_SIGNED, "1"),
}
_KIND_OF_ACTION = {"session.sign": "session", "session.cosign": "session.cosign",
                   "session.addendum": "addendum"}
SEAL_ACTIONS = ("session.restrict", "clinical.seal")  # entries binding sealed bodies only
UNREADABLE = "unreadable"  # a sealed row this viewer cannot open: its plain text is not checked

register_actions({
    BASELINE_ACTION: N_("records", "digests bound for records signed before the upgrade"),
    IMPORT_ACTION: N_("records", "historical session records imported"),
})

register_messages({
    "signed_record_altered": N_(
        "errors", "Signed content was altered: {part}session {number} of {date} in file "
        "{file_no} no longer matches what was signed. Restore the latest backup and find out "
        "who holds the database key."),
    "signed_record_missing": N_(
        "errors", "A signed {what} in file {file_no} has been deleted. Restore the latest "
        "backup."),
})


def _digest(kind: str, columns: tuple[str, ...], row: Any) -> str:
    body = {"record": kind, "v": DIGEST_VERSION, **dict(zip(columns, tuple(row), strict=True))}
    for column in LATER_COLUMNS:
        if body.get(column) == "":
            del body[column]
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(session: Session, table: str, columns: tuple[str, ...], row: Any) -> Any:
    """A row (its columns, then `sealed`) as signed: a sealed row's text from its seal, or
    UNREADABLE when this viewer holds no key to it."""
    if not row[-1]:
        return tuple(row)[:-1]
    opened = restricted.open_row(session, table, int(row[0]))
    if opened is None:
        return UNREADABLE
    hidden = restricted.SEALED_COLUMNS[table]
    return tuple(opened.get(c, "") if c in hidden else v
                 for c, v in zip(columns, tuple(row)[:-1], strict=True))


# Set while `first_altered` walks a vault where no record was ever moved (nearly all): the
# per-record lookup of moves is skipped.
_NO_MOVES: ContextVar[bool] = ContextVar("no_session_moves", default=False)


def _as_signed_place(session: Session, table: str, columns: tuple[str, ...],
                     rows: list[Any]) -> list[Any]:
    """Session rows with the file and number they were signed in: a merge of two files
    (domain/importing/merge.py) moves records, each move kept in `session_moves` and bound by
    the merge's audit entry; the digest is of the record where it was signed."""
    if table != "sessions" or not rows or "client_id" not in columns or _NO_MOVES.get():
        return rows
    ids = [int(r[0]) for r in rows]
    marks = ",".join("?" * len(ids))
    first: dict[int, tuple[int, int]] = {}
    for sid, client_id, number in session.db.execute(
            f"SELECT session_id, from_client_id, from_session_no FROM session_moves"
            f" WHERE session_id IN ({marks}) ORDER BY id", ids):
        first.setdefault(int(sid), (int(client_id), int(number)))
    if not first:
        return rows
    at_client, at_number = columns.index("client_id"), columns.index("session_no")
    out = []
    for row in rows:
        place = first.get(int(row[0]))
        if place is not None:
            row = list(row)
            row[at_client], row[at_number] = place
        out.append(tuple(row))
    return out


def moved_records(session: Session, session_ids: list[int]) -> list[list[Any]]:
    """[id, digest of the record as signed] of records a merge is about to move: bound into
    the merge's entry, so a move not made by a merge (a forged `session_moves` row) shows."""
    columns = SESSION_SIGNED
    rows = _rows_by_id(session, "sessions", columns, session_ids)
    return [[sid, _digest("session", columns, rows[sid])] for sid in session_ids
            if rows.get(sid) not in (None, UNREADABLE)]


def _row(session: Session, table: str, columns: tuple[str, ...], row_id: int) -> Any:
    row = session.db.one(f"SELECT {', '.join(columns)}, sealed FROM {table} WHERE id = ?",
                         (row_id,))
    if row is None:
        return None
    return _plain(session, table, columns, _as_signed_place(session, table, columns, [row])[0])


def _digest_of(kind: str, columns: tuple[str, ...], row: Any) -> str | None:
    return row if row is None or row == UNREADABLE else _digest(kind, columns, row)


def session_digest(session: Session, session_id: int, *, cosigned: bool = False
                   ) -> str | None:
    columns = SESSION_COSIGNED if cosigned else SESSION_SIGNED
    return _digest_of("session.cosign" if cosigned else "session", columns,
                      _row(session, "sessions", columns, session_id))


def addendum_digest(session: Session, addendum_id: int) -> str | None:
    return _digest_of("addendum", ADDENDUM_SIGNED,
                      _row(session, "session_addenda", ADDENDUM_SIGNED, addendum_id))


@dataclass(frozen=True)
class Altered:
    """The first signed record whose content no longer matches, as a person finds it."""

    code: str  # signed_record_altered / signed_record_missing
    params: dict[str, Any]


def _signed_entries(session: Session, *, baseline: bool = False
                    ) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Signing entries of every chain (domain/audit.py): the clinical chain since the vault
    has two compartments, the station chain before that; with `baseline`, the batches of
    `bind_earlier_signatures` too, in chain order."""
    actions = (*SIGNED_ACTIONS, *SEAL_ACTIONS, *BATCH_ACTIONS, MERGE_ACTION) if baseline \
        else SIGNED_ACTIONS
    for chain in session.audit.chains():
        yield from _entries_of(session.db, chain.table, actions)


def _entries_of(db: Database, table: str, actions: tuple[str, ...]
                ) -> Iterator[tuple[str, str, dict[str, Any]]]:
    marks = ",".join("?" * len(actions))
    for action, target, detail in db.execute(
            f"SELECT action, target, detail FROM {table} WHERE action IN ({marks})"
            f" ORDER BY id", actions):
        try:
            data = json.loads(detail or "{}")
        except ValueError:
            continue  # the chain check reports an altered entry; here only digests count
        if isinstance(data, dict) and (data.get("digest") or data.get("sealed")
                                       or action in (*BATCH_ACTIONS, MERGE_ACTION)):
            yield action, target, data


def _rows_by_id(session: Session, table: str, columns: tuple[str, ...],
                ids: list[int]) -> dict[int, Any]:
    """The rows of `ids` (columns[0] is the id) as signed, in one query (see `_plain`)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = _as_signed_place(session, table, columns, session.db.all(
        f"SELECT {', '.join(columns)}, sealed FROM {table} WHERE id IN ({marks})", ids))
    return {int(row[0]): _plain(session, table, columns, row) for row in rows}


def _baseline_record(kind: str, columns: tuple[str, ...], row: Any) -> list[Any]:
    """[id, digest], and for an addendum its session too, so a deleted one can be named."""
    record = [int(row[0]), _digest(kind, columns, row)]
    return [*record, int(row[1])] if kind == "addendum" else record


def bind_earlier_signatures(session: Session) -> int:
    """Once per vault, at the first sign-in after the upgrade whose key opens the records:
    bind the digests of records signed before signing bound them (the module docstring says
    how and why). Returns how many records it bound."""
    db = session.db
    if not session.has_clinical or db.scalar(
            "SELECT value FROM clinical_meta WHERE key = ?", (BASELINE_KEY,)) is not None:
        return 0
    covered: dict[str, set[int]] = {kind: set() for kind in BASELINE_KINDS}
    for action, _target, data in _signed_entries(session):
        if not data.get("digest"):
            continue
        field = "addendum" if action == "session.addendum" else "session"
        covered[_KIND_OF_ACTION[action]].add(int(data.get(field, 0)))
    bound = 0
    with db.transaction():
        for kind, (table, columns, signed) in BASELINE_KINDS.items():
            ids = [int(r[0]) for r in db.execute(
                f"SELECT id FROM {table} WHERE {signed} ORDER BY id")
                if int(r[0]) not in covered[kind]]
            for start in range(0, len(ids), BASELINE_BATCH):
                batch = ids[start:start + BASELINE_BATCH]
                rows = _rows_by_id(session, table, columns, batch)
                session.log(BASELINE_ACTION, "", {
                    "kind": kind, "v": DIGEST_VERSION,
                    "records": [_baseline_record(kind, columns, rows[rid]) for rid in batch
                                if rows[rid] != UNREADABLE]})
            bound += len(ids)
        db.execute("INSERT OR REPLACE INTO clinical_meta (key, value) VALUES (?, ?)",
                   (BASELINE_KEY, iso(session.clock())))
    return bound


def bind_imported(session: Session, session_ids: list[int], counts: dict[str, int]) -> None:
    """The digests of records imported from a register, in the import's clinical entry (one
    entry per 1,000 records, the counts in the first); joins the caller's transaction."""
    for start in range(0, len(session_ids), BASELINE_BATCH):
        batch = session_ids[start:start + BASELINE_BATCH]
        rows = _rows_by_id(session, "sessions", SESSION_SIGNED, batch)
        detail: dict[str, Any] = {"kind": "session", "v": DIGEST_VERSION,
                                  "records": [_baseline_record("session", SESSION_SIGNED,
                                                               rows[rid]) for rid in batch]}
        if start == 0:
            detail.update(counts)
        session.log(IMPORT_ACTION, "", detail)


def _file_of_session(session: Session, session_id: int) -> str:
    """The file number a session belongs (or belonged) to: from the file, or, for a session
    that is gone, from the audit entry that recorded its creation (or its signing, for one
    created signed)."""
    db = session.db
    file_no = db.scalar("SELECT c.file_no FROM sessions s JOIN clients c ON c.id = s.client_id"
                        " WHERE s.id = ?", (session_id,))
    if file_no is not None:
        return str(file_no)
    for chain in session.audit.chains():
        for target, detail in db.execute(
                f"SELECT target, detail FROM {chain.table}"
                " WHERE action IN ('session.create', 'session.sign')"):
            try:
                if json.loads(detail or "{}").get("session") == session_id:
                    return str(target).removeprefix("file:")
            except (ValueError, AttributeError):
                continue
    return "?"


def _named(db: Database, kind: str, session_id: int, file_no: str, gone: bool) -> Altered:
    """The first record that differs, by file, date and number as a person finds it."""
    record = db.one("SELECT session_date, session_no FROM sessions WHERE id = ?",
                    (session_id,))
    if gone or record is None:
        addendum = kind == "addendum" and record is not None
        what = N_("records", "addendum") if addendum else N_("records", "session record")
        return Altered("signed_record_missing", {
            "file_no": file_no, "what": what[0], "what_en": what[1]})
    part, part_en = {"session": ("", ""),
                     "session.cosign": N_("records", "the co-signature of "),
                     "addendum": N_("records", "an addendum to ")}[kind]
    return Altered("signed_record_altered", {
        "file_no": file_no, "date": record[0], "number": record[1], "part": part,
        "part_en": part_en})


def _first_altered_in_batch(session: Session, data: dict[str, Any]) -> Altered | None:
    kind, records = data.get("kind"), data.get("records")
    if kind not in BASELINE_KINDS or not isinstance(records, list):
        return None  # not a batch this version wrote; the chain check vouches for the entry
    table, columns, _signed = BASELINE_KINDS[kind]
    rows = _rows_by_id(session, table, columns, [int(r[0]) for r in records])
    for rid, digest, *rest in records:
        row = rows.get(int(rid))
        now = _digest_of(kind, columns, row)
        if now == digest or now == UNREADABLE:
            continue
        session_id = int(rest[0]) if kind == "addendum" and rest else int(rid)
        return _named(session.db, kind, session_id, _file_of_session(session, session_id),
                      now is None)
    return None


def first_altered(session: Session) -> Altered | None:
    """Recompute every digest bound into the audit trail; the first record that differs."""
    moved = session.db.scalar("SELECT 1 FROM session_moves LIMIT 1") is not None
    token = _NO_MOVES.set(not moved)
    try:
        return _first_altered(session)
    finally:
        _NO_MOVES.reset(token)


def _first_altered(session: Session) -> Altered | None:
    db = session.db
    seals: dict[str, tuple[str | None, str]] = {}  # "table:id" -> (last body digest, file)
    moves: set[tuple[int, int, int]] = set()  # (session, from number, to number) merges made
    for action, target, data in _signed_entries(session, baseline=True):
        if action == MERGE_ACTION:
            for item in data.get("moved") or []:
                moves.add((int(item[0]), int(item[1]), int(item[2])))
            continue
        if action in BATCH_ACTIONS:
            altered = _first_altered_in_batch(session, data)
            if altered is not None:
                return altered
            continue
        file_no = target.removeprefix("file:")
        _note_seals(seals, action, data, file_no)
        if not data.get("digest") or action in SEAL_ACTIONS:
            continue
        session_id = int(data.get("session", 0))
        if action == "session.addendum":
            now = addendum_digest(session, int(data.get("addendum", 0)))
        else:
            now = session_digest(session, session_id, cosigned=action == "session.cosign")
        if now == data["digest"] or now == UNREADABLE:
            continue
        return _named(db, _KIND_OF_ACTION[action], session_id, file_no, now is None)
    for sid, from_no, into_no in db.execute(
            "SELECT session_id, from_session_no, into_session_no FROM session_moves"
            " ORDER BY id"):
        if (int(sid), int(from_no), int(into_no)) not in moves:  # not moved by a merge
            return _named(db, "session", int(sid), _file_of_session(session, int(sid)), False)
    for key, (digest, file_no) in seals.items():
        table, _, row = key.partition(":")
        if digest is None or table not in restricted.SIGNED_TABLES:
            continue
        if restricted.current_digest(session, table, int(row)) != digest:
            session_id = int(row) if table == "sessions" else int(db.scalar(
                "SELECT session_id FROM session_addenda WHERE id = ?", (int(row),)) or 0)
            return _named(db, "session" if table == "sessions" else "addendum", session_id,
                          file_no, False)
    return None


def _note_seals(seals: dict[str, tuple[str | None, str]], action: str, data: dict[str, Any],
                file_no: str) -> None:
    """The body digests an entry binds: {"sealed": digest} on a signing entry (its own row),
    {"sealed": {"table:id": digest or null}} on restricting entries."""
    bound = data.get("sealed")
    if isinstance(bound, dict):
        for key, digest in bound.items():
            seals[str(key)] = (digest if isinstance(digest, str) else None, file_no)
    elif isinstance(bound, str):
        key = (f"session_addenda:{int(data.get('addendum', 0))}"
               if action == "session.addendum" else f"sessions:{int(data.get('session', 0))}")
        seals[key] = (bound, file_no)
