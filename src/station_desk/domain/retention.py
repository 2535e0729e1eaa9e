"""Retention and destruction (PIPL art. 19 and 47): how long a closed file is kept, which files
are past that, and destroying one, in both compartments, so that nothing of it can be read back.

Policy: the station keeps a closed file `retention_years` after the case closed (the admin sets
it; never under `MIN_YEARS`, the professional floor). A file is *due* from its retention date
(closed date in station time plus that many years) on; `due_files` lists them.

`destroy` removes everything of the file: in station.db the registration, consent, shares,
appointments, autosaves and its search-index entry; in clinical.db the session records and
addenda, autosaves, assessments and alerts, crises, follow-ups, referrals, ratings, the clinical
columns, sealed (高度保密) text and its wrapped keys, and the notes' index entries; hotline calls
linked to it lose the link and their note (the call itself still counts). Then the full-text
indexes are merged (a deleted row's terms otherwise stay in FTS5 segments), the planner's
statistics of the touched tables are rebuilt (sqlite_stat4 keeps sample index keys: names,
phone numbers), both databases are VACUUMed (with `secure_delete` on, freed cells are zeroed;
VACUUM rewrites every page) and their WALs checkpointed and truncated, so no old page survives
in any file of the vault. The audit trail keeps a tombstone (`tombstone_tag`: an HMAC of the
file number under the vault's audit key, so the file number is not in it but can be checked
against it), the date, who, and how many records; the file's earlier entries are redacted and
re-chained (domain/audit_redact.py). Released statistics (export_releases, export_months) are
counts and ids and stay exactly as released.

A worker's deletion request (art. 47) takes the same path for one file before its retention
date, with the request date and the legal ground recorded (codes, never typed text: the
tombstone must not name the worker).

Two files, no atomic commit across them: clinical.db goes first (its records and chain), then
station.db (the registration and the tombstone). A crash in between leaves the file still
listed with nothing clinical; destroying it again completes it.

Backups made before a destruction still hold the file: `stale_backups` lists them and
`delete_backups` removes them (audited).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from station_desk.domain import audit_redact, maintenance, station_settings
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import STATION_TZ, iso, parse_iso
from station_desk.domain.records import signing
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

RETENTION_YEARS = "retention_years"
MIN_YEARS = 3
MAX_YEARS = 100
DEFAULT_YEARS = MIN_YEARS
TAG_DOMAIN = b"station-desk/tombstone/v1\n"
DESTROY_ACTION = "retention.destroy"
CLINICAL_ACTION = "clinical.destroy"
BACKUPS_ACTION = "retention.backups_deleted"
CLOSED_STATUSES = ("closed", "transferred", "referred_out")

# PIPL art. 47(1)-(5): when a worker's request obliges the station to delete.
GROUNDS: dict[str, tuple[str, str]] = {
    "purpose_done": N_(
        "domain", "the purpose is achieved, cannot be achieved or no longer needs the data "
        "(art. 47(1)(1))"),
    "service_ended": N_(
        "domain", "the service has ended or the retention period expired (art. 47(1)(2))"),
    "consent_withdrawn": N_("domain", "the person withdrew consent (art. 47(1)(3))"),
    "unlawful": N_("domain", "the processing breaches the law or the agreement (art. 47(1)(4))"),
    "other_law": N_("domain", "another case provided for by law (art. 47(1)(5))"),
}

register_actions({
    DESTROY_ACTION: N_("domain", "file destroyed"),
    CLINICAL_ACTION: N_("domain", "file's clinical records destroyed"),
    BACKUPS_ACTION: N_("domain", "backups older than a destruction deleted"),
})

register_messages({
    "retention_too_short": N_(
        "errors", "The retention period cannot be shorter than {floor} years (you entered "
        "{years})."),
    "retention_too_long": N_(
        "errors", "The retention period cannot be longer than {ceiling} years (you entered "
        "{years})."),
    "retention_no_file": N_("errors", "There is no file numbered {file_no}."),
    "retention_file_open": N_(
        "errors", "File {file_no} is still open and cannot be destroyed; its counsellor must "
        "close it first."),
    "retention_not_due": N_(
        "errors", "File {file_no} must be kept until {date}. For the worker's own deletion "
        "request (PIPL art. 47), give the request date and the legal ground."),
    "retention_confirm": N_(
        "errors", "Type the file number {file_no} to confirm the destruction (you typed "
        "\"{typed}\")."),
    "retention_bad_ground": N_(
        "errors", "Unknown legal ground for the deletion request: {ground}. Choose one of: "
        "{choices}."),
    "retention_bad_request_date": N_(
        "errors", "Invalid deletion request date: {date} (YYYY-MM-DD, not after today)."),
    "retention_not_a_backup": N_(
        "errors", "Not a backup of this vault older than a destruction; not deleted: {path}"),
})


# -- policy -----------------------------------------------------------------------------------

def retention_years(session: Session) -> int:
    raw = session.settings().get(RETENTION_YEARS, "")
    try:
        return max(MIN_YEARS, min(MAX_YEARS, int(raw)))
    except ValueError:
        return DEFAULT_YEARS


def is_policy_set(session: Session) -> bool:
    return RETENTION_YEARS in session.settings()


def set_retention_years(session: Session, years: int) -> None:
    """The admin sets the station's retention period (audited as a settings change)."""
    session.require(Permission.EDIT_STATION)
    years = int(years)
    if years < MIN_YEARS:
        raise StationDeskError("retention_too_short", floor=MIN_YEARS, years=years)
    if years > MAX_YEARS:
        raise StationDeskError("retention_too_long", ceiling=MAX_YEARS, years=years)
    station_settings.store_setting(session, RETENTION_YEARS, str(years))


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February, in a year without one: the last day of February
        return day.replace(year=day.year + years, day=28)


