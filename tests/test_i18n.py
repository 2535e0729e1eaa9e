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


# Where Chinese may be written in the code itself, and why: everything else is written in
# English and reads its Chinese from the catalogue. Counts are string literals (docstrings and
# comments aside) and may only fall.
CHINESE_IN_CODE: dict[str, tuple[int, str]] = {
    "reports/docs_records.py": (144, "the printed record book and file, Chinese paper forms"),
    "reports/docs_subject.py": (128, "the worker's copy of their information, in their language"),
    "reports/docs_station.py": (118, "the station's printed ledgers and monthly report"),
    "reports/docs_forms.py": (66, "the blank paper forms for when the PC is down"),
    "export/union/layout.py": (34, "the city union's report, written for the union in Chinese"),
    "export/union/city_pdf.py": (26, "the city union's report, written for the union in Chinese"),
    "export/summary.py": (18, "the package's summary page, read by the union in Chinese"),
    "export/keys.py": (5, "both languages' prefixes of a key file, read back from either"),
    "domain/importing/values.py": (58, "recognising dates, times and words in earlier registers"),
    "domain/importing/columns.py": (31, "recognising the column titles of earlier registers"),
    "domain/importing/plan.py": (2, "recognising ages and counts in earlier registers"),
    "domain/survey_sheets.py": (2, "recognising 男 / 女 on a paper survey's typed line"),
    "domain/tier/regimes.py": (2, "the range of Chinese characters, to count a text's length"),
    "domain/records/files.py": (3, "the stored name of an anonymous visitor (data, not a label)"),
    "domain/records/restricted.py": (1, "the stored placeholder of sealed text (data)"),
    "domain/users.py": (1, "the recovery key's name in the audit trail (data)"),
    "reports/fonts.py": (1, "what a PDF prints for a character its font lacks"),
    "selftest.py": (1, "Qt's own Chinese for Cancel, checked to be installed"),
    "tools/demo.py": (24, "the demonstration station's made-up records"),
    "tools/demo_tier.py": (2, "the demonstration station's made-up records"),
    "tools/bench_data.py": (3, "the benchmark's search terms"),
    "tools/export_bench.py": (1, "the benchmark's made-up stations"),
    "bench/ops.py": (12, "the benchmark's made-up record and its figure names"),
    "bench/runner.py": (7, "the benchmark's figure names, in both languages for both readers"),
    "bench/report.py": (6, "the benchmark's figure names, in both languages for both readers"),
    "cli/main.py": (1, "the program's name in --help"),
    "cli/tier_commands.py": (2, "--help names the Chinese term beside the English one"),
    "cli/retention_commands.py": (1, "--help names the Chinese term beside the English one"),
    "cli/followup_commands.py": (1, "--help names the Chinese term beside the English one"),
    "cli/appointment_commands.py": (1, "--help names the Chinese term beside the English one"),
    "ui/preferences.py": (1, "a language's own name in the language menu"),
    "ui/records/search_page.py": (1, "an example of Chinese words to search for"),
}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _chinese_literals(path: Path) -> int:
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                                | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return sum(1 for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str)
               and id(node) not in docstrings and _CJK.search(node.value))


def test_chinese_is_written_only_where_it_is_data_or_paper() -> None:
    found = {path.relative_to(SRC).as_posix(): _chinese_literals(path)
             for path in sorted(SRC.rglob("*.py"))}
    over = {name: count for name, count in found.items()
            if count > CHINESE_IN_CODE.get(name, (0, ""))[0]}
    assert not over, ("Chinese written in the code: write the English source with N_() or tr() "
                      f"and translate it in the catalogue ({over})")
    gone = {name for name in CHINESE_IN_CODE if name not in found}
    assert not gone, f"allowed files that no longer exist: {gone}"
