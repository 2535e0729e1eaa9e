"""Restricted (高度保密) content, sealed so that the clinical key alone does not open it.

The clinical key opens clinical.db for every counsellor and the admin. The access rules
(`access.py`) already hide a restricted record from everyone but its author, and a restricted
file from everyone but the counsellor who restricted it; sealing makes that hold without the app
too. The free text of such rows is blanked in its table and kept in `sealed`, encrypted under a
key of its own that is wrapped to the holders who may open it (storage/sealed.py):

- a restricted session record (`sessions.restricted`) and its addenda: its author;
- everything clinical in a restricted file (`clients.restricted`, in station.db): sessions and
  addenda, crises, follow-ups, referrals, ratings, the closing summary and the notes of hotline
  calls linked to it: the counsellor who
  restricted it (`restricted_by`, its counsellor; a transfer hands it on with the file);
- an autosave of a clinical form (`drafts`): the user who typed it, and nobody else;
- always (autosaves aside) the recovery key, the 'key in the safe'.

Who opens it in the app: the reader above, whose record key is in their own slot. The admin
only by breaking the glass with the recovery key typed in (or signed in with it), and a written
reason, both in the audit trail (`access.break_glass`): the admin's own password opens no
sealed row. A colleague with the clinical key finds only ciphertext, in the app (which also
hides the rows) and offline.

What is sealed is the free text (`SEALED_COLUMNS`). Coded fields (dates, modality, issue and
intervention codes, risk levels, scores, statuses) stay under the clinical key: the anonymous
statistics, the dashboards and the crisis overview count them for the station, and a code says
much less than the notes. Sealed session records are left out of the notes' full-text index
(its terms would be readable); their reader's searches look through them by decrypting
(`matching`), which is cheap at the few records anyone restricts.

When readers or keys change, the wraps follow (`catch_up`, at each sign-in of someone who
holds a wrap): a transfer by the counsellor re-wraps at once; an admin's reassignment of a
departed counsellor's restricted files cannot (the admin holds no key to them), so the new
counsellor reads them once the recovery key is next used (signing in with it, or typing it to
break the glass); a password reset by an admin gives the account a new record key, and the
recovery key's next use wraps its content to it; a new recovery key gets its wraps from each
reader's next sign-in. Until then the content stays sealed to whom it was, never to nobody.

Signatures (records/signing.py) bind the plain text, which does not change when a record is
sealed or unsealed; each body a signed row is sealed with is also bound into the clinical audit
chain (its SHA-256), so `verify` catches a swapped ciphertext without being able to read it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from station_desk.domain import record_keys
from station_desk.domain.records.text_index import reindex
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage import sealed
from station_desk.storage.keyslots import RECOVERY_SLOT

SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "sessions": ("complaint", "assessment", "intervention", "plan", "referral",
                 "supervisor_comment"),
    "session_addenda": ("text",),
    "crises": ("notes", "outcome", "safety_plan"),
    "followups": ("outcome",),
    "referrals": ("destination", "reason", "outcome"),
    "satisfaction": ("comment",),
    "client_clinical": ("closing_summary",),
    "hotline_calls": ("notes",),
    "drafts": ("payload",),
}
_ID = {"client_clinical": "client_id"}
# Rows of a file, and how each table reaches its file.
FILE_TABLES = ("sessions", "session_addenda", "crises", "followups", "referrals",
               "satisfaction", "client_clinical", "hotline_calls")
_CLIENT_OF = {
    "sessions": "SELECT client_id FROM sessions WHERE id = ?",
    "session_addenda": "SELECT s.client_id FROM session_addenda a JOIN sessions s"
                       " ON s.id = a.session_id WHERE a.id = ?",
    "crises": "SELECT client_id FROM crises WHERE id = ?",
    "followups": "SELECT client_id FROM followups WHERE id = ?",
    "referrals": "SELECT client_id FROM referrals WHERE id = ?",
    "satisfaction": "SELECT client_id FROM satisfaction WHERE id = ?",
    "client_clinical": "SELECT ?",
    "hotline_calls": "SELECT client_id FROM hotline_calls WHERE id = ?",
}
_ROWS_OF_FILE = {  # {only}: "" for every row, or a condition on the row's `sealed` flag
    "sessions": "SELECT id FROM sessions WHERE client_id = ?{only}",
    "session_addenda": "SELECT a.id FROM session_addenda a JOIN sessions s"
                       " ON s.id = a.session_id WHERE s.client_id = ?{only_a}",
    "crises": "SELECT id FROM crises WHERE client_id = ?{only}",
    "followups": "SELECT id FROM followups WHERE client_id = ?{only}",
    "referrals": "SELECT id FROM referrals WHERE client_id = ?{only}",
    "satisfaction": "SELECT id FROM satisfaction WHERE client_id = ?{only}",
    "client_clinical": "SELECT client_id FROM client_clinical WHERE client_id = ?{only}",
    "hotline_calls": "SELECT id FROM hotline_calls WHERE client_id = ?{only}",
}


def _rows_of_file(table: str, sealed_flag: int) -> str:
    """The file's rows of `table` that are sealed (1) or plain (0)."""
    return _ROWS_OF_FILE[table].format(only=f" AND sealed = {sealed_flag:d}",
                                       only_a=f" AND a.sealed = {sealed_flag:d}")


