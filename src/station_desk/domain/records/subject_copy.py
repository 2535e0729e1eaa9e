"""A copy for the worker of what the station holds about them (PIPL art. 45), and its log.

Who produces it: the file's responsible counsellor, or the admin after breaking the glass on
the file (a written reason, `access.break_glass`). A colleague the case is shared with, or a
supervisor, does not: the copy speaks for the station, and the counsellor answers for it.

What it holds: the registration details, every consent form and withdrawal, every signed
session record with its addenda, the assessments with scores and bands, follow-ups, crises
and referrals, the closing summary, the corrections of registration details (from the audit
trail: which fields, when, by whom; never the old values) and the earlier copies given.
Drafts are not records and are not in it.

What it leaves out, and says so:

- items the producer withholds, each with a reason (for example a third party's
  information): the item is named on the copy as withheld with the reason, its text is not;
- restricted (高度保密) text this producer cannot open: it is sealed to its author (or to the
  file's counsellor who restricted the file), and besides them only the key in the safe
  opens it. The file's counsellor includes their own sealed text; a colleague's restricted
  record in the file is included only in a copy the admin produces with the recovery key
  typed in (`access.break_glass(..., recovery_key=...)`). Otherwise the copy names the
  record and says why its text is not included, rather than pretending it is not there.

Each copy produced is logged (`subject_copies` in clinical.db, and an audit entry) with the
date the worker asked, who produced it, its document number and digest, and what was left
out; the file lists the copies given.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import (
    FIELDS,
    MAX_MEDIUM,
    Checker,
    now_iso,
    today,
    user_names,
)
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "subject_copy_who": N_(
        "errors", "Only the counsellor responsible for file {file_no} (or the admin, after "
        "opening the file with a reason) may produce the worker's copy."),
    "subject_copy_bad_item": N_(
        "errors", "There is no item “{item}” to withhold. See subject-copy --list for the items."),
    "subject_copy_no_reason": N_(
        "errors", "Withholding “{item}” needs a reason (for example a third party's "
        "information)."),
    "subject_copy_bad_withhold": N_(
        "errors", "--withhold takes ITEM:REASON, for example session-2:third party's "
        "information."),
})

SECTIONS = ("complaint", "assessment", "intervention", "plan")
# Whole parts of the copy that can be withheld at once: key -> (zh, en).
PARTS: dict[str, tuple[str, str]] = {
    "assessments": N_("subject_copy", "all assessments"),
    "followups": N_("subject_copy", "all follow-ups"),
    "crises": N_("subject_copy", "all crisis interventions"),
    "referrals": N_("subject_copy", "all referrals"),
    "corrections": N_("subject_copy", "corrections of registration details"),
    "appointments": N_("subject_copy", "all appointments"),
    "ratings": N_("subject_copy", "all satisfaction ratings"),
}

# Why a sealed text is not in the copy: (zh, en).
SEALED_REASON = N_(
    "subject_copy", "restricted content sealed to its author, which the producer of this copy "
    "cannot open; the admin can include it in a copy made with the recovery key (the key in the "
    "safe) typed in")


@dataclass(frozen=True)
class Item:
    """Something of the file a copy can withhold: its key (for the command line) and name."""

    key: str
    zh: str
    en: str
    parent: str = ""  # the record a section or addendum belongs to


@dataclass(frozen=True)
class Correction:
    """A correction of registration details, from the audit trail."""

    ts: str
    by: str
    fields_zh: str
    fields_en: str


@dataclass(frozen=True)
class CopyRequest:
    id: int
    requested_on: str
    produced_by: str
    produced_at: str
    doc_no: str
    pages: int
    withheld: tuple[tuple[str, str], ...]  # (item name zh, reason)
    not_included: int


def require_producer(session: Session, client_id: int) -> access.FileRef:
    """The file's counsellor, or the admin who opened it with a reason (break the glass)."""
    ref = access.file_ref(session, client_id)
    mode = access.case_access(session, ref)
    if mode == access.OWN and session.can(Permission.PRINT_RECORDS):
        return ref
    if mode == access.BREAK_GLASS:
        return ref
    if session.can(Permission.BREAK_GLASS):
        raise StationDeskError("reason_required")
    if not session.can(Permission.VIEW_CLINICAL):
        session.require(Permission.VIEW_CLINICAL)
    raise StationDeskError("subject_copy_who", file_no=ref.file_no)


def can_produce(session: Session, client_id: int) -> bool:
    try:
        require_producer(session, client_id)
    except StationDeskError:
        return False
    return True


# --------------------------------------------------------------------------- items


