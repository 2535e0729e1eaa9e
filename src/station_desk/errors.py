"""User-facing errors: every failure the app can explain carries a code and a message in zh/en.

The codes live below Qt so the CLI, the domain and the UI all show the same words. Each message
is written here in English and marked `N_("errors", ...)`; its Chinese is in the one translation
catalogue (resources/translations/station_desk_zh_CN.ts, read by station_desk.i18n).
"""

from __future__ import annotations

import errno
from typing import Any

from station_desk.i18n import N_

# code -> (Simplified Chinese, English) from the catalogue. Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    "internal": N_("errors", "Internal error: {detail}"),
    "bad_input": N_("errors", "Invalid input: {detail}"),
    # vault / storage
    "vault_missing": N_("errors", "Vault folder not found: {path}"),
    "vault_exists": N_("errors", "A vault already exists here: {path}"),
    "not_a_vault": N_(
        "errors", "Not a Station Desk vault (key-slot file or database missing): {path}"),
    "keyslots_missing": N_(
        "errors", "Key-slot file missing, cannot unlock: {path}. Restore it (keyslots.json or "
        "its .bak) from a backup."),
    "keyslots_corrupt": N_(
        "errors", "Key-slot file is damaged or not in the expected format: {path}. To recover: "
        "with the app closed, replace it with the previous version kept beside it, "
        "keyslots.json.bak; or restore the latest backup with the recovery key (or an admin's "
        "password)."),
    "db_missing": N_("errors", "Database file missing: {path}"),
    # `detail` (SQLite's own words) stays in the exception for a developer, never in the line
    # a person reads: it says nothing they can act on.
    "db_corrupt": N_(
        "errors", "The database is damaged or belongs to another vault. Nothing was changed; "
        "restore the latest backup with an admin's password or the recovery key."),
    "db_newer": N_(
        "errors", "Database version {found} is newer than this app supports ({supported}); "
        "please upgrade."),
    "readonly": N_(
        "errors", "The vault folder is not writable: {path}. Check the disk or folder "
        "permissions."),
    "disk_full": N_(
        "errors", "The disk is full; the operation was cancelled and saved data is unaffected."),
    "in_use": N_(
        "errors", "This vault is already open in another Station Desk instance (process {pid})."),
    # sign-in
    "bad_credentials": N_("errors", "Wrong user name or password."),
    # unlocking or signing asks for the password only: the message names nothing else
    "wrong_password": N_("errors", "Wrong password."),
    "account_locked": N_(
        "errors", "Account {user} is locked after too many wrong passwords; try again in "
        "{minutes} min or ask an admin."),
    "account_disabled": N_("errors", "Account {user} is disabled."),
    "bad_recovery_key": N_("errors", "The recovery key is not correct."),
    "weak_password": N_("errors", "The password must have at least {min} characters."),
    "user_exists": N_("errors", "User {user} already exists."),
    "unknown_user": N_("errors", "There is no account named {user}."),
    "last_admin": N_("errors", "The last active admin account cannot be disabled."),
    "no_password": N_(
        "errors", "No password given: pass it on standard input with --password-stdin."),
    # permissions / audit
    "forbidden": N_("errors", "Not permitted: a {role} may not {action}."),
    "reason_required": N_(
        "errors", "Opening someone else's case needs a reason (it is written to the audit "
        "trail)."),
    "audit_broken": N_("errors", "The audit chain is broken at entry {entry}: {detail}"),
    # backup / restore
    "backup_failed": N_("errors", "Backup failed: {detail}"),
    "backup_invalid": N_(
        "errors", "The backup cannot be used: {detail}. The current vault was not changed."),
    "not_found": N_("errors", "Record not found: {what}"),
}


class StationDeskError(Exception):
    """An error with a stable code and a translated message; never shown as a traceback."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            params = {"detail": code, **params}
            code = "internal"
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    @classmethod
    def from_os_error(cls, exc: OSError, path: str | None = None) -> StationDeskError:
        """Name the disk problems users can act on; anything else keeps its OS text."""
        if exc.errno == errno.ENOSPC:
            return cls("disk_full")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return cls("readonly", path=path or exc.filename or "")
        return cls("internal", detail=exc.strerror or type(exc).__name__)

    def message(self, lang: str = "zh") -> str:
        zh, en = MESSAGES[self.code]
        template = en if lang.startswith("en") else zh
        english = lang.startswith("en")
        # A parameter may itself be a (zh, en) pair, e.g. a role or permission name.
        params = {k: (v[1] if english else v[0])
                  if isinstance(v, tuple) and len(v) == 2 else v
                  for k, v in self.params.items()}
        # Or it comes as two parameters, `field_zh=` and `field_en=`: the message says
        # `{field}` in both languages (the catalogue check keeps placeholders equal).
        suffix = "_en" if english else "_zh"
        params.update({k[:-3]: v for k, v in list(params.items()) if k.endswith(suffix)})
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Let a module add its own codes next to its code instead of growing one central file."""
    for code, pair in messages.items():
        if code in MESSAGES and MESSAGES[code] != pair:
            raise ValueError(f"message code {code!r} registered twice with different text")
        MESSAGES[code] = pair
