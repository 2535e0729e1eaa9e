"""Small pieces the assessment screens share: wording of domain data, band colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from station_desk.domain.instruments import LEVEL_RANK, Instrument
from station_desk.ui.i18n import current_lang

# Concern level -> colour: the same scale on the chart, the history list and the alert dialog.
LEVEL_COLOURS: dict[str, str] = {
    "none": "#2e7d32",
    "low": "#558b2f",
    "mild": "#9e9d24",
    "moderate": "#ef8f00",
    "moderately_severe": "#e65100",
    "high": "#d84315",
    "severe": "#c62828",
    "very_high": "#b71c1c",
}


def level_colour(level: str) -> QColor:
    return QColor(LEVEL_COLOURS.get(level, "#616161"))


def level_rank(level: str) -> int:
    return LEVEL_RANK.get(level, 0)


def lang() -> str:
    return current_lang()


def instrument_name(instrument: Instrument) -> str:
    return instrument.name(lang())


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
