"""A vault is one folder: two SQLCipher databases, the key-slot file and a lock file.

This module opens and creates vault folders given key material; who may do so, and the
audit trail around it, is the domain layer's business (`domain/auth.py`).

Two compartments, two keys
--------------------------
- `station.db`, the shared compartment, under the station key that every slot holds: the
  accounts, the station profile and settings, the audit trail of non-clinical work, and the
  client directory's registration fields (number, name, contact, unit, status, counsellor,
  consent), appointments, group activities and targets. Everything a receptionist does.
- `clinical.db`, the records cabinet, under the clinical key that only clinical roles' slots
  hold (counsellors; the admin, for break-the-glass, the crisis overview and the export; the
  recovery key): session records, addenda, autosaves of clinical forms, assessments and their
  alerts, crises, follow-ups, referrals, satisfaction ratings, the notes' full-text index, the
  file's clinical columns (risk level, closing summary, last session date) and the audit
  entries about all of these. Nothing derived from clinical text or status is in station.db.
- Inside clinical.db, the text of restricted (高度保密) records and files is sealed once more, to
  its reader's own record key and the recovery key's (storage/sealed.py, domain/records/
  restricted.py): the clinical key opens the file, not what a colleague restricted.

Why a second database file rather than encrypted columns: SQLCipher encrypts whole pages
(and WAL frames), with an HMAC per page, so the cabinet gets the same protection, the same
integrity checks and the same speed as the rest, and every query keeps plain SQL. The file is
ATTACHed as schema `clinical` at sign-in, and only when the slot's payload has its key; a
receptionist's connection never has it attached, so no query they can run reaches it.

What SQLite does not do across two files, and what we do instead:
- Foreign keys and triggers stop at the file boundary: clinical tables reference only
  clinical tables; client and user ids are checked by the domain before it writes
  (`domain/records/access.py`), and station.db never deletes a client or a user.
- A transaction over two WAL files is atomic per file, not across them. So every write goes
  to one file, with its audit entry in the same file (`domain/audit.py` keeps one chain per
  compartment). The few operations that change both are ordered so that a crash leaves a state
  the app finishes by itself: closing a case commits the summary (clinical.db) before the
  status (station.db), and closing it again completes it; restricting a file or handing a
  restricted file on writes the flag and the seals in one transaction over both files, and if
  a crash lets only one half commit, the next sign-in of a holder finishes the other
  (`domain/records/restricted.catch_up`: seals what a restricted file left plain, unseals what
  a lifted restriction left sealed, re-wraps for the file's new reader).
- Each compartment's audit chain has its own MACed head, so a rollback of either file on its
  own shows up (`maintenance.verify`).

Vaults made before the compartments (station schema v5 and older) are split at the first
sign-in (`split_compartments`), crash-safely: new slots to a side file, clinical.db made and
committed, then the tables dropped from station.db, then the side file promoted.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station_desk.errors import StationDeskError
from station_desk.storage.anchor import AuditAnchor
from station_desk.storage.database import CLINICAL, Database, open_database
from station_desk.storage.keyslots import (
    CHECK_FIELD,
    RECORD_FIELDS,
    KeySlotFile,
    Payload,
    slot_check,
)
from station_desk.storage.lock import VaultLock
from station_desk.storage.migrations import CLINICAL as CLINICAL_COMPARTMENT
from station_desk.storage.migrations import current_version, latest_version, migrate
from station_desk.storage.private import make_private_dir, tighten_dir

DB_NAME = "station.db"
CLINICAL_DB_NAME = "clinical.db"
SLOTS_NAME = "keyslots.json"
REKEY_SUFFIX = ".rekey"  # slot file for a rekey that may or may not have reached the database
SPLIT_SUFFIX = ".split"  # slot file for a split into compartments that may not have finished
SPLIT_AT = 5  # the station schema version whose vaults still hold the clinical tables
# The clinical tables as they leave station.db, in an order that keeps references resolvable.
CLINICAL_TABLES = ("sessions", "session_addenda", "drafts", "crises", "followups",
                   "referrals", "satisfaction", "assessments", "assessment_alerts")
_FTS_SHADOWS = ("data", "idx", "docsize", "config")

# Which slots hold the clinical key: given the station database (roles live there) and a
# slot name, whether that slot's owner is a clinical role. The domain decides (roles.py).
ClinicalPolicy = Callable[[Database, str], bool]


@dataclass
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def clinical(self) -> Path:
        return self.root / CLINICAL_DB_NAME

    @property
    def slots(self) -> Path:
        return self.root / SLOTS_NAME

    @property
    def pending_rekey_slots(self) -> Path:
        return self.root / (SLOTS_NAME + REKEY_SUFFIX)

    @property
    def pending_split_slots(self) -> Path:
        return self.root / (SLOTS_NAME + SPLIT_SUFFIX)

    def database_files(self, path: Path) -> list[Path]:
        """A database and the WAL and shared-memory files SQLite keeps beside it."""
        return [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm")]

    def check(self) -> None:
        """Name what is missing before anything is opened or created."""
        if not self.root.is_dir():
            raise StationDeskError("vault_missing", path=str(self.root))
        has_db, has_slots = self.db.exists(), self.slots.exists()
        if not has_db and not has_slots:
            raise StationDeskError("not_a_vault", path=str(self.root))
        if not has_slots:
            raise StationDeskError("keyslots_missing", path=str(self.slots))
        if not has_db:
            raise StationDeskError("db_missing", path=str(self.db))


@dataclass
class OpenVault:
    paths: VaultPaths
    db: Database
    payload: Payload
    slots: KeySlotFile
    lock: VaultLock
    applied_migrations: list[int] = field(default_factory=list)
    applied_clinical_migrations: list[int] = field(default_factory=list)
    # The audit head kept outside the database; None for connections that are not the vault
    # as signed in to (the benchmark's side copies).
    anchor: AuditAnchor | None = None
    # The signed-in holder's own record private key (storage/sealed.py), from its slot.
    record_key: bytes | None = None

    @property
    def has_clinical(self) -> bool:
        """Whether this signed-in user's key opened the clinical compartment."""
        return self.db.has_clinical

    def close(self) -> None:
        self.db.close()
        self.lock.release()


