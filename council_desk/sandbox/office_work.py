"""The office's work on a complaint as the server keeps it: its follow-ups (the shared follow-up log, one per
district, numbered by `districts.fseq`) and its reopen requests.

Each is stored once under the id the client made (the idempotency key): a retry with the same id gets the first
record back, and the route compares the request it stored to say whether the retry was the same
(`idempotency_conflict` otherwise). When the complaint leaves the office all of it goes (`forget`).

Apart from store.py, which keeps the complaints and their feed, because these are the office's own records
attached to them: store.py calls `forget` when a complaint leaves, and serves the log's pages through its
`held_page` (the join on what the office still holds, shared with the casework feeds).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from council_desk.sandbox import casework

if TYPE_CHECKING:
    from council_desk.sandbox.store import Store

__all__ = ["add_followup", "add_reopen", "followup", "followup_page", "forget"]


def followup(store: Store, fid: str) -> tuple[str, bytes] | None:
    """(the request as stored, the follow-up's body) of the follow-up under `fid`, if there is one."""
    rows = store.q("SELECT request, body FROM followups WHERE id=?", (fid,))
    return (rows[0][0], rows[0][1]) if rows else None


def add_followup(
    store: Store, fid: str, district: int, sr_id: str, request: str, build: Callable[[int], bytes]
) -> tuple[str, bytes, bool]:
    """Insert once; a retry with the same id returns the first record. (request, body, created)."""
    with store.tx() as db:
        row = db.execute("SELECT request, body FROM followups WHERE id=?", (fid,)).fetchone()
        if row is not None:
            return row[0], row[1], False
        fseq = int(db.execute("SELECT fseq FROM districts WHERE district=?", (district,)).fetchone()[0]) + 1
        db.execute("UPDATE districts SET fseq=? WHERE district=?", (fseq, district))
        body: bytes = build(fseq)
        db.execute("INSERT INTO followups VALUES(?,?,?,?,?,?)", (fid, district, fseq, sr_id, request, body))
    return request, body, True


def followup_page(store: Store, district: int, after: int, limit: int) -> tuple[list[bytes], int, bool]:
    """A page of the district's follow-up log, only for the complaints the office still holds."""
    return store.held_page(
        "followups", "fseq", district, after, limit, "SELECT fseq FROM districts WHERE district=?", (district,)
    )


def add_reopen(
    store: Store, rid: str, district: int, sr_id: str, request: str, build: Callable[[], bytes]
) -> tuple[str, bytes, bool]:
    """Insert once, as `add_followup`; the complaint is marked as one a reopen was asked for (311's statistics)."""
    with store.tx() as db:
        row = db.execute("SELECT request, body FROM reopens WHERE id=?", (rid,)).fetchone()
        if row is not None:
            return row[0], row[1], False
        body: bytes = build()
        db.execute("INSERT INTO reopens VALUES(?,?,?,?,?)", (rid, district, sr_id, request, body))
        db.execute("UPDATE complaints SET reopen_requested=1 WHERE id=?", (sr_id,))
    return request, body, True


def forget(db: sqlite3.Connection, sr_id: str) -> None:
    """The complaint left the office (consent withdrawn, moved away, past retention): the office's follow-ups
    and reopen requests on it are deleted here too, in the same transaction, so the shared follow-up feed can
    never serve them again, not even if the filer consents once more. (311's own record that a reopen was
    forwarded, `complaints.reopen_requested`, stays: it is the city's, and only counted in the statistics.)"""
    db.execute("DELETE FROM followups WHERE service_request_id=?", (sr_id,))
    db.execute("DELETE FROM reopens WHERE service_request_id=?", (sr_id,))
    casework.forget(db, sr_id)  # its reminders and 311 lifecycle (issue 14)
