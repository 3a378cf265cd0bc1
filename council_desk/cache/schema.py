"""The cache schema and its versioned migrations.

Each migration runs in ONE transaction that also bumps `PRAGMA user_version`, so a kill at any instant leaves
the schema wholly old or wholly new. Statements run one by one (never `executescript`, which commits first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from council_desk.cache.db import Connection
from council_desk.cache.schema_casework import CASEWORK

__all__ = ["COMPLAINT_COLUMNS", "LATEST_VERSION", "MIGRATIONS", "Step", "migrate", "schema_version"]

# Every Complaint field is a column (so a Case can be rebuilt exactly), plus derived columns for the list.
COMPLAINT_COLUMNS: tuple[str, ...] = (
    "service_request_id",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "agency_name",
    "requested_datetime",
    "updated_datetime",
    "status",
    "status_notes",
    "address",
    "zipcode",
    "lat",
    "long",
    "complaint_type",
    "descriptor",
    "descriptor_2",
    "borough",
    "council_district",
    "closed_datetime",
    "resolution_description",
    "location_type",
    "open_data_channel_type",
    "nyc_status",
)

_V1: list[str] = [
    """CREATE TABLE complaints (
        service_request_id TEXT PRIMARY KEY,
        service_name TEXT NOT NULL, service_code TEXT NOT NULL, description TEXT NOT NULL,
        agency_responsible TEXT NOT NULL, agency_name TEXT NOT NULL,
        requested_datetime TEXT NOT NULL, updated_datetime TEXT, status TEXT NOT NULL, status_notes TEXT NOT NULL,
        address TEXT NOT NULL, zipcode TEXT NOT NULL, lat REAL, long REAL,
        complaint_type TEXT NOT NULL, descriptor TEXT NOT NULL, descriptor_2 TEXT NOT NULL, borough TEXT NOT NULL,
        council_district INTEGER NOT NULL, closed_datetime TEXT, resolution_description TEXT NOT NULL,
        location_type TEXT NOT NULL, open_data_channel_type TEXT NOT NULL, nyc_status TEXT NOT NULL,
        -- derived, for sorting and filtering without parsing
        requested_ts REAL NOT NULL, requested_date TEXT NOT NULL, closed_ts REAL,
        -- contact (only ever present under active consent)
        contact_first_name TEXT NOT NULL, contact_last_name TEXT NOT NULL, contact_phone TEXT NOT NULL,
        contact_email TEXT NOT NULL, contact_mailing_address TEXT NOT NULL, contact_language TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        -- consent receipt
        consent_id TEXT NOT NULL, consent_given_at TEXT NOT NULL, consent_channel TEXT NOT NULL,
        consent_notice_version TEXT NOT NULL, consent_scope TEXT NOT NULL, consent_district INTEGER NOT NULL,
        consent_withdrawn_at TEXT,
        -- the office's own work
        office_status TEXT NOT NULL DEFAULT 'new',
        reopen_requested_at TEXT,
        next_due TEXT,
        pending_count INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE followups (
        id TEXT PRIMARY KEY,
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        kind TEXT NOT NULL, text TEXT NOT NULL, outcome TEXT, office_status TEXT, due_date TEXT,
        created_at TEXT NOT NULL, created_ts REAL NOT NULL,
        author TEXT NOT NULL DEFAULT '', author_name TEXT NOT NULL DEFAULT '',
        received_at TEXT, seq INTEGER,
        pending INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX followups_case ON followups(service_request_id, created_ts)",
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('followup', 'reopen')),
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        payload BLOB NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error_code TEXT,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX outbox_case ON outbox(service_request_id)",
    "CREATE TABLE snapshot_seen (service_request_id TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE sync_state (feed TEXT PRIMARY KEY, cursor TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE audit (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        service_request_ids TEXT NOT NULL, fields TEXT NOT NULL,
        disclosure_class TEXT, approval_ref TEXT NOT NULL, reason TEXT NOT NULL, count INTEGER NOT NULL,
        prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
        uploaded INTEGER NOT NULL DEFAULT 0
    )""",
    # Append-only: rows can be added and marked uploaded, nothing else. (A determined attacker with the key can
    # drop the trigger; the hash chain is what detects that.)
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        WHEN NEW.seq IS NOT OLD.seq OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
          OR NEW.action IS NOT OLD.action OR NEW.service_request_ids IS NOT OLD.service_request_ids
          OR NEW.fields IS NOT OLD.fields OR NEW.disclosure_class IS NOT OLD.disclosure_class
          OR NEW.approval_ref IS NOT OLD.approval_ref OR NEW.reason IS NOT OLD.reason OR NEW.count IS NOT OLD.count
          OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash OR NEW.uploaded < OLD.uploaded
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    "CREATE INDEX audit_pending ON audit(uploaded, seq)",
    "CREATE INDEX audit_at ON audit(at)",
]

# v2: full-text search and the list's indexes. A separate step so that the migration test has a real upgrade.
_V2: list[str] = [
    # External content: the text lives once (in complaints); triggers keep the index in step. No `prefix=`
    # index: it made the initial sync ~30% slower for little gain on prefix queries of 3+ letters.
    """CREATE VIRTUAL TABLE complaints_fts USING fts5(
        description, resolution_description, address, contact_name,
        content='complaints', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    # Deleted entries are removed from the index at once, not left for a later merge: purged words must go.
    "INSERT INTO complaints_fts(complaints_fts, rank) VALUES('secure-delete', 1)",
    """CREATE TRIGGER complaints_ai AFTER INSERT ON complaints BEGIN
        INSERT INTO complaints_fts(rowid, description, resolution_description, address, contact_name)
        VALUES (new.rowid, new.description, new.resolution_description, new.address, new.contact_name);
    END""",
    """CREATE TRIGGER complaints_ad AFTER DELETE ON complaints BEGIN
        INSERT INTO complaints_fts(complaints_fts, rowid, description, resolution_description, address,
                                   contact_name)
        VALUES ('delete', old.rowid, old.description, old.resolution_description, old.address, old.contact_name);
    END""",
    """CREATE TRIGGER complaints_au AFTER UPDATE OF description, resolution_description, address, contact_name
        ON complaints BEGIN
        INSERT INTO complaints_fts(complaints_fts, rowid, description, resolution_description, address,
                                   contact_name)
        VALUES ('delete', old.rowid, old.description, old.resolution_description, old.address, old.contact_name);
        INSERT INTO complaints_fts(rowid, description, resolution_description, address, contact_name)
        VALUES (new.rowid, new.description, new.resolution_description, new.address, new.contact_name);
    END""",
    "CREATE INDEX complaints_closed ON complaints(closed_ts) WHERE closed_ts IS NOT NULL",
    # Every list sort is (column, requested_ts, service_request_id): each index delivers its sort in order and
    # covers the list query, so sorting 100k cases never reads the ~1 KB complaint rows (every page read from
    # disk is decrypted and HMAC-checked, which made a sort through the rows cost seconds). A narrow copy of the
    # list columns in its own table was tried and doubled the cost of the initial sync.
    "CREATE INDEX complaints_requested ON complaints(requested_ts, service_request_id)",
    "CREATE INDEX complaints_type ON complaints(complaint_type, requested_ts, service_request_id)",
    "CREATE INDEX complaints_agency ON complaints(agency_responsible, requested_ts, service_request_id)",
    "CREATE INDEX complaints_status ON complaints(status, requested_ts, service_request_id)",
    "CREATE INDEX complaints_office ON complaints(office_status, requested_ts, service_request_id)",
    "CREATE INDEX complaints_address ON complaints(address, requested_ts, service_request_id)",
    "CREATE INDEX complaints_pending ON complaints(pending_count, requested_ts, service_request_id)",
    "CREATE INDEX complaints_due ON complaints(next_due, requested_ts, service_request_id)",
    "CREATE INDEX complaints_date ON complaints(requested_date)",
]