def items(session: Session, client_id: int) -> list[Item]:
    """What a copy of this file can withhold, in the copy's order; callers have checked
    `require_producer`."""
    db = session.db
    out: list[Item] = []
    for sid, number, day in db.all(
            "SELECT id, session_no, session_date FROM sessions WHERE client_id = ?"
            " AND status <> 'draft' ORDER BY session_no, id", (client_id,)):
        key = f"session-{number}"
        out.append(Item(key, *N_(
            "subject_copy", "session record {number} ({day})").format(number=number, day=day)))
        for section in SECTIONS:
            zh, en = FIELDS[section]
            out.append(Item(f"{key}.{section}", *N_(
                "subject_copy", "the {section} of session record {number}").format(
                    section=(zh, en), number=number), key))
        for i, _row in enumerate(db.all(
                "SELECT created_at FROM session_addenda WHERE session_id = ?"
                " ORDER BY created_at, id", (sid,)), start=1):
            out.append(Item(f"addendum-{number}.{i}", *N_(
                "subject_copy", "addendum {i} of session record {number}").format(
                    number=number, i=i), key))
    for part, table, order in (("assessments", "assessments", "administered_at"),
                               ("followups", "followups", "planned_date"),
                               ("crises", "crises", "opened_at"),
                               ("referrals", "referrals", "referral_date")):
        rows = db.all(f"SELECT {order} FROM {table} WHERE client_id = ? ORDER BY {order}, id",
                      (client_id,))
        if not rows:
            continue
        zh, en = PARTS[part]
        out.append(Item(part, zh, en))
        single_zh, single_en = SINGLE[part]
        for i, (when,) in enumerate(rows, start=1):
            day = str(when)[:10]
            out.append(Item(f"{part[:-1]}-{i}", f"{single_zh} {i}（{day}）",
                            f"{single_en} {i} ({day})", part))
    for part, table in (("appointments", "appointments"), ("ratings", "satisfaction")):
        if db.scalar(f"SELECT 1 FROM {table} WHERE client_id = ? LIMIT 1", (client_id,)):
            zh, en = PARTS[part]
            out.append(Item(part, zh, en))
    zh, en = PARTS["corrections"]
    out.append(Item("corrections", zh, en))
    return out


SINGLE = {"assessments": N_("subject_copy", "assessment"),
          "followups": N_("subject_copy", "follow-up"),
           "crises": N_("subject_copy", "crisis intervention"),
           "referrals": N_("subject_copy", "referral")}


def parse_withhold(values: list[str]) -> dict[str, str]:
    """`ITEM:REASON` arguments (a Chinese colon too) into {item: reason}."""
    out: dict[str, str] = {}
    for raw in values:
        text = raw.replace("：", ":", 1) if ":" not in raw else raw
        key, sep, reason = text.partition(":")
        if not sep or not key.strip():
            raise StationDeskError("subject_copy_bad_withhold")
        out[key.strip()] = reason.strip()
    return out


def check_withhold(session: Session, client_id: int, withhold: Mapping[str, str]
                   ) -> dict[str, str]:
    """Every key names an item of this file and has a reason; returns them cleaned."""
    known = {i.key: i for i in items(session, client_id)}
    out: dict[str, str] = {}
    for key, reason in withhold.items():
        item = known.get(key.strip())
        if item is None:
            raise StationDeskError("subject_copy_bad_item", item=key)
        text = (reason or "").strip()
        if not text:
            raise StationDeskError("subject_copy_no_reason", item=item.zh)
        check = Checker(today(session))
        check.text("reason", text, limit=MAX_MEDIUM)
        check.done()
        out[item.key] = text
    return out


def withheld_reason(withhold: Mapping[str, str], key: str, parent: str = "") -> str | None:
    """The reason an item is withheld: its own, or that of the record or part it is in."""
    for k in (key, parent):
        if k and k in withhold:
            return withhold[k]
    return None


# --------------------------------------------------------------------------- sealed text


def unopened(session: Session, client_id: int) -> set[tuple[str, int]]:
    """The (table, row) of this file whose sealed text this session cannot open."""
    out: set[tuple[str, int]] = set()
    queries = {
        "sessions": "SELECT id FROM sessions WHERE client_id = ? AND sealed = 1"
                    " AND status <> 'draft'",
        "session_addenda": "SELECT a.id FROM session_addenda a JOIN sessions s"
                           " ON s.id = a.session_id WHERE s.client_id = ? AND a.sealed = 1",
        "crises": "SELECT id FROM crises WHERE client_id = ? AND sealed = 1",
        "followups": "SELECT id FROM followups WHERE client_id = ? AND sealed = 1",
        "referrals": "SELECT id FROM referrals WHERE client_id = ? AND sealed = 1",
        "client_clinical": "SELECT client_id FROM client_clinical WHERE client_id = ?"
                           " AND sealed = 1",
        "satisfaction": "SELECT id FROM satisfaction WHERE client_id = ? AND sealed = 1",
    }
    for table, sql in queries.items():
        for (row_id,) in session.db.all(sql, (client_id,)):
            if sealing.open_row(session, table, int(row_id)) is None:
                out.add((table, int(row_id)))
    return out


