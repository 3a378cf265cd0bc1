"""The one disclosure vocabulary: for each output, what identifying information it exposes, to whom, under which
class (Identifying Information Law, Admin. Code § 23-1201 ff.; the shape of `../shared/law/004_…`).

Everything that hands a constituent's details out of the program — a reveal on screen, a letter, labels, a case
summary with or without contact details, a CSV export, a share with an agency — is described here once. The app
(ui/printing.py, ui/main_window.py, ui/share.py) and the CLI (letters/commands.py) build their audit events with
`plan(...).event(action)`, so the same output records the same event whoever makes it (a test compares them), and
the privacy officer's report (letters/report.py) reads the types of information back from the field names.

Classes:
- **routine**: pre-approved — a letter or labels to the constituent, internal casework (a reveal, a summary);
- **case-by-case**: released only under an approval a supervisor granted through the 311 access system, for the
  very cases, fields and recipient type, before it expires; used once;
- **exigent**: allowed with a written reason when there is no time to ask; the officer is told at once.

`plan` is the policy check (role, class, recipient, approval or reason present, fields within the output's); the
server's confirmation of an approval is the sync layer's (sync/disclosures.py) and comes on top.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from council_desk.api.codes import (
    DISCLOSURE_CLASSES,
    OUTPUT_KINDS,
    RECIPIENT_TYPES,
    DisclosureClass,
    OutputKind,
    RecipientType,
)
from council_desk.domain.errors import KnownError
from council_desk.domain.roles import Action, refusal

__all__ = [
    "CLASS_LABELS",
    "CONTACT_FIELDS",
    "EVENT_MAX_CASES",
    "FIELD_INFO",
    "INFO_LABELS",
    "OUTPUTS",
    "RECIPIENT_LABELS",
    "WORKLIST_FIELDS",
    "Disclosure",
    "DisclosureRefused",
    "Output",
    "info_types",
    "markdown_table",
    "plan",
]

# The contact block of a complaint (api.models.Contact), by its wire names.
CONTACT_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "phone",
    "email",
    "mailing_address",
    "preferred_language",
)
# The parts of a complaint a letter or a list names it by.
_CASE_FIELDS: tuple[str, ...] = (
    "service_request_id",
    "complaint_type",
    "address",
    "requested_datetime",
    "agency_responsible",
    "status",
)

# What the office's worklist shows (issue 14: letters/worklist.py): no contact detail, but complaint numbers, dates
# and addresses, personal information under § 23-315, so it is a disclosure like any other (internal, routine).
WORKLIST_FIELDS: tuple[str, ...] = (
    "service_request_id",
    "requested_datetime",
    "complaint_type",
    "address",
    "agency_responsible",
    "status",
    "office_status",
    "assignee",
    "next_due",
)
# The case numbers one audit event may list (api.models.AuditEventIn): a bigger release records several events.
EVENT_MAX_CASES = 10_000

# Types of identifying information, as the § 23-1205 report form names them (question 1), plus the 311 complaint
# itself, which § 23-315 counts as personal contact information (its number, date, time and text).
INFO_LABELS: dict[str, str] = {
    "name": "Name",
    "home_address": "Current and/or previous home addresses",
    "phone": "Phone number",
    "email": "Email address",
    "language": "Languages spoken",
    "complaint": "311 complaint number, date, time and text (§ 23-315)",
    "location": "Location of the complaint (street address)",
    "casework": "The office's casework notes",
}
# Field name → type of identifying information (fields not listed identify nobody on their own: status, agency…).
FIELD_INFO: dict[str, str] = {
    "first_name": "name",
    "last_name": "name",
    "mailing_address": "home_address",
    "phone": "phone",
    "email": "email",
    "preferred_language": "language",
    "service_request_id": "complaint",
    "requested_datetime": "complaint",
    "description": "complaint",
    "address": "location",
    "followups": "casework",
}

CLASS_LABELS: dict[str, str] = {
    "routine": "Routine (pre-approved)",
    "case_by_case": "Case-by-case (approved by the privacy officer)",
    "exigent": "Exigent circumstances",
}

# The entity types of the report form's question 14, as they occur for a council office.
RECIPIENT_LABELS: dict[str, str] = {
    "constituent": "The constituent (the person who filed)",
    "council_office": "This council office (internal casework)",
    "city_agency": "Other City agencies",
    "state_federal_agency": "New York State or federal agencies",
    "community_partner": "Community partners / NGOs",
    "legal_process": "Court, enforcement agency or other entity issuing a subpoena",
    "other": "Other",
}


@dataclass(frozen=True)
class Output:
    """One kind of output and the rules it is released under."""

    kind: OutputKind
    label: str
    action: Action  # the roles table's row for making it
    fields: tuple[str, ...]  # the most it shows; a share may show fewer (chosen), never more
    recipients: frozenset[RecipientType]  # to whom it may go
    routine_for: frozenset[RecipientType]  # to whom it is routine; anyone else: case-by-case or exigent
    default_recipient: RecipientType
    choose_fields: bool = False  # the person picks which of `fields` go out (a share)

    def default_class(self, recipient: RecipientType | None = None) -> DisclosureClass:
        return "routine" if (recipient or self.default_recipient) in self.routine_for else "case_by_case"


_ANYONE: frozenset[RecipientType] = frozenset(RECIPIENT_TYPES)  # type: ignore[arg-type]
_SUMMARY = (*_CASE_FIELDS, "description", "resolution_description", "consent", "followups", "office_status")

OUTPUTS: dict[OutputKind, Output] = {
    "reveal": Output(
        "reveal",
        "Contact details shown on screen",
        "reveal_contact",
        CONTACT_FIELDS,
        frozenset({"council_office"}),
        frozenset({"council_office"}),
        "council_office",
    ),
    "letter": Output(
        "letter",
        "Letter to the constituent",
        "print_letter",
        (
            "first_name",
            "last_name",
            "mailing_address",
            "preferred_language",
            *_CASE_FIELDS,
            "resolution_description",
        ),
        frozenset({"constituent"}),
        frozenset({"constituent"}),
        "constituent",
    ),
    "labels": Output(
        "labels",
        "Mailing labels",
        "print_labels",
        ("first_name", "last_name", "mailing_address"),
        frozenset({"constituent"}),
        frozenset({"constituent"}),
        "constituent",
    ),
    "summary": Output(
        "summary",
        "Case summary without contact details",
        "print_summary",
        _SUMMARY,
        _ANYONE,
        frozenset({"council_office", "constituent"}),
        "council_office",
    ),
    "summary_contact": Output(
        "summary_contact",
        "Case summary with contact details",
        "disclose_contact",
        (*_SUMMARY, *CONTACT_FIELDS),
        _ANYONE,
        frozenset({"constituent"}),
        "constituent",
    ),
    "csv": Output(
        "csv",
        "Contact list exported as CSV",
        "disclose_contact",
        (*_CASE_FIELDS, *CONTACT_FIELDS),
        _ANYONE,
        frozenset(),
        "council_office",
    ),
    "share_agency": Output(
        "share_agency",
        "Details shared with a City agency",
        "share_with_agency",
        (
            "first_name",
            "last_name",
            "phone",
            "email",
            "mailing_address",
            "preferred_language",
            "service_request_id",
            "requested_datetime",
            "description",
            "address",
        ),
        frozenset({"city_agency", "state_federal_agency"}),
        frozenset(),
        "city_agency",
        choose_fields=True,
    ),
    "worklist": Output(
        "worklist",
        "Office worklist without contact details",
        "print_summary",
        WORKLIST_FIELDS,
        frozenset({"council_office"}),
        frozenset({"council_office"}),
        "council_office",
    ),
}
assert set(OUTPUTS) == set(OUTPUT_KINDS), "every output kind of the wire has its rules"


class DisclosureRefused(KnownError):
    """The policy (role, class, approval, reason) does not allow this output. Exit 5, one plain line."""

    exit_code = 5
    code = "disclosure_refused"
    default_message = "This disclosure is not allowed."


def info_types(fields: Iterable[str]) -> list[str]:
    """The types of identifying information these field names expose, in the report's order."""
    found = {FIELD_INFO[f] for f in fields if f in FIELD_INFO}
    return [t for t in INFO_LABELS if t in found]


