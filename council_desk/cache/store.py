"""`CaseStore`: the encrypted cache of consented complaints, the office's follow-ups and the outbox.

Every method is one transaction. Local writes that cannot be stored (disk full, read-only folder, I/O error)
raise `NotSaved` with the transaction rolled back, so the caseworker is told it was not saved. A page of the sync
feed is applied together with its cursor, so a kill at any instant leaves the whole page or none of it.
Removals purge the complaint and everything hanging on it (follow-ups, outbox rows, search index entries) with
`secure_delete` on; unsent work lost that way is counted in the audit log, without contents.

Additions to docs/INTERFACES.md (all backward compatible; nothing listed there was changed):
- `CaseStore.open(path, key, *, create=True)`: `create=False` never makes a new file.
- `CaseQuery.today` (default: the local date) for the `due` / `overdue` filters; `OutboxItem.last_error_code`.
- `add_followup(fu, *, author="")`; `snapshot_active()`, `case_count()`, `schema_version()`, `verify()`
  (page HMAC check), `checkpoint()`, and `transaction()` / `reading()` (used by the audit log).
- `purge()` returns 1 if the complaint was held, else 0.
- `list_ids(q, *, limit=None)`: the first `limit` ids only (the case list paints its first screen from them).
- Search also matches a complaint number (the whole search text digits, optionally "311-…", 3+ digits) as a
  prefix of `service_request_id`.
- Schema v3 adds the table `fts_deferred` (internal to the bulk page path; see schema.py).
- A snapshot begun on an empty cache is bulk-loaded (cache/bulk.py); `finish_bulk_load()` indexes what such a
  load brought in when the sync stops half-way (finish/abort_snapshot and the next open do it too).
- `apply_complaint_page` re-checks each upsert's consent and district itself (last line of defence after the
  sync engine) and refuses the whole page with `StoreRefusedRecord` (a PrivacyHalt); text that cannot be stored
  exactly (lone surrogates) refuses the page with `UnstorableRecord` (a ValueError).
- Purges are audited as `purge` events with a count and reasons but no case ids (the numbers are personal data
  once consent is withdrawn).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NoReturn

import sqlcipher3

from council_desk.api.models import (
    Complaint,
    Consent,
    Contact,
    FollowUp,
    FollowUpIn,
    Me,
    Policy,
    RemovalChange,
    ReopenRequest,
    ReopenRequestIn,
    UpsertChange,
)
from council_desk.audit.log import append_event
from council_desk.cache import bulk, queries
from council_desk.cache.db import Connection, cipher_integrity_check, open_connection
from council_desk.cache.errors import (
    CacheProblem,
    CorruptCache,
    StoreClosed,
    StoreRefusedRecord,
    UnstorableRecord,
    not_saved,
)
from council_desk.cache.queries import CaseQuery, CaseRow, Counts, Facets, Reminder
from council_desk.cache.rows import (
    CONSENT_COLUMNS,
    R_UPDATED,
    UPSERT_COLUMNS,
    PreparedUpsert,
    Refusal,
    prepare_upserts,
    row_refusal,
)
from council_desk.cache.schema import COMPLAINT_COLUMNS, migrate, schema_version
from council_desk.domain.case import Case, FollowUpEntry
from council_desk.domain.errors import KnownError
from council_desk.domain.status import CONSENT_SCOPE

__all__ = ["CaseStore", "FollowUpPageResult", "OutboxItem", "PageResult", "PreparedUpsert"]

log = logging.getLogger("council_desk.cache.store")

# A bulk load's feed pages share a transaction: committed after this many pages, or this long (_page_transaction).
PAGES_PER_COMMIT = 5
HOLD_PAGES_S = 1.0

Feed = Literal["complaints", "followups"]
SYSTEM_ACTOR = "council-desk"
_CLOSED_OFFICE = ("resolved", "closed_unresolved")

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = (
    8,
    10,
    11,
    13,
    14,
    26,
)


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


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: Literal["followup", "reopen"]
    service_request_id: str
    payload: bytes
    idempotency_key: str
    attempts: int
    last_error_code: str | None = None


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _utc_ts(value: dt.datetime) -> float:
    return value.timestamp()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_UPSERT_SQL = (
    f"INSERT INTO complaints ({', '.join(UPSERT_COLUMNS)}) VALUES ({', '.join('?' * len(UPSERT_COLUMNS))})"  # noqa: S608 -- only constant column names and "?" placeholders are interpolated
    " ON CONFLICT(service_request_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in UPSERT_COLUMNS[1:])
)

_UPSERT_CONFLICT = _UPSERT_SQL[_UPSERT_SQL.index(" ON CONFLICT") :]
_ROW_PLACEHOLDERS = "(" + ",".join("?" * len(UPSERT_COLUMNS)) + ")"
# Rows per statement: as many as SQLite's limit of 32,766 bound parameters allows (682 rows of 48 columns).
_ROWS_PER_STATEMENT = 32_766 // len(UPSERT_COLUMNS)


def _upsert_many(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """`_UPSERT_SQL` for each row, in as few statements as the parameter limit allows (a page: two).

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