def closed_date(closed_at: str) -> dt.date:
    return parse_iso(closed_at).astimezone(STATION_TZ).date()


def station_today(session: Session) -> dt.date:
    return session.clock().astimezone(STATION_TZ).date()


# -- what a file holds ------------------------------------------------------------------------

@dataclass(frozen=True)
class FileContents:
    """The rows of one file, by kind (both compartments)."""

    client_id: int
    file_no: str
    status: str
    closed_at: str | None
    ids: dict[str, list[int]] = field(default_factory=dict)
    station_drafts: list[int] = field(default_factory=list)
    hotline: list[int] = field(default_factory=list)
    # tables this module does not name that carry a client_id: table -> (schema, rowids)
    other: dict[str, tuple[str, list[int]]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {**{kind: len(ids) for kind, ids in self.ids.items()},
                **{table: len(rows) for table, (_schema, rows) in self.other.items()}}

    @property
    def records(self) -> int:
        """Everything destroyed, the file itself included."""
        return 1 + sum(self.counts().values()) + len(self.station_drafts)

    @property
    def sessions(self) -> int:
        return len(self.ids.get("sessions", []))


# kind -> SQL selecting the ids of that kind for client ?, in deletion order (children first)
_CLINICAL_KINDS: dict[str, str] = {
    "assessment_alerts": "SELECT id FROM assessment_alerts WHERE client_id = ? OR assessment_id"
                         " IN (SELECT id FROM assessments WHERE client_id = ?)",
    "satisfaction": "SELECT id FROM satisfaction WHERE client_id = ? OR session_id IN"
                    " (SELECT id FROM sessions WHERE client_id = ?)",
    "followups": "SELECT id FROM followups WHERE client_id = ? OR crisis_id IN"
                 " (SELECT id FROM crises WHERE client_id = ?)",
    "referrals": "SELECT id FROM referrals WHERE client_id = ?",
    "assessments": "SELECT id FROM assessments WHERE client_id = ?",
    "session_addenda": "SELECT id FROM session_addenda WHERE session_id IN"
                       " (SELECT id FROM sessions WHERE client_id = ?)",
    "sessions": "SELECT id FROM sessions WHERE client_id = ?",
    "crises": "SELECT id FROM crises WHERE client_id = ?",
    "client_clinical": "SELECT client_id FROM client_clinical WHERE client_id = ?",
}
_STATION_KINDS: dict[str, str] = {
    "consents": "SELECT id FROM consents WHERE client_id = ?",
    "appointments": "SELECT id FROM appointments WHERE client_id = ?",
    "case_shares": "SELECT user_id FROM case_shares WHERE client_id = ?",
}


# Tables with a client_id that are handled otherwise or must stay: the sealed text (deleted by
# row), hotline calls (unlinked, they still count), and the released statistics.
_NOT_SWEPT = frozenset({"sealed", "hotline_calls", "clients", "export_releases",
                        "export_months", *_CLINICAL_KINDS, *_STATION_KINDS})


def _other_tables(session: Session, cid: int) -> dict[str, tuple[str, list[int]]]:
    """Rows of any other table that names the file by `client_id` (a table added after this
    module was written still loses the destroyed file's rows)."""
    found: dict[str, tuple[str, list[int]]] = {}
    for schema in session.db.schemas():
        for (table,) in session.db.all(f"SELECT name FROM {schema}.sqlite_master WHERE type ="
                                       f" 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE"
                                       f" 'CREATE VIRTUAL%'"):
            if table in _NOT_SWEPT or "client_id" not in {
                    str(c[1]) for c in session.db.all(f"PRAGMA {schema}.table_info({table})")}:
                continue
            rows = [int(r[0]) for r in session.db.all(
                f"SELECT rowid FROM {schema}.{table} WHERE client_id = ?", (cid,))]
            if rows:
                found[str(table)] = (schema, rows)
    return found


def _params(sql: str, cid: int) -> tuple[int, ...]:
    return (cid,) * sql.count("?")


def _draft_refs(cid: int, session_ids: Iterable[int]) -> tuple[str, list[str]]:
    """Autosave refs naming the file: "new:<file>", "session:<record>", "<form>:<file>:…"."""
    refs = [f"new:{cid}", *(f"session:{sid}" for sid in session_ids)]
    return f"%:{cid}:%", refs


def _drafts_of(session: Session, table: str, cid: int, session_ids: list[int]) -> list[int]:
    pattern, refs = _draft_refs(cid, session_ids)
    marks = ",".join("?" * len(refs))
    return [int(r[0]) for r in session.db.all(
        f"SELECT id, ref FROM {table} WHERE ref IN ({marks}) OR ref LIKE ?", (*refs, pattern))
        if _names_file(str(r[1]), cid, refs)]


def _names_file(ref: str, cid: int, refs: list[str]) -> bool:
    if ref in refs:
        return True
    parts = ref.split(":")
    return len(parts) == 3 and parts[1] == str(cid)


def file_contents(session: Session, file_no: str) -> FileContents:
    row = session.db.one("SELECT id, file_no, status, closed_at FROM clients WHERE file_no = ?",
                         (file_no.strip(),))
    if row is None:
        raise StationDeskError("retention_no_file", file_no=file_no)
    cid = int(row[0])
    ids: dict[str, list[int]] = {}
    hotline: list[int] = []
    if session.has_clinical:
        for kind, sql in _CLINICAL_KINDS.items():
            ids[kind] = [int(r[0]) for r in session.db.all(sql, _params(sql, cid))]
        ids["drafts"] = _drafts_of(session, "drafts", cid, ids["sessions"])
        crises = ids["crises"] or [-1]
        hotline = [int(r[0]) for r in session.db.all(
            f"SELECT id FROM hotline_calls WHERE client_id = ? OR crisis_id IN"
            f" ({','.join('?' * len(crises))})", (cid, *crises))]
    for kind, sql in _STATION_KINDS.items():
        ids[kind] = [int(r[0]) for r in session.db.all(sql, (cid,))]
    station_drafts = _drafts_of(session, "station_drafts", cid, ids.get("sessions", []))
    return FileContents(cid, str(row[1]), str(row[2]), row[3], ids, station_drafts, hotline,
                        _other_tables(session, cid))


# -- the list ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DueFile:
    file_no: str
    status: str
    closed: dt.date
    retention_date: dt.date
    sessions: int
    records: int  # everything destroying it removes, the file itself included


def _require_admin(session: Session) -> None:
    session.require(Permission.EDIT_STATION)
    session.require_clinical_key()


def due_files(session: Session, today: dt.date | None = None) -> list[DueFile]:
    """Closed files whose retention date is today or earlier, oldest first."""
    _require_admin(session)
    today = today or station_today(session)
    years = retention_years(session)
    found: list[DueFile] = []
    marks = ",".join("?" * len(CLOSED_STATUSES))
    for file_no, status, closed_at in session.db.all(
            f"SELECT file_no, status, closed_at FROM clients WHERE status IN ({marks})"
            f" AND closed_at IS NOT NULL ORDER BY closed_at, id", CLOSED_STATUSES):
        closed = closed_date(str(closed_at))
        due = add_years(closed, years)
        if due > today:
            continue
        contents = file_contents(session, str(file_no))
        found.append(DueFile(str(file_no), str(status), closed, due, contents.sessions,
                             contents.records))
    return found


# -- destruction ------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeletionRequest:
    """A worker's request to delete (PIPL art. 47): when it was made and on which ground."""

    requested: dt.date
    ground: str


def parse_request(session: Session, date_text: str, ground: str) -> DeletionRequest:
    if ground not in GROUNDS:
        raise StationDeskError("retention_bad_ground", ground=ground, choices=", ".join(GROUNDS))
    try:
        day = dt.date.fromisoformat(date_text.strip())
    except ValueError as exc:
        raise StationDeskError("retention_bad_request_date", date=date_text) from exc
    if day > station_today(session):
        raise StationDeskError("retention_bad_request_date", date=date_text)
    return DeletionRequest(day, ground)


@dataclass(frozen=True)
class Destroyed:
    tag: str
    records: int
    counts: dict[str, int]
    audit_redacted: int
    destroyed_at: str
    request: DeletionRequest | None


def tombstone_tag(session: Session, file_no: str) -> str:
    """A keyed hash of the file number: not reversible without the vault's audit key, and
    the same every time, so a known number can be checked against the tombstone."""
    key = session.vault.payload.audit_key
    return hmac.new(key, TAG_DOMAIN + file_no.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


def tombstone_target(tag: str) -> str:
    return f"destroyed:{tag}"


def check_destroyable(session: Session, file_no: str,
                      request: DeletionRequest | None = None) -> FileContents:
    """The file's contents if it may be destroyed now; the reason as an error otherwise."""
    _require_admin(session)
    contents = file_contents(session, file_no)
    if contents.status not in CLOSED_STATUSES or contents.closed_at is None:
        raise StationDeskError("retention_file_open", file_no=contents.file_no)
    due = add_years(closed_date(contents.closed_at), retention_years(session))
    if request is None and due > station_today(session):
        raise StationDeskError("retention_not_due", file_no=contents.file_no, date=due.isoformat())
    return contents


def destroy(session: Session, file_no: str, *, confirm: str,
            request: DeletionRequest | None = None) -> Destroyed:
    """Destroy one file in both compartments (the module docstring says what and how).

    `confirm` is the file number typed again by the admin who reviewed it."""
    contents = check_destroyable(session, file_no, request)
    if confirm.strip() != contents.file_no:
        raise StationDeskError("retention_confirm", file_no=contents.file_no, typed=confirm)
    for chain in session.audit.chains():
        audit_redact.check_chain(session.audit, chain.name)
    tag = tombstone_tag(session, contents.file_no)
    now = iso(session.clock())
    detail = {"date": now[:10], "records": contents.records, "sessions": contents.sessions,
              "deletion_request": request is not None}
    if request is not None:
        detail.update({"requested": request.requested.isoformat(), "ground": request.ground})
    redacted = _destroy_clinical(session, contents, tag, detail)
    redacted += _destroy_station(session, contents, tag, detail)
    scrub(session, clinical=True)
    return Destroyed(tag, contents.records, contents.counts(), redacted, now, request)


def _delete(session: Session, table: str, column: str, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        session.db.execute(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(batch))})",
                           batch)


