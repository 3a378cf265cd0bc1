"""Messages of the office's casework in the access API, v1 (issue 14): reminders as tasks, and the 311 lifecycle
the office follows after asking for a reopen.

Endpoints (the sandbox implements them in `sandbox/casework_routes.py`): `POST /v1/tasks/changes` (a
`TaskChangeIn`, `Idempotency-Key` = its id) answers the `Task` it made; `GET /v1/sync/tasks` (`TaskPage`) and
`GET /v1/sync/lifecycle` (`LifecyclePage`) are cursor-paged feeds like the follow-up log, each entry once in its
latest state. The fold of a task's changes, on both ends, is `council_desk.domain.tasks`.

Apart from `models.py` because these are feeds of their own with their own rules (a change's fields depend on
its action; the lifecycle's entries are told apart by `kind`); what issue 14 added to the older messages
(`FollowUpIn.assignee`, `Office.reminder_days`, `Me.staff`) stays with those messages there.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field, StrictBool, StrictInt, StringConstraints, model_validator

from council_desk.api.codes import OutcomeCode, ReopenStage, SurveyAnswer, TaskAction, TaskStatus
from council_desk.api.models import LongText, ServiceRequestId, ShortText, _Strict

__all__ = [
    "LifecycleChange",
    "LifecyclePage",
    "ReopenUpdate",
    "SurveyResult",
    "Task",
    "TaskChangeIn",
    "TaskPage",
]


class TaskChangeIn(_Strict):
    """One change to a reminder (a task), as the client sends it: `id` is the change's own, made by the client,
    and doubles as the idempotency key. The server folds changes in arrival order (domain/tasks.py)."""

    id: uuid.UUID
    task_id: uuid.UUID
    service_request_id: ServiceRequestId
    action: TaskAction
    due_date: dt.date | None = None  # create, snooze, reschedule
    owner: ShortText | None = None  # create, assign: a user name of the office
    text: LongText = ""  # create
    followup_id: uuid.UUID | None = None  # create: the follow-up it was set with, if any
    created_at: AwareDatetime

    @model_validator(mode="after")
    def _fields_of_the_action(self) -> TaskChangeIn:
        needs_date = self.action in ("create", "snooze", "reschedule")
        needs_owner = self.action in ("create", "assign")
        if needs_date != (self.due_date is not None) or needs_owner != (self.owner is not None):
            raise ValueError(f"a {self.action!r} change has the wrong fields")
        if self.action != "create" and (self.text or self.followup_id is not None):
            raise ValueError("only a 'create' change carries text and a follow-up")
        if self.owner == "":
            raise ValueError("a task always has an owner")
        return self


class Task(_Strict):
    """A reminder as the server holds it: the fold of its changes. `seq` is the tasks feed's position of its
    latest change (the feed holds each task once, in its latest state)."""

    id: uuid.UUID
    service_request_id: ServiceRequestId
    owner: ShortText
    due_date: dt.date
    text: LongText = ""
    status: TaskStatus
    followup_id: uuid.UUID | None = None
    created_at: AwareDatetime
    created_by: ShortText
    done_at: AwareDatetime | None = None
    done_by: ShortText = ""
    snoozes: StrictInt = Field(default=0, ge=0)
    updated_at: AwareDatetime
    seq: StrictInt = Field(ge=0)


class TaskPage(_Strict):
    tasks: list[Task]
    next_cursor: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=512)]
    has_more: StrictBool


class ReopenUpdate(_Strict):
    """A reopen request's progress at 311 (issue 14): forwarded, then the agency's answer."""

    kind: Literal["reopen"]
    id: uuid.UUID  # the request's own id (ReopenRequestIn.id)
    service_request_id: ServiceRequestId
    reason: OutcomeCode
    status: ReopenStage
    agency_answer: LongText = ""
    answered_at: AwareDatetime | None = None
    received_at: AwareDatetime
    seq: StrictInt = Field(ge=0)


class SurveyResult(_Strict):
    """The filer's answer to 311's survey after the complaint closed again; sent to the office only when the
    filer agreed to share it (a survey answer is given to 311, not to the council)."""

    kind: Literal["survey"]
    id: uuid.UUID
    service_request_id: ServiceRequestId
    answer: SurveyAnswer
    surveyed_at: AwareDatetime
    after_reopen: uuid.UUID | None = None  # the reopen request whose second closure was surveyed
    seq: StrictInt = Field(ge=0)


LifecycleChange = Annotated[ReopenUpdate | SurveyResult, Field(discriminator="kind")]


class LifecyclePage(_Strict):
    """The 311 lifecycle feed: reopen progress and shared survey results, each entry once in its latest state."""

    changes: list[LifecycleChange]
    next_cursor: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=512)]
    has_more: StrictBool
