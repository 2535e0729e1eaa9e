"""The psychological file (职工心理健康档案): registration, details, sharing, transfer, closing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from station_desk.domain.records import access
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.access import FileRef
from station_desk.domain.records.common import (
    MAX_MEDIUM,
    MAX_SECTION,
    RESTRICTED_FILE_LABEL,
    Checker,
    dumps,
    file_target,
    loads,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.records.consent import Consent, latest_consent, save_consent
from station_desk.domain.records.text_index import index_client, reindex
from station_desk.domain.records.transfer_marks import refuse_if_transferred
from station_desk.domain.roles import Permission, Role
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "bad_counsellor": N_("errors", "The chosen counsellor is not an active counsellor account."),
    "restricted_no_share": N_(
        "errors", "A restricted file cannot be shared; lift the restriction first."),
    "close_open_crisis": N_(
        "errors", "File {file_no} still has an open crisis; close it before closing the case."),
    "close_open_drafts": N_(
        "errors", "File {file_no} still has {count} unsigned session drafts; sign or delete "
        "them first."),
    "file_not_open": N_("errors", "File {file_no} is closed; reopen it first."),
    "file_transferred_out": N_(
        "errors", "File {file_no} was transferred to another station; it takes no new records."),
    "file_already_assigned": N_(
        "errors", "File {file_no} already has a counsellor; only they can transfer it."),
})

FILE_STATUSES = ("open", "closed", "transferred", "referred_out")
CLOSED_STATUSES = ("closed", "referred_out")
_PHONE = re.compile(r"^[0-9+\- ]{0,20}$")


@dataclass(frozen=True)
class ClientInput:
    """What the registration form and the file's edit form hold."""

    name: str = ""
    is_pseudonym: bool = False
    gender: str = "unspecified"
    birth_year: int | str | None = None
    phone: str = ""
    employer: str = ""
    industry: str = ""
    job_type: str = ""
    key_groups: tuple[str, ...] = ()
    source: str = ""
    emergency_contact: str = ""
    counsellor_id: int | None = None  # registration only; later changes are transfers


@dataclass(frozen=True)
class DirectoryEntry:
    """What reception may see of a file: enough to find it and book, nothing clinical."""

    id: int
    file_no: str
    name: str
    is_pseudonym: bool
    phone: str
    employer: str
    status: str
    counsellor_id: int | None
    counsellor_name: str
    has_consent: bool
    opened_at: str
    restricted: bool


@dataclass(frozen=True)
class CrisisFlag:
    """The red banner: an open crisis, since when, when its follow-up is due."""

    crisis_id: int
    opened_at: str
    followup_due: str
    risk_level: str


@dataclass(frozen=True)
class Registration:
    """The registration details every view of a file starts with (its first columns)."""

    id: int
    file_no: str
    name: str
    is_pseudonym: bool
    gender: str
    birth_year: int | None
    phone: str
    employer: str
    industry: str
    job_type: str
    key_groups: tuple[str, ...]
    source: str
    emergency_contact: str


@dataclass(frozen=True)
class ClientFile(Registration):
    counsellor_id: int | None
    counsellor_name: str
    status: str
    risk_level: str
    restricted: bool
    restricted_by: int | None
    closing_summary: str
    opened_at: str
    closed_at: str | None
    created_at: str
    last_seen_at: str | None
    consent: Consent | None
    shared_with: tuple[tuple[int, str], ...] = field(default=())
    open_crisis: CrisisFlag | None = None
    access: str = ""  # how the viewer reaches it: own / shared / supervision / break_glass

    @property
    def has_consent(self) -> bool:
        return self.consent is not None

    @property
    def target(self) -> str:
        return file_target(self.file_no)


# The file's registration columns are in station.db (clients), its clinical ones in
# clinical.db (client_clinical, a row only once there is something clinical to say).
_CLIENT_COLUMNS = (
    "c.id, c.file_no, c.name, c.is_pseudonym, c.gender, c.birth_year, c.phone, c.employer,"
    " c.industry, c.job_type, c.key_groups, c.source, c.emergency_contact, c.counsellor_id,"
    " c.status, coalesce(k.risk_level, 'none'), c.restricted, c.restricted_by,"
    " coalesce(k.closing_summary, ''), c.opened_at, c.closed_at, c.created_at, k.last_seen_at,"
    " coalesce(k.sealed, 0)")