PLACEHOLDER = "（高度保密内容）"

register_messages({
    "no_record_key": N_(
        "errors", "This restricted content cannot be sealed: its reader has no record key yet "
        "(they need to sign in once). Nothing was changed."),
    "no_safe_key": N_(
        "errors", "The recovery key has no record key yet: sign in with the recovery key once, "
        "then open the restricted content."),
    "sealed_not_yours": N_("errors", "Only the reader of this restricted content may change it."),
})
SIGNED_TABLES = ("sessions", "session_addenda")


def id_column(table: str) -> str:
    return _ID.get(table, "id")


def _ad(session: Session, table: str, row_id: int) -> bytes:
    return sealed.associated_data(session.vault.slots.vault_id, table, row_id)


def _user_holder(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    name = session.db.scalar("SELECT username FROM users WHERE id = ?", (user_id,))
    return None if name is None else f"user:{name}"


# --------------------------------------------------------------------------- who reads it


def readers(session: Session, table: str, row_id: int) -> list[str]:
    """The holders (besides the recovery key) a row must be sealed to; [] if it is plain."""
    db = session.db
    if table == "drafts":
        return [h for h in [_user_holder(session, db.scalar(
            "SELECT user_id FROM drafts WHERE id = ?", (row_id,)))] if h]
    if table in ("sessions", "session_addenda"):
        session_id = row_id if table == "sessions" else db.scalar(
            "SELECT session_id FROM session_addenda WHERE id = ?", (row_id,))
        row = db.one("SELECT restricted, counsellor_id, client_id FROM sessions WHERE id = ?",
                     (session_id,))
        if row is None:
            return []
        if row[0]:
            return [h for h in [_user_holder(session, row[1])] if h]
        client_id = row[2]
    else:
        client_id = db.scalar(_CLIENT_OF[table], (row_id,))
    if client_id is None:
        return []
    file = db.one("SELECT restricted, restricted_by FROM clients WHERE id = ?", (client_id,))
    if file is None or not file[0]:
        return []
    return [h for h in [_user_holder(session, file[1])] if h]


def _wrapped_for(table: str) -> bool:
    """Autosaves are scratch: their author only, not the recovery key."""
    return table != "drafts"


# --------------------------------------------------------------------------- opening


def _keys(session: Session) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    if session.record_key is not None:
        keys[session.holder] = session.record_key
    if session.safe_key is not None:
        keys[RECOVERY_SLOT] = session.safe_key
    return keys


def _record_key(session: Session, table: str, row_id: int) -> bytes | None:
    keys = _keys(session)
    if not keys:
        return None
    marks = ",".join("?" * len(keys))
    for holder, ephemeral, nonce, wrapped in session.db.all(
            f"SELECT holder, ephemeral, nonce, wrapped FROM sealed_keys WHERE tbl = ?"
            f" AND row_id = ? AND holder IN ({marks})", (table, row_id, *keys)):
        key = sealed.unwrap(sealed.Wrap(bytes(ephemeral), bytes(nonce), bytes(wrapped)),
                            keys[holder], _ad(session, table, row_id))
        if key is not None:
            return key
    return None


def open_row(session: Session, table: str, row_id: int) -> dict[str, Any] | None:
    """A sealed row's columns, or None if this session holds no key that opens it."""
    key = _record_key(session, table, row_id)
    body = session.db.one("SELECT nonce, body FROM sealed WHERE tbl = ? AND row_id = ?",
                          (table, row_id))
    if key is None or body is None:
        return None
    plain = sealed.decrypt(key, bytes(body[0]), bytes(body[1]), _ad(session, table, row_id))
    return None if plain is None else json.loads(plain.decode("utf-8"))


def reveal(session: Session, table: str, rows: Sequence[Any], at: dict[str, int],
           *, id_at: int = 0, sealed_at: int = -1) -> list[Any]:
    """The rows as this viewer may read them: in each sealed row (its `sealed_at` column set)
    the sealed columns (`at`: name -> position) filled in from its seal, or `PLACEHOLDER` when
    this viewer holds no key to it. Ordinary rows cost nothing."""
    if not any(row[sealed_at] for row in rows):
        return list(rows)
    out = []
    for row in rows:
        values = list(row)
        if values[sealed_at]:
            opened = open_row(session, table, int(values[id_at]))
            for column, position in at.items():
                values[position] = (opened or {}).get(column, "") if opened is not None \
                    else PLACEHOLDER if column != "payload" else "{}"
        out.append(tuple(values))
    return out


# --------------------------------------------------------------------------- sealing


def _write_seal(session: Session, table: str, row_id: int, values: dict[str, Any],
                holders: Iterable[str], record_key: bytes | None = None) -> str:
    """Encrypt `values` as the row's body and wrap its key to `holders` (those with a
    published key); returns the body's digest. Joins the caller's transaction."""
    db = session.db
    key = record_key or sealed.new_record_key()
    ad = _ad(session, table, row_id)
    nonce, body = sealed.encrypt(key, json.dumps(values, ensure_ascii=False,
                                                 sort_keys=True).encode("utf-8"), ad)
    client_id = None if table == "drafts" else db.scalar(_CLIENT_OF[table], (row_id,))
    db.execute("INSERT OR REPLACE INTO sealed (tbl, row_id, client_id, nonce, body)"
               " VALUES (?, ?, ?, ?, ?)", (table, row_id, client_id, nonce, body))
    if record_key is None:
        db.execute("DELETE FROM sealed_keys WHERE tbl = ? AND row_id = ?", (table, row_id))
        wrapped = [h for h in dict.fromkeys(holders) if _add_wrap(session, table, row_id, key, h)]
        if not wrapped:  # sealed to nobody would be lost to everybody
            raise StationDeskError("no_record_key")
    return body_digest(nonce, body)


def _add_wrap(session: Session, table: str, row_id: int, key: bytes, holder: str) -> bool:
    public = record_keys.public_key(session.db, holder)
    if public is None:
        return False
    item = sealed.wrap(key, public, _ad(session, table, row_id))
    session.db.execute(
        "INSERT OR REPLACE INTO sealed_keys (tbl, row_id, holder, holder_public, ephemeral,"
        " nonce, wrapped) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (table, row_id, holder, public, item.ephemeral, item.nonce, item.wrapped))
    return True


def body_digest(nonce: bytes, body: bytes) -> str:
    return hashlib.sha256(bytes(nonce) + bytes(body)).hexdigest()


def current_digest(session: Session, table: str, row_id: int) -> str | None:
    row = session.db.one("SELECT nonce, body FROM sealed WHERE tbl = ? AND row_id = ?",
                         (table, row_id))
    return None if row is None else body_digest(row[0], row[1])


def _blank(session: Session, table: str, row_id: int, sealed_flag: int) -> None:
    columns = SEALED_COLUMNS[table]
    blank = "'{}'" if table == "drafts" else "''"
    session.db.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = {blank}' for c in columns)}, sealed = ?"
        f" WHERE {id_column(table)} = ?", (sealed_flag, row_id))


def seal_row(session: Session, table: str, row_id: int, holders: Sequence[str]) -> str | None:
    """Move a plain row's free text into a seal for `holders` (and the recovery key);
    returns the body digest, or None if it was sealed already. Joins the transaction."""
    columns = SEALED_COLUMNS[table]
    row = session.db.one(f"SELECT {', '.join(columns)}, sealed FROM {table}"
                         f" WHERE {id_column(table)} = ?", (row_id,))
    if row is None or row[-1]:
        return None
    values = dict(zip(columns, tuple(row)[:-1], strict=True))
    everyone = [*holders, RECOVERY_SLOT] if _wrapped_for(table) else list(holders)
    digest = _write_seal(session, table, row_id, values, everyone)
    _blank(session, table, row_id, 1)
    return digest


def unseal_row(session: Session, table: str, row_id: int) -> bool:
    """Put a sealed row's text back in the row (this session must hold a key to it)."""
    opened = open_row(session, table, row_id)
    if opened is None:
        return False
    columns = SEALED_COLUMNS[table]
    session.db.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)}, sealed = 0"
        f" WHERE {id_column(table)} = ?", (*(opened.get(c, "") for c in columns), row_id))
    session.db.execute("DELETE FROM sealed WHERE tbl = ? AND row_id = ?", (table, row_id))
    session.db.execute("DELETE FROM sealed_keys WHERE tbl = ? AND row_id = ?", (table, row_id))
    return True


