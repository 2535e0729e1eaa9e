"""Creating a station vault and signing in to one (password or recovery key)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from station_desk.domain import leftovers, record_keys, signin_policy
from station_desk.domain.audit import Actor, AuditLog
from station_desk.domain.clock import Clock, iso, system_clock
from station_desk.domain.records import signing
from station_desk.domain.roles import Role
from station_desk.domain.session import Session, check_attempt_allowed
from station_desk.domain.users import (
    RECOVERY_USER,
    USER_COLUMNS,
    User,
    check_password,
    normalize_username,
    slot_holds_clinical,
)
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage import sealed
from station_desk.storage.database import Database, open_database, rekey_pragma
from station_desk.storage.keyslots import RECOVERY_SLOT, KeySlotFile, Payload, user_slot
from station_desk.storage.lock import VaultLock
from station_desk.storage.vault import (
    OpenVault,
    VaultPaths,
    create_vault_files,
    lock_vault,
    new_recovery_key,
    normalize_recovery_key,
    open_vault_db,
    probe_key,
    promote_slots,
    vault_anchor,
)

TIERS = ("basic_1", "basic_2", "standard", "complete_1", "complete_2")
# in Chinese: the tier's name as the federation's standard words it, on papers and in packages
TIER_LABELS = {code: text.text("zh") for code, text in (
    ("basic_1", N_("domain", "Basic I")), ("basic_2", N_("domain", "Basic II")),
    ("standard", N_("domain", "Standard")), ("complete_1", N_("domain", "Complete I")),
    ("complete_2", N_("domain", "Complete II")))}

# a name, code or address longer than this is a paste gone wrong, not a station
MAX_PROFILE_TEXT = 200

register_messages({
    "bad_station": N_("errors", "Station profile incomplete: {detail}"),
})


@dataclass(frozen=True)
class StationProfile:
    name: str
    union_code: str
    tier: str
    address: str = ""

    def validate(self) -> None:
        # each detail in the reader's language only (a (zh, en) pair, never "名称 / name")
        if not self.name.strip():
            raise StationDeskError("bad_station", detail=N_("domain", "enter the station's name"))
        if not self.union_code.strip():
            raise StationDeskError("bad_station", detail=N_("domain", "enter the union code"))
        if len(self.name.strip()) > MAX_PROFILE_TEXT or \
                len(self.union_code.strip()) > MAX_PROFILE_TEXT or \
                len(self.address.strip()) > MAX_PROFILE_TEXT:
            raise StationDeskError("bad_station", detail=N_(
                "domain", "at most {limit} characters each").format(limit=MAX_PROFILE_TEXT))
        if self.tier not in TIERS:
            raise StationDeskError("bad_station", detail=N_("domain", "choose the station's tier"))


def create_station(root: Path, profile: StationProfile, admin_username: str,
                   admin_display: str, admin_password: str, *, clock: Clock = system_clock
                   ) -> tuple[Session, str]:
    """A new vault with its first admin; returns the admin's session and the recovery key,
    which is shown once and never stored in clear."""
    profile.validate()
    username = normalize_username(admin_username)
    check_password(admin_password)
    paths, lock, slots, payload, db = create_vault_files(Path(root))
    try:
        now = iso(clock())
        private = Ed25519PrivateKey.generate()
        with db.transaction():
            db.execute("INSERT INTO station (id, name, union_code, tier, address, created_at)"
                       " VALUES (1, ?, ?, ?, ?, ?)",
                       (profile.name.strip(), profile.union_code.strip(), profile.tier,
                        profile.address.strip(), now))
            cur = db.execute("INSERT INTO users (username, display_name, role, created_at,"
                             " password_changed_at) VALUES (?, ?, 'admin', ?, ?)",
                             (username, admin_display.strip() or username, now, now))
            user_id = cur.lastrowid
            box = X25519PrivateKey.generate()  # other stations encrypt transfers to it
            db.execute("INSERT INTO station_key (id, private_key, public_key, created_at,"
                       " box_private, box_public) VALUES (1, ?, ?, ?, ?, ?)",
                       (private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
                        private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw), now,
                        box.private_bytes_raw(), box.public_key().public_bytes_raw()))
            db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (slots.vault_id,))
            AuditLog(db, payload.audit_key, clock).append(
                Actor(user_id, username, Role.ADMIN.value), "vault.create", "station",
                {"tier": profile.tier})
        recovery_key = new_recovery_key()
        admin_record, admin_public = sealed.new_key_pair()
        safe_record, safe_public = sealed.new_key_pair()
        with db.transaction():
            record_keys.publish(db, user_slot(username), admin_public, now)
            record_keys.publish(db, RECOVERY_SLOT, safe_public, now)
        slots.set_slot(user_slot(username), admin_password, payload, record_key=admin_record)
        slots.set_slot(RECOVERY_SLOT, normalize_recovery_key(recovery_key), payload,
                       record_key=safe_record)
        slots.save()
    except BaseException:
        db.close()
        lock.release()
        _remove_partial(paths)
        raise
    vault = OpenVault(paths, db, payload, slots, lock, anchor=vault_anchor(paths, slots, payload),
                      record_key=admin_record)
    user = User(user_id, username, admin_display.strip() or username, Role.ADMIN)
    session = Session(vault, user, clock)
    session.audit.anchor_head(every=True)
    return session, recovery_key


def _remove_partial(paths: VaultPaths) -> None:
    """A vault whose creation failed half-way is useless and would block a retry."""
    for candidate in paths.database_files(paths.db) + paths.database_files(paths.clinical):
        if candidate.exists():
            candidate.unlink()
    for leftover in (paths.slots, paths.root / "vault.lock"):
        if leftover.exists():
            leftover.unlink()


def sign_in(root: Path, username: str, password: str, *,
            clock: Clock = system_clock) -> Session:
    leftovers.clean_before_sign_in(Path(root))
    paths = VaultPaths(Path(root))
    paths.check()
    lock = lock_vault(paths)
    try:
        slots = KeySlotFile.load(paths.slots)
        try:
            name = user_slot(normalize_username(username))
        except StationDeskError:
            name = ""
        slot = slots.slots.get(name)
        if slot is None and name.removeprefix("user:") in slots.disabled:
            raise StationDeskError("account_disabled", user=name.removeprefix("user:"))
        now = int(clock().timestamp())
        if slot is not None:
            check_attempt_allowed(username, slot, now)
        if name:
            opened = slots.open(name, password)
        else:  # not even a possible name: costs what a real attempt costs all the same
            slots.spend_like_a_real_attempt(password)
            opened = None
        if opened is None:
            if slot is not None:
                signin_policy.record_failure(slot, now)
            # An unknown name is not written down: people type passwords into the name box.
            slots.add_pending({"ts": iso(clock()),
                               "username": name.removeprefix("user:") if slot else "?",
                               "action": "signin.failed"})
            slots.save()
            raise StationDeskError("bad_credentials")
        vault = _open_vault(paths, lock, slots, name, password, opened.payload)
        vault.record_key = opened.record_key
        try:
            user = _load_user(vault.db, name.removeprefix("user:"))
            if user.disabled:
                raise StationDeskError("account_disabled", user=user.username)
            session = Session(vault, user, clock)
            session.audit.check_anchor()  # before anything is written
            if signin_policy.clear(slots.slots[name]) or slots.pending:
                _flush_pending(session)
            session.log("signin", detail=_migrations_detail(vault))
            signing.bind_earlier_signatures(session)  # once, after the upgrade
            _settle_record_keys(session)  # after: it may seal what was restricted in clear
            leftovers.after_sign_in(session)
        except BaseException:
            vault.db.close()
            raise
        return session
    except BaseException:
        lock.release()
        raise


def sign_in_recovery(root: Path, recovery_key: str, *, clock: Clock = system_clock) -> Session:
    """Open the vault with the printed recovery key; acts with admin powers, as 'recovery'."""
    leftovers.clean_before_sign_in(Path(root))
    paths = VaultPaths(Path(root))
    paths.check()
    lock = lock_vault(paths)
    try:
        slots = KeySlotFile.load(paths.slots)
        secret = normalize_recovery_key(recovery_key)
        opened = slots.open(RECOVERY_SLOT, secret)
        if opened is None:
            slots.add_pending({"ts": iso(clock()), "username": "recovery",
                               "action": "signin.failed"})
            slots.save()
            raise StationDeskError("bad_recovery_key")
        vault = _open_vault(paths, lock, slots, RECOVERY_SLOT, secret, opened.payload)
        vault.record_key = opened.record_key
        try:
            session = Session(vault, RECOVERY_USER, clock)
            session.audit.check_anchor()  # before anything is written
            _flush_pending(session)
            session.log("signin.recovery")
            signing.bind_earlier_signatures(session)  # once, after the upgrade
            _settle_record_keys(session)  # after: it may seal what was restricted in clear
            leftovers.after_sign_in(session)
        except BaseException:
            vault.db.close()
            raise
        return session
    except BaseException:
        lock.release()
        raise


def _settle_record_keys(session: Session) -> None:
    """The holder's record key pair (made now if its slot has none) and, for whoever holds
    the clinical key, the wraps of the sealed rows it opens brought up to date
    (records/restricted.py). The recovery key's own record key is the key in the safe."""
    from station_desk.domain.records import restricted

    try:
        record_keys.ensure_own(session)
        if session.is_recovery:
            session.safe_key = session.record_key
        restricted.catch_up(session)
    except StationDeskError as err:
        # A damaged page met here: the sign-in stands (its entry is written), and `verify`
        # names the damage; the keys are settled at a later sign-in.
        if err.code != "db_corrupt":
            raise


