"""The codes the wire contract is written in: statuses, kinds, reasons, roles, classes, languages.

They are part of the contract (api/models.py validates every message against them), so they live with it, on the
ground floor: the domain builds its labels and rules on them (domain/status.py, domain/languages.py re-export
them), and nothing here imports anything of ours.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "ACCESS_CHANGE_KINDS",
    "APPROVAL_STATUSES",
    "CONSENT_SCOPE",
    "DISCLOSURE_CLASSES",
    "FOLLOW_UP_KINDS",
    "LANGUAGE_CODES",
    "OFFICE_STATUSES",
    "OUTCOME_CODES",
    "OUTPUT_KINDS",
    "RECIPIENT_TYPES",
    "REMOVAL_REASONS",
    "REOPEN_STAGES",
    "ROLES",
    "SURVEY_ANSWERS",
    "TASK_ACTIONS",
    "AccessChangeKind",
    "ApprovalStatus",
    "DisclosureClass",
    "FollowUpKind",
    "LanguageCode",
    "OfficeStatus",
    "Open311Status",
    "OutcomeCode",
    "OutputKind",
    "RecipientType",
    "RemovalReason",
    "ReopenStage",
    "Role",
    "SurveyAnswer",
    "TaskAction",
    "TaskStatus",
]

# Open311 GeoReport v2 has only open/closed; NYC 311 publishes a finer status, carried as `nyc_status`.
Open311Status = Literal["open", "closed"]

OfficeStatus = Literal["new", "in_progress", "waiting_on_agency", "resolved", "closed_unresolved"]
OFFICE_STATUSES: tuple[str, ...] = get_args(OfficeStatus)

# "status" changes the office's status of the case, "assign" its owner in the office (issue 14): both are entries
# of the shared log like any other follow-up, so colleagues see them and the outbox sends them exactly once.
FollowUpKind = Literal["call", "email", "letter", "visit", "note", "status", "assign"]
FOLLOW_UP_KINDS: tuple[str, ...] = get_args(FollowUpKind)

# Why the office considers a case closed-but-not-fixed; shown in reopen requests and case outcomes.
OutcomeCode = Literal[
    "fixed", "partly_fixed", "not_fixed", "not_agency_responsibility", "duplicate", "no_response", "other"
]
OUTCOME_CODES: tuple[str, ...] = get_args(OutcomeCode)

# A reminder is a task with an owner (issue 14). Its changes travel as events, each with its own client-made id:
# the server folds them in the order they arrive (domain/tasks.py), so an edit made offline is never a copy of the
# whole task that could overwrite a colleague's.
TaskAction = Literal["create", "done", "reopen", "snooze", "reschedule", "assign"]
TASK_ACTIONS: tuple[str, ...] = get_args(TaskAction)
TaskStatus = Literal["open", "done"]

# A reopen request's progress at 311: forwarded to the agency (or the complaint was still open), then the agency's
# answer: it reopened the service request or declined to.
ReopenStage = Literal["forwarded", "already_open", "reopened", "declined"]
REOPEN_STAGES: tuple[str, ...] = get_args(ReopenStage)

# The 311 customer survey's five-point scale, worst to best (as in MonthlyStatRow.satisfaction).
SurveyAnswer = Literal["very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied"]
SURVEY_ANSWERS: tuple[str, ...] = get_args(SurveyAnswer)

RemovalReason = Literal["consent_withdrawn", "left_district", "retention_expired"]
REMOVAL_REASONS: tuple[str, ...] = get_args(RemovalReason)

Role = Literal["caseworker", "supervisor", "member"]
ROLES: tuple[str, ...] = get_args(Role)

DisclosureClass = Literal["routine", "case_by_case", "exigent"]
DISCLOSURE_CLASSES: tuple[str, ...] = get_args(DisclosureClass)

# What a disclosure hands out (domain/disclosure.py says which fields each exposes and its default class).
# "worklist": the office's list of cases, no contact details (issue 14).
OutputKind = Literal["reveal", "letter", "labels", "summary", "summary_contact", "csv", "share_agency", "worklist"]
OUTPUT_KINDS: tuple[str, ...] = get_args(OutputKind)

# To whom: the entity types of an Identifying Information Law report (§ 23-1205(a)(1)(e)).
RecipientType = Literal[
    "constituent",
    "council_office",
    "city_agency",
    "state_federal_agency",
    "community_partner",
    "legal_process",
    "other",
]
RECIPIENT_TYPES: tuple[str, ...] = get_args(RecipientType)

# A case-by-case approval's life: asked, then approved or refused by a supervisor; an approval is used once, or
# expires.
ApprovalStatus = Literal["pending", "approved", "refused", "used", "expired"]
APPROVAL_STATUSES: tuple[str, ...] = get_args(ApprovalStatus)

# What `/v1/me` can announce about the office's access (the member's term ends; the district lines change).
AccessChangeKind = Literal["term_end", "redistricting"]
ACCESS_CHANGE_KINDS: tuple[str, ...] = get_args(AccessChangeKind)

CONSENT_SCOPE = "share-contact-with-council-member"

# English plus the 10 designated citywide languages; Chinese carries its script (a letter is printed in one).
LanguageCode = Literal["en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl"]
LANGUAGE_CODES: tuple[str, ...] = get_args(LanguageCode)
