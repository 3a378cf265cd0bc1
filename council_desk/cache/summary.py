"""The case's denormalised columns that the list sorts and filters by, recomputed from the case's follow-ups, tasks
and outbox whenever one of them changes (inside the caller's transaction):

- office_status: the newest follow-up that sets one; office_closed_ts: when it became resolved or closed-unresolved
  (the caseload's "days to office resolution"), none while the office has the case open;
- assignee: the newest "assign" follow-up's ("" = nobody);
- next_due: the earliest open reminder (task) of the case, whoever owns it. Before issue 14 it was the due date of
  the newest non-status follow-up, so any later follow-up without a date (a printed letter) cleared the reminder;
  now only the task's own changes (done, snooze, reschedule) move it;
- pending_count: the case's items waiting in the outbox.
"""

from __future__ import annotations

from council_desk.cache.db import Connection
from council_desk.cache.schema_casework import CLOSED_OFFICE_STATUSES

__all__ = ["refresh_case"]


def refresh_case(conn: Connection, sid: str) -> None:
    """Recompute the case's denormalised columns (see the module's docstring)."""
    current = conn.execute("SELECT office_status FROM complaints WHERE service_request_id = ?", (sid,)).fetchone()
    if current is None:
        return
    status_row = conn.execute(
        "SELECT office_status, created_ts FROM followups WHERE service_request_id = ?"
        " AND office_status IS NOT NULL ORDER BY created_ts DESC, id DESC LIMIT 1",
        (sid,),
    ).fetchone()
    assign_row = conn.execute(
        "SELECT assignee FROM followups WHERE service_request_id = ? AND kind = 'assign'"
        " ORDER BY created_ts DESC, id DESC LIMIT 1",
        (sid,),
    ).fetchone()
    due_row = conn.execute(
        "SELECT min(due_date) FROM tasks WHERE service_request_id = ? AND status = 'open'", (sid,)
    ).fetchone()
    pending = int(conn.execute("SELECT count(*) FROM outbox WHERE service_request_id = ?", (sid,)).fetchone()[0])
    status = status_row[0] if status_row else current[0]
    closed_ts = status_row[1] if status_row and status in CLOSED_OFFICE_STATUSES else None
    conn.execute(
        "UPDATE complaints SET office_status = ?, office_closed_ts = ?, assignee = ?, next_due = ?,"
        " pending_count = ? WHERE service_request_id = ?",
        (
            status,
            closed_ts,
            (assign_row[0] or "") if assign_row else "",
            due_row[0] if due_row else None,
            pending,
            sid,
        ),
    )
