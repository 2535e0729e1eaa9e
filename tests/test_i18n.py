"""The one catalogue, read below Qt: the code below the screens writes English marked with
N_(), the Chinese comes from station_desk_zh_CN.ts, and every mark has its translation."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import station_desk
from station_desk import i18n, paths
from station_desk.errors import MESSAGES, StationDeskError
from station_desk.i18n import N_, Text, translate
from station_desk.ui.ts_check import placeholders, read_ts

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "station_desk"
TRANSLATIONS = ROOT / "resources" / "translations"


def _marks() -> list[tuple[str, str, str]]:
    """(where, context, source) of every N_("context", "source") in the package."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
                assert len(node.args) == 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                ), f"{path}:{node.lineno}: N_ takes two literals, or lupdate cannot see it"
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}",
                              node.args[0].value, node.args[1].value))
    return found


def test_chinese_comes_from_the_catalogue_and_english_is_the_source() -> None:
    assert translate("errors", "Wrong password.", "zh") == "密码不正确。"
    assert translate("errors", "Wrong password.", "en") == "Wrong password."
    assert N_("errors", "Wrong password.") == ("密码不正确。", "Wrong password.")
    assert N_("errors", "Wrong password.").text("en") == "Wrong password."
    assert StationDeskError("wrong_password").message("zh") == "密码不正确。"
    assert StationDeskError("account_disabled", user="li").message("en") == \
        "Account li is disabled."


def test_every_mark_has_a_finished_chinese_translation_with_its_placeholders() -> None:
    zh = {(m.context, m.source): m for m in read_ts(TRANSLATIONS / "station_desk_zh_CN.ts")}
    en = {(m.context, m.source): m for m in read_ts(TRANSLATIONS / "station_desk_en.ts")}
    marks = _marks()
    assert len(marks) > 200
    for where, context, source in marks:
        message = zh.get((context, source))
        assert message is not None and message.state == "" and message.translation, \
            f"{where}: [{context}] {source!r} has no Chinese in station_desk_zh_CN.ts"
        assert set(placeholders(message.translation)) == set(placeholders(source)), where
        # English below Qt is the source itself; the en catalogue repeats it unchanged, so
        # a wording change is made in the code, where the English lives.
        assert en[(context, source)].translation == source, where


def test_every_error_message_is_in_the_catalogue() -> None:
    for info in pkgutil.walk_packages(station_desk.__path__, "station_desk."):
        if not any(part in info.name for part in (".ui", "__main__", "app_main")):
            importlib.import_module(info.name)  # each module registers its own codes
    zh = {(m.context, m.source) for m in read_ts(TRANSLATIONS / "station_desk_zh_CN.ts")}
    for code, pair in MESSAGES.items():
        if pair[0] == pair[1] and not re.sub(r"\{\w+\}", "", pair[1]).strip():
            continue  # ("{detail}", "{detail}"): the words come with the parameter
        assert isinstance(pair, Text), f"{code}: write it as N_(\"errors\", \"English\")"
        context = "importing" if code == "import_end_before_start" else "errors"
        assert (context, pair[1]) in zh, code


def test_without_the_catalogue_the_text_is_english(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    i18n._catalogue.cache_clear()
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    try:
        assert translate("errors", "Wrong password.", "zh") == "Wrong password."
        assert "showing English" in capsys.readouterr().err
    finally:
        monkeypatch.undo()
        i18n._catalogue.cache_clear()
    assert translate("errors", "Wrong password.", "zh") == "密码不正确。"