def _has_table(session: Session, schema: str, table: str) -> bool:
    return bool(session.db.scalar(f"SELECT count(*) FROM {schema}.sqlite_master WHERE"
                                  f" type = 'table' AND name = ?", (table,)))


def _delete_other(session: Session, contents: FileContents, schema: str) -> None:
    for table, (where, rows) in contents.other.items():
        if where == schema:
            _delete(session, f"{schema}.{table}", "rowid", rows)


def _sealed_rows(contents: FileContents) -> list[tuple[str, int]]:
    rows = [(table, rid) for table, ids in contents.ids.items()
            if table in {"sessions", "session_addenda", "crises", "followups", "referrals",
                         "satisfaction", "drafts", "client_clinical"} for rid in ids]
    rows += [(table, rid) for table, (_schema, ids) in contents.other.items() for rid in ids]
    return rows + [("hotline_calls", rid) for rid in contents.hotline]


def _entry_redaction(contents: FileContents, tag: str) -> audit_redact.Redaction:
    target = f"file:{contents.file_no}"
    sessions = set(contents.ids.get("sessions", []))
    addenda = set(contents.ids.get("session_addenda", []))

    def change(action: str, entry_target: str, detail: str) -> tuple[str, str] | None:
        if entry_target == target:
            return tombstone_target(tag), audit_redact.redact_detail(detail)
        if action == signing.BASELINE_ACTION:
            return _without_records(entry_target, detail, sessions, addenda)
        if action.startswith("session.") and _names_session(detail, sessions):
            # a record signed in another file and moved into this one by a merge
            return entry_target, audit_redact.redact_detail(detail)
        return None
    return change


