"""Who may see which case: the rules on top of the role matrix.

- A counsellor reaches a case they own, one shared with them, or one owned by a counsellor
  they supervise. Nobody else's.
- An admin reaches a case only by breaking the glass: a written reason, kept in the audit
  trail, that opens that one case for the rest of this signed-in session.
- A receptionist never reaches clinical content; the directory (number, name, phone, unit,
  status) is all they see.
- A restricted (高度保密) file is seen only by the user who restricted it, a restricted
  session record only by its author, and an unsigned draft only by its author: everyone else
  gets "not found", in lists, searches and direct opens alike, so not even its existence shows.
  Their content is also sealed to those readers (records/restricted.py), so the rule holds
  without the app. The one way past it: an admin breaks the glass with the recovery key typed
  in (the key in the safe) and a reason, or signs in with the recovery key and gives a reason;
  that opens restricted files and records of the case, and the audit entry says so.

Every list and search in the records package filters with the SQL fragments below, so a rule
lives in one place.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from station_desk.domain import signin_policy
from station_desk.domain.records import restricted
from station_desk.domain.records.common import MAX_MEDIUM, file_target
from station_desk.domain.roles import Permission, Role, role_label
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.storage.keyslots import RECOVERY_SLOT
from station_desk.storage.vault import normalize_recovery_key

if TYPE_CHECKING:
    from station_desk.domain.records.files import ClientFile

register_messages({
    "case_forbidden": N_(
        "errors", "File {file_no} is not your case and has not been shared with you."),
    "case_owner_only": N_(
        "errors", "Only the counsellor responsible for file {file_no} may {action}."),
    "reason_too_long": N_("errors", "The reason may have at most {limit} characters."),
})

OWN, SHARED, SUPERVISION, BREAK_GLASS = "own", "shared", "supervision", "break_glass"
ACCESS_LABELS = {OWN: N_("records", "own case"), SHARED: N_("records", "shared case"),
                 SUPERVISION: N_("records", "supervised case"),
                 BREAK_GLASS: N_("records", "opened with a reason")}

# Break-the-glass grants: per signed-in session object, gone when it is.
_grants: weakref.WeakKeyDictionary[Session, set[int]] = weakref.WeakKeyDictionary()

_FILE_COLUMNS = "id, file_no, counsellor_id, restricted, restricted_by, status"


@dataclass(frozen=True)
class FileRef:
    """The few columns the rules need."""

    id: int
    file_no: str
    counsellor_id: int | None
    restricted: bool
    restricted_by: int | None
    status: str

    @property
    def target(self) -> str:
        return file_target(self.file_no)


def me(session: Session) -> int:
    """The user id for SQL; the recovery principal (no row) matches nothing."""
    return session.user.id if session.user.id is not None else -1


def supervisees(session: Session) -> list[int]:
    if session.user.role is not Role.COUNSELLOR:
        return []
    return [r[0] for r in session.db.all("SELECT id FROM users WHERE supervisor_id = ?",
                                         (me(session),))]


# Says neither the internal id nor whether a restricted file exists.
NO_SUCH_FILE = N_("records", "the file (it does not exist or you may not see it)")


def file_ref(session: Session, client_id: int) -> FileRef:
    """The file if this user may know it exists; restricted files of others are not found."""
    row = session.db.one(f"SELECT {_FILE_COLUMNS} FROM clients WHERE id = ?", (client_id,))
    if row is None:
        raise StationDeskError("not_found", what=NO_SUCH_FILE)
    ref = FileRef(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
    if ref.restricted and ref.restricted_by != me(session) and not _holds_safe(session):
        raise StationDeskError("not_found", what=NO_SUCH_FILE)
    return ref


def _holds_safe(session: Session) -> bool:
    """An admin holding the key in the safe (typed in to break the glass, or signed in with
    the recovery key): restricted files can be found to be opened with a reason."""
    return session.safe_key is not None and session.can(Permission.BREAK_GLASS)


def case_access(session: Session, ref: FileRef) -> str:
    """How this user reaches the case's clinical content, or "" if they do not."""
    user = me(session)
    if session.can(Permission.VIEW_CLINICAL):
        if ref.counsellor_id == user:
            return OWN
        if session.db.scalar("SELECT 1 FROM case_shares WHERE client_id = ? AND user_id = ?",
                             (ref.id, user)):
            return SHARED
        if ref.counsellor_id is not None and ref.counsellor_id in supervisees(session):
            return SUPERVISION
    if session.can(Permission.BREAK_GLASS) and ref.id in _grants.get(session, set()):
        return BREAK_GLASS
    return ""


