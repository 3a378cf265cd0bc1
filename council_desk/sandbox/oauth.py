"""OAuth 2.0 for native apps (RFC 6749, RFC 7636, RFC 8252, RFC 8414, RFC 7009, RFC 9700).

- Authorization code + PKCE with S256 only; `plain` and a missing challenge are refused.
- Redirect URIs: loopback only (`http://127.0.0.1:<port>/...` or `http://[::1]:<port>/...`, any port). An invalid
  client or redirect URI is shown as an error page and never redirected to.
- Codes: single use, 60 s; a second use revokes what the first one issued.
- Refresh tokens rotate on every use; presenting a rotated one revokes the whole family (the session).
- Access tokens are opaque random strings; only their SHA-256 is stored.
- A browser that signed in holds a single-sign-on cookie for `SSO_HOURS`: a later authorize request from it is
  answered without the form, as a real identity provider does, UNLESS it asks for a new authentication
  (`prompt=login`, or `max_age` shorter than the time since the last one: OpenID Connect Core §3.1.2.1). Every
  token response carries `auth_time` (when the person last proved who they are), so the client can check that a
  sign-in it asked to be fresh was.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import secrets
import time
import urllib.parse
from typing import Annotated

import pyotp
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel

from council_desk.api.models import TokenResponse
from council_desk.sandbox.accounts import Account
from council_desk.sandbox.state import Sandbox

CLIENT_ID = "council-desk"
CODE_SECONDS = 60
SESSION_HOURS = 12
SSO_HOURS = 8
SSO_COOKIE = "sandbox_sso"

router = APIRouter(tags=["oauth"])

_HTML = {"text/html": {"schema": {"type": "string"}}}
AUTHORIZE_RESPONSES: dict[int | str, dict[str, object]] = {
    302: {"description": "Back to the app's loopback redirect URI with `code` and `state`, or with `error`"},
    400: {
        "description": "Unknown client or a redirect URI that is not loopback (never redirected to)",
        "content": _HTML,
    },
    401: {"description": "Sign-in failed (form shown again)", "content": _HTML},
    429: {"description": "Too many failed sign-ins", "content": _HTML},
}


class OAuthError(BaseModel):
    """RFC 6749 §5.2 error body."""

    error: str
    error_description: str = ""


def _sb(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


def client_address(request: Request) -> str:
    """The caller's address, a key of the brakes on guessing (the sandbox listens on loopback only)."""
    return request.client.host if request.client else ""


def _now(sb: Sandbox) -> float:
    """Server time (test mode can move it forward), so token and session expiry follow `/test/clock`."""
    return sb.store.now().timestamp()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def loopback_redirect(uri: str) -> bool:
    """RFC 8252 §7.3: http on a loopback IP literal, an explicit port, no fragment, no userinfo."""
    try:
        parts = urllib.parse.urlsplit(uri)
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in ("127.0.0.1", "::1")
        and parts.netloc in (f"127.0.0.1:{port}", f"[::1]:{port}")
        and port is not None
        and not parts.fragment
    )


def _error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


