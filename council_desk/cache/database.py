"""The cache's database: one SQLCipher connection behind one lock, its transactions (with a bulk load's grouped
commits of feed pages), its `meta` table, and SQLite's errors mapped to the cache's known ones.

Every other module of the cache works through a `Database`: a caseworker's write is one `transaction()` (durable:
synchronous=FULL), a feed page one `page_transaction()` (with its cursor; synchronous=NORMAL), a read one
`reading()`. A write that cannot be stored (disk full, read-only folder, I/O error) raises `NotSaved` with the
transaction rolled back, so the caseworker is told it was not saved.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import sqlcipher3

from council_desk.cache import bulk
from council_desk.cache.db import Connection, cipher_integrity_check, open_connection
from council_desk.cache.errors import CorruptCache, StoreClosed, UnstorableRecord, not_saved
from council_desk.cache.schema import migrate, schema_version
from council_desk.domain.errors import KnownError

__all__ = [
    "HOLD_PAGES_S",
    "PAGES_PER_COMMIT",
    "Database",
    "iso",
    "map_error",
    "meta_time",
    "now",
    "raise_time",
    "set_meta",
    "utc_ts",
]

# A bulk load's feed pages share a transaction: committed after this many pages, or this long (page_transaction).
PAGES_PER_COMMIT = 5
HOLD_PAGES_S = 1.0

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = (
    8,
    10,
    11,
    13,
    14,
    26,
)


def iso(value: dt.datetime | dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def utc_ts(value: dt.datetime) -> float:
    return value.timestamp()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def map_error(exc: BaseException, path: Path) -> BaseException:
    """SQLite's error as the cache's known one where there is one (the exception itself otherwise)."""
    code = int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc).lower()
    # Match SQLite's own wording only: other messages may contain "full" (FTS5: "...(detail!=full)").
    if code == _SQLITE_FULL or "database or disk is full" in text:
        return not_saved("the disk is full", code="not_saved_disk_full")
    if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or "readonly" in text or "read-only" in text:
        return not_saved("the cache folder cannot be written", code="not_saved_read_only")
    if code == _SQLITE_IOERR or "disk i/o" in text:
        return not_saved("a disk error", code="not_saved_disk_error")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        err = CorruptCache()
        err.path = path
        return err
    return exc


def set_meta(conn: Connection, name: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


def meta_time(conn: Connection, name: str) -> dt.datetime | None:
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    try:
        return dt.datetime.fromisoformat(row[0])
    except ValueError:
        return None


def raise_time(conn: Connection, name: str, value: dt.datetime) -> None:
    """Keep the later of the time held under `name` and `value`."""
    held = meta_time(conn, name)
    if held is None or held < value:
        set_meta(conn, name, value.astimezone(dt.UTC).isoformat())


def _complete_bulk_load(conn: Connection) -> None:
    """At open: a process killed during a bulk load left the indexes down; put them back before anything else."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
    if has_meta is None:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        bulk.complete(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class Database:
    """One open cache file. Thread-safe by serialisation: one lock around the one connection."""

    def __init__(self, conn: Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()
        self.closed = False
        # A bulk load (cache/bulk.py) under way in this process; one left by a killed process is completed at
        # open, so this starts False.
        self.bulk = False
        # Feed pages of a bulk load applied in a write transaction not committed yet, and when it began
        # (see `page_transaction`).
        self._held_pages = 0
        self._held_since = 0.0

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = True) -> Database:
        """Open the cache at `path` with `key` (self-tested, migrated). A new file is created only when no file
        of this cache exists at all; otherwise WrongKey / CorruptCache / CacheSelfTestFailed are raised and
        nothing is changed."""
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        conn = open_connection(path, key, create=create)
        try:
            _complete_bulk_load(conn)  # before migrating: the dropped objects are this version's own
            migrate(conn)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise map_error(exc, path) from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        with self.lock:
            if self.closed:
                return
            with contextlib.suppress(KnownError, sqlcipher3.Error):  # not saved: fetched again next time
                self.commit_held_pages()
            self.closed = True
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()

    # ----------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); rolled back on any error. Storage failures become
        NotSaved, damaged pages CorruptCache.

        `durable=False` (pages of the sync feed only) commits with synchronous=NORMAL: still atomic and safe
        against a crash or kill, but a power cut may lose the last pages — which, with their cursor, are simply
        fetched again. The caseworker's own writes and the audit log always commit with synchronous=FULL.
        """
        with self.lock:
            if self.closed:
                raise StoreClosed()
            self.commit_held_pages()  # feed pages first: this transaction must not carry them
            self._begin(durable)
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self._roll_back(exc)
            finally:
                self._end(durable)

    @contextlib.contextmanager
    def page_transaction(self) -> Iterator[Connection]:
        """A feed page's transaction. During a bulk load, several pages share one: it is committed after
        `PAGES_PER_COMMIT` pages or `HOLD_PAGES_S` seconds, and before anything else writes, checkpoints or
        closes. Each commit then covers whole pages and the cursor of the last one, so a kill still leaves
        every page with its cursor or neither (the uncommitted pages are fetched again). Why: a commit writes
        every page it dirtied to the WAL, encrypted, and each feed page dirties most of the primary-key index
        again; grouping them halved the WAL of a 100k first sync (178 → 92 MB) and its time in COMMIT."""
        with self.lock:
            if self.closed:
                raise StoreClosed()
            if not self.bulk:
                with self.transaction(durable=False) as conn:
                    yield conn
                return
            if self._held_pages == 0:
                self._begin(durable=False)
                self._held_since = time.monotonic()
            try:
                yield self.conn
            except BaseException as exc:
                self._held_pages = 0
                try:
                    self._roll_back(exc)  # the held pages go with it, and their cursor: fetched again
                finally:
                    self._end(durable=False)
            self._held_pages += 1
            if self._held_pages >= PAGES_PER_COMMIT or time.monotonic() - self._held_since >= HOLD_PAGES_S:
                self.commit_held_pages()

    def commit_held_pages(self) -> None:
        """Commit the feed pages a bulk load holds in an open transaction (under the lock)."""
        if self._held_pages == 0:
            return
        self._held_pages = 0
        try:
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._roll_back(exc)
        finally:
            self._end(durable=False)

    def _begin(self, durable: bool) -> None:
        try:
            if not durable:
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise map_error(exc, self.path) from None

    def _roll_back(self, exc: BaseException) -> NoReturn:
        """Roll the open transaction back and raise `exc` as the cache's own error where it has one."""
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.Error):
            raise map_error(exc, self.path) from None
        if isinstance(exc, UnicodeEncodeError):
            raise UnstorableRecord("text that cannot be stored exactly (e.g. a lone surrogate)") from None
        raise exc

    def _end(self, durable: bool) -> None:
        if not durable:
            with contextlib.suppress(sqlcipher3.Error):
                self.conn.execute("PRAGMA synchronous = FULL")

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """Serialised read access; a page failing its HMAC becomes CorruptCache."""
        with self.lock:
            if self.closed:
                raise StoreClosed()
            try:
                yield self.conn
            except sqlcipher3.Error as exc:
                raise map_error(exc, self.path) from None

    # ----------------------------------------------------------------- meta, upkeep
    def get_meta(self, name: str) -> str | None:
        with self.reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, name: str, value: str) -> None:
        with self.transaction() as conn:
            set_meta(conn, name, value)

    def schema_version(self) -> int:
        with self.reading() as conn:
            return schema_version(conn)

    def verify(self) -> list[str]:
        """SQLCipher's page HMAC check over the whole file (empty list = intact)."""
        with self.reading() as conn:
            return cipher_integrity_check(conn)

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it (after purges, so old pages do not linger)."""
        with self.reading() as conn:
            self.commit_held_pages()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def quiet_checkpoint(self) -> None:
        # Best effort: a reader holding the WAL only delays it; secure_delete already zeroed the freed pages.
        with contextlib.suppress(KnownError, sqlcipher3.Error):
            self.checkpoint()

    def set_bulk(self, on: bool) -> None:
        """Note whether a bulk load runs in this process. While it does, the WAL is not copied back into the
        database every 4 MB: each of those checkpoints waits for two fsyncs, ~3 s of a 100k first sync on this
        disk. It is copied once, when the bulk load ends. Until then the WAL holds the pages just as safely: a
        kill loses nothing committed, and a power cut can lose only feed pages not yet synced to disk, together
        with their cursor, so they are fetched again (the caseworker's own writes still commit with fsync)."""
        if on == self.bulk:
            return
        self.bulk = on
        with self.lock:
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {0 if on else 1000}")
        if not on:
            self.quiet_checkpoint()
