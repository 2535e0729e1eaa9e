"""Assessment instruments (PHQ-9, GAD-7, ...) as validated data, and their scoring.

Instruments live in JSON files so a station can add a licensed scale without a code change.
That makes every file untrusted input: `load_instrument` checks it strictly, because a
wrong band or reverse flag would silently mis-score a client. Pure Python: no Qt, no DB.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import fastjsonschema

from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.paths import seeds_dir
from station_desk.storage.private import make_private_dir

register_messages({
    "instrument_invalid": N_("errors", "Instrument file {file} is invalid: {problem}"),
    "instrument_bad_json": N_(
        "errors", "Instrument file {file} is not valid JSON (near line {line}, column {col})."),
    "instrument_unreadable": N_("errors", "Cannot read instrument file {file}: {detail}"),
    "instrument_dir_missing": N_("errors", "Instrument folder not found: {path}"),
    "instrument_unknown": N_("errors", "No instrument with id \"{id}\". Available: {available}"),
    "instrument_duplicate": N_(
        "errors", "Instrument {id} (version {version}) appears in both {file} and {existing}; "
        "each instrument id may exist only once."),
    "instrument_import_duplicate": N_(
        "errors", "{file} was not imported: instrument {id} already exists (version "
        "{existing_version}, from {existing})."),
    "answers_count": N_(
        "errors", "{name} has {expected} items but {got} answers were given. Not scored: "
        "answer every item first."),
    "answer_invalid": N_(
        "errors", "{name} item {item}: answer {value} is not a valid option (allowed: "
        "{allowed}). Not scored."),
})

# Problems inside an instrument file: key -> (zh, en). One message code, many problems, so the
# caller sees "file X is invalid: <problem>" in either language and tests can match the key.
PROBLEMS: dict[str, tuple[str, str]] = {
    "not_object": N_("instruments", "the content must be a JSON object"),
    "too_large": N_("instruments", "the file is larger than {limit} bytes"),
    "not_utf8": N_("instruments", "the file is not UTF-8 encoded"),
    "json_limits": N_("instruments", "the JSON is nested too deeply or holds an over-long number"),
    "duplicate_key": N_("instruments", "field {field} appears twice"),
    "missing_field": N_("instruments", "missing field {field}"),
    "unknown_field": N_("instruments", "unknown field {field} (a typo?)"),
    "wrong_type": N_("instruments", "field {field} must be {expected}"),
    "empty_value": N_("instruments", "field {field} must not be empty"),
    "bad_schema": N_("instruments", "unsupported schema {value} (only 1)"),
    "bad_id": N_(
        "instruments", "id {value} is not valid: use lower-case letters, digits, - and _ (at "
        "most 32)"),
    "bad_version": N_(
        "instruments", "version {value} is not valid: use letters, digits, '.', '-' and '_'"),
    "too_many": N_("instruments", "{field} has more than {limit} entries"),
    "item_numbers": N_("instruments", "item numbers must run 1, 2, 3, ... but are {numbers}"),
    "no_options": N_("instruments", "item {item} has no options (neither shared nor its own)"),
    "few_options": N_("instruments", "{field} needs at least two options"),
    "duplicate_option": N_("instruments", "{field} repeats option value {value}"),
    "value_range": N_("instruments", "{field} value {value} is outside {lo}..{hi}"),
    "reverse_unknown_item": N_(
        "instruments", "reverse-scored item {item} is not in the item list"),
    "reverse_mismatch": N_(
        "instruments", "item {item}: its reverse flag disagrees with scoring.reverse_items"),
    "bad_method": N_("instruments", "unsupported scoring method {value}"),
    "bad_multiplier": N_("instruments", "scoring.multiplier must be 1..100"),
    "bad_direction": N_(
        "instruments", "scoring.direction must be higher_worse or higher_better, not {value}"),
    "band_range": N_(
        "instruments", "band {band}: range must be two integers [min, max] with min <= max"),
    "band_outside": N_("instruments", "band {band} lies outside the possible scores {lo}..{hi}"),
    "band_overlap": N_("instruments", "bands {a} and {b} overlap"),
    "band_gap": N_("instruments", "the possible score {score} falls in no band"),
    "unknown_level": N_(
        "instruments", "band {band} has unknown level {value} (allowed: {allowed})"),
    "level_order": N_(
        "instruments", "band levels do not follow the scoring direction ({direction}): {a} then "
        "{b}"),
    "alert_kind": N_(
        "instruments", "alert {code} has unknown kind {value} (allowed: item, score, band)"),
    "alert_op": N_("instruments", "alert {code} has unknown op {value}"),
    "alert_missing_item": N_(
        "instruments", "alert {code} refers to item {item}, which does not exist"),
    "alert_unknown_option": N_(
        "instruments", "alert {code} refers to option value {value}, which item {item} does not "
        "have"),
    "alert_unknown_level": N_(
        "instruments", "alert {code} refers to level {value}, which no band of this instrument "
        "uses"),
    "alert_never": N_(
        "instruments", "alert {code} can never fire (its condition cannot be met by any "
        "possible score)"),
    "duplicate_alert": N_("instruments", "alert code {code} is used twice"),
}

_TYPE_NAMES = {
    "string": N_("instruments", "a string"),
    "integer": N_("instruments", "an integer"),
    "list": N_("instruments", "a list"),
    "object": N_("instruments", "an object"),
    "boolean": N_("instruments", "true or false"),
}

# Concern ranks: the vocabulary of both depression-style and stress/distress-style scales.
# Ranks only need to be comparable within one instrument, which validation enforces.
LEVEL_RANK: dict[str, int] = {
    "none": 0, "low": 1, "mild": 2, "moderate": 3, "moderately_severe": 4,
    "high": 5, "severe": 6, "very_high": 7,
}
OPS: dict[str, Callable[[int, int], bool]] = {
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b, "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}
# Generous limits that still keep an untrusted file from costing real time or memory.
MAX_FILE_BYTES = 512 * 1024
MAX_ITEMS = 200  # as the schema says (items.maxItems, options.maxItems)
MAX_OPTIONS = 20
# what a total score is called when the instrument file does not say
TOTAL_LABEL = N_("instruments", "Total")
MAX_VALUE = 1000


def _pick(lang: str, zh: str, en: str) -> str:
    return en if lang.startswith("en") else zh


@dataclass(frozen=True)
class Option:
    value: int
    label_zh: str
    label_en: str

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)


@dataclass(frozen=True)
class Item:
    number: int
    text_zh: str
    text_en: str
    options: tuple[Option, ...]
    reverse: bool = False

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(o.value for o in self.options)

    def scored(self, answer: int) -> int:
        """Reverse scoring mirrors the answer within this item's own option range (0-4 -> 4-0)."""
        if not self.reverse:
            return answer
        return min(self.values) + max(self.values) - answer

    def text(self, lang: str = "zh") -> str:
        return _pick(lang, self.text_zh, self.text_en)


