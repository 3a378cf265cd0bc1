"""The sandbox's tables, all in one SQLite file: what each holds, and how a data folder an older sandbox made is
brought up to them.

Apart from store.py, which reads and writes them, so that the file's layout reads in one place, as the client's
cache keeps its own in cache/schema.py. The casework tables (issue 14) are casework.py's, made here after these.
"""

from __future__ import annotations

import sqlite3

from council_desk.sandbox.casework import CASEWORK_SCHEMA, CASEWORK_TABLES

__all__ = ["SCHEMA", "TABLES", "create"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS complaints(
  id TEXT PRIMARY KEY, district INTEGER NOT NULL, requested REAL NOT NULL, month TEXT NOT NULL,
  closed_at REAL, complaint_type TEXT NOT NULL, agency TEXT NOT NULL,
  complaint_json TEXT NOT NULL, contact_json TEXT NOT NULL, consent_json TEXT,
  consent_state INTEGER NOT NULL,  -- 0 never given, 1 active, 2 withdrawn, 3 retention expired
  satisfaction INTEGER, reopen_requested INTEGER NOT NULL, feedback TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_complaints_retention ON complaints(consent_state, closed_at);
CREATE INDEX IF NOT EXISTS ix_complaints_stats ON complaints(month, district);
CREATE TABLE IF NOT EXISTS districts(district INTEGER PRIMARY KEY, epoch INTEGER NOT NULL,
  seq INTEGER NOT NULL, fseq INTEGER NOT NULL);
-- A rowid table: WITHOUT ROWID is a poor fit for rows of a kilobyte or more (SQLite's own guidance).
CREATE TABLE IF NOT EXISTS changes(district INTEGER NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,
  body BLOB NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS ix_changes_seq ON changes(district, seq);
CREATE INDEX IF NOT EXISTS ix_changes_id ON changes(district, id);
CREATE TABLE IF NOT EXISTS followups(id TEXT PRIMARY KEY, district INTEGER NOT NULL, fseq INTEGER NOT NULL,
  service_request_id TEXT NOT NULL, request TEXT NOT NULL, body BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS ix_followups_feed ON followups(district, fseq);
CREATE TABLE IF NOT EXISTS reopens(id TEXT PRIMARY KEY, district INTEGER NOT NULL,
  service_request_id TEXT NOT NULL,
  request TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS audit_events(id TEXT PRIMARY KEY, username TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sso_sessions(hash TEXT PRIMARY KEY, username TEXT NOT NULL, auth_time REAL NOT NULL,
  expires REAL NOT NULL);
CREATE TABLE IF NOT EXISTS oauth_codes(hash TEXT PRIMARY KEY, username TEXT NOT NULL, redirect_uri TEXT NOT NULL,
  challenge TEXT NOT NULL, expires REAL NOT NULL, used INTEGER NOT NULL, family TEXT, auth_time REAL NOT NULL);
CREATE TABLE IF NOT EXISTS token_families(family TEXT PRIMARY KEY, username TEXT NOT NULL, created REAL NOT NULL,
  expires REAL NOT NULL, revoked INTEGER NOT NULL, auth_time REAL NOT NULL);
CREATE TABLE IF NOT EXISTS refresh_tokens(hash TEXT PRIMARY KEY, family TEXT NOT NULL, rotated INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS access_tokens(hash TEXT PRIMARY KEY, family TEXT NOT NULL, username TEXT NOT NULL,
  expires REAL NOT NULL);
CREATE TABLE IF NOT EXISTS devices(username TEXT PRIMARY KEY, status TEXT NOT NULL);
-- The audit witness (witness.py): each device's events by number, what was found wrong, conflicting copies.
CREATE TABLE IF NOT EXISTS audit_devices(device_id TEXT PRIMARY KEY, username TEXT NOT NULL,
  district INTEGER NOT NULL, base_seq INTEGER NOT NULL, first_seen REAL NOT NULL);
CREATE TABLE IF NOT EXISTS audit_log(device_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL,
  hash TEXT NOT NULL, prev_hash TEXT NOT NULL, username TEXT NOT NULL, district INTEGER NOT NULL, at REAL NOT NULL,
  received REAL NOT NULL, findings TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY(device_id, seq));
CREATE INDEX IF NOT EXISTS ix_audit_log_office ON audit_log(district, at);
CREATE TABLE IF NOT EXISTS audit_forks(device_id TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,
  received REAL NOT NULL, body TEXT NOT NULL, PRIMARY KEY(device_id, seq, hash));
CREATE TABLE IF NOT EXISTS audit_flags(id INTEGER PRIMARY KEY, device_id TEXT NOT NULL, district INTEGER NOT NULL,
  kind TEXT NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, detected REAL NOT NULL,
  detail TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ix_audit_flags_office ON audit_flags(district, detected);
-- Case-by-case approvals (approvals.py) and announced ends of an office's access (offices.py).
CREATE TABLE IF NOT EXISTS approvals(request_id TEXT PRIMARY KEY, district INTEGER NOT NULL,
  approval_id TEXT UNIQUE, requested_by TEXT NOT NULL, request TEXT NOT NULL, body TEXT NOT NULL,
  decision_id TEXT, use_id TEXT, received REAL NOT NULL);
CREATE INDEX IF NOT EXISTS ix_approvals_office ON approvals(district, received);
CREATE TABLE IF NOT EXISTS access_changes(district INTEGER PRIMARY KEY, kind TEXT NOT NULL,
  effective REAL NOT NULL, new_district INTEGER);
"""


# Every table, emptied by a fresh load (store.load) before the new data goes in.
TABLES = (
    "complaints",
    "districts",
    "changes",
    "followups",
    "reopens",
    "audit_events",
    "oauth_codes",
    "token_families",
    "refresh_tokens",
    "access_tokens",
    "devices",
    "meta",
    "sso_sessions",
    "audit_devices",
    "audit_log",
    "audit_forks",
    "audit_flags",
    "approvals",
    "access_changes",
    *CASEWORK_TABLES,
)


def create(db: sqlite3.Connection) -> None:
    """Make the tables that are missing; first, drop those an older sandbox made in a shape these replace."""
    if "receipt_code" in {r[1] for r in db.execute("PRAGMA table_info(complaints)")}:
        # A data folder from before receipts were keyed (its codes came from the seed): make it again.
        db.execute("DROP TABLE complaints")
        db.execute("DELETE FROM meta WHERE k='settings_key'")
    families = {r[1] for r in db.execute("PRAGMA table_info(token_families)")}
    if families and "auth_time" not in families:
        # Sign-in state from before sign-ins carried their authentication time: sessions end, data stays.
        db.execute("DROP TABLE oauth_codes")
        db.execute("DROP TABLE token_families")
    db.executescript(SCHEMA)
    db.executescript(CASEWORK_SCHEMA)
