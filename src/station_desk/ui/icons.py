"""Icons: one set, Phosphor (regular weight, MIT) through QtAwesome, drawn from its icon
font in the palette's colours, so they are sharp at any size and any text scale. The app's
own logo stays a file in resources/icons.

Every navigation entry has its own glyph (NAV_ICONS, keyed by section key, so the sections'
modules need not know about glyph names); the menus' actions use the same set."""

from __future__ import annotations

import os

# QtAwesome reaches Qt through QtPy, which would try PyQt first: this app is PySide6 only.
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from station_desk.paths import resources_dir  # noqa: E402

APP_ICON = "station-desk"
ICON_SET = "Phosphor 1.3 (QtAwesome)"

# One glyph per section: what a counsellor would look for, none used twice.
NAV_ICONS: dict[str, str] = {
    "records.today": "ph.sun-horizon",
    "records.appointments": "ph.calendar",
    "records.clients": "ph.address-book",
    "records.followups": "ph.phone-outgoing",
    "records.hotline": "ph.headset",
    "assess": "ph.clipboard-text",
    "records.search": "ph.magnifying-glass",
    "records.activities": "ph.users-three",
    "tier.duty": "ph.identification-badge",
    "print": "ph.printer",
    "export": "ph.chart-bar",
    "tier.surveys": "ph.list-numbers",
    "tier.selfcheck": "ph.check-square-offset",
    "tier.regimes": "ph.book-open",
    "accounts": "ph.user-gear",
    "audit": "ph.shield-check",
    "backup": "ph.hard-drives",
    "retention": "ph.archive-box",
}

# The menus' actions, by what they do.
ACTION_ICONS: dict[str, str] = {
    "lock": "ph.lock-simple",
    "password": "ph.key",
    "sign_out": "ph.sign-out",
    "quit": "ph.power",
    "larger": "ph.magnifying-glass-plus",
    "smaller": "ph.magnifying-glass-minus",
    "normal_size": "ph.text-aa",
    "settings": "ph.gear-six",
    "station": "ph.buildings",
    "about": "ph.info",
}


def glyph(name: str) -> QIcon:
    """A glyph of the icon set ("ph.printer") in the palette's text colour; muted when
    disabled, the accent's colour when selected (the navigation's current entry)."""
    if QApplication.instance() is None:
        return QIcon()
    import qtawesome

    from station_desk.ui.theme import colours

    c = colours()
    return qtawesome.icon(name, color=c["muted_text"], color_active=c["title"],
                          color_selected=c["title"], color_disabled=c["disabled_text"])


def icon(name: str) -> QIcon:
    """A glyph ("ph.…"), or one of our own PNGs in resources/icons."""
    if "." in name and not name.endswith(".png"):
        return glyph(name)
    path = resources_dir() / "icons" / f"{name}.png"
    return QIcon(str(path)) if path.is_file() else QIcon()


def section_icon(key: str, fallback: str = "") -> QIcon:
    """The navigation entry's glyph: NAV_ICONS's, else the section's own if it is a glyph of
    the set; never a stray stock icon."""
    name = NAV_ICONS.get(key) or (fallback if fallback.startswith("ph.") else "")
    return glyph(name) if name else QIcon()


def action_icon(key: str) -> QIcon:
    return glyph(ACTION_ICONS[key])


def app_icon() -> QIcon:
    """Every rendered size, so each place (title bar, task bar, Alt+Tab) gets a sharp one."""
    folder = resources_dir() / "icons"
    sizes = sorted(folder.glob(f"{APP_ICON}-*.png"))
    if not sizes:
        return icon(APP_ICON)
    result = QIcon()
    for path in sizes:
        result.addFile(str(path))
    return result
