"""The 311 lifecycle of a case on this PC (issue 14): each reopen request the office made and its progress (sent →
forwarded, or already open → the agency's answer: reopened or declined), and the survey answers filers shared.

A request is "sent" from the moment it is queued (outbox.request_reopen); the server's answer to it, and the
lifecycle feed after that, move it forward. Progress only moves forward: an entry replaces what is held only if it
is further along (a later feed position, or a later stage than a request's own answer), so an answer arriving late
never takes an agency's reply back to "forwarded". A colleague's request arrives through the feed like ours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from council_desk.api.casework import ReopenUpdate, SurveyResult
from council_desk.api.models import ReopenRequest, ReopenRequestIn
from council_desk.cache.db import Connection
from council_desk.domain.case import ReopenEntry, SurveyEntry

__all__ = ["STAGE_ORDER", "acknowledge", "apply_page", "record_sent", "reopens_of", "surveys_of"]

STAGE_ORDER = {"sent": 0, "forwarded": 1, "already_open": 1, "reopened": 2, "declined": 2}


def record_sent(conn: Connection, service_request_id: str, req: ReopenRequestIn) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO reopen_requests (id, service_request_id, reason, text, created_at, status)"
        " VALUES (?,?,?,?,?, 'sent')",
        (str(req.id), service_request_id, req.reason, req.text, req.created_at.isoformat()),
    )


def acknowledge(conn: Connection, service_request_id: str, answer: ReopenRequest) -> None:
    """The server took our request: forwarded (or already open), unless the feed already brought more."""
    conn.execute(
        "UPDATE reopen_requests SET status = ?, received_at = ? WHERE id = ? AND service_request_id = ?"
        " AND status = 'sent'",
        (answer.status, answer.received_at.isoformat(), str(answer.id), service_request_id),
    )


def _apply_reopen(conn: Connection, u: ReopenUpdate) -> None:
    held = conn.execute(
        "SELECT service_request_id, status, seq FROM reopen_requests WHERE id = ?", (str(u.id),)
    ).fetchone()
    if held is not None:
        if held[0] != u.service_request_id:
            return  # a request never moves between cases
        further = STAGE_ORDER[u.status] > STAGE_ORDER.get(held[1], 0)
        newer = held[2] is None or u.seq > held[2]
        if not (further or (newer and STAGE_ORDER[u.status] == STAGE_ORDER.get(held[1], 0))):
            return
        conn.execute(
            "UPDATE reopen_requests SET status = ?, agency_answer = ?, answered_at = ?, received_at = ?, seq = ?"
            " WHERE id = ?",
            (
                u.status,
                u.agency_answer,
                None if u.answered_at is None else u.answered_at.isoformat(),
                u.received_at.isoformat(),
                u.seq,
                str(u.id),
            ),
        )
        return
    conn.execute(
        "INSERT INTO reopen_requests (id, service_request_id, reason, text, created_at, status, agency_answer,"
        " answered_at, received_at, seq) VALUES (?,?,?, '', ?,?,?,?,?,?)",
        (
            str(u.id),
            u.service_request_id,
            u.reason,
            u.received_at.isoformat(),
            u.status,
            u.agency_answer,
            None if u.answered_at is None else u.answered_at.isoformat(),
            u.received_at.isoformat(),
            u.seq,
        ),
    )
    conn.execute(
        "UPDATE complaints SET reopen_requested_at = coalesce(reopen_requested_at, ?)"
        " WHERE service_request_id = ?",
        (u.received_at.isoformat(), u.service_request_id),
    )


def _apply_survey(conn: Connection, s: SurveyResult) -> None:
    held = conn.execute("SELECT service_request_id FROM surveys WHERE id = ?", (str(s.id),)).fetchone()
    if held is not None and held[0] != s.service_request_id:
        return
    conn.execute(
        "INSERT INTO surveys (id, service_request_id, answer, surveyed_at, after_reopen, seq) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET answer = excluded.answer, surveyed_at = excluded.surveyed_at,"
        " after_reopen = excluded.after_reopen, seq = excluded.seq WHERE excluded.seq > surveys.seq",
        (
            str(s.id),
            s.service_request_id,
            s.answer,
            s.surveyed_at.isoformat(),
            None if s.after_reopen is None else str(s.after_reopen),
            s.seq,
        ),
    )


def apply_page(conn: Connection, changes: Sequence[ReopenUpdate | SurveyResult]) -> int:
    """A page of the lifecycle feed (inside the page's transaction); entries of cases not held are ignored.
    Returns how many were stored."""
    stored = 0
    for ch in changes:
        if (
            conn.execute(
                "SELECT 1 FROM complaints WHERE service_request_id = ?", (ch.service_request_id,)
            ).fetchone()
            is None
        ):
            continue
        if isinstance(ch, ReopenUpdate):
            _apply_reopen(conn, ch)
        else:
            _apply_survey(conn, ch)
        stored += 1
    return stored


def _dt(value: object) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(str(value))


def reopens_of(conn: Connection, service_request_id: str) -> list[ReopenEntry]:
    rows = conn.execute(
        "SELECT id, reason, text, created_at, status, agency_answer, answered_at, received_at FROM reopen_requests"
        " WHERE service_request_id = ? ORDER BY created_at, id",
        (service_request_id,),
    ).fetchall()
    return [
        ReopenEntry(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            dt.datetime.fromisoformat(str(r[3])),
            str(r[4]),
            str(r[5]),
            _dt(r[6]),
            _dt(r[7]),
        )
        for r in rows
    ]


def surveys_of(conn: Connection, service_request_id: str) -> list[SurveyEntry]:
    rows = conn.execute(
        "SELECT id, answer, surveyed_at, after_reopen FROM surveys WHERE service_request_id = ?"
        " ORDER BY surveyed_at, id",
        (service_request_id,),
    ).fetchall()
    return [SurveyEntry(str(r[0]), str(r[1]), dt.datetime.fromisoformat(str(r[2])), r[3]) for r in rows]