def after_write(session: Session, table: str, row_id: int,
                written: Iterable[str] | None = None) -> str | None:
    """After a write that put `written` columns in clear (None: all of them), keep the row
    sealed if its record or file is restricted: a new row is sealed, a sealed one re-sealed
    with the new values merged in. Same transaction as the write, so the clear text never
    reaches a commit. Returns the body digest when the row is sealed."""
    holders = readers(session, table, row_id)
    if table == "drafts" and not any(record_keys.public_key(session.db, h) for h in holders):
        holders = []  # an author with no record key yet keeps the autosave plain
    columns = SEALED_COLUMNS[table]
    row = session.db.one(f"SELECT {', '.join(columns)}, sealed FROM {table}"
                         f" WHERE {id_column(table)} = ?", (row_id,))
    if row is None or not (holders or row[-1]):
        return None
    if not row[-1]:
        return seal_row(session, table, row_id, holders)
    changed = set(columns if written is None else written)
    values = open_row(session, table, row_id) or {}
    values.update({c: v for c, v in zip(columns, tuple(row)[:-1], strict=True)
                   if c in changed})
    if not holders:  # no longer restricted (a draft's flag cleared): plain again
        session.db.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)}, sealed = 0"
            f" WHERE {id_column(table)} = ?", (*(values.get(c, "") for c in columns), row_id))
        forget(session, table, row_id)
        return None
    key = _record_key(session, table, row_id)
    if key is None and set(changed) != set(columns):
        # Merging needs the old text, which only its readers have; the access rules keep
        # everyone else from getting here.
        raise StationDeskError("sealed_not_yours")
    if key is None:  # every column rewritten: a new seal, to the same readers
        everyone = [*holders, RECOVERY_SLOT] if _wrapped_for(table) else holders
        digest = _write_seal(session, table, row_id, values, everyone)
    else:
        digest = _write_seal(session, table, row_id, values, (), record_key=key)
    _blank(session, table, row_id, 1)
    return digest