@dataclass(frozen=True)
class Band:
    min: int
    max: int
    level: str
    label_zh: str
    label_en: str

    def contains(self, score: int) -> bool:
        return self.min <= score <= self.max

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)


@dataclass(frozen=True)
class AlertRule:
    """kind "item": raw answer to `item` compared with `value`; "score": display score
    compared with `value`; "band": the result's band level is one of `levels`."""

    kind: str
    code: str
    label_zh: str
    label_en: str
    item: int | None = None
    op: str | None = None
    value: int | None = None
    levels: tuple[str, ...] = ()

    def fires(self, answers: Sequence[int], display: int, band: Band) -> bool:
        if self.kind == "band":
            return band.level in self.levels
        assert self.op is not None and self.value is not None
        left = answers[self.item - 1] if self.kind == "item" and self.item else display
        return OPS[self.op](left, self.value)

    def label(self, lang: str = "zh") -> str:
        return _pick(lang, self.label_zh, self.label_en)


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    name_zh: str
    name_en: str
    source_original: str
    source_chinese: str
    licence_zh: str
    licence_en: str
    instructions_zh: str
    instructions_en: str
    time_frame_zh: str
    time_frame_en: str
    items: tuple[Item, ...]
    bands: tuple[Band, ...]
    alerts: tuple[AlertRule, ...]
    multiplier: int = 1
    direction: str = "higher_worse"
    display_label_zh: str = TOTAL_LABEL[0]
    display_label_en: str = TOTAL_LABEL[1]
    path: Path | None = field(default=None, compare=False)

    def name(self, lang: str = "zh") -> str:
        return _pick(lang, self.name_zh, self.name_en)

    @property
    def short_name(self) -> str:
        """What staff call it ("PHQ-9"): the abbreviation in brackets at the end of its
        English name, else that name; never its id ("phq9")."""
        found = re.search(r"[(（]([^()（）]+)[)）]\s*$", self.name_en)
        return found.group(1).strip() if found else (self.name_en or self.id)

    @cached_property
    def achievable_totals(self) -> frozenset[int]:
        """Every raw total some complete answer set can reach (set-sum over items)."""
        totals = {0}
        for item in self.items:
            scored = {item.scored(v) for v in item.values}
            totals = {t + s for t in totals for s in scored}
        return frozenset(totals)

    @property
    def min_total(self) -> int:
        return min(self.achievable_totals)

    @property
    def max_total(self) -> int:
        return max(self.achievable_totals)

    def band_for(self, display: int) -> Band:
        matches = [b for b in self.bands if b.contains(display)]
        if len(matches) != 1:  # validation makes this unreachable for loaded instruments
            raise StationDeskError("internal", detail=f"{self.id}: {len(matches)} bands")
        return matches[0]


