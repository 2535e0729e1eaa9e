"""Staff accounts as stored in the database, and the rules for names and passwords."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from station_desk.domain.roles import Role, holds_clinical_key
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.database import Database
from station_desk.storage.keyslots import RECOVERY_SLOT

MIN_PASSWORD = 8

register_messages({
    "bad_username": N_("errors", "A user name is 1–32 letters, digits, '_', '.' or '-': {user}"),
})


@dataclass(frozen=True)
class User:
    id: int | None
    username: str
    display_name: str
    role: Role
    disabled: bool = False
    needs_review: bool = False
    supervisor_id: int | None = None

    @classmethod
    def from_row(cls, row: object) -> User:
        r = tuple(row)  # type: ignore[arg-type]
        return cls(r[0], r[1], r[2], Role(r[3]), bool(r[4]), bool(r[5]), r[6])


USER_COLUMNS = "id, username, display_name, role, disabled, needs_review, supervisor_id"

# The principal behind a recovery-key sign-in: admin powers, its own name in the audit trail.
RECOVERY_USER = User(None, "recovery", "恢复密钥", Role.ADMIN)


def normalize_username(name: str) -> str:
    cleaned = unicodedata.normalize("NFKC", name).strip().lower()
    ok = 0 < len(cleaned) <= 32 and all(ch.isascii() and (ch.isalnum() or ch in "_.-")
                                        for ch in cleaned)
    if not ok or cleaned == RECOVERY_USER.username:
        raise StationDeskError("bad_username", user=name)
    return cleaned


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise StationDeskError("weak_password", min=MIN_PASSWORD)


def slot_holds_clinical(db: Database, slot_name: str) -> bool:
    """Whether this key slot gets the clinical key: the recovery key's, and an active account
    of a clinical role (roles.CLINICAL_ROLES). A slot with no account gets nothing clinical."""
    if slot_name == RECOVERY_SLOT:
        return True
    if not slot_name.startswith("user:"):
        return False
    row = db.one("SELECT role, disabled FROM users WHERE username = ?",
                 (slot_name.removeprefix("user:"),))
    return row is not None and not row[1] and holds_clinical_key(row[0])
