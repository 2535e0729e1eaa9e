"""A vault is one folder: the SQLCipher database, the key-slot file and a lock file.

This module opens and creates vault folders given key material; who may do so, and the
audit trail around it, is the domain layer's business (`domain/auth.py`).
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from station_desk.errors import StationDeskError
from station_desk.storage.anchor import AuditAnchor
from station_desk.storage.database import Database, open_database
from station_desk.storage.keyslots import KeySlotFile, Payload
from station_desk.storage.lock import VaultLock
from station_desk.storage.migrations import migrate
from station_desk.storage.private import make_private_dir, tighten_dir

DB_NAME = "station.db"
SLOTS_NAME = "keyslots.json"
REKEY_SUFFIX = ".rekey"  # slot file for a rekey that may or may not have reached the database


@dataclass
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def slots(self) -> Path:
        return self.root / SLOTS_NAME

    @property
    def pending_rekey_slots(self) -> Path:
        return self.root / (SLOTS_NAME + REKEY_SUFFIX)

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
    # The audit head kept outside the database; None for connections that are not the vault
    # as signed in to (the benchmark's side copies).
    anchor: AuditAnchor | None = None

    def close(self) -> None:
        self.db.close()
        self.lock.release()


def lock_vault(paths: VaultPaths) -> VaultLock:
    lock = VaultLock(paths.root)
    lock.acquire()
    return lock


def create_vault_files(root: Path) -> tuple[VaultPaths, VaultLock, KeySlotFile, Payload, Database]:
    """Make the folder, a fresh key and an empty database at the latest schema."""
    paths = VaultPaths(root)
    if paths.db.exists() or paths.slots.exists():
        raise StationDeskError("vault_exists", path=str(root))
    try:
        make_private_dir(root)
        tighten_dir(root)  # an empty folder chosen in the wizard may have been made 0755
    except OSError as exc:
        raise StationDeskError.from_os_error(exc, str(root)) from exc
    lock = lock_vault(paths)
    try:
        payload = Payload.generate()
        slots = KeySlotFile.new(paths.slots)
        db = open_database(paths.db, payload.db_key, create=True)
        migrate(db)
    except BaseException:
        lock.release()
        raise
    return paths, lock, slots, payload, db


def open_vault_db(paths: VaultPaths, lock: VaultLock, slots: KeySlotFile,
                  payload: Payload) -> OpenVault:
    db = open_database(paths.db, payload.db_key)
    try:
        applied = migrate(db)
    except BaseException:
        db.close()
        raise
    return OpenVault(paths, db, payload, slots, lock, applied, vault_anchor(paths, slots, payload))


def vault_anchor(paths: VaultPaths, slots: KeySlotFile, payload: Payload) -> AuditAnchor:
    return AuditAnchor(paths.root, slots.vault_id, payload.audit_key)


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
