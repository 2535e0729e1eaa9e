"""Who may print what: the permission matrix first, then the case-level rules.

Documents with clinical content (file summary, session record, whole case, assessment report)
need `PRINT_RECORDS` and the right to read that file's clinical content. That right is the
records domain's decision (`records.access`: own cases, shared cases, restricted files,
break-the-glass). Registers and the monthly report need `PRINT_LEDGERS` and hold no notes.
"""

from __future__ import annotations

from station_desk.domain.records import access as records_access
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.errors import register_messages
from station_desk.i18n import N_

register_messages({
    "print_no_file": N_("errors", "There is no file you may print. Name one with --file."),
    "print_file_unknown": N_("errors", "No file numbered {file_no}."),
})


def can_print_case(session: Session, client_id: int) -> bool:
    """True when this user may print the clinical content of this file (no audit entry)."""
    return records_access.can_print_records(session, client_id)


def require_case(session: Session, client_id: int) -> None:
    """Refuse unless this user may print this file's clinical content; the records domain's
    rules decide (own, shared and supervised cases; restricted files are "not found" to
    everyone but the user who restricted them)."""
    session.require(Permission.PRINT_RECORDS)
    records_access.require_clinical(session, client_id)


def session_filter(session: Session) -> tuple[str, list[object]]:
    """SQL over `sessions s`: the records this user may see within a case they reach. Others'
    restricted records and others' drafts are left out entirely, not even numbered."""
    where, params = records_access.session_filter(session, "s")
    return where, list(params)


def require_ledgers(session: Session) -> None:
    session.require(Permission.PRINT_LEDGERS)


def require_crisis_register(session: Session) -> None:
    session.require(Permission.PRINT_LEDGERS)
    session.require(Permission.VIEW_CRISIS_OVERVIEW)
