"""The casework part of the access API (issue 14): task changes in, the tasks and lifecycle feeds out, and the
office's staff. The rules are casework.py's; here only the HTTP and the caller's district (from the token)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from council_desk.api.casework import LifecyclePage, Task, TaskChangeIn, TaskPage
from council_desk.api.models import Problem
from council_desk.sandbox import casework
from council_desk.sandbox.api_routes import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    _cursor_in,
    _cursor_out,
    _json,
    advance_lifecycle,
    staff_of,
)
from council_desk.sandbox.callers import (
    BAD,
    ERRORS,
    GONE,
    NOT_FOUND,
    ActiveCaller,
    ApiError,
    _sb,
    not_found,
    require_role,
)

router = APIRouter(prefix="/v1", tags=["casework"])


@router.post(
    "/tasks/changes",
    response_model=Task,
    status_code=201,
    responses={**ERRORS, **NOT_FOUND, **BAD, 409: {"model": Problem, "description": "Same id, different change"}},
    summary="Change a reminder (a task); `Idempotency-Key` must equal the change's id; a retry returns the "
    "first answer. The answer is the task after the change.",
)
def post_task_change(
    request: Request,
    body: TaskChangeIn,
    account: ActiveCaller,
    idempotency_key: Annotated[str, Header(max_length=64)],
) -> Response:
    sb = _sb(request)
    require_role(account, "log_casework")
    if idempotency_key.strip().lower() != str(body.id):
        raise ApiError(400, "idempotency_key_mismatch", "Idempotency-Key must equal the change's id.")
    if not sb.store.in_scope(body.service_request_id, account.district):
        raise not_found()
    staff = {m.username for m in staff_of(sb, account.district)}
    try:
        answer = casework.apply_task_change(sb.store, account.district, staff, body, account.username)
    except casework.TaskChangeRefused as exc:
        raise ApiError(exc.status, exc.error, exc.detail) from None
    return _json(answer, 201)


def _page(request: Request, account_district: int, feed: str, key: str, cursor: str | None, limit: int) -> bytes:
    sb = _sb(request)
    epoch = sb.store.epoch(account_district)
    cur = _cursor_in(sb, cursor, feed, account_district, epoch)
    advance_lifecycle(sb)
    bodies, last, more = casework.feed_page(sb.store, feed, account_district, cur.position if cur else 0, limit)
    next_cursor = _cursor_out(sb, feed, account_district, last, False, epoch)
    return b"".join(
        (
            b'{"',
            key.encode(),
            b'":[',
            b",".join(bodies),
            b'],"next_cursor":"',
            next_cursor.encode(),
            b'","has_more":',
            b"true" if more else b"false",
            b"}",
        )
    )


@router.get(
    "/sync/tasks",
    response_model=TaskPage,
    responses={**ERRORS, **GONE},
    summary="The office's reminders (tasks), each once in its latest state, as a cursor-paged feed",
)
def sync_tasks(
    request: Request,
    account: ActiveCaller,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Response:
    return _json(_page(request, account.district, "t", "tasks", cursor, limit))


@router.get(
    "/sync/lifecycle",
    response_model=LifecyclePage,
    responses={**ERRORS, **GONE},
    summary="Reopen requests' progress at 311 and the survey answers filers shared with the office",
)
def sync_lifecycle(
    request: Request,
    account: ActiveCaller,
    cursor: Annotated[str | None, Query(max_length=512)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Response:
    return _json(_page(request, account.district, "l", "changes", cursor, limit))


__all__ = ["router"]