def lock_vault(paths: VaultPaths) -> VaultLock:
    lock = VaultLock(paths.root)
    lock.acquire()
    return lock


def create_vault_files(root: Path) -> tuple[VaultPaths, VaultLock, KeySlotFile, Payload, Database]:
    """Make the folder, fresh keys and both databases at the latest schema, attached."""
    paths = VaultPaths(root)
    if paths.db.exists() or paths.slots.exists():
        raise StationDeskError("vault_exists", path=str(root))
    try:
        make_private_dir(root)
        tighten_dir(root)  # an empty folder chosen in the wizard may have been made 0755
    except OSError as exc:
        raise StationDeskError.from_os_error(exc, str(root)) from exc
    lock = lock_vault(paths)
    db = None
    try:
        payload = Payload.generate()
        slots = KeySlotFile.new(paths.slots)
        for leftover in paths.database_files(paths.clinical):
            leftover.unlink(missing_ok=True)
        db = open_database(paths.db, payload.db_key, create=True)
        migrate(db)
        _create_clinical(paths, payload.clinical_key or b"")
        open_clinical(paths, db, payload.clinical_key or b"")
    except BaseException:
        if db is not None:
            db.close()
        lock.release()
        raise
    return paths, lock, slots, payload, db


def _create_clinical(paths: VaultPaths, key: bytes, version: int | None = None) -> None:
    clinical = open_database(paths.clinical, key, create=True)
    try:
        migrate(clinical, version, compartment=CLINICAL_COMPARTMENT)
    finally:
        clinical.close()


