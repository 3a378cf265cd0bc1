"""A case as the office sees it: the consented complaint plus the office's own work on it.

The cache builds these from its rows; the UI and the letters read them. Qt-free, immutable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from council_desk.api.models import Complaint, Consent, Contact, FollowUp


@dataclass(frozen=True)
class FollowUpEntry:
    """A follow-up in the case timeline; `pending` until the server acknowledged it."""

    followup: FollowUp | None  # the server's record once synced
    id: str
    kind: str
    text: str
    outcome: str | None
    office_status: str | None
    due_date: dt.date | None
    created_at: dt.datetime
    author: str
    author_name: str
    pending: bool
    done: bool = False  # the reminder set with it was marked done
    assignee: str | None = None  # kind "assign": to whom ("" = nobody)


@dataclass(frozen=True)
class TaskEntry:
    """A reminder (a task) of the case, as shown on this PC; `pending` while it has changes not yet sent."""

    id: str
    service_request_id: str
    owner: str
    due_date: dt.date
    text: str
    status: str  # "open" | "done"
    followup_id: str | None
    created_at: dt.datetime
    created_by: str
    done_at: dt.datetime | None
    done_by: str
    snoozes: int
    pending: bool


@dataclass(frozen=True)
class ReopenEntry:
    """A reopen request and its progress at 311: "sent" (waiting in the outbox), "forwarded" or "already_open",
    then the agency's answer: "reopened" or "declined"."""

    id: str
    reason: str
    text: str
    created_at: dt.datetime
    status: str
    agency_answer: str = ""
    answered_at: dt.datetime | None = None
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class SurveyEntry:
    """The filer's answer to 311's survey after the complaint closed again (shared with the office by consent)."""

    id: str
    answer: str
    surveyed_at: dt.datetime
    after_reopen: str | None = None


@dataclass(frozen=True)
class Case:
    complaint: Complaint
    contact: Contact
    consent: Consent
    office_status: str = "new"
    followups: tuple[FollowUpEntry, ...] = field(default_factory=tuple)
    reopen_requested_at: dt.datetime | None = None
    assignee: str = ""  # the office's caseworker who owns it ("" = nobody)
    tasks: tuple[TaskEntry, ...] = field(default_factory=tuple)
    reopens: tuple[ReopenEntry, ...] = field(default_factory=tuple)
    surveys: tuple[SurveyEntry, ...] = field(default_factory=tuple)

    @property
    def open_tasks(self) -> tuple[TaskEntry, ...]:
        return tuple(t for t in self.tasks if t.status == "open")

    @property
    def id(self) -> str:
        return self.complaint.service_request_id
