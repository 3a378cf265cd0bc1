"""The codes the wire contract is written in: statuses, kinds, reasons, roles, classes, languages.

They are part of the contract (api/models.py validates every message against them), so they live with it, on the
ground floor: the domain builds its labels and rules on them (domain/status.py, domain/languages.py re-export
them), and nothing here imports anything of ours.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = [
    "CONSENT_SCOPE",
    "DISCLOSURE_CLASSES",
    "FOLLOW_UP_KINDS",
    "LANGUAGE_CODES",
    "OFFICE_STATUSES",
    "OUTCOME_CODES",
    "REMOVAL_REASONS",
    "ROLES",
    "DisclosureClass",
    "FollowUpKind",
    "LanguageCode",
    "OfficeStatus",
    "Open311Status",
    "OutcomeCode",
    "RemovalReason",
    "Role",
]

# Open311 GeoReport v2 has only open/closed; NYC 311 publishes a finer status, carried as `nyc_status`.
Open311Status = Literal["open", "closed"]

OfficeStatus = Literal["new", "in_progress", "waiting_on_agency", "resolved", "closed_unresolved"]
OFFICE_STATUSES: tuple[str, ...] = get_args(OfficeStatus)

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

# English plus the 10 designated citywide languages; Chinese carries its script (a letter is printed in one).
LanguageCode = Literal["en", "es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl"]
LANGUAGE_CODES: tuple[str, ...] = get_args(LanguageCode)
