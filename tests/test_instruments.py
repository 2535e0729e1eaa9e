"""Shipped instruments, scoring worked by hand from the published rules, strict file validation,
import, and the `instruments` / `score` CLI commands."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from station_desk.cli.main import main
from station_desk.domain.instruments import (
    Instrument,
    import_instrument,
    load_all,
    load_instrument,
    score,
    shipped_dir,
)
from station_desk.errors import StationDeskError

SHIPPED = {"phq9", "gad7", "who5", "pss10", "k10"}


@pytest.fixture(scope="module")
def shipped() -> dict[str, Instrument]:
    return load_all()


def _doc(ident: str) -> dict[str, Any]:
    return json.loads((shipped_dir() / f"{ident}.json").read_text(encoding="utf-8"))


def _write(folder: Path, doc: Any, name: str = "broken.json") -> Path:
    path = folder / name
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- shipped data


def test_all_five_instruments_ship(shipped: dict[str, Instrument]) -> None:
    assert set(shipped) == SHIPPED
    assert {k: len(v.items) for k, v in shipped.items()} == {
        "phq9": 9, "gad7": 7, "who5": 5, "pss10": 10, "k10": 10}


@pytest.mark.parametrize("ident", sorted(SHIPPED))
def test_shipped_metadata_is_complete(shipped: dict[str, Instrument], ident: str) -> None:
    inst = shipped[ident]
    assert inst.path == shipped_dir() / f"{ident}.json"
    for text in (inst.source_original, inst.source_chinese, inst.licence_zh, inst.licence_en,
                 inst.instructions_zh, inst.instructions_en, inst.time_frame_zh):
        assert text.strip()
    for item in inst.items:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in item.text_zh), item.number
        assert item.text_en.strip()


def test_published_score_ranges(shipped: dict[str, Instrument]) -> None:
    ranges = {k: (v.min_total, v.max_total) for k, v in shipped.items()}
    assert ranges == {"phq9": (0, 27), "gad7": (0, 21), "who5": (0, 25), "pss10": (0, 40),
                      "k10": (10, 50)}
    assert shipped["who5"].multiplier == 4
    assert [i.number for i in shipped["pss10"].items if i.reverse] == [4, 5, 7, 8]
    assert not any(i.reverse for k in ("phq9", "gad7", "who5", "k10") for i in shipped[k].items)
    assert shipped["k10"].items[0].values == (1, 2, 3, 4, 5)


def test_published_cut_offs(shipped: dict[str, Instrument]) -> None:
    def cuts(ident: str) -> list[tuple[int, int, str]]:
        return sorted((b.min, b.max, b.level) for b in shipped[ident].bands)

    assert cuts("phq9") == [(0, 4, "none"), (5, 9, "mild"), (10, 14, "moderate"),
                            (15, 19, "moderately_severe"), (20, 27, "severe")]
    assert cuts("gad7") == [(0, 4, "none"), (5, 9, "mild"), (10, 14, "moderate"),
                            (15, 21, "severe")]
    assert cuts("who5") == [(0, 28, "high"), (29, 50, "moderate"), (51, 100, "none")]
    assert cuts("pss10") == [(0, 13, "low"), (14, 26, "moderate"), (27, 40, "high")]
    assert cuts("k10") == [(10, 15, "low"), (16, 21, "moderate"), (22, 29, "high"),
                           (30, 50, "very_high")]


@pytest.mark.parametrize("ident", sorted(SHIPPED))
def test_every_band_edge_and_its_neighbour(shipped: dict[str, Instrument], ident: str) -> None:
    """Both sides of every published cut-off, on the score the bands are defined on."""
    inst = shipped[ident]
    ordered = sorted(inst.bands, key=lambda b: b.min)
    for lower, upper in zip(ordered, ordered[1:], strict=False):
        assert inst.band_for(lower.max) is lower
        assert inst.band_for(upper.min) is upper
        assert upper.min == lower.max + 1
    assert inst.band_for(ordered[0].min) is ordered[0]
    assert inst.band_for(ordered[-1].max) is ordered[-1]


# ---------------------------------------------------------------- worked examples

PHQ9 = [  # answers, total, level, alerts
    ([0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "none", []),
    ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "none", []),
    ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "mild", []),
    ([2, 2, 2, 1, 1, 1, 0, 0, 0], 9, "mild", []),
    ([2, 2, 2, 2, 1, 1, 0, 0, 0], 10, "moderate", []),
    ([2, 2, 2, 2, 2, 2, 2, 0, 0], 14, "moderate", []),
    ([3, 3, 3, 2, 2, 2, 0, 0, 0], 15, "moderately_severe", []),
    ([3, 3, 3, 3, 3, 2, 2, 0, 0], 19, "moderately_severe", []),
    ([3, 3, 3, 3, 3, 3, 2, 0, 0], 20, "severe", ["severe_band"]),
    ([3, 3, 3, 3, 3, 3, 3, 3, 3], 27, "severe", ["suicidal_ideation", "severe_band"]),
    ([0, 0, 0, 0, 0, 0, 0, 0, 1], 1, "none", ["suicidal_ideation"]),
    ([1, 1, 1, 1, 1, 1, 1, 1, 1], 9, "mild", ["suicidal_ideation"]),
]
GAD7 = [
    ([0, 0, 0, 0, 0, 0, 0], 0, "none", []),
    ([1, 1, 1, 1, 0, 0, 0], 4, "none", []),
    ([1, 1, 1, 1, 1, 0, 0], 5, "mild", []),
    ([2, 2, 2, 1, 1, 1, 0], 9, "mild", []),
    ([2, 2, 2, 2, 1, 1, 0], 10, "moderate", []),
    ([2, 2, 2, 2, 2, 2, 2], 14, "moderate", []),
    ([3, 2, 2, 2, 2, 2, 2], 15, "severe", ["severe_band"]),
    ([3, 3, 3, 3, 3, 3, 3], 21, "severe", ["severe_band"]),
]
K10 = [
    ([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 10, "low", []),
    ([2, 2, 2, 2, 2, 1, 1, 1, 1, 1], 15, "low", []),
    ([2, 2, 2, 2, 2, 2, 1, 1, 1, 1], 16, "moderate", []),
    ([3, 3, 3, 2, 2, 2, 2, 2, 1, 1], 21, "moderate", []),
    ([3, 3, 3, 3, 2, 2, 2, 2, 1, 1], 22, "high", []),
    ([3, 3, 3, 3, 3, 3, 3, 3, 3, 2], 29, "high", []),
    ([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 30, "very_high", ["very_high_distress"]),
    ([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 50, "very_high", ["very_high_distress"]),
]


@pytest.mark.parametrize(("ident", "answers", "total", "level", "alerts"), [
    *[("phq9", *case) for case in PHQ9],
    *[("gad7", *case) for case in GAD7],
    *[("k10", *case) for case in K10],
])
def test_sum_scored_worked_examples(shipped: dict[str, Instrument], ident: str,
                                    answers: list[int], total: int, level: str,
                                    alerts: list[str]) -> None:
    result = score(shipped[ident], answers)
    assert (result.total, result.display_score) == (total, total)
    assert result.band.level == level
    assert [a.code for a in result.alerts] == alerts
    assert (result.instrument_id, result.instrument_version) == (ident, "1.0")


# WHO-5: raw 0-25 x 4. The cut-offs 28/29 and 50/51 fall between achievable percentages,
# so the nearest reachable scores on each side are 28|32 and 48|52.
WHO5 = [
    ([0, 0, 0, 0, 0], 0, 0, "high", ["likely_depression"]),
    ([2, 2, 1, 1, 1], 7, 28, "high", ["likely_depression"]),
    ([2, 2, 2, 1, 1], 8, 32, "moderate", []),
    ([3, 3, 2, 2, 2], 12, 48, "moderate", []),
    ([3, 3, 3, 2, 2], 13, 52, "none", []),
    ([3, 3, 3, 3, 3], 15, 60, "none", []),
    ([5, 5, 5, 5, 5], 25, 100, "none", []),
]


@pytest.mark.parametrize(("answers", "raw", "percent", "level", "alerts"), WHO5)
def test_who5_percentage_examples(shipped: dict[str, Instrument], answers: list[int], raw: int,
                                  percent: int, level: str, alerts: list[str]) -> None:
    result = score(shipped["who5"], answers)
    assert (result.total, result.display_score) == (raw, percent)
    assert result.band.level == level
    assert [a.code for a in result.alerts] == alerts


# PSS-10: items 4, 5, 7, 8 reverse-scored on 0-4 (score = 4 - answer).
PSS10 = [
    ([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 16, "moderate"),  # only the reversed items count: 4 x 4
    ([0, 0, 0, 4, 4, 0, 4, 4, 0, 0], 0, "low"),
    ([4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 24, "moderate"),  # six forward items x 4
    ([4, 4, 4, 4, 4, 1, 4, 4, 0, 0], 13, "low"),
    ([4, 4, 4, 4, 4, 2, 4, 4, 0, 0], 14, "moderate"),
    ([4, 4, 4, 2, 4, 4, 4, 4, 4, 4], 26, "moderate"),
    ([4, 4, 4, 1, 4, 4, 4, 4, 4, 4], 27, "high"),
    ([4, 4, 4, 0, 0, 4, 0, 0, 4, 4], 40, "high"),
]


@pytest.mark.parametrize(("answers", "total", "level"), PSS10)
def test_pss10_reverse_scored_examples(shipped: dict[str, Instrument], answers: list[int],
                                       total: int, level: str) -> None:
    result = score(shipped["pss10"], answers)
    assert result.total == total
    assert result.band.level == level
    assert [a.code for a in result.alerts] == (["high_stress"] if level == "high" else [])


def test_pss10_item_scores_show_the_reversal(shipped: dict[str, Instrument]) -> None:
    result = score(shipped["pss10"], [2, 1, 3, 3, 2, 1, 3, 2, 2, 1])
    # forward 2+1+3+1+2+1 = 10; reversed 4-3, 4-2, 4-3, 4-2 = 1+2+1+2 = 6
    assert result.item_scores == (2, 1, 3, 1, 2, 1, 1, 2, 2, 1)
    assert result.total == 16
    assert result.answers == (2, 1, 3, 3, 2, 1, 3, 2, 2, 1)


# ---------------------------------------------------------------- refusing bad answers


@pytest.mark.parametrize(("ident", "answers", "code"), [
    ("phq9", [0] * 8, "answers_count"),
    ("phq9", [0] * 10, "answers_count"),
    ("phq9", [], "answers_count"),
    ("phq9", [0, 0, 0, 0, 0, 0, 0, 0, 4], "answer_invalid"),
    ("phq9", [-1, 0, 0, 0, 0, 0, 0, 0, 0], "answer_invalid"),
    ("k10", [0] * 10, "answer_invalid"),
    ("who5", [6, 0, 0, 0, 0], "answer_invalid"),
    ("gad7", [True, 0, 0, 0, 0, 0, 0], "answer_invalid"),
    ("gad7", ["1", 0, 0, 0, 0, 0, 0], "answer_invalid"),
    ("gad7", [1.0, 0, 0, 0, 0, 0, 0], "answer_invalid"),
])
def test_bad_answers_are_never_scored(shipped: dict[str, Instrument], ident: str,
                                      answers: list[Any], code: str) -> None:
    with pytest.raises(StationDeskError) as info:
        score(shipped[ident], answers)
    assert info.value.code == code
    assert "未计分" in info.value.message("zh")
    assert "Not scored" in info.value.message("en")


def test_invalid_answer_message_names_item_and_allowed_values(
        shipped: dict[str, Instrument]) -> None:
    with pytest.raises(StationDeskError) as info:
        score(shipped["k10"], [1, 1, 1, 0, 1, 1, 1, 1, 1, 1])
    msg = info.value.message("zh")
    assert "第 4 题" in msg and "1/2/3/4/5" in msg and "K10" in msg


# ---------------------------------------------------------------- malformed instrument files


def _mutate(ident: str, change: Any) -> dict[str, Any]:
    doc = copy.deepcopy(_doc(ident))
    change(doc)
    return doc


def _bands(doc: dict[str, Any], ranges: list[list[int]]) -> None:
    levels = ["none", "mild", "moderate", "moderately_severe", "severe"]
    doc["bands"] = [{"range": r, "level": levels[n], "label_zh": "段", "label_en": "band"}
                    for n, r in enumerate(ranges)]
    doc["alerts"] = [a for a in doc["alerts"] if a["kind"] != "band"]


def _set(path: list[Any], value: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


def _delete(*path: Any) -> Any:
    def change(doc: dict[str, Any]) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return change


BROKEN = [  # id, ident, change, problem key, a fragment of the Chinese problem text
    ("missing_bands", "phq9", _delete("bands"), "missing_field", "缺少字段 bands"),
    ("missing_item_text", "phq9", _delete("items", 2, "text_zh"), "missing_field",
     "items[2].text_zh"),
    ("missing_source", "gad7", _delete("source", "chinese"), "missing_field", "source.chinese"),
    ("band_gap", "phq9", lambda d: _bands(d, [[0, 4], [10, 14], [15, 19], [20, 27]]),
     "band_gap", "得分 5 不属于任何分数段"),
    ("top_not_covered", "phq9", lambda d: _bands(d, [[0, 4], [5, 9], [10, 14], [15, 26]]),
     "band_gap", "得分 27"),
    ("band_overlap", "phq9", lambda d: _bands(d, [[0, 5], [5, 9], [10, 14], [15, 27]]),
     "band_overlap", "[0, 5] 与 [5, 9] 重叠"),
    ("band_outside", "phq9", lambda d: _bands(d, [[0, 4], [5, 9], [10, 14], [15, 30]]),
     "band_outside", "超出可能得分范围 0–27"),
    ("band_reversed", "gad7", _set(["bands", 0, "range"], [4, 0]), "band_range", "bands[0]"),
    ("band_float", "gad7", _set(["bands", 0, "range"], [0, 4.5]), "band_range", "bands[0]"),
    ("unknown_level", "gad7", _set(["bands", 1, "level"], "medium"), "unknown_level", "medium"),
    ("levels_out_of_order", "gad7", _set(["bands", 0, "level"], "severe"), "level_order",
     "severe"),
    ("unknown_option_in_alert", "phq9", _set(["alerts", 0, "value"], 7), "alert_unknown_option",
     "不存在的选项值 7"),
    ("alert_missing_item", "phq9", _set(["alerts", 0, "item"], 10), "alert_missing_item",
     "不存在的第 10 题"),
    ("alert_unknown_level", "k10", _set(["alerts", 0, "levels"], ["extreme"]),
     "alert_unknown_level", "extreme"),
    ("alert_bad_op", "phq9", _set(["alerts", 0, "op"], "=>"), "alert_op", "=>"),
    ("alert_never_fires", "phq9", _set(["alerts", 0, "value"], 3), "alert_never",
     "永远不会触发"),
    ("alert_unknown_kind", "phq9", _set(["alerts", 0, "kind"], "total"), "alert_kind", "total"),
    ("duplicate_alert_code", "phq9", _set(["alerts", 1, "code"], "suicidal_ideation"),
     "duplicate_alert", "suicidal_ideation"),
    ("reverse_not_an_item", "pss10", _set(["scoring", "reverse_items"], [4, 5, 7, 8, 12]),
     "reverse_unknown_item", "反向计分题 12"),
    ("reverse_flag_disagrees", "pss10", _set(["scoring", "reverse_items"], [4, 5, 7]),
     "reverse_mismatch", "第 8 题"),
    ("duplicate_option", "gad7", _set(["options", 1, "value"], 0), "duplicate_option",
     "选项值 0 重复"),
    ("one_option", "gad7", _set(["options"], [{"value": 0, "label_zh": "否", "label_en": "No"}]),
     "few_options", "至少需要两个选项"),
    ("no_options", "gad7", _delete("options"), "no_options", "第 1 题没有选项"),
    ("item_numbers_gap", "gad7", _set(["items", 6, "number"], 8), "item_numbers",
     "题号应从 1 开始连续编号"),
    ("unknown_field", "gad7", _set(["itmes"], []), "unknown_field", "itmes"),
    ("multiplier_string", "who5", _set(["scoring", "multiplier"], "4"), "wrong_type",
     "scoring.multiplier"),
    ("bool_as_int", "gad7", _set(["options", 0, "value"], False), "wrong_type",
     "options[0].value"),
    ("bad_method", "gad7", _set(["scoring", "method"], "mean"), "bad_method", "mean"),
    ("bad_direction", "gad7", _set(["scoring", "direction"], "up"), "bad_direction", "up"),
    ("bad_id", "gad7", _set(["id"], "GAD 7!"), "bad_id", "GAD 7!"),
    ("empty_name", "gad7", _set(["name_zh"], "  "), "empty_value", "name_zh"),
    ("schema_2", "gad7", _set(["schema"], 2), "bad_schema", "2"),
]


@pytest.mark.parametrize(("ident", "change", "problem", "fragment"),
                         [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_malformed_instrument_rejected(tmp_path: Path, ident: str, change: Any, problem: str,
                                       fragment: str) -> None:
    path = _write(tmp_path, _mutate(ident, change))
    with pytest.raises(StationDeskError) as info:
        load_instrument(path)
    err = info.value
    assert err.code == "instrument_invalid"
    assert err.params["problem"] == problem
    assert str(path) in err.message("zh") and str(path) in err.message("en")
    assert fragment in err.message("zh")


@pytest.mark.parametrize(("content", "code"), [
    ('{"id": "x", ', "instrument_bad_json"),
    ("", "instrument_bad_json"),
    ("[1, 2]", "instrument_invalid"),
    ('{"id": "a", "id": "b"}', "instrument_invalid"),
    ("[" * 100_000 + "]" * 100_000, "instrument_invalid"),
])
def test_unparsable_files_rejected(tmp_path: Path, content: str, code: str) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(StationDeskError) as info:
        load_instrument(path)
    assert info.value.code == code
    assert str(path) in info.value.message("zh")


def test_bad_json_message_gives_position(tmp_path: Path) -> None:
    path = _write(tmp_path, '{\n  "id": "x",\n  oops\n}')
    with pytest.raises(StationDeskError) as info:
        load_instrument(path)
    assert "第 3 行" in info.value.message("zh")


def test_non_utf8_and_missing_files_rejected(tmp_path: Path) -> None:
    path = tmp_path / "gbk.json"
    path.write_bytes(json.dumps(_doc("gad7"), ensure_ascii=False).encode("gbk", "replace"))
    with pytest.raises(StationDeskError) as info:
        load_instrument(path)
    assert info.value.params["problem"] == "not_utf8"
    with pytest.raises(StationDeskError) as info:
        load_instrument(tmp_path / "nope.json")
    assert info.value.code == "instrument_unreadable"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_doc("gad7")).encode())
    assert load_instrument(path).id == "gad7"


def test_per_item_options_override_shared(tmp_path: Path) -> None:
    doc = _doc("gad7")
    doc["id"] = "custom"
    doc["items"][6]["options"] = [{"value": 0, "label_zh": "否", "label_en": "No"},
                                  {"value": 5, "label_zh": "是", "label_en": "Yes"}]
    doc["bands"][-1]["range"] = [15, 23]
    inst = load_instrument(_write(tmp_path, doc))
    assert inst.max_total == 23
    assert score(inst, [3, 3, 3, 3, 3, 3, 5]).total == 23
    with pytest.raises(StationDeskError):
        score(inst, [0, 0, 0, 0, 0, 0, 3])


# ---------------------------------------------------------------- load_all / import


def _custom(tmp_path: Path, ident: str = "phq9x", version: str = "2.0") -> Path:
    doc = _doc("phq9")
    doc["id"], doc["version"] = ident, version
    src = tmp_path / "incoming"
    src.mkdir(exist_ok=True)
    return _write(src, doc, f"{ident}.json")


def test_load_all_adds_imported_folder(tmp_path: Path) -> None:
    imported = tmp_path / "imported"
    assert set(load_all([shipped_dir(), imported])) == SHIPPED  # folder not created yet: fine
    inst = import_instrument(_custom(tmp_path), imported)
    assert inst.path == imported / "phq9x-2.0.json"
    loaded = load_all([shipped_dir(), imported])
    assert set(loaded) == SHIPPED | {"phq9x"}
    assert loaded["phq9x"].version == "2.0"


def test_load_all_needs_the_shipped_folder(tmp_path: Path) -> None:
    with pytest.raises(StationDeskError) as info:
        load_all([tmp_path / "missing"])
    assert info.value.code == "instrument_dir_missing"


def test_load_all_refuses_duplicate_ids(tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    _write(extra, _doc("phq9"), "copy.json")
    with pytest.raises(StationDeskError) as info:
        load_all([shipped_dir(), extra])
    assert info.value.code == "instrument_duplicate"
    assert "copy.json" in info.value.message("zh") and "phq9.json" in info.value.message("zh")


def test_load_all_names_a_broken_imported_file(tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    path = _write(extra, "{", "half.json")
    with pytest.raises(StationDeskError) as info:
        load_all([shipped_dir(), extra])
    assert str(path) in info.value.message("zh")


@pytest.mark.parametrize("ident", ["phq9", "phq9x"])
def test_import_refuses_duplicates(tmp_path: Path, ident: str) -> None:
    dest = tmp_path / "imported"
    if ident == "phq9x":
        import_instrument(_custom(tmp_path), dest)
    before = sorted(os.listdir(dest)) if dest.exists() else []
    src = _custom(tmp_path, ident, "9.9")
    with pytest.raises(StationDeskError) as info:
        import_instrument(src, dest)
    err = info.value
    assert err.code == "instrument_import_duplicate"
    assert ident in err.message("zh") and "未导入" in err.message("zh")
    assert (sorted(os.listdir(dest)) if dest.exists() else []) == before


def test_import_validates_before_copying(tmp_path: Path) -> None:
    doc = _mutate("phq9", lambda d: _bands(d, [[0, 4], [5, 27], [20, 27]]))
    doc["id"] = "broken"
    src = _write(tmp_path, doc)
    dest = tmp_path / "imported"
    with pytest.raises(StationDeskError) as info:
        import_instrument(src, dest)
    assert info.value.params["problem"] == "band_overlap"
    assert not dest.exists() or not list(dest.iterdir())


# ---------------------------------------------------------------- CLI


def test_cli_score_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "phq9", "2,2,2,2,1,1,0,0,0"]) == 0
    out = capsys.readouterr().out
    assert "总分：10" in out and "中度抑郁" in out and "提示：无" in out


def test_cli_score_english_with_alerts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "score", "phq9", "3,3,3,3,3,3,3,3,3"]) == 0
    out = capsys.readouterr().out
    assert "Total: 27" in out and "Severe depression" in out
    assert "[suicidal_ideation]" in out and "[severe_band]" in out


def test_cli_score_who5_shows_percentage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "who5", "2，2，1，1，1"]) == 0  # full-width commas from a Chinese IME
    out = capsys.readouterr().out
    assert "总分：7" in out and "百分制得分：28" in out and "likely_depression" in out


def test_cli_score_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "pss10", "2, 1, 3, 3, 2, 1, 3, 2, 2, 1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["instrument"] == "pss10" and data["version"] == "1.0"
    assert data["total"] == 16 and data["band"]["level"] == "moderate"
    assert data["alerts"] == []


@pytest.mark.parametrize(("argv", "fragment"), [
    (["score", "phq10", "0"], "没有编号为“phq10”的量表"),
    (["score", "phq9", "0,0,x"], "格式有误"),
    (["score", "phq9", "0,,0"], "格式有误"),
    (["score", "phq9", " "], "格式有误"),
    (["score", "phq9", "0,0,0"], "共 9 题，但收到 3 个答案"),
    (["score", "phq9", "0,0,0,0,0,0,0,0,5"], "第 9 题的答案 5 不是有效选项"),
])
def test_cli_score_errors_are_one_chinese_line(capsys: pytest.CaptureFixture[str],
                                                argv: list[str], fragment: str) -> None:
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and fragment in captured.err
    assert "Traceback" not in captured.err


def test_cli_instruments_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["instruments"]) == 0
    out = capsys.readouterr().out
    for ident in SHIPPED:
        assert ident in out
    assert "患者健康问卷" in out and "来源：Kroenke" in out
    assert main(["instruments", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in rows} == SHIPPED
    phq9 = next(r for r in rows if r["id"] == "phq9")
    assert phq9["items"] == 9 and phq9["version"] == "1.0"
    assert "Kroenke" in phq9["source"]["original"]


def test_cli_extra_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "imported"
    import_instrument(_custom(tmp_path), dest)
    assert main(["instruments", "--json", "--extra", str(dest)]) == 0
    assert "phq9x" in {r["id"] for r in json.loads(capsys.readouterr().out)}
    assert main(["score", "phq9x", "0,0,0,0,0,0,0,0,0", "--extra", str(dest)]) == 0


def test_cli_subprocess() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    ok = subprocess.run([sys.executable, "-m", "station_desk", "score", "phq9",
                         "1,1,1,1,1,0,0,0,0"], capture_output=True, text=True,
                        encoding="utf-8", env=env, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "总分：5" in ok.stdout and "轻度抑郁" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "station_desk", "score", "phq9", "1,2"],
                         capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)
    assert bad.returncode == 1
    assert bad.stdout == "" and "Traceback" not in bad.stderr
    assert "未计分" in bad.stderr and bad.stderr.count("\n") == 1
