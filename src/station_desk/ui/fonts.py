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
    proportional = [f for f in families if not f.endswith("Mono")]
    mono = [f for f in families if f.endswith("Mono")]
    for family in {*base, "Sans Serif"}:
        QFont.insertSubstitutions(family, [*QFont.substitutes(family), *proportional])
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    for family in {fixed, "monospace", "Monospace"}:
        QFont.insertSubstitutions(family, [*QFont.substitutes(family), *mono])
    return families


def monospace_font(point_size: float) -> QFont:
    """For text that must be read character by character (the recovery key)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "WenQuanYi Micro Hei Mono",
                      font.family()])
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.Bold)
    return font


class FontScaler:
    """Scales the application font from the size it had when created."""

    def __init__(self) -> None:
        font = QGuiApplication.font()
        self.base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0

    def apply(self, scale: float) -> None:
        font = QGuiApplication.font()
        font.setPointSizeF(self.base * scale)
        QGuiApplication.setFont(font)