class CaseStore:
    """The cache of one (server, user). Thread-safe by serialisation: one lock around the one connection."""

    def __init__(self, conn: Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._closed = False
        # A bulk load (cache/bulk.py) under way in this process; one left by a killed process is completed at
        # open, so this starts False.
        self._bulk = False
        # Feed pages of a bulk load applied in a write transaction not committed yet, and when it began
        # (see `_page_transaction`).
        self._held_pages = 0
        self._held_since = 0.0

    # ----------------------------------------------------------------- open / identity

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = True) -> CaseStore:
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
            raise _map_error(exc, path) from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            with contextlib.suppress(KnownError, sqlcipher3.Error):  # not saved: fetched again next time
                self._commit_held_pages()
            self._closed = True
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self, *, durable: bool = True) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); rolled back on any error. Storage failures become
        NotSaved, damaged pages CorruptCache.

        `durable=False` (pages of the sync feed only) commits with synchronous=NORMAL: still atomic and safe
        against a crash or kill, but a power cut may lose the last pages — which, with their cursor, are simply
        fetched again. The caseworker's own writes and the audit log always commit with synchronous=FULL.
        """
        with self._lock:
            if self._closed:
                raise StoreClosed()
            self._commit_held_pages()  # feed pages first: this transaction must not carry them
            self._begin(durable)
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException as exc:
                self._roll_back(exc)
            finally:
                self._end(durable)

    @contextlib.contextmanager
    def _page_transaction(self) -> Iterator[Connection]:
        """A feed page's transaction. During a bulk load, several pages share one: it is committed after
        `PAGES_PER_COMMIT` pages or `HOLD_PAGES_S` seconds, and before anything else writes, checkpoints or
        closes. Each commit then covers whole pages and the cursor of the last one, so a kill still leaves
        every page with its cursor or neither (the uncommitted pages are fetched again). Why: a commit writes
        every page it dirtied to the WAL, encrypted, and each feed page dirties most of the primary-key index
        again; grouping them halved the WAL of a 100k first sync (178 → 92 MB) and its time in COMMIT."""
        with self._lock:
            if self._closed:
                raise StoreClosed()
            if not self._bulk:
                with self.transaction(durable=False) as conn:
                    yield conn
                return
            if self._held_pages == 0:
                self._begin(durable=False)
                self._held_since = time.monotonic()
            try:
                yield self._conn
            except BaseException as exc:
                self._held_pages = 0
                try:
                    self._roll_back(exc)  # the held pages go with it, and their cursor: fetched again
                finally:
                    self._end(durable=False)
            self._held_pages += 1
            if self._held_pages >= PAGES_PER_COMMIT or time.monotonic() - self._held_since >= HOLD_PAGES_S:
                self._commit_held_pages()

    def _commit_held_pages(self) -> None:
        """Commit the feed pages a bulk load holds in an open transaction (under the lock)."""
        if self._held_pages == 0:
            return
        self._held_pages = 0
        try:
            self._conn.execute("COMMIT")
        except BaseException as exc:
            self._roll_back(exc)
        finally:
            self._end(durable=False)

    def _begin(self, durable: bool) -> None:
        try:
            if not durable:
                self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise _map_error(exc, self.path) from None

    def _roll_back(self, exc: BaseException) -> NoReturn:
        """Roll the open transaction back and raise `exc` as the cache's own error where it has one."""
        with contextlib.suppress(sqlcipher3.Error):
            self._conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.Error):
            raise _map_error(exc, self.path) from None
        if isinstance(exc, UnicodeEncodeError):
            raise UnstorableRecord("text that cannot be stored exactly (e.g. a lone surrogate)") from None
        raise exc

    def _end(self, durable: bool) -> None:
        if not durable:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA synchronous = FULL")

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """Serialised read access; a page failing its HMAC becomes CorruptCache."""
        with self._lock:
            if self._closed:
                raise StoreClosed()
            try:
                yield self._conn
            except sqlcipher3.Error as exc:
                raise _map_error(exc, self.path) from None

    def schema_version(self) -> int:
        with self.reading() as conn:
            return schema_version(conn)

    def get_meta(self, name: str) -> str | None:
        with self.reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, name: str, value: str) -> None:
        with self.transaction() as conn:
            _set_meta(conn, name, value)

    def save_me(self, me: Me) -> bool:
        """Record the signed-in identity (`adopt_identity`: never without the district purge)."""
        return self.adopt_identity(me)

    def adopt_identity(self, me: Me) -> bool:
        """Record the identity and policy `/v1/me` answered, in ONE transaction with what it implies: when the
        district differs from the one recorded before (the member's district changed, or the account moved),
        every complaint outside the new district is purged, both feed cursors are forgotten and a full resync is
        marked required (`resync_required`, cleared only by a complete snapshot, so a resync that halts or is cut
        off does not forget it). So the old district's cases are gone before anything is shown. Returns True
        on a switch."""
        with self.transaction() as conn:
            row = conn.execute("SELECT value FROM meta WHERE name = 'me'").fetchone()
            before = None if row is None else Me.model_validate_json(row[0])
            switched = before is not None and before.district != me.district
            _set_meta(conn, "me", me.model_dump_json())
            lost = gone = 0
            if switched:
                for sid in _out_of_scope(conn, me.district):
                    removed, unsent = _purge_in_tx(conn, sid)
                    gone += removed
                    lost += unsent
                _record_purges(conn, {"district_changed": gone}, lost)
                conn.execute("DELETE FROM sync_state")
                conn.execute("DELETE FROM snapshot_seen")
                conn.execute("DELETE FROM meta WHERE name IN ('snapshot_active', 'snapshot_from_empty')")
                _set_meta(conn, "resync_required", "1")
                log.warning("district changed: %d case(s) of the old district purged; full resync required", gone)
        if gone:
            self._quiet_checkpoint()
        return switched

    def resync_required(self) -> bool:
        """A full snapshot must run before incremental sync resumes (after a district switch)."""
        return self.get_meta("resync_required") == "1"

    def purge_out_of_scope(self, district: int) -> int:
        """The start-up check over what is held: purge every complaint not of `district` or not under active,
        in-purpose consent (a stray left by an older version, a bug, or an edit made with the key). Cheap: a few
        empty range seeks on the scope index (schema v4). Returns how many were purged (counted and audited)."""
        with self.reading() as conn:
            strays = _out_of_scope(conn, district)
        if not strays:
            return 0
        with self.transaction() as conn:
            lost = gone = 0
            for sid in _out_of_scope(conn, district):
                removed, unsent = _purge_in_tx(conn, sid)
                gone += removed
                lost += unsent
            _record_purges(conn, {"out_of_scope": gone}, lost)
        log.warning("start-up scope check purged %d case(s)", gone)
        self._quiet_checkpoint()
        return gone

    def purge_refused(self, refusals: Sequence[Refusal]) -> int:
        """Purge the held copies of records a page refused, when the page itself is not applied (a privacy halt
        stops the sync before it): "no longer yours" still holds. Returns how many were held."""
        if not refusals:
            return 0
        with self.transaction() as conn:
            reasons: dict[str, int] = {}
            lost = 0
            for r in refusals:
                gone, unsent = _purge_in_tx(conn, r.service_request_id)
                lost += unsent
                if gone:
                    reasons[f"refused_{r.reason}"] = reasons.get(f"refused_{r.reason}", 0) + 1
            _record_purges(conn, reasons, lost)
        purged = sum(reasons.values())
        if purged:
            self._quiet_checkpoint()
        return purged

    def me(self) -> Me | None:
        raw = self.get_meta("me")
        return None if raw is None else Me.model_validate_json(raw)

    def verify(self) -> list[str]:
        """SQLCipher's page HMAC check over the whole file (empty list = intact)."""
        with self.reading() as conn:
            return cipher_integrity_check(conn)

    def checkpoint(self) -> None:
        """Fold the WAL into the database and truncate it (after purges, so old pages do not linger)."""
        with self.reading() as conn:
            self._commit_held_pages()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    # ----------------------------------------------------------------- sync feed

    def cursor(self, feed: Feed) -> str | None:
        with self.reading() as conn:
            row = conn.execute("SELECT cursor FROM sync_state WHERE feed = ?", (feed,)).fetchone()
        return None if row is None else str(row[0])

    def _check_scope(self, upserts: Sequence[PreparedUpsert]) -> None:
        # The sync engine filters first; this is the last line, on the very rows about to be written.
        me = self.me()
        district = None if me is None else me.district
        for up in upserts:
            if row_refusal(up.row, district) is not None:
                raise StoreRefusedRecord()

    def apply_complaint_page(
        self,
        upserts: Sequence[UpsertChange | PreparedUpsert],
        removals: Sequence[RemovalChange],
        next_cursor: str,
        *,
        snapshot: bool,
        refusals: Sequence[Refusal] = (),
    ) -> PageResult:
        """Apply one page of the complaint feed and its cursor in ONE transaction (changes in `seq` order).

        `refusals` are the page's records the office may not hold (consent withdrawn, another district, …) whose
        number is known: a copy held from before is purged like a removal, in the same transaction."""
        models = [up for up in upserts if not isinstance(up, PreparedUpsert)]
        ready = [up for up in upserts if isinstance(up, PreparedUpsert)] + prepare_upserts(models)
        self._check_scope(ready)
        changes: list[PreparedUpsert | RemovalChange | Refusal] = sorted(
            [*ready, *removals, *refusals], key=lambda ch: ch.seq
        )
        removed = lost = refused_purged = 0
        reasons: dict[str, int] = {}
        # The newest server time among the page's upserts (one C-level pass: a 100k sync has 100k of them).
        updated = [t for up in ready if (t := up.row[R_UPDATED]) is not None]
        latest_server = max(map(dt.datetime.fromisoformat, updated), default=None)
        with self._page_transaction() as conn:
            batch: list[PreparedUpsert] = []
            # A snapshot that began on an empty cache purges nothing at its end: no need to record what it held.
            record_seen = snapshot and not _from_empty(conn)

            def flush() -> None:
                if batch:
                    # The last change of a case in the batch is the one that stands (an upsert replaces every
                    # complaint column), and one row per case keeps the deferred search indexing exact.
                    latest = {up.service_request_id: up.row for up in batch}
                    rows = list(latest.values())
                    if self._bulk:
                        _upsert_many(conn, rows)  # no triggers, no indexes: see cache/bulk.py
                    else:
                        _bulk_upsert(conn, rows)
                    if record_seen:  # one statement (see _upsert_many): ids as one JSON array
                        conn.execute(
                            "INSERT OR IGNORE INTO snapshot_seen(service_request_id)"
                            " SELECT value FROM json_each(?)",
                            (json.dumps(list(latest)),),
                        )
                    batch.clear()

            for ch in changes:
                if isinstance(ch, PreparedUpsert):
                    batch.append(ch)
                    continue
                flush()
                gone, unsent = _purge_in_tx(conn, ch.service_request_id)
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
            _record_purges(conn, reasons, lost)
            _set_cursor(conn, "complaints", next_cursor)
            if latest_server is not None:
                _raise_time(conn, _SERVER_TIME, _believable(latest_server))
        if removed or refused_purged:
            self._quiet_checkpoint()
        return PageResult(len(upserts), removed, lost, refused_purged)

    def begin_snapshot(self) -> None:
        """Start recording which complaints a full snapshot contains (forgets any earlier, unfinished one).

        On a cache with no complaints the snapshot is bulk-loaded (cache/bulk.py) and needs no record of what it
        contained: everything the cache will hold came from it, so its end purges nothing."""
        # Under the lock until the flag is set too: no reader may see the indexes gone while the flag says not.
        with self._lock:
            with self.transaction() as conn:
                conn.execute("DELETE FROM snapshot_seen")
                _set_meta(conn, "snapshot_active", "1")
                from_empty = conn.execute("SELECT 1 FROM complaints LIMIT 1").fetchone() is None
                if from_empty:
                    _set_meta(conn, "snapshot_from_empty", "1")
                else:
                    conn.execute("DELETE FROM meta WHERE name = 'snapshot_from_empty'")
                bulk_now = bulk.enter(conn)
            self._set_bulk(bulk_now)

    @property
    def bulk_loading(self) -> bool:
        """A first snapshot is being bulk-loaded in this process (cache/bulk.py)."""
        return self._bulk

    def _set_bulk(self, on: bool) -> None:
        """Note whether a bulk load runs in this process. While it does, the WAL is not copied back into the
        database every 4 MB: each of those checkpoints waits for two fsyncs, ~3 s of a 100k first sync on this
        disk. It is copied once, when the bulk load ends. Until then the WAL holds the pages just as safely: a
        kill loses nothing committed, and a power cut can lose only feed pages not yet synced to disk, together
        with their cursor, so they are fetched again (the caseworker's own writes still commit with fsync)."""
        if on == self._bulk:
            return
        self._bulk = on
        with self._lock:
            self._conn.execute(f"PRAGMA wal_autocheckpoint = {0 if on else 1000}")
        if not on:
            self._quiet_checkpoint()

    def finish_snapshot(self) -> int:
        """The snapshot arrived complete: purge every complaint it did not contain. Returns how many."""
        with self.transaction() as conn:
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
                lost += _purge_in_tx(conn, sid)[1]
            _record_purges(conn, {"not_in_snapshot": len(absent)} if absent else {}, lost)
            _end_snapshot(conn)
            conn.execute("DELETE FROM meta WHERE name = 'resync_required'")
        self._set_bulk(False)
        if absent:
            self._quiet_checkpoint()
        return len(absent)

    def abort_snapshot(self) -> None:
        """Forget an unfinished snapshot; purges nothing."""
        with self.transaction() as conn:
            _end_snapshot(conn)
        self._set_bulk(False)

    def finish_bulk_load(self) -> None:
        """Index what a bulk load brought in so far (a sync that stops half-way calls this; its snapshot is
        resumed later without a bulk load). Does nothing when none is under way."""
        if self._bulk:
            with self.transaction() as conn:
                bulk.complete(conn)
            self._set_bulk(False)

    def snapshot_active(self) -> bool:
        return self.get_meta("snapshot_active") == "1"

    def apply_followup_page(self, followups: Sequence[FollowUp], next_cursor: str) -> FollowUpPageResult:
        """Apply one page of the shared follow-up log with its cursor.

        The server never overwrites the office's own work. A record whose id equals a local *pending* follow-up
        acknowledges it only when it is what was sent (same case, kind and content); otherwise it is refused,
        counted, and the local one is kept and given a fresh id, so it is sent again and cannot collide twice. A
        follow-up never moves between cases: a record naming another case than the one held under its id is
        refused. Records for cases this office does not hold are ignored."""
        stored = refused = 0
        touched: set[str] = set()
        latest: dt.datetime | None = None
        with self.transaction() as conn:
            for fu in followups:
                if (
                    conn.execute(
                        "SELECT 1 FROM complaints WHERE service_request_id = ?", (fu.service_request_id,)
                    ).fetchone()
                    is None
                ):
                    continue
                held = conn.execute(f"SELECT {_FU_MATCH_COLUMNS} FROM followups WHERE id = ?", (str(fu.id),))  # noqa: S608 -- constant column names
                mine = held.fetchone()
                if mine is not None and not _same_followup(mine, fu):
                    refused += 1
                    if mine[_FU_PENDING]:
                        _rekey_pending(conn, str(fu.id))
                    continue
                _store_server_followup(conn, fu)
                conn.execute("DELETE FROM outbox WHERE idempotency_key = ?", (str(fu.id),))
                touched.add(fu.service_request_id)
                stored += 1
                if latest is None or fu.received_at > latest:
                    latest = fu.received_at
            for sid in touched:
                _refresh_case(conn, sid)
            _set_cursor(conn, "followups", next_cursor)
            if latest is not None:
                _raise_time(conn, _SERVER_TIME, _believable(latest))
        if refused:
            log.warning("refused %d follow-up record(s) colliding with the office's own", refused)
        return FollowUpPageResult(stored, refused)

    def rekey_outbox_item(self, item_id: int) -> None:
        """Give a pending follow-up a fresh id (and idempotency key): the server holds another record under the
        old one, so it can never accept ours under it. Nothing of the caseworker's is lost; at worst a copy the
        server mangled stands beside the one sent again."""
        with self.transaction() as conn:
            row = conn.execute("SELECT kind, idempotency_key FROM outbox WHERE id = ?", (item_id,)).fetchone()
            if row is not None and row[0] == "followup":
                _rekey_pending(conn, row[1])

    # ----------------------------------------------------------------- outbox (local writes)

    def _author(self) -> str:
        me = self.me()
        return me.username if me else ""

    def add_followup(self, fu: FollowUpIn, *, author: str = "") -> None:
        """Store a follow-up locally (pending) and queue it for sending, in one transaction."""
        if fu.kind == "status" and fu.office_status is None:
            raise ValueError("a status follow-up needs office_status")
        who = author or self._author()
        with self.transaction() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM complaints WHERE service_request_id = ?", (fu.service_request_id,)
                ).fetchone()
                is None
            ):
                raise CacheProblem("This case is no longer in the cache on this PC, so nothing was saved.",
                                   code="case_gone")
            conn.execute(
                "INSERT INTO followups (id, service_request_id, kind, text, outcome, office_status, due_date,"
                " created_at, created_ts, author, pending) VALUES (?,?,?,?,?,?,?,?,?,?,1)",
                (
                    str(fu.id),
                    fu.service_request_id,
                    fu.kind,
                    fu.text,
                    fu.outcome,
                    fu.office_status,
                    _iso(fu.due_date),
                    fu.created_at.isoformat(),
                    _utc_ts(fu.created_at),
                    who,
                ),
            )
            _enqueue(conn, "followup", fu.service_request_id, fu.model_dump_json().encode(), str(fu.id))
            _refresh_case(conn, fu.service_request_id)

    def set_office_status(
        self, service_request_id: str, status: str, text: str = "", actor: str = ""
    ) -> FollowUpIn:
        """Change the office's status of a case: a follow-up of kind "status", queued like any other."""
        fu = FollowUpIn.model_validate(
            {
                "id": uuid.uuid4(),
                "service_request_id": service_request_id,
                "kind": "status",
                "text": text,
                "office_status": status,
                "created_at": _now(),
            }
        )
        self.add_followup(fu, author=actor)
        return fu

    def request_reopen(self, service_request_id: str, reason: str, text: str = "") -> ReopenRequestIn:
        """Queue a request that 311 forwards a reopen to the agency (idempotent by its id)."""
        req = ReopenRequestIn.model_validate(
            {"id": uuid.uuid4(), "reason": reason, "text": text, "created_at": _now()}
        )
        with self.transaction() as conn:
            if (
                conn.execute(
                    "SELECT 1 FROM complaints WHERE service_request_id = ?", (service_request_id,)
                ).fetchone()
                is None
            ):
                raise CacheProblem("This case is no longer in the cache on this PC, so nothing was saved.",
                                   code="case_gone")
            _enqueue(conn, "reopen", service_request_id, req.model_dump_json().encode(), str(req.id))
            conn.execute(
                "UPDATE complaints SET reopen_requested_at = ? WHERE service_request_id = ?",
                (req.created_at.isoformat(), service_request_id),
            )
            _refresh_case(conn, service_request_id)
        return req

    def outbox(self) -> list[OutboxItem]:
        """Everything waiting to be sent, oldest first."""
        with self.reading() as conn:
            found = conn.execute(
                "SELECT id, kind, service_request_id, payload, idempotency_key, attempts, last_error_code"
                " FROM outbox ORDER BY id"
            ).fetchall()
        return [OutboxItem(r[0], r[1], r[2], bytes(r[3]), r[4], r[5], r[6]) for r in found]

    def outbox_count(self) -> int:
        with self.reading() as conn:
            return int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def mark_sent(self, item_id: int, response: FollowUp | ReopenRequest) -> bool:
        """The server accepted an outbox item: remove it and record the server's version. A follow-up answer
        that is not what was sent (another case, kind or content) acknowledges nothing: the item stays queued
        and False is returned."""
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT kind, service_request_id, payload FROM outbox WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return True  # already acknowledged (e.g. through the follow-up feed)
            if isinstance(response, FollowUp):
                sent = FollowUpIn.model_validate_json(bytes(row[2]))
                if not _same_content(sent, response):
                    log.warning("the server's answer to a follow-up is not what was sent; kept to send again")
                    return False
            conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
            if isinstance(response, FollowUp):
                _store_server_followup(conn, response)
            else:
                conn.execute(
                    "UPDATE complaints SET reopen_requested_at = ? WHERE service_request_id = ?",
                    (response.received_at.isoformat(), row[1]),
                )
            _refresh_case(conn, row[1])
        return True

    def mark_failed(self, item_id: int, error_code: str) -> None:
        """Count a failed attempt (the error code is a short machine code, never a response body)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error_code = ? WHERE id = ?",
                (error_code[:64], item_id),
            )

    def drop_outbox_item(self, item_id: int, reason: str) -> None:
        """Give up on an item the server will never accept: removed, counted and audited without contents."""
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT kind, service_request_id, idempotency_key FROM outbox WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
            if row[0] == "followup":
                conn.execute("DELETE FROM followups WHERE id = ? AND pending = 1", (row[2],))
            append_event(conn, "unsent_lost", actor=SYSTEM_ACTOR, count=1, reason=f"dropped:{reason[:100]}")
            _refresh_case(conn, row[1])

    # ----------------------------------------------------------------- policy / purge

    def purge(self, service_request_id: str, reason: str) -> int:
        """Remove one complaint and everything attached; returns 1 if it was held, else 0."""
        with self.transaction() as conn:
            gone, lost = _purge_in_tx(conn, service_request_id)
            _record_purges(conn, {reason: gone} if gone else {}, lost)
        if gone:
            self._quiet_checkpoint()
        return gone

    def trusted_now(self, wall: dt.datetime | None = None) -> dt.datetime:
        """The clock retention and the offline limit count on (see `_trusted_now`); records the high-water mark."""
        with self.transaction() as conn:
            return _trusted_now(conn, wall or _now())

    def enforce_retention(self, now: dt.datetime, policy: Policy) -> int:
        """Purge complaints closed longer ago than the policy allows; returns how many.

        "Now" is `_trusted_now`: the PC's clock, never earlier than the latest moment it showed before (so a clock
        set back does not keep data past its time) and never earlier than the newest server time seen — which
        was bounded by the PC's clock plus `CLOCK_SKEW` when it arrived, so one far-future record cannot move it.
        A complaint closed at the agency without a closed date counts from its filing date (rows.py)."""
        if now.tzinfo is None:
            now = now.replace(tzinfo=dt.UTC)
        with self.transaction() as conn:
            effective = _trusted_now(conn, now)
            cutoff = (effective - dt.timedelta(days=policy.retention_days_after_close)).timestamp()
            expired = [
                r[0]
                for r in conn.execute(
                    # "+status": not the status index, which would visit every closed case (most of them; ~0.1 s
                    # a run at 100k), but the range of complaints_closed before the cutoff, usually empty.
                    "SELECT service_request_id FROM complaints"
                    " WHERE +status = 'closed' AND closed_ts IS NOT NULL AND closed_ts < ?",
                    (cutoff,),
                )
            ]
            lost = sum(_purge_in_tx(conn, sid)[1] for sid in expired)
            _record_purges(conn, {"retention_expired": len(expired)} if expired else {}, lost)
        if expired:
            self._quiet_checkpoint()
        return len(expired)

    def _quiet_checkpoint(self) -> None:
        # Best effort: a reader holding the WAL only delays it; secure_delete already zeroed the freed pages.
        with contextlib.suppress(KnownError, sqlcipher3.Error):
            self.checkpoint()

    # ----------------------------------------------------------------- queries

    def case(self, service_request_id: str) -> Case | None:
        """The whole case (complaint, contact, consent, office work), or None if not held."""
        with self.reading() as conn:
            cur = conn.execute("SELECT * FROM complaints WHERE service_request_id = ?", (service_request_id,))
            row = cur.fetchone()
            if row is None:
                return None
            names = [d[0] for d in cur.description]
            fus = conn.execute(
                "SELECT id, kind, text, outcome, office_status, due_date, created_at, author, author_name,"
                " received_at, seq, pending, service_request_id FROM followups WHERE service_request_id = ?"
                " ORDER BY created_ts, id",
                (service_request_id,),
            ).fetchall()
        data = dict(zip(names, row, strict=True))
        complaint = Complaint.model_validate({k: data[k] for k in COMPLAINT_COLUMNS})
        contact = Contact(
            first_name=data["contact_first_name"],
            last_name=data["contact_last_name"],
            phone=data["contact_phone"],
            email=data["contact_email"],
            mailing_address=data["contact_mailing_address"],
            preferred_language=data["contact_language"],
        )
        consent = Consent.model_validate(
            {(k if k == "consent_id" else k.removeprefix("consent_")): data[k] for k in CONSENT_COLUMNS}
        )
        current_due = data["next_due"]
        entries = []
        for f in fus:
            server = None
            if not f[11]:
                server = FollowUp.model_validate(
                    {
                        "id": f[0],
                        "service_request_id": f[12],
                        "kind": f[1],
                        "text": f[2],
                        "outcome": f[3],
                        "office_status": f[4],
                        "due_date": f[5],
                        "created_at": f[6],
                        "author": f[7],
                        "author_name": f[8],
                        "received_at": f[9],
                        "seq": f[10],
                    }
                )
            entries.append(
                FollowUpEntry(
                    followup=server,
                    id=f[0],
                    kind=f[1],
                    text=f[2],
                    outcome=f[3],
                    office_status=f[4],
                    due_date=dt.date.fromisoformat(f[5]) if f[5] else None,
                    created_at=dt.datetime.fromisoformat(f[6]),
                    author=f[7],
                    author_name=f[8],
                    pending=bool(f[11]),
                    done=f[5] is not None and f[5] != current_due,
                )
            )
        reopen = data["reopen_requested_at"]
        return Case(
            complaint=complaint,
            contact=contact,
            consent=consent,
            office_status=data["office_status"],
            followups=tuple(entries),
            reopen_requested_at=dt.datetime.fromisoformat(reopen) if reopen else None,
        )

    def list_ids(self, q: CaseQuery, *, limit: int | None = None) -> list[str]:
        """Ids of the matching cases in list order; with `limit`, only the first ones (see queries.list_ids)."""
        with self.reading() as conn:
            return queries.list_ids(conn, q, limit, bulk=self._bulk)

    def rows(self, ids: Sequence[str]) -> dict[str, CaseRow]:
        with self.reading() as conn:
            return queries.rows(conn, ids)

    def reminders(self, today: dt.date) -> list[Reminder]:
        with self.reading() as conn:
            return queries.reminders(conn, today)

    def facets(self) -> Facets:
        with self.reading() as conn:
            return queries.facets(conn)

    def counts(self, today: dt.date | None = None) -> Counts:
        with self.reading() as conn:
            return queries.counts(conn, today)

    def case_count(self) -> int:
        with self.reading() as conn:
            return int(conn.execute("SELECT count(*) FROM complaints").fetchone()[0])


# --------------------------------------------------------------------- helpers inside a transaction


def _map_error(exc: BaseException, path: Path) -> BaseException:
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


_FTS_INDEX_NEW_SQL = (
    "INSERT INTO complaints_fts(rowid, description, resolution_description, address, contact_name)"
    " SELECT rowid, description, resolution_description, address, contact_name FROM complaints WHERE rowid > ?"
)
# SQLite picks max(rowid)+1 for a new row until the largest rowid is taken; only then could a new row land below
# the mark, so above it the triggers do the indexing.
_DEFER_ROWID_LIMIT = 2**62


def _bulk_upsert(conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Upsert distinct cases, indexing the new ones for search with ONE statement (schema v3, `fts_deferred`).

    FTS5 writes its pending terms out at every statement savepoint, and `executemany` of an UPSERT opens one per
    row: through the insert trigger, a 1000-row page became 1000 one-row index segments plus their merges. New
    rows are exactly those above the largest rowid before the insert. Updated rows keep their per-row update
    trigger (it fires only when an indexed text changed). Must run inside the caller's transaction.
    """
    high = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM complaints").fetchone()[0])
    if len(rows) < 2 or high >= _DEFER_ROWID_LIMIT:
        _upsert_many(conn, rows)
        return
    conn.execute("INSERT INTO fts_deferred(id) VALUES (1)")
    _upsert_many(conn, rows)
    conn.execute(_FTS_INDEX_NEW_SQL, (high,))
    conn.execute("DELETE FROM fts_deferred")


