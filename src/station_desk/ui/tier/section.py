"""The tier screens in the main window's navigation (see `station_desk.ui.sections`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.sections import Section, SectionRegistry


def _selfcheck(session: Session) -> QWidget:
    from station_desk.ui.tier.selfcheck_page import SelfCheckPage

    return SelfCheckPage(session)


def register(registry: SectionRegistry) -> None:
    registry.add(Section("tier.selfcheck",
                         lambda: QCoreApplication.translate("Sections", "Tier self-check"),
                         "SP_DialogApplyButton", _selfcheck,
                         visible_for=lambda s: s.can(Permission.MANAGE_TIER), order=850))
