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
- `optimize=0x10002` after a connection's first commit: query-planner statistics for tables
  never analysed or grown a lot since (bounded by `analysis_limit`). Without them SQLite
  guesses, and at station scale it guessed badly: a page of 200 search hits fetched by scanning
  all of a counsellor's sessions, 300 ms instead of 1 ms (docs/benchmarks/README.md). Not at
  open: a vault that is refused (damaged, newer) must be left byte for byte as it was, and the
  first commit (the sign-in's audit entry) comes only after every check passed. The first time
  on a large vault never analysed costs about half a second; after that under a millisecond.

Checkpointing: a PASSIVE checkpoint after every write transaction, TRUNCATE when a connection
that wrote closes. Committed work is safe in the WAL, but only as long as the WAL is intact: a
damaged WAL header makes SQLite ignore the whole file, a damaged frame drops that frame and
everything after it. Left to the default (1000 pages), a WAL holds minutes to hours of a
station's work that one bad sector or a careless copy would lose. Copied into the main file at
once, a damaged WAL can cost at most the transaction in flight. PASSIVE never waits for or
blocks readers (it copies what no reader still needs; the rest goes at the next commit), and it
costs one more write and fsync of the changed pages, which the WAL would have needed later
anyway. Measured on the 2-core CI machine: 0.3 ms commit alone, 0.8 ms with the checkpoint,
1.1 ms with the audit anchor too (200 small commits); `station-desk bench --clients 10000
--sessions 100000` saw "save and sign" first use after unlock go from 9-10 ms to 13-16 ms, and
no encrypted/plain ratio moved beyond the run-to-run noise (both sides checkpoint).
TRUNCATE at close leaves no WAL behind, so a vault folder at rest is one self-contained file.

After each commit that changed rows, `commit_hooks` run: the audit trail anchors its head
outside the database there (storage/anchor.py), after the commit is on disk, never before.

The clinical compartment (`clinical.db`, see `storage/vault.py`) is ATTACHed to the same
connection as schema `clinical`, with its own raw key and the same per-database settings
(WAL, synchronous=FULL, secure_delete, the page cache); the connection-wide ones (temp_store,
foreign_keys, busy_timeout) already cover it. Queries name tables without a schema: table
names are unique across the two files, and SQLite finds each in the file that holds it.

One connection, two threads: the app runs its database work on one worker thread
(ui/operations.py) while a few reads still come from the UI thread (a lazy list fetching the
rows scrolled into view). `Database.lock` is held around every statement and around each
whole outermost transaction, so a read from the other thread waits for a transaction to end
instead of seeing, or joining, its uncommitted writes (SQLite counts everything on one
connection as one transaction). Re-entrant: a transaction's own statements take it again.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from station_desk.errors import StationDeskError
from station_desk.storage.private import create_private_file

DatabaseError = sqlcipher3.DatabaseError
CACHE_KIB = 65536

CLINICAL = "clinical"  # the schema name the clinical compartment is attached as
# Per database file: run for `main` and again for the attached clinical compartment.
FILE_PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "secure_delete = ON",
    f"cache_size = -{CACHE_KIB}",
)
# Per connection.
CONNECTION_PRAGMAS = (
    "temp_store = MEMORY",
    "foreign_keys = ON",
    "busy_timeout = 5000",
)
PRAGMAS = tuple(f"PRAGMA {p}" for p in FILE_PRAGMAS + CONNECTION_PRAGMAS)
# Without waiting for a lock: the statistics can wait for the next connection.
OPTIMIZE = ("PRAGMA busy_timeout = 0", "PRAGMA analysis_limit = 1000",
            "PRAGMA optimize = 0x10002", "PRAGMA busy_timeout = 5000")


# SQLITE_CORRUPT and SQLITE_NOTADB: a page failed its HMAC or its b-tree checks.
_CORRUPTION_CODES = (11, 26)


def is_corruption(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, DatabaseError) and code is not None and code & 0xFF in _CORRUPTION_CODES


def _raise_if_corrupt(exc: DatabaseError) -> None:
    """A damaged page can be met by any query long after the vault opened; the user should
    read "the database is damaged", not an internal error."""
    if is_corruption(exc):
        raise StationDeskError("db_corrupt", detail=str(exc)) from exc


_Base = sqlcipher3.Cursor


