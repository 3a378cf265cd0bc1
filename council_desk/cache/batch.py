"""Bulk actions on a selection of cases (issue 14): an office status, one follow-up logged to many, an owner, and a
reminder's done / snooze / new owner on many reminders. Each case is recorded **exactly as its single action
would record it**, through the same code (outbox.add_followup_in, tasks.enqueue_change): the same follow-up, the
same reminder, the same audit event, one outbox item each, sent with its own idempotency key.

Never lost, never twice:
- The action is written down first (`start`: one transaction holding what to do and to which cases), then
  carried out a chunk at a time (`run`): each chunk's records and the removal of its items from the list of
  what is left commit together. A kill at any instant leaves each case whole (done, off the list) or absent
  (still on the list), never half, and `run` again (the app does at its next start: `resume`) does exactly what
  was left.
- Ids are derived from the action's id and the case's (or reminder's), so even a second run over the same case
  could only meet the record already there (a follow-up held under its id is left as it is).
- A case purged meanwhile (consent withdrawn) leaves the list with it (purge.py): nothing is recorded for it.

Why chunks and not one transaction: every commit waits for the disk (synchronous=FULL, the caseworker's own
work), so one per case made 1,000 status changes take seconds; one for all would hold the database from the
window's reads for as long as the whole action. `CHUNK` cases a commit keeps both small
(tests/bench/test_bench_casework.py).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from council_desk.api.models import FollowUpIn
from council_desk.cache import outbox, tasks
from council_desk.cache.database import Database, now
from council_desk.cache.db import Connection
from council_desk.cache.summary import refresh_case

__all__ = ["CHUNK", "BulkKind", "BulkResult", "discard", "pending", "resume", "run", "start"]

BulkKind = Literal["status", "followup", "assign", "task_done", "task_snooze", "task_reschedule", "task_assign"]
TASK_KINDS = ("task_done", "task_snooze", "task_reschedule", "task_assign")
CHUNK = 250
_NAMESPACE = uuid.UUID("3d2b8f0e-6a41-4f6c-9b1e-0c5a7d14b014")


@dataclass(frozen=True)
class BulkResult:
    op_id: str
    kind: str
    recorded: int  # cases (or reminders) recorded by this run
    left: int  # still to do (the run was cancelled part-way; `run` again finishes it)
    skipped: int  # no longer on this PC, or a reminder no longer open


def item_id(op_id: str, sid: str, task_id: str = "") -> uuid.UUID:
    """The id of the record an item makes: the same in every run of the action."""
    return uuid.uuid5(_NAMESPACE, f"{op_id}:{sid}:{task_id}")


def start(
    db: Database,
    kind: BulkKind,
    params: dict[str, Any],
    case_ids: Sequence[str],
    actor: str,
    task_ids: Sequence[str] = (),
) -> str:
    """Write the action down (what, to which cases or reminders, by whom) in one transaction; returns its id.
    `task_ids` instead of cases for the reminder kinds. Cases not held are left out. Nothing is recorded yet."""
    _check(kind, params)
    op_id = str(uuid.uuid4())
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO bulk_ops (id, kind, params, actor, created_at) VALUES (?,?,?,?,?)",
            (op_id, kind, json.dumps(params, sort_keys=True), actor, now().isoformat()),
        )
        if kind in TASK_KINDS:
            items = []
            for tid in dict.fromkeys(task_ids):
                row = conn.execute("SELECT service_request_id FROM tasks WHERE id = ?", (tid,)).fetchone()
                if row is not None:
                    items.append((row[0], tid))
        else:
            held = {
                str(r[0])
                for r in conn.execute(
                    "SELECT value FROM json_each(?) WHERE value IN (SELECT service_request_id FROM complaints)",
                    (json.dumps(list(case_ids)),),
                )
            }
            items = [(sid, "") for sid in dict.fromkeys(case_ids) if sid in held]
        conn.executemany(
            "INSERT OR IGNORE INTO bulk_op_items (op_id, service_request_id, task_id, position) VALUES (?,?,?,?)",
            [(op_id, sid, tid, i) for i, (sid, tid) in enumerate(items)],
        )
    return op_id


def _check(kind: str, params: dict[str, Any]) -> None:
    """Refuse an action that could not be recorded, before anything is written."""
    if kind == "status" and not isinstance(params.get("status"), str):
        raise ValueError("a status change names the status")
    if kind in ("assign", "task_assign") and not isinstance(params.get("assignee"), str):
        raise ValueError("an assignment names whom")
    if kind == "task_assign" and not params["assignee"]:
        raise ValueError("a reminder always has an owner")
    if kind in ("task_snooze", "task_reschedule"):
        dt.date.fromisoformat(str(params.get("due_date")))
    if kind == "followup":
        FollowUpIn.model_validate(
            {**params.get("followup", {}), "id": uuid.uuid4(), "service_request_id": "1", "created_at": now()}
        )


def _record(
    conn: Connection,
    kind: str,
    params: dict[str, Any],
    op_id: str,
    actor: str,
    sid: str,
    task_id: str,
    at: dt.datetime,
) -> bool:
    """One item, as its single action records it (inside the chunk's transaction). False: nothing to record."""
    rid = item_id(op_id, sid, task_id)
    if kind == "status":
        fu = FollowUpIn(
            id=rid,
            service_request_id=sid,
            kind="status",
            text=str(params.get("text", "")),
            office_status=params["status"],
            created_at=at,
        )
        return outbox.add_followup_in(conn, fu, actor)
    if kind == "assign":
        fu = FollowUpIn(
            id=rid,
            service_request_id=sid,
            kind="assign",
            text=str(params.get("text", "")),
            assignee=params["assignee"],
            created_at=at,
        )
        return outbox.add_followup_in(conn, fu, actor)
    if kind == "followup":
        fu = FollowUpIn.model_validate(
            {**params["followup"], "id": rid, "service_request_id": sid, "created_at": at}
        )
        return outbox.add_followup_in(conn, fu, actor, params.get("remind"))
    # A reminder's change: as the reminders view's Done / Snooze / Reschedule / owner make it.
    row = conn.execute(
        "SELECT status FROM tasks WHERE id = ? AND service_request_id = ?", (task_id, sid)
    ).fetchone()
    if row is None or (kind != "task_assign" and row[0] != "open"):
        return False
    if conn.execute("SELECT 1 FROM outbox WHERE idempotency_key = ?", (str(rid),)).fetchone() is not None:
        return False
    action = {
        "task_done": "done",
        "task_snooze": "snooze",
        "task_reschedule": "reschedule",
        "task_assign": "assign",
    }[kind]
    fields: dict[str, Any] = {}
    if kind in ("task_snooze", "task_reschedule"):
        fields["due_date"] = params["due_date"]
    if kind == "task_assign":
        fields["owner"] = params["assignee"]
    ch = tasks.make_change(task_id, sid, action, **fields).model_copy(update={"id": rid, "created_at": at})
    tasks.enqueue_change(conn, ch, actor)
    refresh_case(conn, sid)
    return True


def run(
    db: Database,
    op_id: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    chunk: int = CHUNK,
) -> BulkResult:
    """Carry out what is left of the action, a chunk per transaction. `progress(done, total)` after each chunk;
    `cancel` set: stop after the current chunk and forget the rest (what was recorded stays recorded)."""
    with db.reading() as conn:
        op = conn.execute("SELECT kind, params, actor FROM bulk_ops WHERE id = ?", (op_id,)).fetchone()
        total = int(conn.execute("SELECT count(*) FROM bulk_op_items WHERE op_id = ?", (op_id,)).fetchone()[0])
    if op is None:
        return BulkResult(op_id, "", 0, 0, 0)
    kind, params, actor = str(op[0]), json.loads(op[1]), str(op[2])
    recorded = skipped = done = 0
    while True:
        if cancel is not None and cancel.is_set():
            discard(db, op_id)
            return BulkResult(op_id, kind, recorded, 0, skipped)
        at = now()
        with db.transaction() as conn:
            items = conn.execute(
                "SELECT service_request_id, task_id FROM bulk_op_items WHERE op_id = ? ORDER BY position LIMIT ?",
                (op_id, chunk),
            ).fetchall()
            if not items:
                conn.execute("DELETE FROM bulk_ops WHERE id = ?", (op_id,))
                break
            for sid, task_id in items:
                if _record(conn, kind, params, op_id, actor, sid, task_id, at):
                    recorded += 1
                else:
                    skipped += 1
                conn.execute(
                    "DELETE FROM bulk_op_items WHERE op_id = ? AND service_request_id = ? AND task_id = ?",
                    (op_id, sid, task_id),
                )
        done += len(items)
        if progress is not None:
            progress(done, total)
    return BulkResult(op_id, kind, recorded, 0, skipped + max(0, total - done))


def discard(db: Database, op_id: str) -> None:
    """Forget what is left of an action (cancelled by the caseworker)."""
    with db.transaction() as conn:
        conn.execute("DELETE FROM bulk_ops WHERE id = ?", (op_id,))


def pending(db: Database) -> list[tuple[str, str, int]]:
    """Actions left unfinished (the app stopped during one): (id, kind, items left), oldest first."""
    with db.reading() as conn:
        return [
            (str(r[0]), str(r[1]), int(r[2]))
            for r in conn.execute(
                "SELECT o.id, o.kind, (SELECT count(*) FROM bulk_op_items i WHERE i.op_id = o.id) FROM bulk_ops o"
                " ORDER BY o.created_at, o.id"
            )
        ]


def resume(db: Database) -> list[BulkResult]:
    """Finish every action a stop interrupted: the caseworker asked for it, and each item is recorded once."""
    return [run(db, op_id) for op_id, _kind, _left in pending(db)]
