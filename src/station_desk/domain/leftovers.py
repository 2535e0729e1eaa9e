"""What restores and backups leave beside the vault, and when it goes.

- A restore builds the restored vault in a staging folder next to the vault, then moves the
  current vault aside (`<vault>.before-restore-<time>`) and the staging folder into its place.
  The copy moved aside is kept only until the restored vault has opened once: its key slots
  still open for everyone who had an account then, staff removed since included, which is what
  `rekey` is meant to end. The first successful sign-in to the restored vault (normally the one
  the restore itself makes) writes the restore into the audit trail and securely deletes it.
- A restore killed between its two moves leaves no vault at all: the next start puts the vault
  as it was back (the restore did not happen; it can be run again).
- Staging folders of a killed restore or backup (full encrypted copies) are securely deleted at
  the next start, but only folders with the app's own staging names whose lock nobody holds
  (storage/staging.py), inside the vault's parent folder and the backup folder.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.storage import staging
from station_desk.storage.atomic import atomic_write

# Written into the staging folder just before it becomes the vault; read and removed by the
# first sign-in to the restored vault, which records the restore from it.
RESTORE_MARKER = "restore-pending.json"


def default_backup_folder(root: Path) -> Path:
    # Beside the vault, not in it: a restore moves the vault folder aside as a whole.
    return root.with_name(root.name + "-backups")


def backup_folder(session: Session) -> Path:
    root = session.vault.paths.root
    return Path(session.settings().get("backup_dir") or default_backup_folder(root))


def mark_restore(folder: Path, details: dict[str, Any]) -> None:
    atomic_write(folder / RESTORE_MARKER,
                 json.dumps(details, ensure_ascii=False, sort_keys=True).encode("utf-8"))


def recover_interrupted_restore(vault_root: Path) -> bool:
    """Put the vault back if a restore died between moving it aside and moving the restored
    copy in (no vault, a dead restore staging folder and a copy moved aside). True if it did.
    Leaves everything alone in any other state."""
    root = Path(vault_root)
    if root.exists() or root.is_symlink():
        return False
    dead = staging.restore_leftovers(root)
    moved_aside = staging.pre_restore_copies(root)
    if not dead or not moved_aside:
        return False
    os.replace(moved_aside[-1], root)  # the newest: the one that restore moved
    for folder in dead:
        with contextlib.suppress(OSError):
            staging.secure_remove(folder)
    return True


def clean_before_sign_in(vault_root: Path) -> None:
    """At start, before anyone signs in: undo a restore cut off between its moves, and delete
    the staging folders of restores that died. Never stops a sign-in."""
    root = Path(vault_root)
    with contextlib.suppress(OSError):
        recover_interrupted_restore(root)
    for folder in staging.restore_leftovers(root):
        with contextlib.suppress(OSError):
            staging.secure_remove(folder)


def after_sign_in(session: Session) -> None:
    """Once a vault has opened: finish a restore that brought it here (audit entry, the copy
    moved aside deleted) and delete dead backup staging. A failure to write the audit entry
    fails the sign-in (and a restore rolls back with the copy intact); a failure to delete is
    left for the next start."""
    root = session.vault.paths.root
    marker = root / RESTORE_MARKER
    if marker.exists():
        try:
            details = json.loads(marker.read_text("utf-8"))
        except (OSError, ValueError):
            details = {}
        if not isinstance(details, dict):
            details = {}
        session.log("restore", str(details.get("backup", "")),
                    {"created": details.get("created"), "previous": details.get("previous")})
        marker.unlink(missing_ok=True)
    with contextlib.suppress(OSError, StationDeskError):
        _delete_leftovers(session, root)


def _delete_leftovers(session: Session, root: Path) -> None:
    folders = {default_backup_folder(root)}
    with contextlib.suppress(StationDeskError):  # settings unreadable: the default only
        folders.add(backup_folder(session))
    for folder in sorted(folders):
        for leftover in staging.backup_leftovers(folder):
            with contextlib.suppress(OSError):
                staging.secure_remove(leftover)
    for copy in staging.pre_restore_copies(root):
        with contextlib.suppress(OSError):
            staging.secure_remove(copy)
