"""Status vocabularies: the agency's (Open311 / NYC 311) and the office's own.

"Closed" is not "resolved": the office keeps its own status per case, next to the agency's.
"""

from __future__ import annotations

# The codes themselves are the wire contract's (api/codes.py); here they get their labels and rules.
from council_desk.api.codes import (
    CONSENT_SCOPE,
    DISCLOSURE_CLASSES,
    FOLLOW_UP_KINDS,
    OFFICE_STATUSES,
    OUTCOME_CODES,
    REMOVAL_REASONS,
    ROLES,
    DisclosureClass,
    FollowUpKind,
    OfficeStatus,
    Open311Status,
    OutcomeCode,
    RemovalReason,
    Role,
)

__all__ = [
    "CONSENT_SCOPE",
    "DISCLOSURE_CLASSES",
    "FOLLOW_UP_KINDS",
    "OFFICE_STATUSES",
    "OFFICE_STATUS_LABELS",
    "OUTCOME_CODES",
    "REMOVAL_REASONS",
    "ROLES",
    "DisclosureClass",
    "FollowUpKind",
    "OfficeStatus",
    "Open311Status",
    "OutcomeCode",
    "RemovalReason",
    "Role",
]

OFFICE_STATUS_LABELS: dict[str, str] = {
    "new": "New",
    "in_progress": "In progress",
    "waiting_on_agency": "Waiting on agency",
    "resolved": "Resolved",
    "closed_unresolved": "Closed – unresolved",
}
