"""The sections the app shell itself provides: dashboard, accounts, audit trail, backups,
retention."""

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


def _dashboard(session: Session) -> QWidget:
    from station_desk.ui.dashboard import DashboardPage

    return DashboardPage(session)


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
    registry.add(Section("dashboard", lambda: QCoreApplication.translate("Sections", "Dashboard"),
                         "SP_DesktopIcon", _dashboard, order=6))
    registry.add(Section("accounts", lambda: QCoreApplication.translate("Sections", "Accounts"),
                         "SP_DirHomeIcon", _accounts, _can(Permission.MANAGE_ACCOUNTS),
                         order=900))
    registry.add(Section("audit", lambda: QCoreApplication.translate("Sections", "Audit trail"),
                         "SP_FileDialogDetailedView", _audit, _can(Permission.VIEW_AUDIT),
                         order=910))
    registry.add(Section("backup", lambda: QCoreApplication.translate("Sections", "Backups"),
                         "SP_DriveHDIcon", _backup, _can(Permission.BACKUP), order=920))
    registry.add(Section("retention",
                         lambda: QCoreApplication.translate("Sections", "Retention"),
                         "SP_TrashIcon", _retention, _keeps_files, order=925))
