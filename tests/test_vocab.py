"""Seed vocabularies, tier checklist and demo inputs: shape, required entries, bad files."""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from station_desk import paths
from station_desk.domain import vocab
from station_desk.errors import StationDeskError


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    vocab.clear_cache()
    yield
    vocab.clear_cache()


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(paths.seeds_dir(), target)
    return target


def _edit(path: Path, change: Callable[[Any], None]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _refused(load: Callable[[], object], code: str, *fragments: str) -> StationDeskError:
    with pytest.raises(StationDeskError) as info:
        load()
    err = info.value
    assert err.code == code
    for text in fragments:
        assert text in err.message("en")
    assert err.message("zh") != err.message("en")
    return err


# --------------------------------------------------------------------------- vocabularies


def test_seeds_dir_found() -> None:
    assert (paths.seeds_dir() / vocab.VOCAB_FILE).is_file()
    assert paths.resources_dir().parent == paths.repo_root()


def test_every_vocabulary_has_unique_codes_and_both_labels() -> None:
    vs = vocab.load_vocabularies()
    assert set(vocab.REQUIRED_CODES) <= set(vs.kinds())
    for kind in vs.kinds():
        v = vs.vocabulary(kind)
        assert v.label_zh.strip() and v.label_en.strip()
        all_codes = [e.code for e in v.entries]
        assert len(all_codes) == len(set(all_codes)), kind
        for e in v.entries:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", e.code)
            assert e.label_zh.strip() and e.label_en.strip(), (kind, e.code)
            assert re.search(r"[\u4e00-\u9fff]", e.label_zh), (kind, e.code)
            assert e.label_en.isascii(), (kind, e.code)


@pytest.mark.parametrize("kind", sorted(vocab.REQUIRED_CODES))
def test_required_entries_present(kind: str) -> None:
    assert set(vocab.REQUIRED_CODES[kind]) <= set(vocab.codes(kind))


@pytest.mark.parametrize(
    ("kind", "labels"),
    [
        ("modalities", {"面询", "热线电话", "线上", "团体", "外出服务"}),
        ("rooms", {"接待室", "咨询室", "测评室", "宣泄室", "放松室"}),
        (
            "key_groups",
            {"困难职工", "农民工", "新就业形态劳动者", "“三期”女职工", "去产能企业职工"},
        ),
        ("activity_types", {"团体辅导", "讲座", "巡讲", "心理沙龙", "工作坊", "宣泄室使用"}),
        ("satisfaction_items", {"服务态度", "专业水平", "环境与隐私", "问题改善", "总体满意度"}),
        ("roles", {"站长", "咨询师", "接待员"}),
        ("interventions", {"倾听与共情", "认知调整", "放松训练", "正念练习", "危机评估", "转介"}),
    ],
)
def test_named_labels_present(kind: str, labels: set[str]) -> None:
    assert labels <= {e.label_zh for e in vocab.entries(kind)}


def test_industries_realistic_size() -> None:
    assert 13 <= len(vocab.codes("industries")) <= 20
    assert {"制造业", "建筑业", "快递物流", "教育", "医疗卫生", "机关事业单位"} <= {
        e.label_zh for e in vocab.entries("industries")
    }


def test_label_lookup() -> None:
    assert vocab.label("rooms", "catharsis") == "宣泄室"
    assert vocab.label("rooms", "catharsis", "en") == "Catharsis room"
    assert vocab.label("rooms", "catharsis", "en_GB") == "Catharsis room"
    assert vocab.label("roles", "admin") == "站长"
    assert vocab.label("rooms", "no_such_room", default="?") == "?"
    err = _refused(lambda: vocab.label("rooms", "no_such_room"), "vocab_unknown_code")
    assert "no_such_room" in err.message("zh")
    _refused(lambda: vocab.codes("no_such_kind"), "vocab_unknown_kind", "no_such_kind")
    _refused(lambda: vocab.label("no_such_kind", "x", default="?"), "vocab_unknown_kind")


def test_risk_levels_ranked_and_crisis_items_point_at_them() -> None:
    levels = vocab.entries("risk_levels")
    assert [e.code for e in levels] == ["none", "low", "medium", "high", "imminent"]
    assert [e.extra["rank"] for e in levels] == [0, 1, 2, 3, 4]
    assert vocab.label("risk_levels", "imminent") == "紧急风险"
    for item in vocab.entries("crisis_checklist"):
        assert item.extra["min_risk"] in vocab.codes("risk_levels")


def test_satisfaction_scale() -> None:
    meta = vocab.vocabulary("satisfaction_items").meta
    assert (meta["scale_min"], meta["scale_max"]) == (1, 5)
    assert len(meta["scale_labels_zh"]) == len(meta["scale_labels_en"]) == 5


def test_retired_entries_hidden_from_pickers_but_still_labelled(seeds_copy: Path) -> None:
    def retire(data: dict[str, Any]) -> None:
        data["vocabularies"]["job_types"]["entries"].append(
            {"code": "old_job", "label_zh": "旧岗位", "label_en": "Old job", "retired": True}
        )

    _edit(seeds_copy / vocab.VOCAB_FILE, retire)
    vs = vocab.load_vocabularies(seeds_copy)
    assert "old_job" not in vs.codes("job_types")
    assert "old_job" in vs.codes("job_types", include_retired=True)
    assert vs.label("job_types", "old_job") == "旧岗位"


def test_loaded_once() -> None:
    assert vocab.load_vocabularies() is vocab.load_vocabularies()
    assert vocab.load_tier_checklist() is vocab.load_tier_checklist()
    assert vocab.load_demo_inputs() is vocab.load_demo_inputs()


# --------------------------------------------------------------------------- tier checklist


def test_tiers_in_order_and_inherit() -> None:
    tc = vocab.load_tier_checklist()
    assert tc.codes() == ("basic_1", "basic_2", "standard", "complete_1", "complete_2")
    assert [t.label_zh for t in tc.tiers] == "基础I型 基础II型 标准型 完备I型 完备II型".split()
    assert [t.rank for t in tc.tiers] == [1, 2, 3, 4, 5]
    previous: tuple[vocab.Requirement, ...] = ()
    for tier in tc.tiers:
        reqs = tc.requirements(tier.code)
        # every lower tier's requirements come first, then this tier's own
        assert reqs[: len(previous)] == previous
        assert reqs[len(previous) :] == tier.own_requirements
        assert tier.own_requirements
        previous = reqs
    all_codes = [r.code for r in tc.requirements("complete_2")]
    assert len(all_codes) == len(set(all_codes))
    for r in tc.requirements("complete_2"):
        assert r.text_zh.strip() and r.text_en.strip()
        assert r.evidence is None or r.evidence in tc.evidence_kinds


def test_app_evidenced_requirements() -> None:
    tc = vocab.load_tier_checklist()
    evidence = {r.evidence for r in tc.requirements("complete_2")}
    for kind in ("sessions", "files", "audit", "satisfaction", "crisis", "assessments", "export"):
        assert kind in evidence
        assert tc.evidence_label(kind, "zh") and tc.evidence_label(kind, "en")
    assert any(r.evidence is None for r in tc.requirements("basic_1"))  # signage: checked by hand
    complete_1 = {r.evidence for r in tc.tier("complete_1").own_requirements}
    assert {"sessions", "files", "audit", "satisfaction", "crisis"} <= complete_1
    _refused(lambda: tc.tier("platinum"), "vocab_unknown_code", "platinum")


# --------------------------------------------------------------------------- demo inputs

_FICTION_MARKERS = ("示例", "虚构", "演示", "样板")


def test_demo_inputs_load_and_are_fictitious() -> None:
    d = vocab.load_demo_inputs()
    assert len(d.surnames) >= 50 and "欧阳" in d.surnames
    assert all(d.given_names[k] for k in ("female", "male", "neutral"))
    rare = "".join(d.rare_given_names)
    assert sum(ch in rare for ch in "璟喆燊堃") >= 2
    assert len(d.employers) >= 15
    for employer in d.employers:
        assert any(m in employer.name for m in _FICTION_MARKERS), employer.name
        assert employer.industry in vocab.codes("industries")

    number = d.phone.make(random.Random(7))
    assert re.fullmatch(r"1700000\d{4}", number)
    assert re.fullmatch(r"170-0000-\d{4}", d.phone.display(number))
    note = json.loads((paths.seeds_dir() / "demo" / "people.json").read_text(encoding="utf-8"))
    assert "FICTITIOUS" in note["_note"] and "FICTITIOUS" in note["phone"]["_note"]


def test_demo_staff() -> None:
    staff = vocab.load_demo_inputs().staff
    roles = [s.role for s in staff]
    assert roles.count("admin") == 1 and roles.count("receptionist") == 1
    assert 2 <= roles.count("counsellor") <= 3
    trainees = [s for s in staff if s.needs_supervision]
    assert len(trainees) == 1 and trainees[0].role == "counsellor"
    assert trainees[0].supervisor in {s.username for s in staff if not s.needs_supervision}
    for s in staff:
        assert "demo" in s.password and len(s.password) >= 12


def test_demo_targets_and_texts() -> None:
    d = vocab.load_demo_inputs()
    assert d.activity_targets["touring_lecture"].count == 5
    assert d.activity_targets["touring_lecture"].min_attendees == 50
    assert set(d.activity_targets) <= set(vocab.codes("activity_types"))
    assert set(d.notes) == set(vocab.codes("presenting_issues"))
    assert d.note_sections["complaint"][0] == "主诉"
    for issue, sections in d.notes.items():
        assert tuple(sections) == vocab.NOTE_SECTIONS
        for section, fragments in sections.items():
            assert len(fragments) >= 3, (issue, section)
            for text in fragments:
                assert 1 <= len(re.findall(r"[。！？]", text)) <= 3, text
    for kind, topics in d.topics.items():
        assert kind in vocab.codes("activity_types")
        assert topics and all(zh and en for zh, en in topics)


# --------------------------------------------------------------------------- refusing bad files


def test_missing_file_refused(seeds_copy: Path) -> None:
    (seeds_copy / vocab.VOCAB_FILE).unlink()
    _refused(lambda: vocab.load_vocabularies(seeds_copy), "seed_missing", vocab.VOCAB_FILE)
    (seeds_copy / "demo" / "staff.json").unlink()
    vocab.clear_cache()
    shutil.copy(paths.seeds_dir() / vocab.VOCAB_FILE, seeds_copy / vocab.VOCAB_FILE)
    _refused(lambda: vocab.load_demo_inputs(seeds_copy), "seed_missing", "staff.json")


def test_broken_json_refused(seeds_copy: Path) -> None:
    path = seeds_copy / vocab.TIER_FILE
    path.write_text('{"version": 1, "tiers": [', encoding="utf-8")
    err = _refused(lambda: vocab.load_tier_checklist(seeds_copy), "seed_invalid", "line 1")
    assert str(path) in err.message("zh")


def _dup_room(d: dict[str, Any]) -> None:
    d["vocabularies"]["rooms"]["entries"].append(dict(d["vocabularies"]["rooms"]["entries"][0]))


def _no_english(d: dict[str, Any]) -> None:
    del d["vocabularies"]["genders"]["entries"][0]["label_en"]


def _drop_required(d: dict[str, Any]) -> None:
    roles = d["vocabularies"]["roles"]["entries"]
    d["vocabularies"]["roles"]["entries"] = [e for e in roles if e["code"] != "receptionist"]


def _bad_code(d: dict[str, Any]) -> None:
    d["vocabularies"]["rooms"]["entries"][0]["code"] = "Reception Room"


def _bad_min_risk(d: dict[str, Any]) -> None:
    d["vocabularies"]["crisis_checklist"]["entries"][0]["min_risk"] = "severe"


def _future_version(d: dict[str, Any]) -> None:
    d["version"] = 99


@pytest.mark.parametrize(
    ("change", "expect"),
    [
        (_dup_room, "duplicate code 'reception'"),
        (_no_english, "genders.entries[0].label_en"),
        (_drop_required, "receptionist"),
        (_bad_code, "bad code"),
        (_bad_min_risk, "unknown risk level 'severe'"),
        (_future_version, "version"),
    ],
)
def test_malformed_vocabulary_refused(
    seeds_copy: Path, change: Callable[[dict[str, Any]], None], expect: str
) -> None:
    _edit(seeds_copy / vocab.VOCAB_FILE, change)
    _refused(lambda: vocab.load_vocabularies(seeds_copy), "seed_invalid", expect, "vocabularies")


def _swap_tiers(d: dict[str, Any]) -> None:
    d["tiers"][0], d["tiers"][1] = d["tiers"][1], d["tiers"][0]


def _skip_inheritance(d: dict[str, Any]) -> None:
    d["tiers"][2]["inherits"] = "basic_1"


def _unknown_evidence(d: dict[str, Any]) -> None:
    d["tiers"][0]["requirements"][0]["evidence"] = "telepathy"


@pytest.mark.parametrize(
    ("change", "expect"),
    [
        (_swap_tiers, "expected tier 'basic_1'"),
        (_skip_inheritance, "must be 'basic_2'"),
        (_unknown_evidence, "unknown evidence kind 'telepathy'"),
    ],
)
def test_malformed_tier_checklist_refused(
    seeds_copy: Path, change: Callable[[dict[str, Any]], None], expect: str
) -> None:
    _edit(seeds_copy / vocab.TIER_FILE, change)
    _refused(lambda: vocab.load_tier_checklist(seeds_copy), "seed_invalid", expect)


def test_malformed_demo_inputs_refused(seeds_copy: Path) -> None:
    def bad_industry(d: dict[str, Any]) -> None:
        d["employers"][0]["industry"] = "piracy"

    _edit(seeds_copy / "demo" / "people.json", bad_industry)
    _refused(lambda: vocab.load_demo_inputs(seeds_copy), "seed_invalid", "people.json", "piracy")


def test_unsupervised_trainee_refused(seeds_copy: Path) -> None:
    def orphan(d: dict[str, Any]) -> None:
        for account in d["accounts"]:
            account.pop("supervisor", None)

    _edit(seeds_copy / "demo" / "staff.json", orphan)
    _refused(lambda: vocab.load_demo_inputs(seeds_copy), "seed_invalid", "supervisor")
