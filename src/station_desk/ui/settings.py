"""Every per-PC UI setting, declared once with its type and default.

QSettings holds UI state only (where the vault is, window geometry, language, text size),
never client data; station policy such as the idle-lock time lives in the vault
(`domain/station_settings.py`). The `UiSettings` object is created once and passed down,
so tests give it a QSettings file of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    doc: str
    choices: tuple[T, ...] = ()


LAST_VAULT: Setting[str] = Setting("vault/last_path", str, "", "vault folder opened last")
WINDOW_GEOMETRY: Setting[QByteArray] = Setting(
    "window/geometry", QByteArray, QByteArray(), "main window size and position")
LANGUAGE: Setting[str] = Setting(
    "ui/language", str, "zh", "language when none is given on the command line", ("zh", "en"))
FONT_SCALE: Setting[float] = Setting(
    "ui/font_scale", float, 1.0, "text size relative to the system font",
    (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0))

REGISTRY: tuple[Setting[Any], ...] = (LAST_VAULT, WINDOW_GEOMETRY, LANGUAGE, FONT_SCALE)


class UiSettings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def at(cls, path: Path) -> UiSettings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_user(cls) -> UiSettings:
        return cls(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                             "StationDesk", "station-desk"))

    def get(self, setting: Setting[T]) -> T:
        """A stored value of the wrong type or outside the choices reads as the default:
        a hand-edited ini file must never stop the app from starting."""
        raw = self._store.value(setting.key, None)
        if raw is None:
            return setting.default
        try:
            if setting.type is QByteArray:
                value: Any = raw if isinstance(raw, QByteArray) else QByteArray(raw)
            elif setting.type is float:
                value = float(raw)
            else:
                value = setting.type(raw)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return setting.default
        if setting.choices and value not in setting.choices:
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}")
        if setting.choices and value not in setting.choices:
            raise ValueError(f"{setting.key}: {value!r} not in {setting.choices}")
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