def _load_user(db: Database, username: str) -> User:
    row = db.one(f"SELECT {USER_COLUMNS} FROM users WHERE username = ?", (username,))
    if row is None:  # a slot without an account: treat like a wrong password
        raise StationDeskError("bad_credentials")
    return User.from_row(row)


def _flush_pending(session: Session) -> None:
    """Failures recorded while the database was closed join the audit trail now."""
    slots = session.vault.slots
    if not slots.pending:
        slots.save()
        return
    with session.db.transaction():
        for event in slots.pending:
            session.audit.append(Actor(None, str(event.get("username", "?")), "-"),
                                 str(event.get("action", "signin.failed")),
                                 ts=str(event.get("ts")))
    slots.pending.clear()
    slots.save()


def _migrations_detail(vault: OpenVault) -> str | dict:
    detail: dict[str, list[int]] = {}
    if vault.applied_migrations:
        detail["migrations"] = vault.applied_migrations
    if vault.applied_clinical_migrations:
        detail["clinical_migrations"] = vault.applied_clinical_migrations
    return detail or ""


def _open_vault(paths: VaultPaths, lock: VaultLock, slots: KeySlotFile, name: str,
                secret: str, payload: Payload) -> OpenVault:
    payload = _finish_or_undo_rekey(paths, slots, name, secret, payload)
    return open_vault_db(paths, lock, slots, payload, name,
                         lambda file: file.unwrap(name, secret), slot_holds_clinical)


