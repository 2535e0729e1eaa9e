"""Account administration: add, disable, re-enable, reset, change password, unlock, supervision,
role.

Every change rewrites only the affected slot (atomically) and leaves an audit entry. A slot
gets the clinical key only if its account's role is clinical (`roles.CLINICAL_ROLES`): adding
or resetting an account seals it accordingly, and changing a role seals it in or takes it out
(sealing needs no password). Taking it out cannot unlearn a key already seen: `rekey` after a
role is withdrawn, as after a departure, retires any copy of the old slot file.
"""

from __future__ import annotations

import datetime as dt

from station_desk.domain import record_keys, signin_policy
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import iso, parse_iso
from station_desk.domain.records import restricted
from station_desk.domain.roles import Permission, Role, holds_clinical_key
from station_desk.domain.session import Session
from station_desk.domain.users import (
    USER_COLUMNS,
    User,
    check_password,
    normalize_username,
)
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage import sealed
from station_desk.storage.keyslots import Payload, user_slot

register_actions({"account.role": N_("domain", "account role changed")})
register_messages({
    "reset_would_lose_sealed": N_(
        "errors", "{user}'s password cannot be reset yet: some of their highly confidential "
        "content opens only with their own key and the recovery key has no copy, so after a "
        "reset nobody could read it. Sign in once with the recovery key first (it adds the "
        "copy), or let {user} sign in and change the password themselves."),
    "account_not_disabled": N_(
        "errors", "The account {user} is not disabled; there is nothing to enable."),
    "last_admin_role": N_("errors", "The last active admin account must stay an admin."),
    "role_has_files": N_(
        "errors", "{user} is still the counsellor of {count} files; reassign them before "
        "changing the role."),
})


def payload_for(session: Session, role: Role | str) -> Payload:
    """The keys an account of `role` gets: the clinical key only for a clinical role."""
    try:
        return session.vault.payload.for_slot(clinical=holds_clinical_key(role))
    except ValueError as exc:  # this session cannot give what it does not hold
        raise StationDeskError("no_clinical_key") from exc


def list_users(session: Session, *, include_disabled: bool = True) -> list[User]:
    session.require(Permission.VIEW_DIRECTORY)
    sql = f"SELECT {USER_COLUMNS} FROM users"
    if not include_disabled:
        sql += " WHERE disabled = 0"
    return [User.from_row(r) for r in session.db.all(sql + " ORDER BY id")]


def get_user(session: Session, username: str) -> User:
    row = session.db.one(f"SELECT {USER_COLUMNS} FROM users WHERE username = ?",
                         (normalize_username(username),))
    if row is None:
        raise StationDeskError("unknown_user", user=username)
    return User.from_row(row)


def add_user(session: Session, username: str, display_name: str, role: Role | str,
             password: str) -> User:
    session.require(Permission.MANAGE_ACCOUNTS)
    name = normalize_username(username)
    check_password(password)
    role = Role(role)
    if session.db.scalar("SELECT 1 FROM users WHERE username = ?", (name,)):
        raise StationDeskError("user_exists", user=name)
    now = iso(session.clock())
    # Slot first: a crash between the two leaves a slot without an account, which cannot
    # sign in (no row), rather than an account nobody can open.
    slots = session.vault.slots
    slots.set_slot(user_slot(name), password, payload_for(session, role))
    slots.save()
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO users (username, display_name, role, created_at, password_changed_at)"
            " VALUES (?, ?, ?, ?, ?)", (name, display_name.strip() or name, role.value, now, now))
        session.log("account.add", f"user:{name}", {"role": role.value})
    return User(cur.lastrowid, name, display_name.strip() or name, role)


def disable_user(session: Session, username: str) -> None:
    """Removes the account's slot so it can no longer open the vault; `rekey` afterwards
    makes a copied old slot file useless too."""
    session.require(Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    if user.role is Role.ADMIN and not user.disabled:
        admins = session.db.scalar(
            "SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0")
        if admins <= 1:
            raise StationDeskError("last_admin")
    with session.db.transaction():
        session.db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (user.id,))
        session.log("account.disable", f"user:{user.username}")
    slots = session.vault.slots
    slots.remove(user_slot(user.username))
    slots.disabled.append(user.username)
    slots.save()