def _page(body: str, status: int = 200) -> HTMLResponse:
    doc = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>311 access system — sign in</title>"
        "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}label{display:block;margin:.8em 0}"
        "input{font-size:1.1em;width:100%}</style></head><body><h1>311 access system (training)</h1>"
        f"{body}</body></html>"
    )
    return HTMLResponse(doc, status_code=status, headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"})


def _redirect(uri: str, **params: str) -> RedirectResponse:
    sep = "&" if urllib.parse.urlsplit(uri).query else "?"
    return RedirectResponse(uri + sep + urllib.parse.urlencode(params), status_code=302)


def _check_request(client_id: str, redirect_uri: str) -> str | None:
    if client_id != CLIENT_ID:
        return "Unknown application (client_id)."
    if not loopback_redirect(redirect_uri):
        return "This application may only return to this computer (a loopback address)."
    return None


def _form(params: dict[str, str], message: str = "") -> str:
    hidden = "".join(
        f"<input type='hidden' name='{html.escape(k)}' value='{html.escape(v)}'>" for k, v in params.items()
    )
    note = f"<p role='alert'><strong>{html.escape(message)}</strong></p>" if message else ""
    return (
        f"{note}<p>Council Desk is asking to sign you in.</p>"
        f"<form method='post' action='/oauth/authorize'>{hidden}"
        "<label>User name <input name='username' autocomplete='username' required></label>"
        "<label>Password <input name='password' type='password' autocomplete='current-password' required></label>"
        "<label>6-digit code from your authenticator <input name='totp' inputmode='numeric' "
        "autocomplete='one-time-code' required></label><button type='submit'>Sign in</button></form>"
    )


@router.get("/.well-known/oauth-authorization-server", summary="RFC 8414 metadata")
def metadata(request: Request) -> dict[str, object]:
    base = str(request.base_url).rstrip("/")
    return {
        "issuer": base,
        "authorization_endpoint": f"{base}/oauth/authorize",
        "token_endpoint": f"{base}/oauth/token",
        "revocation_endpoint": f"{base}/oauth/revoke",
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "revocation_endpoint_auth_methods_supported": ["none"],
    }


@router.get("/oauth/authorize", response_class=HTMLResponse, responses=AUTHORIZE_RESPONSES, summary="Sign-in page")
def authorize_page(
    request: Request,
    response_type: str = "",
    client_id: str = "",
    redirect_uri: str = "",
    state: str = "",
    code_challenge: str = "",
    code_challenge_method: str = "",
    scope: str = "",
    prompt: str = "",
    max_age: int | None = None,
    login_hint: str = "",
) -> Response:
    problem = _check_request(client_id, redirect_uri)
    if problem:
        return _page(f"<p role='alert'>{html.escape(problem)}</p>", status=400)
    if response_type != "code":
        return _redirect(redirect_uri, error="unsupported_response_type", state=state)
    if code_challenge_method != "S256" or not (43 <= len(code_challenge) <= 128):
        return _redirect(
            redirect_uri, error="invalid_request", error_description="PKCE with S256 is required", state=state
        )
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": code_challenge_method,
    }
    sb = _sb(request)
    sso = _sso_session(sb, request.cookies.get(SSO_COOKIE, ""))
    wants_new = "login" in prompt.split() or (max_age is not None and (sso is None or _now(sb) - sso[1] > max_age))
    if sso is not None and not wants_new:
        # Single sign-on: this browser proved who it is a while ago, and the app did not ask for a new proof.
        code = _new_code(sb, sso[0], redirect_uri, code_challenge, sso[1])
        return _redirect(redirect_uri, code=code, state=state)
    return _page(_form(params))


@router.post(
    "/oauth/authorize",
    response_class=HTMLResponse,
    responses=AUTHORIZE_RESPONSES,
    summary="Sign-in form submission",
)
def authorize_submit(
    request: Request,
    client_id: Annotated[str, Form()],
    redirect_uri: Annotated[str, Form()],
    code_challenge: Annotated[str, Form()],
    code_challenge_method: Annotated[str, Form()],
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=256)],
    totp: Annotated[str, Form(max_length=16)],
    state: Annotated[str, Form()] = "",
) -> Response:
    sb = _sb(request)
    problem = _check_request(client_id, redirect_uri)
    if problem:
        return _page(f"<p role='alert'>{html.escape(problem)}</p>", status=400)
    if code_challenge_method != "S256" or not (43 <= len(code_challenge) <= 128):
        return _redirect(redirect_uri, error="invalid_request", state=state)
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": code_challenge_method,
    }
    # Reserved before the password is looked at, so that concurrent tries cannot all slip under the limit.
    attempt = sb.login_failures.begin(user=username, address=client_address(request))
    if not attempt.allowed:
        # Even a right password waits: otherwise the brake would stop nothing.
        braked = _page(_form(params, "Too many attempts. Wait a few minutes and try again."), status=429)
        braked.headers["Retry-After"] = str(max(1, math.ceil(attempt.retry_after)))
        return braked
    account = sb.accounts.get(username)
    ok = (
        account is not None
        and secrets.compare_digest(account.password.encode(), password.encode())
        and _spend_code(sb, account.username, account.totp_secret, totp.strip())
    )
    if not ok or account is None:
        # One message for every cause: do not tell which of the three was wrong.
        return _page(_form(params, "Sign-in failed. Check your user name, password and code."), status=401)
    sb.login_failures.forgive(attempt)
    auth_time = _now(sb)
    answer = _redirect(
        redirect_uri, code=_new_code(sb, account.username, redirect_uri, code_challenge, auth_time), state=state
    )
    cookie = secrets.token_urlsafe(32)
    with sb.store.tx() as db:
        db.execute(
            "INSERT INTO sso_sessions VALUES(?,?,?,?)",
            (_hash(cookie), account.username, auth_time, auth_time + SSO_HOURS * 3600),
        )
    answer.set_cookie(SSO_COOKIE, cookie, max_age=SSO_HOURS * 3600, path="/oauth", httponly=True, samesite="lax")
    return answer


