"""Who may do what: the one roles table (DESIGN.md §7; docs/privacy.md prints it from here).

The training sandbox decides with this table (it refuses what a role may not do), and the app and the CLI mirror
it so a person is told plainly before they try. Need-to-know (311 Privacy Policy, principle 3.1: access only for
those who need it): contact details stay hidden until revealed with a purpose, and a member, who sees the
office's cases and figures, is never sent contact details at all.

Roles come from `/v1/me` (`Me.roles`). A person may hold several; an action is allowed if any of them allows it.
No role, or a role this version does not know, allows nothing (fail closed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, get_args

from council_desk.api.codes import ROLES, Role
from council_desk.domain.errors import KnownError

__all__ = [
    "ACTIONS",
    "ROLE_LABELS",
    "TABLE",
    "Action",
    "ActionRule",
    "RoleRefused",
    "allowed",
    "markdown_table",
    "refusal",
    "require",
]

Action = Literal[
    "view_cases",
    "view_statistics",
    "log_casework",
    "reveal_contact",
    "print_letter",
    "print_labels",
    "print_summary",
    "disclose_contact",
    "share_with_agency",
    "request_approval",
    "decide_approval",
    "exigent_disclosure",
    "read_disclosure_log",
    "privacy_report",
]
ACTIONS: tuple[Action, ...] = get_args(Action)

ROLE_LABELS: dict[str, str] = {
    "caseworker": "Caseworker",
    "supervisor": "Supervisor (chief of staff / agency privacy officer)",
    "member": "Council member",
}


@dataclass(frozen=True)
class ActionRule:
    label: str  # what the action is, in a person's words
    roles: frozenset[Role]
    note: str = ""  # a qualification the table shows (and the code enforces elsewhere, named here)


_CW_SUP: frozenset[Role] = frozenset({"caseworker", "supervisor"})
_ALL: frozenset[Role] = frozenset(ROLES)  # type: ignore[arg-type]

TABLE: dict[Action, ActionRule] = {
    "view_cases": ActionRule(
        "See the office's cases (complaint, place, status, follow-ups)",
        _ALL,
        "a member's copy holds no contact details: the server never sends them",
    ),
    "view_statistics": ActionRule("See the district's 311 statistics", _ALL),
    "log_casework": ActionRule(
        "Log follow-ups, change the office status, assign cases, set reminders, ask 311 to reopen", _CW_SUP
    ),
    "reveal_contact": ActionRule("Show a constituent's contact details (with a purpose, recorded)", _CW_SUP),
    "print_letter": ActionRule("Print or save letters to the constituent", _CW_SUP),
    "print_labels": ActionRule("Print or save mailing labels", _CW_SUP),
    "print_summary": ActionRule("Print or save case summaries without contact details", _ALL),
    "disclose_contact": ActionRule(
        "Print, save or export contact details for anyone but the constituent",
        _CW_SUP,
        "case-by-case: only under a supervisor's approval, or exigent",
    ),
    "share_with_agency": ActionRule(
        "Share a constituent's details with a City agency",
        _CW_SUP,
        "case-by-case: only under a supervisor's approval, or exigent",
    ),
    "request_approval": ActionRule("Ask for a case-by-case approval", _CW_SUP),
    "decide_approval": ActionRule(
        "Approve or refuse a case-by-case request", frozenset({"supervisor"}), "never one's own request"
    ),
    "exigent_disclosure": ActionRule(
        "Disclose under exigent circumstances (a written reason; the officer is told at once)", _CW_SUP
    ),
    "read_disclosure_log": ActionRule("Read the office's disclosure log", frozenset({"supervisor"})),
    "privacy_report": ActionRule(
        "Make the Identifying Information Law report (§ 23-1205)", frozenset({"supervisor"})
    ),
}


class RoleRefused(KnownError):
    """The signed-in role may not do this. Exit 5, like any refusal of the 311 access system (which decides)."""

    exit_code = 5
    code = "role_refused"
    default_message = "Your role does not allow this."


def allowed(roles: Iterable[str], action: Action) -> bool:
    """True if any of `roles` may do `action`; unknown roles allow nothing."""
    rule = TABLE[action]
    return any(r in rule.roles for r in roles)


def refusal(roles: Iterable[str], action: Action) -> str | None:
    """None if allowed, else one plain sentence saying who may."""
    held = [r for r in roles]
    if allowed(held, action):
        return None
    rule = TABLE[action]
    who = " or ".join(ROLE_LABELS[r].split(" (")[0].lower() + "s" for r in ROLES if r in rule.roles)
    mine = ", ".join(ROLE_LABELS.get(r, r).split(" (")[0].lower() for r in held) or "no role"
    return f"Your role ({mine}) does not allow this: {rule.label[0].lower()}{rule.label[1:]} is for {who}."


def require(roles: Iterable[str], action: Action) -> None:
    """Raise `RoleRefused` with the plain sentence unless allowed."""
    message = refusal(roles, action)
    if message is not None:
        raise RoleRefused(message)


def markdown_table() -> str:
    """The table as docs/privacy.md prints it (a test checks the document holds exactly this)."""
    head = "| what | " + " | ".join(ROLE_LABELS[r].split(" (")[0] for r in ROLES) + " | note |"
    rule = "| --- | " + " | ".join("---" for _ in ROLES) + " | --- |"
    lines = [head, rule]
    for action in ACTIONS:
        r = TABLE[action]
        marks = " | ".join("yes" if role in r.roles else "no" for role in ROLES)
        lines.append(f"| {r.label} (`{action}`) | {marks} | {r.note} |")
    return "\n".join(lines)