_CLIENT_FROM = "clients c LEFT JOIN client_clinical k ON k.client_id = c.id"


def set_clinical(session: Session, client_id: int, **values: object) -> None:
    """Write the file's clinical columns (risk_level, closing_summary, last_seen_at) in
    clinical.db; joins the caller's transaction."""
    cols = list(values)
    session.db.execute(
        f"INSERT INTO client_clinical (client_id, {', '.join(cols)})"
        f" VALUES (?, {', '.join('?' * len(cols))}) ON CONFLICT (client_id) DO UPDATE SET"
        f" {', '.join(f'{c} = excluded.{c}' for c in cols)}",
        (client_id, *values.values()))


def open_file(session: Session, client_id: int, reason: str | None = None,
              recovery_key: str | None = None) -> ClientFile:
    """Open a file with its clinical content: checks access (the rules in `access`), audits
    the view, returns it.

    Raises `forbidden` (receptionist), `case_forbidden` (a counsellor not on the case),
    `reason_required` (an admin without a reason), `not_found` (missing, or restricted by
    someone else). An admin's reason opens the case for the rest of the session."""
    if recovery_key is not None:
        access.unlock_safe(session, recovery_key)
    ref = access.file_ref(session, client_id)
    mode = access.case_access(session, ref)
    if not mode and session.can(Permission.BREAK_GLASS) and (reason or "").strip():
        access.break_glass(session, client_id, reason or "")
        mode = access.BREAK_GLASS
    if not mode:
        access.refuse(session, ref)
    with session.db.transaction():
        session.log("file.view", ref.target, {"access": mode})
    return load_file(session, ref, mode)



def load_file(session: Session, ref: FileRef, mode: str) -> ClientFile:
    """The whole file; callers have checked access (see `open_file`)."""
    found = read_file(session, ref.id, mode)
    assert found is not None
    return found


def read_file(session: Session, client_id: int, mode: str = "") -> ClientFile | None:
    """The whole file by id (None if there is none); no access check, no audit entry: for
    callers that have checked access (`load_file`, the printed documents)."""
    r = session.db.one(f"SELECT {_CLIENT_COLUMNS} FROM {_CLIENT_FROM} WHERE c.id = ?",
                       (client_id,))
    if r is None:
        return None
    r = sealing.reveal(session, "client_clinical", [r], {"closing_summary": 18})[0]
    shares = session.db.all("SELECT user_id FROM case_shares WHERE client_id = ?"
                            " ORDER BY granted_at", (client_id,))
    names = user_names(session, [r[13], *(s[0] for s in shares)])
    crisis = session.db.one(
        "SELECT id, opened_at, followup_due, risk_level FROM crises"
        " WHERE client_id = ? AND closed_at IS NULL ORDER BY opened_at DESC LIMIT 1",
        (client_id,))
    return ClientFile(
        r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], loads(r[10]), r[11],
        r[12], r[13], names.get(r[13], ""), r[14], r[15], bool(r[16]), r[17], r[18], r[19],
        r[20], r[21], r[22], latest_consent(session, client_id),
        tuple((s[0], names.get(s[0], "")) for s in shares),
        CrisisFlag(*tuple(crisis)) if crisis else None, mode)


def reload(session: Session, client_id: int) -> ClientFile:
    """Re-read a file already opened (after a change) without a second audit entry."""
    ref, mode = access.require_clinical(session, client_id)
    return load_file(session, ref, mode)


# --------------------------------------------------------------------------- directory


_DIRECTORY_SQL = (
    "SELECT c.id, c.file_no, c.name, c.is_pseudonym, c.phone, c.employer, c.status,"
    " c.counsellor_id, coalesce(u.display_name, ''),"
    " EXISTS (SELECT 1 FROM consents k WHERE k.client_id = c.id), c.opened_at, c.restricted"
    " FROM clients c LEFT JOIN users u ON u.id = c.counsellor_id")


