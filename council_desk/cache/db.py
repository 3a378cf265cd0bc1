"""Opening a SQLCipher cache safely: raw key, self-test of every safety setting, wrong key vs corrupt file.

A database that fails to open is never recreated in place: SQLite would happily turn a zero-length or missing
file into a fresh, empty database, which is how a cache silently loses unsent work or ends up unencrypted.
A new cache is created only when no file of it exists at all.
"""

from __future__ import annotations

import contextlib
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from council_desk.cache import keys
from council_desk.cache.errors import CacheSelfTestFailed, CacheUnwritable, CorruptCache, WrongKey
from council_desk.cache.paths import private_file

__all__ = [
    "INTEGRITY_CHECK_ON_OPEN_MAX_BYTES",
    "Connection",
    "DatabaseError",
    "cipher_integrity_check",
    "count_unsent_at_risk",
    "open_connection",
    "self_test",
]

log = logging.getLogger("council_desk.cache.db")

if TYPE_CHECKING:
    # sqlcipher3 ships no type stubs; its Connection has exactly the stdlib sqlite3 API.
    from sqlite3 import Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError

# Below this size every page's HMAC is checked at open (tens of ms); above, `verify` does it on demand and a bad
# page is still caught by its HMAC the moment it is read.
INTEGRITY_CHECK_ON_OPEN_MAX_BYTES = 16 * 1024 * 1024

# SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN (primary codes).
_UNWRITABLE_CODES = (8, 10, 13, 14)


def _apply_key(conn: Connection, key: bytes) -> None:
    if len(key) != keys.KEY_BYTES:
        raise ValueError("cache key must be 32 bytes")
    # A raw key skips PBKDF2 (0.4 ms open instead of ~77 ms); the key is already random or scrypt-derived.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def _pragma(conn: Connection, name: str) -> Any:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return None if row is None else row[0]


def self_test(conn: Connection) -> None:
    """Set and read back every safety setting; raise CacheSelfTestFailed if any is not in force."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")  # a saved follow-up survives a power cut, not only a crash
    conn.execute("PRAGMA cache_size = -16000")  # 16 MB: FTS merges during a big sync stay in memory
    mode = _pragma(conn, "journal_mode = WAL")
    version = str(_pragma(conn, "cipher_version") or "")
    match = re.match(r"(\d+)\.", version)
    problems: list[str] = []
    if not match or int(match.group(1)) < 4:
        problems.append("cipher_version")
    if _pragma(conn, "secure_delete") != 1:
        problems.append("secure_delete")
    if _pragma(conn, "temp_store") != 2:
        problems.append("temp_store")
    if str(mode).lower() != "wal" or str(_pragma(conn, "journal_mode")).lower() != "wal":
        problems.append("journal_mode")
    if _pragma(conn, "foreign_keys") != 1:
        problems.append("foreign_keys")
    if problems:
        log.error("cache self-test failed: %s", ",".join(problems))
        raise CacheSelfTestFailed()


def cipher_integrity_check(conn: Connection) -> list[str]:
    """SQLCipher's per-page HMAC check over the whole file; an empty list means every page is intact."""
    return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def _files_exist(path: Path) -> bool:
    return any(p.exists() for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")))


def open_connection(
    path: Path, key: bytes, *, create: bool = False, fingerprint_path: Path | None = None
) -> Connection:
    """Open (or, with `create=True` and no file present at all, create) the cache with `key`, self-tested.

    Raises WrongKey (fingerprint mismatch, or the key fails and no fingerprint confirms it), CorruptCache (the
    fingerprint matches but the file does not open or a page fails its HMAC) or CacheSelfTestFailed.
    """
    fp_path = fingerprint_path or path.with_name(keys.FINGERPRINT_FILE)
    exists = _files_exist(path)
    if not exists and not create:
        raise FileNotFoundError(str(path))
    stored_fp = keys.read_fingerprint(fp_path) if exists else None
    fp_ok = stored_fp is not None and stored_fp == keys.fingerprint(key)

    def fail(kind: type[WrongKey] | type[CorruptCache]) -> WrongKey | CorruptCache:
        err = kind()
        err.path = path
        return err

    if exists:
        if stored_fp is not None and not fp_ok:
            raise fail(WrongKey)
        if not path.exists() or path.stat().st_size == 0:
            # Zero-length or only a stray -wal/-shm: SQLite would start a new empty database here.
            raise fail(CorruptCache if fp_ok else WrongKey)
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        _apply_key(conn, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self_test(conn)
            if (
                exists
                and path.stat().st_size <= INTEGRITY_CHECK_ON_OPEN_MAX_BYTES
                and cipher_integrity_check(conn)
            ):
                raise fail(CorruptCache if fp_ok or stored_fp is None else WrongKey)
        except sqlcipher3.DatabaseError as exc:
            if (int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF) in _UNWRITABLE_CODES:
                # A folder we cannot write (or a full disk) says nothing about the key or the file's health.
                unwritable = CacheUnwritable()
                unwritable.path = path
                raise unwritable from None
            # "file is not a database": either the key is wrong or the first page is damaged. The fingerprint
            # decides; with no fingerprint we cannot prove damage and must not claim it.
            raise fail(CorruptCache if fp_ok else WrongKey) from None
    except BaseException:
        conn.close()
        raise
    if not exists:
        keys.write_fingerprint(fp_path, key)
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), fp_path):
        private_file(p)
    return conn


def count_unsent_at_risk(path: Path, key: bytes | None) -> int | None:
    """How many unsent outbox items a cache that cannot be used holds; None ("unknown") without the right key
    or when the outbox itself cannot be read. Read-only: never changes the file."""
    if key is None or not path.exists():
        return None
    fp = keys.read_fingerprint(path.with_name(keys.FINGERPRINT_FILE))
    if fp is not None and fp != keys.fingerprint(key):
        return None
    try:
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    except sqlcipher3.Error:
        return None
    try:
        _apply_key(conn, key)
        row = conn.execute("SELECT count(*) FROM outbox").fetchone()
        return int(row[0])
    except sqlcipher3.Error:
        return None
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()
