"""HTTP transport to the 311 access system: timeouts, deadlines, size limits, strict parsing, bounded retries.

Every attempt has a connect timeout, a per-read timeout and an overall deadline. A read timeout alone does not
bound an attempt (a server that drips one byte a second never trips it), so a watchdog (`watchdog.py`) shuts the
attempt's socket down when its deadline passes. Bodies are streamed and counted while reading, and a page is
accepted only whole: JSON content type, UTF-8, no duplicate keys or NaN (`parse_json_strict`), then the pydantic
model.

Retries: connection failures and 429/502/503/504, with jittered exponential backoff and a capped `Retry-After`.
A request that is not idempotent is retried only when it provably never reached the server (connection refused),
unless it carries an idempotency key. TLS verification is always on; plain http is allowed to loopback only.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlencode, urljoin

import requests
import urllib3
from pydantic import BaseModel, ValidationError

from council_desk.api.models import MalformedJSON, Problem, parse_json_strict
from council_desk.domain.errors import Offline, ServerRefused
from council_desk.domain.servers import check_server_url, same_origin

from .errors import (
    AccessEnded,
    AccessTokenRejected,
    BadResponse,
    Cancelled,
    CursorExpired,
    DeviceRevoked,
    NotFound,
    RequestRefused,
    RoleForbidden,
    ServerBusy,
    TLSFailed,
)
from .watchdog import Watch, WatchedAdapter, set_current

log = logging.getLogger("council_desk.sync.http")

T = TypeVar("T", bound=BaseModel)

MiB = 1024 * 1024
SYNC_BODY_LIMIT = 64 * MiB
DEFAULT_BODY_LIMIT = 2 * MiB
RETRYABLE_STATUS = frozenset({429, 502, 503, 504})


# --------------------------------------------------------------------------------------------------- helpers
def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds or HTTP-date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def is_json_type(content_type: str) -> bool:
    main, _, params = content_type.partition(";")
    main = main.strip().lower()
    if not (main == "application/json" or (main.startswith("application/") and main.endswith("+json"))):
        return False
    for param in params.split(";"):
        name, _, val = param.partition("=")
        if name.strip().lower() == "charset" and val.strip().strip('"').lower() not in ("utf-8", "utf8"):
            return False
    return True


def _nothing_sent(exc: requests.RequestException) -> bool:
    """True when the request provably never reached the server (so even a one-shot POST may be retried)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    return isinstance(reason, urllib3.exceptions.NewConnectionError | urllib3.exceptions.ConnectTimeoutError)


class _AttemptFailed(Exception):
    """A transport-level failure of one attempt (no usable HTTP response)."""

    def __init__(self, why: str, nothing_sent: bool = False, tls: bool = False) -> None:
        super().__init__(why)
        self.why = why
        self.nothing_sent = nothing_sent
        self.tls = tls


@dataclass(frozen=True)
class RawResponse:
    status: int
    headers: Mapping[str, str]  # case-insensitive (servers send "date", "retry-after", … in any case)
    body: bytes
    content_type: str = ""


@dataclass
class RetryPolicy:
    """Bounded retries with full-jitter exponential backoff (AWS architecture blog's "full jitter")."""

    attempts: int = 5
    base_s: float = 0.5
    cap_s: float = 8.0
    retry_after_cap_s: float = 30.0
    rng: random.Random = field(default_factory=random.Random)

    def backoff(self, attempt: int) -> float:
        return self.rng.uniform(0.0, min(self.cap_s, self.base_s * (2**attempt)))


@dataclass
class Timeouts:
    connect_s: float = 5.0
    read_s: float = 30.0
    deadline_s: float = 60.0  # per attempt, all phases together
    page_deadline_s: float = 120.0  # per attempt for a sync feed page (up to a few MiB)


