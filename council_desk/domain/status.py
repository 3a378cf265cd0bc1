"""Status vocabularies: the agency's (Open311 / NYC 311) and the office's own.

"Closed" is not "resolved": the office keeps its own status per case, next to the agency's.
"""

from __future__ import annotations

from typing import Literal, get_args

# Open311 GeoReport v2 has only open/closed; NYC 311 publishes a finer status, carried as `nyc_status`.
Open311Status = Literal["open", "closed"]

OfficeStatus = Literal["new", "in_progress", "waiting_on_agency", "resolved", "closed_unresolved"]
OFFICE_STATUSES: tuple[str, ...] = get_args(OfficeStatus)

OFFICE_STATUS_LABELS: dict[str, str] = {
    "new": "New",
    "in_progress": "In progress",
    "waiting_on_agency": "Waiting on agency",
    "resolved": "Resolved",
    "closed_unresolved": "Closed – unresolved",
}

FollowUpKind = Literal["call", "email", "letter", "visit", "note", "status"]
FOLLOW_UP_KINDS: tuple[str, ...] = get_args(FollowUpKind)

# Why the office considers a case closed-but-not-fixed; shown in reopen requests and case outcomes.
OutcomeCode = Literal[
    "fixed", "partly_fixed", "not_fixed", "not_agency_responsibility", "duplicate", "no_response", "other"
]
OUTCOME_CODES: tuple[str, ...] = get_args(OutcomeCode)

RemovalReason = Literal["consent_withdrawn", "left_district", "retention_expired"]
REMOVAL_REASONS: tuple[str, ...] = get_args(RemovalReason)

Role = Literal["caseworker", "supervisor", "member"]
ROLES: tuple[str, ...] = get_args(Role)

DisclosureClass = Literal["routine", "case_by_case", "exigent"]
DISCLOSURE_CLASSES: tuple[str, ...] = get_args(DisclosureClass)

CONSENT_SCOPE = "share-contact-with-council-member"
