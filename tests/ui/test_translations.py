"""Every string is translated in both catalogues, with its placeholders intact, and the
catalogues hold every string the code asks for."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from station_desk.paths import repo_root
from station_desk.ui.i18n import LANG_PROPERTY, install_translators, qt_tool
from station_desk.ui.ts_check import check_ts, placeholders, read_ts

TRANSLATIONS = repo_root() / "resources" / "translations"
CATALOGUES = ["station_desk_zh_CN.ts", "station_desk_en.ts"]
SOURCES = [repo_root() / "src" / "station_desk" / "app_main.py",
           *sorted((repo_root() / "src" / "station_desk" / "ui").rglob("*.py"))]


@pytest.mark.parametrize("name", CATALOGUES)
def test_catalogue_complete_and_placeholders_kept(name: str) -> None:
    assert check_ts(TRANSLATIONS / name) == []


def test_zh_translations_are_chinese() -> None:
    for message in read_ts(TRANSLATIONS / "station_desk_zh_CN.ts"):
        if message.source.strip("&.…%0123456789 ") and message.context != "App":
            assert any("\u4e00" <= ch <= "\u9fff" for ch in message.translation), message


@pytest.mark.parametrize("name", CATALOGUES)
def test_catalogue_is_up_to_date_with_the_code(name: str, tmp_path: Path) -> None:
    """lupdate over the code into a copy must add nothing unfinished. Entries whose code is
    not there (screens still being written elsewhere) only turn 'vanished' and are fine."""
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        pytest.skip("lupdate not installed")
    copy = tmp_path / name
    shutil.copy(TRANSLATIONS / name, copy)
    subprocess.run([lupdate, "-silent", "-locations", "none", *map(str, SOURCES),
                    "-ts", str(copy)], check=True, timeout=120)
    assert [p for p in check_ts(copy) if not p.endswith("(run lupdate with -no-obsolete)")] == []


def test_checker_catches_broken_placeholders_and_unfinished(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>C</name>"
        "<message><source>Saved %1</source><translation>已保存</translation></message>"
        "<message><source>Hi {name}</source><translation>你好 {user}</translation></message>"
        "<message><source>Open</source><translation type=\"unfinished\"></translation>"
        "</message><message><source>&amp;File</source><translation>文件</translation>"
        "</message></context></TS>", encoding="utf-8")
    problems = check_ts(bad)
    assert len(problems) == 4
    assert placeholders("%2 of %1 {n}") == ["%1", "%2", "{n}"]


def test_chinese_loads_ours_and_qts_own(qapp: QApplication) -> None:
    translators = install_translators(qapp, "zh")
    try:
        assert len(translators) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QCoreApplication.translate("Sections", "Dashboard") == "工作台"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(LANG_PROPERTY, "en")