@dataclass(frozen=True)
class ScoreResult:
    instrument_id: str
    instrument_version: str
    answers: tuple[int, ...]
    item_scores: tuple[int, ...]  # after reverse scoring
    total: int
    display_score: int  # total x multiplier (WHO-5: percentage 0-100)
    band: Band
    alerts: tuple[AlertRule, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "instrument": self.instrument_id,
            "version": self.instrument_version,
            "answers": list(self.answers),
            "item_scores": list(self.item_scores),
            "total": self.total,
            "display_score": self.display_score,
            "band": {"range": [self.band.min, self.band.max], "level": self.band.level,
                     "label_zh": self.band.label_zh, "label_en": self.band.label_en},
            "alerts": [{"code": a.code, "label_zh": a.label_zh, "label_en": a.label_en}
                       for a in self.alerts],
        }


# ---------------------------------------------------------------- scoring


def score(instrument: Instrument, answers: Sequence[int]) -> ScoreResult:
    """Score one complete answer set; partial or invalid answers are refused, never guessed."""
    names = {"name_zh": instrument.name_zh, "name_en": instrument.name_en}
    if len(answers) != len(instrument.items):
        raise StationDeskError("answers_count", expected=len(instrument.items),
                               got=len(answers), **names)
    for item, answer in zip(instrument.items, answers, strict=True):
        # bool is an int subclass; True must not pass as answer 1
        if isinstance(answer, bool) or not isinstance(answer, int) or answer not in item.values:
            allowed = "/".join(str(v) for v in sorted(item.values))
            raise StationDeskError("answer_invalid", item=item.number, value=answer,
                                   allowed=allowed, **names)
    item_scores = tuple(i.scored(a) for i, a in zip(instrument.items, answers, strict=True))
    total = sum(item_scores)
    display = total * instrument.multiplier
    band = instrument.band_for(display)
    fired = tuple(r for r in instrument.alerts if r.fires(answers, display, band))
    return ScoreResult(instrument.id, instrument.version, tuple(answers), item_scores,
                       total, display, band, fired)


# ---------------------------------------------------------------- loading and validation


class _Invalid(Exception):
    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _fail(key: str, **params: Any) -> _Invalid:
    return _Invalid(key, **params)


def _error(path: Path, problem: _Invalid) -> StationDeskError:
    zh, en = PROBLEMS[problem.key]
    return StationDeskError("instrument_invalid", file=str(path), problem=problem.key,
                            problem_zh=zh.format(**_in(problem.params, "_zh")),
                            problem_en=en.format(**_in(problem.params, "_en")))


def _in(params: dict[str, Any], suffix: str) -> dict[str, Any]:
    """`expected_zh=`/`expected_en=` fill the message's `{expected}` in their language."""
    return {**params, **{k[:-3]: v for k, v in params.items() if k.endswith(suffix)}}


# ---------------------------------------------------------------- the schema

# The file format is `schemas/instrument.schema.json` (JSON Schema, draft 7, compiled by
# fastjsonschema): fields, types, lengths, patterns, the allowed words. A violation becomes one
# of the PROBLEMS above, naming the field as the file spells it ("items[2].text_zh"). What a
# schema cannot say (bands that cover every possible score, alerts that can fire, ...) is
# checked in Python below, on a document the schema has passed.
SCHEMA_FILE = "instrument.schema.json"


@cache
def _validator() -> Callable[[Any], Any]:
    return fastjsonschema.compile(_schema())


def _where(path: Sequence[str]) -> str:
    """['data', 'items', '2', 'text_zh'] -> 'items[2].text_zh'"""
    out = ""
    for part in path[1:]:
        out += f"[{part}]" if part.isdigit() else (f".{part}" if out else part)
    return out


