"""The bundled CJK font, so Chinese renders on a PC that has none, and the text-size scale."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from station_desk.paths import resources_dir

BUNDLED = "wqy-microhei.ttc"


def register_bundled_font() -> list[str]:
    """Add WenQuanYi Micro Hei behind the system UI font: the system font draws what it can,
    ours every character it lacks. A substitution covers widgets that set their own family
    (monospace, for instance)."""
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / BUNDLED))
    if font_id < 0:
        return []
    families = QFontDatabase.applicationFontFamilies(font_id)
    app_font = QGuiApplication.font()
    base = list(app_font.families()) or [app_font.family()]
    app_font.setFamilies([*base, *[f for f in families if f not in base]])
    QGuiApplication.setFont(app_font)
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    for family in {*base, fixed, "Sans Serif", "monospace"}:
        QFont.insertSubstitutions(family, [*QFont.substitutes(family), *families])
    return families


class FontScaler:
    """Scales the application font from the size it had when created."""

    def __init__(self) -> None:
        font = QGuiApplication.font()
        self.base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0

    def apply(self, scale: float) -> None:
        font = QGuiApplication.font()
        font.setPointSizeF(self.base * scale)
        QGuiApplication.setFont(font)