def _from_empty(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE name = 'snapshot_from_empty'").fetchone() is not None


def _end_snapshot(conn: Connection) -> None:
    """Forget the snapshot's bookkeeping; index what a bulk load brought in (in the caller's transaction)."""
    conn.execute("DELETE FROM snapshot_seen")
    conn.execute("DELETE FROM meta WHERE name IN ('snapshot_active', 'snapshot_from_empty')")
    bulk.complete(conn)


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


def _set_meta(conn: Connection, name: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )


# How far ahead of this PC's clock a server time is believed: clocks drift a little, a bad record can say 2099.
CLOCK_SKEW = dt.timedelta(minutes=15)
_SERVER_TIME = "clock.server_time"  # the newest server time seen, bounded by the PC clock + skew when it came
_HIGH_WATER = "clock.high_water"  # the latest time the PC's own clock showed this cache


def _believable(server_time: dt.datetime) -> dt.datetime:
    """A server time (a record's `updated_datetime`, a follow-up's `received_at`) as far as it can move our clock:
    no further than the PC's clock plus `CLOCK_SKEW` at the moment it arrived."""
    return min(server_time, _now() + CLOCK_SKEW)


def _meta_time(conn: Connection, name: str) -> dt.datetime | None:
    row = conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    if row is None:
        return None
    try:
        return dt.datetime.fromisoformat(row[0])
    except ValueError:
        return None


def _trusted_now(conn: Connection, wall: dt.datetime) -> dt.datetime:
    """The latest of: the PC's clock now, the latest it ever showed (a high-water mark, so setting it back gains
    nothing), and the newest believable server time. Only the PC's own readings raise the high-water mark;
    server times were bounded when they arrived. Records the mark (inside the caller's transaction)."""
    marks = [t for t in (_meta_time(conn, _HIGH_WATER), _meta_time(conn, _SERVER_TIME)) if t is not None]
    effective = max([wall, *marks])
    _raise_time(conn, _HIGH_WATER, wall)
    return effective


def _raise_time(conn: Connection, name: str, value: dt.datetime) -> None:
    held = _meta_time(conn, name)
    if held is None or held < value:
        _set_meta(conn, name, value.astimezone(dt.UTC).isoformat())


def _set_cursor(conn: Connection, feed: str, cursor: str) -> None:
    conn.execute(
        "INSERT INTO sync_state(feed, cursor, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT(feed) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
        (feed, cursor, _now().isoformat()),
    )


def _purge_in_tx(conn: Connection, service_request_id: str) -> tuple[int, int]:
    """Delete a complaint; follow-ups and outbox rows go by cascade, search entries by trigger.
    Returns (1 if it existed, unsent outbox items lost)."""
    lost = int(
        conn.execute("SELECT count(*) FROM outbox WHERE service_request_id = ?", (service_request_id,)).fetchone()[
            0
        ]
    )
    cur = conn.execute("DELETE FROM complaints WHERE service_request_id = ?", (service_request_id,))
    conn.execute("DELETE FROM snapshot_seen WHERE service_request_id = ?", (service_request_id,))
    return (1 if cur.rowcount > 0 else 0), lost


# Everything not of the district or not under active, in-purpose consent, as range seeks on the scope index
# (schema v4): each OR term is one seek; written out so SQLite's OR optimisation can use the index for each.
_OUT_OF_SCOPE_SQL = (
    "SELECT service_request_id FROM complaints WHERE council_district < :d OR council_district > :d"
    " OR (council_district = :d AND consent_district < :d) OR (council_district = :d AND consent_district > :d)"
    " OR (council_district = :d AND consent_district = :d AND consent_scope < :s)"
    " OR (council_district = :d AND consent_district = :d AND consent_scope > :s)"
    " OR (council_district = :d AND consent_district = :d AND consent_scope = :s"
    "     AND consent_withdrawn_at IS NOT NULL)"
)


def _out_of_scope(conn: Connection, district: int) -> list[str]:
    return [r[0] for r in conn.execute(_OUT_OF_SCOPE_SQL, {"d": district, "s": CONSENT_SCOPE})]


def _record_purges(conn: Connection, reasons: dict[str, int], lost: int) -> None:
    """Audit purges and lost unsent work by count and reason only: no ids (they are personal data too)."""
    reasons = {k: v for k, v in reasons.items() if v}
    if reasons:
        summary = ",".join(f"{k}:{v}" for k, v in sorted(reasons.items()))
        append_event(conn, "purge", actor=SYSTEM_ACTOR, count=sum(reasons.values()), reason=summary)
    if lost:
        append_event(conn, "unsent_lost", actor=SYSTEM_ACTOR, count=lost, reason="purged_with_case")


def _enqueue(conn: Connection, kind: str, service_request_id: str, payload: bytes, key: str) -> None:
    conn.execute(
        "INSERT INTO outbox (kind, service_request_id, payload, idempotency_key, created_at) VALUES (?,?,?,?,?)",
        (kind, service_request_id, payload, key, _now().isoformat()),
    )


def _store_server_followup(conn: Connection, fu: FollowUp) -> None:
    conn.execute(
        "INSERT INTO followups (id, service_request_id, kind, text, outcome, office_status, due_date, created_at,"
        " created_ts, author, author_name, received_at, seq, pending) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)"
        " ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, text = excluded.text, outcome = excluded.outcome,"
        " office_status = excluded.office_status, due_date = excluded.due_date, created_at = excluded.created_at,"
        " created_ts = excluded.created_ts, author = excluded.author, author_name = excluded.author_name,"
        " received_at = excluded.received_at, seq = excluded.seq, pending = 0",
        (
            str(fu.id),
            fu.service_request_id,
            fu.kind,
            fu.text,
            fu.outcome,
            fu.office_status,
            _iso(fu.due_date),
            fu.created_at.isoformat(),
            _utc_ts(fu.created_at),
            fu.author,
            fu.author_name,
            fu.received_at.isoformat(),
            fu.seq,
        ),
    )


# What a server follow-up must match to be the office's own: case, kind and content (and when it was written).
_FU_MATCH_COLUMNS = "service_request_id, kind, text, outcome, office_status, due_date, created_ts, pending"
_FU_PENDING = 7


def _same_followup(held: Sequence[Any], fu: FollowUpIn) -> bool:
    """The row held under this id (`_FU_MATCH_COLUMNS`) is the same follow-up as `fu`."""
    return (held[0], held[1], held[2], held[3], held[4], held[5]) == (
        fu.service_request_id, fu.kind, fu.text, fu.outcome, fu.office_status, _iso(fu.due_date)
    ) and abs(float(held[6]) - _utc_ts(fu.created_at)) < 0.001


def _same_content(sent: FollowUpIn, got: FollowUpIn) -> bool:
    return (sent.id, sent.service_request_id, sent.kind, sent.text, sent.outcome, sent.office_status,
            sent.due_date) == (got.id, got.service_request_id, got.kind, got.text, got.outcome,
                               got.office_status, got.due_date) and sent.created_at == got.created_at


def _rekey_pending(conn: Connection, old_id: str) -> None:
    """A pending follow-up and its outbox item under a fresh id (see `rekey_outbox_item`)."""
    item = conn.execute("SELECT id, payload FROM outbox WHERE idempotency_key = ?", (old_id,)).fetchone()
    new_id = str(uuid.uuid4())
    conn.execute("UPDATE followups SET id = ? WHERE id = ? AND pending = 1", (new_id, old_id))
    if item is not None:
        fu = FollowUpIn.model_validate_json(bytes(item[1])).model_copy(update={"id": uuid.UUID(new_id)})
        conn.execute(
            "UPDATE outbox SET idempotency_key = ?, payload = ?, last_error_code = 'id_collision' WHERE id = ?",
            (new_id, fu.model_dump_json().encode(), item[0]),
        )


def _refresh_case(conn: Connection, sid: str) -> None:
    """Recompute the case's denormalised columns from its follow-ups and outbox.

    office_status: the newest follow-up that sets one. next_due: the due date of the newest non-status
    follow-up, if it has one (logging the next contact supersedes the reminder); none once the office closed it.
    """
    status_row = conn.execute(
        "SELECT office_status FROM followups WHERE service_request_id = ? AND office_status IS NOT NULL"
        " ORDER BY created_ts DESC, id DESC LIMIT 1",
        (sid,),
    ).fetchone()
    latest = conn.execute(
        "SELECT due_date FROM followups WHERE service_request_id = ? AND kind != 'status'"
        " ORDER BY created_ts DESC, id DESC LIMIT 1",
        (sid,),
    ).fetchone()
    pending = int(conn.execute("SELECT count(*) FROM outbox WHERE service_request_id = ?", (sid,)).fetchone()[0])
    office = status_row[0] if status_row else None
    due = latest[0] if latest else None
    current = conn.execute("SELECT office_status FROM complaints WHERE service_request_id = ?", (sid,)).fetchone()
    if current is None:
        return
    status = office or current[0]
    if status in _CLOSED_OFFICE:
        due = None
    conn.execute(
        "UPDATE complaints SET office_status = ?, next_due = ?, pending_count = ? WHERE service_request_id = ?",
        (status, due, pending, sid),
    )