def directory_rows(session: Session, ids: list[int]) -> list[DirectoryEntry]:
    """Directory rows for these ids, in the given order; ids this user may not see vanish."""
    if not ids:
        return []
    where, params = access.directory_filter(session)
    marks = ",".join("?" * len(ids))
    rows = session.db.all(f"{_DIRECTORY_SQL} WHERE c.id IN ({marks}) AND {where}",
                          [*ids, *params])
    by_id = {r[0]: DirectoryEntry(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], r[7], r[8],
                                  bool(r[9]), r[10], bool(r[11])) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def directory_entry(session: Session, client_id: int) -> DirectoryEntry:
    """One file's directory details (reception's view of a file); audited as a view."""
    ref = access.file_ref(session, client_id)
    found = directory_rows(session, [ref.id])
    with session.db.transaction():
        session.log("file.view_basic", ref.target)
    return found[0]


def find_by_number(session: Session, file_no: str) -> DirectoryEntry | None:
    where, params = access.directory_filter(session)
    row = session.db.one(f"SELECT c.id FROM clients c WHERE c.file_no = ? AND {where}",
                         [file_no.strip().upper(), *params])
    return directory_rows(session, [row[0]])[0] if row else None


# --------------------------------------------------------------------------- registration


def _check_client(session: Session, data: ClientInput) -> tuple[Checker, dict[str, object]]:
    check = Checker(today(session))
    name = check.text("name", data.name, required=not data.is_pseudonym)
    values: dict[str, object] = {
        "name": name,
        "is_pseudonym": int(bool(data.is_pseudonym)),
        "gender": check.choice("gender", "genders", data.gender or "unspecified"),
        "birth_year": check.number("birth_year", data.birth_year, 1900, today(session).year,
                                   required=False),
        "phone": check.text("phone", data.phone, limit=20),
        "employer": check.text("employer", data.employer),
        "industry": check.choice("industry", "industries", data.industry, required=False),
        "job_type": check.choice("job_type", "job_types", data.job_type, required=False),
        "key_groups": dumps(check.choices("key_groups", "key_groups", data.key_groups)),
        "source": check.choice("source", "referral_sources", data.source, required=False),
        "emergency_contact": check.text("emergency_contact", data.emergency_contact),
    }
    if not check.failed("phone") and not _PHONE.match(str(values["phone"])):
        check.add("phone", "field_bad_phone", value=values["phone"])
    return check, values


def check_counsellor(session: Session, user_id: int | None) -> None:
    if user_id is None:
        return
    ok = session.db.scalar("SELECT 1 FROM users WHERE id = ? AND role = ? AND disabled = 0",
                           (user_id, Role.COUNSELLOR.value))
    if not ok:
        raise StationDeskError("bad_counsellor")


def register_visitor(session: Session, data: ClientInput, *,
                     consent: tuple[dt.date | str, str, bool]
                     | tuple[dt.date | str, str, bool, list[str]] | None = None
                     ) -> DirectoryEntry:
    """Open a new file (生成档案编号). A counsellor registering becomes its counsellor unless
    another is chosen; `consent` = (date, wording, limits explained[, scope items]) when
    signed at intake (with the items, a structured form explained by the registering user)."""
    session.require(Permission.REGISTER_CLIENT)
    check, values = _check_client(session, data)
    check.done()
    counsellor = data.counsellor_id
    if counsellor is None and session.user.role is Role.COUNSELLOR:
        counsellor = session.user.id
    check_counsellor(session, counsellor)
    now = now_iso(session)
    with session.db.transaction():
        new_id = int(session.db.scalar("SELECT coalesce(max(id), 0) + 1 FROM clients"))
        file_no = make_file_no(today(session).year, new_id)
        if values["is_pseudonym"] and not values["name"]:
            values["name"] = f"匿名来访者{new_id:04d}"
        session.db.execute(
            "INSERT INTO clients (id, file_no, name, is_pseudonym, gender, birth_year, phone,"
            " employer, industry, job_type, key_groups, source, emergency_contact,"
            " counsellor_id, opened_at, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id, file_no, values["name"], values["is_pseudonym"], values["gender"],
             values["birth_year"], values["phone"], values["employer"], values["industry"],
             values["job_type"], values["key_groups"], values["source"],
             values["emergency_contact"], counsellor, now, session.user.id, now, now))
        index_client(session, new_id)
        session.log("file.register", file_target(file_no),
                    {"counsellor": counsellor, "pseudonym": bool(values["is_pseudonym"])})
        if consent is not None:
            date, wording, limits, *items = consent
            save_consent(session, new_id, file_no, date, wording, limits,
                         scopes=items[0] if items else None)
    return directory_rows(session, [new_id])[0]


