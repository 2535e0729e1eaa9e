"""A read-only table model for statistics tables: the package preview and the city tables.

Tables are small (at most a few hundred rows), so the model holds its rows; the cell shown is
exactly the text that leaves the station ("x" for a withheld figure), never a recomputed one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from station_desk.domain.auth import TIER_LABELS
from station_desk.domain.vocab import load_tier_checklist
from station_desk.export.profile import BASIS_LABELS, LEGACY_STATUS_LABELS, STATUS_LABELS
from station_desk.export.tables import SUPPRESSED, TOTAL, display
from station_desk.ui.item_roles import DISPLAY, FOREGROUND, TEXT_ALIGNMENT, TOOLTIP
from station_desk.ui.labels import tier_label

MARK = QColor("#8a4b00")
Index = QModelIndex | QPersistentModelIndex
ANSWERED = frozenset({DISPLAY, TEXT_ALIGNMENT, FOREGROUND, TOOLTIP})


class GridModel(QAbstractTableModel):
    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[Any]], *,
                 numeric_from: int = 1, marked: Sequence[tuple[int, int]] = (),
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self._numeric_from = numeric_from
        self._marked = set(marked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._header)

    def text(self, row: int, column: int) -> str:
        value = self._rows[row][column] if column < len(self._rows[row]) else ""
        return display(value) if isinstance(value, float) else str(value)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid():  # ui/item_roles.py
            return None
        row, column = index.row(), index.column()
        if role == DISPLAY:
            return self.text(row, column)
        withheld = self.text(row, column) == SUPPRESSED
        if role == TEXT_ALIGNMENT:
            horizontal = (Qt.AlignmentFlag.AlignRight if column >= self._numeric_from
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == FOREGROUND and (withheld or (row, column) in
                                                       self._marked):
            return MARK
        if role == TOOLTIP:
            if withheld:
                return self.tr("Withheld: a count below k, or a figure it could be worked "
                               "out from.")
            if (row, column) in self._marked:
                return self.tr("Includes figures stations withheld: the true value lies in "
                               "this range.")
            text = self.text(row, column)
            if len(text) > 40:  # a long reason may be cut off by the column: show it whole
                return text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if section < len(self._header) else None
        return section + 1


def readable(value: Any, lang: str = "zh") -> Any:
    """A code a text column publishes for machines (a tier, an evidence kind, a self-check
    result) in words; the package keeps the code, the preview never shows it."""
    if not isinstance(value, str):
        return value
    en = lang == "en"
    if value in TIER_LABELS:
        return tier_label(value)
    for labels in (STATUS_LABELS, LEGACY_STATUS_LABELS, BASIS_LABELS):
        if value in labels:
            return labels[value][1 if en else 0]
    kinds = load_tier_checklist().evidence_kinds
    if value in kinds:
        return kinds[value][1 if en else 0]
    return value


def package_table(table: dict[str, Any], lang: str = "zh") -> GridModel:
    """A package table as the preview shows it: the name in the UI language, then every
    value column as published, codes in text columns put in words (`readable`)."""
    en = lang == "en"
    nkeys = len(table["keys"])
    value_cols = table["columns"][nkeys + 2:]
    header = [QCoreApplication.translate("GridModel", "Item")]
    header += [c["label_en" if en else "label_zh"] for c in value_cols]
    total = QCoreApplication.translate("GridModel", "Total")
    rows = []
    for row in table["rows"]:
        label = row[nkeys + 1] if en else row[nkeys]
        if nkeys == 2:
            label = f"{row[0]} · {total if row[1] == TOTAL else label}"
        values = [readable(v, lang) if c["kind"] == "text" else v
                  for c, v in zip(value_cols, row[nkeys + 2:], strict=False)]
        rows.append([label, *values])
    return GridModel(header, rows)