def can_view_clinical(session: Session, client_id: int) -> bool:
    """Whether notes, assessment results and crisis details of this file may be shown now.

    For an admin this is true only after `files.open_file` with a reason in this session."""
    try:
        return bool(case_access(session, file_ref(session, client_id)))
    except StationDeskError:
        return False


# How a user may open a file (`how_to_open`): the directory card only (number, name, contact,
# status), the file with its clinical content, or the file after giving a reason (an admin
# breaking the glass; see `files.open_file`).
CARD, OPEN, WITH_REASON = "card", "open", "with_reason"


def how_to_open(session: Session, client_id: int) -> str:
    """How this user may open this file now: `CARD` (no clinical role), `WITH_REASON` (an
    admin not yet granted this case: ask for a reason, and the recovery key if wanted), or
    `OPEN` (`files.open_file` decides the rest and refuses a counsellor not on the case)."""
    if not session.can(Permission.VIEW_CLINICAL) and not session.can(Permission.BREAK_GLASS):
        return CARD
    if session.can(Permission.BREAK_GLASS) and not can_view_clinical(session, client_id):
        return WITH_REASON
    return OPEN


def can_write(session: Session, client: ClientFile) -> bool:
    """Whether records may be written into this opened file (`require_write`'s rule): a
    counsellor who reaches the case, never a reader who broke the glass."""
    return session.can(Permission.WRITE_SESSION) and client.access != BREAK_GLASS


def is_owner(session: Session, client: ClientFile) -> bool:
    """The counsellor responsible for the file (`require_owner`'s rule: share, close)."""
    return client.counsellor_id == me(session)


def can_print_records(session: Session, client_id: int) -> bool:
    """Whether this user may print the clinical content of this file (summary, a record, the
    case, the assessment report): the print permission and the right to read the file now."""
    return session.can(Permission.PRINT_RECORDS) and can_view_clinical(session, client_id)


def require_clinical(session: Session, client_id: int) -> tuple[FileRef, str]:
    ref = file_ref(session, client_id)
    mode = case_access(session, ref)
    if not mode:
        refuse(session, ref)
    return ref, mode


def require_write(session: Session, client_id: int) -> FileRef:
    """Writing into a case: a counsellor who reaches it (a break-the-glass reader does not)."""
    session.require(Permission.WRITE_SESSION)
    ref, mode = require_clinical(session, client_id)
    if mode == BREAK_GLASS:  # pragma: no cover - admins lack WRITE_SESSION
        refuse(session, ref)
    return ref


def require_owner(session: Session, client_id: int, action_zh: str, action_en: str,
                  permission: Permission = Permission.SHARE_CASE) -> FileRef:
    session.require(permission)
    ref = file_ref(session, client_id)
    if ref.counsellor_id != me(session):  # the rule `is_owner` answers for a screen
        raise StationDeskError("case_owner_only", file_no=ref.file_no, action=action_zh,
                               action_en=action_en)
    return ref


def refuse(session: Session, ref: FileRef) -> None:
    """Raise the refusal this user gets for a case they do not reach."""
    if not (session.can(Permission.VIEW_CLINICAL) or session.can(Permission.BREAK_GLASS)):
        session.require(Permission.VIEW_CLINICAL)
    if session.can(Permission.BREAK_GLASS):
        raise StationDeskError("reason_required")
    raise StationDeskError("case_forbidden", file_no=ref.file_no)


def break_glass(session: Session, client_id: int, reason: str,
                recovery_key: str | None = None) -> FileRef:
    """Admin: open someone else's case for this session, with the reason on record. With the
    recovery key typed in, its restricted content opens too (see the module docstring)."""
    session.require(Permission.BREAK_GLASS)
    text = (reason or "").strip()
    if not text:
        raise StationDeskError("reason_required")
    if len(text) > MAX_MEDIUM:
        raise StationDeskError("reason_too_long", limit=MAX_MEDIUM)
    if recovery_key is not None:
        unlock_safe(session, recovery_key)
    ref = file_ref(session, client_id)
    with session.db.transaction():
        session.log("file.break_glass", ref.target,
                    {"reason": text, "recovery_key": session.safe_key is not None})
    _grants.setdefault(session, set()).add(ref.id)
    return ref