def make_file_no(year: int, client_id: int) -> str:
    """档案编号: XL-<year opened>-<six-digit sequence>; the sequence is the file's id."""
    return f"XL-{year}-{client_id:06d}"


def update_file(session: Session, client_id: int, data: ClientInput) -> ClientFile:
    """Edit the file's details from the clinical file (not its counsellor: that is a
    transfer). Reception edits the same details through `update_basic_details`."""
    ref = access.require_write(session, client_id)
    check, values = _check_client(session, data)
    check.done()
    # audited field by field (names, never values), like reception's corrections: the
    # worker's copy lists them (records/subject_copy.py)
    _write_details(session, ref, values, {"fields": _changed(_basic(session, ref), values)})
    return reload(session, ref.id)


@dataclass(frozen=True)
class BasicDetails(Registration):
    """A file's registration details: who, how to reach them, where they work, how they
    came. Nothing clinical (no risk, no notes, no crisis, no closing summary)."""

    status: str
    counsellor_id: int | None
    counsellor_name: str

    def as_input(self) -> ClientInput:
        return ClientInput(self.name, self.is_pseudonym, self.gender, self.birth_year,
                           self.phone, self.employer, self.industry, self.job_type,
                           self.key_groups, self.source, self.emergency_contact)


_BASIC_COLUMNS = ("name", "is_pseudonym", "gender", "birth_year", "phone", "employer",
                  "industry", "job_type", "key_groups", "source", "emergency_contact")


def _basic(session: Session, ref: FileRef) -> BasicDetails:
    r = session.db.one(f"SELECT {', '.join(_BASIC_COLUMNS)}, status, counsellor_id"
                       f" FROM clients WHERE id = ?", (ref.id,))
    names = user_names(session, [r[12]])
    return BasicDetails(ref.id, ref.file_no, r[0], bool(r[1]), r[2], r[3], r[4], r[5], r[6],
                        r[7], loads(r[8]), r[9], r[10], r[11], r[12], names.get(r[12], ""))


def basic_details(session: Session, client_id: int) -> BasicDetails:
    """The registration details for the edit form; audited as a view of basic details."""
    session.require(Permission.VIEW_DIRECTORY)
    ref = access.file_ref(session, client_id)
    with session.db.transaction():
        session.log("file.view_basic", ref.target)
    return _basic(session, ref)


def update_basic_details(session: Session, client_id: int, data: ClientInput) -> BasicDetails:
    """Reception (or anyone who registers visitors) corrects a file's registration details
    after the fact. Allowed on any file the user may find: a file restricted by someone else
    is not found. The counsellor is not changed here (assignment and transfer are). Audited
    with the names of the fields that changed, never their values."""
    session.require(Permission.REGISTER_CLIENT)
    ref = access.file_ref(session, client_id)
    check, values = _check_client(session, data)
    check.done()
    before = _basic(session, ref)
    if values["is_pseudonym"] and not values["name"]:
        values["name"] = before.name if before.is_pseudonym else f"匿名来访者{ref.id:04d}"
    changed = _changed(before, values)
    if changed:
        _write_details(session, ref, values, {"fields": changed, "basic": True})
    return _basic(session, ref)


def _changed(before: BasicDetails, values: dict[str, object]) -> list[str]:
    """The registration columns `values` changes."""
    old = dict(zip(_BASIC_COLUMNS, (before.name, int(before.is_pseudonym), before.gender,
                                    before.birth_year, before.phone, before.employer,
                                    before.industry, before.job_type, dumps(before.key_groups),
                                    before.source, before.emergency_contact), strict=True))
    return [c for c in _BASIC_COLUMNS if old[c] != values.get(c)]


def _write_details(session: Session, ref: FileRef, values: dict[str, object],
                   detail: dict[str, object] | None = None) -> None:
    if values["is_pseudonym"] and not values["name"]:
        values["name"] = f"匿名来访者{ref.id:04d}"
    with session.db.transaction():
        session.db.execute(
            f"UPDATE clients SET {', '.join(f'{c} = ?' for c in _BASIC_COLUMNS)},"
            f" updated_at = ? WHERE id = ?",
            (*(values[c] for c in _BASIC_COLUMNS), now_iso(session), ref.id))
        index_client(session, ref.id)
        session.log("file.edit", ref.target, detail or "")