def _new_code(sb: Sandbox, username: str, redirect_uri: str, challenge: str, auth_time: float) -> str:
    code = secrets.token_urlsafe(32)
    with sb.store.tx() as db:
        db.execute(
            "INSERT INTO oauth_codes VALUES(?,?,?,?,?,0,NULL,?)",
            (_hash(code), username, redirect_uri, challenge, _now(sb) + CODE_SECONDS, auth_time),
        )
    return code


def _sso_session(sb: Sandbox, cookie: str) -> tuple[str, float] | None:
    """(user name, auth time) of a live single-sign-on cookie, or None."""
    if not cookie:
        return None
    rows = sb.store.q("SELECT username, auth_time, expires FROM sso_sessions WHERE hash=?", (_hash(cookie),))
    if not rows or rows[0][2] < _now(sb) or rows[0][0] not in sb.accounts:
        return None
    return str(rows[0][0]), float(rows[0][1])


def _spend_code(sb: Sandbox, username: str, secret: str, code: str) -> bool:
    """The code is the account's for the current 30 s step or the one either side (clock skew), and no code of
    that step or a later one signed this account in before: a code seen over a shoulder or in a log cannot be
    replayed (RFC 6238 §5.2). Uses real time, as the caseworker's authenticator does."""
    totp = pyotp.TOTP(secret)
    now = time.time()
    step = totp.timecode(now)
    matched = [step + k for k in (-1, 0, 1) if secrets.compare_digest(totp.at(now, counter_offset=k), code)]
    if not matched:
        return False
    with sb.totp_lock:
        if not sb.settings.allow_totp_reuse and matched[-1] <= sb.totp_last_step.get(username, -1):
            return False
        sb.totp_last_step[username] = max(matched[-1], sb.totp_last_step.get(username, -1))
    return True


def _issue(sb: Sandbox, username: str, family: str | None, auth_time: float | None = None) -> TokenResponse:
    """A new access token and refresh token in `family` (a new family = a new sign-in session, authenticated at
    `auth_time`)."""
    now = _now(sb)
    access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(48)
    lifetime = sb.access_token_seconds()
    with sb.store.tx() as db:
        if family is None:
            family = secrets.token_hex(16)
            db.execute(
                "INSERT INTO token_families VALUES(?,?,?,?,0,?)",
                (family, username, now, now + SESSION_HOURS * 3600, now if auth_time is None else auth_time),
            )
        row = db.execute("SELECT auth_time FROM token_families WHERE family=?", (family,)).fetchone()
        auth_time = float(row[0])
        db.execute("INSERT INTO refresh_tokens VALUES(?,?,0)", (_hash(refresh), family))
        db.execute("INSERT INTO access_tokens VALUES(?,?,?,?)", (_hash(access), family, username, now + lifetime))
    return TokenResponse(
        access_token=access,
        token_type="Bearer",  # noqa: S106 - the token type name, not a secret
        expires_in=lifetime,
        refresh_token=refresh,
        scope="council",
        auth_time=int(auth_time),
    )


def revoke_family(sb: Sandbox, family: str) -> None:
    with sb.store.tx() as db:
        db.execute("UPDATE token_families SET revoked=1 WHERE family=?", (family,))
        db.execute("DELETE FROM access_tokens WHERE family=?", (family,))


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


