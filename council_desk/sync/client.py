"""`AccessClient`: the 311 access API, one method per endpoint, each response validated against the contract.

A 401 triggers one token refresh and one retry of the same request, so a token that expires in the middle of a sync
resumes at the page that failed. Paths follow DESIGN.md §3 (the OpenAPI document served by the sandbox is the
contract).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote

from pydantic import BaseModel

from council_desk.api.casework import LifecyclePage, Task, TaskChangeIn, TaskPage
from council_desk.api.models import (
    AuditAck,
    AuditBatch,
    ComplaintPage,
    FollowUp,
    FollowUpIn,
    FollowUpPage,
    Me,
    ReopenRequest,
    ReopenRequestIn,
)
from council_desk.api.privacy import (
    Approval,
    ApprovalDecisionIn,
    ApprovalList,
    ApprovalRequestIn,
    ApprovalUse,
    ApprovalUseIn,
    ContinuityReport,
    PrivacyAlerts,
    RecordedEventPage,
)
from council_desk.api.stats import MonthlyStats
from council_desk.domain.errors import SignInRequired

from .errors import AccessTokenRejected, DeviceRevoked, NotFound
from .http import SYNC_BODY_LIMIT, RawResponse, Transport
from .tokens import TokenManager

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")


class AccessClient:
    """Thread-safe as long as its transport and token manager are (they are)."""

    def __init__(
        self, transport: Transport, tokens: TokenManager, *, on_revoked: Callable[[], None] | None = None
    ) -> None:
        self.transport = transport
        self.tokens = tokens
        # Called when any call answers 403 device_revoked, before the error is raised: the session removes this
        # PC's data then, whichever call it was (not only `/v1/me`'s policy, which a sync reads first).
        self.on_revoked = on_revoked

    def _call(self, method: str, path: str, model: type[T], *, what: str, **kw: Any) -> T:
        return self._authed(lambda token: self.transport.call(method, path, model, what=what, token=token, **kw))

    def _authed(self, send: Callable[[str], R]) -> R:
        try:
            gen, token = self.tokens.current()
            try:
                return send(token)
            except AccessTokenRejected:
                pass
            gen, token = self.tokens.refresh(gen)
            try:
                return send(token)
            except AccessTokenRejected:
                raise SignInRequired() from None
        except DeviceRevoked:
            if self.on_revoked is not None:
                self.on_revoked()
            raise

    # ----------------------------------------------------------------------------------------------- reads
    def me(self, cancel: threading.Event | None = None) -> Me:
        return self._call("GET", "/v1/me", Me, what="me", cancel=cancel)

    def complaints_page(
        self, cursor: str | None, limit: int = 1000, cancel: threading.Event | None = None
    ) -> ComplaintPage:
        """One page of the complaint feed. Raises `CursorExpired` on 410 (the caller starts a snapshot)."""
        params: dict[str, str | int] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return self._call(
            "GET",
            "/v1/sync/complaints",
            ComplaintPage,
            what="complaints_page",
            params=params,
            limit=SYNC_BODY_LIMIT,
            deadline_s=self.transport.timeouts.page_deadline_s,
            cancel=cancel,
        )

    def complaints_page_response(
        self, cursor: str | None, limit: int = 1000, cancel: threading.Event | None = None
    ) -> RawResponse:
        """The page as received (status checked, size limited), not yet parsed: the sync engine fetches the next
        page in the background with this and parses it on its own thread, strictly (`Transport.parse_json`) and
        then change by change, so one bad record is refused instead of the whole page."""
        params: dict[str, str | int] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return self._authed(
            lambda token: self.transport.request(
                "GET",
                "/v1/sync/complaints",
                what="complaints_page",
                token=token,
                params=params,
                limit=SYNC_BODY_LIMIT,
                deadline_s=self.transport.timeouts.page_deadline_s,
                cancel=cancel,
            )
        )

    def complaint_shared(self, service_request_id: str, cancel: threading.Event | None = None) -> bool:
        """Whether the complaint is still shared with the office (its feed entry answers), without keeping it."""
        path = f"/v1/complaints/{quote(service_request_id, safe='')}"
        try:
            self._authed(
                lambda token: self.transport.request("GET", path, what="complaint", token=token, cancel=cancel)
            )
        except NotFound:
            return False
        return True

    def followups_page(
        self, cursor: str | None, limit: int = 1000, cancel: threading.Event | None = None
    ) -> FollowUpPage:
        params: dict[str, str | int] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        return self._call(
            "GET",
            "/v1/sync/followups",
            FollowUpPage,
            what="followups_page",
            params=params,
            limit=SYNC_BODY_LIMIT,
            deadline_s=self.transport.timeouts.page_deadline_s,
            cancel=cancel,
        )

    def tasks_page(self, cursor: str | None, limit: int = 1000, cancel: threading.Event | None = None) -> TaskPage:
        """The office's reminders, each once in its latest state (issue 14)."""
        return self._call(
            "GET",
            "/v1/sync/tasks",
            TaskPage,
            what="tasks_page",
            params=_page_params(cursor, limit),
            limit=SYNC_BODY_LIMIT,
            deadline_s=self.transport.timeouts.page_deadline_s,
            cancel=cancel,
        )

    def lifecycle_page(
        self, cursor: str | None, limit: int = 1000, cancel: threading.Event | None = None
    ) -> LifecyclePage:
        """Reopen requests' progress at 311 and survey answers shared with the office (issue 14)."""
        return self._call(
            "GET",
            "/v1/sync/lifecycle",
            LifecyclePage,
            what="lifecycle_page",
            params=_page_params(cursor, limit),
            limit=SYNC_BODY_LIMIT,
            deadline_s=self.transport.timeouts.page_deadline_s,
            cancel=cancel,
        )

    def stats(self, from_month: str, to_month: str, cancel: threading.Event | None = None) -> MonthlyStats:
        params: Mapping[str, str | int] = {"from": from_month, "to": to_month}
        return self._call(
            "GET",
            "/v1/stats/monthly",
            MonthlyStats,
            what="stats",
            params=params,
            limit=SYNC_BODY_LIMIT,
            cancel=cancel,
        )

    # ----------------------------------------------------------------------------------------------- writes
    def post_followup(self, fu: FollowUpIn, cancel: threading.Event | None = None) -> FollowUp:
        """Idempotent by the client-made id: a retry after a lost answer returns the same server record."""
        return self._call(
            "POST",
            "/v1/followups",
            FollowUp,
            what="post_followup",
            json_body=fu,
            headers={"Idempotency-Key": str(fu.id)},
            idempotent=True,
            cancel=cancel,
        )

    def post_reopen(
        self, service_request_id: str, req: ReopenRequestIn, cancel: threading.Event | None = None
    ) -> ReopenRequest:
        path = f"/v1/complaints/{quote(service_request_id, safe='')}/reopen-requests"
        return self._call(
            "POST",
            path,
            ReopenRequest,
            what="post_reopen",
            json_body=req,
            headers={"Idempotency-Key": str(req.id)},
            idempotent=True,
            cancel=cancel,
        )

    def post_task_change(self, change: TaskChangeIn, cancel: threading.Event | None = None) -> Task:
        """A reminder's change; idempotent by its client-made id. The answer is the task after it."""
        return self._call(
            "POST",
            "/v1/tasks/changes",
            Task,
            what="post_task_change",
            json_body=change,
            headers={"Idempotency-Key": str(change.id)},
            idempotent=True,
            cancel=cancel,
        )

    def post_audit(self, batch: AuditBatch, cancel: threading.Event | None = None) -> AuditAck:
        """Events carry their own ids and the server counts duplicates, so a retry is harmless."""
        return self._call(
            "POST",
            "/v1/audit/events",
            AuditAck,
            what="post_audit",
            json_body=batch,
            idempotent=True,
            cancel=cancel,
        )

    # ----------------------------------------------------------------------------------------------- approvals
    def approvals(self, cancel: threading.Event | None = None) -> ApprovalList:
        """The office's approvals (a supervisor) or one's own requests (a caseworker)."""
        return self._call(
            "GET", "/v1/approvals", ApprovalList, what="approvals", limit=SYNC_BODY_LIMIT, cancel=cancel
        )

    def post_approval(self, req: ApprovalRequestIn, cancel: threading.Event | None = None) -> Approval:
        """Idempotent by the request's client-made id."""
        return self._call(
            "POST",
            "/v1/approvals",
            Approval,
            what="post_approval",
            json_body=req,
            headers={"Idempotency-Key": str(req.id)},
            idempotent=True,
            cancel=cancel,
        )

    def post_decision(
        self, request_id: str, decision: ApprovalDecisionIn, cancel: threading.Event | None = None
    ) -> Approval:
        """A retry of the same decision (same id) gets the same answer."""
        path = f"/v1/approvals/{quote(request_id, safe='')}/decision"
        return self._call(
            "POST", path, Approval, what="post_decision", json_body=decision, idempotent=True, cancel=cancel
        )

    def use_approval(
        self, approval_id: str, use: ApprovalUseIn, cancel: threading.Event | None = None
    ) -> ApprovalUse:
        """The server confirms and spends an approval for this release (a retry with the same use_id is safe)."""
        path = f"/v1/approvals/{quote(approval_id, safe='')}/use"
        return self._call(
            "POST", path, ApprovalUse, what="use_approval", json_body=use, idempotent=True, cancel=cancel
        )

    # ----------------------------------------------------------------------------------------------- officer
    def privacy_events(
        self, params: Mapping[str, str | int], cancel: threading.Event | None = None
    ) -> RecordedEventPage:
        return self._call(
            "GET",
            "/v1/privacy/events",
            RecordedEventPage,
            what="privacy_events",
            params=params,
            limit=SYNC_BODY_LIMIT,
            deadline_s=self.transport.timeouts.page_deadline_s,
            cancel=cancel,
        )

    def continuity(self, cancel: threading.Event | None = None) -> ContinuityReport:
        return self._call(
            "GET",
            "/v1/privacy/continuity",
            ContinuityReport,
            what="continuity",
            limit=SYNC_BODY_LIMIT,
            cancel=cancel,
        )

    def privacy_alerts(self, since: str | None, cancel: threading.Event | None = None) -> PrivacyAlerts:
        params: dict[str, str | int] = {"since": since} if since else {}
        return self._call(
            "GET",
            "/v1/privacy/alerts",
            PrivacyAlerts,
            what="privacy_alerts",
            params=params,
            limit=SYNC_BODY_LIMIT,
            cancel=cancel,
        )


def _page_params(cursor: str | None, limit: int) -> dict[str, str | int]:
    params: dict[str, str | int] = {"limit": limit}
    if cursor is not None:
        params["cursor"] = cursor
    return params