def assign_counsellor(session: Session, client_id: int, counsellor_id: int) -> None:
    """Reception or admin gives an unassigned file its counsellor."""
    session.require(Permission.REGISTER_CLIENT)
    ref = access.file_ref(session, client_id)
    if ref.counsellor_id is not None:
        raise StationDeskError("file_already_assigned", file_no=ref.file_no)
    check_counsellor(session, counsellor_id)
    with session.db.transaction():
        session.db.execute("UPDATE clients SET counsellor_id = ?, updated_at = ? WHERE id = ?",
                           (counsellor_id, now_iso(session), ref.id))
        session.log("file.transfer", ref.target, {"to": counsellor_id, "assigned": True})


# --------------------------------------------------------------------------- sharing


def share_case(session: Session, client_id: int, user_id: int) -> None:
    ref = access.require_owner(session, client_id, *N_("records", "share the case"))
    if ref.restricted:
        raise StationDeskError("restricted_no_share")
    check_counsellor(session, user_id)
    if user_id == ref.counsellor_id:
        return
    with session.db.transaction():
        session.db.execute(
            "INSERT OR IGNORE INTO case_shares (client_id, user_id, granted_by, granted_at)"
            " VALUES (?, ?, ?, ?)", (ref.id, user_id, session.user.id, now_iso(session)))
        session.log("file.share", ref.target, {"with": user_id})


def unshare_case(session: Session, client_id: int, user_id: int) -> None:
    ref = access.require_owner(session, client_id, *N_("records", "withdraw sharing"))
    with session.db.transaction():
        session.db.execute("DELETE FROM case_shares WHERE client_id = ? AND user_id = ?",
                           (ref.id, user_id))
        session.log("file.unshare", ref.target, {"with": user_id})


def transfer_case(session: Session, client_id: int, to_user_id: int, note: str = "") -> None:
    """Hand the case to another counsellor; the former one keeps no access. A restricted
    file stays restricted, now to its new counsellor."""
    ref = access.require_owner(session, client_id, *N_("records", "transfer the case"))
    check_counsellor(session, to_user_id)
    check = Checker(today(session))
    text = check.text("reason", note, limit=MAX_MEDIUM)
    check.done()
    if to_user_id == ref.counsellor_id:
        return
    _clinical_note(session, "file.transfer.note", ref.target, text)
    with session.db.transaction():
        session.db.execute(
            "UPDATE clients SET counsellor_id = ?, restricted_by = CASE WHEN restricted = 1"
            " THEN ? ELSE restricted_by END, updated_at = ? WHERE id = ?",
            (to_user_id, to_user_id, now_iso(session), ref.id))
        session.db.execute("DELETE FROM case_shares WHERE client_id = ? AND user_id = ?",
                           (ref.id, to_user_id))
        if ref.restricted:  # its sealed content goes with it, to the new counsellor
            sealing.rewrap_file(session, ref.id)
        session.log("file.transfer", ref.target,
                    {"from": ref.counsellor_id, "to": to_user_id, "note": bool(text)})


def _clinical_note(session: Session, action: str, target: str, text: str) -> None:
    """A note typed with a transfer or a reassignment may say why, in clinical terms: it is
    kept in the clinical chain; the station entry says only that there is one."""
    if text:
        with session.db.transaction():
            session.log(action, target, {"note": text})


def set_file_restricted(session: Session, client_id: int, restricted: bool) -> None:
    ref = access.require_owner(session, client_id, *N_("records", "restrict the file"),
                               Permission.WRITE_SESSION)
    """Restrict the file (or lift it): its clinical content is sealed to its counsellor and the
    recovery key, or put back in clear (records/restricted.py), in the same transaction as the
    flag. A crash between the two files' commits is settled at the next sign-in
    (`restricted.catch_up`); the bodies signed rows are sealed with are bound into the
    clinical chain."""
    with session.db.transaction():
        session.db.execute(
            "UPDATE clients SET restricted = ?, restricted_by = ?, updated_at = ? WHERE id = ?",
            (int(restricted), session.user.id if restricted else None, now_iso(session),
             ref.id))
        if restricted:
            changed: dict[str, str | None] = dict(sealing.seal_file(session, ref.id))
        else:
            changed = dict.fromkeys(sealing.unseal_file(session, ref.id))
            _reindex_file(session, ref.id)
        signed = {k: v for k, v in changed.items() if sealing.signed_key(session, k)}
        if signed:
            session.log("clinical.seal", ref.target, {"sealed": signed})
        session.log("file.restrict", ref.target, {"restricted": restricted})


