"""Every string is translated in both catalogues, with its placeholders intact, and the
catalogues hold every string the code asks for."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from station_desk.domain.session import Session
from station_desk.i18n import LUPDATE_OPTIONS
from station_desk.paths import repo_root
from station_desk.ui.i18n import LANG_PROPERTY, install_translators, qt_tool
from station_desk.ui.main_window import MainWindow
from station_desk.ui.settings import UiSettings
from station_desk.ui.ts_check import check_ts, placeholders, read_ts

TRANSLATIONS = repo_root() / "resources" / "translations"
CATALOGUES = ["station_desk_zh_CN.ts", "station_desk_en.ts"]
# The screens' tr() and, below Qt, the N_() marks station_desk.i18n reads (one catalogue).
SOURCES = sorted((repo_root() / "src" / "station_desk").rglob("*.py"))


@pytest.mark.parametrize("name", CATALOGUES)
def test_catalogue_complete_and_placeholders_kept(name: str) -> None:
    assert check_ts(TRANSLATIONS / name) == []


def test_zh_translations_are_chinese() -> None:
    for message in read_ts(TRANSLATIONS / "station_desk_zh_CN.ts"):
        # Punctuation around values (": " -> "：", " ({text})") has no words to be Chinese.
        words = re.sub(r"\{\w+\}|%\d+|%n|&", "", message.source)
        if any(ch.isalpha() for ch in words) and message.context != "App":
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
    subprocess.run([lupdate, "-silent", "-locations", "none", *LUPDATE_OPTIONS,
                    *map(str, SOURCES),
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
        assert QCoreApplication.translate("Sections", "Today") == "今日"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(LANG_PROPERTY, "en")


# --------------------------------------------------------------------------------------------
# Strings that bypass tr(): an AST scan of the screens.
#
# A literal handed straight to a Qt text setter (or returned from a model's headerData/data)
# never reaches lupdate, so it would show in English on a Chinese screen or the other way
# round. Literal Chinese anywhere in ui/ means wording kept outside the catalogues. The scan
# sees literals, f-strings, concatenations and conditionals; text inside tr()/translate()
# calls is the catalogue's business and is skipped.

UI = repo_root() / "src" / "station_desk" / "ui"
# Method name -> positions of its text arguments (None: every positional argument).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        ("setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
         "setWhatsThis", "setTitle", "setSubTitle", "setLabelText", "setSpecialValueText",
         "setSuffix", "setPrefix", "setInformativeText", "setDetailedText", "setHtml",
         "setMarkdown", "setAccessibleName", "setAccessibleDescription", "showMessage",
         "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
         "setNameFilter", "setNameFilters", "addItems", "addRow", "setCancelButtonText",
         "setFormat", "addButton"), (0,)),
    **dict.fromkeys(("setTabText", "setItemText", "setTabToolTip", "setButtonText",
                     "insertItem", "setItemToolTip"), (1,)),
    **dict.fromkeys(("addAction", "addMenu", "addTab", "insertTab", "insertRow"), None),
    "addItem": (0,),
    # QMessageBox.information(parent, title, text), messages.error(parent, text), ...
    **dict.fromkeys(("information", "warning", "critical", "question", "about"), (1, 2)),
    **dict.fromkeys(("error", "info", "confirm"), (1,)),
    **dict.fromkeys(("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                     "getExistingDirectory", "getText", "getInt", "getItem",
                     "getMultiLineText"), (1, 2, 3)),
}
TEXT_CLASSES: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(("QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QAction", "QMenu", "QCommandLinkButton", "QTableWidgetItem",
                     "QListWidgetItem", "QStandardItem", "QTreeWidgetItem", "QProgressDialog",
                     "QMessageBox"), None),
    "Section": (1,),  # the section title
}
TEXT_KEYWORDS = {"text", "title", "caption", "filter", "label", "labelText", "toolTip"}
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
# Shown as they are in every language.
ALLOWED = {"Station Desk", "简体中文", "English"}
# getSaveFileName(parent, caption, dir, filter): a folder is not wording.
PATH_ARGUMENTS = {"getOpenFileName": 2, "getOpenFileNames": 2, "getSaveFileName": 2,
                  "getExistingDirectory": 2}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def literal_texts(node: ast.expr | None) -> list[str]:
    """The literal wording an expression can evaluate to, tr()'d wording left out."""
    if node is None:
        return []
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))]
    if isinstance(node, ast.BinOp):
        return literal_texts(node.left) + literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return literal_texts(node.body) + literal_texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in literal_texts(v)]
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return [t for e in node.elts for t in literal_texts(e)]
    if isinstance(node, ast.Dict):
        return [t for v in node.values for t in literal_texts(v)]
    if isinstance(node, ast.Subscript):  # ["File number", "Name"][column]
        return literal_texts(node.value)
    if isinstance(node, ast.Lambda):
        return literal_texts(node.body)
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TRANSLATING:
            return []
        if name == "arg" and node.args:  # arg("…%1", x): the pattern is the wording
            return literal_texts(node.args[0])
        if name == "format" and isinstance(node.func, ast.Attribute):
            return literal_texts(node.func.value)
    return []


