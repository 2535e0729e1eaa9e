"""Station-wide settings kept in the vault (backup folder, backups kept, idle-lock minutes, the
statistics packages' protection threshold k) and the read-only station overview the dashboard
shows.

These live in the encrypted `settings` table rather than in per-PC UI state because they are
station policy: only an admin changes them, and every change is on the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from station_desk.domain import maintenance
from station_desk.domain.audit import ChainReport
from station_desk.domain.auth import StationProfile
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.i18n import N_

BACKUP_DIR = "backup_dir"
BACKUP_KEEP = "backup_keep"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
EXPORT_K = "export_k"

DEFAULT_IDLE_LOCK_MINUTES = 5
# Longer than an hour defeats the purpose of the lock; shorter than one minute is unusable.
IDLE_LOCK_RANGE = (1, 60)
BACKUP_KEEP_RANGE = (1, 365)
# The statistics packages' protection threshold: counts below k (or with fewer than k people
# behind them) are never published, and every withheld count keeps at least k possible values
# across all packages. Below 5, a withheld 1 or 2 narrows to too few candidates.
DEFAULT_EXPORT_K = 5
EXPORT_K_RANGE = (5, 100)


def _store(session: Session, key: str, value: str) -> None:
    old = session.settings().get(key)
    if old == value:
        return
    with session.db.transaction():
        session.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                           (key, value))
        session.log("settings.edit", f"setting:{key}", {"old": old, "new": value})


def store_setting(session: Session, key: str, value: str) -> None:
    """Store one station setting, audited (for settings kept by other domain modules)."""
    _store(session, key, value)


def set_backup_dir(session: Session, folder: Path | str) -> None:
    session.require(Permission.BACKUP)
    path = Path(folder).expanduser()
    if not str(folder).strip() or not path.is_absolute():
        raise StationDeskError("bad_input", detail=N_(
            "domain", "the backup folder must be a full path: {folder}").format(folder=folder))
    _store(session, BACKUP_DIR, str(path))


def set_backup_keep(session: Session, keep: int) -> None:
    session.require(Permission.BACKUP)
    low, high = BACKUP_KEEP_RANGE
    if not low <= int(keep) <= high:
        raise StationDeskError("bad_input", detail=N_(
            "domain", "backups kept: {low}–{high}").format(low=low, high=high))
    _store(session, BACKUP_KEEP, str(int(keep)))


def idle_lock_minutes(session: Session) -> int:
    raw = session.settings().get(IDLE_LOCK_MINUTES, "")
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    low, high = IDLE_LOCK_RANGE
    return min(high, max(low, value))


def set_idle_lock_minutes(session: Session, minutes: int) -> None:
    session.require(Permission.EDIT_STATION)
    low, high = IDLE_LOCK_RANGE
    if not low <= int(minutes) <= high:
        raise StationDeskError("bad_input", detail=N_(
            "domain", "idle-lock minutes: {low}–{high}").format(low=low, high=high))
    _store(session, IDLE_LOCK_MINUTES, str(int(minutes)))


def export_k(session: Session) -> int:
    """The station's protection threshold for statistics packages (station policy)."""
    raw = session.settings().get(EXPORT_K, "")
    try:
        value = int(raw)
    except ValueError:
        return DEFAULT_EXPORT_K
    low, high = EXPORT_K_RANGE
    return min(high, max(low, value))


def set_export_k(session: Session, k: int) -> None:
    """Set the threshold for packages of years with nothing released yet (audited). A year
    already begun keeps the k of its first package (`export.build.effective_k`)."""
    session.require(Permission.EXPORT_STATISTICS)
    low, high = EXPORT_K_RANGE
    if not low <= int(k) <= high:
        raise StationDeskError("bad_input", detail=N_(
            "domain", "protection threshold k: {low}–{high}").format(low=low, high=high))
    _store(session, EXPORT_K, str(int(k)))


def station_profile(session: Session) -> StationProfile:
    row = session.db.one("SELECT name, union_code, tier, address FROM station WHERE id = 1")
    if row is None:
        raise StationDeskError("not_found", what="station")
    return StationProfile(*tuple(row))


PROFILE_FIELDS = ("name", "union_code", "tier", "address")


def update_station_profile(session: Session, profile: StationProfile) -> dict[str, tuple[str, str]]:
    """The admin corrects the station's name, union code, tier or address (修改服务站信息).
    Returns what changed (field -> (old, new)), which is also the audit entry; nothing
    changed writes nothing. Printed ledgers and new statistics packages use the new values;
    those already made keep theirs."""
    session.require(Permission.EDIT_STATION)
    cleaned = StationProfile(profile.name.strip(), profile.union_code.strip(), profile.tier,
                             profile.address.strip())
    cleaned.validate()
    before = station_profile(session)
    changed = {f: (getattr(before, f), getattr(cleaned, f)) for f in PROFILE_FIELDS
               if getattr(before, f) != getattr(cleaned, f)}
    if not changed:
        return {}
    with session.db.transaction():
        session.db.execute("UPDATE station SET name = ?, union_code = ?, tier = ?, address = ?"
                           " WHERE id = 1", (cleaned.name, cleaned.union_code, cleaned.tier,
                                             cleaned.address))
        session.log("station.edit", "station",
                    {f: {"old": old, "new": new} for f, (old, new) in changed.items()})
    return changed


@dataclass(frozen=True)
class BackupFile:
    path: Path
    size: int
    modified: dt.datetime


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    keep: int
    last: dt.datetime | None
    due: bool
    backups: list[BackupFile]


def list_backups(folder: Path) -> list[BackupFile]:
    """Newest first; a missing or unreadable folder simply has none."""
    try:
        found = sorted(folder.glob(f"station-backup-*{maintenance.BACKUP_SUFFIX}"), reverse=True)
        return [BackupFile(p, p.stat().st_size,
                           dt.datetime.fromtimestamp(p.stat().st_mtime, dt.UTC))
                for p in found]
    except OSError:
        return []


def backup_status(session: Session) -> BackupStatus:
    session.require(Permission.BACKUP)
    folder, keep = maintenance.backup_settings(session)
    return BackupStatus(folder, keep, maintenance.last_backup_time(session),
                        maintenance.backup_due(session), list_backups(folder))


def audit_chain_status(session: Session) -> ChainReport:
    """Checks the chain without writing a 'verify' entry, so opening the dashboard does not
    grow the trail; `maintenance.verify` is the recorded, full check."""
    session.require(Permission.VIEW_AUDIT)
    return session.audit.verify()