def forget(session: Session, table: str, row_id: int) -> None:
    """A deleted row's seal goes with it."""
    session.db.execute("DELETE FROM sealed WHERE tbl = ? AND row_id = ?", (table, row_id))
    session.db.execute("DELETE FROM sealed_keys WHERE tbl = ? AND row_id = ?", (table, row_id))


def readable_only_by(session: Session, holder: str) -> int:
    """How many sealed rows `holder` can open that the current recovery key cannot (autosaves
    aside: they are their author's alone by design). Non-zero means that losing `holder`'s
    record key, as an admin's password reset does, would leave those rows unreadable by
    anyone: the recovery key's wrap is missing (a vault upgraded before the recovery key was
    next used) or was made for a recovery key replaced since."""
    if not session.has_clinical:
        return 0
    return int(session.db.scalar(
        "SELECT count(*) FROM sealed_keys AS own WHERE own.holder = ? AND own.tbl != 'drafts'"
        " AND NOT EXISTS (SELECT 1 FROM sealed_keys AS safe WHERE safe.tbl = own.tbl"
        " AND safe.row_id = own.row_id AND safe.holder = ? AND safe.holder_public IS ?)",
        (holder, RECOVERY_SLOT, record_keys.public_key(session.db, RECOVERY_SLOT))) or 0)