def _names_session(detail: str, sessions: set[int]) -> bool:
    try:
        data = json.loads(detail)
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("session") in sessions


def _without_records(target: str, detail: str, sessions: set[int],
                     addenda: set[int]) -> tuple[str, str] | None:
    """A batch of earlier signatures' digests, less the destroyed file's records."""
    try:
        data = json.loads(detail)
    except ValueError:
        return None
    records = data.get("records") if isinstance(data, dict) else None
    if not isinstance(records, list):
        return None
    gone = addenda if data.get("kind") == "addendum" else sessions
    kept = [r for r in records if not (isinstance(r, list) and r and r[0] in gone)]
    if len(kept) == len(records):
        return None
    data["records"] = kept
    return target, json.dumps(data, ensure_ascii=False, sort_keys=True)


def _first_entry(session: Session, table: str, contents: FileContents) -> int | None:
    first = session.db.scalar(f"SELECT min(id) FROM {table} WHERE target = ?",
                              (f"file:{contents.file_no}",))
    if table == "clinical_audit" and contents.ids.get("sessions"):
        baseline = session.db.scalar(f"SELECT min(id) FROM {table} WHERE action = ?",
                                     (signing.BASELINE_ACTION,))
        if baseline is not None:
            first = baseline if first is None else min(int(first), int(baseline))
        gone = set(contents.ids["sessions"])
        for entry_id, detail in session.db.execute(
                f"SELECT id, detail FROM {table} WHERE action LIKE 'session.%' ORDER BY id"):
            if first is not None and int(entry_id) >= int(first):
                break
            if _names_session(str(detail), gone):
                first = int(entry_id)
                break
    return None if first is None else int(first)


