"""Reminders as tasks (issue 14) on this PC: each change the caseworker makes is stored at once and queued in the
outbox (kind "task", one item per change, its own id the idempotency key), and the task shown is the server's
state with this PC's unsent changes folded on top (`domain.tasks.replay`), so a change made offline shows at once
and is never overwritten by what the server sends before it has it.

A reminder is never cleared by anything but its own changes: logging a follow-up, printing a letter or changing
the office status leaves it alone (the regression issue 14 opens with). A follow-up logged with a date makes one
(`create_for_followup`, inside the follow-up's transaction) with ids derived from the follow-up's.

The server's state arrives two ways, both kept only if newer than what is held (by the feed position `seq`): the
answer to a change this PC sent (`acknowledge`), and the tasks feed (`apply_page`). Tasks of cases the office does
not hold are ignored; a task goes with its case when the case is purged (purge.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from council_desk.api.casework import Task, TaskChangeIn
from council_desk.cache.database import Database, now
from council_desk.cache.db import Connection
from council_desk.cache.errors import CacheProblem
from council_desk.domain.case import TaskEntry
from council_desk.domain.tasks import TaskMismatch, followup_task_ids, replay

__all__ = [
    "REMINDER_HORIZON_DAYS",
    "Reminder",
    "acknowledge",
    "apply_page",
    "change",
    "create_for_followup",
    "enqueue_change",
    "make_change",
    "reminders",
    "tasks_of",
]

# The reminders view lists overdue, today and the next seven days (issue 14); later ones show on the case.
REMINDER_HORIZON_DAYS = 7

_COLUMNS = (
    "id, service_request_id, owner, due_date, text, status, followup_id, created_at, created_by, done_at, done_by,"
    " snoozes, updated_at"
)


@dataclass(frozen=True)
class Reminder:
    """A line of the reminders view: an open task with its case's list columns."""

    task_id: str
    service_request_id: str
    due_date: dt.date
    owner: str
    text: str
    snoozes: int
    pending: bool
    when: str  # "overdue" | "today" | "soon" | "later"
    complaint_type: str
    address: str
    office_status: str

    @property
    def overdue(self) -> bool:
        return self.when == "overdue"

    @property
    def followup_id(self) -> str:  # the reminder's own id (the view opens the case from it)
        return self.task_id


def _when(due: dt.date, today: dt.date) -> str:
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    return "soon" if due <= today + dt.timedelta(days=REMINDER_HORIZON_DAYS) else "later"


def _write(conn: Connection, task: Task, *, base: Task | None) -> None:
    conn.execute(
        f"INSERT INTO tasks ({_COLUMNS}, base, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"  # noqa: S608 -- constant names
        " ON CONFLICT(id) DO UPDATE SET owner = excluded.owner, due_date = excluded.due_date,"
        " text = excluded.text, status = excluded.status, followup_id = excluded.followup_id,"
        " created_at = excluded.created_at,"
        " created_by = excluded.created_by, done_at = excluded.done_at, done_by = excluded.done_by,"
        " snoozes = excluded.snoozes, updated_at = excluded.updated_at, base = excluded.base, seq = excluded.seq",
        (
            str(task.id),
            task.service_request_id,
            task.owner,
            task.due_date.isoformat(),
            task.text,
            task.status,
            None if task.followup_id is None else str(task.followup_id),
            task.created_at.isoformat(),
            task.created_by,
            None if task.done_at is None else task.done_at.isoformat(),
            task.done_by,
            task.snoozes,
            task.updated_at.isoformat(),
            None if base is None else base.model_dump_json(),
            None if base is None else base.seq,
        ),
    )


def _pending(conn: Connection, task_id: str) -> list[TaskChangeIn]:
    rows = conn.execute("SELECT payload FROM outbox WHERE kind = 'task' AND ref = ? ORDER BY id", (task_id,))
    return [TaskChangeIn.model_validate_json(bytes(r[0])) for r in rows]