def is_sealed(session: Session, table: str, row_id: int) -> bool:
    return bool(session.db.scalar(f"SELECT sealed FROM {table} WHERE {id_column(table)} = ?",
                                  (row_id,)))


# --------------------------------------------------------------------------- whole records


def seal_session(session: Session, session_id: int) -> dict[str, str]:
    """Seal a record and its addenda to their readers; digests of what was sealed."""
    digests: dict[str, str] = {}
    holders = readers(session, "sessions", session_id)
    for table, row_id in [("sessions", session_id), *(
            ("session_addenda", r[0]) for r in session.db.all(
                "SELECT id FROM session_addenda WHERE session_id = ?", (session_id,)))]:
        digest = seal_row(session, table, row_id, holders)
        if digest is not None:
            digests[f"{table}:{row_id}"] = digest
    session.db.execute("DELETE FROM session_fts WHERE rowid = ?", (session_id,))
    return digests


def unseal_session(session: Session, session_id: int) -> list[str]:
    """Unseal a record and its addenda if nothing restricts them any more; what was unsealed."""
    if readers(session, "sessions", session_id):
        return []
    done = []
    for table, row_id in [("sessions", session_id), *(
            ("session_addenda", r[0]) for r in session.db.all(
                "SELECT id FROM session_addenda WHERE session_id = ?", (session_id,)))]:
        if unseal_row(session, table, row_id):
            done.append(f"{table}:{row_id}")
    return done


def seal_file(session: Session, client_id: int) -> dict[str, str]:
    """Seal everything clinical of a file to its readers (the file was just restricted);
    records restricted on their own stay sealed to their authors."""
    digests: dict[str, str] = {}
    for table in FILE_TABLES:
        for (row_id,) in session.db.all(_rows_of_file(table, 0), (client_id,)):
            holders = readers(session, table, row_id)
            if holders:
                digest = seal_row(session, table, row_id, holders)
                if digest is not None:
                    digests[f"{table}:{row_id}"] = digest
    session.db.execute("DELETE FROM session_fts WHERE rowid IN (SELECT id FROM sessions"
                       " WHERE client_id = ?)", (client_id,))
    return digests


def unseal_file(session: Session, client_id: int) -> list[str]:
    """Unseal what no longer needs it (the restriction was lifted); returns the session ids
    that are plain again (to index them)."""
    plain: list[str] = []
    for table in FILE_TABLES:
        for (row_id,) in session.db.all(_rows_of_file(table, 1), (client_id,)):
            if not readers(session, table, row_id) and unseal_row(session, table, row_id):
                plain.append(f"{table}:{row_id}")
    return plain


def rewrap_file(session: Session, client_id: int) -> int:
    """After a restricted file changed hands: its sealed rows get wrapped to their readers
    now, and lose the wraps of holders who no longer are (this session must open them)."""
    moved = 0
    for table in FILE_TABLES:
        for (row_id,) in session.db.all(_rows_of_file(table, 1), (client_id,)):
            moved += _settle(session, table, row_id)
    return moved


