"""Case-by-case approvals on the server: requests filed by a caseworker, decided by a supervisor of the same office
(never their own), issued with a number nobody can guess and an expiry, and spent once at release.

The rules are the domain's (`domain.disclosure.OUTPUTS` says what needs an approval and which details an output
can carry; `domain.approvals.check` says when an approval covers a release); this module keeps the record. An
approval's cases must still be shared with the office when it is asked for and when it is spent: a case whose
consent was withdrawn releases nothing, whatever was approved.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from council_desk.api.models import Problem
from council_desk.api.privacy import (
    Approval,
    ApprovalDecisionIn,
    ApprovalList,
    ApprovalRequestIn,
    ApprovalUse,
    ApprovalUseIn,
)
from council_desk.domain import approvals as rules
from council_desk.domain.disclosure import OUTPUTS
from council_desk.sandbox.api_routes import json_response
from council_desk.sandbox.callers import ERRORS, ActiveCaller, ApiError, not_found, require_role
from council_desk.sandbox.state import Sandbox

router = APIRouter(prefix="/v1/approvals", tags=["approvals"])

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CONFLICT: dict[int | str, dict[str, object]] = {
    409: {"model": Problem, "description": "Not allowed in this state (see `error`)"},
    404: {"model": Problem, "description": "No such request or approval for this office"},
    400: {"model": Problem, "description": "Bad request"},
}


def _sb(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


def new_approval_id() -> str:
    """80 random bits in Crockford base32: an approval number cannot be worked out or guessed."""
    n = secrets.randbits(80)
    return "APR-" + "".join(_CROCKFORD[(n >> (5 * i)) & 31] for i in range(15, -1, -1))


def _now(sb: Sandbox) -> dt.datetime:
    return sb.store.now().replace(microsecond=0)


def _current(sb: Sandbox, approval: Approval) -> Approval:
    """An approved approval past its expiry is reported (and kept) as expired."""
    if rules.status_at(approval, sb.store.now()) == "expired" and approval.status == "approved":
        expired = approval.model_copy(update={"status": "expired"})
        with sb.store.tx() as db:
            db.execute(
                "UPDATE approvals SET body = ? WHERE request_id = ?", (expired.model_dump_json(), str(approval.id))
            )
        return expired
    return approval


def _load(sb: Sandbox, request_id: str, district: int) -> Approval | None:
    rows = sb.store.q("SELECT body FROM approvals WHERE request_id = ? AND district = ?", (request_id, district))
    return _current(sb, Approval.model_validate_json(rows[0][0])) if rows else None


def _all_shared(sb: Sandbox, case_ids: list[str], district: int) -> bool:
    return all(sb.store.in_scope(c, district) for c in case_ids)


@router.post(
    "",
    response_model=Approval,
    status_code=201,
    responses={**ERRORS, **CONFLICT},
    summary="Ask for a case-by-case approval (`Idempotency-Key` = the request's id)",
)
def post_request(
    request: Request,
    body: ApprovalRequestIn,
    account: ActiveCaller,
    idempotency_key: Annotated[str, Header(max_length=64)],
) -> Response:
    sb = _sb(request)
    require_role(account, "request_approval")
    if idempotency_key.strip().lower() != str(body.id):
        raise ApiError(400, "idempotency_key_mismatch", "Idempotency-Key must equal the request id.")
    spec = OUTPUTS[body.output]
    if body.recipient not in spec.recipients or any(f not in spec.fields for f in body.fields):
        raise ApiError(400, "bad_request", "That output cannot go to that recipient or carry those details.")
    if body.recipient in spec.routine_for:
        raise ApiError(400, "approval_not_needed", "Routine for that recipient: no approval is needed.")
    canonical = body.model_dump_json()
    rows = sb.store.q("SELECT request, body, district FROM approvals WHERE request_id = ?", (str(body.id),))
    if rows:
        if rows[0][2] != account.district:
            raise not_found()
        if rows[0][0] != canonical:
            raise ApiError(409, "idempotency_conflict", "This id was already used for a different request.")
        return json_response(rows[0][1].encode(), 201)
    if not _all_shared(sb, body.service_request_ids, account.district):
        raise not_found()
    approval = Approval.model_validate(
        {
            **json.loads(canonical),
            "status": "pending",
            "requested_by": account.username,
            "requested_by_name": account.display_name,
            "district": account.district,
            "received_at": _now(sb),
        }
    )
    with sb.store.tx() as db:
        db.execute(
            "INSERT OR IGNORE INTO approvals (request_id, district, requested_by, request, body, received)"
            " VALUES (?,?,?,?,?,?)",
            (
                str(body.id),
                account.district,
                account.username,
                canonical,
                approval.model_dump_json(),
                sb.store.now().timestamp(),
            ),
        )
    return json_response(approval.model_dump_json().encode(), 201)


@router.get(
    "",
    response_model=ApprovalList,
    responses=ERRORS,
    summary="The office's approvals (a supervisor) or one's own (a caseworker), newest first",
)
def list_approvals(
    request: Request, account: ActiveCaller, status: Annotated[str | None, Query(max_length=20)] = None
) -> Response:
    sb = _sb(request)
    require_role(account, "request_approval")
    supervisor = account.role == "supervisor"
    rows = sb.store.q(
        "SELECT body FROM approvals WHERE district = ? ORDER BY received DESC LIMIT 5000", (account.district,)
    )
    out = []
    for (raw,) in rows:
        a = _current(sb, Approval.model_validate_json(raw))
        if not supervisor and a.requested_by != account.username:
            continue
        if status and a.status != status:
            continue
        # A case no longer shared with the office (consent withdrawn, moved, expired) is not named any more.
        if not _all_shared(sb, a.service_request_ids, account.district):
            continue
        out.append(a)
    return json_response(ApprovalList(approvals=out).model_dump_json().encode())


@router.post(
    "/{request_id}/decision",
    response_model=Approval,
    responses={**ERRORS, **CONFLICT},
    summary="A supervisor approves (issuing the approval) or refuses a request of their office",
)
def post_decision(request: Request, request_id: str, body: ApprovalDecisionIn, account: ActiveCaller) -> Response:
    sb = _sb(request)
    require_role(account, "decide_approval")
    approval = _load(sb, request_id, account.district)
    if approval is None:
        raise not_found()
    rows = sb.store.q("SELECT decision_id FROM approvals WHERE request_id = ?", (request_id,))
    if rows and rows[0][0] == str(body.id):
        return json_response(approval.model_dump_json().encode())  # a retry of the decision made
    if approval.requested_by == account.username:
        raise ApiError(409, "own_request", "A supervisor cannot decide their own request.")
    if approval.status != "pending":
        raise ApiError(409, "already_decided", "This request was already decided.")
    if not _all_shared(sb, approval.service_request_ids, account.district):
        raise not_found()
    now = _now(sb)
    update: dict[str, object] = {
        "decided_by": account.username,
        "decided_by_name": account.display_name,
        "decided_at": now,
        "note": body.note,
    }
    if body.decision == "approve":
        update |= {
            "status": "approved",
            "approval_id": new_approval_id(),
            "expires_at": now + dt.timedelta(days=body.valid_days),
        }
    else:
        update |= {"status": "refused"}
    decided = approval.model_copy(update=update)
    decided = Approval.model_validate(decided.model_dump())
    with sb.store.tx() as db:
        db.execute(
            "UPDATE approvals SET body = ?, approval_id = ?, decision_id = ? WHERE request_id = ?",
            (decided.model_dump_json(), decided.approval_id, str(body.id), request_id),
        )
    return json_response(decided.model_dump_json().encode())


@router.post(
    "/{approval_id}/use",
    response_model=ApprovalUse,
    responses={**ERRORS, **CONFLICT},
    summary="Confirm that an approval covers a release, and spend it (once; a retry with the same "
    "use_id gets the same answer)",
)
def post_use(request: Request, approval_id: str, body: ApprovalUseIn, account: ActiveCaller) -> Response:
    sb = _sb(request)
    require_role(account, "request_approval")
    rows = sb.store.q(
        "SELECT request_id, use_id FROM approvals WHERE approval_id = ? AND district = ?",
        (approval_id, account.district),
    )
    if not rows:
        # Never issued, or issued to another office: the same answer (nothing to tell them apart).
        raise ApiError(404, "approval_unknown", "No such approval for this office.")
    approval = _load(sb, rows[0][0], account.district)
    assert approval is not None
    if approval.status == "used" and rows[0][1] == str(body.use_id) and approval.used_at is not None:
        done = ApprovalUse(
            approval_id=approval_id, use_id=body.use_id, used_at=approval.used_at, approval=approval
        )
        return json_response(done.model_dump_json().encode())
    found = rules.check(
        approval,
        district=account.district,
        output=body.output,
        case_ids=body.service_request_ids,
        fields=body.fields,
        recipient=body.recipient,
        now=sb.store.now(),
    )
    if found is not None:
        code, message = found
        raise ApiError(409, code, message)
    if not _all_shared(sb, body.service_request_ids, account.district):
        raise not_found()
    now = _now(sb)
    used = approval.model_copy(update={"status": "used", "used_at": now})
    with sb.store.tx() as db:
        cur = db.execute(
            "UPDATE approvals SET body = ?, use_id = ? WHERE request_id = ? AND use_id IS NULL",
            (used.model_dump_json(), str(body.use_id), str(approval.id)),
        )
        if cur.rowcount != 1:  # a concurrent use won the race: this one releases nothing
            raise ApiError(409, "approval_used", rules.MESSAGES["approval_used"])
    done = ApprovalUse(approval_id=approval_id, use_id=body.use_id, used_at=now, approval=used)
    return json_response(done.model_dump_json().encode())