@router.post(
    "/oauth/token",
    response_model=TokenResponse,
    responses={400: {"model": OAuthError}, 401: {"model": OAuthError}},
    summary="Token endpoint (authorization_code with PKCE, refresh_token with rotation)",
)
def token(
    request: Request,
    grant_type: Annotated[str, Form()],
    client_id: Annotated[str, Form()] = "",
    code: Annotated[str, Form()] = "",
    redirect_uri: Annotated[str, Form()] = "",
    code_verifier: Annotated[str, Form()] = "",
    refresh_token: Annotated[str, Form()] = "",
) -> Response:
    sb = _sb(request)
    if client_id != CLIENT_ID:
        return _error(401, "invalid_client", "unknown client")
    now = _now(sb)
    if grant_type == "authorization_code":
        with sb.store.tx() as db:
            row = db.execute(
                "SELECT username, redirect_uri, challenge, expires, used, family, auth_time FROM oauth_codes"
                " WHERE hash=?",
                (_hash(code),),
            ).fetchone()
            if row is not None:
                db.execute("UPDATE oauth_codes SET used=1 WHERE hash=?", (_hash(code),))
        if row is None:
            return _error(400, "invalid_grant", "unknown code")
        username, bound_uri, challenge, expires, used, family, auth_time = row
        if used:
            # RFC 6749 §4.1.2: a replayed code revokes what it issued.
            if family:
                revoke_family(sb, family)
            return _error(400, "invalid_grant", "code already used")
        if expires < now:
            return _error(400, "invalid_grant", "code expired")
        if redirect_uri != bound_uri:
            return _error(400, "invalid_grant", "redirect_uri does not match")
        if not (43 <= len(code_verifier) <= 128) or not secrets.compare_digest(_s256(code_verifier), challenge):
            return _error(400, "invalid_grant", "code_verifier does not match")
        issued = _issue(sb, username, None, auth_time)
        fam = sb.store.q("SELECT family FROM access_tokens WHERE hash=?", (_hash(issued.access_token),))
        with sb.store.tx() as db:
            db.execute("UPDATE oauth_codes SET family=? WHERE hash=?", (fam[0][0] if fam else None, _hash(code)))
        return _token_response(issued)
    if grant_type == "refresh_token":
        with sb.store.tx() as db:
            row = db.execute(
                "SELECT r.family, r.rotated, f.username, f.expires, f.revoked FROM refresh_tokens r "
                "JOIN token_families f ON f.family = r.family WHERE r.hash=?",
                (_hash(refresh_token),),
            ).fetchone()
            if row is not None and not row[1]:
                db.execute("UPDATE refresh_tokens SET rotated=1 WHERE hash=?", (_hash(refresh_token),))
        if row is None:
            return _error(400, "invalid_grant", "unknown refresh token")
        family, rotated, username, expires, revoked = row
        if rotated:
            # RFC 9700 §4.14.2: reuse of a rotated refresh token means it leaked; end the whole session.
            revoke_family(sb, family)
            return _error(400, "invalid_grant", "refresh token reused; session revoked")
        if revoked or expires < now:
            return _error(400, "invalid_grant", "session ended; sign in again")
        return _token_response(_issue(sb, username, family))
    return _error(400, "unsupported_grant_type", "use authorization_code or refresh_token")


def _token_response(t: TokenResponse) -> JSONResponse:
    return JSONResponse(t.model_dump(), headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


@router.post("/oauth/revoke", response_model=dict[str, str], summary="RFC 7009 revocation (always 200)")
def revoke(
    request: Request,
    token: Annotated[str, Form()],
    token_type_hint: Annotated[str, Form()] = "",
    client_id: Annotated[str, Form()] = "",
) -> Response:
    sb = _sb(request)
    h = _hash(token)
    rows = sb.store.q("SELECT family FROM refresh_tokens WHERE hash=?", (h,))
    if rows:
        revoke_family(sb, rows[0][0])
    else:
        with sb.store.tx() as db:
            db.execute("DELETE FROM access_tokens WHERE hash=?", (h,))
    return JSONResponse({}, headers={"Cache-Control": "no-store"})


def authenticate(sb: Sandbox, authorization: str) -> Account | None:
    """The account behind a live bearer token, or None."""
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    rows = sb.store.q(
        "SELECT a.username, a.expires, f.revoked FROM access_tokens a JOIN token_families f ON f.family=a.family "
        "WHERE a.hash=?",
        (_hash(token.strip()),),
    )
    if not rows or rows[0][1] < _now(sb) or rows[0][2]:
        return None
    return sb.accounts.get(rows[0][0])