# v3: performance (issues 3 and 4). Measured on 100k real-311-derived rows, 1000-row snapshot pages:
# - FTS5 flushes its pending terms at every statement savepoint, and an UPSERT run by `executemany` opens one per
#   row, so the per-row AFTER INSERT trigger wrote one tiny segment per row and then merged them over and over
#   (apply_complaint_page 9-10x a bare insert; the same terms fed as one INSERT … SELECT per page: ~4x). The
#   insert trigger therefore stands aside while `fts_deferred` holds a row; the store's bulk path sets it, indexes
#   the page's new rows with one INSERT … SELECT and clears it, all inside the page's transaction. Every other
#   insert still goes through the trigger.
# - detail=none: the search only ever asks "has this word (or prefix)", never phrases, NEAR or columns, so
#   positions are dead weight (-10% file size, faster initial sync). Prefix queries work without positions.
# - The update trigger fires only when an indexed text really changed: a re-sent snapshot of unchanged cases no
#   longer deletes and re-adds every case's words (each one a flushed segment, see above).
# - Two indexes fewer to maintain per inserted case (each cost ~6% of a bulk page): `complaints_date`, since the
#   date filters are bounded by `requested_ts` through `complaints_requested` (queries._where), and
#   `complaints_pending`, a sort the case list never offers (the sort still works, through the rows).
# The index is rebuilt from `complaints` in the same transaction; the old one is dropped with secure_delete on,
# so its pages are zeroed.
_V3: list[str] = [
    "DROP INDEX complaints_date",
    "DROP INDEX complaints_pending",
    "DROP TRIGGER complaints_ai",
    "DROP TRIGGER complaints_ad",
    "DROP TRIGGER complaints_au",
    "DROP TABLE complaints_fts",
    """CREATE VIRTUAL TABLE complaints_fts USING fts5(
        description, resolution_description, address, contact_name,
        content='complaints', content_rowid='rowid', detail=none,
        tokenize='unicode61 remove_diacritics 2'
    )""",
    "INSERT INTO complaints_fts(complaints_fts, rank) VALUES('secure-delete', 1)",
    "INSERT INTO complaints_fts(complaints_fts) VALUES('rebuild')",
    # One row while a bulk page is being applied (inside its transaction only; a crash rolls it back).
    "CREATE TABLE fts_deferred (id INTEGER PRIMARY KEY CHECK (id = 1))",
    """CREATE TRIGGER complaints_ai AFTER INSERT ON complaints
        WHEN NOT EXISTS (SELECT 1 FROM fts_deferred) BEGIN
        INSERT INTO complaints_fts(rowid, description, resolution_description, address, contact_name)
        VALUES (new.rowid, new.description, new.resolution_description, new.address, new.contact_name);
    END""",
    """CREATE TRIGGER complaints_ad AFTER DELETE ON complaints BEGIN
        INSERT INTO complaints_fts(complaints_fts, rowid, description, resolution_description, address,
                                   contact_name)
        VALUES ('delete', old.rowid, old.description, old.resolution_description, old.address, old.contact_name);
    END""",
    """CREATE TRIGGER complaints_au AFTER UPDATE OF description, resolution_description, address, contact_name
        ON complaints
        WHEN old.description IS NOT new.description
          OR old.resolution_description IS NOT new.resolution_description
          OR old.address IS NOT new.address OR old.contact_name IS NOT new.contact_name
        BEGIN
        INSERT INTO complaints_fts(complaints_fts, rowid, description, resolution_description, address,
                                   contact_name)
        VALUES ('delete', old.rowid, old.description, old.resolution_description, old.address, old.contact_name);
        INSERT INTO complaints_fts(rowid, description, resolution_description, address, contact_name)
        VALUES (new.rowid, new.description, new.resolution_description, new.address, new.contact_name);
    END""",
]