def _node(doc: Any, path: Sequence[str]) -> Any:
    for part in path[1:]:
        doc = doc[int(part)] if part.isdigit() else doc[part]
    return doc


def _schema_problem(doc: Any, exc: fastjsonschema.JsonSchemaValueException) -> _Invalid:
    path = list(exc.path)
    where = _where(path)
    rule, value = exc.rule, exc.value
    last = path[-1] if len(path) > 1 else ""
    parent = _where(path[:-1])
    if rule == "required":
        missing = next(k for k in exc.rule_definition if k not in value)
        return _fail("missing_field", field=f"{where}.{missing}" if where else missing)
    if rule == "additionalProperties":
        allowed = set(_schema_of(path).get("properties", {}))
        extra = next(k for k in value if k not in allowed)
        return _fail("unknown_field", field=f"{where}.{extra}" if where else extra)
    if where.startswith("bands[") and ".range" in where:
        return _fail("band_range", band=where.split(".", 1)[0])
    if rule == "type":
        if where == "scoring.reverse_items" or where.startswith("scoring.reverse_items["):
            return _fail("wrong_type", field="scoring.reverse_items",
                         **N_("instruments", "a list of integers").fields("expected"))
        kind = {"array": "list"}.get(exc.rule_definition, exc.rule_definition)
        zh, en = _TYPE_NAMES[kind]
        return _fail("wrong_type", field=where, expected_zh=zh, expected_en=en)
    if rule in ("minLength",) or (rule == "pattern" and exc.rule_definition == "\\S"):
        return _fail("empty_value", field=where)
    if rule == "pattern":
        return _fail("bad_id" if where == "id" else "bad_version", value=value)
    if rule == "const":
        return _fail("bad_schema", value=value)
    if rule == "enum":
        if where == "scoring.method":
            return _fail("bad_method", value=value)
        if where == "scoring.direction":
            return _fail("bad_direction", value=value)
        if last == "level":
            return _fail("unknown_level", band=parent, value=value,
                         allowed=", ".join(LEVEL_RANK))
        code = _node(doc, path[:-1]).get("code", parent)
        return _fail("alert_kind" if last == "kind" else "alert_op", code=code, value=value)
    if rule == "maxItems":
        return _fail("too_many", field=where, limit=exc.rule_definition)
    if rule == "minItems":
        if where == "options" or where.endswith(".options"):
            return _fail("few_options", field=where)
        return _fail("empty_value", field=where)
    if where == "scoring.multiplier":
        return _fail("bad_multiplier")
    if rule in ("minimum", "maximum"):
        return _fail("value_range", field=where, value=value, lo=-MAX_VALUE, hi=MAX_VALUE)
    return _fail("wrong_type", field=where, expected_zh=exc.message, expected_en=exc.message)


@cache
def _schema() -> dict[str, Any]:
    text = resources.files("station_desk.domain.schemas").joinpath(SCHEMA_FILE).read_text(
        "utf-8")
    return json.loads(text)


def _schema_of(path: Sequence[str]) -> dict[str, Any]:
    """The part of the schema that describes the value at `path`."""
    node = _schema()
    for part in path[1:]:
        node = node["items"] if part.isdigit() else node["properties"][part]
    return node


def _check_schema(doc: Any) -> None:
    try:
        _validator()(doc)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise _schema_problem(doc, exc) from None


# ---------------------------------------------------------------- what a schema cannot say


def _options(raw: list[dict[str, Any]], where: str) -> tuple[Option, ...]:
    options: list[Option] = []
    for entry in raw:
        if any(o.value == entry["value"] for o in options):
            raise _fail("duplicate_option", field=where, value=entry["value"])
        options.append(Option(entry["value"], entry["label_zh"], entry["label_en"]))
    return tuple(options)


def _items(doc: dict[str, Any], reverse_listed: set[int] | None) -> tuple[Item, ...]:
    shared = _options(doc["options"], "options") if "options" in doc else None
    items: list[Item] = []
    for n, entry in enumerate(doc["items"]):
        number = entry["number"]
        own = entry.get("options")
        options = _options(own, f"items[{n}].options") if own is not None else shared
        if options is None:
            raise _fail("no_options", item=number)
        flag = entry.get("reverse")
        if flag is not None and reverse_listed is not None and flag != (number in reverse_listed):
            raise _fail("reverse_mismatch", item=number)
        reverse = bool(flag) or (reverse_listed is not None and number in reverse_listed)
        items.append(Item(number, entry["text_zh"], entry["text_en"], options, reverse))
    numbers = [i.number for i in items]
    if numbers != list(range(1, len(items) + 1)):
        raise _fail("item_numbers", numbers=numbers)
    for listed in sorted(reverse_listed or ()):
        if listed not in numbers:
            raise _fail("reverse_unknown_item", item=listed)
    return tuple(items)