def open_clinical(paths: VaultPaths, db: Database, key: bytes) -> list[int]:
    """ATTACH clinical.db to `db` as schema `clinical`, migrating it first if it is behind.

    Migrations run on a connection of their own, where the file is `main`, so a migration is
    plain SQL like the station's; returns the clinical versions applied."""
    db.attach_clinical(paths.clinical, key)
    found = int(db.scalar(f"PRAGMA {CLINICAL}.user_version"))
    latest = latest_version(CLINICAL_COMPARTMENT)
    if found > latest:
        db.detach_clinical()
        raise StationDeskError("db_newer", found=found, supported=latest)
    if found == latest:
        return []
    db.detach_clinical()
    clinical = open_database(paths.clinical, key)
    try:
        applied = migrate(clinical, compartment=CLINICAL_COMPARTMENT)
    finally:
        clinical.close()
    db.attach_clinical(paths.clinical, key)
    return applied


Unwrap = Callable[[KeySlotFile], Payload | None]


def open_vault_db(paths: VaultPaths, lock: VaultLock, slots: KeySlotFile, payload: Payload,
                  name: str, unwrap: Unwrap, policy: ClinicalPolicy) -> OpenVault:
    """Open station.db, bring it forward (splitting off clinical.db if it is older than the
    compartments), and attach clinical.db if this slot holds its key.

    `name` is the slot signing in, `unwrap` opens that slot in a given slot file (for a split
    cut off after station.db changed), `policy` says which slots get the clinical key."""
    db = open_database(paths.db, payload.db_key)
    try:
        applied = migrate(db, target=SPLIT_AT)
        if paths.pending_split_slots.exists():
            payload = _finish_or_undo_split(paths, db, slots, payload, unwrap)
        if current_version(db) == SPLIT_AT:
            payload = split_compartments(paths, db, slots, payload, name, policy)
            applied.append(SPLIT_AT + 1)
        applied += migrate(db)
        applied_clinical = []
        if payload.clinical_key is not None:
            if not db.has_clinical:
                applied_clinical = open_clinical(paths, db, payload.clinical_key)
        elif db.has_clinical:
            db.detach_clinical()
    except BaseException:
        db.close()
        raise
    return OpenVault(paths, db, payload, slots, lock, applied, applied_clinical,
                     vault_anchor(paths, slots, payload))


def vault_anchor(paths: VaultPaths, slots: KeySlotFile, payload: Payload) -> AuditAnchor:
    return AuditAnchor(paths.root, slots.vault_id, payload.audit_key)


# -- splitting an older vault into its two compartments ----------------------------------------


def split_compartments(paths: VaultPaths, db: Database, slots: KeySlotFile, payload: Payload,
                       name: str, policy: ClinicalPolicy) -> Payload:
    """Move the clinical tables of a station v5 vault into a new clinical.db under a new key.

    Order, for a crash at any point: (1) every slot resealed, with the clinical key only for
    clinical roles, into a side file; (2) clinical.db created, filled and committed; (3)
    station.db drops the clinical tables and columns (v006) in one transaction; (4) the side
    file replaces the slot file. Until (3) commits, the old slots still open the old vault
    and a new sign-in starts over (`_finish_or_undo_split`); after it, the side file is the
    truth and is promoted. Returns the signer's new payload, attached to clinical.db if it
    holds the clinical key."""
    clinical_key = secrets.token_bytes(32)
    staged = slots.copy_to(paths.pending_split_slots)
    for slot_name in staged.slots:
        staged.seal(slot_name, Payload(payload.db_key, payload.audit_key,
                                       clinical_key if policy(db, slot_name) else None))
    staged.save(keep_previous=False)
    try:
        for leftover in paths.database_files(paths.clinical):
            leftover.unlink(missing_ok=True)
        _create_clinical(paths, clinical_key, version=1)
        db.attach_clinical(paths.clinical, clinical_key)
        db.execute("PRAGMA foreign_keys = OFF")  # dropping parents of 10^6 rows checks each one
        try:
            with db.statistics_deferred():
                with db.transaction():
                    _copy_clinical_tables(db)
                db.execute(f"PRAGMA {CLINICAL}.wal_checkpoint(TRUNCATE)").fetchall()
                migrate(db, target=SPLIT_AT + 1)
        finally:
            db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        if current_version(db) == SPLIT_AT:  # station.db untouched: leave no half-split behind
            with contextlib.suppress(Exception):
                db.detach_clinical()
            for leftover in [*paths.database_files(paths.clinical), paths.pending_split_slots]:
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
        raise
    db.execute("PRAGMA main.wal_checkpoint(TRUNCATE)").fetchall()
    promote_slots(staged, slots, paths.pending_split_slots)
    mine = Payload(payload.db_key, payload.audit_key,
                   clinical_key if policy(db, name) else None)
    if mine.clinical_key is not None:
        db.detach_clinical()
        open_clinical(paths, db, clinical_key)  # and bring it to the latest clinical schema
    return mine