# v4: the scope check over what is held (store.purge_out_of_scope, at every open). Without it the check read every
# row's page: 110-160 ms on 100k cases at each start-up; through this index it is a handful of empty range seeks
# (~0.1 ms). Building it costs ~0.2 s at the end of a 100k first sync (measured).
_V4: list[str] = [
    "CREATE INDEX complaints_scope ON complaints(council_district, consent_district, consent_scope,"
    " consent_withdrawn_at)",
    # A complaint closed at the agency without a closed date: its retention counts from its filing (rows.py).
    "UPDATE complaints SET closed_ts = requested_ts WHERE status = 'closed' AND closed_ts IS NULL",
    # The clock marks before v4 took any server time as it came (one record dated 2099 pinned "now" there and
    # purged every closed case): forgotten; the store keeps bounded ones under new names (clock.py).
    "DELETE FROM meta WHERE name IN ('last_server_time', 'clock_high_water')",
]

# v5: the privacy officer's side (issue 13).
# - The audit log gets its witness's fields: a device id for this cache (random, made here, never changed), events
#   in format 2 that hash their device and number (domain/chain.py), and what each disclosure was and to whom.
#   Rows written before keep format 1 (their hash is unchanged). The server witnesses this device's events from
#   `audit_base_seq` on: the first event not uploaded before this upgrade (1 for a new cache).
# - Case-by-case approvals: the office's requests and the server-issued approvals, each tied to its cases, so a
#   case purged takes its approvals with it (purge.py).
# - The outbox also carries approval requests and a supervisor's decisions (a CHECK constraint cannot be changed
#   in place: the table is copied; its rows and ids are kept).
_V5: list[str] = [
    "ALTER TABLE audit ADD COLUMN format INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE audit ADD COLUMN device_id TEXT",
    "ALTER TABLE audit ADD COLUMN output TEXT",
    "ALTER TABLE audit ADD COLUMN recipient TEXT",
    "ALTER TABLE audit ADD COLUMN recipient_name TEXT NOT NULL DEFAULT ''",
    "DROP TRIGGER audit_no_update",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        WHEN NEW.seq IS NOT OLD.seq OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
          OR NEW.action IS NOT OLD.action OR NEW.service_request_ids IS NOT OLD.service_request_ids
          OR NEW.fields IS NOT OLD.fields OR NEW.disclosure_class IS NOT OLD.disclosure_class
          OR NEW.approval_ref IS NOT OLD.approval_ref OR NEW.reason IS NOT OLD.reason OR NEW.count IS NOT OLD.count
          OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash OR NEW.uploaded < OLD.uploaded
          OR NEW.format IS NOT OLD.format OR NEW.device_id IS NOT OLD.device_id OR NEW.output IS NOT OLD.output
          OR NEW.recipient IS NOT OLD.recipient OR NEW.recipient_name IS NOT OLD.recipient_name
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    "INSERT INTO meta(name, value) VALUES ('device_id', lower(hex(randomblob(16)))) ON CONFLICT(name) DO NOTHING",
    "INSERT INTO meta(name, value) SELECT 'audit_base_seq',"
    " CAST(COALESCE((SELECT max(seq) FROM audit WHERE uploaded = 1), 0) + 1 AS TEXT) WHERE true"
    " ON CONFLICT(name) DO NOTHING",
    """CREATE TABLE approvals (
        request_id TEXT PRIMARY KEY,
        approval_id TEXT UNIQUE,
        status TEXT NOT NULL,
        output TEXT NOT NULL,
        recipient TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        expires_at TEXT,
        updated_at TEXT NOT NULL,
        -- 1 while our own request waits in the outbox; the server's record replaces it when it answers
        pending_send INTEGER NOT NULL DEFAULT 0,
        -- a supervisor's decision waiting in the outbox (JSON), shown as made until the server answers
        local_decision TEXT,
        body TEXT NOT NULL
    )""",
    """CREATE TABLE approval_cases (
        request_id TEXT NOT NULL REFERENCES approvals(request_id) ON DELETE CASCADE,
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        PRIMARY KEY (request_id, service_request_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX approval_cases_case ON approval_cases(service_request_id)",
    """CREATE TABLE outbox_v5 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('followup', 'reopen', 'approval', 'decision')),
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        payload BLOB NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error_code TEXT,
        created_at TEXT NOT NULL
    )""",
    "INSERT INTO outbox_v5 (id, kind, service_request_id, payload, idempotency_key, attempts, last_error_code,"
    " created_at) SELECT id, kind, service_request_id, payload, idempotency_key, attempts, last_error_code,"
    " created_at FROM outbox",
    "DROP TABLE outbox",
    "ALTER TABLE outbox_v5 RENAME TO outbox",
    "CREATE INDEX outbox_case ON outbox(service_request_id)",
]

# A step is an SQL statement, or a function of the connection for what SQL cannot say (schema_casework.py).
Step = str | Callable[[Connection], None]

# v6: issue 14's casework (schema_casework.py): reminders as tasks, the case's owner, the building and the filer,
# the 311 lifecycle, saved views, bulk actions; the outbox rebuilt once more to take reminders' changes.
MIGRATIONS: Sequence[Sequence[Step]] = (_V1, _V2, _V3, _V4, _V5, CASEWORK)
LATEST_VERSION = len(MIGRATIONS)

# Test hook: called after a migration's statements ran and before its commit (the kill -9 test dies here).
migration_hook: Callable[[int], None] | None = None


def schema_version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: Connection, target: int = LATEST_VERSION) -> int:
    """Bring the schema up to `target`, one transaction per version; returns the version reached.

    A cache newer than this program (a later version wrote it) is refused rather than guessed at.
    """
    from council_desk.cache.errors import CacheProblem

    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise CacheProblem(
            "The case cache was written by a newer version of Council Desk. Update Council Desk to open it.",
            code="cache_too_new",
        )
    while current < target:
        version = current + 1
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version - 1]:
                if callable(statement):
                    statement(conn)
                else:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            if migration_hook is not None:
                migration_hook(version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current = version
    return current
