"""The app's one look: the Fusion style, one palette and one stylesheet (resources/style/),
applied once to the application; and headings whose size follows the user's text size.

Fusion everywhere, so a station's Windows PC, a Linux desk and the screenshots in docs/ look
the same. Dialog buttons carry no icons (the platform theme's green tick and red cross on
OK / Cancel read as dated); a proxy style says so, so QMessageBox and every QDialogButtonBox
follow without each dialog being told.
"""

from __future__ import annotations

import json
import re
import weakref
from functools import cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyleFactory,
    QWidget,
)

from station_desk.paths import resources_dir

# Heading sizes relative to the body text, so they grow with View → Larger text.
HEADING_SCALE = {1: 1.45, 2: 1.2}


@cache
def colours() -> dict[str, str]:
    data = json.loads((resources_dir() / "style" / "palette.json").read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def colour(name: str) -> QColor:
    return QColor(colours()[name])


def stylesheet() -> str:
    """station-desk.qss with each @name replaced by its colour; an unknown name is an error
    here rather than a silently ignored rule on screen."""
    text = (resources_dir() / "style" / "station-desk.qss").read_text("utf-8")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    names = colours()

    def value(match: re.Match[str]) -> str:
        return names[match.group(1)]

    return re.sub(r"@([a-z_]+)", value, text)


def palette() -> QPalette:
    c = colour
    p = QPalette()
    roles = QPalette.ColorRole
    for role, name in ((roles.Window, "window"), (roles.WindowText, "text"),
                       (roles.Base, "base"), (roles.AlternateBase, "alternate_base"),
                       (roles.Text, "text"), (roles.Button, "button"),
                       (roles.ButtonText, "text"), (roles.Highlight, "accent"),
                       (roles.HighlightedText, "accent_text"), (roles.Link, "link"),
                       (roles.LinkVisited, "link"), (roles.ToolTipBase, "tooltip"),
                       (roles.PlaceholderText, "muted_text"), (roles.BrightText, "base")):
        p.setColor(role, c(name))
    p.setColor(roles.ToolTipText, QColor("#ffffff"))
    p.setColor(roles.Mid, c("border"))
    p.setColor(roles.Dark, c("border_strong"))
    p.setColor(roles.Light, c("base"))
    p.setColor(roles.Midlight, c("alternate_base"))
    p.setColor(roles.Shadow, c("border_strong"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, c("disabled_text"))
    p.setColor(disabled, roles.Base, c("window"))
    p.setColor(disabled, roles.Button, c("window"))
    p.setColor(disabled, roles.Highlight, c("border_strong"))
    return p


def apply(app: QApplication) -> None:
    """Once per application (make_application): style, palette, stylesheet."""
    if app.property("stationDeskTheme"):
        return
    # Fusion as it is: dialog buttons lose their icons through the stylesheet
    # (dialogbuttonbox-buttons-have-icons), not a Python style proxy, which Qt would call for
    # every style hint of every widget (about 5,000 calls to open one file window).
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette())
    app.setStyleSheet(stylesheet())
    app.setProperty("stationDeskTheme", True)
    _follower()


TONES = ("muted", "ok", "danger", "ok-strong", "danger-strong", "caution",
         "good", "neutral", "warn", "alarm",  # the file header's chips
         "crisis-bar", "warning-bar", "moved-bar", "flag-bar")


def set_tone(label: QWidget, tone: str) -> None:
    """Colour a label by what it says (station-desk.qss, "Tones"), from the one palette:
    the app's stylesheet styles it, not a stylesheet of its own that Qt would have to parse
    and keep apart for every such label."""
    if tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    if label.property("tone") == tone:
        return
    label.setProperty("tone", tone)
    style = label.style()
    style.unpolish(label)
    style.polish(label)


def mark_primary(button: QWidget) -> None:
    """The one action a screen leads to, filled with the accent (station-desk.qss styles
    `primary` buttons as it styles a dialog's default one)."""
    button.setProperty("primary", True)
    button.style().unpolish(button)
    button.style().polish(button)


class _FontFollower(QObject):
    """When the application font changes (View → Larger text): with a style sheet set, Qt
    leaves the widgets already shown at their old size, so the sheet is set again, which
    re-polishes them at the new one; then every heading, which has a size of its own, is
    sized from the new text size (after, or the re-polish would put back its old font)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        app.fontChanged.connect(self._follow)
        self.headings: weakref.WeakSet[Heading] = weakref.WeakSet()
        # widgets whose font is the text size times a factor: (font to copy, factor)
        self.relative: weakref.WeakKeyDictionary[QWidget, tuple[QFont, float]] = \
            weakref.WeakKeyDictionary()

    def _follow(self, _font: QFont) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.styleSheet():
            app.setStyleSheet(app.styleSheet())
        for heading in list(self.headings):
            try:
                heading.fit_font()
            except RuntimeError:  # deleted on the C++ side, not yet in Python
                self.headings.discard(heading)
        for widget, (font, factor) in list(self.relative.items()):
            try:
                _set_relative(widget, font, factor)
            except RuntimeError:
                self.relative.pop(widget, None)


def _follower() -> _FontFollower | None:
    app = QGuiApplication.instance()
    if app is None:
        return None
    found = app.findChild(_FontFollower)
    return found if found is not None else _FontFollower(app)  # type: ignore[arg-type]


def _set_relative(widget: QWidget, font: QFont, factor: float) -> None:
    sized = QFont(font)
    sized.setPointSizeF(QGuiApplication.font().pointSizeF() * factor)
    widget.setFont(sized)


def follow_text_size(widget: QWidget, factor: float = 1.0, *, bold: bool = False,
                     font: QFont | None = None) -> None:
    """Give `widget` a font `factor` times the text size (in `font`'s family and style, the
    widget's own by default), kept so when the text size changes while it is shown: a font
    set once keeps the size it was given, and a re-polish puts back the old one."""
    template = QFont(font if font is not None else widget.font())
    if bold:
        template.setWeight(QFont.Weight.Bold)  # the CJK font has no semi-bold
    _set_relative(widget, template, factor)
    follower = _follower()
    if follower is not None:
        follower.relative[widget] = (template, factor)


class Heading(QLabel):
    """A page's or a section's title: larger and bold, sized from the body text."""

    def __init__(self, text: str = "", level: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.level = level
        self.setProperty("role", "heading")
        self.setWordWrap(True)
        self.fit_font()
        follower = _follower()
        if follower is not None:
            follower.headings.add(self)

    def fit_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(QGuiApplication.font().pointSizeF() * HEADING_SCALE[self.level])
        font.setWeight(QFont.Weight.Bold)  # the CJK font has no semi-bold
        self.setFont(font)
