"""The tier screens in the main window's navigation (see `station_desk.ui.sections`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

# imported for the audit labels they register (the audit trail names their actions before
# any of their screens has been opened)
from station_desk.domain import surveys  # noqa: F401
from station_desk.domain.records import hotline  # noqa: F401
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.tier import duty, regimes, selfcheck  # noqa: F401
from station_desk.ui.sections import Section, SectionRegistry


def _selfcheck(session: Session) -> QWidget:
    from station_desk.ui.tier.selfcheck_page import SelfCheckPage

    return SelfCheckPage(session)


def _regimes(session: Session) -> QWidget:
    from station_desk.ui.tier.regimes_page import RegimesPage

    return RegimesPage(session)


def _duty(session: Session) -> QWidget:
    from station_desk.ui.tier.duty_page import DutyPage

    return DutyPage(session)


def _surveys(session: Session) -> QWidget:
    from station_desk.ui.tier.surveys_page import SurveysPage

    return SurveysPage(session)


def _organises_surveys(session: Session) -> bool:
    return session.can(Permission.MANAGE_TIER) or session.can(
        Permission.ADMINISTER_ASSESSMENT)


def register(registry: SectionRegistry) -> None:
    registry.add(Section("tier.surveys", lambda: QCoreApplication.translate("Sections", "Surveys"),
                         "SP_FileDialogInfoView", _surveys, visible_for=_organises_surveys,
                         order=840))
    registry.add(Section("tier.duty", lambda: QCoreApplication.translate("Sections", "Duty roster"),
                         "SP_FileDialogListView", _duty,
                         visible_for=lambda s: s.can(Permission.VIEW_DIRECTORY), order=45))
    registry.add(Section("tier.regimes", lambda: QCoreApplication.translate("Sections", "Regimes"),
                         "SP_FileDialogContentsView", _regimes, order=860))
    registry.add(Section("tier.selfcheck",
                         lambda: QCoreApplication.translate("Sections", "Tier self-check"),
                         "SP_DialogApplyButton", _selfcheck,
                         visible_for=lambda s: s.can(Permission.MANAGE_TIER), order=850))
