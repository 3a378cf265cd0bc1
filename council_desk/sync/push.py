"""The push: the outbox (follow-ups, reopen requests, approval requests, a supervisor's decisions) to the access
system, each item once (its id is its idempotency key), and never lost.

An item the server holds another record under (an id collision, or an answer that is not what was sent) gets a
fresh id and goes once more; a 404 whose complaint is still shared is such a collision, not a loss. Only a
complaint no longer shared with the office drops its items — counted and audited without contents
(cache/outbox.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from council_desk.api.casework import TaskChangeIn
from council_desk.api.models import FollowUpIn, ReopenRequestIn, parse_json_strict
from council_desk.api.privacy import ApprovalDecisionIn, ApprovalRequestIn

from .client import AccessClient
from .errors import BadResponse, NotFound, RequestRefused, RoleForbidden
from .summary import SyncProgress, SyncSummary, check_cancel

if TYPE_CHECKING:
    from council_desk.cache.store import CaseStore, OutboxItem

__all__ = ["push_outbox"]

log = logging.getLogger("council_desk.sync.push")


def push_outbox(
    store: CaseStore,
    client: AccessClient,
    summary: SyncSummary,
    report: Callable[[SyncProgress], None],
    cancel: threading.Event | None,
) -> None:
    """Send everything the outbox holds, oldest first (the sync's first step: the caseworker's work goes before
    anything comes back)."""
    for item in store.outbox():
        check_cancel(cancel)
        if item.kind not in ("followup", "reopen", "approval", "decision", "task"):
            log.warning("outbox item of unknown kind %r left in place", str(item.kind)[:20])
            continue
        # A follow-up the server holds another record under (an id collision, or a server that answers
        # with someone else's record) gets a fresh id and goes once more, now: never dropped for that.
        for attempt in range(2):
            outcome = _send(store, client, item, cancel)
            if outcome == "collision" and attempt == 0:
                store.rekey_outbox_item(item.id)
                summary.rekeyed += 1
                item = next((i for i in store.outbox() if i.id == item.id), item)
                continue
            break
        if outcome == "sent":
            summary.pushed += 1
            report(SyncProgress("push", summary.pushed))
        elif outcome == "not_shared":
            summary.dropped_unshared += 1
            summary.unsent_lost += 1
        else:
            summary.failed_push += 1


def _send(store: CaseStore, client: AccessClient, item: OutboxItem, cancel: threading.Event | None) -> str:
    """Send one outbox item: "sent", "not_shared" (dropped: counted and audited), "collision" (the server
    holds another record under its id), or "failed" (kept, retried next sync)."""
    try:
        if item.kind == "followup":
            fu = FollowUpIn.model_validate(parse_json_strict(item.payload))
            resp: Any = client.post_followup(fu, cancel)
        elif item.kind == "task":  # a reminder's change (issue 14)
            change = TaskChangeIn.model_validate(parse_json_strict(item.payload))
            resp = client.post_task_change(change, cancel)
        elif item.kind == "approval":
            ask = ApprovalRequestIn.model_validate(parse_json_strict(item.payload))
            resp = client.post_approval(ask, cancel)
        elif item.kind == "decision":
            doc = parse_json_strict(item.payload)
            decision = ApprovalDecisionIn.model_validate(doc["decision"])
            resp = client.post_decision(str(doc["request_id"]), decision, cancel)
        else:
            req = ReopenRequestIn.model_validate(parse_json_strict(item.payload))
            resp = client.post_reopen(item.service_request_id, req, cancel)
    except RoleForbidden:
        # The server's roles table will never let this account send it: dropped, counted and audited.
        store.drop_outbox_item(item.id, "role")
        return "not_shared"
    except NotFound:
        if item.kind == "followup" and client.complaint_shared(item.service_request_id, cancel):
            # The complaint is still ours: the 404 is about the follow-up's id (used on another case).
            return "collision"
        if item.kind == "task" and client.complaint_shared(item.service_request_id, cancel):
            # The complaint is still ours but the server has no such reminder (yet): its "create" is still to
            # come, or was refused. Kept and tried again: never dropped while its case is shared.
            store.mark_failed(item.id, "task_unknown")
            return "failed"
        # The complaint is no longer shared with the office (withdrawn, moved, expired): the work cannot be
        # delivered. The store counts and audits the loss without contents.
        store.drop_outbox_item(item.id, "not_shared")
        return "not_shared"
    except RequestRefused as exc:
        if item.kind in ("approval", "decision") and exc.status in (400, 409):
            # A request the server will never take (already decided, not needed, one's own, a reused id): dropped.
            store.drop_outbox_item(item.id, f"refused_{exc.server_code or exc.status}")
            return "not_shared"
        store.mark_failed(item.id, f"http_{exc.status}")
        return "collision" if exc.status == 409 and item.kind in ("followup", "task") else "failed"
    except BadResponse:
        store.mark_failed(item.id, "bad_response")
        return "failed"
    if store.mark_sent(item.id, resp):
        return "sent"
    store.mark_failed(item.id, "answer_mismatch")
    return "collision"
