"""A file in its own window, so several can be open side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from station_desk.domain.records.files import ClientFile
from station_desk.domain.session import Session
from station_desk.ui.records.file_window.view import ClientFileView


class FileWindow(QDialog):
    """A file in its own window, so several can be open side by side."""

    def __init__(self, session: Session, client: ClientFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{client.file_no} {client.name}")
        self.resize(1100, 760)
        screen = self.screen()
        if screen is not None:  # never larger than the screen (1366×768 at 150 % text)
            room = screen.availableGeometry().size()
            self.resize(min(1100, room.width() - 40), min(760, room.height() - 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.view = ClientFileView(session, client, self)
        layout.addWidget(self.view)
