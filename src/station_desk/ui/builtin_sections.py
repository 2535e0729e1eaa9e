"""The sections the app shell itself provides: accounts, audit trail, backups, retention.
(The station's safeguards that a 工作台 page showed are on 今日 now: ui/safeguards.py.)"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.sections import Section, SectionRegistry


def _can(permission: Permission) -> Callable[[Session], bool]:
    def check(session: Session) -> bool:
        return session.can(permission)
    return check


def _accounts(session: Session) -> QWidget:
    from station_desk.ui.accounts_page import AccountsPage

    return AccountsPage(session)


def _audit(session: Session) -> QWidget:
    from station_desk.ui.audit_page import AuditPage

    return AuditPage(session)


def _backup(session: Session) -> QWidget:
    from station_desk.ui.backup_page import BackupPage

    return BackupPage(session)


def _retention(session: Session) -> QWidget:
    from station_desk.ui.retention_page import RetentionPage

    return RetentionPage(session)


def _keeps_files(session: Session) -> bool:
    """The admin, whose key opens both compartments (destruction covers both)."""
    return session.can(Permission.EDIT_STATION) and session.has_clinical


def register(registry: SectionRegistry) -> None:
    registry.add(Section("accounts", lambda: QCoreApplication.translate("Sections", "Accounts"),
                         "ph.user-gear", _accounts, _can(Permission.MANAGE_ACCOUNTS),
                         order=900))
    registry.add(Section("audit", lambda: QCoreApplication.translate("Sections", "Audit trail"),
                         "ph.shield-check", _audit, _can(Permission.VIEW_AUDIT),
                         order=910))
    registry.add(Section("backup", lambda: QCoreApplication.translate("Sections", "Backups"),
                         "ph.hard-drives", _backup, _can(Permission.BACKUP), order=920))
    registry.add(Section("retention",
                         lambda: QCoreApplication.translate("Sections", "Retention"),
                         "ph.archive-box", _retention, _keeps_files, order=925))
