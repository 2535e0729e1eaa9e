"""A signed-in user on an open vault: the object every domain operation is called with.

Permission checks and audit entries happen here, below the UI, so the CLI, the screens and
the tests all pass through the same guards.
"""

from __future__ import annotations

import contextlib
from typing import Any

from station_desk.domain import signin_policy
from station_desk.domain.audit import Actor, AuditLog
from station_desk.domain.clock import Clock, system_clock
from station_desk.domain.regime_gate import unacknowledged_ids
from station_desk.domain.roles import PERMISSION_LABELS, Permission, role_can, role_label
from station_desk.domain.users import RECOVERY_USER, User
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.database import Database
from station_desk.storage.keyslots import RECOVERY_SLOT, user_slot
from station_desk.storage.vault import OpenVault

# Work with clients' files waits until the account has acknowledged the station's
# confidentiality regime (domain/tier/regimes.py), at its first sign-in and after each new
# version: the GUI asks before it opens the main window, and every other way in (the CLI,
# scripts) meets this refusal here. Station administration (accounts, backups, statistics,
# the self-check, regimes themselves) does not wait, so an admin can adopt a regime, and
# anyone can acknowledge it, from any session.
FILE_PERMISSIONS = frozenset({
    Permission.REGISTER_CLIENT, Permission.VIEW_DIRECTORY, Permission.BOOK_APPOINTMENT,
    Permission.VIEW_CLINICAL, Permission.WRITE_SESSION, Permission.SIGN_SESSION,
    Permission.ADMINISTER_ASSESSMENT, Permission.MANAGE_CRISIS,
    Permission.VIEW_CRISIS_OVERVIEW, Permission.BREAK_GLASS, Permission.SHARE_CASE,
    Permission.PRINT_RECORDS, Permission.PRINT_LEDGERS,
})
register_messages({
    "regime_ack_first": N_(
        "errors", "Read and acknowledge “{title}” (version {version}) before working with files "
        "(command line: station-desk regimes acknowledge)."),
})


class Session:
    def __init__(self, vault: OpenVault, user: User, clock: Clock = system_clock) -> None:
        self.vault = vault
        self.user = user
        self.clock = clock
        self.audit = AuditLog(vault.db, vault.payload.audit_key, clock, vault.anchor)
        self.locked = False
        self._closed = False
        # This holder's record private key (record_keys.py), from its slot at sign-in.
        self.record_key: bytes | None = vault.record_key
        # The recovery key's record key, held only by a sign-in with the recovery key or after
        # an admin typed it to break the glass on a restricted file (records/restricted.py).
        self.safe_key: bytes | None = vault.record_key if self.is_recovery else None
        self._acknowledged = False  # every regime to acknowledge was, when last asked

    @property
    def db(self) -> Database:
        return self.vault.db

    @property
    def actor(self) -> Actor:
        return Actor(self.user.id, self.user.username, self.user.role.value)

    @property
    def has_clinical(self) -> bool:
        """Whether this user's key slot opened the clinical compartment (roles.CLINICAL_ROLES
        and the recovery key): what its tables hold is reachable by no query otherwise."""
        return self.vault.has_clinical

    def require_clinical_key(self) -> None:
        if not self.has_clinical:
            raise StationDeskError("no_clinical_key")

    @property
    def holder(self) -> str:
        """This principal's key slot name: "user:<name>" or "recovery"."""
        return RECOVERY_SLOT if self.is_recovery else user_slot(self.user.username)

    @property
    def is_recovery(self) -> bool:
        return self.user.username == RECOVERY_USER.username and self.user.id is None

    def can(self, permission: Permission) -> bool:
        if not role_can(self.user.role, permission):
            return False
        return permission not in FILE_PERMISSIONS or not self.regimes_pending()

    def require(self, permission: Permission) -> None:
        if not role_can(self.user.role, permission):
            raise StationDeskError(
                "forbidden", role=(role_label(self.user.role), role_label(self.user.role, "en")),
                action=PERMISSION_LABELS[permission])
        if permission in FILE_PERMISSIONS:
            waiting = self.regimes_pending()
            if waiting:
                raise StationDeskError("regime_ack_first", title=waiting[0][0],
                                       version=waiting[0][1])

    def regimes_pending(self) -> list[Any]:
        """The regimes this account must still acknowledge, as (title, version) rows. Once
        none is, that holds for the rest of the session: a version adopted meanwhile is asked
        for at the next sign-in, as the GUI does."""
        if self._acknowledged:
            return []
        waiting = [self.db.one("SELECT title, version FROM regimes WHERE id = ?", (regime_id,))
                   for regime_id in unacknowledged_ids(self.db, self.user.id)]
        self._acknowledged = not waiting
        return waiting

    def log(self, action: str, target: str = "", detail: str | dict = "") -> int:
        return self.audit.append(self.actor, action, target, detail)

    # -- screen lock -------------------------------------------------------------------------
    def lock(self) -> None:
        if not self.locked:
            self.locked = True
            self.log("lock")

    def unlock(self, secret: str) -> None:
        """Check the password again (Argon2id, same delays and lockout as sign-in)."""
        self.confirm_password(secret, "unlock.failed")
        self.locked = False
        self.log("unlock")

    def confirm_password(self, secret: str, failed_action: str) -> None:
        """The signed-in user types their password again (to unlock, or as an electronic
        signature): checked against their key slot with Argon2id, with the same delays,
        failure count and lockout as sign-in; a wrong one is audited as `failed_action`."""
        slots = self.vault.slots
        name = RECOVERY_SLOT if self.is_recovery else user_slot(self.user.username)
        slot = slots.slots.get(name)
        if slot is None:
            raise StationDeskError("account_disabled", user=self.user.username)
        now = int(self.clock().timestamp())
        check_attempt_allowed(self.user.username, slot, now)
        if slots.unwrap(name, secret) is None:
            signin_policy.record_failure(slot, now)
            slots.save()
            self.log(failed_action)
            raise StationDeskError("wrong_password")
        if signin_policy.clear(slot):
            slots.save()

    def settings(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.db.all("SELECT key, value FROM settings")}

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        # Closing must always release the vault, even when the disk refuses the last entry.
        with contextlib.suppress(Exception):
            self.log("signout")
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def check_attempt_allowed(username: str, slot: dict[str, Any], now: int) -> None:
    locked_until = int(slot.get("locked_until", 0))
    if locked_until > now:
        minutes = max(1, -(-(locked_until - now) // 60))
        raise StationDeskError("account_locked", user=username, minutes=minutes)
    retry_after = int(slot.get("retry_after", 0))
    if retry_after > now:
        raise StationDeskError("retry_later", seconds=retry_after - now)