def _redact(session: Session, chain: str, table: str, contents: FileContents, tag: str) -> int:
    first = _first_entry(session, table, contents)
    if first is None:
        return 0
    audit_redact.hold_anchor(session.audit, chain, first)
    return audit_redact.rewrite_chain(session.audit, chain, first,
                                      _entry_redaction(contents, tag))


def _destroy_clinical(session: Session, contents: FileContents, tag: str,
                      detail: dict[str, object]) -> int:
    db = session.db
    ids = contents.ids
    triggers = db.all("SELECT name, sql FROM clinical.sqlite_master WHERE type = 'trigger'"
                      " AND name IN ('sessions_signed_undeletable',"
                      " 'session_addenda_undeletable', 'session_moves_undeletable')")
    with db.transaction():
        # Signed records are undeletable to everyone else; destruction at the end of the
        # retention period is the one exception, so the guards step aside for this transaction.
        for name, _sql in triggers:
            db.execute(f"DROP TRIGGER clinical.{name}")
        for table, rid in _sealed_rows(contents):
            db.execute("DELETE FROM sealed_keys WHERE tbl = ? AND row_id = ?", (table, rid))
            db.execute("DELETE FROM sealed WHERE tbl = ? AND row_id = ?", (table, rid))
        db.execute("DELETE FROM sealed_keys WHERE (tbl, row_id) IN (SELECT tbl, row_id FROM"
                   " sealed WHERE client_id = ?)", (contents.client_id,))
        db.execute("DELETE FROM sealed WHERE client_id = ?", (contents.client_id,))
        if contents.hotline:
            marks = ",".join("?" * len(contents.hotline))
            db.execute(f"UPDATE hotline_calls SET client_id = NULL, crisis_id = NULL,"
                       f" notes = '', sealed = 0 WHERE id IN ({marks})", contents.hotline)
        _delete_other(session, contents, "clinical")
        # Records brought in from a ledger or moved by a merge (domain/importing) point at
        # their sessions: those marks go with the sessions.
        for table in ("session_moves", "import_session_rows"):
            if _has_table(session, "clinical", table):
                _delete(session, table, "session_id", ids.get("sessions", []))
        _delete(session, "session_fts", "rowid", ids.get("sessions", []))
        for kind in _CLINICAL_KINDS:
            column = "client_id" if kind == "client_clinical" else "id"
            _delete(session, kind, column, ids.get(kind, []))
        _delete(session, "drafts", "id", ids.get("drafts", []))
        db.execute("INSERT INTO session_fts (session_fts) VALUES ('optimize')")
        for _name, sql in triggers:
            db.execute(str(sql).replace("CREATE TRIGGER ", "CREATE TRIGGER clinical.", 1))
        redacted = _redact(session, "clinical", "clinical_audit", contents, tag)
        session.log(CLINICAL_ACTION, tombstone_target(tag), detail)
    session.audit.anchor_head(every=True)
    return redacted


