"""The sync feeds as the cache applies them: a page and its cursor commit together, and a snapshot purges what it
lacks only when it arrived complete.

A complaint page is ONE transaction (during a bulk load, several share one: database.page_transaction): its
upserts (checked once more against the signed-in district on the very rows written: `StoreRefusedRecord` refuses
the whole page), its removals and the refusals of records held from before (purged: purge.py), in `seq` order,
then its cursor. A kill at any instant leaves the whole page with its cursor, or neither. A page of the shared
follow-up log is one transaction too; what it means for the office's own pending work is outbox.py's to say.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from council_desk.api.casework import ReopenUpdate, SurveyResult, Task
from council_desk.api.models import FollowUp, RemovalChange, UpsertChange
from council_desk.cache import bulk, lifecycle, outbox, tasks
from council_desk.cache.clock import note_server_time
from council_desk.cache.database import Database, set_meta
from council_desk.cache.db import Connection
from council_desk.cache.errors import StoreRefusedRecord
from council_desk.cache.purge import purge_in_tx, record_purges
from council_desk.cache.rows import (
    R_UPDATED,
    UPSERT_COLUMNS,
    PreparedUpsert,
    Refusal,
    prepare_upserts,
    row_refusal,
)
from council_desk.cache.summary import refresh_case

__all__ = [
    "UPSERT_SQL",
    "Feed",
    "FollowUpPageResult",
    "PageResult",
    "abort_snapshot",
    "apply_complaint_page",
    "apply_followup_page",
    "apply_lifecycle_page",
    "apply_task_page",
    "begin_snapshot",
    "cursor",
    "finish_bulk_load",
    "finish_snapshot",
    "upsert_many",
]

log = logging.getLogger("council_desk.cache.feed")

Feed = Literal["complaints", "followups", "tasks", "lifecycle"]


@dataclass(frozen=True)
class PageResult:
    upserted: int
    removed: int
    unsent_lost: int
    refused_purged: int = 0  # held copies purged because the page refused their record


@dataclass(frozen=True)
class FollowUpPageResult:
    stored: int
    refused: int  # records refused because they collide with the office's own follow-ups


UPSERT_SQL = (
    f"INSERT INTO complaints ({', '.join(UPSERT_COLUMNS)}) VALUES ({', '.join('?' * len(UPSERT_COLUMNS))})"  # noqa: S608 -- only constant column names and "?" placeholders are interpolated
    " ON CONFLICT(service_request_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in UPSERT_COLUMNS[1:])
)

_UPSERT_CONFLICT = UPSERT_SQL[UPSERT_SQL.index(" ON CONFLICT") :]
_ROW_PLACEHOLDERS = "(" + ",".join("?" * len(UPSERT_COLUMNS)) + ")"
# Rows per statement: as many as SQLite's limit of 32,766 bound parameters allows (682 rows of 48 columns).
_ROWS_PER_STATEMENT = 32_766 // len(UPSERT_COLUMNS)

_FTS_INDEX_NEW_SQL = (
    "INSERT INTO complaints_fts(rowid, description, resolution_description, address, contact_name)"
    " SELECT rowid, description, resolution_description, address, contact_name FROM complaints WHERE rowid > ?"
)
# SQLite picks max(rowid)+1 for a new row until the largest rowid is taken; only then could a new row land below
# the mark, so above it the triggers do the indexing.
_DEFER_ROWID_LIMIT = 2**62


def upsert_many(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """`UPSERT_SQL` for each row, in as few statements as the parameter limit allows (a page: two).

    Why not `executemany`: it gives up the GIL and takes it back around every row's step. While another thread
    runs Python (the sync's prefetch parsing the next page; the window painting), each taking-back waits out a
    GIL switch interval: 30k rows took 42 s instead of 1 s beside a busy thread (measured). One multi-row
    statement gives the GIL up once. Later rows win over earlier ones with the same id, as in `executemany`.
    """
    for start in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[start : start + _ROWS_PER_STATEMENT]
        sql = (
            f"INSERT INTO complaints ({', '.join(UPSERT_COLUMNS)}) VALUES "  # noqa: S608 -- only constant column names and "?" placeholders are interpolated
            + ",".join([_ROW_PLACEHOLDERS] * len(chunk))
            + _UPSERT_CONFLICT
        )
        conn.execute(sql, list(itertools.chain.from_iterable(chunk)))


def _bulk_upsert(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Upsert distinct cases, indexing the new ones for search with ONE statement (schema v3, `fts_deferred`).

    FTS5 writes its pending terms out at every statement savepoint, and `executemany` of an UPSERT opens one per
    row: through the insert trigger, a 1000-row page became 1000 one-row index segments plus their merges. New
    rows are exactly those above the largest rowid before the insert. Updated rows keep their per-row update
    trigger (it fires only when an indexed text changed). Must run inside the caller's transaction.
    """
    high = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM complaints").fetchone()[0])
    if len(rows) < 2 or high >= _DEFER_ROWID_LIMIT:
        upsert_many(conn, rows)
        return
    conn.execute("INSERT INTO fts_deferred(id) VALUES (1)")
    upsert_many(conn, rows)
    conn.execute(_FTS_INDEX_NEW_SQL, (high,))
    conn.execute("DELETE FROM fts_deferred")


def cursor(db: Database, feed: Feed) -> str | None:
    with db.reading() as conn:
        row = conn.execute("SELECT cursor FROM sync_state WHERE feed = ?", (feed,)).fetchone()
    return None if row is None else str(row[0])


def _set_cursor(conn: Connection, feed: Feed, cursor: str) -> None:
    conn.execute(
        "INSERT INTO sync_state(feed, cursor, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT(feed) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
        (feed, cursor, dt.datetime.now(dt.UTC).isoformat()),
    )


def apply_complaint_page(
    db: Database,
    district: int | None,
    upserts: Sequence[UpsertChange | PreparedUpsert],
    removals: Sequence[RemovalChange],
    next_cursor: str,
    *,
    snapshot: bool,
    refusals: Sequence[Refusal] = (),
) -> PageResult:
    """Apply one page of the complaint feed and its cursor in ONE transaction (changes in `seq` order).

    `district` is the signed-in one (None before any `/v1/me`: then each record must agree with itself).
    `refusals` are the page's records the office may not hold (consent withdrawn, another district, …) whose
    number is known: a copy held from before is purged like a removal, in the same transaction."""
    models = [up for up in upserts if not isinstance(up, PreparedUpsert)]
    ready = [up for up in upserts if isinstance(up, PreparedUpsert)] + prepare_upserts(models)
    # The sync engine filters first; this is the last line, on the very rows about to be written.
    if any(row_refusal(up.row, district) is not None for up in ready):
        raise StoreRefusedRecord()
    changes: list[PreparedUpsert | RemovalChange | Refusal] = sorted(
        [*ready, *removals, *refusals], key=lambda ch: ch.seq
    )
    removed = lost = refused_purged = 0
    reasons: dict[str, int] = {}
    # The newest server time among the page's upserts (one C-level pass: a 100k sync has 100k of them).
    updated = [t for up in ready if (t := up.row[R_UPDATED]) is not None]
    latest_server = max(map(dt.datetime.fromisoformat, updated), default=None)
    with db.page_transaction() as conn:
        batch: list[PreparedUpsert] = []
        # A snapshot that began on an empty cache purges nothing at its end: no need to record what it held.
        record_seen = snapshot and not _from_empty(conn)

        def flush() -> None:
            if batch:
                # The last change of a case in the batch is the one that stands (an upsert replaces every
                # complaint column), and one row per case keeps the deferred search indexing exact.
                latest = {up.service_request_id: up.row for up in batch}
                rows = list(latest.values())
                if db.bulk:
                    upsert_many(conn, rows)  # no triggers, no indexes: see cache/bulk.py
                else:
                    _bulk_upsert(conn, rows)
                if record_seen:  # one statement (see upsert_many): ids as one JSON array
                    conn.execute(
                        "INSERT OR IGNORE INTO snapshot_seen(service_request_id) SELECT value FROM json_each(?)",
                        (json.dumps(list(latest)),),
                    )
                batch.clear()

        for ch in changes:
            if isinstance(ch, PreparedUpsert):
                batch.append(ch)
                continue
            flush()
            gone, unsent = purge_in_tx(conn, ch.service_request_id)
            lost += unsent
            if not gone:
                continue
            if isinstance(ch, Refusal):
                refused_purged += 1
                why = f"refused_{ch.reason}"
            else:
                removed += 1
                why = ch.reason
            reasons[why] = reasons.get(why, 0) + 1
        flush()
        record_purges(conn, reasons, lost)
        _set_cursor(conn, "complaints", next_cursor)
        if latest_server is not None:
            note_server_time(conn, latest_server)
    if removed or refused_purged:
        db.quiet_checkpoint()
    return PageResult(len(upserts), removed, lost, refused_purged)


# ----------------------------------------------------------------------- snapshots


def _from_empty(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE name = 'snapshot_from_empty'").fetchone() is not None


def _end_snapshot(conn: Connection) -> None:
    """Forget the snapshot's bookkeeping; index what a bulk load brought in (in the caller's transaction)."""
    conn.execute("DELETE FROM snapshot_seen")
    conn.execute("DELETE FROM meta WHERE name IN ('snapshot_active', 'snapshot_from_empty')")
    bulk.complete(conn)


def begin_snapshot(db: Database) -> None:
    """Start recording which complaints a full snapshot contains (forgets any earlier, unfinished one).

    On a cache with no complaints the snapshot is bulk-loaded (cache/bulk.py) and needs no record of what it
    contained: everything the cache will hold came from it, so its end purges nothing."""
    # Under the lock until the flag is set too: no reader may see the indexes gone while the flag says not.
    with db.lock:
        with db.transaction() as conn:
            conn.execute("DELETE FROM snapshot_seen")
            set_meta(conn, "snapshot_active", "1")
            from_empty = conn.execute("SELECT 1 FROM complaints LIMIT 1").fetchone() is None
            if from_empty:
                set_meta(conn, "snapshot_from_empty", "1")
            else:
                conn.execute("DELETE FROM meta WHERE name = 'snapshot_from_empty'")
            bulk_now = bulk.enter(conn)
        db.set_bulk(bulk_now)


def finish_snapshot(db: Database) -> int:
    """The snapshot arrived complete: purge every complaint it did not contain. Returns how many. A full resync
    owed after a district switch is then paid."""
    with db.transaction() as conn:
        row = conn.execute("SELECT value FROM meta WHERE name = 'snapshot_active'").fetchone()
        if row is None or row[0] != "1":
            raise RuntimeError("finish_snapshot() without begin_snapshot()")
        absent = (
            []
            if _from_empty(conn)
            else [
                r[0]
                for r in conn.execute(
                    "SELECT service_request_id FROM complaints WHERE service_request_id NOT IN"
                    " (SELECT service_request_id FROM snapshot_seen)"
                )
            ]
        )
        lost = 0
        for sid in absent:
            lost += purge_in_tx(conn, sid)[1]
        record_purges(conn, {"not_in_snapshot": len(absent)} if absent else {}, lost)
        _end_snapshot(conn)
        conn.execute("DELETE FROM meta WHERE name = 'resync_required'")
    db.set_bulk(False)
    if absent:
        db.quiet_checkpoint()
    return len(absent)


def abort_snapshot(db: Database) -> None:
    """Forget an unfinished snapshot; purges nothing."""
    with db.transaction() as conn:
        _end_snapshot(conn)
    db.set_bulk(False)


def finish_bulk_load(db: Database) -> None:
    """Index what a bulk load brought in so far (a sync that stops half-way calls this; its snapshot is resumed
    later without a bulk load). Does nothing when none is under way."""
    if db.bulk:
        with db.transaction() as conn:
            bulk.complete(conn)
        db.set_bulk(False)


# ----------------------------------------------------------------------- the shared follow-up log


def apply_followup_page(db: Database, followups: Sequence[FollowUp], next_cursor: str) -> FollowUpPageResult:
    """Apply one page of the shared follow-up log with its cursor.

    The server never overwrites the office's own work (outbox.acknowledges): a record under the id of a follow-up
    written here counts only if it is that follow-up; otherwise it is refused and counted, and a pending one of
    ours gets a fresh id to be sent again. A follow-up never moves between cases. Records for cases this office
    does not hold are ignored."""
    stored = refused = 0
    touched: set[str] = set()
    latest: dt.datetime | None = None
    with db.transaction() as conn:
        for fu in followups:
            held = conn.execute("SELECT 1 FROM complaints WHERE service_request_id = ?", (fu.service_request_id,))
            if held.fetchone() is None:
                continue
            if outbox.acknowledges(conn, fu) is False:
                refused += 1
                continue
            outbox.store_server_followup(conn, fu)
            touched.add(fu.service_request_id)
            stored += 1
            if latest is None or fu.received_at > latest:
                latest = fu.received_at
        for sid in touched:
            refresh_case(conn, sid)
        _set_cursor(conn, "followups", next_cursor)
        if latest is not None:
            note_server_time(conn, latest)
    if refused:
        log.warning("refused %d follow-up record(s) colliding with the office's own", refused)
    return FollowUpPageResult(stored, refused)


# ----------------------------------------------------------------------- the office's casework (issue 14)


def apply_task_page(db: Database, page: Sequence[Task], next_cursor: str, author: str) -> int:
    """A page of the tasks feed with its cursor, in one transaction. The server's state of each task the office
    holds the case of becomes its base, with this PC's unsent changes still folded on (tasks.py). `author`: this
    PC's user. Returns how many cases' reminders changed."""
    with db.transaction() as conn:
        touched = tasks.apply_page(conn, page, author)
        for sid in touched:
            refresh_case(conn, sid)
        _set_cursor(conn, "tasks", next_cursor)
    return len(touched)


def apply_lifecycle_page(db: Database, page: Sequence[ReopenUpdate | SurveyResult], next_cursor: str) -> int:
    """A page of the 311 lifecycle feed with its cursor, in one transaction (lifecycle.py)."""
    with db.transaction() as conn:
        stored = lifecycle.apply_page(conn, page)
        _set_cursor(conn, "lifecycle", next_cursor)
    return stored
