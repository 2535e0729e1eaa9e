"""The UI settings registry: typed, defaulted, and tolerant of a hand-edited file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from station_desk.ui import settings as s
from station_desk.ui.settings import UiSettings


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    ui = UiSettings.at(tmp_path / "ui.ini")
    assert ui.get(s.LANGUAGE) == "zh"
    assert ui.get(s.FONT_SCALE) == 1.0
    assert ui.get(s.WINDOW_GEOMETRY).isEmpty()
    ui.set(s.LANGUAGE, "en")
    ui.set(s.FONT_SCALE, 1.25)
    ui.sync()
    again = UiSettings.at(tmp_path / "ui.ini")
    assert again.get(s.LANGUAGE) == "en" and again.get(s.FONT_SCALE) == 1.25


def test_bad_values_read_as_default_and_are_refused(tmp_path: Path) -> None:
    raw = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    raw.setValue(s.FONT_SCALE.key, "huge")
    raw.setValue(s.LANGUAGE.key, "fr")
    raw.sync()
    ui = UiSettings.at(tmp_path / "ui.ini")
    assert ui.get(s.FONT_SCALE) == 1.0 and ui.get(s.LANGUAGE) == "zh"
    with pytest.raises(ValueError):
        ui.set(s.LANGUAGE, "fr")
    with pytest.raises(TypeError):
        ui.set(s.FONT_SCALE, "1.0")  # type: ignore[arg-type]


def test_registry_declares_every_key_once() -> None:
    keys = [setting.key for setting in s.REGISTRY]
    assert len(keys) == len(set(keys))
    assert all(setting.doc for setting in s.REGISTRY)