def _destroy_station(session: Session, contents: FileContents, tag: str,
                     detail: dict[str, object]) -> int:
    db = session.db
    with db.transaction():
        db.execute("DELETE FROM client_fts WHERE rowid = ?", (contents.client_id,))
        db.execute("INSERT INTO client_fts (client_fts) VALUES ('optimize')")
        _delete_other(session, contents, "main")
        for kind in _STATION_KINDS:
            db.execute(f"DELETE FROM {kind} WHERE client_id = ?", (contents.client_id,))
        _delete(session, "station_drafts", "id", contents.station_drafts)
        if _has_table(session, "main", "import_rows"):  # the visitor-list row it came from
            db.execute("DELETE FROM import_rows WHERE row_id = ? AND kind = 'visitors'",
                       (contents.client_id,))
        if "merged_into" in {str(c[1]) for c in db.all("PRAGMA main.table_info(clients)")}:
            # A file merged into this one stays a file of its own (closed, listed when due).
            db.execute("UPDATE clients SET merged_into = NULL WHERE merged_into = ?",
                       (contents.client_id,))
        db.execute("DELETE FROM clients WHERE id = ?", (contents.client_id,))
        redacted = _redact(session, "station", "audit", contents, tag)
        session.log(DESTROY_ACTION, tombstone_target(tag), detail)
    session.audit.anchor_head(every=True)
    return redacted