def _scoring(doc: dict[str, Any]) -> dict[str, Any]:
    raw = doc["scoring"]
    listed = raw.get("reverse_items")
    label = raw.get("display_label", {"zh": TOTAL_LABEL[0], "en": TOTAL_LABEL[1]})
    return {"multiplier": raw.get("multiplier", 1), "direction": raw["direction"],
            "reverse": set(listed) if listed is not None else None,
            "label": (label["zh"], label["en"])}


def _bands(doc: dict[str, Any], lo: int, hi: int, direction: str,
           achievable: Iterable[int]) -> tuple[Band, ...]:
    bands: list[Band] = []
    for n, entry in enumerate(doc["bands"]):
        here = f"bands[{n}]"
        rng = entry["range"]
        if rng[0] > rng[1]:
            raise _fail("band_range", band=here)
        if rng[0] < lo or rng[1] > hi:
            raise _fail("band_outside", band=f"{here} [{rng[0]}, {rng[1]}]", lo=lo, hi=hi)
        bands.append(Band(rng[0], rng[1], entry["level"], entry["label_zh"], entry["label_en"]))
    ordered = sorted(bands, key=lambda b: b.min)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.min <= a.max:
            raise _fail("band_overlap", a=f"[{a.min}, {a.max}]", b=f"[{b.min}, {b.max}]")
    for value in sorted(achievable):
        if not any(b.contains(value) for b in bands):
            raise _fail("band_gap", score=value)
    # Concern must rise with the score (or fall, for well-being scales such as WHO-5);
    # a swapped label would otherwise flag healthy clients and miss unwell ones.
    sign = 1 if direction == "higher_worse" else -1
    for a, b in zip(ordered, ordered[1:], strict=False):
        if sign * (LEVEL_RANK[b.level] - LEVEL_RANK[a.level]) < 0:
            raise _fail("level_order", direction=direction, a=a.level, b=b.level)
    return tuple(bands)


def _alerts(doc: dict[str, Any], items: tuple[Item, ...], bands: tuple[Band, ...],
            displays: frozenset[int]) -> tuple[AlertRule, ...]:
    rules: list[AlertRule] = []
    for entry in doc.get("alerts", []):
        code, kind = entry["code"], entry["kind"]
        labels = (entry["label_zh"], entry["label_en"])
        if any(r.code == code for r in rules):
            raise _fail("duplicate_alert", code=code)
        if kind == "band":
            for level in entry["levels"]:
                if not any(b.level == level for b in bands):
                    raise _fail("alert_unknown_level", code=code, value=level)
            rules.append(AlertRule("band", code, *labels, levels=tuple(entry["levels"])))
            continue
        op, value = entry["op"], entry["value"]
        number: int | None = None
        if kind == "item":
            number = entry["item"]
            if not 1 <= number <= len(items):
                raise _fail("alert_missing_item", code=code, item=number)
            candidates: Iterable[int] = items[number - 1].values
            # The threshold must be one of the item's answers, so a typo cannot hide a rule.
            if value not in candidates:
                raise _fail("alert_unknown_option", code=code, item=number, value=value)
        else:
            candidates = displays
        if not any(OPS[op](c, value) for c in candidates):
            raise _fail("alert_never", code=code)
        rules.append(AlertRule(kind, code, *labels, item=number, op=op, value=value))
    return tuple(rules)


def _build(doc: Any, path: Path) -> Instrument:
    if not isinstance(doc, dict):
        raise _fail("not_object")
    _check_schema(doc)
    scoring = _scoring(doc)
    items = _items(doc, scoring["reverse"])
    source = doc["source"]
    draft = Instrument(
        doc["id"], doc["version"], doc["name_zh"], doc["name_en"], source["original"],
        source["chinese"], doc["licence"]["zh"], doc["licence"]["en"],
        doc["instructions"]["zh"], doc["instructions"]["en"], doc["time_frame"]["zh"],
        doc["time_frame"]["en"], items=items, bands=(), alerts=(),
        multiplier=scoring["multiplier"], direction=scoring["direction"],
        display_label_zh=scoring["label"][0], display_label_en=scoring["label"][1], path=path)
    mult = draft.multiplier
    displays = frozenset(t * mult for t in draft.achievable_totals)
    bands = _bands(doc, draft.min_total * mult, draft.max_total * mult, draft.direction,
                   displays)
    alerts = _alerts(doc, items, bands, displays)
    return replace(draft, bands=bands, alerts=alerts)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json keeps the last of two equal keys; in a scoring file that hides an edit, so refuse."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _fail("duplicate_key", field=key)
        seen[key] = value
    return seen


