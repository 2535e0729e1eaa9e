"""The assessment section in the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.sections import Section, SectionRegistry


def _page(session: Session) -> QWidget:
    from station_desk.ui.assess.page import AssessPage

    return AssessPage(session)


def _visible(session: Session) -> bool:
    # Counsellors administer; an admin may import instruments. Receptionists never see it.
    return session.can(Permission.ADMINISTER_ASSESSMENT) or session.can(Permission.EDIT_STATION)


def register(registry: SectionRegistry) -> None:
    registry.add(Section("assess",
                         lambda: QCoreApplication.translate("Sections", "Assessments"),
                         "SP_FileDialogContentsView", _page, _visible, order=30))
