"""Messages of the privacy officer's side of the access API, v1: case-by-case approvals, the server's witnessed
record of the office's audit events, and its continuity findings (docs/privacy.md).

Endpoints (the sandbox implements them; `council_desk.domain.roles` says who may call which):
- `POST /v1/approvals` (`Idempotency-Key` = the request's id): a caseworker asks; `GET /v1/approvals` lists the
  office's (a supervisor) or one's own (a caseworker); `POST /v1/approvals/{request_id}/decision`: a supervisor
  approves (the server issues the approval's number and expiry) or refuses, never their own request.
- `POST /v1/approvals/{approval_id}/use`: the client asks the server to confirm, and spend, an approval for the
  exact output, cases, fields and recipient type about to be released. Used once; a retry with the same `use_id`
  gets the same answer.
- `GET /v1/privacy/events`, `GET /v1/privacy/continuity`, `GET /v1/privacy/alerts`: the supervisor's views of
  what the office's devices uploaded.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field, StrictInt, StringConstraints

from council_desk.api.codes import ApprovalStatus, OutputKind, RecipientType
from council_desk.api.models import AuditEventIn, DeviceId, ServiceRequestId, ShortText, _Strict

__all__ = [
    "Approval",
    "ApprovalDecisionIn",
    "ApprovalId",
    "ApprovalList",
    "ApprovalRequestIn",
    "ApprovalUse",
    "ApprovalUseIn",
    "ContinuityFlag",
    "ContinuityReport",
    "DeviceContinuity",
    "PrivacyAlerts",
    "RecordedEvent",
    "RecordedEventPage",
    "SeqRange",
]

Purpose = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Note = Annotated[str, StringConstraints(max_length=2000)]
# Issued by the server only: "APR-" and 16 characters of Crockford base32 (80 random bits: not guessable).
ApprovalId = Annotated[str, StringConstraints(strict=True, pattern=r"^APR-[0-9A-HJKMNP-TV-Z]{16}$")]
CaseIds = Annotated[list[ServiceRequestId], Field(min_length=1, max_length=500)]
FieldNames = Annotated[list[ShortText], Field(min_length=1, max_length=50)]


class ApprovalRequestIn(_Strict):
    """A caseworker's request: what, which cases, to whom, why. `id` is made by the client (idempotency key)."""

    id: uuid.UUID
    output: OutputKind
    service_request_ids: CaseIds
    fields: FieldNames
    recipient: RecipientType
    recipient_name: ShortText = ""
    purpose: Purpose
    created_at: AwareDatetime


class Approval(ApprovalRequestIn):
    """A request as the server holds it; once approved it carries the server-issued `approval_id` and expiry."""

    status: ApprovalStatus
    requested_by: ShortText
    requested_by_name: ShortText = ""
    district: Annotated[StrictInt, Field(ge=1, le=51)]
    received_at: AwareDatetime
    approval_id: ApprovalId | None = None
    decided_by: ShortText = ""
    decided_by_name: ShortText = ""
    decided_at: AwareDatetime | None = None
    note: Note = ""
    expires_at: AwareDatetime | None = None
    used_at: AwareDatetime | None = None


class ApprovalList(_Strict):
    approvals: list[Approval] = Field(max_length=5000)


class ApprovalDecisionIn(_Strict):
    """A supervisor's answer. `valid_days`: how long an approval may wait to be used (at most 30)."""

    id: uuid.UUID
    decision: Literal["approve", "refuse"]
    note: Note = ""
    valid_days: StrictInt = Field(default=7, ge=1, le=30)


class ApprovalUseIn(_Strict):
    """What is about to be released under an approval; the server compares it with what was approved."""

    use_id: uuid.UUID
    output: OutputKind
    service_request_ids: CaseIds
    fields: FieldNames
    recipient: RecipientType


class ApprovalUse(_Strict):
    approval_id: ApprovalId
    use_id: uuid.UUID
    used_at: AwareDatetime
    approval: Approval


class RecordedEvent(_Strict):
    """One audit event as the server received it from a device of the office."""

    event: AuditEventIn
    username: ShortText
    received_at: AwareDatetime
    # ok, or what the witness found wrong with it: its hash does not match its contents (altered); it does not
    # follow the event before it (chain); it arrived after later ones (late); another copy with the same number
    # arrived first (fork); a case-by-case event naming no approval the server issued and saw used (unapproved).
    findings: list[Literal["altered", "chain", "late", "fork", "unapproved"]] = Field(default_factory=list)


class RecordedEventPage(_Strict):
    events: list[RecordedEvent]
    total: StrictInt = Field(ge=0)


class SeqRange(_Strict):
    first: StrictInt = Field(ge=1)
    last: StrictInt = Field(ge=1)


class ContinuityFlag(_Strict):
    kind: Literal["gap", "altered", "chain", "late", "fork", "base_changed", "unapproved"]
    first_seq: StrictInt = Field(ge=0)
    last_seq: StrictInt = Field(ge=0)
    detected_at: AwareDatetime
    detail: ShortText = ""


class DeviceContinuity(_Strict):
    device_id: DeviceId
    username: ShortText
    base_seq: StrictInt = Field(ge=1)
    last_seq: StrictInt = Field(ge=0)  # the highest number received (0: none yet)
    received: StrictInt = Field(ge=0)
    missing: list[SeqRange]  # numbers between base_seq and last_seq never received
    flags: list[ContinuityFlag]


class ContinuityReport(_Strict):
    devices: list[DeviceContinuity]


class PrivacyAlerts(_Strict):
    """What the officer is told at once: exigent disclosures and continuity findings received since `since`."""

    exigent: list[RecordedEvent]
    flags: list[ContinuityFlag]
    pending_approvals: StrictInt = Field(ge=0)
