"""Ordered schema migrations; `PRAGMA user_version` records how far a vault has come.

A migration is a numbered SQL file in `schema/` (`v003_name.sql`, …) for `station.db`, and in
`schema/clinical/` for `clinical.db`; each file counts its own versions. Each runs inside one
transaction together with the version bump, so a database is always at exactly one version.
The step from station v5 to v6, which moves the clinical tables out into their own file, also
needs keys and slots and is driven by `storage/vault.py` (`split_compartments`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from station_desk.errors import StationDeskError
from station_desk.storage.database import Database, DatabaseError, translate_error

_NAME = re.compile(r"^v(\d{3})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


STATION = "station"
CLINICAL = "clinical"
_FOLDERS = {STATION: ("schema",), CLINICAL: ("schema", "clinical")}


def all_migrations(compartment: str = STATION) -> list[Migration]:
    folder = resources.files("station_desk.storage")
    for part in _FOLDERS[compartment]:
        folder = folder / part
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("schema migrations must be numbered 1..n without gaps")
    return found


def latest_version(compartment: str = STATION) -> int:
    return len(all_migrations(compartment))


def current_version(db: Database) -> int:
    return int(db.scalar("PRAGMA user_version"))


def migrate(db: Database, target: int | None = None, *,
            compartment: str = STATION) -> list[int]:
    """Bring the schema to `target` (default: latest); returns the versions applied.
    `db` is a connection whose main database is the compartment's file."""
    migrations = all_migrations(compartment)
    target = len(migrations) if target is None else target
    found = current_version(db)
    if found > len(migrations):
        raise StationDeskError("db_newer", found=found, supported=len(migrations))
    applied = []
    for migration in migrations[found:target]:
        try:
            # executescript would commit on its own; run statement by statement inside BEGIN.
            with db.transaction():
                for statement in split_statements(migration.sql):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {migration.version:d}")
        except DatabaseError as exc:
            raise translate_error(exc, db.path) from exc
        applied.append(migration.version)
    return applied


def split_statements(script: str) -> list[str]:
    """Split on `;` at statement ends, keeping trigger bodies (BEGIN … END;) whole."""
    import sqlcipher3

    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlcipher3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
