"""The package format's JSON Schema (`package-schema.json`, shipped inside the package
so the frozen app has it too) and the checks a schema cannot express.

The schema is written for draft 2020-12 (the tests check it, and every package, with the
reference `jsonschema` validator). At run time the union validates with `fastjsonschema`,
which compiles the schema to Python: 0.7 ms a package instead of 17 ms, the difference
between a 500-package merge in seconds and in half a minute. The local `$ref`s are inlined
first, after which the schema uses only keywords that mean the same in draft 7, the newest
draft fastjsonschema knows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema

from station_desk.export.tables import SUPPRESSED, TOTAL

SCHEMA_FILE = "package-schema.json"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("station_desk.export").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    """The schema with every local `$ref` replaced by its target (the schema has no cycles).
    Resolving references is most of jsonschema's time; a merge of 500 packages validates
    some 10,000 documents."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            merged = {**_inline(defs[ref.removeprefix("#/$defs/")], defs)}
            merged.update({k: _inline(v, defs) for k, v in node.items() if k != "$ref"})
            return merged
        return {k: _inline(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


DRAFT7 = "http://json-schema.org/draft-07/schema#"


def part_schema(part: str) -> dict[str, Any]:
    """`$defs/<part>` with its references inlined, as a stand-alone schema."""
    root = schema()
    return {"$schema": DRAFT7, **_inline(root["$defs"][part], root["$defs"])}


@cache
def _validator(part: str) -> Callable[[Any], Any]:
    return fastjsonschema.compile(part_schema(part))


def problems(doc: Any, part: str) -> list[str]:
    """The first violation of `doc` against `$defs/<part>` ("manifest" or "tables") as a
    short line naming where it is; empty when valid."""
    try:
        _validator(part)(doc)
    except fastjsonschema.JsonSchemaValueException as exc:
        return [exc.message[:200]]
    return []


def table_problems(table: dict[str, Any]) -> list[str]:
    """Row shapes and cell kinds: counts are whole numbers >= 0 or the suppression symbol."""
    out: list[str] = []
    columns = table["columns"]
    nkeys = len(table["keys"])
    kinds = [c["kind"] for c in columns]
    if kinds[:nkeys] != ["code"] * nkeys or kinds[nkeys:nkeys + 2] != ["label", "label"]:
        out.append(f"{table['id']}: column layout")
    for i, row in enumerate(table["rows"]):
        if len(row) != len(columns):
            out.append(f"{table['id']} row {i}: {len(row)} cells for {len(columns)} columns")
            continue
        for value, kind in zip(row, kinds, strict=True):
            if not _cell_ok(value, kind):
                out.append(f"{table['id']} row {i}: bad {kind} {str(value)[:20]!r}")
                break
    return out[:5]


def _cell_ok(value: Any, kind: str) -> bool:
    if kind == "code":
        return isinstance(value, str) and (value == TOTAL or (
            value[:1].isascii() and value[:1].isalnum() and value.isascii()
            and all(ch.isalnum() or ch in "_-" for ch in value) and value == value.lower()))
    if kind in ("label", "text"):
        return isinstance(value, str)
    if kind == "count":
        return value in (SUPPRESSED, "") or (isinstance(value, int) and not isinstance(
            value, bool) and value >= 0)
    if kind == "number":
        return value in (SUPPRESSED, "") or (isinstance(value, int | float) and not isinstance(
            value, bool) and value >= 0)
    return False
