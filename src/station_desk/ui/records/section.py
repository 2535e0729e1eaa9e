"""The records screens in the main window's navigation (see `station_desk.ui.sections`)."""

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


def _today(session: Session) -> QWidget:
    from station_desk.ui.records.today_page import TodayPage

    return TodayPage(session)


def _clients(session: Session) -> QWidget:
    from station_desk.ui.records.client_list import ClientListPage

    return ClientListPage(session)


def _appointments(session: Session) -> QWidget:
    from station_desk.ui.records.appointments_page import AppointmentsPage

    return AppointmentsPage(session)


def _followups(session: Session) -> QWidget:
    from station_desk.ui.records.followups_page import FollowupsPage

    return FollowupsPage(session)


def _search(session: Session) -> QWidget:
    from station_desk.ui.records.search_page import SearchPage

    return SearchPage(session)


def _activities(session: Session) -> QWidget:
    from station_desk.ui.records.activities_page import ActivitiesPage

    return ActivitiesPage(session)


def _hotline(session: Session) -> QWidget:
    from station_desk.ui.records.hotline_page import HotlinePage

    return HotlinePage(session)


def register(registry: SectionRegistry) -> None:
    registry.add(Section("records.hotline",
                         lambda: QCoreApplication.translate("Sections", "Hotline log"),
                         "SP_MessageBoxInformation", _hotline, _can(Permission.WRITE_SESSION),
                         order=25))
    registry.add(Section("records.today",
                         lambda: QCoreApplication.translate("Sections", "Today"),
                         "SP_FileDialogInfoView", _today, order=5))
    registry.add(Section("records.clients",
                         lambda: QCoreApplication.translate("Sections", "Files"),
                         "SP_DirIcon", _clients, _can(Permission.VIEW_DIRECTORY), order=10))
    registry.add(Section("records.appointments",
                         lambda: QCoreApplication.translate("Sections", "Appointments"),
                         "SP_FileDialogDetailedView", _appointments,
                         _can(Permission.BOOK_APPOINTMENT), order=8))
    registry.add(Section("records.followups",
                         lambda: QCoreApplication.translate("Sections", "Follow-ups"),
                         "SP_BrowserReload", _followups, _can(Permission.VIEW_CLINICAL),
                         order=20))
    registry.add(Section("records.search",
                         lambda: QCoreApplication.translate("Sections", "Search records"),
                         "SP_FileDialogContentsView", _search, _can(Permission.VIEW_CLINICAL),
                         order=30))
    registry.add(Section("records.activities",
                         lambda: QCoreApplication.translate("Sections", "Group activities"),
                         "SP_FileDialogListView", _activities, _can(Permission.VIEW_DIRECTORY),
                         order=40))
