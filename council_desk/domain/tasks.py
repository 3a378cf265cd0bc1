"""Reminders as tasks (issue 14): how a task's changes fold into its state. One rule for the server (the sandbox
folds each change as it arrives) and the client (the cache shows the server's state with its own unsent changes
folded on top), so what the caseworker sees while offline is what the server will make of it.

Decided where the issue is silent:
- **Done wins.** A snooze or reschedule that reaches the server after a colleague's "done" leaves the task done
  (it is still recorded: the change is acknowledged, it just changes nothing). Reopening is its own change.
- A "create" for a task that exists changes nothing: retries and two PCs making the same task (the migration of
  an old reminder, `legacy_ids`) converge on one.
- "assign" changes the owner whatever the status: a done task keeps a truthful owner for the caseload figures.
"""

from __future__ import annotations

import datetime as dt
import uuid

from council_desk.api.casework import Task, TaskChangeIn

__all__ = ["TASK_NAMESPACE", "TaskMismatch", "apply_change", "followup_task_ids", "replay"]

# Ids derived from a follow-up's id: the reminder set with a follow-up has a task id and a "create" change id
# that any PC derives alike (a retried or migrated reminder is the same task, not a second one).
TASK_NAMESPACE = uuid.UUID("7b1c5a52-3f0e-4b57-9d55-8a3e1c0de014")


class TaskMismatch(ValueError):
    """A change names a task that belongs to another case."""


def followup_task_ids(followup_id: uuid.UUID | str) -> tuple[uuid.UUID, uuid.UUID]:
    """(task id, create-change id) of the reminder set with the follow-up `followup_id`."""
    fid = str(followup_id)
    return uuid.uuid5(TASK_NAMESPACE, "task:" + fid), uuid.uuid5(TASK_NAMESPACE, "create:" + fid)


def apply_change(
    task: Task | None, change: TaskChangeIn, *, author: str, at: dt.datetime, seq: int
) -> Task | None:
    """The task after `change` (None: no such task, and the change does not make one). `author` is who sent it,
    `at` when the server took it, `seq` the feed position a change that changes something gets. A change that
    changes nothing returns the task as it was (same seq)."""
    if task is not None and task.service_request_id != change.service_request_id:
        raise TaskMismatch("the change names another case's task")
    if task is None:
        if change.action != "create":
            return None
        assert change.due_date is not None and change.owner is not None  # TaskChangeIn's validator
        return Task(
            id=change.task_id,
            service_request_id=change.service_request_id,
            owner=change.owner,
            due_date=change.due_date,
            text=change.text,
            status="open",
            followup_id=change.followup_id,
            created_at=change.created_at,
            created_by=author,
            updated_at=at,
            seq=seq,
        )
    update: dict[str, object] = {}
    if change.action == "done" and task.status == "open":
        update = {"status": "done", "done_at": change.created_at, "done_by": author}
    elif change.action == "reopen" and task.status == "done":
        update = {"status": "open", "done_at": None, "done_by": ""}
    elif change.action == "snooze" and task.status == "open" and change.due_date != task.due_date:
        update = {"due_date": change.due_date, "snoozes": task.snoozes + 1}
    elif change.action == "reschedule" and task.status == "open" and change.due_date != task.due_date:
        update = {"due_date": change.due_date}
    elif change.action == "assign" and change.owner != task.owner:
        update = {"owner": change.owner}
    if not update:
        return task
    return task.model_copy(update={**update, "updated_at": at, "seq": seq})


def replay(base: Task | None, pending: list[TaskChangeIn], *, author: str) -> Task | None:
    """The server's state of a task with this PC's unsent changes folded on, in the order they were made (the
    order the outbox sends them in). The feed position stays the server's."""
    task = base
    for change in pending:
        task = apply_change(task, change, author=author, at=change.created_at, seq=base.seq if base else 0)
    return task
