"""Checking one package: zip safety, schema, signature, hashes, then its content.

Order matters. The zip is checked before anything is read; the manifest's format version
before its schema (a newer package gets "please upgrade", not a list of schema errors); the
station and its key before the signature; the signature before the hashes it vouches for;
the hashes before any table is parsed. Each failure is a `StationDeskError` whose code and
message (Chinese by default) become the per-file reason in the union's report.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station_desk.errors import StationDeskError, register_messages
from station_desk.export import schema
from station_desk.export.keys import verify as verify_signature
from station_desk.export.package import (
    MANIFEST,
    PACKAGE_FORMAT,
    SCHEMA_VERSION,
    SIGNATURE,
    SUMMARY,
    TABLES,
)
from station_desk.export.union.registry import Registry
from station_desk.export.union.safezip import DEFAULT_LIMITS, Limits, read_zip
from station_desk.i18n import N_

register_messages({
    "pkg_unreadable": N_("errors", "Cannot read the file: {detail}"),
    "pkg_too_large": N_(
        "errors", "File too large ({size} bytes, limit {limit}); not a statistics package."),
    "pkg_not_zip": N_(
        "errors", "Incomplete or not a valid zip package (truncated or damaged in transit): "
        "{detail}"),
    "pkg_unsafe_name": N_(
        "errors", "The package holds an unsafe path '{name}' (pointing outside the folder); "
        "refused."),
    "pkg_bomb": N_("errors", "The package expands too much or too fast (zip bomb?): {name}"),
    "pkg_unexpected_member": N_("errors", "The package holds a file that does not belong: {name}"),
    "pkg_missing_member": N_("errors", "The package lacks a file: {name}"),
    "pkg_manifest_invalid": N_("errors", "manifest.json does not match the format: {detail}"),
    "pkg_newer_schema": N_(
        "errors", "Package format {found} is newer than this program supports ({supported}); "
        "upgrade."),
    "pkg_unsigned": N_(
        "errors", "The package is not signed (no signature.sig); its origin cannot be checked."),
    "pkg_unknown_station": N_("errors", "Station {station} has no registered key; cannot verify."),
    "pkg_bad_signature": N_(
        "errors", "The signature does not match station {station}'s registered key: the "
        "manifest was changed after signing, or another key signed it."),
    "pkg_hash_mismatch": N_(
        "errors", "{name} does not match its SHA-256 in the manifest: the package was changed "
        "after signing."),
    "pkg_tables_invalid": N_("errors", "tables.json does not match the format: {detail}"),
    "pkg_inconsistent": N_("errors", "The package contradicts itself: {detail}"),
    "pkg_wrong_period": N_(
        "errors", "The package covers {found}, not {expected}, the period being merged."),
    "pkg_duplicate": N_(
        "errors", "Duplicate of {other}: only the newest {period} package of station {station} "
        "is used."),
})

_CSV = re.compile(r"^tables/[a-z][a-z0-9_]{0,47}\.csv$")


def allowed_member(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE, TABLES, SUMMARY) or bool(_CSV.match(name))


@dataclass
class Checked:
    """One input file and what became of it."""

    path: Path
    error: StationDeskError | None = None
    manifest: dict[str, Any] = field(default_factory=dict)
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    digest: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def station_code(self) -> str:
        return str(self.manifest.get("station", {}).get("code", ""))

    @property
    def period(self) -> str:
        return str(self.manifest.get("period", ""))

    def reason(self, lang: str = "zh") -> str:
        return "" if self.error is None else self.error.message(lang)


def _json(data: bytes, code: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StationDeskError(code, detail=str(exc)[:120]) from None


def check_package(path: Path, registry: Registry, *, limits: Limits = DEFAULT_LIMITS
                  ) -> Checked:
    checked = Checked(Path(path))
    try:
        _check(checked, registry, limits)
    except StationDeskError as exc:
        checked.error = exc
        checked.tables = {}
    return checked


def _check(checked: Checked, registry: Registry, limits: Limits) -> None:
    members = read_zip(checked.path, allowed_member, limits)
    if MANIFEST not in members:
        raise StationDeskError("pkg_missing_member", name=MANIFEST)
    raw = members[MANIFEST]
    doc = _json(raw, "pkg_manifest_invalid")
    if not isinstance(doc, dict) or doc.get("format") != PACKAGE_FORMAT:
        raise StationDeskError("pkg_manifest_invalid", detail="format")
    version = doc.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        raise StationDeskError("pkg_newer_schema", found=version, supported=SCHEMA_VERSION)
    found = schema.problems(doc, "manifest")
    if found:
        raise StationDeskError("pkg_manifest_invalid", detail="; ".join(found))
    checked.manifest = doc
    code = doc["station"]["code"]
    station = registry.get(code)
    if SIGNATURE not in members:
        raise StationDeskError("pkg_unsigned")
    if station is None:
        raise StationDeskError("pkg_unknown_station", station=code)
    try:
        signature = base64.b64decode(members[SIGNATURE].strip(), validate=True)
    except (binascii.Error, ValueError):
        raise StationDeskError("pkg_bad_signature", station=code) from None
    if not verify_signature(station.raw_key, signature, raw):
        raise StationDeskError("pkg_bad_signature", station=code)
    listed = {f["path"]: f for f in doc["files"]}
    for name in members:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            raise StationDeskError("pkg_unexpected_member", name=name)
    for name, entry in listed.items():
        if name not in members:
            raise StationDeskError("pkg_missing_member", name=name)
        data = members[name]
        if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
            raise StationDeskError("pkg_hash_mismatch", name=name)
    if TABLES not in listed:
        raise StationDeskError("pkg_missing_member", name=TABLES)
    _check_tables(checked, _json(members[TABLES], "pkg_tables_invalid"), doc)
    checked.digest = hashlib.sha256(raw).hexdigest()


def _check_tables(checked: Checked, tables: Any, manifest: dict[str, Any]) -> None:
    found = schema.problems(tables, "tables")
    if found:
        raise StationDeskError("pkg_tables_invalid", detail="; ".join(found))
    for key, want in (("station_code", manifest["station"]["code"]),
                      ("period", manifest["period"]), ("k", manifest["k"])):
        if tables[key] != want:
            raise StationDeskError("pkg_inconsistent", detail=f"tables.json {key}")
    by_id = {t["id"]: t for t in tables["tables"]}
    if len(by_id) != len(tables["tables"]) or list(by_id) != manifest["tables"]:
        raise StationDeskError("pkg_inconsistent", detail="table list")
    for table in by_id.values():
        problems = schema.table_problems(table)
        if problems:
            raise StationDeskError("pkg_tables_invalid", detail="; ".join(problems))
        if f"tables/{table['id']}.csv" not in manifest_paths(manifest):
            raise StationDeskError("pkg_missing_member", name=f"tables/{table['id']}.csv")
    checked.tables = by_id


def manifest_paths(manifest: dict[str, Any]) -> set[str]:
    return {f["path"] for f in manifest["files"]}


def settle(results: list[Checked], period: str) -> None:
    """Batch rules: the period must match, and a station counts once (its newest package)."""
    best: dict[str, Checked] = {}
    for item in results:
        if not item.ok:
            continue
        if item.period != period:
            item.error = StationDeskError("pkg_wrong_period", found=item.period, expected=period)
            continue
        other = best.get(item.station_code)
        if other is None:
            best[item.station_code] = item
            continue
        newer, older = (item, other) if (item.manifest["created_at"], str(item.path)) > (
            other.manifest["created_at"], str(other.path)) else (other, item)
        older.error = StationDeskError("pkg_duplicate", other=newer.path.name,
                                       station=item.station_code, period=period)
        best[item.station_code] = newer
    for item in results:
        if not item.ok:
            item.tables = {}


def choose_period(results: list[Checked]) -> str | None:
    """Without --period: the period most valid packages share (the latest on a tie)."""
    counts: dict[str, int] = {}
    for item in results:
        if item.ok:
            counts[item.period] = counts.get(item.period, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], p))
