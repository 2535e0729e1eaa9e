"""The Print section for the shell's registry (`station_desk.ui.sections`).

Every signed-in user sees it: blank forms hold no data; which other documents are offered
depends on the user's permissions, and the reports service checks again on every print.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from station_desk.domain.session import Session
from station_desk.ui.sections import Section, SectionRegistry


def _page(session: Session) -> QWidget:
    from station_desk.ui.printing.page import PrintPage

    return PrintPage(session)


def register(registry: SectionRegistry) -> None:
    registry.add(Section("print", lambda: QCoreApplication.translate("Sections", "Print"),
                         "SP_FileDialogContentsView", _page, order=700))