# --------------------------------------------------------------------------------------------------- transport
class Transport:
    """HTTPS (or loopback http) to one access-system server. Thread-safe enough for the app's use: one
    `requests.Session` for idempotent calls; one-shot POSTs use a fresh connection so a stale keep-alive
    connection can never turn into an ambiguous, unretryable failure."""

    def __init__(
        self,
        server: str,
        *,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        ca_file: str | None = None,
        sleep: Callable[[float, threading.Event | None], None] | None = None,
        user_agent: str = "council-desk/0.1",
    ) -> None:
        self.server = check_server_url(server)
        self.timeouts = timeouts or Timeouts()
        self.retry = retry or RetryPolicy()
        # TLS verification is never off: a CA bundle may be given (tests, a city-run CA), `False` is impossible.
        self._verify: str | bool = ca_file or True
        self._sleep = sleep or _wait
        self._user_agent = user_agent
        self._session = self._new_session()
        self.attempts_made = 0  # for tests and diagnostics

    def _new_session(self) -> requests.Session:
        s = requests.Session()
        s.trust_env = False  # no proxies or netrc from the environment: loopback stays loopback
        adapter = WatchedAdapter(pool_connections=2, pool_maxsize=8, max_retries=0)
        s.mount("http://", adapter)
        s.mount("https://", adapter)
        s.headers["User-Agent"] = self._user_agent
        s.headers["Accept"] = "application/json"
        # Bodies come as they are: nothing to inflate, so no decompression bomb (a gzip-in-gzip body of 0.1 KB
        # that would be 64 MB) can reach the parser; a compressed answer we did not ask for is refused unread.
        s.headers["Accept-Encoding"] = "identity"
        return s

    def close(self) -> None:
        self._session.close()

    def url(self, path_or_url: str) -> str:
        """Absolute URL for a path on this server; absolute URLs must be on the same origin."""
        if "://" in path_or_url:
            if not same_origin(path_or_url, self.server):
                raise BadResponse(
                    "The 311 access system pointed to a different server; that is not allowed.",
                    code="foreign_server",
                )
            check_server_url(path_or_url.split("?", 1)[0])
            return path_or_url
        return urljoin(self.server + "/", path_or_url.lstrip("/"))

    # ----------------------------------------------------------------------------------------------- public
    def call(
        self,
        method: str,
        path: str,
        model: type[T],
        *,
        what: str,
        params: Mapping[str, str | int] | None = None,
        json_body: BaseModel | None = None,
        form: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        token: str | None = None,
        idempotent: bool | None = None,
        limit: int = DEFAULT_BODY_LIMIT,
        deadline_s: float | None = None,
        cancel: threading.Event | None = None,
    ) -> T:
        """Send a request and return the validated response model; raise a `KnownError` subclass otherwise."""
        raw = self.request(
            method,
            path,
            what=what,
            params=params,
            json_body=json_body,
            form=form,
            headers=headers,
            token=token,
            idempotent=idempotent,
            limit=limit,
            deadline_s=deadline_s,
            cancel=cancel,
        )
        return self.parse(raw, model, what=what)

    def call_json(self, method: str, path: str, *, what: str, **kw: Any) -> Any:
        """Like `call`, but return the strictly parsed JSON (for callers that validate item by item)."""
        return self.parse_json(self.request(method, path, what=what, **kw), what=what)

    @staticmethod
    def parse_json(raw: RawResponse, *, what: str) -> Any:
        if not is_json_type(raw.content_type):
            # Includes "HTML with 200" (captive portals, misrouted proxies): never parsed, never applied.
            log.warning("%s: rejected response with content type %r", what, raw.content_type[:60])
            raise BadResponse()
        try:
            return parse_json_strict(raw.body)
        except MalformedJSON as exc:
            log.warning("%s: rejected malformed JSON (%s)", what, exc)
            raise BadResponse() from None

    @classmethod
    def parse(cls, raw: RawResponse, model: type[T], *, what: str) -> T:
        data = cls.parse_json(raw, what=what)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            # Log only where and what kind of error, never the offending values (they may be personal data).
            where = sorted({".".join(str(p) for p in e["loc"][:3]) + ":" + e["type"] for e in exc.errors()})[:5]
            log.warning(
                "%s: rejected response that fails the contract (%d errors: %s)",
                what,
                exc.error_count(),
                ", ".join(where),
            )
            raise BadResponse() from None

    def request(
        self,
        method: str,
        path: str,
        *,
        what: str,
        params: Mapping[str, str | int] | None = None,
        json_body: BaseModel | None = None,
        form: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        token: str | None = None,
        idempotent: bool | None = None,
        limit: int = DEFAULT_BODY_LIMIT,
        deadline_s: float | None = None,
        cancel: threading.Event | None = None,
        ok_status: frozenset[int] = frozenset({200, 201, 202, 204}),
    ) -> RawResponse:
        """Send with retries; return a 2xx response or raise the mapped `KnownError`."""
        method = method.upper()
        hdrs: dict[str, str] = dict(headers or {})
        if token:
            hdrs["Authorization"] = f"Bearer {token}"
        body: bytes | None = None
        if json_body is not None:
            body = json_body.model_dump_json().encode("utf-8")
            hdrs["Content-Type"] = "application/json"
        elif form is not None:
            body = urlencode(dict(form)).encode("ascii")
            hdrs["Content-Type"] = "application/x-www-form-urlencoded"
        if idempotent is None:
            idempotent = method in ("GET", "HEAD", "PUT", "DELETE") or "Idempotency-Key" in hdrs
        url = self.url(path)
        deadline = deadline_s if deadline_s is not None else self.timeouts.deadline_s
        last: _AttemptFailed | None = None
        for attempt in range(self.retry.attempts):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            try:
                raw = self._attempt(method, url, params, body, hdrs, limit, deadline, fresh=not idempotent)
            except _AttemptFailed as exc:
                last = exc
                if exc.tls:
                    raise TLSFailed() from None
                if not (idempotent or exc.nothing_sent):
                    log.info("%s: %s; not retried (not idempotent)", what, exc.why)
                    raise Offline() from None
                delay = self.retry.backoff(attempt)
                log.info("%s: attempt %d failed (%s); retry in %.2fs", what, attempt + 1, exc.why, delay)
            else:
                if raw.status in ok_status:
                    return raw
                if raw.status in RETRYABLE_STATUS and idempotent:
                    hinted = parse_retry_after(raw.headers.get("Retry-After"))
                    delay = self.retry.backoff(attempt)
                    if hinted is not None:
                        delay = max(delay, min(hinted, self.retry.retry_after_cap_s))
                    log.info("%s: HTTP %d; retry in %.2fs", what, raw.status, delay)
                    last = _AttemptFailed(f"HTTP {raw.status}")
                    if attempt == self.retry.attempts - 1:
                        raise (
                            ServerBusy()
                            if raw.status != 429
                            else ServerRefused(
                                "The 311 access system asked Council Desk to slow down. "
                                "Try again in a few minutes.",
                                code="rate_limited",
                            )
                        )
                else:
                    raise self._status_error(raw, what)
            if attempt < self.retry.attempts - 1:
                self._sleep(delay, cancel)
        log.warning("%s: giving up after %d attempts (%s)", what, self.retry.attempts, last.why if last else "")
        raise Offline()

    # ----------------------------------------------------------------------------------------------- internals
    def _attempt(
        self,
        method: str,
        url: str,
        params: Mapping[str, str | int] | None,
        body: bytes | None,
        headers: Mapping[str, str],
        limit: int,
        deadline_s: float,
        *,
        fresh: bool,
    ) -> RawResponse:
        self.attempts_made += 1
        session = self._new_session() if fresh else self._session
        watch = Watch(deadline_s)
        set_current(watch)
        watch.start()
        resp: requests.Response | None = None
        try:
            try:
                resp = session.request(
                    method,
                    url,
                    params=params,
                    data=body,
                    headers=dict(headers),
                    stream=True,
                    timeout=(self.timeouts.connect_s, min(self.timeouts.read_s, deadline_s)),
                    verify=self._verify,
                    allow_redirects=False,
                )
                encoding = resp.headers.get("Content-Encoding", "identity").strip().lower()
                if encoding not in ("", "identity"):
                    log.warning("refused a response with content encoding %r (asked for identity)", encoding[:30])
                    raise BadResponse()
                declared = resp.headers.get("Content-Length")
                if declared is not None and declared.isdigit() and int(declared) > limit:
                    raise BadResponse(
                        "The 311 access system sent a response larger than allowed; it was ignored.",
                        code="response_too_large",
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_content(chunk_size=256 * 1024):
                    size += len(chunk)
                    if size > limit:
                        raise BadResponse(
                            "The 311 access system sent a response larger than allowed; it was ignored.",
                            code="response_too_large",
                        )
                    chunks.append(chunk)
                    if watch.fired:
                        break
                if watch.fired:
                    raise _AttemptFailed("deadline passed")
                return RawResponse(
                    status=resp.status_code,
                    headers=requests.structures.CaseInsensitiveDict(resp.headers),
                    body=b"".join(chunks),
                    content_type=resp.headers.get("Content-Type", ""),
                )
            except requests.exceptions.SSLError:
                raise _AttemptFailed("TLS verification failed", tls=True) from None
            except requests.RequestException as exc:
                if watch.fired:
                    raise _AttemptFailed("deadline passed") from None
                raise _AttemptFailed(type(exc).__name__, nothing_sent=_nothing_sent(exc)) from None
            except (OSError, urllib3.exceptions.HTTPError) as exc:
                raise _AttemptFailed("deadline passed" if watch.fired else type(exc).__name__) from None
        finally:
            watch.cancel()
            set_current(None)
            if resp is not None:
                resp.close()
            if fresh:
                session.close()

    def _status_error(self, raw: RawResponse, what: str) -> Exception:
        code = ""
        if is_json_type(raw.content_type):
            try:
                code = Problem.model_validate(parse_json_strict(raw.body)).error
            except (MalformedJSON, ValidationError):
                code = ""
        # Log the status and the machine code only; the server's free text could echo personal data.
        log.info("%s: HTTP %d %s", what, raw.status, code[:40])
        if raw.status == 401:
            return AccessTokenRejected()
        if raw.status == 404:
            return NotFound(server_code=code)
        if raw.status == 410:
            return CursorExpired()
        if raw.status == 403 and code == "device_revoked":
            return DeviceRevoked()  # the session wipes this PC's data for it (AccessClient.on_revoked)
        if raw.status == 403 and code == "access_ended":
            return AccessEnded()
        if raw.status == 403 and code == "role_forbidden":
            return RoleForbidden()
        if raw.status == 403:
            return ServerRefused(
                "The 311 access system says your account may not do this. Ask your supervisor.", code="forbidden"
            )
        if raw.status in RETRYABLE_STATUS:
            return ServerBusy()
        if 300 <= raw.status < 400:
            return BadResponse(
                "The 311 access system tried to send Council Desk elsewhere; that is not allowed.",
                code="redirected",
            )
        return RequestRefused(
            f"The 311 access system refused the request (HTTP {raw.status}).",
            status=raw.status,
            server_code=code,
            code="refused_http",
            details=(str(raw.status),),
        )


def _wait(seconds: float, cancel: threading.Event | None) -> None:
    """Sleep for a backoff delay, waking at once when cancelled."""
    if cancel is None:
        time.sleep(seconds)
        return
    if cancel.wait(seconds):
        raise Cancelled()