@dataclass(frozen=True)
class Disclosure:
    """One planned release: what, which cases, to whom, under which class (with its approval or reason)."""

    output: OutputKind
    case_ids: tuple[str, ...]
    fields: tuple[str, ...]
    recipient: RecipientType
    disclosure_class: DisclosureClass
    recipient_name: str = ""
    approval_id: str = ""
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def shows_contact(self) -> bool:
        return any(f in CONTACT_FIELDS for f in self.fields)

    @property
    def needs_server(self) -> bool:
        """A case-by-case release is confirmed by the 311 access system first (online only)."""
        return self.disclosure_class == "case_by_case"

    def event(self, action: str, *, actor: str, reason_prefix: str = "") -> dict[str, Any]:
        """The keyword arguments of `AuditLog.record` for this release: the same for the app and the CLI."""
        reason = "; ".join(p for p in (reason_prefix, self.reason) if p)
        return {
            "action": action,
            "actor": actor,
            "service_request_ids": list(self.case_ids),
            "fields": list(self.fields),
            "disclosure_class": self.disclosure_class,
            "approval_ref": self.approval_id,
            "reason": reason,
            "count": len(self.case_ids),
            "output": self.output,
            "recipient": self.recipient,
            "recipient_name": self.recipient_name,
        }

    def events(self, action: str, *, actor: str, reason_prefix: str = "") -> list[dict[str, Any]]:
        """`event` for each slice of at most EVENT_MAX_CASES cases (a worklist of a whole caseload is one release
        recorded as several events, each naming its own cases)."""
        ids = self.case_ids
        return [
            replace(self, case_ids=ids[i : i + EVENT_MAX_CASES]).event(
                action, actor=actor, reason_prefix=reason_prefix
            )
            for i in range(0, len(ids), EVENT_MAX_CASES)
        ]


