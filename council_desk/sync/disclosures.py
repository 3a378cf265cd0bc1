"""The server's part of a release: a case-by-case disclosure goes out only under an approval the 311 access system
confirms, and spends, for exactly this output, these cases, these details and this type of recipient.

Order of a release, the same in the app and the CLI: the policy check (`domain.disclosure.plan`: role, class,
approval number or reason present) → render → `confirm` (this module: case-by-case only; online only) → the audit
event, committed (`AuditLog.record(**disclosure.event(action))`) → the bytes written or printed
(`letters.release`) → for an exigent disclosure, the audit log sent at once (`flag_exigent`), so the officer is
told without waiting for the next sync.

The PC's synced copy of the approval is checked first, only to say plainly what is wrong before asking; the
server's answer is what counts (a copy edited or forged on the PC releases nothing: the server never issued it).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable

from council_desk.api.models import Me
from council_desk.api.privacy import ApprovalUse, ApprovalUseIn
from council_desk.cache.approvals import store_server_approval
from council_desk.cache.store import CaseStore
from council_desk.domain import approvals as rules
from council_desk.domain.disclosure import Disclosure, DisclosureRefused
from council_desk.domain.errors import KnownError, Offline

from .client import AccessClient
from .errors import NotFound, RequestRefused

__all__ = ["OFFLINE", "confirm", "flag_exigent"]

log = logging.getLogger("council_desk.sync.disclosures")

OFFLINE = (
    "A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be "
    "reached now, so nothing was released. Routine and exigent disclosures work offline."
)


class ApprovalOffline(Offline):
    code = "approval_offline"
    default_message = OFFLINE


def confirm(
    client: AccessClient, store: CaseStore, me: Me, disclosure: Disclosure, cancel: threading.Event | None = None
) -> ApprovalUse | None:
    """For a case-by-case disclosure, have the server confirm and spend its approval; nothing for routine and
    exigent ones. Raises `DisclosureRefused` (exit 5) with one plain sentence, or `ApprovalOffline` (exit 4)."""
    if disclosure.disclosure_class != "case_by_case":
        return None
    held = store.find_approval(disclosure.approval_id)
    if held is not None:
        found = rules.check(
            held,
            district=me.district,
            output=disclosure.output,
            case_ids=disclosure.case_ids,
            fields=disclosure.fields,
            recipient=disclosure.recipient,
            now=store.trusted_now(),
        )
        if found is not None:
            raise DisclosureRefused(found[1])
    use = ApprovalUseIn(
        use_id=uuid.uuid4(),
        output=disclosure.output,
        service_request_ids=list(disclosure.case_ids),
        fields=list(disclosure.fields),
        recipient=disclosure.recipient,
    )
    try:
        got = client.use_approval(disclosure.approval_id, use, cancel)
    except NotFound as exc:
        if exc.server_code == "approval_unknown":
            raise DisclosureRefused(rules.FORGED, code="approval_unknown") from None
        raise DisclosureRefused(
            "A case chosen is no longer shared with your office, so nothing was released.",
            code="approval_case_gone",
        ) from None
    except RequestRefused as exc:
        known = rules.MESSAGES.get(exc.server_code)
        if known is None:
            raise DisclosureRefused(
                "The 311 access system did not confirm this approval, so nothing was released.",
                code="approval_not_confirmed",
            ) from None
        raise DisclosureRefused(known) from None
    except Offline as exc:
        if isinstance(exc, ApprovalOffline):
            raise
        raise ApprovalOffline() from None
    answered = got.approval
    if (
        got.approval_id != disclosure.approval_id
        or got.use_id != use.use_id
        or answered.status != "used"
        or not set(disclosure.case_ids) <= set(answered.service_request_ids)
    ):
        log.warning("the server's confirmation of an approval does not match the release; nothing released")
        raise DisclosureRefused(
            "The 311 access system's answer did not match this approval, so nothing was released.",
            code="approval_answer_mismatch",
        )
    with store.transaction() as conn:  # shown as used at once, not only after the next sync
        store_server_approval(conn, answered)
    return got


def flag_exigent(disclosure: Disclosure, upload: Callable[[], object]) -> bool:
    """After an exigent disclosure was recorded: send the audit log now, so the officer sees it at once. Best
    effort (offline it goes with the next sync); True if it went."""
    if disclosure.disclosure_class != "exigent":
        return False
    try:
        upload()
        return True
    except KnownError as exc:
        log.info("exigent disclosure recorded; the audit log goes with the next sync (%s)", type(exc).__name__)
        return False