def _columns(db: Database, schema: str, table: str) -> list[str]:
    return [str(r[1]) for r in db.all(f"PRAGMA {schema}.table_info({table})")]


def _copy_clinical_tables(db: Database) -> None:
    for table in CLINICAL_TABLES:
        wanted = set(_columns(db, "main", table))
        cols = ", ".join(c for c in _columns(db, CLINICAL, table) if c in wanted)
        db.execute(f"INSERT INTO {CLINICAL}.{table} ({cols}) SELECT {cols} FROM main.{table}")
    # The notes' index is contentless (only the terms are stored, no text to re-read), so its
    # shadow tables are copied as they are: same SQLite, same FTS5 format.
    for shadow in _FTS_SHADOWS:
        table = f"session_fts_{shadow}"
        db.execute(f"DELETE FROM {CLINICAL}.{table}")
        db.execute(f"INSERT INTO {CLINICAL}.{table} SELECT * FROM main.{table}")
    db.execute(
        f"INSERT INTO {CLINICAL}.client_clinical (client_id, risk_level, closing_summary,"
        f" last_seen_at) SELECT id, risk_level, closing_summary, last_seen_at FROM main.clients"
        f" WHERE risk_level <> 'none' OR closing_summary <> '' OR last_seen_at IS NOT NULL")


def promote_slots(staged: KeySlotFile, slots: KeySlotFile, side_file: Path) -> None:
    """The side file's slots become the vault's; counters and pending events of the slot file
    in use are kept, and so are record keys a holder sealed into it meanwhile (their own
    sign-in while the side file waited: same slot key pair, so they open the same way)."""
    for name, slot in staged.slots.items():
        current = slots.slots.get(name)
        if current and current.get("public") == slot.get("public") and \
                RECORD_FIELDS[0] in current and RECORD_FIELDS[0] not in slot:
            slot.update({field: current[field] for field in RECORD_FIELDS})
            slot[CHECK_FIELD] = slot_check(slot)
    staged.path = slots.path
    staged.pending = slots.pending
    staged.disabled = slots.disabled
    staged.save()
    side_file.unlink(missing_ok=True)
    slots.slots = staged.slots


def _finish_or_undo_split(paths: VaultPaths, db: Database, slots: KeySlotFile,
                          payload: Payload, unwrap: Unwrap) -> Payload:
    """A split was cut off. If station.db still has the clinical tables, nothing is lost:
    forget the side file and the half-made clinical.db (the split runs again). If station.db
    has moved on, clinical.db was complete before that: promote the side file."""
    if current_version(db) <= SPLIT_AT:
        paths.pending_split_slots.unlink()
        for leftover in paths.database_files(paths.clinical):
            leftover.unlink(missing_ok=True)
        return payload
    staged = KeySlotFile.load(paths.pending_split_slots)
    mine = unwrap(staged)
    if mine is None:  # the side file does not know this secret: keep it for someone it does
        raise StationDeskError("bad_credentials")
    promote_slots(staged, slots, paths.pending_split_slots)
    return mine


def probe_key(path: Path, key: bytes | None) -> bool:
    """Whether `key` opens the database at `path` (a separate, short-lived connection)."""
    if key is None or not path.exists():
        return False
    try:
        probe = open_database(path, key)
    except StationDeskError:
        return False
    with contextlib.suppress(StationDeskError):
        probe.close()
    return True


RECOVERY_GROUPS = 8


def new_recovery_key() -> str:
    """160 random bits as eight groups of four base32 letters: easy to print and to type."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def normalize_recovery_key(typed: str) -> str:
    """Accept lower case, spaces and the digits people confuse with base32 letters."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))
