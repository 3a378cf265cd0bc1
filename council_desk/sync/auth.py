"""Sign-in: OAuth 2.0 for native apps (RFC 8252) with PKCE S256 (RFC 7636), through the system browser.

The authorize URL opens in the user's browser (`webbrowser`, which honours `BROWSER`); a one-shot listener on
127.0.0.1 with an ephemeral port receives exactly one callback carrying the right path and `state`, answers a small
"you can close this tab" page, and closes. The code is exchanged together with the verifier. No embedded web view.
"""

from __future__ import annotations

import base64
import contextlib
import email.utils
import hashlib
import html
import http.server
import logging
import os
import secrets
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from pydantic import BaseModel, ConfigDict

from council_desk.api.models import TokenResponse
from council_desk.domain.errors import SignInRequired
from council_desk.domain.servers import same_origin

from .errors import BadResponse, Cancelled, RequestRefused
from .http import Transport

log = logging.getLogger("council_desk.sync.auth")

CLIENT_ID = "council-desk"
CALLBACK_PATH = "/callback"
DISCOVERY_PATH = "/.well-known/oauth-authorization-server"
SCOPE = "complaints followups audit stats"


class ServerMetadata(BaseModel):
    """RFC 8414 authorization server metadata (only what the client uses; other members are ignored)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str | None = None
    code_challenge_methods_supported: list[str] | None = None


def discover(transport: Transport) -> ServerMetadata:
    """Fetch the endpoints; they must be on the same origin as the server and support PKCE S256."""
    meta = transport.call("GET", DISCOVERY_PATH, ServerMetadata, what="discovery")
    endpoints = [meta.authorization_endpoint, meta.token_endpoint]
    if meta.revocation_endpoint:
        endpoints.append(meta.revocation_endpoint)
    if not all(same_origin(transport.url(e) if "://" not in e else e, transport.server) for e in endpoints):
        raise BadResponse(
            "The 311 access system's sign-in addresses point to another server; not signing in.",
            code="sign_in_foreign_endpoints",
        )
    methods = meta.code_challenge_methods_supported
    if methods is not None and "S256" not in methods:
        raise BadResponse(
            "The 311 access system does not offer the secure sign-in method Council Desk requires.",
            code="sign_in_no_pkce",
        )
    return meta


# --------------------------------------------------------------------------------------------------- PKCE
def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def new_verifier() -> str:
    """A 43-character code verifier from 32 random bytes (RFC 7636 §4.1 recommends exactly this)."""
    return _b64url(secrets.token_bytes(32))


def challenge_s256(verifier: str) -> str:
    """`BASE64URL(SHA256(ASCII(verifier)))` (RFC 7636 §4.2)."""
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


# --------------------------------------------------------------------------------------------------- listener
_DONE_PAGE = (
    "<!doctype html><html lang=en><meta charset=utf-8><title>Council Desk</title>"
    "<body style='font-family:sans-serif;margin:3em'><h1>{title}</h1><p>{text}</p></body></html>"
)


CONNECTION_TIMEOUT_S = 10.0


class _ListenerServer(http.server.ThreadingHTTPServer):
    daemon_threads = True  # a connection still open when sign-in ends does not keep anything alive
    # Requests handled concurrently at most; more connections wait in the listen queue (a flood of silent local
    # connections costs at most this many threads for CONNECTION_TIMEOUT_S each).
    request_queue_size = 16


@dataclass
class CallbackResult:
    code: str | None = None
    error: str | None = None


class LoopbackListener:
    """One-shot HTTP listener on 127.0.0.1:<ephemeral> for the authorization redirect.

    Only `GET /callback?state=<ours>&...` completes it; anything else gets a 404 / 400 and is otherwise ignored,
    so a stray or hostile local request cannot end or hijack the sign-in."""

    def __init__(self, state: str, *, path: str = CALLBACK_PATH) -> None:
        self._state = state
        self._path = path
        self._done = threading.Event()
        self._closed = False
        self.result = CallbackResult()
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            server_version = "CouncilDesk"
            sys_version = ""
            # A local process that connects and sends nothing is cut off after this long; meanwhile each
            # connection has its own thread, so the browser's real callback is not queued behind it.
            timeout = CONNECTION_TIMEOUT_S

            def do_GET(self) -> None:
                listener._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the query string holds the code: never logged

        self._server = _ListenerServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="signin-listener", daemon=True
        )

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self._path}"

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float, cancel: threading.Event | None = None) -> CallbackResult:
        """Wait for the one callback, then close the listener. Raises SignInRequired on timeout."""
        try:
            step = 0.2
            waited = 0.0
            while not self._done.wait(step):
                waited += step
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if waited >= timeout:
                    raise SignInRequired(
                        "Sign-in was not completed in time. Please try again.", code="sign_in_timed_out"
                    )
            return self.result
        finally:
            self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def _handle(self, req: http.server.BaseHTTPRequestHandler) -> None:
        parts = urlsplit(req.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        state = query.get("state", [""])
        if parts.path != self._path or self._done.is_set():
            self._reply(req, 404, "Not found", "This page is not part of Council Desk sign-in.")
            return
        if len(state) != 1 or not secrets.compare_digest(state[0].encode(), self._state.encode()):
            self._reply(
                req,
                400,
                "Sign-in link not recognised",
                "This sign-in answer does not belong to the sign-in Council Desk started.",
            )
            return
        codes, errors = query.get("code", []), query.get("error", [])
        if len(codes) == 1 and codes[0] and not errors:
            self.result = CallbackResult(code=codes[0])
            self._reply(req, 200, "You are signed in", "You can close this tab and return to Council Desk.")
        else:
            self.result = CallbackResult(error=(errors[0] if errors else "invalid_callback")[:64])
            self._reply(req, 200, "Sign-in did not complete", "Close this tab and try again in Council Desk.")
        self._done.set()

    @staticmethod
    def _reply(req: http.server.BaseHTTPRequestHandler, status: int, title: str, text: str) -> None:
        page = _DONE_PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        req.send_response(status)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.send_header("Content-Length", str(len(page)))
        req.send_header("Cache-Control", "no-store")
        req.send_header("Connection", "close")
        req.end_headers()
        req.wfile.write(page)


# --------------------------------------------------------------------------------------------------- browser
def open_in_browser(url: str) -> bool:
    """Open `url` in the system browser. `BROWSER` is read at each call (Python's `webbrowser` reads it once per
    process), so automation and tests can point it at a scripted browser."""
    env = os.environ.get("BROWSER", "").strip()
    if env:
        for cmd in env.split(os.pathsep):
            if not cmd.strip():
                continue
            try:
                if webbrowser.get(cmd if "%s" in cmd else cmd + " %s").open(url):
                    return True
            except (webbrowser.Error, OSError):
                continue
        return False
    return webbrowser.open(url)


# --------------------------------------------------------------------------------------------------- flow
def authorize(
    transport: Transport,
    meta: ServerMetadata,
    *,
    username_hint: str | None = None,
    timeout_s: float = 300.0,
    browser: Callable[[str], bool] = open_in_browser,
    show_url: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> TokenResponse:
    """Run the whole authorization-code + PKCE flow and return the token response."""
    started = time.time()
    verifier = new_verifier()
    state = _b64url(secrets.token_bytes(24))
    listener = LoopbackListener(state)
    listener.start()
    try:
        params = {
            "response_type": "code",
            "client_id": CLIENT_ID,
            "redirect_uri": listener.redirect_uri,
            "code_challenge": challenge_s256(verifier),
            "code_challenge_method": "S256",
            "state": state,
            "scope": SCOPE,
            # Always a new authentication: a browser that signed in earlier (single sign-on) must not let anyone
            # at this PC through without the password and code (OpenID Connect Core §3.1.2.1). The answer's
            # `auth_time` is checked below, so a server that ignores this is caught.
            "prompt": "login",
            "max_age": "0",
        }
        if username_hint:
            params["login_hint"] = username_hint
        url = transport.url(meta.authorization_endpoint) + "?" + urlencode(params)
        if show_url is not None:
            show_url(url)
        opened = browser(url)
        if not opened:
            log.warning("no browser could be opened for sign-in")
            if show_url is None:
                raise SignInRequired("No web browser could be opened for sign-in.", code="sign_in_no_browser")
        result = listener.wait(timeout_s, cancel)
    finally:
        listener.close()
    if result.code is None:
        log.info("sign-in ended without a code (%s)", result.error)
        raise SignInRequired("Sign-in was cancelled or refused. Please try again.", code="sign_in_not_completed")
    return exchange_code(transport, meta, result.code, verifier, listener.redirect_uri, fresh_since=started)


# Slack for "the authentication happened after this sign-in began": the server's `Date` has whole seconds and
# `auth_time` too. Without a `Date` header the two clocks cannot be lined up: then the PCs' clock skew is allowed.
FRESH_SLACK_S = 3.0
UNALIGNED_SKEW_S = 300.0


def exchange_code(
    transport: Transport,
    meta: ServerMetadata,
    code: str,
    verifier: str,
    redirect_uri: str,
    *,
    fresh_since: float | None = None,
) -> TokenResponse:
    """Exchange the one-time code (with the PKCE verifier) for tokens. Never retried once sent: codes are
    single-use, and a second attempt would only be refused.

    With `fresh_since` (this PC's clock when the sign-in began), the authentication must be the one just asked
    for: the answer's `auth_time` not before `fresh_since`, lined up on the server's clock through its `Date`
    header (an earlier single sign-on, even minutes old, does not pass). Else SignInRequired: nothing is kept."""
    try:
        raw = transport.request(
            "POST",
            meta.token_endpoint,
            what="token(code)",
            idempotent=False,
            form={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": CLIENT_ID,
                "code_verifier": verifier,
            },
        )
    except RequestRefused as exc:
        if exc.status in (400, 401):
            raise SignInRequired(
                "Sign-in was refused by the 311 access system. Please try again.", code="sign_in_refused"
            ) from None
        raise
    tokens = Transport.parse(raw, TokenResponse, what="token(code)")
    if fresh_since is not None and not fresh_enough(tokens.auth_time, raw.headers.get("Date"), fresh_since):
        log.warning("the sign-in answer does not show a new authentication; refused")
        raise SignInRequired(
            "The 311 access system did not confirm that you just signed in (it may have used an earlier "
            "sign-in). Nothing was kept. Try again; if it keeps happening, tell your IT contact.",
            code="sign_in_not_fresh",
        )
    return tokens


def fresh_enough(
    auth_time: int | None, date_header: str | None, fresh_since: float, now: float | None = None
) -> bool:
    """Whether `auth_time` (server clock) is at or after `fresh_since` (this PC's clock, `now` being ours when
    the answer came). Fail closed: no `auth_time`, no freshness."""
    if auth_time is None:
        return False
    now = time.time() if now is None else now
    server_now: float | None = None
    if date_header:
        with contextlib.suppress(TypeError, ValueError, IndexError):
            server_now = email.utils.parsedate_to_datetime(date_header).timestamp()
    if server_now is None:
        return auth_time >= fresh_since - UNALIGNED_SKEW_S
    began_on_server_clock = fresh_since + (server_now - now)
    return auth_time >= began_on_server_clock - FRESH_SLACK_S