def _settle(session: Session, table: str, row_id: int, key: bytes | None = None) -> int:
    """Make a sealed row's wraps match its readers (and the recovery key's current public
    key); returns how many wraps were added. Needs a key to the row."""
    if not is_sealed(session, table, row_id):
        return 0
    holders = readers(session, table, row_id)
    if not holders:
        return 0
    key = key or _record_key(session, table, row_id)
    if key is None:
        return 0
    wanted = [*holders, RECOVERY_SLOT] if _wrapped_for(table) else holders
    have = {h: bytes(p) for h, p in session.db.all(
        "SELECT holder, holder_public FROM sealed_keys WHERE tbl = ? AND row_id = ?",
        (table, row_id))}
    added = 0
    for holder in wanted:
        public = record_keys.public_key(session.db, holder)
        if public is not None and have.get(holder) != public:
            added += _add_wrap(session, table, row_id, key, holder)
    now = {h for (h,) in session.db.all(
        "SELECT holder FROM sealed_keys WHERE tbl = ? AND row_id = ?", (table, row_id))}
    if not all(h in now for h in holders):
        return added  # a reader without a key yet: keep the old wraps until they have one
    for holder in have:
        if holder not in wanted:
            session.db.execute("DELETE FROM sealed_keys WHERE tbl = ? AND row_id = ?"
                               " AND holder = ?", (table, row_id, holder))
    return added


def signed_key(session: Session, key: str) -> bool:
    """Whether "table:id" is signed content (a signed record, an addendum), whose sealed body
    is bound into the audit trail."""
    table, _, row = key.partition(":")
    if table == "session_addenda":
        return True
    if table == "sessions":
        return session.db.scalar("SELECT status FROM sessions WHERE id = ?",
                                 (int(row),)) not in (None, "draft")
    return False


def catch_up(session: Session) -> int:
    """Bring the sealed rows this session can open up to date: wraps for a reader whose key
    changed (a reset password), for a file that changed hands without its reader (an admin's
    reassignment), for a new recovery key; and what a crash between the two files' commits
    left (a restricted file's rows still plain, a lifted restriction's rows still sealed).
    Run at sign-in: a handful of indexed queries when nothing is due."""
    keys = _keys(session)
    if not keys or not session.has_clinical:
        return 0
    db = session.db
    marks = ",".join("?" * len(keys))
    mine = f"EXISTS (SELECT 1 FROM sealed_keys m WHERE m.tbl = s.tbl AND m.row_id = s.row_id" \
           f" AND m.holder IN ({marks}))"
    candidates = {(r[0], r[1]) for r in db.all(
        # a holder's key is not the one a wrap was made for
        f"SELECT DISTINCT s.tbl, s.row_id FROM sealed s JOIN sealed_keys k ON k.tbl = s.tbl"
        f" AND k.row_id = s.row_id JOIN record_keys r ON r.holder = k.holder"
        f" WHERE k.holder_public <> r.public_key AND {mine}"
        # no wrap for the recovery key (autosaves aside)
        f" UNION SELECT s.tbl, s.row_id FROM sealed s WHERE s.tbl <> 'drafts' AND NOT EXISTS"
        f" (SELECT 1 FROM sealed_keys k WHERE k.tbl = s.tbl AND k.row_id = s.row_id"
        f" AND k.holder = 'recovery') AND EXISTS (SELECT 1 FROM record_keys"
        f" WHERE holder = 'recovery') AND {mine}"
        # a restricted file's counsellor without a wrap; a file no longer restricted
        f" UNION SELECT s.tbl, s.row_id FROM sealed s JOIN clients c ON c.id = s.client_id"
        f" LEFT JOIN users u ON u.id = c.restricted_by WHERE (c.restricted = 0 OR NOT EXISTS"
        f" (SELECT 1 FROM sealed_keys k WHERE k.tbl = s.tbl AND k.row_id = s.row_id"
        f" AND k.holder = 'user:' || u.username)) AND {mine}",
        [*keys, *keys, *keys])}
    me = session.user.id if session.user.id is not None else -1
    files = [r[0] for r in db.all(
        "SELECT id FROM clients WHERE restricted = 1 AND restricted_by = ?", (me,))]
    plain = [c for c in files if any(db.scalar(_rows_of_file(t, 0) + " LIMIT 1", (c,))
                                     and _text_in(session, t, c) for t in FILE_TABLES)]
    # records restricted in clear: by a crash, or before restricted content was sealed
    records = [r[0] for r in db.all("SELECT id FROM sessions WHERE restricted = 1 AND"
                                    " sealed = 0 AND counsellor_id = ?", (me,))]
    if not candidates and not plain and not records:
        return 0
    added = 0
    with db.transaction():
        for client_id in plain:  # restricted, but a crash kept the content from its seal
            _log_seals(session, client_id, seal_file(session, client_id))
        for session_id in records:
            client_id = db.scalar("SELECT client_id FROM sessions WHERE id = ?", (session_id,))
            _log_seals(session, int(client_id), seal_session(session, session_id))
        for table, row_id in sorted(candidates):
            if not readers(session, table, row_id):  # lifted, but a crash kept it sealed
                if unseal_row(session, table, row_id) and table == "sessions":
                    reindex(session, row_id)
            elif _due(session, table, row_id):
                added += _settle(session, table, row_id)
    return added


