"""The sandbox's own store (stdlib sqlite3): complaints, the per-district change logs, follow-ups, OAuth state.

The complaint feed is a per-district log of changes, each stored as its final JSON bytes so that a page is built by
joining bytes. The log is compacted: a complaint has at most one entry (its latest upsert or removal), so a client
that starts from scratch reads each consented complaint once and a resuming client sees only what changed.

One connection guarded by a lock: uvicorn's worker threads share it; every write is one transaction. The tables
are schema.py's; the office's follow-ups and reopen requests are office_work.py's, its casework casework.py's.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from council_desk.sandbox import office_work, schema
from council_desk.sandbox.generate import NY, Params, Record, consent_json

_MONTHLY = (
    "SELECT month, complaint_type, agency, COUNT(*), SUM(closed_at IS NOT NULL), SUM(reopen_requested), "
    "SUM(satisfaction=1), SUM(satisfaction=2), SUM(satisfaction=3), SUM(satisfaction=4), SUM(satisfaction=5) "
    "FROM complaints WHERE month BETWEEN ? AND ? {where} "
    "GROUP BY month, complaint_type, agency ORDER BY month, complaint_type, agency"
)

CONSENT_NONE, CONSENT_ACTIVE, CONSENT_WITHDRAWN, CONSENT_EXPIRED = 0, 1, 2, 3


@dataclass(frozen=True)
class ComplaintState:
    id: str
    district: int
    consent_state: int
    closed: bool


def _upsert_body(seq: int, complaint: str, contact: str, consent: str) -> bytes:
    return (
        f'{{"op":"upsert","seq":{seq},"complaint":{complaint},"contact":{contact},"consent":{consent}}}'.encode()
    )


def _removal_body(seq: int, sr_id: str, reason: str) -> bytes:
    return f'{{"op":"remove","seq":{seq},"service_request_id":"{sr_id}","reason":"{reason}"}}'.encode()


def month_of(when: dt.datetime) -> str:
    return when.astimezone(NY).strftime("%Y-%m")


class Store:
    """All sandbox state in one SQLite file; methods are atomic."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        schema.create(self._db)
        self._lock = threading.RLock()
        self._offset: float | None = None  # the clock offset, cached (only this process changes it)
        self._retention_tick: tuple[int, float | None] | None = None
        self._secrets: dict[str, bytes] = {}

    # ---- plumbing ------------------------------------------------------------------------------------------
    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on any error)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @contextmanager
    def locked(self) -> Iterator[sqlite3.Connection]:
        """Several reads that must see one state (no write between them)."""
        with self._lock:
            yield self._db

    def q(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def meta(self, key: str) -> str | None:
        rows = self.q("SELECT v FROM meta WHERE k=?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self.tx() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES(?,?)", (key, value))

    def secret(self, name: str) -> bytes:
        """A random 256-bit key kept with the data (e.g. `receipt_key`); made on first use, new with new data."""
        key = self._secrets.get(name)
        if key is None:
            with self.tx() as db:
                db.execute("INSERT OR IGNORE INTO meta VALUES(?,?)", (name, secrets.token_hex(32)))
                key = bytes.fromhex(db.execute("SELECT v FROM meta WHERE k=?", (name,)).fetchone()[0])
            self._secrets[name] = key
        return key

    # ---- clock ---------------------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """Server time: real time plus the test-mode offset (which only ever moves forward)."""
        if self._offset is None:
            self._offset = float(self.meta("clock_offset") or 0)
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self._offset)

    def advance_clock(self, seconds: float) -> dt.datetime:
        offset = float(self.meta("clock_offset") or 0) + max(0.0, seconds)
        self.set_meta("clock_offset", repr(offset))
        self._offset = offset
        return self.now()

    # ---- loading -------------------------------------------------------------------------------------------
    def loaded_params(self) -> str | None:
        return self.meta("params")

    def load(self, params: Params, records: Iterable[Record], retention_days: int) -> None:
        """Replace everything with freshly generated data (one transaction, inserted in batches)."""
        self._offset = None
        self._secrets.clear()
        cutoff = (self.now() - dt.timedelta(days=retention_days)).timestamp()
        with self._lock:
            # A bulk load through the WAL writes every page twice (WAL, then checkpoint); with a rollback journal
            # freshly allocated pages are written once. Back to WAL afterwards for concurrent readers.
            self._retention_tick = None
            self._db.execute("PRAGMA journal_mode=DELETE")
            try:
                self._load(params, records, cutoff)
            finally:
                self._db.execute("PRAGMA journal_mode=WAL")

    def _load(self, params: Params, records: Iterable[Record], cutoff: float) -> None:
        with self.tx() as db:
            for table in schema.TABLES:
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            seqs = dict.fromkeys(range(1, 52), 0)
            rows: list[tuple[Any, ...]] = []
            changes: list[tuple[int, int, str, bytes]] = []

            def flush() -> None:
                db.executemany("INSERT INTO complaints VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
                db.executemany("INSERT INTO changes VALUES(?,?,?,?)", changes)
                rows.clear()
                changes.clear()

            for r in records:
                closed_ts = r.closed_ts
                state = CONSENT_NONE
                if r.consent_json is not None:
                    # Already past retention when the sandbox starts: never shared (the client would purge it).
                    state = CONSENT_EXPIRED if closed_ts is not None and closed_ts < cutoff else CONSENT_ACTIVE
                if state == CONSENT_ACTIVE and r.consent_json is not None:
                    seqs[r.district] += 1
                    seq = seqs[r.district]
                    changes.append(
                        (
                            r.district,
                            seq,
                            r.id,
                            _upsert_body(seq, r.complaint_json, r.contact_json, r.consent_json),
                        )
                    )
                rows.append(
                    (
                        r.id,
                        r.district,
                        r.requested_ts,
                        r.month,
                        closed_ts,
                        r.complaint_type,
                        r.agency,
                        r.complaint_json,
                        r.contact_json,
                        r.consent_json,
                        state,
                        r.satisfaction,
                        int(r.reopen_requested),
                        r.feedback,
                    )
                )
                if len(rows) >= 5000:
                    flush()
            flush()
            db.executemany("INSERT INTO districts VALUES(?,?,?,0)", [(d, 1, s) for d, s in seqs.items()])
            db.execute("INSERT INTO meta VALUES('params', ?)", (params.key(),))
            db.execute("INSERT INTO meta VALUES('cursor_key', ?)", (secrets.token_hex(32),))
            # Withdrawal receipts are keyed by this, not by the seed (receipts.py): new data, new codes.
            db.execute("INSERT INTO meta VALUES('receipt_key', ?)", (secrets.token_hex(32),))
            db.execute("INSERT INTO meta VALUES('next_intake_id', '0')")
        self._offset = None

    # ---- the complaint feed --------------------------------------------------------------------------------
    def epoch(self, district: int) -> int:
        return int(self.q("SELECT epoch FROM districts WHERE district=?", (district,))[0][0])

    def expire_cursors(self) -> None:
        with self.tx() as db:
            db.execute("UPDATE districts SET epoch = epoch + 1")

    def _append(self, db: sqlite3.Connection, district: int, sr_id: str, body_of: Any) -> int:
        seq = int(db.execute("SELECT seq FROM districts WHERE district=?", (district,)).fetchone()[0]) + 1
        db.execute("UPDATE districts SET seq=? WHERE district=?", (seq, district))
        db.execute("DELETE FROM changes WHERE district=? AND id=?", (district, sr_id))
        db.execute("INSERT INTO changes VALUES(?,?,?,?)", (district, seq, sr_id, body_of(seq)))
        return seq

    def enforce_retention(self, retention_days: int) -> int:
        """Complaints closed longer ago than the retention period leave the feed with a removal.

        Checked at most once a second (retention is measured in days), and again at once after the clock moved."""
        tick = (int(time.monotonic()), self._offset)
        if tick == self._retention_tick:
            return 0
        self._retention_tick = tick
        cutoff = (self.now() - dt.timedelta(days=retention_days)).timestamp()
        # Read first: nearly always nothing is due, and a write transaction per sync request would serialise them.
        if not self.q(
            "SELECT 1 FROM complaints WHERE consent_state=? AND closed_at < ? LIMIT 1", (CONSENT_ACTIVE, cutoff)
        ):
            return 0
        with self.tx() as db:
            due = db.execute(
                "SELECT id, district FROM complaints WHERE consent_state=? AND closed_at < ?",
                (CONSENT_ACTIVE, cutoff),
            ).fetchall()
            for sr_id, district in due:
                db.execute("UPDATE complaints SET consent_state=? WHERE id=?", (CONSENT_EXPIRED, sr_id))
                self._append(db, district, sr_id, lambda s, i=sr_id: _removal_body(s, i, "retention_expired"))
                office_work.forget(db, sr_id)
        return len(due)

    def page(self, district: int, after: int, limit: int) -> tuple[list[bytes], int, bool]:
        """Changes with seq > after: (bodies, last seq, has_more)."""
        rows = self.q(
            "SELECT seq, body FROM changes WHERE district=? AND seq>? ORDER BY seq LIMIT ?",
            (district, after, limit + 1),
        )
        more = len(rows) > limit
        rows = rows[:limit]
        last = rows[-1][0] if rows else after
        return [r[1] for r in rows], last, more

    # ---- complaints ----------------------------------------------------------------------------------------
    def state(self, sr_id: str) -> ComplaintState | None:
        rows = self.q(
            "SELECT id, district, consent_state, closed_at IS NOT NULL FROM complaints WHERE id=?", (sr_id,)
        )
        return ComplaintState(rows[0][0], rows[0][1], rows[0][2], bool(rows[0][3])) if rows else None

    def in_scope(self, sr_id: str, district: int) -> bool:
        """True only for a complaint of this district under active consent: everything else is 'not found'."""
        st = self.state(sr_id)
        return st is not None and st.district == district and st.consent_state == CONSENT_ACTIVE

    def current_upsert(self, sr_id: str) -> bytes | None:
        rows = self.q(
            "SELECT ch.body FROM changes ch JOIN complaints c ON c.id = ch.id AND c.district = ch.district "
            "WHERE ch.id=? AND c.consent_state=?",
            (sr_id, CONSENT_ACTIVE),
        )
        return rows[0][0] if rows else None

    def give_consent(self, sr_id: str, channel: str) -> ComplaintState | None:
        """A new consent receipt for an existing complaint; appears in its district's feed as an upsert."""
        with self.tx() as db:
            row = db.execute(
                "SELECT district, requested, complaint_json, contact_json, consent_state FROM complaints "
                "WHERE id=?",
                (sr_id,),
            ).fetchone()
            if row is None:
                return None
            district, requested, complaint, contact, state = row
            if state != CONSENT_ACTIVE:
                given = max(self.now(), dt.datetime.fromtimestamp(requested, dt.UTC) + dt.timedelta(seconds=5))
                given_iso = given.astimezone(NY).replace(microsecond=0).isoformat()
                consent = consent_json(sr_id, district, given_iso, channel)
                db.execute(
                    "UPDATE complaints SET consent_json=?, consent_state=? WHERE id=?",
                    (consent, CONSENT_ACTIVE, sr_id),
                )
                self._append(db, district, sr_id, lambda s: _upsert_body(s, complaint, contact, consent))
        self._retention_tick = None  # a new consent on an old closed complaint must be checked at once
        return self.state(sr_id)

    def withdraw(self, sr_id: str) -> ComplaintState | None:
        """Consent withdrawn: the complaint leaves the feed with a removal, and the office's notes on it go."""
        with self.tx() as db:
            row = db.execute("SELECT district, consent_state FROM complaints WHERE id=?", (sr_id,)).fetchone()
            if row is None:
                return None
            district, state = row
            if state == CONSENT_ACTIVE:
                db.execute("UPDATE complaints SET consent_state=? WHERE id=?", (CONSENT_WITHDRAWN, sr_id))
                self._append(db, district, sr_id, lambda s: _removal_body(s, sr_id, "consent_withdrawn"))
            # Even when consent was already gone: a data folder kept from before this rule may still hold notes.
            office_work.forget(db, sr_id)
        return self.state(sr_id)

    def move_district(self, sr_id: str, new_district: int) -> ComplaintState | None:
        """A corrected location moves the complaint: a `left_district` removal for the old district's feed.
        The consent named the old member, so it does not carry over (a new consent would be needed)."""
        with self.tx() as db:
            row = db.execute(
                "SELECT district, consent_state, complaint_json FROM complaints WHERE id=?", (sr_id,)
            ).fetchone()
            if row is None:
                return None
            district, state, complaint = row
            doc = json.loads(complaint)
            doc["council_district"] = new_district
            new_state = CONSENT_NONE if state == CONSENT_ACTIVE else state
            db.execute(
                "UPDATE complaints SET district=?, complaint_json=?, consent_state=?, consent_json=NULL "
                "WHERE id=?",
                (new_district, json.dumps(doc, ensure_ascii=False, separators=(",", ":")), new_state, sr_id),
            )
            if state == CONSENT_ACTIVE:
                self._append(db, district, sr_id, lambda s: _removal_body(s, sr_id, "left_district"))
                office_work.forget(db, sr_id)
        return self.state(sr_id)

    def set_complaint_state(
        self,
        db: sqlite3.Connection,
        sr_id: str,
        *,
        status: str,
        closed_at: dt.datetime | None,
        resolution: str,
        now: dt.datetime,
    ) -> None:
        """The agency reopened or closed a complaint (the lifecycle simulation, casework.py), inside the caller's
        transaction: its record changes, and a held one appears in its district's feed as an upsert."""
        row = db.execute(
            "SELECT district, complaint_json, contact_json, consent_json, consent_state FROM complaints"
            " WHERE id=?",
            (sr_id,),
        ).fetchone()
        if row is None:
            return
        district, complaint, contact, consent, state = row
        doc = json.loads(complaint)
        doc["status"] = status
        doc["nyc_status"] = "Closed" if status == "closed" else "In Progress"
        doc["closed_datetime"] = closed_at.astimezone(NY).isoformat() if closed_at else None
        doc["resolution_description"] = resolution
        doc["updated_datetime"] = now.astimezone(NY).isoformat()
        new = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        db.execute(
            "UPDATE complaints SET complaint_json=?, closed_at=? WHERE id=?",
            (new, closed_at.timestamp() if closed_at else None, sr_id),
        )
        if state == CONSENT_ACTIVE and consent is not None:
            self._append(db, district, sr_id, lambda s: _upsert_body(s, new, contact, consent))

    def add_complaint(self, record: Record) -> None:
        with self.tx() as db:
            db.execute(
                "INSERT INTO complaints VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    record.id,
                    record.district,
                    record.requested_ts,
                    record.month,
                    None,
                    record.complaint_type,
                    record.agency,
                    record.complaint_json,
                    record.contact_json,
                    None,
                    CONSENT_NONE,
                    None,
                    0,
                    "",
                ),
            )

    def next_intake_number(self) -> int:
        with self.tx() as db:
            n = int(db.execute("SELECT v FROM meta WHERE k='next_intake_id'").fetchone()[0])
            db.execute("UPDATE meta SET v=? WHERE k='next_intake_id'", (str(n + 1),))
        return n

    def complaint_ids(self, district: int | None, consent_state: int | None, limit: int) -> list[str]:
        sql = "SELECT id FROM complaints WHERE 1=1"
        args: list[Any] = []
        if district is not None:
            sql += " AND district=?"
            args.append(district)
        if consent_state is not None:
            sql += " AND consent_state=?"
            args.append(consent_state)
        return [r[0] for r in self.q(sql + " ORDER BY requested, id LIMIT ?", (*args, limit))]

    def public_rows(self, where: str, args: Sequence[Any], limit: int) -> list[str]:
        return [
            r[0]
            for r in self.q(
                f"SELECT complaint_json FROM complaints WHERE {where} ORDER BY requested DESC LIMIT ?",  # noqa: S608
                (*args, limit),
            )
        ]

    # ---- the feeds attached to complaints (office_work.py, casework.py) -----------------------------------
    def held_page(
        self, table: str, seq: str, district: int, after: int, limit: int, top_sql: str, top_args: Sequence[Any]
    ) -> tuple[list[bytes], int, bool]:
        """(bodies, last position, has_more) of a feed attached to complaints (follow-ups, tasks, the lifecycle),
        only for those the office still holds: active consent, this district. `top_sql` reads the feed's newest
        position. The position moves past rows filtered out too, so a withdrawn complaint's entries are never
        revisited; one lock for both reads, as a row committed between them would be skipped by that jump."""
        with self._lock:
            found = self._db.execute(top_sql, tuple(top_args)).fetchone()
            top = int(found[0]) if found else 0
            rows = self._db.execute(
                f"SELECT x.{seq}, x.body FROM {table} x JOIN complaints c ON c.id = x.service_request_id "  # noqa: S608 -- fixed names
                f"WHERE x.district=? AND x.{seq}>? AND x.{seq}<=? AND c.district=x.district AND c.consent_state=? "
                f"ORDER BY x.{seq} LIMIT ?",
                (district, after, top, CONSENT_ACTIVE, limit + 1),
            ).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        last = rows[-1][0] if rows else after
        if not more:
            last = max(last, top)
        return [bytes(r[1]) for r in rows], last, more

    # ---- statistics ----------------------------------------------------------------------------------------
    def monthly(self, district: int | None, from_month: str, to_month: str) -> list[tuple[Any, ...]]:
        """(month, complaint_type, agency, received, closed, reopen, s1..s5) over ALL complaints."""
        if district is None:
            return self.q(_MONTHLY.format(where=""), (from_month, to_month))
        return self.q(_MONTHLY.format(where="AND district=?"), (from_month, to_month, district))

    # ---- devices -------------------------------------------------------------------------------------------
    def device_status(self, username: str) -> str:
        rows = self.q("SELECT status FROM devices WHERE username=?", (username,))
        return str(rows[0][0]) if rows else "active"

    def set_device_status(self, username: str, status: str) -> None:
        with self.tx() as db:
            db.execute("INSERT OR REPLACE INTO devices VALUES(?,?)", (username, status))