def plan(
    output: OutputKind,
    case_ids: Sequence[str],
    *,
    roles: Iterable[str],
    recipient: RecipientType | None = None,
    disclosure_class: DisclosureClass | None = None,
    approval_id: str = "",
    reason: str = "",
    recipient_name: str = "",
    fields: Sequence[str] | None = None,
) -> Disclosure:
    """The policy check: a `Disclosure` if the role, recipient, class and its approval or reason fit the output;
    otherwise `DisclosureRefused` (or `RoleRefused`) with one plain sentence. Nothing here talks to the server."""
    spec = OUTPUTS[output]
    held = list(roles)
    message = refusal(held, spec.action)
    if message is not None:
        raise DisclosureRefused(message)
    ids = tuple(dict.fromkeys(case_ids))
    if not ids:
        raise DisclosureRefused("Choose at least one case.", code="disclosure_no_cases")
    who: RecipientType = recipient or spec.default_recipient
    if who not in RECIPIENT_TYPES or who not in spec.recipients:
        raise DisclosureRefused(f"{spec.label} cannot go to {RECIPIENT_LABELS.get(who, who).lower()}.")
    cls: DisclosureClass = disclosure_class or spec.default_class(who)
    if cls not in DISCLOSURE_CLASSES:
        raise DisclosureRefused("Choose routine, case-by-case or exigent.", code="disclosure_no_class")
    routine = who in spec.routine_for
    if cls == "routine" and not routine:
        raise DisclosureRefused(
            f"{spec.label} for {RECIPIENT_LABELS[who].lower()} is not routine: it needs a supervisor's approval "
            "(case-by-case) or, if it cannot wait, a written exigent reason."
        )
    if cls != "routine" and routine:
        cls = "routine"  # nothing to approve: a routine release is recorded as routine, whatever was asked
    approval_id, reason = approval_id.strip(), reason.strip()
    if cls == "case_by_case":
        message = refusal(held, "request_approval")
        if message is not None:
            raise DisclosureRefused(message)
        if not approval_id:
            raise DisclosureRefused(
                "A case-by-case disclosure needs the approval number a supervisor granted.",
                code="disclosure_needs_approval",
            )
    if cls == "exigent":
        message = refusal(held, "exigent_disclosure")
        if message is not None:
            raise DisclosureRefused(message)
        if len(reason) < 10:
            raise DisclosureRefused(
                "An exigent disclosure needs a written reason (why it cannot wait).",
                code="disclosure_needs_reason",
            )
    chosen = tuple(spec.fields if fields is None else dict.fromkeys(fields))
    if not chosen:
        raise DisclosureRefused("Choose at least one detail to share.", code="disclosure_no_details")
    beyond = [f for f in chosen if f not in spec.fields]
    if beyond or (fields is not None and not spec.choose_fields and set(chosen) != set(spec.fields)):
        raise DisclosureRefused(f"{spec.label} cannot include those details.")
    return Disclosure(
        output=output,
        case_ids=ids,
        fields=chosen,
        recipient=who,
        disclosure_class=cls,
        recipient_name=recipient_name.strip()[:200],
        approval_id=approval_id if cls == "case_by_case" else "",
        reason=reason[:2000],
    )


def markdown_table() -> str:
    """The vocabulary as docs/privacy.md prints it (checked by a test)."""
    lines = [
        "| output | identifying information | goes to | routine for | otherwise |",
        "| --- | --- | --- | --- | --- |",
    ]
    for kind in OUTPUT_KINDS:
        o = OUTPUTS[kind]  # type: ignore[index]
        types = ", ".join(INFO_LABELS[t].split(" (")[0].lower() for t in info_types(o.fields))
        goes = ", ".join(sorted(o.recipients)) if len(o.recipients) < len(RECIPIENT_TYPES) else "anyone"
        routine = ", ".join(sorted(o.routine_for)) or "nobody"
        other = "case-by-case or exigent" if o.routine_for != o.recipients else "—"
        lines.append(f"| {o.label} (`{kind}`) | {types} | {goes} | {routine} | {other} |")
    return "\n".join(lines)
