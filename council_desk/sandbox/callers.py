"""Who may call the access API, and how a route refuses: the one rule every router of it shares (this module's
routes, `approvals.py`, `casework_routes.py`).

A caller is the account behind a valid bearer token (`oauth.authenticate`), under its token's rate limit, as the
account stands today (a redistricting whose date has come has moved its office); `RecordingCaller` also has a
device that is not revoked, `ActiveCaller` also an office whose access has not ended. What a role may do is the
one roles table's (`require_role`). Every refusal is an `ApiError`, rendered as a `Problem` body
(`problem_response`, the app's exception handler); `ERRORS` and its neighbours describe them in `/openapi.json`.

Apart from `api_routes.py` because it is one rule over the three routers, not a part of one of them.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from council_desk.api.models import Problem
from council_desk.domain.roles import Action, refusal
from council_desk.sandbox import offices
from council_desk.sandbox.accounts import Account
from council_desk.sandbox.oauth import authenticate
from council_desk.sandbox.state import Sandbox

__all__ = [
    "BAD",
    "ERRORS",
    "GONE",
    "NOT_FOUND",
    "ActiveCaller",
    "ApiError",
    "Caller",
    "RecordingCaller",
    "caller",
    "not_found",
    "problem_response",
    "require_role",
]

ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": Problem, "description": "No valid access token"},
    403: {"model": Problem, "description": "Device revoked"},
    413: {"model": Problem, "description": "Body too large"},
    429: {"model": Problem, "description": "Too many requests (see Retry-After)"},
}
NOT_FOUND: dict[int | str, dict[str, object]] = {404: {"model": Problem, "description": "No such complaint"}}
GONE: dict[int | str, dict[str, object]] = {410: {"model": Problem, "description": "Cursor unknown or expired"}}
BAD: dict[int | str, dict[str, object]] = {400: {"model": Problem, "description": "Bad request"}}


class ApiError(Exception):
    """Raised inside routes; rendered as a `Problem` body by the app's exception handler."""

    def __init__(self, status: int, error: str, detail: str = "", headers: dict[str, str] | None = None) -> None:
        super().__init__(error)
        self.status, self.error, self.detail, self.headers = status, error, detail, headers or {}


def not_found() -> ApiError:
    # One body for missing, unconsented and other-district complaints: nothing to tell them apart.
    return ApiError(404, "not_found", "No such complaint.")


def _sb(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


# Declared as an HTTP bearer scheme so the OpenAPI document (and schemathesis' auth checks) know about it.
_bearer = HTTPBearer(auto_error=False, description="Access token from /oauth/token")


def caller(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)]
) -> Account:
    """The signed-in account; also applies the per-token rate limit."""
    sb = _sb(request)
    authorization = f"Bearer {credentials.credentials}" if credentials else ""
    account = authenticate(sb, authorization)
    if account is None:
        raise ApiError(
            401, "invalid_token", "Sign in again.", {"WWW-Authenticate": 'Bearer error="invalid_token"'}
        )
    wait = sb.limiter.take(authorization.partition(" ")[2].strip())
    if wait > 0:
        raise ApiError(429, "rate_limited", "Too many requests.", {"Retry-After": str(max(1, round(wait + 0.5)))})
    # As the account stands today: a redistricting whose date has come has moved its office (offices.py).
    return offices.effective(sb, account)


def recording_caller(request: Request, account: Annotated[Account, Depends(caller)]) -> Account:
    """A caller whose device is not revoked; the audit upload takes it even after the office's access ended."""
    if _sb(request).store.device_status(account.username) == "revoked":
        raise ApiError(403, "device_revoked", "This device was revoked. Its local data must be removed.")
    return account


def active_caller(request: Request, account: Annotated[Account, Depends(recording_caller)]) -> Account:
    """A caller whose device is not revoked and whose office still has access (sync, writes, views); `/v1/me`
    answers a revoked device and an ended office too."""
    if offices.ended(_sb(request), account):
        raise ApiError(403, "access_ended", "This office's access to 311 cases has ended.")
    return account


Caller = Annotated[Account, Depends(caller)]
ActiveCaller = Annotated[Account, Depends(active_caller)]
RecordingCaller = Annotated[Account, Depends(recording_caller)]


def require_role(account: Account, action: Action) -> None:
    """The server decides with the one roles table (domain/roles.py): 403 `role_forbidden` otherwise."""
    message = refusal([account.role], action)
    if message is not None:
        raise ApiError(403, "role_forbidden", message)


def problem_response(exc: ApiError) -> JSONResponse:
    return JSONResponse(
        Problem(error=exc.error, detail=exc.detail).model_dump(),
        status_code=exc.status,
        headers={"Cache-Control": "no-store", **exc.headers},
    )