def is_wording(text: str) -> bool:
    """Letters a reader would read, once markup and placeholders are taken out."""
    if text.strip() in ALLOWED or re.fullmatch(r"[X-]+|\.[a-z0-9]+", text.strip()):
        return False  # an input mask (XXXX-XXXX) or a file suffix (.zip)
    bare = re.sub(r"<[^>]*>|&[a-z]+;|%\d+|%n|\{[^}]*\}", "", text)
    return any(ch.isalpha() for ch in bare)


def untranslated(source: str, filename: str = "<test>") -> list[str]:
    """`file:line: call(text)` for every literal that reaches a text setter untranslated, and
    for every literal holding Chinese characters outside tr()."""
    tree = ast.parse(source, filename)
    found: list[tuple[int, str, str]] = []
    inside_tr: set[int] = set()
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
            inside_tr.update(id(n) for n in ast.walk(node))
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            positions = TEXT_CLASSES[name] if name in TEXT_CLASSES else TEXT_METHODS.get(name, ())
            args = [a for i, a in enumerate(node.args)
                    if (positions is None or i in positions) and i != PATH_ARGUMENTS.get(name)]
            if positions != ():
                args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            for text in (t for a in args for t in literal_texts(a)):
                if is_wording(text):
                    found.append((node.lineno, name, text))
        elif isinstance(node, ast.FunctionDef) and node.name in ("headerData", "data"):
            for ret in (n for n in ast.walk(node) if isinstance(n, ast.Return)):
                for text in literal_texts(ret.value):
                    if is_wording(text):
                        found.append((ret.lineno, f"{node.name} returns", text))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in inside_tr and id(node) not in docstrings
              and node.value.strip() not in ALLOWED
              and any("\u4e00" <= ch <= "\u9fff" for ch in node.value)):
            found.append((node.lineno, "Chinese literal", node.value))
    return [f"{filename}:{line}: {call}({text[:60]!r})" for line, call, text in sorted(set(found))]


def scan(paths: list[Path]) -> list[str]:
    return [problem for path in paths
            for problem in untranslated(path.read_text(encoding="utf-8"),
                                        str(path.relative_to(repo_root())))]


AREAS = {
    "shell": [repo_root() / "src" / "station_desk" / "app_main.py", *sorted(UI.glob("*.py"))],
    **{folder: sorted((UI / folder).rglob("*.py"))
       for folder in ("assess", "printing", "records", "export")},
}


@pytest.mark.parametrize("area", ["shell", "assess", "printing", "records", "export"])
def test_no_wording_bypasses_tr(area: str) -> None:
    assert scan(AREAS[area]) == []


def test_scan_sees_literals_and_lets_tr_through() -> None:
    code = '''
label = QLabel("Name", self)
ok = QLabel(self.tr("Name"), self)
box.setWindowTitle(f"Report {year}")
button.setToolTip("Hi" if a else self.tr("Ho"))
menu.addAction(icon, "&Open", self.open)
messages.error(self, arg("Failed: %1", reason))
messages.info(self, arg(self.tr("Saved %1"), path))
combo.addItem("简体中文", "zh")
form.addRow("Room", edit)
self.zoom.addItem(f"{value:.0f}%", value)
QFileDialog.getSaveFileName(self, self.tr("Save"), "/home/a", "PDF (*.pdf)")
pair = ("打印", "Print")
registry.add(Section("print", lambda: "Print", "icon", page))
class M:
    def headerData(self, section, orientation, role):
        return ["File number", "Name"][section]
'''
    found = [line.split(": ", 1)[1] for line in untranslated(code)]
    assert found == [
        "QLabel('Name')", "setWindowTitle('Report ')", "setToolTip('Hi')",
        "addAction('&Open')", "error('Failed: %1')", "addRow('Room')",
        "getSaveFileName('PDF (*.pdf)')", "Chinese literal('打印')", "Section('Print')",
        "headerData returns('File number')", "headerData returns('Name')"], found


def accelerators(texts: list[str]) -> list[str]:
    """The letter after a single `&` in each text (`&&` is a literal ampersand)."""
    found = (re.search(r"(?<!&)&([^&\s])", text.replace("&&", "")) for text in texts)
    return [m.group(1).lower() for m in found if m]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_menu_accelerators_do_not_clash(qapp: QApplication, qtbot: QtBot, admin: Session,
                                        ui_settings: UiSettings, lang: str) -> None:
    translators = install_translators(qapp, lang)
    try:
        window = MainWindow(admin, ui_settings)
        qtbot.addWidget(window)
        bar = [menu.title() for menu in window.menus]
        assert len(accelerators(bar)) == len(bar) == len(set(accelerators(bar))), bar
        for menu in window.menus:
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            keys = accelerators(texts)
            assert len(keys) == len(set(keys)), (menu.title(), texts)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        qapp.setProperty(LANG_PROPERTY, "en")
