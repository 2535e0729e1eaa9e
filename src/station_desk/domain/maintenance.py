"""Verify, back up, restore and rekey a vault."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from station_desk import __version__
from station_desk.domain import leftovers
from station_desk.domain.audit import PROBLEMS
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.clock import Clock, iso, shown_time, system_clock
from station_desk.domain.records import signing
from station_desk.domain.roles import Permission, Role
from station_desk.domain.session import Session
from station_desk.domain.users import slot_holds_clinical
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.anchor import ANCHOR_NAME, MAIN, AnchorDamaged, Head
from station_desk.storage.database import (
    CLINICAL,
    DatabaseError,
    raw_key_literal,
    rekey_pragma,
)
from station_desk.storage.keyslots import KeySlotFile, Payload
from station_desk.storage.lock import VaultLock
from station_desk.storage.migrations import current_version, latest_version
from station_desk.storage.private import (
    copy_private,
    create_private_file,
    make_private_dir,
    open_private,
    tighten_dir,
)
from station_desk.storage.staging import (
    BACKUP_STAGING_PREFIX,
    Staging,
    pre_restore_name,
    restore_staging_prefix,
)
from station_desk.storage.vault import CLINICAL_DB_NAME, DB_NAME, SLOTS_NAME, VaultPaths

register_messages({
    "backup_folder_readonly": N_(
        "errors", "The backup folder is not writable: {path}. Check its permissions or choose "
        "another folder for backups."),
    "backup_disk_full": N_(
        "errors", "The disk holding the backup folder is full: {path}. No backup was written "
        "and the vault is unaffected; free some space or choose another folder."),
})

BACKUP_SUFFIX = ".sdbak"
BACKUP_FORMAT = "station-desk-backup"
BACKUP_VERSION = 2  # 2: both compartments (station.db and clinical.db); 1: station.db only
MANIFEST = "manifest.json"
# The clinical compartment's WAL, when a session without its key copied the file as it lay
# (a crash can leave committed frames there that only the clinical key can checkpoint).
CLINICAL_WAL = CLINICAL_DB_NAME + "-wal"
# Station-licensed instrument files live beside the database and travel with it.
EXTRAS_DIR = "instruments"
DEFAULT_KEEP = 7
AUTOMATIC_REASONS = ("daily", "exit", "signout")
# A backup holds one database and a few small files; anything far larger is not ours.
MAX_BACKUP_MEMBER = 64 * 1024 * 1024 * 1024


# SQLCipher's and SQLite's integrity reports name pages ("HMAC verification failed for page 41",
# "Tree 41 page 41: ...", "On tree page 7 cell 3: ..."); the page numbers are all a person needs.
_PAGE_NUMBER = re.compile(r"\bpage (\d+)", re.IGNORECASE)
# A page that fails its HMAC is the damaged one. Once SQLCipher has refused a page, SQLite's
# structural check that follows reports every tree it then fails to open ("Tree 31 page 31:
# btreeInitPage() returns error code 11"), naming pages that are intact; how many depends
# only on the schema's size. So the HMAC failures, when there are any, are what we name.
_HMAC_PAGE = re.compile(r"HMAC verification failed for page (\d+)", re.IGNORECASE)


def describe_damage(problems: list[str]) -> tuple[str, str]:
    """What `integrity_errors` found, in Chinese and English words (no library text): how many
    pages and the first of them, or that the structure is damaged when no page is named."""
    lines = [line for problem in problems for line in problem.splitlines()]
    pages = sorted({int(n) for line in lines for n in _HMAC_PAGE.findall(line)}) or \
        sorted({int(n) for line in lines for n in _PAGE_NUMBER.findall(line)})
    if not pages:
        return N_("domain", "its internal structure (tables or indexes) is inconsistent")
    if len(pages) == 1:
        return N_("domain", "page {page} fails its check").format(page=pages[0])
    return N_(
        "domain", "{n_pages} pages fail their check (the first is page {page})").format(
            n_pages=len(pages), page=pages[0])


register_messages({
    "db_damage_found": N_(
        "errors", "The database file station.db is damaged: {what}; the records stored there "
        "can no longer be read reliably. Nothing was changed. Restore the latest backup: "
        "station-desk restore --vault VAULT BACKUP-FILE."),
})


# Refusals at sign-in whose way back is restoring a backup: the database damaged, missing or
# behind its audit anchor, the key slots unreadable. The sign-in screen offers the restore.
RESTORE_FIXES = frozenset({"db_behind_anchor", "db_not_anchored_state", "anchor_missing",
                           "anchor_damaged", "db_corrupt", "db_missing", "keyslots_corrupt",
                           "keyslots_missing", "keyslot_damaged"})


@dataclass(frozen=True)
class VerifyReport:
    integrity_problems: list[str]
    audit_entries: int
    audit_first_broken: int | None
    audit_problem: str
    # The database behind the head anchored outside it (storage/anchor.py), or None.
    anchor_error: StationDeskError | None = None
    # The first signed record whose content differs from its audited digest, or None.
    altered_record: StationDeskError | None = None
    audit_chain: str = "station"  # the chain the break is in (domain/audit.py)
    clinical_checked: bool = True  # False when this user's key does not open clinical.db

    @property
    def ok(self) -> bool:
        return (not self.integrity_problems and self.audit_first_broken is None
                and self.anchor_error is None and self.altered_record is None)

    def errors(self) -> list[StationDeskError]:
        """One sentence per kind of problem found, in the order a person should read them;
        the CLI prints them and the audit page shows them, so both say the same."""
        found: list[StationDeskError] = []
        if self.integrity_problems:
            found.append(StationDeskError("db_damage_found",
                                          what=describe_damage(self.integrity_problems)))
        if self.audit_first_broken is not None:
            found.append(StationDeskError("audit_broken", entry=self.audit_first_broken,
                                          detail=PROBLEMS.get(self.audit_problem,
                                                              (self.audit_problem,) * 2)))
        found.extend(err for err in (self.anchor_error, self.altered_record) if err is not None)
        return found


def verify(session: Session) -> VerifyReport:
    """`PRAGMA cipher_integrity_check`, `integrity_check`, the audit chain and its head
    against the one anchored outside the database, and every signed record's content
    against the digest its signature put into the chain, for each compartment this user's
    key opens (a receptionist's: the station compartment only, which has no signed records).
    """
    problems = session.db.integrity_errors()
    chains = session.audit.verify_all()
    broken = next((c for c in chains if not c.ok), None)
    entries = sum(c.entries for c in chains)
    try:
        session.audit.check_anchor()
        anchor_error = None
    except StationDeskError as err:
        anchor_error = err
    altered = signing.first_altered(session) if session.has_clinical else None
    report = VerifyReport(problems, entries, broken.first_broken if broken else None,
                          broken.problem if broken else "", anchor_error,
                          None if altered is None
                          else StationDeskError(altered.code, **altered.params),
                          broken.chain if broken else "station", session.has_clinical)
    if report.ok:
        with session.db.transaction():
            session.log("verify", detail={"entries": entries, "clinical": session.has_clinical})
            session.audit.remember_checked()
    return report


# -- backup -----------------------------------------------------------------------------------

def backup_settings(session: Session) -> tuple[Path, int]:
    keep = int(session.settings().get("backup_keep", DEFAULT_KEEP))
    return leftovers.backup_folder(session), max(1, keep)


def last_backup_time(session: Session) -> dt.datetime | None:
    value = session.db.scalar("SELECT value FROM meta WHERE key = 'last_backup'")
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def backup_due(session: Session, every: dt.timedelta = dt.timedelta(days=1)) -> bool:
    last = last_backup_time(session)
    return last is None or session.clock() - last >= every


def make_backup(session: Session, folder: Path | None = None, *, reason: str = "manual",
                keep: int | None = None) -> Path:
    """An encrypted copy (same key, same slots) in one file, then rotation to `keep`.

    Making a backup by hand, or to a folder of one's choosing, is the admin's; the automatic
    daily, sign-out and on-exit backups run for whoever uses the PC that day, into the folder
    the admin configured, because a station whose admin rarely signs in must still be backed
    up. The copy is as encrypted as the vault and every backup is in the audit trail."""
    if reason not in AUTOMATIC_REASONS or folder is not None or keep is not None:
        session.require(Permission.BACKUP)
    default_folder, default_keep = backup_settings(session)
    folder = Path(folder or default_folder)
    keep = keep or default_keep
    stamp = session.clock().strftime("%Y%m%d-%H%M%S")
    try:
        make_private_dir(folder)
        if folder == default_folder:
            tighten_dir(folder)  # made 0755 by versions before files were private
        # Everything, the half-written backup file too, is built in a locked staging folder:
        # a backup killed half-way leaves only that, and the next start deletes it.
        stage = Staging.create(folder, BACKUP_STAGING_PREFIX)
        written = False
        try:
            tmp = stage.path
            members = {DB_NAME: tmp / DB_NAME}
            create_private_file(members[DB_NAME])
            heads = _copy_heads(session)  # the copies' heads: nothing writes in between
            _export_copy(session, members[DB_NAME])
            members.update(_clinical_copy(session, tmp))
            manifest = {
                "format": BACKUP_FORMAT, "version": BACKUP_VERSION, "app_version": __version__,
                "vault_id": session.vault.slots.vault_id, "created": iso(session.clock()),
                "schema_version": current_version(session.db), "reason": reason,
                "sha256": {name: _sha256(path) for name, path in members.items()},
            }
            target = folder / f"station-backup-{stamp}{BACKUP_SUFFIX}"
            serial = 1
            while target.exists():  # two backups in one second (exit right after a manual one)
                serial += 1
                target = folder / f"station-backup-{stamp}-{serial}{BACKUP_SUFFIX}"
            partial = tmp / (target.name + ".part")
            with open_private(partial) as raw, \
                    zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
                for name, path in members.items():
                    zf.write(path, name)
                zf.write(session.vault.paths.slots, SLOTS_NAME)
                if session.vault.anchor is not None and heads:
                    zf.writestr(ANCHOR_NAME, session.vault.anchor.render(heads))
                for extra in _vault_extras(session.vault.paths.root):
                    zf.write(extra, f"{EXTRAS_DIR}/{extra.name}")
            with open(partial, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(partial, target)
            written = True
        finally:
            # Once the backup is written, the copy left in staging is the same ciphertext the
            # backup file beside it holds: deleting it plainly saves writing the database's
            # size again. A failed backup's copy is overwritten first.
            stage.remove(secure=not written)
    except OSError as exc:
        cause = StationDeskError.from_os_error(exc)
        if cause.code == "readonly":
            raise StationDeskError("backup_folder_readonly", path=str(folder)) from exc
        if cause.code == "disk_full":
            raise StationDeskError("backup_disk_full", path=str(folder)) from exc
        raise StationDeskError("backup_failed", detail=cause.message()) from exc
    with session.db.transaction():
        session.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_backup', ?)",
                           (iso(session.clock()),))
        session.log("backup", target.name, {"reason": reason, "folder": str(folder)})
    rotate_backups(folder, keep)
    return target


def _vault_extras(root: Path) -> list[Path]:
    folder = root / EXTRAS_DIR
    return sorted(p for p in folder.glob("*.json") if p.is_file()) if folder.is_dir() else []


def _export_copy(session: Session, target: Path, schema: str = "main") -> None:
    """A compact copy of one attached database under the same key (`sqlcipher_export`)."""
    db = session.db
    key = (session.vault.payload.db_key if schema == "main"
           else session.vault.payload.clinical_key)
    assert key is not None
    try:
        version = int(db.scalar(f"PRAGMA {schema}.user_version"))
        db.execute("ATTACH DATABASE ? AS backup_copy KEY ?", (str(target), raw_key_literal(key)))
        try:
            db.execute("SELECT sqlcipher_export('backup_copy', ?)", (schema,))
            db.execute(f"PRAGMA backup_copy.user_version = {version:d}")
        finally:
            db.execute("DETACH DATABASE backup_copy")
    except DatabaseError as exc:
        if "full" in str(exc).lower():
            raise StationDeskError("backup_disk_full", path=str(target.parent.parent)) from exc
        if "readonly" in str(exc).lower() or "unable to open" in str(exc).lower():
            raise StationDeskError("backup_folder_readonly",
                                   path=str(target.parent.parent)) from exc
        raise StationDeskError("backup_failed", detail=str(exc)) from exc


def _copy_heads(session: Session) -> dict[str, Head]:
    """The audit heads the backup's copies will have, for the anchor file that goes with
    them: each readable chain's newest entry; for a clinical.db copied without its key, the
    head anchored for it (the file has not changed since that was written)."""
    heads: dict[str, Head] = {}
    station = session.audit.last_link()
    if station is not None:
        heads[MAIN] = station
    if session.has_clinical:
        clinical = session.audit.last_link("clinical")
    elif session.vault.anchor is not None:
        try:
            clinical = (session.vault.anchor.load() or {}).get(CLINICAL)
        except AnchorDamaged:
            clinical = None
    else:
        clinical = None
    if clinical is not None:
        heads[CLINICAL] = clinical
    return heads


def _clinical_copy(session: Session, tmp: Path) -> dict[str, Path]:
    """The clinical compartment for the backup. With its key: an exported copy, like the
    station's. Without it (the automatic backups of a receptionist's session): the file as it
    lies, still encrypted under the clinical key, and its WAL if a crash left one; the vault
    lock guarantees nobody writes it meanwhile. Either way the same slots open it."""
    if session.has_clinical:
        target = tmp / CLINICAL_DB_NAME
        create_private_file(target)
        _export_copy(session, target, CLINICAL)
        return {CLINICAL_DB_NAME: target}
    source = session.vault.paths.clinical
    if not source.exists():
        raise StationDeskError("backup_failed", detail=N_(
            "domain", "missing: {name}").format(name=source.name))
    copied = {}
    for name, path in ((CLINICAL_DB_NAME, source),
                       (CLINICAL_WAL, source.with_name(CLINICAL_WAL))):
        if path.exists() and path.stat().st_size > 0:
            copy_private(path, tmp / name)
            copied[name] = tmp / name
    return copied


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    backups = sorted(folder.glob(f"station-backup-*{BACKUP_SUFFIX}"))
    removed = backups[:-keep] if len(backups) > keep else []
    for old in removed:
        old.unlink()
    return removed


# -- restore ----------------------------------------------------------------------------------

def _unpack_backup(backup: Path, into: Path) -> dict:
    """Extract the three known members only, after checking sizes and the hash."""
    if not backup.is_file():
        raise StationDeskError("backup_invalid", detail=N_(
            "domain", "not found: {backup}").format(backup=backup))
    try:
        with zipfile.ZipFile(backup) as zf:
            names = set(zf.namelist())
            if not {MANIFEST, DB_NAME, SLOTS_NAME} <= names:
                raise StationDeskError("backup_invalid", detail=N_(
                    "domain", "not a Station Desk backup"))
            for info in zf.infolist():
                if info.file_size > MAX_BACKUP_MEMBER:
                    raise StationDeskError("backup_invalid", detail=N_("domain", "too large"))
            manifest = json.loads(zf.read(MANIFEST))
            if manifest.get("format") != BACKUP_FORMAT:
                raise StationDeskError("backup_invalid", detail=N_("domain", "wrong format"))
            hashes = manifest.get("sha256", {})
            if not isinstance(hashes, dict):
                raise StationDeskError("backup_invalid", detail=N_("domain", "wrong format"))
            optional = [name for name in (CLINICAL_DB_NAME, CLINICAL_WAL) if name in hashes]
            if not set(optional) <= names:
                raise StationDeskError("backup_invalid", detail=N_(
                    "domain", "incomplete backup: the clinical database is missing"))
            wanted = [(name, into / name) for name in (DB_NAME, SLOTS_NAME, *optional)]
            if ANCHOR_NAME in names:  # backups made before the anchor existed have none
                wanted.append((ANCHOR_NAME, into / ANCHOR_NAME))
            for name in names:
                folder, _, base = name.partition("/")
                # Only plain file names under instruments/: nothing can land outside the vault.
                if folder == EXTRAS_DIR and base.endswith(".json") and "/" not in base \
                        and "\\" not in base and base not in ("", ".json") \
                        and not base.startswith("."):
                    make_private_dir(into / EXTRAS_DIR)
                    wanted.append((name, into / EXTRAS_DIR / base))
            for name, target in wanted:
                with zf.open(name) as src, open_private(target) as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:
            raise StationDeskError.from_os_error(exc) from exc
        raise StationDeskError("backup_invalid",
                               detail=N_("domain", "damaged or truncated")) from exc
    for name, expected in manifest.get("sha256", {}).items():
        if name in (DB_NAME, CLINICAL_DB_NAME, CLINICAL_WAL) and _sha256(into / name) != expected:
            raise StationDeskError("backup_invalid", detail=N_(
                "domain", "database checksum mismatch"))
    if DB_NAME not in manifest.get("sha256", {}):
        raise StationDeskError("backup_invalid", detail=N_("domain", "database checksum mismatch"))
    if int(manifest.get("schema_version", 0)) > latest_version():
        raise StationDeskError("db_newer", found=manifest.get("schema_version"),
                               supported=latest_version())
    return manifest


def inspect_backup(backup: Path, username: str | None, secret: str,
                   *, recovery: bool = False, vault_root: Path | None = None) -> dict:
    """Check a backup fully without touching any vault: hash, key, pages, audit chain.

    Unpacked beside `vault_root` when given (as a restore does, so a check cut off by a crash
    leaves a staging folder the vault's next start finds and deletes), else in a temporary
    folder of the system's."""
    if vault_root is not None:
        root = Path(vault_root).resolve()
        stage = Staging.create(root.parent, restore_staging_prefix(root))
    else:
        stage = Staging.create(Path(tempfile.gettempdir()), "station-desk-restore-")
    try:
        return _verify_unpacked(Path(backup), stage.path, username, secret, recovery)
    finally:
        stage.remove()


# Damage found inside a backup is the backup's fault: say so, not "restore from a backup".
_DAMAGE_IN_BACKUP = {"db_corrupt", "db_missing", "keyslots_corrupt", "keyslots_missing"}


def _verify_unpacked(backup: Path, tmp: Path, username: str | None, secret: str,
                     recovery: bool, vault_id: str | None = None) -> dict:
    try:
        return _check_unpacked(backup, tmp, username, secret, recovery, vault_id)
    except StationDeskError as err:
        if err.code in _DAMAGE_IN_BACKUP:
            raise StationDeskError("backup_invalid", detail=N_(
                "domain", "damaged database or key slots ({code})").format(
                    code=("", err.code))) from err
        raise


def _check_unpacked(backup: Path, tmp: Path, username: str | None, secret: str,
                    recovery: bool, vault_id: str | None) -> dict:
    manifest = _unpack_backup(backup, tmp)
    slots = KeySlotFile.load(tmp / SLOTS_NAME)
    if slots.vault_id != manifest.get("vault_id"):
        raise StationDeskError("backup_invalid", detail=N_(
            "domain", "the key slots do not match the backup"))
    # Before any secret is tried: another station's backup is named as such, not as a
    # wrong password or recovery key.
    if vault_id is not None and vault_id != manifest.get("vault_id"):
        raise StationDeskError("backup_invalid", detail=N_(
            "domain", "the backup belongs to another vault"))
    session = (sign_in_recovery(tmp, secret) if recovery
               else sign_in(tmp, username or "", secret))
    try:
        if session.user.role is not Role.ADMIN:
            session.require(Permission.RESTORE)
        report = verify(session)
        if not report.ok:
            if report.integrity_problems:
                zh, en = describe_damage(report.integrity_problems)
            else:
                zh, en = (report.errors()[0].message("zh"), report.errors()[0].message("en"))
            raise StationDeskError("backup_invalid", detail=N_(
                "domain", "it fails the integrity check: {problem}").format(problem=(zh, en)))
    finally:
        session.vault.close()
    return manifest


def _current_vault_id(paths: VaultPaths) -> str | None:
    """Which vault is there now, from its slot file or the .bak beside it. None when neither
    can be read: a damaged slot file is a reason to restore, not to refuse (the old folder is
    kept aside until the restored vault has opened)."""
    for candidate in (paths.slots, paths.slots.with_name(paths.slots.name + ".bak")):
        if candidate.exists():
            try:
                return KeySlotFile.load(candidate).vault_id
            except StationDeskError:
                continue
    return None


def _station_time(created: object) -> str:
    """A backup's ISO time as the station's wall-clock time, for messages."""
    return shown_time(str(created)) if created else "?"


@dataclass(frozen=True)
class Restored:
    """What a restore did: when the backup it put in place was made (station time), and the
    vault as it was before if it is still there (its deletion failed; the next sign-in tries
    again)."""

    backup_created: str
    previous_left: Path | None


def restore_backup(vault_root: Path, backup: Path, username: str | None, secret: str, *,
                   recovery: bool = False, clock: Clock = system_clock) -> Restored:
    """Replace the vault with a verified backup.

    The current vault is moved aside and kept until the restored one has opened: the restore
    signs in to it, and that first sign-in records the restore and deletes the copy moved
    aside (domain/leftovers.py says why it must not stay). A crash at any point leaves either
    the vault as it was, or the restored vault with the copy still beside it; never neither.
    """
    vault_root = Path(vault_root).resolve()
    parent = vault_root.parent
    stage = Staging.create(parent, restore_staging_prefix(vault_root))
    try:
        manifest = _verify_unpacked(Path(backup), stage.path, username, secret, recovery,
                                    _current_vault_id(VaultPaths(vault_root)))
        (stage.path / "vault.lock").unlink(missing_ok=True)
        aside = parent / pre_restore_name(vault_root, clock().strftime("%Y%m%d-%H%M%S"))
        n = 1
        while aside.exists():  # two restores in one second must not collide
            n += 1
            aside = aside.with_name(aside.name.split("~")[0] + f"~{n}")
        leftovers.mark_restore(stage.path, {"backup": Path(backup).name,
                                            "created": manifest.get("created"),
                                            "previous": aside.name})
        guard = VaultLock(vault_root)
        if vault_root.exists():
            guard.acquire()  # refuses while the app has this vault open
            guard.release()
        stage.release()  # Windows renames no folder with an open file in it
        moved = vault_root.exists()
        if moved:
            os.replace(vault_root, aside)
        try:
            os.replace(stage.path, vault_root)
        except BaseException:
            if moved:
                os.replace(aside, vault_root)
            raise
        try:
            session = (sign_in_recovery(vault_root, secret, clock=clock) if recovery
                       else sign_in(vault_root, username or "", secret, clock=clock))
        except BaseException:
            os.replace(vault_root, stage.path)
            if moved:
                os.replace(aside, vault_root)
            raise
        session.close()
        return Restored(_station_time(manifest.get("created")),
                        aside if aside.exists() else None)
    finally:
        if stage.path.exists():
            stage.remove()


def reveal_keys(session: Session) -> dict[str, str]:
    """Each compartment's raw key this user holds, in SQLCipher's `x'…'` form, so the stock
    shell can open the files (station.db; clinical.db with ATTACH … KEY). Anyone may ask for
    the keys their own slot holds: the password already derives them, so refusing would only
    pretend; asking is audited. A receptionist gets the station key only."""
    session.log("key.reveal", detail={"clinical": session.has_clinical})
    keys = {"station": raw_key_literal(session.vault.payload.db_key)}
    if session.has_clinical and session.vault.payload.clinical_key is not None:
        keys["clinical"] = raw_key_literal(session.vault.payload.clinical_key)
    return keys


# -- rekey ------------------------------------------------------------------------------------

def rekey(session: Session) -> None:
    """New keys for both compartments, sealed for everyone still holding a slot (after a staff
    member leaves): the clinical key again only to clinical roles' slots.

    Order matters for crash safety: the new slots go to a side file, then clinical.db is
    rekeyed, then station.db (each `PRAGMA rekey` is one transaction in its file), then the
    side file replaces the slot file. Sign-in finishes or drops a rekey cut off in between
    (see auth._finish_or_undo_rekey).
    """
    session.require(Permission.REKEY)
    session.require_clinical_key()
    old = session.vault.payload
    fresh = Payload.generate()
    new = Payload(fresh.db_key, old.audit_key, fresh.clinical_key)
    paths = session.vault.paths
    staged = session.vault.slots.copy_to(paths.pending_rekey_slots)
    for name in staged.slots:
        staged.seal(name, new.for_slot(clinical=slot_holds_clinical(session.db, name)))
    staged.save(keep_previous=False)
    try:
        session.db.execute(rekey_pragma(fresh.clinical_key or b"", CLINICAL))
    except DatabaseError as exc:
        paths.pending_rekey_slots.unlink()
        raise StationDeskError("internal", detail=str(exc)) from exc
    try:
        session.db.execute(rekey_pragma(new.db_key))
    except DatabaseError as exc:
        # clinical.db has its new key already: the side file stays, and the next sign-in of a
        # clinical role finishes the station half (auth._finish_or_undo_rekey).
        raise StationDeskError("internal", detail=str(exc)) from exc
    staged.path = paths.slots
    staged.save()
    paths.pending_rekey_slots.unlink()
    session.vault.slots = staged
    session.vault.payload = new
    session.log("rekey", detail={"slots": len(staged.slots), "compartments": 2})
