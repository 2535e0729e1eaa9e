"""Opening the SQLCipher database with a raw key, and the settings every connection gets.

Settings and why:
- `journal_mode=WAL`: readers never block the writer (autosave runs while lists scroll), and
  a killed process loses nothing committed. SQLCipher encrypts WAL frames like main pages.
- `synchronous=FULL`: each commit is flushed to the WAL before it returns, so a power cut
  loses nothing the app reported as saved; the cost is one fsync per save.
- `secure_delete=ON`: deleted rows (drafts, old slots) are overwritten, not left in free pages.
- `temp_store=MEMORY`: sorts and temporary indexes never reach an unencrypted temp file.
- `cache_size=-65536` (64 MiB): decrypted pages stay cached, so repeat reads skip the
  decrypt-and-HMAC cost that is the main difference to plain SQLite.
- `foreign_keys=ON`: records cannot point at a file that is not there.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from station_desk.errors import StationDeskError

DatabaseError = sqlcipher3.DatabaseError
CACHE_KIB = 65536

PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
)


class Database:
    """One connection in autocommit mode; writes go through `transaction()`."""

    def __init__(self, conn: Any, path: Path) -> None:
        self.conn = conn
        self.path = path

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.conn.executemany(sql, rows)

    def one(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Any = ()) -> list[Any]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; rolled back whole on any error (disk full included)."""
        if self.conn.in_transaction:  # nested use joins the outer transaction
            yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except DatabaseError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise translate_error(exc, self.path) from exc

    def integrity_errors(self) -> list[str]:
        """Pages whose HMAC fails (SQLCipher) and b-tree problems (SQLite), empty if sound."""
        problems = [r[0] for r in self.all("PRAGMA cipher_integrity_check")]
        rows = [r[0] for r in self.all("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(rows)
        return problems

    def close(self) -> None:
        with contextlib.suppress(DatabaseError):
            self.conn.close()


def raw_key_literal(key: bytes) -> str:
    """SQLCipher's raw-key form. Only hex of random bytes is ever put into SQL text;
    nothing a user typed goes near it."""
    if len(key) != 32:
        raise ValueError("raw key must be 32 bytes")
    return f"x'{key.hex()}'"


def key_pragma(key: bytes) -> str:
    return f'PRAGMA key = "{raw_key_literal(key)}"'


def translate_error(exc: Exception, path: Path) -> StationDeskError:
    text = str(exc).lower()
    if "full" in text:
        return StationDeskError("disk_full")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StationDeskError("readonly", path=str(path.parent))
    return StationDeskError("db_corrupt", detail=str(exc))


def open_database(path: Path, key: bytes, *, create: bool = False,
                  plain: bool = False) -> Database:
    """Open (or with `create`, make) the database; a wrong key or a damaged file is an error.

    `plain` opens an unencrypted SQLite file with the same settings; only the benchmark uses it.
    """
    if not create and not path.exists():
        raise StationDeskError("db_missing", path=str(path))
    if create and path.exists():
        raise StationDeskError("vault_exists", path=str(path.parent))
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlcipher3.Row
    except DatabaseError as exc:
        raise translate_error(exc, path) from exc
    try:
        if not plain:
            conn.execute(key_pragma(key))
        # Reading the schema is the first page decrypt: a wrong key or a foreign file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except DatabaseError as exc:
        conn.close()
        raise translate_error(exc, path) from exc
    if create and os.name == "posix":
        os.chmod(path, 0o600)
    return Database(conn, path)