def _log_seals(session: Session, client_id: int, digests: dict[str, str]) -> None:
    """Bind the bodies signed rows were just sealed with into the clinical chain."""
    signed = {k: v for k, v in digests.items() if signed_key(session, k)}
    if signed:
        file_no = session.db.scalar("SELECT file_no FROM clients WHERE id = ?", (client_id,))
        session.log("clinical.seal", f"file:{file_no}", {"sealed": signed})


def _text_in(session: Session, table: str, client_id: int) -> bool:
    """Whether a file's plain rows of `table` hold any text to seal (an empty closing summary,
    a follow-up not done yet, need none)."""
    columns = SEALED_COLUMNS[table]
    alias = "a." if table == "session_addenda" else ""
    has_text = " OR ".join(f"{alias}{c} <> ''" for c in columns)
    sql = _rows_of_file(table, 0).replace(" WHERE ", f" WHERE ({has_text}) AND ", 1)
    return bool(session.db.scalar(sql + " LIMIT 1", (client_id,)))


def _due(session: Session, table: str, row_id: int) -> bool:
    """Whether a row's wraps differ from what its readers' current keys want."""
    wanted = set(readers(session, table, row_id))
    if _wrapped_for(table):
        wanted.add(RECOVERY_SLOT)
    have = {h: bytes(p) for h, p in session.db.all(
        "SELECT holder, holder_public FROM sealed_keys WHERE tbl = ? AND row_id = ?",
        (table, row_id))}
    if set(have) - wanted:
        return True
    for holder in wanted:
        public = record_keys.public_key(session.db, holder)
        if public is not None and have.get(holder) != public:
            return True
    return False


# --------------------------------------------------------------------------- searching


def matching(session: Session, candidate_ids: Sequence[int], terms: Sequence[str]
             ) -> list[int]:
    """Of these sealed session records, those this viewer opens whose text (notes and
    addenda) contains every term."""
    found = []
    lowered = [t.lower() for t in terms if t]
    for session_id in candidate_ids:
        opened = open_row(session, "sessions", session_id)
        if opened is None:
            continue
        parts = [str(opened.get(c, "")) for c in ("complaint", "assessment", "intervention",
                                                  "plan", "referral")]
        for (addendum_id,) in session.db.all(
                "SELECT id FROM session_addenda WHERE session_id = ? AND sealed = 1",
                (session_id,)):
            extra = open_row(session, "session_addenda", addendum_id)
            parts.append(str((extra or {}).get("text", "")))
        text = "\n".join(parts).lower()
        if all(term in text for term in lowered):
            found.append(session_id)
    return found