def _reindex_file(session: Session, client_id: int) -> None:
    for (session_id,) in session.db.all("SELECT id FROM sessions WHERE client_id = ?",
                                        (client_id,)):
        reindex(session, session_id)


def close_case(session: Session, client_id: int, summary: str,
               status: str = "closed") -> None:
    """结案 with a closing summary; `status` may be "referred_out" when referred on."""
    ref = access.require_owner(session, client_id, *N_("records", "close the case"),
                               Permission.WRITE_SESSION)
    check = Checker(today(session))
    text = check.text("summary", summary, required=True, limit=MAX_SECTION)
    if status not in CLOSED_STATUSES:
        check.add("summary", "field_bad_choice", value=status)
    check.done()
    if ref.status in CLOSED_STATUSES:
        return
    if session.db.scalar("SELECT 1 FROM crises WHERE client_id = ? AND closed_at IS NULL",
                         (ref.id,)):
        raise StationDeskError("close_open_crisis", file_no=ref.file_no)
    drafts = session.db.scalar(
        "SELECT count(*) FROM sessions WHERE client_id = ? AND status = 'draft'", (ref.id,))
    if drafts:
        raise StationDeskError("close_open_drafts", file_no=ref.file_no, count=drafts)
    now = now_iso(session)
    # Two files, two transactions, the clinical one first: a crash in between leaves the
    # summary saved and the file still open, and closing it again finishes the job.
    with session.db.transaction():
        set_clinical(session, ref.id, closing_summary=text)
        sealing.after_write(session, "client_clinical", ref.id, ("closing_summary",))
        session.log("file.close.summary", ref.target, {"status": status})
    with session.db.transaction():
        session.db.execute("UPDATE clients SET status = ?, closed_at = ?, updated_at = ?"
                           " WHERE id = ?", (status, now, now, ref.id))
        session.log("file.close", ref.target, {"status": status})


def reopen_case(session: Session, client_id: int) -> bool:
    """A closed (or referred-out) case opens again for its counsellor, so a returning worker
    goes on in the same file; the closing summary stays as written. False if it was open."""
    ref = access.require_owner(session, client_id, *N_("records", "reopen the case"),
                               Permission.WRITE_SESSION)
    refuse_if_transferred(ref, session)
    if ref.status not in CLOSED_STATUSES:
        return False
    with session.db.transaction():
        session.db.execute("UPDATE clients SET status = 'open', closed_at = NULL,"
                           " updated_at = ? WHERE id = ?", (now_iso(session), ref.id))
        session.log("file.reopen", ref.target, {"was": ref.status})
    return True


def require_open(ref: FileRef) -> None:
    if ref.status in CLOSED_STATUSES:
        raise StationDeskError("file_not_open", file_no=ref.file_no)
    if ref.status == "transferred":  # sent to another station: closed here for good
        raise StationDeskError("file_transferred_out", file_no=ref.file_no)


def counsellors(session: Session) -> list[tuple[int, str]]:
    """Active counsellors (for pickers): id and display name."""
    session.require(Permission.VIEW_DIRECTORY)
    return [(r[0], r[1]) for r in session.db.all(
        "SELECT id, display_name FROM users WHERE role = 'counsellor' AND disabled = 0"
        " ORDER BY display_name")]



# --------------------------------------------------------------------------- reassigning


@dataclass(frozen=True)
class CounsellorLoad:
    """A counsellor account (disabled ones too) and how many files it holds."""

    id: int
    name: str
    disabled: bool
    open_files: int
    all_files: int


@dataclass(frozen=True)
class CaseloadEntry:
    """One file of a caseload as the admin sees it to reassign it: a restricted file shows
    neither its number nor its name."""

    id: int
    file_no: str
    name: str
    status: str
    opened_at: str
    restricted: bool


