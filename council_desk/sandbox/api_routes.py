"""The council access API, v1 (DESIGN.md §3). The district comes from the token, never from a parameter.

Another district's complaint, an unconsented one and a missing one answer the identical 404. Sync pages are built
from stored JSON bytes (see store.py) and returned raw; the `response_model` declarations still describe them in
`/openapi.json`. Who may call a route, and how it refuses, is `callers.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from council_desk.api.models import (
    AuditAck,
    AuditBatch,
    ComplaintPage,
    FollowUp,
    FollowUpIn,
    FollowUpPage,
    Me,
    Office,
    Policy,
    Problem,
    ReopenRequest,
    ReopenRequestIn,
    StaffMember,
    UpsertChange,
)
from council_desk.api.privacy import ContinuityReport, PrivacyAlerts, RecordedEventPage
from council_desk.api.stats import MonthlyStats
from council_desk.domain.roles import refusal
from council_desk.sandbox import casework, cursors, office_work, offices, witness
from council_desk.sandbox.accounts import Account
from council_desk.sandbox.callers import (
    BAD,
    ERRORS,
    GONE,
    NOT_FOUND,
    ActiveCaller,
    ApiError,
    Caller,
    RecordingCaller,
    _sb,
    not_found,
    require_role,
)
from council_desk.sandbox.faults import rogue_bodies
from council_desk.sandbox.state import Sandbox
from council_desk.sandbox.stats import monthly_rows
from council_desk.sandbox.store import CONSENT_ACTIVE

router = APIRouter(prefix="/v1", tags=["access"])

DEFAULT_LIMIT, MAX_LIMIT = 1000, 5000
MONTH = re.compile(r"^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$")


def staff_of(sb: Sandbox, district: int) -> list[StaffMember]:
    """The district office's staff, as `/v1/me` lists them: whom a case or a reminder may be given to."""
    return [
        StaffMember.model_validate({"username": a.username, "display_name": a.display_name, "role": a.role})
        for a in sb.accounts.values()
        if a.district == district
    ]


def advance_lifecycle(sb: Sandbox) -> None:
    """The agency's part of the 311 lifecycle (casework.py), played up to now: lazily, on the sync requests."""
    s = sb.settings
    casework.advance_lifecycle(sb.store, s.lifecycle_delay_seconds, s.lifecycle_outcome, s.survey_shared)


def json_response(raw: bytes, status: int = 200) -> Response:
    return Response(raw, status_code=status, media_type="application/json", headers={"Cache-Control": "no-store"})


_json = json_response

# A member sees the office's cases but is never sent contact details (need-to-know): the contact block of every
# change goes out blank, the language kept (the contract requires one; it names nobody).
_BLANK_CONTACT = ("first_name", "last_name", "phone", "email", "mailing_address")


def _redacted(body: bytes) -> bytes:
    change = json.loads(body)
    contact = change.get("contact")
    if isinstance(contact, dict):
        for name in _BLANK_CONTACT:
            if name in contact:
                contact[name] = ""
    return json.dumps(change, ensure_ascii=False, separators=(",", ":")).encode()


def _for(account: Account, bodies: list[bytes]) -> list[bytes]:
    return bodies if refusal([account.role], "reveal_contact") is None else [_redacted(b) for b in bodies]


@router.get("/me", response_model=Me, responses=ERRORS, summary="Who is signed in, and the policy to enforce")
def me(request: Request, account: Caller) -> Response:
    sb = _sb(request)
    doc = Me(
        user_id=f"u-{account.username}",
        username=account.username,
        display_name=account.display_name,
        roles=[account.role],
        district=account.district,
        member=account.member,
        office=Office(
            name=account.office_name,
            address=account.office_address,
            phone=account.office_phone,
            email=account.office_email,
        ),
        staff=staff_of(sb, account.district),
        policy=Policy(
            retention_days_after_close=sb.settings.retention_days,
            idle_lock_minutes=15,
            absolute_session_hours=12,
            max_offline_days=14,
            device_status="revoked" if sb.store.device_status(account.username) == "revoked" else "active",
        ),
        access_change=offices.for_account(sb, account),
    )
    return _json(doc.model_dump_json().encode())