def _base(conn: Connection, task_id: str) -> Task | None:
    row = conn.execute("SELECT base FROM tasks WHERE id = ?", (task_id,)).fetchone()
    return None if row is None or row[0] is None else Task.model_validate_json(row[0])


def refold(conn: Connection, task_id: str, base: Task | None, author: str) -> None:
    """Show `base` (the server's state, or None) with this PC's unsent changes to the task folded on."""
    try:
        shown = replay(base, _pending(conn, task_id), author=author)
    except TaskMismatch:
        shown = base
    if shown is None:
        conn.execute("DELETE FROM tasks WHERE id = ?", (task_id,))
    else:
        _write(conn, shown, base=base)


def make_change(task_id: str, service_request_id: str, action: str, **fields: object) -> TaskChangeIn:
    """A change to a task, with a fresh id (its idempotency key)."""
    return TaskChangeIn.model_validate(
        {
            "id": str(uuid.uuid4()),
            "task_id": task_id,
            "service_request_id": service_request_id,
            "action": action,
            "created_at": now(),
            **fields,
        }
    )


def enqueue_change(conn: Connection, ch: TaskChangeIn, author: str) -> None:
    """Queue one change and show its effect (inside the caller's transaction). The case must be held."""
    held = conn.execute("SELECT 1 FROM complaints WHERE service_request_id = ?", (ch.service_request_id,))
    if held.fetchone() is None:
        raise CacheProblem(
            "This case is no longer in the cache on this PC, so nothing was saved.", code="case_gone"
        )
    task_id = str(ch.task_id)
    if ch.action != "create":
        row = conn.execute("SELECT service_request_id FROM tasks WHERE id = ?", (task_id,)).fetchone()
        if row is None or row[0] != ch.service_request_id:
            raise CacheProblem(
                "This reminder is no longer on this PC, so nothing was changed.", code="reminder_gone"
            )
    conn.execute(
        "INSERT INTO outbox (kind, service_request_id, payload, idempotency_key, created_at, ref)"
        " VALUES ('task', ?, ?, ?, ?, ?)",
        (ch.service_request_id, ch.model_dump_json().encode(), str(ch.id), now().isoformat(), task_id),
    )
    refold(conn, task_id, _base(conn, task_id), author)


def create_for_followup(
    conn: Connection,
    followup_id: str,
    service_request_id: str,
    due: dt.date,
    owner: str,
    text: str,
    created_at: dt.datetime,
) -> TaskChangeIn:
    """The reminder a follow-up with a date sets (inside the follow-up's transaction): ids derived from the
    follow-up's, so a retry or a second PC makes the same task, not another."""
    task_id, change_id = followup_task_ids(followup_id)
    ch = TaskChangeIn.model_validate(
        {
            "id": str(change_id),
            "task_id": str(task_id),
            "service_request_id": service_request_id,
            "action": "create",
            "due_date": due,
            "owner": owner,
            "text": text,
            "followup_id": followup_id,
            "created_at": created_at,
        }
    )
    if conn.execute("SELECT 1 FROM outbox WHERE idempotency_key = ?", (str(ch.id),)).fetchone() is None:
        enqueue_change(conn, ch, owner)
    return ch


def change(db: Database, ch: TaskChangeIn, author: str) -> None:
    """One change by the caseworker: stored with its outbox item in one durable transaction."""
    from council_desk.cache.summary import refresh_case

    with db.transaction() as conn:
        enqueue_change(conn, ch, author)
        refresh_case(conn, ch.service_request_id)


# ----------------------------------------------------------------------- the server's state


def _newer(held: Task | None, got: Task) -> bool:
    return held is None or got.seq >= held.seq


