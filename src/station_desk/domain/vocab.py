"""Controlled vocabularies, the station tier checklist and demo-generator inputs from `seeds/`.

Pure Python (no Qt). Each file is validated when first read and then cached; a missing or
malformed file raises `StationDeskError` naming the file and what is wrong, so a broken seed
never surfaces later as a KeyError in the UI.

Codes are stored in records and must stay stable: entries are only ever added, or marked
`"retired": true` (still labelled, no longer offered in pickers).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import fastjsonschema

from station_desk import paths
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages(
    {
        "seed_missing": N_(
            "errors", "Seed data file not found: {path}. Please reinstall Station Desk."),
        "seed_invalid": N_("errors", "Seed data file is malformed: {path} ({detail})"),
        "vocab_unknown_kind": N_("errors", "There is no vocabulary named {kind}."),
        "vocab_unknown_code": N_("errors", "Vocabulary {kind} has no code {value}."),
    }
)

VOCAB_FILE = "vocabularies.json"
TIER_FILE = "tier_checklist.json"
DEMO_DIR = "demo"
DEMO_FILES = ("people.json", "staff.json", "targets.json", "notes.json", "topics.json")
SUPPORTED_VERSION = 1

_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,47}$")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Codes the app relies on by name; the vocabulary file may add more but not drop these.
REQUIRED_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "presenting_issues": _words(
            "work_stress work_relationships love_marriage family_parenting anxiety low_mood "
            "sleep adaptation_career trauma_loss crisis other"
        ),
        "modalities": _words("in_person hotline online group outreach"),
        "rooms": _words("reception counselling assessment catharsis relaxation"),
        "key_groups": _words(
            "hardship migrant new_employment three_period_women capacity_cut model_worker other"
        ),
        "referral_sources": _words(
            "walk_in hotline union_referral employer_referral online_booking"
        ),
        "file_statuses": _words("open closed transferred referred_out"),
        "risk_levels": _words("none low medium high imminent"),
        "genders": _words("female male unspecified"),
        "industries": _words(
            "manufacturing construction transport express_logistics platform_delivery "
            "education healthcare public_sector retail_services energy_chemical "
            "information_technology catering_hospitality other"
        ),
        "job_types": _words("other"),
        "interventions": _words(
            "listening_empathy cognitive_reframing relaxation_training mindfulness "
            "problem_solving psychoeducation crisis_assessment referral"
        ),
        "activity_types": _words(
            "group_counselling lecture touring_lecture salon workshop catharsis_room "
            "relaxation_room"
        ),
        "follow_up_channels": _words("phone in_person"),
        "referral_destinations": _words(
            "psychiatry crisis_hotline community legal_aid union_assistance other"
        ),
        "crisis_checklist": _words("suicidal_thoughts suicide_plan self_harm harm_to_others"),
        "crisis_actions": _words(
            "emergency_contact_reached referred_hospital hotline_given employer_union_informed"
        ),
        "satisfaction_items": _words(
            "attitude professionalism environment_privacy improvement overall"
        ),
        "roles": _words("admin counsellor receptionist"),
    }
)

TIER_ORDER: tuple[str, ...] = ("basic_1", "basic_2", "standard", "complete_1", "complete_2")
NOTE_SECTIONS: tuple[str, ...] = ("complaint", "assessment", "intervention", "plan")


def _pick(lang: str, zh: str, en: str) -> str:
    return en if lang.startswith("en") else zh


# --------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class Entry:
    """One vocabulary item; `extra` holds kind-specific keys such as `rank` or `min_risk`."""

    code: str
    label_zh: str
    label_en: str
    retired: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)


@dataclass(frozen=True)
class Vocabulary:
    kind: str
    label_zh: str
    label_en: str
    entries: tuple[Entry, ...]
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)

    def get(self, code: str) -> Entry | None:
        return next((e for e in self.entries if e.code == code), None)


class Vocabularies:
    """All vocabularies from one seeds folder, looked up by kind and code."""

    def __init__(self, vocabularies: Mapping[str, Vocabulary]) -> None:
        self._vocabs = dict(vocabularies)
        self._index = {kind: {e.code: e for e in v.entries} for kind, v in self._vocabs.items()}

    def kinds(self) -> tuple[str, ...]:
        return tuple(self._vocabs)

    def vocabulary(self, kind: str) -> Vocabulary:
        try:
            return self._vocabs[kind]
        except KeyError:
            raise StationDeskError("vocab_unknown_kind", kind=kind) from None

    def entries(self, kind: str, *, include_retired: bool = False) -> tuple[Entry, ...]:
        return tuple(e for e in self.vocabulary(kind).entries if include_retired or not e.retired)

    def codes(self, kind: str, *, include_retired: bool = False) -> tuple[str, ...]:
        return tuple(e.code for e in self.entries(kind, include_retired=include_retired))

    def has(self, kind: str, code: str) -> bool:
        return code in self._index.get(kind, {})

    def entry(self, kind: str, code: str) -> Entry:
        self.vocabulary(kind)
        try:
            return self._index[kind][code]
        except KeyError:
            raise StationDeskError("vocab_unknown_code", kind=kind, value=code) from None

    def label(self, kind: str, code: str, lang: str = "zh", *, default: str | None = None) -> str:
        """Label of `code`; retired codes still resolve. Unknown codes raise unless `default`."""
        if default is not None and not self.has(kind, code):
            self.vocabulary(kind)  # an unknown kind is always a bug
            return default
        return self.entry(kind, code).label(lang)


@dataclass(frozen=True)
class Requirement:
    code: str
    tier: str
    text_zh: str
    text_en: str
    evidence: str | None = None  # evidence kind the app can show, or None: checked by hand

    def text(self, lang: str = "zh") -> str:
        return _pick(lang, self.text_zh, self.text_en)


@dataclass(frozen=True)
class Tier:
    code: str
    rank: int  # 1 = lowest
    label_zh: str
    label_en: str
    inherits: str | None
    own_requirements: tuple[Requirement, ...]

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)


class TierChecklist:
    """Station tiers lowest first; each tier's requirements include all lower tiers'."""

    def __init__(
        self, tiers: tuple[Tier, ...], evidence_kinds: Mapping[str, tuple[str, str]]
    ) -> None:
        self.tiers = tiers
        self.evidence_kinds = MappingProxyType(dict(evidence_kinds))
        self._by_code = {t.code: t for t in tiers}

    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.tiers)

    def tier(self, code: str) -> Tier:
        try:
            return self._by_code[code]
        except KeyError:
            raise StationDeskError("vocab_unknown_code", kind="tiers", value=code) from None

    def requirements(self, code: str) -> tuple[Requirement, ...]:
        """Everything a station of tier `code` must meet, inherited requirements first."""
        chain: list[Tier] = []
        tier: Tier | None = self.tier(code)
        while tier is not None:
            chain.append(tier)
            tier = self._by_code[tier.inherits] if tier.inherits else None
        return tuple(r for t in reversed(chain) for r in t.own_requirements)

    def evidence_label(self, kind: str, lang: str = "zh") -> str:
        zh, en = self.evidence_kinds[kind]
        return _pick(lang, zh, en)


@dataclass(frozen=True)
class Employer:
    name: str
    industry: str  # industries code


@dataclass(frozen=True)
class PhonePlan:
    """Fictitious demo phone numbers: a fixed prefix plus random digits."""

    prefix: str
    random_digits: int
    display_groups: tuple[int, ...]

    def make(self, rng: random.Random) -> str:
        tail = "".join(rng.choice("0123456789") for _ in range(self.random_digits))
        return self.prefix + tail

    def display(self, number: str) -> str:
        parts, pos = [], 0
        for size in self.display_groups:
            parts.append(number[pos : pos + size])
            pos += size
        return "-".join(parts)


@dataclass(frozen=True)
class DemoStaff:
    username: str
    display_name: str
    role: str  # roles code
    password: str  # published demo password, demo vaults only
    needs_supervision: bool = False
    supervisor: str | None = None  # username


@dataclass(frozen=True)
class ActivityTarget:
    count: int
    min_attendees: int


@dataclass(frozen=True)
class DemoInputs:
    """Everything the demo-data generator draws from; all of it fictitious."""

    surnames: tuple[str, ...]
    given_names: Mapping[str, tuple[str, ...]]  # "female" / "male" / "neutral"
    rare_given_names: tuple[str, ...]
    employers: tuple[Employer, ...]
    phone: PhonePlan
    staff: tuple[DemoStaff, ...]
    target_year: int
    activity_targets: Mapping[str, ActivityTarget]  # activity_types code -> target
    other_targets: Mapping[str, int]  # e.g. individual_sessions, hotline_calls
    note_sections: Mapping[str, tuple[str, str]]  # section -> (label_zh, label_en)
    notes: Mapping[str, Mapping[str, tuple[str, ...]]]  # issue -> section -> fragments
    topics: Mapping[str, tuple[tuple[str, str], ...]]  # activity type -> ((zh, en), ...)


# --------------------------------------------------------------------------- validation


class _File:
    """Reads one JSON seed file and reports problems with the file path attached."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> StationDeskError:
        return StationDeskError("seed_invalid", path=str(self.path), detail=f"{where}: {problem}")

    def load(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise StationDeskError("seed_missing", path=str(self.path)) from None
        except UnicodeDecodeError as exc:
            raise self.fail("file", f"not UTF-8 ({exc.reason})") from None
        except OSError as exc:
            raise StationDeskError.from_os_error(exc, str(self.path)) from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise self.fail(f"line {exc.lineno} column {exc.colno}", exc.msg) from None
        root = self.obj(data, "top level")
        version = root.get("version")
        if version != SUPPORTED_VERSION:
            raise self.fail("version", f"expected {SUPPORTED_VERSION}, found {version!r}")
        return root

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def seq(self, value: Any, where: str, *, nonempty: bool = True) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "expected a list")
        if nonempty and not value:
            raise self.fail(where, "list is empty")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected non-empty text")
        return value

    def texts(self, value: Any, where: str) -> tuple[str, ...]:
        items = tuple(self.text(v, f"{where}[{i}]") for i, v in enumerate(self.seq(value, where)))
        if len(set(items)) != len(items):
            raise self.fail(where, "duplicate items")
        return items

    def integer(self, value: Any, where: str, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(where, f"expected a whole number >= {minimum}")
        return value

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "expected true or false")
        return value

    def code(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not _CODE_RE.match(value):
            raise self.fail(where, f"bad code {value!r} (lower-case letters, digits, _)")
        return value

    def one_of(self, value: Any, allowed: Any, where: str, what: str) -> str:
        if value not in allowed:
            raise self.fail(where, f"unknown {what} {value!r}")
        return str(value)


# The vocabularies file's format is `schemas/vocabularies.schema.json` (JSON Schema, draft 7,
# compiled by fastjsonschema); a violation is reported like any other problem of the file:
# where it is ("vocabularies.rooms.entries[0].code") and what is wrong. What a schema cannot
# say (required codes, unique codes, ranks that rise, ...) is checked below.
VOCAB_SCHEMA = "vocabularies.schema.json"


@lru_cache(maxsize=2)
def _schema_validator(name: str) -> Callable[[Any], Any]:
    text = resources.files("station_desk.domain.schemas").joinpath(name).read_text("utf-8")
    return fastjsonschema.compile(json.loads(text))


def _where(path: Sequence[str]) -> str:
    """['data', 'vocabularies', 'rooms', 'entries', '0', 'code'] -> 'vocabularies.rooms.
    entries[0].code'"""
    out = ""
    for part in path[1:]:
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out or "top level"


def _check_schema(f: _File, root: Any, name: str) -> None:
    try:
        _schema_validator(name)(root)
    except fastjsonschema.JsonSchemaValueException as exc:
        where, rule, value = _where(list(exc.path)), exc.rule, exc.value
        if rule == "required":
            missing = next(k for k in exc.rule_definition if k not in value)
            raise f.fail(f"{where}.{missing}" if where != "top level" else missing,
                         "missing") from None
        if rule == "additionalProperties":
            raise f.fail(where, "unknown field") from None
        if rule == "minLength" or (rule == "pattern" and exc.rule_definition == "\\S"):
            raise f.fail(where, "expected non-empty text") from None
        if rule in ("pattern", "propertyNames"):
            raise f.fail(where, f"bad code {value!r} (lower-case letters, digits, _)") from None
        if rule == "minItems" and exc.rule_definition == 1:
            raise f.fail(where, "list is empty") from None
        if rule == "uniqueItems":
            raise f.fail(where, "duplicate items") from None
        problem = exc.message.removeprefix(f"data.{where}" if where != "top level" else "data")
        raise f.fail(where, problem.strip()) from None


def _parse_entries(f: _File, raw: list[dict[str, Any]], where: str) -> tuple[Entry, ...]:
    entries: list[Entry] = []
    seen: set[str] = set()
    for i, d in enumerate(raw):
        code = d["code"]
        if code in seen:
            raise f.fail(f"{where}[{i}]", f"duplicate code {code!r}")
        seen.add(code)
        extra = {k: v for k, v in d.items() if k not in ("code", "label_zh", "label_en", "retired")}
        entries.append(Entry(code=code, label_zh=d["label_zh"], label_en=d["label_en"],
                             retired=d.get("retired", False), extra=MappingProxyType(extra)))
    return tuple(entries)


def _check_vocab_rules(f: _File, vocabs: Mapping[str, Vocabulary]) -> None:
    """Required codes present, plus the few kinds whose entries carry extra keys."""
    for kind, required in REQUIRED_CODES.items():
        if kind not in vocabs:
            raise f.fail("vocabularies", f"missing vocabulary {kind!r}")
        have = {e.code for e in vocabs[kind].entries if not e.retired}
        missing = [c for c in required if c not in have]
        if missing:
            raise f.fail(f"vocabularies.{kind}", f"missing required codes {missing}")

    ranks = [int(e.extra["rank"]) for e in vocabs["risk_levels"].entries]
    if ranks != sorted(set(ranks)):
        raise f.fail("vocabularies.risk_levels", "ranks must increase strictly in list order")

    risk_codes = {e.code for e in vocabs["risk_levels"].entries}
    for e in vocabs["crisis_checklist"].entries:
        at = f"vocabularies.crisis_checklist.{e.code}.min_risk"
        f.one_of(e.extra.get("min_risk"), risk_codes, at, "risk level")

    meta = vocabs["satisfaction_items"].meta
    at = "vocabularies.satisfaction_items.meta"
    low, high = int(meta["scale_min"]), int(meta["scale_max"])
    if high <= low:
        raise f.fail(f"{at}.scale_max", f"expected a whole number >= {low + 1}")
    for lang in ("zh", "en"):
        if len(meta[f"scale_labels_{lang}"]) != high - low + 1:
            raise f.fail(f"{at}.scale_labels_{lang}", "needs one label per scale point")


@lru_cache(maxsize=8)
def _load_vocabularies(seeds: Path) -> Vocabularies:
    f = _File(seeds / VOCAB_FILE)
    root = f.load()
    _check_schema(f, root, VOCAB_SCHEMA)
    vocabs: dict[str, Vocabulary] = {}
    for kind, d in root["vocabularies"].items():
        vocabs[kind] = Vocabulary(
            kind=kind, label_zh=d["label_zh"], label_en=d["label_en"],
            entries=_parse_entries(f, d["entries"], f"vocabularies.{kind}.entries"),
            meta=MappingProxyType(d.get("meta", {})),
        )
    _check_vocab_rules(f, vocabs)
    return Vocabularies(vocabs)


@lru_cache(maxsize=8)
def _load_tier_checklist(seeds: Path) -> TierChecklist:
    f = _File(seeds / TIER_FILE)
    root = f.load()
    evidence: dict[str, tuple[str, str]] = {}
    for kind, raw in f.obj(root.get("evidence_kinds"), "evidence_kinds").items():
        where = f"evidence_kinds.{kind}"
        f.code(kind, where)
        d = f.obj(raw, where)
        evidence[kind] = (
            f.text(d.get("label_zh"), f"{where}.label_zh"),
            f.text(d.get("label_en"), f"{where}.label_en"),
        )

    tiers: list[Tier] = []
    seen_reqs: set[str] = set()
    for i, raw in enumerate(f.seq(root.get("tiers"), "tiers")):
        at = f"tiers[{i}]"
        d = f.obj(raw, at)
        code = f.code(d.get("code"), f"{at}.code")
        expected = TIER_ORDER[i] if i < len(TIER_ORDER) else None
        if code != expected:
            raise f.fail(at, f"expected tier {expected!r} here, found {code!r}")
        # Each tier builds on the one right below it; the lowest stands alone.
        parent = tiers[-1].code if tiers else None
        if d.get("inherits") != parent:
            raise f.fail(f"{at}.inherits", f"must be {parent!r}")
        reqs: list[Requirement] = []
        for j, rraw in enumerate(f.seq(d.get("requirements"), f"{at}.requirements")):
            rat = f"{at}.requirements[{j}]"
            r = f.obj(rraw, rat)
            rcode = f.code(r.get("code"), f"{rat}.code")
            if rcode in seen_reqs:
                raise f.fail(rat, f"duplicate requirement code {rcode!r}")
            seen_reqs.add(rcode)
            ev = r.get("evidence")
            if ev is not None:
                f.one_of(ev, evidence, f"{rat}.evidence", "evidence kind")
            reqs.append(
                Requirement(
                    code=rcode,
                    tier=code,
                    text_zh=f.text(r.get("text_zh"), f"{rat}.text_zh"),
                    text_en=f.text(r.get("text_en"), f"{rat}.text_en"),
                    evidence=ev,
                )
            )
        tiers.append(
            Tier(
                code=code,
                rank=i + 1,
                label_zh=f.text(d.get("label_zh"), f"{at}.label_zh"),
                label_en=f.text(d.get("label_en"), f"{at}.label_en"),
                inherits=parent,
                own_requirements=tuple(reqs),
            )
        )
    if len(tiers) != len(TIER_ORDER):
        raise f.fail("tiers", f"expected {len(TIER_ORDER)} tiers, found {len(tiers)}")
    return TierChecklist(tuple(tiers), evidence)


def _demo_people(f: _File, vocab: Vocabularies) -> dict[str, Any]:
    root = f.load()
    given = f.obj(root.get("given_names"), "given_names")
    given_names = {
        key: f.texts(given.get(key), f"given_names.{key}") for key in ("female", "male", "neutral")
    }
    employers = []
    for i, raw in enumerate(f.seq(root.get("employers"), "employers")):
        at = f"employers[{i}]"
        d = f.obj(raw, at)
        employers.append(
            Employer(
                name=f.text(d.get("name"), f"{at}.name"),
                industry=f.one_of(
                    d.get("industry"), vocab.codes("industries"), f"{at}.industry", "industry"
                ),
            )
        )
    ph = f.obj(root.get("phone"), "phone")
    prefix = f.text(ph.get("prefix"), "phone.prefix")
    digits = f.integer(ph.get("random_digits"), "phone.random_digits", 1)
    groups = tuple(
        f.integer(g, f"phone.display_groups[{i}]", 1)
        for i, g in enumerate(f.seq(ph.get("display_groups"), "phone.display_groups"))
    )
    if not prefix.isdigit() or len(prefix) + digits != 11 or sum(groups) != 11:
        raise f.fail("phone", "prefix + random digits and display groups must make 11 digits")
    return {
        "surnames": f.texts(root.get("surnames"), "surnames"),
        "given_names": MappingProxyType(given_names),
        "rare_given_names": f.texts(root.get("rare_given_names"), "rare_given_names"),
        "employers": tuple(employers),
        "phone": PhonePlan(prefix, digits, groups),
    }


def _demo_staff(f: _File, vocab: Vocabularies) -> tuple[DemoStaff, ...]:
    root = f.load()
    staff: list[DemoStaff] = []
    for i, raw in enumerate(f.seq(root.get("accounts"), "accounts")):
        at = f"accounts[{i}]"
        d = f.obj(raw, at)
        sup = d.get("supervisor")
        staff.append(
            DemoStaff(
                username=f.code(d.get("username"), f"{at}.username"),
                display_name=f.text(d.get("display_name"), f"{at}.display_name"),
                role=f.one_of(d.get("role"), vocab.codes("roles"), f"{at}.role", "role"),
                password=f.text(d.get("password"), f"{at}.password"),
                needs_supervision=f.flag(
                    d.get("needs_supervision", False), f"{at}.needs_supervision"
                ),
                supervisor=None if sup is None else f.text(sup, f"{at}.supervisor"),
            )
        )
    names = {s.username: s for s in staff}
    if len(names) != len(staff):
        raise f.fail("accounts", "duplicate usernames")
    if not any(s.role == "admin" for s in staff):
        raise f.fail("accounts", "needs at least one admin")
    for s in staff:
        if s.needs_supervision:
            boss = names.get(s.supervisor or "")
            if boss is None or boss.needs_supervision or boss.role not in ("admin", "counsellor"):
                raise f.fail(s.username, "needs a supervisor who is a fully qualified counsellor")
    return tuple(staff)


def _demo_targets(f: _File, vocab: Vocabularies) -> dict[str, Any]:
    root = f.load()
    acts: dict[str, ActivityTarget] = {}
    for kind, raw in f.obj(root.get("activities"), "activities").items():
        at = f"activities.{kind}"
        f.one_of(kind, vocab.codes("activity_types"), at, "activity type")
        d = f.obj(raw, at)
        acts[kind] = ActivityTarget(
            count=f.integer(d.get("count"), f"{at}.count"),
            min_attendees=f.integer(d.get("min_attendees"), f"{at}.min_attendees", 1),
        )
    other = {
        key: f.integer(value, key)
        for key, value in root.items()
        if key not in ("_note", "version", "year", "activities")
    }
    return {
        "target_year": f.integer(root.get("year"), "year", 2000),
        "activity_targets": MappingProxyType(acts),
        "other_targets": MappingProxyType(other),
    }


def _demo_notes(f: _File, vocab: Vocabularies) -> dict[str, Any]:
    root = f.load()
    raw_sections = f.obj(root.get("sections"), "sections")
    sections: dict[str, tuple[str, str]] = {}
    for key in NOTE_SECTIONS:
        d = f.obj(raw_sections.get(key), f"sections.{key}")
        sections[key] = (
            f.text(d.get("label_zh"), f"sections.{key}.label_zh"),
            f.text(d.get("label_en"), f"sections.{key}.label_en"),
        )
    frags = f.obj(root.get("fragments"), "fragments")
    notes: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for issue in vocab.codes("presenting_issues"):
        d = f.obj(frags.get(issue), f"fragments.{issue}")
        notes[issue] = MappingProxyType(
            {key: f.texts(d.get(key), f"fragments.{issue}.{key}") for key in NOTE_SECTIONS}
        )
    for issue in frags:
        f.one_of(issue, notes, f"fragments.{issue}", "presenting issue")
    return {"note_sections": MappingProxyType(sections), "notes": MappingProxyType(notes)}


def _demo_topics(f: _File, vocab: Vocabularies) -> Mapping[str, tuple[tuple[str, str], ...]]:
    root = f.load()
    topics: dict[str, tuple[tuple[str, str], ...]] = {}
    for kind, raw in f.obj(root.get("topics"), "topics").items():
        at = f"topics.{kind}"
        f.one_of(kind, vocab.codes("activity_types"), at, "activity type")
        pairs: list[tuple[str, str]] = []
        for i, item in enumerate(f.seq(raw, at)):
            t = f.obj(item, f"{at}[{i}]")
            zh = f.text(t.get("zh"), f"{at}[{i}].zh")
            pairs.append((zh, f.text(t.get("en"), f"{at}[{i}].en")))
        topics[kind] = tuple(pairs)
    return MappingProxyType(topics)


@lru_cache(maxsize=8)
def _load_demo_inputs(seeds: Path) -> DemoInputs:
    vocab = _load_vocabularies(seeds)
    demo = seeds / DEMO_DIR
    return DemoInputs(
        **_demo_people(_File(demo / "people.json"), vocab),
        staff=_demo_staff(_File(demo / "staff.json"), vocab),
        **_demo_targets(_File(demo / "targets.json"), vocab),
        **_demo_notes(_File(demo / "notes.json"), vocab),
        topics=_demo_topics(_File(demo / "topics.json"), vocab),
    )


# --------------------------------------------------------------------------- public API


def _seeds(seeds: Path | None) -> Path:
    if seeds is not None:
        return Path(seeds).resolve()
    try:
        return _app_seeds()
    except FileNotFoundError:
        raise StationDeskError("seed_missing", path="seeds/") from None


@lru_cache(maxsize=1)
def _app_seeds() -> Path:
    """The app's seeds folder, resolved once: every label shown asks for the vocabularies,
    and resolving the path each time (a stat per folder on the way) made a file window with
    50 records spend half its opening time here."""
    return paths.seeds_dir().resolve()


def load_vocabularies(seeds: Path | None = None) -> Vocabularies:
    """All vocabularies (cached). `seeds` overrides the app's seeds folder, e.g. in tests."""
    return _load_vocabularies(_seeds(seeds))


def load_tier_checklist(seeds: Path | None = None) -> TierChecklist:
    return _load_tier_checklist(_seeds(seeds))


def load_demo_inputs(seeds: Path | None = None) -> DemoInputs:
    return _load_demo_inputs(_seeds(seeds))


def clear_cache() -> None:
    """Forget loaded files (tests, or after seeds changed on disk)."""
    _load_vocabularies.cache_clear()
    _load_tier_checklist.cache_clear()
    _load_demo_inputs.cache_clear()


def kinds() -> tuple[str, ...]:
    return load_vocabularies().kinds()


def vocabulary(kind: str) -> Vocabulary:
    return load_vocabularies().vocabulary(kind)


def entries(kind: str, *, include_retired: bool = False) -> tuple[Entry, ...]:
    """Entries of `kind` in display order; retired ones only on request."""
    return load_vocabularies().entries(kind, include_retired=include_retired)


def codes(kind: str, *, include_retired: bool = False) -> tuple[str, ...]:
    return load_vocabularies().codes(kind, include_retired=include_retired)


def label(kind: str, code: str, lang: str = "zh", *, default: str | None = None) -> str:
    """Display label of a stored code in `lang` ("zh" or "en*")."""
    return load_vocabularies().label(kind, code, lang, default=default)
