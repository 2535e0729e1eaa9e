"""The file's risk level and what signing a record does to it.

Signing a record sets the file's risk level to the record's, unless an open crisis holds the
file at its level (the crisis decides until it is closed). The counsellor is told before
signing (`on_signing`), and `sign_session` applies the same rule (`level_after_signing`), so
what is shown is what happens.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session


@dataclass(frozen=True)
class RiskChange:
    """The file's level before and after; `held` when an open crisis keeps it where it is
    although the record says otherwise."""

    before: str
    after: str
    held: bool = False


def _file_level(session: Session, client_id: int) -> tuple[str, bool]:
    level = session.db.scalar("SELECT risk_level FROM client_clinical WHERE client_id = ?",
                              (client_id,))
    crisis = session.db.scalar("SELECT 1 FROM crises WHERE client_id = ? AND closed_at IS NULL",
                               (client_id,))
    return str(level or "none"), bool(crisis)


def level_after_signing(session: Session, client_id: int, record_level: str) -> RiskChange:
    before, crisis = _file_level(session, client_id)
    if crisis:
        return RiskChange(before, before, held=record_level != before)
    return RiskChange(before, record_level)


def on_signing(session: Session, client_id: int, record_level: str) -> RiskChange | None:
    """What signing a record of `record_level` would do to the file's risk level: None when
    nothing changes and nothing is held."""
    session.require(Permission.SIGN_SESSION)
    access.require_write(session, client_id)
    change = level_after_signing(session, client_id, record_level)
    return change if change.held or change.before != change.after else None
