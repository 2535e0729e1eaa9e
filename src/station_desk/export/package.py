"""Writing the package: a zip with the manifest, tables (JSON + CSV), a PDF and a signature.

Layout (format version `SCHEMA_VERSION`, JSON Schema in `package-schema.json`):

    manifest.json    what the package is, and the SHA-256 of every other file
    signature.sig    base64 Ed25519 signature over the exact bytes of manifest.json
    tables.json      every table, machine-readable
    tables/<id>.csv  every table for Excel (UTF-8 with BOM)
    summary.pdf      every table for people

Zip entries carry the period's first day as their time stamp: the package never holds a
date finer than its month, and the creation time is stated once, in the manifest. The
exporting user's name is nowhere in the package; the audit trail records who exported.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_desk import __version__
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import iso
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.export import keys, schema
from station_desk.export.build import Content
from station_desk.export.releases import Release, Releases
from station_desk.export.summary import summary_pdf
from station_desk.export.tables import SUPPRESSED, to_csv
from station_desk.i18n import N_
from station_desk.storage.atomic import atomic_write

PACKAGE_FORMAT = "station-desk/stat-package"
TABLES_FORMAT = "station-desk/stat-tables"
# 2: tables say whether they are withheld and whether an x may stand for 0; the manifest
# says how the package was protected (issue 17). The union reads 1 and 2.
SCHEMA_VERSION = 2
METHOD = "linked-suppression"
MANIFEST = "manifest.json"
SIGNATURE = "signature.sig"
TABLES = "tables.json"
SUMMARY = "summary.pdf"

register_actions({"export": N_("export", "statistics exported")})
register_messages({
    "export_invalid": N_(
        "errors", "The package failed its own format check and was not written: {detail}. Check "
        "the station name and union code (no / \\ : * ? \" < > |)."),
})


@dataclass(frozen=True)
class Written:
    path: Path
    sha256: str  # of the whole zip
    manifest: dict[str, Any]


def _dump(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def tables_document(content: Content) -> dict[str, Any]:
    return {"format": TABLES_FORMAT, "schema_version": SCHEMA_VERSION,
            "station_code": content.station.code, "period": content.period.code,
            "k": content.k, "suppressed_symbol": SUPPRESSED, "tables": content.tables}


def package_files(content: Content) -> dict[str, bytes]:
    files = {TABLES: _dump(tables_document(content))}
    for table in content.tables:
        files[f"tables/{table['id']}.csv"] = to_csv(table)
    files[SUMMARY] = summary_pdf(content)
    return files


def protection(content: Content) -> dict[str, Any]:
    """How the package was protected, for the union: every printed count is exact; x hides."""
    return {"method": METHOD, "k": content.k, "year": content.period.year,
            "protected_with": list(content.protected_with),
            "first_released": content.first_released,
            "withheld_tables": list(content.tables_withheld),
            "published_counts_exact": True}


def manifest(content: Content, files: dict[str, bytes], *, created_at: str, audit_head: str,
             fingerprint: str) -> dict[str, Any]:
    return {
        "format": PACKAGE_FORMAT,
        "schema_version": SCHEMA_VERSION,
        "station": {"code": content.station.code, "name": content.station.name,
                    "tier": content.station.tier},
        "period": content.period.code,
        "period_kind": content.period.kind,
        "app_version": __version__,
        "created_at": created_at,
        "k": content.k,
        "suppressed_symbol": SUPPRESSED,
        "suppressed_cells": content.suppressed_cells(),
        "protection": protection(content),
        "audit_head": audit_head,
        "key_fingerprint": fingerprint,
        "tables": [t["id"] for t in content.tables],
        "files": [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                  for name, data in files.items()],
    }


def zip_bytes(members: dict[str, bytes], stamp: tuple[int, int, int, int, int, int]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def assemble(content: Content, files: dict[str, bytes], *, created_at: str, audit_head: str,
             fingerprint: str, sign: Callable[[bytes], bytes]) -> tuple[bytes, dict[str, Any]]:
    """The zip: manifest over `files`, the detached signature over the manifest's bytes."""
    doc = manifest(content, files, created_at=created_at, audit_head=audit_head,
                   fingerprint=fingerprint)
    # The union will hold the package to the schema; refuse here what it would refuse there.
    found = schema.problems(doc, "manifest") or schema.problems(
        json.loads(files[TABLES]), "tables")
    if found:
        raise StationDeskError("export_invalid", detail="; ".join(found))
    raw = _dump(doc)
    signature = base64.b64encode(sign(raw)) + b"\n"
    first = content.period.first
    data = zip_bytes({MANIFEST: raw, SIGNATURE: signature, **files},
                     (first.year, first.month, 1, 0, 0, 0))
    return data, doc


def package_bytes(session: Session, content: Content) -> tuple[bytes, dict[str, Any]]:
    return assemble(content, package_files(content), created_at=iso(session.clock()),
                    audit_head=session.audit.head(),
                    fingerprint=keys.station_fingerprint(session),
                    sign=lambda raw: keys.sign(session.db, raw))


def default_name(content: Content) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in content.station.code)
    return f"{safe}_{content.period.code}.zip"


def write_package(session: Session, content: Content, out: Path, *,
                  record: bool = True) -> Written:
    """Sign and write `content` (as previewed) to `out`. The audit entry, the record of what
    was released (`releases`) and the file are kept together: if one fails, none remains.
    `record=False` (the benchmark only) writes the file and the audit entry but does not mark
    the period as released, so the same new export can be timed again."""
    out = Path(out)
    data, doc = package_bytes(session, content)
    digest = hashlib.sha256(data).hexdigest()
    detail = {"period": content.period.code, "k": content.k, "file": out.name,
              "sha256": digest, "tables": doc["tables"],
              "suppressed": {"primary": content.report.primary,
                             "secondary": content.report.secondary,
                             "zeros": content.report.zeros},
              "republished": content.republished}
    written = False
    try:
        with session.db.transaction():
            session.log("export", f"period:{content.period.code}", detail)
            session.audit.remember_checked()  # how far the self-check's check of the trail got
            if content.pending is not None and record:
                _record(session, content, digest)
            atomic_write(out, data)
            written = True
    except BaseException:
        if written:
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    return Written(out, digest, doc)


def _record(session: Session, content: Content, digest: str) -> None:
    store = Releases(session.db)
    pending = content.pending
    assert pending is not None
    year = content.period.year
    if tuple(r.period for r in store.of_year(year)) != pending.seen or \
            store.release(content.period.code) is not None:
        raise StationDeskError("export_stale")
    frozen = store.months(year)
    months = [m for m in pending.months if m.month not in frozen]
    store.record(Release(content.period.code, year, content.k, iso(session.clock()), digest,
                         content.tables, pending.counts), months)
