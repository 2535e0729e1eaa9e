"""The consent form's scope items as check boxes, in the running language (their wording is
the records domain's: records/consent.py)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from station_desk.domain.records.consent import SCOPES, scope_label, scope_labels
from station_desk.ui.i18n import current_lang

# What a new form ticks to begin with: what a visit to the station usually covers.
USUAL = ("counselling", "assessment", "statistics")


class ScopeChecks(QListWidget):
    def __init__(self, parent: QWidget | None = None, *, checked: Iterable[str] = USUAL,
                 only: Iterable[str] | None = None) -> None:
        super().__init__(parent)
        shown = [c for c in SCOPES if only is None or c in set(only)]
        for code in shown:
            item = QListWidgetItem(scope_label(code, current_lang()), self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.set_codes(checked)
        self.setMaximumHeight(self.sizeHintForRow(0) * max(len(shown), 1) + 8)

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)


def scopes_text(codes: Iterable[str]) -> str:
    return scope_labels(codes, current_lang())


def consent_scope_checks(parent: QWidget | None = None) -> ScopeChecks:
    return ScopeChecks(parent)
