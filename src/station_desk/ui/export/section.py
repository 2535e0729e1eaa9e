"""The Statistics section for the shell's registry (`station_desk.ui.sections`).

Only those who may export see it (the station admin); `export.build` checks the permission
again on every export, so hiding the section is convenience, not protection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.sections import Section, SectionRegistry


def _page(session: Session) -> QWidget:
    from station_desk.ui.export.page import ExportPage

    return ExportPage(session)


def register(registry: SectionRegistry) -> None:
    registry.add(Section("export", lambda: QCoreApplication.translate("Sections", "Statistics"),
                         "SP_DialogSaveButton", _page,
                         visible_for=lambda s: s.can(Permission.EXPORT_STATISTICS), order=800))
