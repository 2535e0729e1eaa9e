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
    row = session.db.one("SELECT counsellor_id, restricted FROM clients WHERE id = ?",
                         (client_id,))
    if row is None or uid is None:
        return False
    if row[0] == uid:
        return True
    if row[1]:
        return False
    return bool(session.db.scalar(
        "SELECT 1 FROM case_shares WHERE client_id = ? AND user_id = ?", (client_id, uid)))


def can_print_case(session: Session, client_id: int) -> bool:
    """True when this user may print the clinical content of this file (no audit entry)."""
    if not (session.can(Permission.PRINT_RECORDS) and session.can(Permission.VIEW_CLINICAL)):
        return False
    access = records_module("access")
    if access is not None and hasattr(access, "can_view_clinical"):
        return bool(access.can_view_clinical(session, client_id))
    return _fallback_can_view(session, client_id)


def require_case(session: Session, client_id: int, file_no: str) -> None:
    """Refuse unless this user may print this file's clinical content."""
    session.require(Permission.PRINT_RECORDS)
    session.require(Permission.VIEW_CLINICAL)
    if not can_print_case(session, client_id):
        raise StationDeskError("print_case_forbidden", file_no=file_no)


def require_ledgers(session: Session) -> None:
    session.require(Permission.PRINT_LEDGERS)


def require_crisis_register(session: Session) -> None:
    session.require(Permission.PRINT_LEDGERS)
    session.require(Permission.VIEW_CRISIS_OVERVIEW)