def _cursor_in(sb: Sandbox, cursor: str | None, feed: str, district: int, epoch: int) -> cursors.Cursor | None:
    if cursor is None or cursor == "":
        return None
    try:
        return cursors.decode(
            sb.cursor_key, cursor, feed=feed, district=district, epoch=epoch, now=int(sb.store.now().timestamp())
        )
    except cursors.BadCursor:
        raise ApiError(410, "cursor_gone", "Start again without a cursor.") from None


def _cursor_out(sb: Sandbox, feed: str, district: int, position: int, snapshot: bool, epoch: int) -> str:
    now = int(sb.store.now().timestamp())
    return cursors.encode(sb.cursor_key, cursors.Cursor(feed, district, position, snapshot, epoch, now))


@router.get(
    "/sync/complaints",
    response_model=ComplaintPage,
    responses={**ERRORS, **GONE},
    summary="Consented complaints of the caller's district, as a cursor-paged change feed",
)
def sync_complaints(
    request: Request,
    account: ActiveCaller,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Response:
    sb = _sb(request)
    district = account.district
    epoch = sb.store.epoch(district)
    cur = _cursor_in(sb, cursor, "c", district, epoch)
    sb.store.enforce_retention(sb.settings.retention_days)
    advance_lifecycle(sb)  # a reopened or closed-again complaint is in this page, not the next sync's
    position = cur.position if cur else 0
    snapshot = cur.snapshot if cur else True
    bodies, last, more = sb.store.page(district, position, limit)
    bodies = _for(account, bodies + rogue_bodies(sb, district, last))
    next_cursor = _cursor_out(sb, "c", district, last, snapshot and more, epoch)
    raw = b"".join(
        (
            b'{"changes":[',
            b",".join(bodies),
            b'],"next_cursor":"',
            next_cursor.encode(),
            b'","has_more":',
            b"true" if more else b"false",
            b',"snapshot":',
            b"true" if snapshot else b"false",
            b"}",
        )
    )
    return _json(raw)


@router.get(
    "/complaints/{service_request_id}",
    response_model=UpsertChange,
    responses={**ERRORS, **NOT_FOUND},
    summary="One consented complaint of the caller's district (its current feed entry)",
)
def get_complaint(request: Request, service_request_id: str, account: ActiveCaller) -> Response:
    sb = _sb(request)
    if not sb.store.in_scope(service_request_id, account.district):
        raise not_found()
    body = sb.store.current_upsert(service_request_id)
    if body is None:
        raise not_found()
    return _json(_for(account, [body])[0])


@router.get(
    "/sync/followups",
    response_model=FollowUpPage,
    responses={**ERRORS, **GONE},
    summary="The office's shared follow-up log, as a cursor-paged feed",
)
def sync_followups(
    request: Request,
    account: ActiveCaller,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Response:
    sb = _sb(request)
    epoch = sb.store.epoch(account.district)
    cur = _cursor_in(sb, cursor, "f", account.district, epoch)
    bodies, last, more = office_work.followup_page(sb.store, account.district, cur.position if cur else 0, limit)
    next_cursor = _cursor_out(sb, "f", account.district, last, False, epoch)
    raw = b"".join(
        (
            b'{"followups":[',
            b",".join(bodies),
            b'],"next_cursor":"',
            next_cursor.encode(),
            b'","has_more":',
            b"true" if more else b"false",
            b"}",
        )
    )
    return _json(raw)


@router.post(
    "/followups",
    response_model=FollowUp,
    status_code=201,
    responses={**ERRORS, **NOT_FOUND, **BAD, 409: {"model": Problem, "description": "Same id, different body"}},
    summary="Add a follow-up; `Idempotency-Key` must equal the body's id; a retry returns the first answer",
)
def post_followup(
    request: Request,
    body: FollowUpIn,
    account: ActiveCaller,
    idempotency_key: Annotated[str, Header(max_length=64)],
) -> Response:
    sb = _sb(request)
    require_role(account, "log_casework")
    if idempotency_key.strip().lower() != str(body.id):
        raise ApiError(400, "idempotency_key_mismatch", "Idempotency-Key must equal the follow-up id.")
    if body.assignee and body.assignee not in {m.username for m in staff_of(sb, account.district)}:
        raise ApiError(400, "unknown_assignee", "A case can be assigned only to someone of the office.")
    canonical = body.model_dump_json()
    existing = office_work.followup(sb.store, str(body.id))
    if existing is None and not sb.store.in_scope(body.service_request_id, account.district):
        raise not_found()
    if existing is not None:
        stored = FollowUp.model_validate_json(existing[1])
        if stored.service_request_id != body.service_request_id or not sb.store.in_scope(
            body.service_request_id, account.district
        ):
            raise not_found()

    def build(seq: int) -> bytes:
        fu = FollowUp(
            **body.model_dump(),
            author=account.username,
            author_name=account.display_name,
            received_at=sb.store.now().replace(microsecond=0),
            seq=seq,
        )
        return fu.model_dump_json().encode()

    request_json, stored_body, _created = office_work.add_followup(
        sb.store, str(body.id), account.district, body.service_request_id, canonical, build
    )
    if request_json != canonical:
        raise ApiError(409, "idempotency_conflict", "This id was already used for a different follow-up.")
    return _json(stored_body, 201)


@router.post(
    "/complaints/{service_request_id}/reopen-requests",
    response_model=ReopenRequest,
    status_code=201,
    responses={**ERRORS, **NOT_FOUND, 409: {"model": Problem, "description": "Same id, different body"}},
    summary="Ask 311 to forward a reopen to the agency (idempotent by id)",
)
def post_reopen(
    request: Request, service_request_id: str, body: ReopenRequestIn, account: ActiveCaller
) -> Response:
    sb = _sb(request)
    require_role(account, "log_casework")
    if not sb.store.in_scope(service_request_id, account.district):
        raise not_found()
    state = sb.store.state(service_request_id)
    canonical = json.dumps({"sr": service_request_id, "body": json.loads(body.model_dump_json())}, sort_keys=True)

    def build() -> bytes:
        rr = ReopenRequest(
            **body.model_dump(),
            service_request_id=service_request_id,
            status="forwarded" if state and state.closed else "already_open",
            received_at=sb.store.now().replace(microsecond=0),
        )
        return rr.model_dump_json().encode()

    request_json, stored_body, _created = office_work.add_reopen(
        sb.store, str(body.id), account.district, service_request_id, canonical, build
    )
    if request_json != canonical:
        raise ApiError(409, "idempotency_conflict", "This id was already used for a different request.")
    # Its progress enters the lifecycle feed; a forwarded one waits for the agency (casework.py). On every answer,
    # not only the first: a server stopped between the two writes still starts it when the client retries.
    answer = ReopenRequest.model_validate_json(stored_body)
    casework.reopen_received(
        sb.store,
        account.district,
        str(body.id),
        service_request_id,
        body.reason,
        answer.status,
        answer.received_at,
        sb.settings.lifecycle_delay_seconds,
    )
    return _json(stored_body, 201)


@router.post(
    "/audit/events",
    response_model=AuditAck,
    responses=ERRORS,
    summary="Upload the client's audit log; the answer names each event now held, by number and hash",
)
def post_audit(request: Request, body: AuditBatch, account: RecordingCaller) -> Response:
    sb = _sb(request)
    ack = witness.witness(sb.store, account.username, account.district, body)
    with sb.fault_lock:  # test mode: an answer that names fewer events than were received
        only = sb.faults.audit_ack_only
        if only is not None:
            sb.faults.audit_ack_only = None
    if only is not None:
        ack = ack.model_copy(update={"acknowledged": ack.acknowledged[:only]})
    return _json(ack.model_dump_json().encode())


def _when(value: str | None, *, end: bool = False) -> dt.datetime | None:
    if not value:
        return None
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime.combine(day, dt.time.max if end else dt.time.min, dt.UTC)
        at = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ApiError(400, "bad_date", "Dates are YYYY-MM-DD or ISO 8601 with an offset.") from None
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


@router.get(
    "/privacy/events",
    response_model=RecordedEventPage,
    responses={**ERRORS, **BAD},
    summary="The office's audit events as received from its devices (a supervisor), oldest first",
)
def privacy_events(
    request: Request,
    account: ActiveCaller,
    from_: Annotated[str | None, Query(alias="from", max_length=40)] = None,
    to: Annotated[str | None, Query(max_length=40)] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    disclosure_class: Annotated[str | None, Query(alias="class", max_length=20)] = None,
    case: Annotated[str | None, Query(max_length=32)] = None,
    action: Annotated[str | None, Query(max_length=30)] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 10_000,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    sb = _sb(request)
    require_role(account, "read_disclosure_log")
    f = witness.EventFilter(
        _when(from_), _when(to, end=True), actor or None, disclosure_class or None, case or None, action or None
    )
    events, total = witness.recorded(sb.store, account.district, f, limit, offset)
    return _json(RecordedEventPage(events=events, total=total).model_dump_json().encode())


@router.get(
    "/privacy/continuity",
    response_model=ContinuityReport,
    responses=ERRORS,
    summary="Per device of the office: what never arrived and what the witness found (a supervisor)",
)
def privacy_continuity(request: Request, account: ActiveCaller) -> Response:
    sb = _sb(request)
    require_role(account, "read_disclosure_log")
    return _json(witness.continuity(sb.store, account.district).model_dump_json().encode())


@router.get(
    "/privacy/alerts",
    response_model=PrivacyAlerts,
    responses={**ERRORS, **BAD},
    summary="Exigent disclosures and continuity findings since a moment, and approvals waiting (a supervisor)",
)
def privacy_alerts(
    request: Request, account: ActiveCaller, since: Annotated[str | None, Query(max_length=40)] = None
) -> Response:
    sb = _sb(request)
    require_role(account, "read_disclosure_log")
    after = _when(since) or dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    exigent, flags = witness.alerts(sb.store, account.district, after)
    pending = sum(
        1
        for (raw,) in sb.store.q("SELECT body FROM approvals WHERE district = ?", (account.district,))
        if json.loads(raw).get("status") == "pending"
    )
    doc = PrivacyAlerts(exigent=exigent, flags=flags, pending_approvals=pending)
    return _json(doc.model_dump_json().encode())


@router.get(
    "/stats/monthly",
    response_model=MonthlyStats,
    responses={**ERRORS, **BAD},
    summary="Monthly 311 service and survey figures for the caller's district and the city (aggregates only; "
    "figures with fewer than 10 requests or survey answers behind them are null: withheld)",
)
def stats_monthly(
    request: Request,
    account: ActiveCaller,
    from_: Annotated[str, Query(alias="from", pattern=MONTH.pattern)],
    to: Annotated[str, Query(pattern=MONTH.pattern)],
) -> Response:
    sb = _sb(request)
    if to < from_:
        raise ApiError(400, "bad_range", "'to' is before 'from'.")
    start = dt.date(int(from_[:4]), int(from_[5:]), 1)
    end = dt.date(int(to[:4]), int(to[5:]), 1)
    if (end.year - start.year) * 12 + end.month - start.month > 120:
        raise ApiError(400, "bad_range", "At most 120 months at a time.")
    # Small cells are withheld (sandbox/stats.py): no figure may reveal one filer's survey answer.
    rows = monthly_rows(sb.store, account.district, from_, to)
    doc = MonthlyStats(district=account.district, from_month=from_, to_month=to, rows=rows)
    return _json(doc.model_dump_json().encode())


__all__ = ["CONSENT_ACTIVE", "router"]