# --------------------------------------------------------------------------- corrections


def corrections(session: Session, file_no: str) -> list[Correction]:
    """Corrections of the file's registration details, oldest first, from the audit trail
    (`file.edit`: which fields, never their values)."""
    out = []
    for entry in reversed(session.audit.query(target=f"file:{file_no}", action="file.edit",
                                              limit=10_000)):
        try:
            detail = json.loads(entry.detail) if entry.detail else {}
        except ValueError:
            detail = {}
        names = [str(f) for f in (detail.get("fields") or [])] if isinstance(detail, dict) \
            else []
        zh, en = (N_("subject_copy", ", ").text(lang).join(FIELDS.get(f, (f, f))[i] for f in names)
                  or N_("subject_copy", "registration details (fields not recorded)").text(lang)
                  for i, lang in enumerate(("zh", "en")))
        who = user_names(session, [entry.user_id]).get(entry.user_id or -1, entry.username)
        out.append(Correction(entry.ts, who, zh, en))
    return out


# --------------------------------------------------------------------------- the rest


@dataclass(frozen=True)
class Appointment:
    starts_at: str
    ends_at: str
    counsellor: str
    status: str


@dataclass(frozen=True)
class Rating:
    id: int
    rated_at: str
    overall: int
    comment: str


def appointments(session: Session, client_id: int) -> list[Appointment]:
    """Every appointment of the file, cancelled ones too, oldest first."""
    rows = session.db.all("SELECT starts_at, ends_at, counsellor_id, status FROM appointments"
                          " WHERE client_id = ? ORDER BY starts_at, id", (client_id,))
    names = user_names(session, [r[2] for r in rows])
    return [Appointment(r[0], r[1], names.get(r[2], ""), r[3]) for r in rows]


def ratings(session: Session, client_id: int) -> list[Rating]:
    """The worker's satisfaction ratings, oldest first (a sealed comment as this session may
    read it: `restricted.PLACEHOLDER` when it cannot)."""
    rows = sealing.reveal(session, "satisfaction", session.db.all(
        "SELECT id, rated_at, overall, comment, sealed FROM satisfaction WHERE client_id = ?"
        " ORDER BY rated_at, id", (client_id,)), {"comment": 3}, sealed_at=4)
    return [Rating(r[0], r[1], r[2], r[3]) for r in rows]


# --------------------------------------------------------------------------- the log


def record_copy(session: Session, client_id: int, *, requested_on: dt.date | str,
                doc_no: str, pages: int, sha256: str, withheld: Mapping[str, str],
                not_included: list[str]) -> int:
    """Log a copy produced (its row and an audit entry, one transaction)."""
    ref = require_producer(session, client_id)
    names = {i.key: i.zh for i in items(session, client_id)}
    day = requested_on.isoformat() if isinstance(requested_on, dt.date) else requested_on
    kept = [[k, names.get(k, k), r] for k, r in withheld.items()]
    with session.db.transaction():
        cur = session.db.execute(
            "INSERT INTO subject_copies (client_id, requested_on, produced_by, produced_at,"
            " doc_no, pages, sha256, withheld, not_included) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ref.id, day, access.me(session), now_iso(session), doc_no, pages, sha256,
             json.dumps(kept, ensure_ascii=False), json.dumps(not_included)))
        session.log("clinical.subject_copy", ref.target,
                    {"requested_on": day, "doc_no": doc_no, "pages": pages, "sha256": sha256,
                     "withheld": sorted(withheld), "not_included": len(not_included)})
    return int(cur.lastrowid)


def check_requested_on(session: Session, value: dt.date | str | None) -> dt.date:
    check = Checker(today(session))
    day = check.date("requested_on", value or today(session), required=True, future=False)
    check.done()
    assert day is not None
    return day


def copies(session: Session, client_id: int) -> list[CopyRequest]:
    """The copies given to the worker of this file, newest first; for anyone who reaches the
    file's clinical content."""
    access.require_clinical(session, client_id)
    return read_copies(session, client_id)


def read_copies(session: Session, client_id: int) -> list[CopyRequest]:
    rows = session.db.all(
        "SELECT id, requested_on, produced_by, produced_at, doc_no, pages, withheld,"
        " not_included FROM subject_copies WHERE client_id = ? ORDER BY produced_at DESC, id"
        " DESC", (client_id,))
    names = user_names(session, [r[2] for r in rows])
    out = []
    for r in rows:
        kept = tuple((str(w[1]), str(w[2])) for w in json.loads(r[6] or "[]"))
        out.append(CopyRequest(r[0], r[1], names.get(r[2], "—"), r[3], r[4], r[5], kept,
                               len(json.loads(r[7] or "[]"))))
    return out
