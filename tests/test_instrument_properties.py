"""Property tests: scoring stays inside the published ranges, bands are monotonic and total,
and the validator accepts exactly the band layouts that cover every achievable score once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_desk.domain.instruments import (
    LEVEL_RANK,
    Instrument,
    load_all,
    load_instrument,
    score,
)
from station_desk.errors import StationDeskError

SHIPPED = load_all()
IDS = sorted(SHIPPED)


def answer_sets(inst: Instrument) -> st.SearchStrategy[list[int]]:
    return st.tuples(*(st.sampled_from(item.values) for item in inst.items)).map(list)


def _concern(inst: Instrument, answers: list[int]) -> int:
    return LEVEL_RANK[score(inst, answers).band.level]


@pytest.mark.parametrize("ident", IDS)
@given(data=st.data())
def test_totals_within_published_range(ident: str, data: st.DataObject) -> None:
    inst = SHIPPED[ident]
    answers = data.draw(answer_sets(inst))
    result = score(inst, answers)
    assert inst.min_total <= result.total <= inst.max_total
    assert result.display_score == result.total * inst.multiplier
    expected = sum((min(i.values) + max(i.values) - a) if i.reverse else a
                   for i, a in zip(inst.items, answers, strict=True))
    assert result.total == expected


@pytest.mark.parametrize("ident", IDS)
@given(data=st.data())
def test_every_complete_answer_set_gets_exactly_one_band(ident: str, data: st.DataObject) -> None:
    inst = SHIPPED[ident]
    result = score(inst, data.draw(answer_sets(inst)))
    assert sum(b.contains(result.display_score) for b in inst.bands) == 1
    assert result.band.contains(result.display_score)


@pytest.mark.parametrize("ident", IDS)
@given(data=st.data())
def test_bands_monotonic_in_score(ident: str, data: st.DataObject) -> None:
    inst = SHIPPED[ident]
    a, b = data.draw(answer_sets(inst)), data.draw(answer_sets(inst))
    ra, rb = score(inst, a), score(inst, b)
    if ra.total > rb.total:
        a, b, ra, rb = b, a, rb, ra
    sign = 1 if inst.direction == "higher_worse" else -1
    assert sign * (LEVEL_RANK[rb.band.level] - LEVEL_RANK[ra.band.level]) >= 0
    # and the band's own position follows the score
    assert ra.band.min <= rb.band.min


@pytest.mark.parametrize("ident", IDS)
@given(data=st.data())
def test_raising_one_answer_moves_total_the_right_way(ident: str, data: st.DataObject) -> None:
    inst = SHIPPED[ident]
    answers = data.draw(answer_sets(inst))
    n = data.draw(st.integers(0, len(inst.items) - 1))
    higher = [v for v in inst.items[n].values if v > answers[n]]
    if not higher:
        return
    raised = [*answers]
    raised[n] = data.draw(st.sampled_from(higher))
    before, after = score(inst, answers).total, score(inst, raised).total
    assert (after < before) if inst.items[n].reverse else (after > before)


@pytest.mark.parametrize("ident", IDS)
@given(data=st.data())
def test_partial_or_out_of_range_answers_refused(ident: str, data: st.DataObject) -> None:
    inst = SHIPPED[ident]
    answers = data.draw(answer_sets(inst))
    if data.draw(st.booleans()):
        length = data.draw(st.integers(0, 2 * len(inst.items)).filter(
            lambda k: k != len(inst.items)))
        answers = (answers * 2)[:length]
        code = "answers_count"
    else:
        n = data.draw(st.integers(0, len(inst.items) - 1))
        answers[n] = data.draw(st.integers(-100, 100).filter(
            lambda v: v not in inst.items[n].values))
        code = "answer_invalid"
    with pytest.raises(StationDeskError) as info:
        score(inst, answers)
    assert info.value.code == code


@given(data=st.data())
def test_phq9_item9_alert_iff_item9_positive(data: st.DataObject) -> None:
    inst = SHIPPED["phq9"]
    answers = data.draw(answer_sets(inst))
    codes = {a.code for a in score(inst, answers).alerts}
    assert ("suicidal_ideation" in codes) == (answers[8] > 0)
    assert ("severe_band" in codes) == (sum(answers) >= 20)


# ---------------------------------------------------------------- generated instruments

LEVELS = ["none", "mild", "moderate", "moderately_severe", "severe"]


@st.composite
def instrument_docs(draw: st.DrawFn) -> dict[str, Any]:
    """A random sum-scored instrument with bands cutting 0..max into contiguous ranges."""
    n_items = draw(st.integers(1, 6))
    top = draw(st.integers(1, 4))
    reverse = draw(st.sets(st.integers(1, n_items)))
    max_total = n_items * top
    cuts = sorted(draw(st.sets(st.integers(1, max_total), max_size=len(LEVELS) - 1)))
    edges = [0, *cuts, max_total + 1]
    bands = [{"range": [lo, hi - 1], "level": LEVELS[n], "label_zh": f"段{n}",
              "label_en": f"band {n}"} for n, (lo, hi) in enumerate(zip(edges, edges[1:],
                                                                           strict=False))]
    return {
        "schema": 1, "id": "gen", "version": "1",
        "name_zh": "生成量表", "name_en": "Generated",
        "source": {"original": "test", "chinese": "test"},
        "licence": {"zh": "测试", "en": "test"},
        "instructions": {"zh": "测试", "en": "test"},
        "time_frame": {"zh": "无", "en": "none"},
        "options": [{"value": v, "label_zh": str(v), "label_en": str(v)} for v in range(top + 1)],
        "items": [{"number": k, "text_zh": f"题{k}", "text_en": f"item {k}",
                   "reverse": k in reverse} for k in range(1, n_items + 1)],
        "scoring": {"method": "sum", "direction": "higher_worse"},
        "bands": bands,
        "alerts": [{"kind": "item", "item": 1, "op": ">", "value": 0, "code": "first",
                    "label_zh": "第一题", "label_en": "first"}],
    }


def _load(tmp_path: Path, doc: dict[str, Any]) -> Instrument:
    path = tmp_path / "gen.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return load_instrument(path)


_SETTINGS = settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(doc=instrument_docs(), data=st.data())
def test_generated_valid_instruments_band_every_answer_set(tmp_path: Path, doc: dict[str, Any],
                                                           data: st.DataObject) -> None:
    inst = _load(tmp_path, doc)
    result = score(inst, data.draw(answer_sets(inst)))
    assert sum(b.contains(result.total) for b in inst.bands) == 1
    assert inst.achievable_totals == frozenset(range(inst.max_total + 1))


@_SETTINGS
@given(doc=instrument_docs(), data=st.data())
def test_generated_gap_or_overlap_is_rejected(tmp_path: Path, doc: dict[str, Any],
                                              data: st.DataObject) -> None:
    bands = doc["bands"]
    n = data.draw(st.integers(0, len(bands) - 1))
    lo, hi = bands[n]["range"]
    if len(bands) > 1 and n < len(bands) - 1 and data.draw(st.booleans()):
        bands[n]["range"] = [lo, hi + 1]  # reach into the next band
        expected = "band_overlap"
    elif lo < hi:
        bands[n]["range"] = [lo, hi - 1] if data.draw(st.booleans()) else [lo + 1, hi]
        expected = "band_gap"
    else:
        del bands[n]
        expected = "band_gap"
    with pytest.raises(StationDeskError) as info:
        _load(tmp_path, doc)
    assert info.value.params["problem"] == expected