def unlock_safe(session: Session, recovery_key: str) -> None:
    """The admin types the recovery key: checked on its slot (Argon2id, as at sign-in); its
    record key opens restricted content for the rest of this session. Audited either way."""
    session.require(Permission.BREAK_GLASS)
    slots = session.vault.slots
    slot = slots.slots.get(RECOVERY_SLOT)
    opened = slots.open(RECOVERY_SLOT, normalize_recovery_key(recovery_key)) if slot else None
    if opened is None:
        if slot is not None:
            signin_policy.record_failure(slot, int(session.clock().timestamp()))
            slots.save()
        with session.db.transaction():
            session.log("safe.failed")
        raise StationDeskError("bad_recovery_key")
    if opened.record_key is None:
        raise StationDeskError("no_safe_key")
    session.safe_key = opened.record_key
    with session.db.transaction():
        session.log("safe.open")
    restricted.catch_up(session)


# --------------------------------------------------------------------------- SQL filters


def directory_filter(session: Session, alias: str = "c") -> tuple[str, list[Any]]:
    """Files this user may find at all (the directory): all but others' restricted files."""
    session.require(Permission.VIEW_DIRECTORY)
    if _holds_safe(session):  # signed in with the recovery key: restricted files are listed
        return "1", []
    return f"({alias}.restricted = 0 OR {alias}.restricted_by = ?)", [me(session)]


def clinical_filter(session: Session, alias: str = "c") -> tuple[str, list[Any]]:
    """Files whose clinical content this user reaches now (see module docstring)."""
    user = me(session)
    reach: list[str] = []
    params: list[Any] = []
    if session.can(Permission.VIEW_CLINICAL):
        owners = [user, *supervisees(session)]
        reach.append(f"{alias}.counsellor_id IN ({','.join('?' * len(owners))})")
        params.extend(owners)
        reach.append(f"{alias}.id IN (SELECT client_id FROM case_shares WHERE user_id = ?)")
        params.append(user)
    granted = sorted(_grants.get(session, set())) if session.can(Permission.BREAK_GLASS) else []
    opened = ""  # cases opened with the key in the safe: restricted or not
    if granted and _holds_safe(session):
        opened = f" OR {alias}.id IN ({','.join('?' * len(granted))})"
    elif granted:
        reach.append(f"{alias}.id IN ({','.join('?' * len(granted))})")
        params.extend(granted)
    if not reach and not opened:
        return "0", []
    base = (f"(({' OR '.join(reach)}) AND ({alias}.restricted = 0 OR {alias}.restricted_by = ?))"
            if reach else "0")
    return (f"({base}{opened})", [*params, *([user] if reach else []),
                                  *(granted if opened else [])])


def reach_estimate(session: Session) -> int:
    """About how many files `clinical_filter` lets through (index counts only), so a finder
    can choose between walking those files and walking the whole date index."""
    total = len(_grants.get(session, set())) if session.can(Permission.BREAK_GLASS) else 0
    if session.can(Permission.VIEW_CLINICAL):
        owners = [me(session), *supervisees(session)]
        total += int(session.db.scalar(
            f"SELECT count(*) FROM clients WHERE counsellor_id IN ({','.join('?' * len(owners))})",
            owners))
        total += int(session.db.scalar("SELECT count(*) FROM case_shares WHERE user_id = ?",
                                       (me(session),)))
    return total


def session_filter(session: Session, alias: str = "s") -> tuple[str, list[Any]]:
    """Within a reachable case: others' restricted records and others' drafts stay hidden."""
    user = me(session)
    if _holds_safe(session):  # restricted records of an opened case too; drafts never
        return f"({alias}.status <> 'draft' OR {alias}.counsellor_id = ?)", [user]
    return (f"(({alias}.restricted = 0 OR {alias}.counsellor_id = ?)"
            f" AND ({alias}.status <> 'draft' OR {alias}.counsellor_id = ?))", [user, user])


def role_name(session: Session) -> str:
    return role_label(session.user.role)
