"""The item roles as plain ints, for the table models' `data()` and `headerData()`.

Qt asks a model for about seven roles each time it paints or measures a cell (the font, the
alignment, the colours, the check state, the icon, the text) and our models answer one or
two. PySide hands the role over as an int: compared with a member of `Qt.ItemDataRole` it
costs about 0.25 µs (two attribute lookups and the enum's own comparison), with an int
0.03 µs. Over the cells of a file window that was half the cost of measuring one
(docs/benchmarks/README.md, issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY: int = Qt.ItemDataRole.DisplayRole.value
TOOLTIP: int = Qt.ItemDataRole.ToolTipRole.value
TEXT_ALIGNMENT: int = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND: int = Qt.ItemDataRole.ForegroundRole.value
BACKGROUND: int = Qt.ItemDataRole.BackgroundRole.value
USER: int = Qt.ItemDataRole.UserRole.value
