"""可能重复的档案: before a new file is created, the files that may already be this worker's
(same name and phone, or same name and birth year), with the choice to use one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.importing.duplicates import LikelyDuplicate
from station_desk.ui.i18n import current_lang
from station_desk.ui.modal import run_modal

USE_EXISTING, REGISTER_NEW = "existing", "new"


class DuplicateWarning(QDialog):
    def __init__(self, found: list[LikelyDuplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.choice: tuple[str, LikelyDuplicate | None] | None = None
        self.setWindowTitle(self.tr("This worker may already have a file"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "The station already has a file that may be this worker's. Use it instead of "
            "opening a second file for the same person?"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        lang = current_lang()
        for d in found:
            year = str(d.birth_year) if d.birth_year else "—"
            item = QListWidgetItem(f"{d.file_no}  {d.name}  {year}  {d.phone or '—'}  "
                                   f"{d.employer}  ({d.why(lang)})")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(self.tr("Use this file"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button = buttons.addButton(self.tr("Register a new file anyway"),
                                            QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.clicked.connect(self.use_selected)
        self.new_button.clicked.connect(self.register_new)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def use_selected(self) -> None:
        row = self.list.currentRow()
        self.choice = (USE_EXISTING, self.found[row] if 0 <= row < len(self.found) else None)
        self.accept()

    def register_new(self) -> None:
        self.choice = (REGISTER_NEW, None)
        self.accept()

    @classmethod
    def ask(cls, found: list[LikelyDuplicate], parent: QWidget | None = None
            ) -> tuple[str, LikelyDuplicate | None] | None:
        """(USE_EXISTING, the file) or (REGISTER_NEW, None); None when cancelled."""
        dialog = cls(found, parent)
        run_modal(dialog)
        return dialog.choice