class _Cursor(sqlcipher3.Cursor):
    """Rows are decrypted as they are fetched, so fetching can meet a damaged page too.
    (Plain try/except and unbound base calls: row-by-row iteration stays as fast as before.)"""

    def __next__(self) -> Any:
        try:
            return _Base.__next__(self)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            raise

    def fetchone(self) -> Any:
        try:
            return _Base.fetchone(self)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            raise

    def fetchmany(self, *args: Any, **kwargs: Any) -> list[Any]:
        try:
            return _Base.fetchmany(self, *args, **kwargs)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            raise

    def fetchall(self) -> list[Any]:
        try:
            return _Base.fetchall(self)
        except DatabaseError as exc:
            _raise_if_corrupt(exc)
            raise


class Database:
    """One connection in autocommit mode; writes go through `transaction()`."""

    def __init__(self, conn: Any, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.clinical_path: Path | None = None  # set while the clinical compartment is attached
        self._statistics_checked = False
        self._wrote = False
        # name -> callable, run after each outermost commit that changed rows. Keyed, so two
        # sessions on one connection register one hook, not two.
        self.commit_hooks: dict[str, Callable[[], None]] = {}
        self.lock = threading.RLock()  # see "One connection, two threads" above
        self.closed = False

    @property
    def has_clinical(self) -> bool:
        return self.clinical_path is not None

    def schemas(self) -> list[str]:
        return ["main", CLINICAL] if self.has_clinical else ["main"]

    def execute(self, sql: str, params: Any = ()) -> Any:
        with self.lock:
            cur = self.conn.cursor(_Cursor)
            try:
                return cur.execute(sql, params)
            except DatabaseError as exc:
                _raise_if_corrupt(exc)
                raise

    def executemany(self, sql: str, rows: Any) -> Any:
        with self.lock:
            cur = self.conn.cursor(_Cursor)
            try:
                return cur.executemany(sql, rows)
            except DatabaseError as exc:
                _raise_if_corrupt(exc)
                raise

    def all(self, sql: str, params: Any = ()) -> list[Any]:
        with self.lock:  # fetched whole before another thread's transaction can begin
            return self.execute(sql, params).fetchall()

    def one(self, sql: str, params: Any = ()) -> Any:
        with self.lock:
            return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with self.lock:
            row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; rolled back whole on any error (disk full included).

        The connection's lock is held throughout (taken before looking at `in_transaction`:
        another thread's open transaction is waited for, never joined)."""
        with self.lock:
            if self.conn.in_transaction:  # nested use joins the outer transaction
                yield self
                return
            yield from self._outermost()

    def _outermost(self) -> Iterator[Database]:
        self.conn.execute("BEGIN IMMEDIATE")
        changes = self.conn.total_changes
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
        if self.conn.total_changes != changes:
            self._after_write()
        if not self._statistics_checked:
            self.refresh_statistics()

    def _after_write(self) -> None:
        """The commit is on disk: anchor it, then move it into the main file (see above)."""
        self._wrote = True
        for hook in list(self.commit_hooks.values()):
            hook()
        self.checkpoint("PASSIVE")

    def checkpoint(self, mode: str) -> None:
        """Never fatal: a checkpoint that cannot run now runs at the next commit."""
        with contextlib.suppress(DatabaseError):
            self.conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()

    @contextlib.contextmanager
    def statistics_deferred(self) -> Iterator[None]:
        """No `OPTIMIZE` after commits in here: work that may still be refused as a whole
        (the split into compartments) must not leave statistics written behind."""
        checked, self._statistics_checked = self._statistics_checked, True
        try:
            yield
        finally:
            self._statistics_checked = checked

    def refresh_statistics(self) -> None:
        """`OPTIMIZE` (see the module docstring); once per connection, never fatal."""
        self._statistics_checked = True
        try:
            for pragma in OPTIMIZE:
                self.conn.execute(pragma).fetchall()
        except DatabaseError:  # read-only or busy: plan without fresh statistics this time
            with contextlib.suppress(DatabaseError):
                self.conn.execute("PRAGMA busy_timeout = 5000")

    def integrity_errors(self) -> list[str]:
        """Pages whose HMAC fails (SQLCipher) and b-tree problems (SQLite), empty if sound.

        A page so damaged that a check cannot run at all is reported, not raised."""
        problems: list[str] = []
        for schema in self.schemas():
            where = "" if schema == "main" else f"{schema}: "
            for pragma in ("cipher_integrity_check", "integrity_check"):
                try:
                    rows = [r[0] for r in
                            self.conn.execute(f"PRAGMA {schema}.{pragma}").fetchall()]
                except DatabaseError as exc:
                    problems.append(f"{where}{pragma}: {exc}")
                    continue
                problems.extend(f"{where}{r}" for r in rows if r != "ok")
        return problems

    def attach_clinical(self, path: Path, key: bytes, *, create: bool = False,
                        plain: bool = False) -> None:
        """ATTACH the clinical compartment with its own key and the same file settings.

        A wrong key, a foreign or damaged file is an error, as for `open_database`. `plain`
        attaches an unencrypted file (the benchmark's twin only)."""
        _check_file(path, create=create, plain=plain)
        try:
            self.conn.execute(f"ATTACH DATABASE ? AS {CLINICAL} KEY ?",
                              (str(path), "" if plain else raw_key_literal(key)))
        except DatabaseError as exc:
            raise translate_error(exc, path) from exc
        try:
            self.conn.execute(f"SELECT count(*) FROM {CLINICAL}.sqlite_master").fetchone()
            for pragma in FILE_PRAGMAS:
                self.conn.execute(f"PRAGMA {CLINICAL}.{pragma}").fetchall()
        except DatabaseError as exc:
            with contextlib.suppress(DatabaseError):
                self.conn.execute(f"DETACH DATABASE {CLINICAL}")
            raise translate_error(exc, path) from exc
        self.clinical_path = path

    def detach_clinical(self) -> None:
        if self.clinical_path is not None:
            self.conn.execute(f"DETACH DATABASE {CLINICAL}")
            self.clinical_path = None

    def close(self) -> None:
        self.closed = True
        with self.lock:
            # Only after writing: a vault that was opened and refused stays as it was found.
            if self._wrote:
                self.checkpoint("TRUNCATE")
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


def rekey_pragma(key: bytes, schema: str = "main") -> str:
    """Re-encrypt every page of one attached database under `key`, in one transaction."""
    return f'PRAGMA {schema}.rekey = "{raw_key_literal(key)}"'


def translate_error(exc: Exception, path: Path) -> StationDeskError:
    text = str(exc).lower()
    if "full" in text:
        return StationDeskError("disk_full")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StationDeskError("readonly", path=str(path.parent))
    return StationDeskError("db_corrupt", detail=str(exc))


def _check_file(path: Path, *, create: bool, plain: bool = False) -> None:
    if not create and not path.exists():
        raise StationDeskError("db_missing", path=str(path))
    if create and path.exists():
        raise StationDeskError("vault_exists", path=str(path.parent))
    if not create and not plain and path.stat().st_size == 0:
        # SQLite would take an empty file for a new database and migrate would fill it:
        # the vault would open empty. A vault's database is never empty; it was cut off.
        raise StationDeskError("db_corrupt", detail="empty file")
    if create:
        # Made 0600 before SQLite sees it: SQLite would create it 0644 (less the umask), and
        # it gives the `-wal` and `-shm` files the database file's own mode.
        try:
            create_private_file(path)
        except OSError as exc:
            raise StationDeskError.from_os_error(exc, str(path.parent)) from exc


def open_database(path: Path, key: bytes, *, create: bool = False,
                  plain: bool = False) -> Database:
    """Open (or with `create`, make) the database; a wrong key or a damaged file is an error.

    `plain` opens an unencrypted SQLite file with the same settings; only the benchmark uses it.
    """
    _check_file(path, create=create, plain=plain)
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlcipher3.Row
    except DatabaseError as exc:
        raise translate_error(exc, path) from exc
    try:
        # SQLCipher logs every failed page HMAC to stderr (hundreds of lines for one damaged
        # page) ahead of our one-line message; what went wrong reaches the user through the
        # error we raise. Process-wide setting, so set before the first page is read.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if not plain:
            conn.execute(key_pragma(key))
        # Reading the schema is the first page decrypt: a wrong key or a foreign file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except DatabaseError as exc:
        conn.close()
        raise translate_error(exc, path) from exc
    return Database(conn, path)