def reset_password(session: Session, username: str, new_password: str) -> None:
    """Admin sets a new password (also re-enables a disabled account and clears its lock)."""
    session.require(Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    _new_slot(session, user, new_password, "account.reset",
              {"re_enabled": True} if user.disabled else "")


def enable_user(session: Session, username: str, new_password: str) -> None:
    """A disabled account signs in again (a colleague back from leave). Disabling removed its
    key slot, so it comes back with a new password the admin hands over, as after a reset."""
    session.require(Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    if not user.disabled:
        raise StationDeskError("account_not_disabled", user=user.username)
    _new_slot(session, user, new_password, "account.enable")


def _new_slot(session: Session, user: User, new_password: str, action: str,
              detail: str | dict = "") -> None:
    """A new key slot for `user` behind `new_password`, the account enabled, and the audit
    entry `action` written with that change."""
    check_password(new_password)
    # The reset replaces the slot, and with it the account's record key: refuse while some of
    # its restricted content has no copy the recovery key opens, or it would be lost for good.
    if restricted.readable_only_by(session, user_slot(user.username)):
        raise StationDeskError("reset_would_lose_sealed", user=user.username)
    slots = session.vault.slots
    slots.set_slot(user_slot(user.username), new_password, payload_for(session, user.role))
    slots.disabled[:] = [n for n in slots.disabled if n != user.username]
    slots.save()
    with session.db.transaction():
        session.db.execute("UPDATE users SET disabled = 0, password_changed_at = ? WHERE id = ?",
                           (iso(session.clock()), user.id))
        session.log(action, f"user:{user.username}", detail)


def last_sign_ins(session: Session) -> dict[str, dt.datetime]:
    """When each account last signed in (from the audit trail; an account that never did is
    absent). For the admin's account list."""
    session.require(Permission.MANAGE_ACCOUNTS)
    return {str(name): parse_iso(str(ts)) for name, ts in session.db.all(
        "SELECT username, max(ts) FROM audit WHERE action = 'signin' GROUP BY username")}


def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    if session.is_recovery:
        raise StationDeskError("forbidden", role=N_("domain", "the recovery key"),
                               action=N_("domain", "change a password"))
    check_password(new_password)
    name = user_slot(session.user.username)
    slots = session.vault.slots
    if slots.unwrap(name, old_password) is None:
        raise StationDeskError("wrong_password")  # only the password was asked for
    slots.set_slot(name, new_password, session.vault.payload, record_key=session.record_key)
    slots.save()
    with session.db.transaction():
        session.db.execute("UPDATE users SET password_changed_at = ? WHERE id = ?",
                           (iso(session.clock()), session.user.id))
        session.log("account.password", f"user:{session.user.username}")


def unlock_account(session: Session, username: str) -> None:
    session.require(Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    slot = session.vault.slots.slots.get(user_slot(user.username))
    if slot is not None and signin_policy.clear(slot):
        session.vault.slots.save()
    session.log("account.unlock", f"user:{user.username}")


def set_supervision(session: Session, username: str, supervisor: str | None) -> None:
    """A counsellor under supervision has signed records wait for the supervisor's co-sign."""
    session.require(Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    sup = get_user(session, supervisor) if supervisor else None
    if sup is not None and (sup.role is not Role.COUNSELLOR or sup.id == user.id):
        raise StationDeskError("bad_input", detail=N_(
            "domain", "the supervisor must be another counsellor"))
    with session.db.transaction():
        session.db.execute("UPDATE users SET needs_review = ?, supervisor_id = ? WHERE id = ?",
                           (1 if sup else 0, sup.id if sup else None, user.id))
        session.log("account.review", f"user:{user.username}",
                    {"supervisor": sup.username if sup else None})


def set_role(session: Session, username: str, role: Role | str) -> bool:
    """Give an account another role, and its slot the keys of that role. Returns True when
    the clinical key was withheld (the caller should suggest `rekey`).

    Crash order: when the key is taken away, the slot is resealed before the role changes;
    when it is given, after. A crash in between leaves an account with less than its role
    allows (doing it again fixes it), never with a key its role does not allow."""
    session.require(Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    role = Role(role)
    if role is user.role:
        return False
    if user.role is Role.ADMIN and not user.disabled and session.db.scalar(
            "SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0") <= 1:
        raise StationDeskError("last_admin_role")
    if user.role is Role.COUNSELLOR:
        held = int(session.db.scalar("SELECT count(*) FROM clients WHERE counsellor_id = ?",
                                     (user.id,)))
        if held:
            raise StationDeskError("role_has_files", user=user.username, count=held)
    before, after = holds_clinical_key(user.role), holds_clinical_key(role)
    slots = session.vault.slots
    name = user_slot(user.username)

    def reseal() -> None:
        if name in slots.slots:
            slots.seal(name, payload_for(session, role))
            slots.save()

    if before and not after:
        reseal()
    with session.db.transaction():
        session.db.execute("UPDATE users SET role = ? WHERE id = ?", (role.value, user.id))
        if user.role is Role.COUNSELLOR:  # supervision is between counsellors
            session.db.execute("UPDATE users SET needs_review = 0, supervisor_id = NULL"
                               " WHERE id = ? OR supervisor_id = ?", (user.id, user.id))
        session.log("account.role", f"user:{user.username}",
                    {"from": user.role.value, "to": role.value, "clinical_key": after})
    if after and not before or before == after:
        reseal()
    return before and not after


def replace_recovery_key(session: Session) -> str:
    """A new recovery key (the old one stops working); shown once, like at set-up."""
    from station_desk.storage.keyslots import RECOVERY_SLOT
    from station_desk.storage.vault import new_recovery_key, normalize_recovery_key

    session.require(Permission.MANAGE_ACCOUNTS)
    key = new_recovery_key()
    # The key in the safe changes with it. Signed in with the old recovery key, the same
    # record key moves over; otherwise a new pair (made here: this admin is shown the new key
    # anyway), and each reader re-wraps what they hold for it at their next sign-in.
    record = session.safe_key if session.is_recovery else None
    public = None
    if record is None:
        record, public = sealed.new_key_pair()
    session.vault.slots.set_slot(RECOVERY_SLOT, normalize_recovery_key(key),
                                 payload_for(session, Role.ADMIN), record_key=record)
    session.vault.slots.save()
    with session.db.transaction():
        if public is not None:
            record_keys.publish(session.db, RECOVERY_SLOT, public, iso(session.clock()))
        session.log("recovery.reset", detail={"record_key": "kept" if public is None
                                              else "new"})
    return key