def acknowledge(conn: Connection, item_id: int, sent: TaskChangeIn, answer: Task, author: str) -> bool:
    """The server's answer to a change this PC sent: the item leaves the outbox, and the answer becomes the base
    if it is newer. An answer for another task or case acknowledges nothing (False)."""
    if answer.id != sent.task_id or answer.service_request_id != sent.service_request_id:
        return False
    conn.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
    task_id = str(sent.task_id)
    held = _base(conn, task_id)
    refold(conn, task_id, answer if _newer(held, answer) else held, author)
    return True


def apply_page(conn: Connection, tasks: Sequence[Task], author: str) -> set[str]:
    """A page of the tasks feed (inside the page's transaction). Returns the cases whose tasks changed."""
    touched: set[str] = set()
    for task in tasks:
        held = conn.execute("SELECT 1 FROM complaints WHERE service_request_id = ?", (task.service_request_id,))
        if held.fetchone() is None:
            continue
        task_id = str(task.id)
        row = conn.execute("SELECT service_request_id FROM tasks WHERE id = ?", (task_id,)).fetchone()
        if row is not None and row[0] != task.service_request_id:
            continue  # a task never moves between cases: the server's record is refused
        base = _base(conn, task_id)
        if not _newer(base, task):
            continue
        refold(conn, task_id, task, author)
        touched.add(task.service_request_id)
    return touched


# ----------------------------------------------------------------------- reading


def _row(r: Sequence[object], pending: bool) -> TaskEntry:
    return TaskEntry(
        id=str(r[0]),
        service_request_id=str(r[1]),
        owner=str(r[2]),
        due_date=dt.date.fromisoformat(str(r[3])),
        text=str(r[4]),
        status=str(r[5]),
        followup_id=None if r[6] is None else str(r[6]),
        created_at=dt.datetime.fromisoformat(str(r[7])),
        created_by=str(r[8]),
        done_at=None if r[9] is None else dt.datetime.fromisoformat(str(r[9])),
        done_by=str(r[10]),
        snoozes=int(str(r[11])),
        pending=pending,
    )


def tasks_of(conn: Connection, service_request_id: str) -> list[TaskEntry]:
    """A case's tasks: open ones by date, then done ones, newest first."""
    pending = {
        str(r[0])
        for r in conn.execute(
            "SELECT ref FROM outbox WHERE kind = 'task' AND service_request_id = ?", (service_request_id,)
        )
    }
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM tasks WHERE service_request_id = ?"  # noqa: S608 -- constant names
        " ORDER BY status = 'done', CASE WHEN status = 'open' THEN due_date END, done_at DESC, id",
        (service_request_id,),
    ).fetchall()
    return [_row(r, str(r[0]) in pending) for r in rows]


def reminders(
    conn: Connection, today: dt.date, owner: str | None = None, horizon_days: int | None = REMINDER_HORIZON_DAYS
) -> list[Reminder]:
    """Open reminders due up to `horizon_days` ahead (None: all), soonest first; one owner's, or everyone's."""
    clauses = ["t.status = 'open'"]
    params: list[object] = []
    if horizon_days is not None:
        clauses.append("t.due_date <= ?")
        params.append((today + dt.timedelta(days=horizon_days)).isoformat())
    if owner is not None:
        clauses.append("t.owner = ?")
        params.append(owner)
    sql = (
        "SELECT t.id, t.service_request_id, t.due_date, t.owner, t.text, t.snoozes,"  # noqa: S608 -- constants
        " EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'task' AND o.ref = t.id),"
        " c.complaint_type, c.address, c.office_status"
        " FROM tasks t JOIN complaints c ON c.service_request_id = t.service_request_id"
        f" WHERE {' AND '.join(clauses)} ORDER BY t.due_date, t.service_request_id, t.id"
    )
    out = []
    for r in conn.execute(sql, params):
        due = dt.date.fromisoformat(r[2])
        out.append(
            Reminder(
                str(r[0]),
                str(r[1]),
                due,
                str(r[3]),
                str(r[4]),
                int(r[5]),
                bool(r[6]),
                _when(due, today),
                str(r[7]),
                str(r[8]),
                str(r[9]),
            )
        )
    return out