def _finish_or_undo_rekey(paths: VaultPaths, slots: KeySlotFile, name: str, secret: str,
                          payload: Payload) -> Payload:
    """If a rekey was cut off, finish or discard it before opening; returns the payload that
    opens the vault now.

    A rekey (maintenance.rekey) writes the new slots to a side file, then rekeys clinical.db,
    then station.db, then promotes the side file. So with the side file still there:
    station.db on its new key means both files were done (promote); station.db on its old key
    and clinical.db too means nothing was (drop the side file); clinical.db alone on its new
    key means the station half is left, and this signer, who holds both new keys, does it. A
    signer without the clinical key cannot tell the last two apart, so leaves the side file
    for a clinical role and opens the station compartment with the key it still has.
    """
    pending = paths.pending_rekey_slots
    if not pending.exists():
        return payload
    if probe_key(paths.db, payload.db_key):
        if not paths.clinical.exists():  # a vault from before the compartments
            pending.unlink()
            return payload
        if payload.clinical_key is None:
            return payload
        if probe_key(paths.clinical, payload.clinical_key):
            pending.unlink()
            return payload
        staged = KeySlotFile.load(pending)
        new = staged.unwrap(name, secret)
        if new is None or not probe_key(paths.clinical, new.clinical_key):
            return payload  # neither key opens clinical.db: opening it will report the damage
        db = open_database(paths.db, payload.db_key)
        try:
            db.execute(rekey_pragma(new.db_key))
        finally:
            db.close()
        promote_slots(staged, slots, pending)
        return new
    staged = KeySlotFile.load(pending)
    new = staged.unwrap(name, secret)
    if new is None or not probe_key(paths.db, new.db_key):
        return payload  # neither key opens station.db: opening it will report the damage
    promote_slots(staged, slots, pending)
    return new
