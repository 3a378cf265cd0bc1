"""When a case-by-case approval covers a release: one rule for the server that decides and the client that asks.

An approval covers a release only if it was issued for this office, a supervisor approved it, it has not been used
or expired, and the release is the same output to the same type of recipient, for cases and details it names
(never more). The server applies this when a client spends an approval (`POST /v1/approvals/{id}/use`); the
client applies it first to its synced copy, so a person hears plainly what is wrong before anything is sent. The
server's answer is the one that counts: a copy edited on the PC changes nothing there.

Messages name no case number or detail (they may reach a terminal or a log of the caller's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from council_desk.api.privacy import Approval
from council_desk.domain.disclosure import OUTPUTS, RECIPIENT_LABELS

__all__ = ["FORGED", "MESSAGES", "check", "status_at"]

# Said for an approval the server never issued, or issued for another office: the two are not told apart (as a
# complaint of another district answers like a missing one).
FORGED = (
    "The 311 access system did not issue this approval for your office. Check the number, or ask your "
    "supervisor for one."
)


def status_at(approval: Approval, now: dt.datetime) -> str:
    """The approval's status at `now`: an approved one past its expiry is "expired"."""
    if approval.status == "approved" and approval.expires_at is not None and now >= approval.expires_at:
        return "expired"
    return approval.status


# The server's refusal codes for a release under an approval, and what the client says for each (the server's own
# text is never shown: it is not ours to vouch for).
MESSAGES: dict[str, str] = {
    "approval_unknown": FORGED,
    "approval_pending": "This approval has not been decided yet: a supervisor still has to approve it.",
    "approval_refused": "This request was refused by a supervisor, so it releases nothing.",
    "approval_used": "This approval was already used once. Ask for a new one.",
    "approval_expired": "This approval has expired. Ask for a new one.",
    "approval_output": "This approval was granted for another kind of output, not for this.",
    "approval_recipient": "This approval was granted for release to another type of recipient.",
    "approval_cases": "This approval does not cover all the cases chosen. It releases only the cases it was "
    "granted for.",
    "approval_fields": "This approval does not cover all the details chosen. It releases only the details it "
    "names.",
}


def check(
    approval: Approval,
    *,
    district: int,
    output: str,
    case_ids: Sequence[str],
    fields: Sequence[str],
    recipient: str,
    now: dt.datetime,
) -> tuple[str, str] | None:
    """None if `approval` covers this release at `now`, else (code, plain sentence) saying why not."""
    if approval.district != district:
        return "approval_unknown", FORGED
    status = status_at(approval, now)
    if status in ("pending", "refused", "used"):
        return f"approval_{status}", MESSAGES[f"approval_{status}"]
    if status == "expired":
        when = approval.expires_at.date().isoformat() if approval.expires_at else "?"
        return "approval_expired", f"This approval expired on {when}. Ask for a new one."
    if approval.approval_id is None:
        return "approval_unknown", FORGED
    if output != approval.output:
        granted = OUTPUTS[approval.output].label.lower()
        return "approval_output", f"This approval was granted for {granted}, not for this."
    if recipient != approval.recipient:
        granted_to = RECIPIENT_LABELS.get(approval.recipient, approval.recipient).lower()
        return "approval_recipient", f"This approval was granted for release to {granted_to} only."
    outside = [c for c in dict.fromkeys(case_ids) if c not in set(approval.service_request_ids)]
    if outside:
        return "approval_cases", (
            f"This approval does not cover {len(outside)} of the cases chosen. It releases "
            "only the cases it was granted for."
        )
    if any(f not in set(approval.fields) for f in fields):
        return "approval_fields", MESSAGES["approval_fields"]
    return None
