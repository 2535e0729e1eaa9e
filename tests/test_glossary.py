"""One term per concept (seeds/glossary.json), across both translation catalogues, the
program's own zh/en message pairs and Chinese text, and the seed files; and no message that
mixes the two languages on one line ("名称 / name")."""

from __future__ import annotations

import ast
import functools
import importlib
import json
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import station_desk
from station_desk import errors
from station_desk.domain import audit, roles

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "station_desk"
GLOSSARY = json.loads((ROOT / "seeds" / "glossary.json").read_text(encoding="utf-8"))
CJK = re.compile(r"[\u3400-\u9fff]")
MIXED = re.compile(r"[\u3400-\u9fff）] / [A-Za-z]")


def _ts_texts(locale: str) -> Iterator[tuple[str, str]]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"station_desk_{locale}.ts")
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            for text in forms:
                yield f"{locale}.ts [{name}]: {text}", text
            if locale == "en":
                source = message.findtext("source") or ""
                yield f"source [{name}]: {source}", source


def _python_chinese() -> Iterator[tuple[str, str]]:
    """Every string constant in the program with Chinese in it, docstrings aside (those are
    for developers, never shown)."""
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                                    | ast.AsyncFunctionDef)
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in docstrings and CJK.search(node.value):
                yield f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}", node.value


def _pairs() -> Iterator[tuple[str, str, str]]:
    """(where, zh, en) for the zh/en pairs every module registers: error messages, audit
    actions, permissions."""
    for info in pkgutil.walk_packages(station_desk.__path__, "station_desk."):
        if not any(part in info.name for part in (".ui", ".bench", "__main__", "app_main")):
            importlib.import_module(info.name)
    for name, table in (("errors", errors.MESSAGES), ("audit", audit.ACTIONS),
                        ("permissions", roles.PERMISSION_LABELS)):
        for code, (zh, en) in table.items():
            yield f"{name}:{code}", zh, en


def _seed_strings() -> Iterator[tuple[str, str]]:
    """Strings of the seed data files the screens and papers show (the station's own regime
    documents are its to word, and are left out)."""
    def walk(value: object, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, dict):
            for key, item in value.items():
                if not str(key).startswith("_"):
                    yield from walk(item, where)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item, where)
    for path in sorted((ROOT / "seeds").rglob("*.json")):
        if path.name != "glossary.json":
            data = json.loads(path.read_text(encoding="utf-8"))
            yield from walk(data, str(path.relative_to(ROOT)))


@functools.cache
def zh_texts() -> list[tuple[str, str]]:
    pairs = [(where, zh) for where, zh, _en in _pairs()]
    found = [*_ts_texts("zh_CN"), *_python_chinese(), *pairs, *_seed_strings()]
    return [(where, text) for where, text in found
            if not any(where.startswith(path) for path in GLOSSARY["allowed_in"])]


@functools.cache
def en_texts() -> list[tuple[str, str]]:
    pairs = [(where, en) for where, _zh, en in _pairs()]
    seeds = [(w, t) for w, t in _seed_strings() if not CJK.search(t)]
    return [*_ts_texts("en"), *pairs, *seeds]


CONCEPTS = sorted(GLOSSARY["concepts"])


@pytest.mark.parametrize("concept", CONCEPTS)
def test_one_term_per_concept(concept: str) -> None:
    entry = GLOSSARY["concepts"][concept]
    found = [f"{where!r} uses {bad!r} for {entry['zh']!r}"
             for where, text in zh_texts() for bad in entry["forbidden_zh"] if bad in text]
    found += [f"{where!r} uses {bad!r} for {entry['en']!r}"
              for where, text in en_texts() for bad in entry["forbidden_en"]
              if bad in text]
    assert found == []


def test_the_glossary_terms_are_in_use() -> None:
    """A term nobody uses is a glossary gone stale."""
    zh = "\n".join(text for _w, text in zh_texts())
    en = "\n".join(text for _w, text in en_texts()).lower()  # "Follow-up" at a start
    for concept, entry in GLOSSARY["concepts"].items():
        assert entry["zh"] in zh, concept
        assert entry["en"].lower() in en, concept


def test_no_message_mixes_the_two_languages() -> None:
    """A detail or name given to a message is a (zh, en) pair, never "名称 / name"."""
    found = [where for where, text in [*_python_chinese(), *_ts_texts("zh_CN"),
                                       *[(w, zh) for w, zh, _en in _pairs()]]
             if MIXED.search(text) and "station_desk/cli/" not in where
             and "selftest" not in where]
    assert found == []
