"""The package format's JSON Schema (`package-schema.json`, shipped inside the package
so the frozen app has it too) and the checks a schema cannot express."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

from station_desk.export.tables import SUPPRESSED, TOTAL

SCHEMA_FILE = "package-schema.json"


@cache
def schema() -> dict[str, Any]:
    text = resources.files("station_desk.export").joinpath(SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def _validator(part: str) -> Draft202012Validator:
    root = schema()
    sub = {"$schema": root["$schema"], "$defs": root["$defs"], "$ref": f"#/$defs/{part}"}
    return Draft202012Validator(sub)


def problems(doc: Any, part: str) -> list[str]:
    """Schema violations of `doc` against `$defs/<part>` ("manifest" or "tables"), as
    short "where: what" lines; empty when valid."""
    errors = sorted(_validator(part).iter_errors(doc), key=lambda e: list(e.absolute_path))
    out = []
    for err in errors[:5]:
        where = "/".join(str(p) for p in err.absolute_path) or "(top)"
        out.append(f"{where}: {err.message[:160]}")
    return out


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
