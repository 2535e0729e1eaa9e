"""Loading translations, and the language the domain's zh/en message pairs are shown in.

Source strings are English; `station_desk_zh_CN.qm` turns them into Chinese, and Qt's own
`qtbase_zh_CN.qm` does the same for standard buttons (确定 / 取消). The .qm files are build
products: when missing they are compiled from the committed .ts files with lrelease.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from station_desk.errors import StationDeskError
from station_desk.paths import resources_dir

LANG_PROPERTY = "station_desk_lang"
LOCALES = {"zh": "zh_CN", "en": "en"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_tool(name: str) -> str | None:
    """A Linguist tool (lupdate, lrelease): PySide6 ships them beside its modules."""
    import PySide6

    for candidate in (f"{name}.exe", name):
        bundled = Path(PySide6.__file__).parent / candidate
        if bundled.is_file():
            return str(bundled)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def lrelease_program() -> str | None:
    return qt_tool("lrelease")


def build_qm(ts: Path, qm: Path) -> bool:
    program = lrelease_program()
    if program is None:
        return False
    try:
        subprocess.run([program, "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return qm.is_file()


def ensure_qm(lang: str) -> Path | None:
    """The compiled catalogue for `lang`, compiled now if the .ts is newer or the .qm absent.

    An installed copy may have a read-only resources folder: then the catalogue is compiled
    into the user's cache folder instead (packaged builds ship the .qm and need neither).
    """
    locale = LOCALES.get(lang, "zh_CN")
    ts = translations_dir() / f"station_desk_{locale}.ts"
    for qm in (ts.with_suffix(".qm"), _cache_dir() / ts.with_suffix(".qm").name):
        if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
            return qm
        if ts.is_file() and _writable(qm.parent) and build_qm(ts, qm):
            return qm
    bundled = ts.with_suffix(".qm")
    return bundled if bundled.is_file() else None


def _cache_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation)) / "translations"


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def normalize_lang(lang: str | None) -> str:
    return "en" if (lang or "").lower().startswith("en") else "zh"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install ours and Qt's; keep the returned objects alive as long as the app runs."""
    lang = normalize_lang(lang)
    app.setProperty(LANG_PROPERTY, lang)
    QLocale.setDefault(QLocale(LOCALES[lang]))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = ensure_qm(lang)
    candidates = [(f"qtbase_{LOCALES[lang]}", qt_dir)]
    if ours is not None:
        candidates.append((ours.stem, str(ours.parent)))
    elif lang == "zh" and sys.stderr is not None:
        print("station-desk: zh_CN translation unavailable; showing English", file=sys.stderr)
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def current_lang() -> str:
    app = QCoreApplication.instance()
    value = app.property(LANG_PROPERTY) if app is not None else None
    return normalize_lang(value if isinstance(value, str) else "en")


def pick(pair: tuple[str, str]) -> str:
    """Choose from the domain's (zh, en) wording in the running language."""
    return pair[1] if current_lang() == "en" else pair[0]


def error_text(exc: StationDeskError) -> str:
    return exc.message(current_lang())


def arg(text: str, *values: object) -> str:
    """Qt's `%1`-style substitution; PySide's `tr()` returns a plain str without `.arg()`."""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
