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
    done: bool = False


@dataclass(frozen=True)
class Case:
    complaint: Complaint
    contact: Contact
    consent: Consent
    office_status: str = "new"
    followups: tuple[FollowUpEntry, ...] = field(default_factory=tuple)
    reopen_requested_at: dt.datetime | None = None

    @property
    def id(self) -> str:
        return self.complaint.service_request_id