# Tables whose planner statistics may hold sample keys of a destroyed file (sqlite_stat4).
_STATS = {"main": ("clients", "consents", "appointments", "case_shares", "station_drafts",
                   "audit"),
          "clinical": ("sessions", "session_addenda", "assessments", "assessment_alerts",
                       "crises", "followups", "referrals", "satisfaction", "drafts",
                       "client_clinical", "hotline_calls", "sealed", "sealed_keys",
                       "clinical_audit")}


def scrub(session: Session, *, clinical: bool) -> None:
    """Overwrite what deleted rows left: fresh statistics for the touched tables, a VACUUM
    (every page rewritten, freed ones dropped) and a WAL checkpoint that truncates the -wal
    file, for each compartment."""
    db = session.db
    schemas = ["main", "clinical"] if clinical and session.has_clinical else ["main"]
    for schema in schemas:
        has_stat = db.scalar(f"SELECT count(*) FROM {schema}.sqlite_master"
                             f" WHERE name LIKE 'sqlite_stat%'")
        if has_stat:
            for table in _STATS[schema]:
                db.execute(f"ANALYZE {schema}.{table}")
        db.execute(f"VACUUM {schema}")
        db.execute(f"PRAGMA {schema}.wal_checkpoint(TRUNCATE)").fetchall()


# -- backups that still hold destroyed files ---------------------------------------------------

@dataclass(frozen=True)
class StaleBackup:
    path: Path
    made: dt.datetime
    destroyed_after: int  # destructions since it was made (files it still holds)


def destructions(session: Session) -> list[str]:
    """When files were destroyed (UTC ISO times), oldest first."""
    return [str(r[0]) for r in session.db.all(
        "SELECT ts FROM audit WHERE action = ? ORDER BY id", (DESTROY_ACTION,))]


def _backup_time(path: Path) -> dt.datetime:
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read(maintenance.MANIFEST))
        return parse_iso(str(manifest["created"]))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def stale_backups(session: Session, folder: Path | None = None) -> list[StaleBackup]:
    """Backups in the backup folder made before the latest destruction: they still hold
    what was destroyed since, newest first."""
    session.require(Permission.BACKUP)
    times = [parse_iso(t) for t in destructions(session)]
    if not times:
        return []
    folder = folder or maintenance.backup_settings(session)[0]
    found = []
    for backup in station_settings.list_backups(folder):
        made = _backup_time(backup.path)
        later = sum(1 for t in times if t >= made)
        if later:
            found.append(StaleBackup(backup.path, made, later))
    return found


def delete_backups(session: Session, backups: list[StaleBackup]) -> int:
    """Delete backups that still hold destroyed files (only those `stale_backups` lists)."""
    session.require(Permission.BACKUP)
    listed = {b.path.resolve() for b in stale_backups(session, backups[0].path.parent)} \
        if backups else set()
    for backup in backups:
        if backup.path.resolve() not in listed:
            raise StationDeskError("retention_not_a_backup", path=str(backup.path))
    names = []
    for backup in backups:
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StationDeskError.from_os_error(exc, str(backup.path)) from exc
        names.append(backup.path.name)
    if names:
        with session.db.transaction():
            session.log(BACKUPS_ACTION, "", {"deleted": len(names)})
    return len(names)
