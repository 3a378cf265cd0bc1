"""Bulk load: the first snapshot into an empty cache, without maintaining the list indexes or the search index.

Measured on 100k real-311-derived cases in 1000-case pages (issue 3, budget: initial sync ≤ 10 s and ≤ 3× a bare
SQLCipher insert): maintaining eight list indexes and the FTS5 index page by page made `apply_complaint_page`
6.5× the bare insert (14.6 s). Inserting into the bare table and then building each index once, by sorting, and
the search index with one `rebuild` costs ~5.5 s for the same rows, because a sorted build writes each index
page once instead of touching random pages of eight b-trees for every case.

How it stays safe:
- It starts only when a snapshot begins on a cache with no complaints (the first sign-in, or after a wipe), so
  the search index is empty and no search entry can go stale while its triggers are away.
- `enter()` records the SQL of every object it drops in `meta` in the same transaction as the drop, and
  `complete()` rebuilds the search index and re-creates them all in one transaction, so a kill at any instant
  leaves either the bulk state (recorded, completed at the next open) or the finished schema. The schema
  version does not change: the objects are the current version's own, read back from `sqlite_master`.
- While it lasts, the list still works (no `INDEXED BY`, see queries.list_ids) and text search reads the rows
  directly (queries: `bulk=True`), only more slowly.
"""

from __future__ import annotations

import json

from council_desk.cache.db import Connection
from council_desk.cache.schema_casework import LAZY_INDEXES

__all__ = ["BUILD_CACHE_MAX_KIB", "META_NAME", "active", "build_cache_kib", "complete", "enter"]

META_NAME = "bulk_load"
# The search triggers (see schema.py): without them an insert adds nothing to the FTS5 index, and a delete does
# not ask FTS5 to remove words it never had (which would corrupt an external-content index).
_TRIGGERS = ("complaints_ai", "complaints_ad", "complaints_au")
# The page cache while the indexes are built: the whole database, up to a ceiling. Each of the nine builds reads
# the whole table, and a table larger than the cache is read from disk (each page decrypted and HMAC-checked) nine
# times over, since a scan larger than an LRU cache misses on every page. 100k cases, an 81 MB table: 3.4 s of
# builds with a 64 MB cache, ~1.3 s with the table held (measured: the initial sync went from 12.6-13.4 s to
# 10.6 s, peak RSS of the syncing process 164 → 210 MB, budget 250). SQLite allocates the cache as pages come in,
# so a small district uses no more than its own size; a district beyond the ceiling is indexed more slowly.
BUILD_CACHE_MAX_KIB = 120_000
# Room beside the table for the pages each build writes, and for the search index: with only 8 MB over the table
# the first build was fast (0.14 s) and the others thrashed again (0.35-0.46 s each).
_BUILD_CACHE_MARGIN = 0.35


def active(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE name = ?", (META_NAME,)).fetchone() is not None


def enter(conn: Connection) -> bool:
    """Drop the complaints' indexes and search triggers if the cache holds no complaints; True if it did.

    Must run inside the caller's transaction."""
    if active(conn):
        return True
    if conn.execute("SELECT 1 FROM complaints LIMIT 1").fetchone() is not None:
        return False
    objects = [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'complaints' AND sql IS NOT NULL"
            " AND (type = 'index' OR (type = 'trigger' AND name IN (?, ?, ?))) ORDER BY type, name",
            _TRIGGERS,
        )
    ]
    conn.execute("INSERT INTO meta(name, value) VALUES (?, ?)", (META_NAME, json.dumps(objects)))
    for kind, name, _sql in objects:
        conn.execute(f'DROP {kind.upper()} "{name}"')
    return True


def build_cache_kib(conn: Connection) -> int:
    """The page cache (KiB) that holds the whole database for the index builds, within the ceiling."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    return min(BUILD_CACHE_MAX_KIB, int(pages * page_size * (1 + _BUILD_CACHE_MARGIN)) // 1024 + 1_000)


def complete(conn: Connection) -> bool:
    """Index what was bulk-loaded and put the dropped objects back; True if a bulk load was completed.

    Must run inside the caller's transaction."""
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (META_NAME,)).fetchone()
    if row is None:
        return False
    objects = [(str(kind), str(name), str(sql)) for kind, name, sql in json.loads(row[0])]
    # Every build below reads the whole table, and each page read from disk is decrypted and HMAC-checked: with
    # the table held in the page cache for the duration, the nine builds read it once (100k cases: 3.0 → 1.3 s).
    # SQLite gives the memory back when the cache shrinks again.
    previous = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{build_cache_kib(conn)}")
    try:
        # Rebuild reads every case's text from `complaints` (the external content) into a fresh index.
        conn.execute("INSERT INTO complaints_fts(complaints_fts) VALUES('rebuild')")
        for kind, name, sql in sorted(objects, key=lambda o: o[0] != "index"):  # indexes first, then triggers
            if kind in ("index", "trigger") and name not in LAZY_INDEXES:  # those are made when first needed
                conn.execute(sql)
    finally:
        conn.execute(f"PRAGMA cache_size = {previous}")
    conn.execute("DELETE FROM meta WHERE name = ?", (META_NAME,))
    return True