def counsellor_loads(session: Session) -> list[CounsellorLoad]:
    """Every counsellor account with its caseload size (admin: to choose whose to move)."""
    session.require(Permission.MANAGE_ACCOUNTS)
    marks = ",".join("?" * len(CLOSED_STATUSES))
    rows = session.db.all(
        f"SELECT u.id, u.display_name, u.disabled,"
        f" (SELECT count(*) FROM clients c WHERE c.counsellor_id = u.id"
        f"  AND c.status NOT IN ({marks})),"
        f" (SELECT count(*) FROM clients c WHERE c.counsellor_id = u.id)"
        f" FROM users u WHERE u.role = 'counsellor' ORDER BY u.disabled DESC, u.display_name",
        CLOSED_STATUSES)
    return [CounsellorLoad(r[0], r[1], bool(r[2]), r[3], r[4]) for r in rows]


def _caseload_rows(session: Session, counsellor_id: int, include_closed: bool) -> list:
    sql = ("SELECT id, file_no, name, status, opened_at, restricted FROM clients"
           " WHERE counsellor_id = ?")
    params: list[object] = [counsellor_id]
    if not include_closed:
        sql += f" AND status NOT IN ({','.join('?' * len(CLOSED_STATUSES))})"
        params.extend(CLOSED_STATUSES)
    return session.db.all(sql + " ORDER BY id", params)


def caseload(session: Session, counsellor_id: int, *,
             include_closed: bool = False) -> list[CaseloadEntry]:
    """The files a counsellor holds (open ones, or all): directory details only."""
    session.require(Permission.MANAGE_ACCOUNTS)
    return [CaseloadEntry(r[0], RESTRICTED_FILE_LABEL[0] if r[5] else r[1],
                          "" if r[5] else r[2], r[3], r[4], bool(r[5]))
            for r in _caseload_rows(session, counsellor_id, include_closed)]


def reassign_caseload(session: Session, from_user_id: int, to_user_id: int, *,
                      include_closed: bool = False, client_ids: list[int] | None = None,
                      note: str = "") -> int:
    """Admin: hand a departed (or disabled, or absent) counsellor's files to a colleague.

    No break-the-glass: the admin moves files without reading them. Each file is audited on
    its own (`file.reassign`, with from, to and the note); the new counsellor takes over
    exactly as after a transfer (a restricted file stays restricted, now to them; a share
    with them becomes ownership), and the file's future bookings with the old counsellor move
    with it. `client_ids` narrows to some of the caseload. Returns how many files moved."""
    session.require(Permission.MANAGE_ACCOUNTS)
    source = session.db.one("SELECT role, username FROM users WHERE id = ?", (from_user_id,))
    if source is None or source[0] != Role.COUNSELLOR.value:
        raise StationDeskError("not_found", what=N_(
            "records", "counsellor #{number}").format(number=from_user_id))
    check_counsellor(session, to_user_id)
    check = Checker(today(session))
    if to_user_id == from_user_id:
        check.add("counsellor", "field_bad_choice", value=to_user_id)
    text = check.text("reason", note, limit=MAX_MEDIUM)
    check.done()
    rows = _caseload_rows(session, from_user_id, include_closed or client_ids is not None)
    if client_ids is not None:
        held = {r[0] for r in rows}
        missing = [i for i in client_ids if i not in held]
        if missing:
            raise StationDeskError("not_found", what=access.NO_SUCH_FILE)
        wanted = set(client_ids)
        rows = [r for r in rows if r[0] in wanted]
    now = now_iso(session)
    from_day = today(session).isoformat()
    _clinical_note(session, "caseload.reassign.note", f"user:{source[1]}", text)
    with session.db.transaction():
        for r in rows:
            session.db.execute(
                "UPDATE clients SET counsellor_id = ?, restricted_by = CASE WHEN restricted = 1"
                " THEN ? ELSE restricted_by END, updated_at = ? WHERE id = ?",
                (to_user_id, to_user_id, now, r[0]))
            session.db.execute("DELETE FROM case_shares WHERE client_id = ? AND user_id = ?",
                               (r[0], to_user_id))
            moved = session.db.execute(
                "UPDATE appointments SET counsellor_id = ? WHERE client_id = ?"
                " AND counsellor_id = ? AND status = 'booked' AND starts_at >= ?",
                (to_user_id, r[0], from_user_id, from_day)).rowcount
            session.log("file.reassign", file_target(r[1]),
                        {"from": from_user_id, "to": to_user_id, "note": bool(text),
                         "appointments": moved})
        session.log("caseload.reassign", f"user:{source[1]}",
                    {"to": to_user_id, "files": len(rows), "note": bool(text)})
    return len(rows)