def load_instrument(path: str | os.PathLike[str]) -> Instrument:
    """Read and strictly validate one instrument file; any problem names the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _error(path, _fail("too_large", limit=MAX_FILE_BYTES))
        data = path.read_bytes()
    except OSError as exc:
        raise StationDeskError("instrument_unreadable", file=str(path),
                               detail=exc.strerror or type(exc).__name__) from exc
    try:
        text = data.decode("utf-8-sig")  # tolerate the BOM Windows editors add
    except UnicodeDecodeError as exc:
        raise _error(path, _fail("not_utf8")) from exc
    try:
        # a fraction reads as Decimal, which the schema's "integer" refuses (a float such
        # as 4.0 would pass as a whole number)
        doc = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise StationDeskError("instrument_bad_json", file=str(path), line=exc.lineno,
                               col=exc.colno) from exc
    except (ValueError, RecursionError) as exc:  # int-digit limit, absurd nesting
        raise _error(path, _fail("json_limits")) from exc
    except _Invalid as problem:
        raise _error(path, problem) from None
    try:
        return _build(doc, path)
    except _Invalid as problem:
        raise _error(path, problem) from None


def shipped_dir() -> Path:
    return seeds_dir() / "instruments"


def load_all(dirs: Iterable[str | os.PathLike[str]] | None = None) -> dict[str, Instrument]:
    """Load every `*.json` in the given folders (default: the shipped ones), keyed by id.

    The first folder must exist (it is the shipped set); later ones are imported folders that
    may not have been created yet. An id appearing twice is an error, not a silent override.
    """
    folders = [Path(d) for d in dirs] if dirs is not None else [shipped_dir()]
    loaded: dict[str, Instrument] = {}
    for n, folder in enumerate(folders):
        if not folder.is_dir():
            if n == 0:
                raise StationDeskError("instrument_dir_missing", path=str(folder))
            continue
        for file in sorted(folder.glob("*.json")):
            inst = load_instrument(file)
            if inst.id in loaded:
                raise StationDeskError("instrument_duplicate", id=inst.id, version=inst.version,
                                       file=str(file), existing=str(loaded[inst.id].path))
            loaded[inst.id] = inst
    return loaded


@functools.cache
def _shipped_short_names() -> dict[str, str]:
    return {ident: inst.short_name for ident, inst in load_all().items()}


def short_name(ident: str) -> str:
    """The short name of an instrument by id, for lists that hold only the id; an imported
    instrument's id (not shipped) is shown as written in capitals."""
    try:
        return _shipped_short_names().get(ident, ident.upper())
    except StationDeskError:
        return ident.upper()


def get_instrument(instruments: dict[str, Instrument], ident: str) -> Instrument:
    try:
        return instruments[ident.strip().lower()]
    except KeyError:
        raise StationDeskError("instrument_unknown", id=ident,
                               available=", ".join(sorted(instruments))) from None


def import_instrument(src_path: str | os.PathLike[str], dest_dir: str | os.PathLike[str],
                      *, existing_dirs: Sequence[str | os.PathLike[str]] | None = None
                      ) -> Instrument:
    """Validate `src_path`, then copy it into `dest_dir` as `<id>-<version>.json`.

    Refused when the id is already loaded (shipped or imported, any version): saved scores
    carry id + version, and two versions behind one id would make "score phq9" ambiguous.
    """
    src, dest = Path(src_path), Path(dest_dir)
    inst = load_instrument(src)
    others = [Path(d) for d in existing_dirs] if existing_dirs is not None else [shipped_dir()]
    for folder in [*others, dest]:
        if not folder.is_dir():
            continue
        for file in sorted(folder.glob("*.json")):
            other = load_instrument(file)
            if other.id == inst.id:
                raise StationDeskError("instrument_import_duplicate", file=str(src), id=inst.id,
                                       existing_version=other.version, existing=str(file))
    make_private_dir(dest)
    target = dest / f"{inst.id}-{inst.version}.json"
    # Copy to a temp file and rename, so a crash never leaves a half-written instrument.
    fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=dest)
    os.close(fd)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return load_instrument(target)
