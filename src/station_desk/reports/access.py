"""Who may print what: the permission matrix first, then the case-level rules.

Documents with clinical content (file summary, session record, whole case, assessment report)
need `PRINT_RECORDS` and the right to read that file's clinical content. That right is the
records domain's decision (`records.access`: own cases, shared cases, restricted files,
break-the-glass). Until that module exists this falls back to the same rule the assessments
domain uses: own cases and cases shared with the user; a restricted file only for its own
counsellor. Registers and the monthly report need `PRINT_LEDGERS` and hold no notes.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages

register_messages({
    "print_case_forbidden": (
        "不能打印档案 {file_no}：它不是您的个案，也未共享给您。",
        "Cannot print file {file_no}: it is not your case and has not been shared with you.",
    ),
    "print_no_file": (
        "没有您可以打印的档案。请用 --file 指定档案编号。",
        "There is no file you may print. Name one with --file.",
    ),
    "print_file_unknown": ("找不到档案编号 {file_no}。", "No file numbered {file_no}."),
})


def records_module(name: str) -> ModuleType | None:
    """A module of the records domain, or None while it has not been written."""
    full = f"station_desk.domain.records.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name in ("station_desk.domain.records", full):
            return None
        raise


def _fallback_can_view(session: Session, client_id: int) -> bool:
    uid = session.user.id
    row = session.db.one("SELECT counsellor_id, restricted, restricted_by FROM clients"
                         " WHERE id = ?", (client_id,))
    if row is None or uid is None or (row[1] and row[2] != uid):
        return False
    if row[0] == uid:
        return True
    return bool(session.db.scalar(
        "SELECT 1 FROM case_shares WHERE client_id = ? AND user_id = ?", (client_id, uid)))


def can_print_case(session: Session, client_id: int) -> bool:
    """True when this user may print the clinical content of this file (no audit entry)."""
    if not session.can(Permission.PRINT_RECORDS):
        return False
    records = records_module("access")
    if records is not None:
        return bool(records.can_view_clinical(session, client_id))
    return session.can(Permission.VIEW_CLINICAL) and _fallback_can_view(session, client_id)


def require_case(session: Session, client_id: int, file_no: str) -> None:
    """Refuse unless this user may print this file's clinical content. With the records
    domain present its rules decide (own, shared and supervised cases; restricted files are
    "not found" to everyone but the user who restricted them)."""
    session.require(Permission.PRINT_RECORDS)
    records = records_module("access")
    if records is not None:
        records.require_clinical(session, client_id)
        return
    session.require(Permission.VIEW_CLINICAL)
    if not _fallback_can_view(session, client_id):
        raise StationDeskError("print_case_forbidden", file_no=file_no)


def session_filter(session: Session) -> tuple[str, list[object]]:
    """SQL over `sessions s`: the records this user may see within a case they reach. Others'
    restricted records and others' drafts are left out entirely, not even numbered."""
    records = records_module("access")
    if records is not None:
        where, params = records.session_filter(session, "s")
        return where, list(params)
    uid = session.user.id if session.user.id is not None else -1
    return ("((s.restricted = 0 OR s.counsellor_id = ?)"
            " AND (s.status <> 'draft' OR s.counsellor_id = ?))", [uid, uid])


def require_ledgers(session: Session) -> None:
    session.require(Permission.PRINT_LEDGERS)


def require_crisis_register(session: Session) -> None:
    session.require(Permission.PRINT_LEDGERS)
    session.require(Permission.VIEW_CRISIS_OVERVIEW)
