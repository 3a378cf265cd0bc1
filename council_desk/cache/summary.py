"""The case's denormalised columns (office status, next due date, unsent count) that the list sorts and filters by,
recomputed from the case's follow-ups and outbox whenever either changes (inside the caller's transaction)."""

from __future__ import annotations

from council_desk.cache.db import Connection

__all__ = ["refresh_case"]

_CLOSED_OFFICE = ("resolved", "closed_unresolved")


def refresh_case(conn: Connection, sid: str) -> None:
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
