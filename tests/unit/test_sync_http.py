"""Transport limits, parsing and retries against a tiny local http.server (no sandbox needed)."""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from pydantic import BaseModel

from council_desk.domain.errors import Offline
from council_desk.sync.errors import (
    AccessTokenRejected,
    BadResponse,
    CursorExpired,
    InsecureServer,
    NotFound,
    RequestRefused,
    ServerBusy,
)
from council_desk.sync.http import RetryPolicy, Timeouts, Transport, check_server_url, parse_retry_after

Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


class Thing(BaseModel):
    n: int


class Server:
    """A loopback server whose behaviour per request is a list of handler functions, one per hit."""

    def __init__(self) -> None:
        self.script: list[Handler] = []
        self.hits: list[tuple[str, str, dict[str, str]]] = []
        owner = self

        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                owner.hits.append((self.command, self.path, dict(self.headers)))
                fn = owner.script.pop(0) if len(owner.script) > 1 else owner.script[0]
                fn(self)

            do_GET = do_POST = _any

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def send(
    status: int, body: bytes, ctype: str = "application/json", headers: dict[str, str] | None = None
) -> Handler:
    def fn(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    return fn


def ok(n: int = 1) -> Handler:
    return send(200, json.dumps({"n": n}).encode())


def drip(h: http.server.BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    try:
        for _ in range(100):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def reset(h: http.server.BaseHTTPRequestHandler) -> None:
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    h.connection.close()
    h.close_connection = True


def unbounded(h: http.server.BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Connection", "close")
    h.end_headers()
    try:
        for _ in range(200):
            h.wfile.write(b"[" * 8192)
    except OSError:
        pass
    h.close_connection = True


@pytest.fixture()
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.stop()


def transport(url: str, attempts: int = 3, deadline: float = 5.0, sleeps: list[float] | None = None) -> Transport:
    record = sleeps if sleeps is not None else []
    return Transport(
        url,
        timeouts=Timeouts(connect_s=1.0, read_s=2.0, deadline_s=deadline),
        retry=RetryPolicy(attempts=attempts, base_s=0.01, cap_s=0.05, retry_after_cap_s=2.0),
        sleep=lambda s, _c: record.append(s),
    )


def test_json_is_parsed_and_validated(server: Server) -> None:
    server.script = [ok(7)]
    assert transport(server.url).call("GET", "/x", Thing, what="t").n == 7


@pytest.mark.parametrize(
    "body, ctype",
    [
        (b"<html>login</html>", "text/html"),
        (b'{"n": 1, "n": 2}', "application/json"),
        (b'{"n": NaN}', "application/json"),
        (b'{"n": "seven"}', "application/json"),
        (b'{"n": 1', "application/json"),
        ('{"n": 1}'.encode("utf-16"), "application/json"),
        (b'{"n": 1}', "application/json; charset=latin-1"),
    ],
)
def test_bad_bodies_are_rejected_whole(server: Server, body: bytes, ctype: str) -> None:
    server.script = [send(200, body, ctype)]
    with pytest.raises(BadResponse):
        transport(server.url).call("GET", "/x", Thing, what="t")


def test_size_limit_enforced_while_streaming(server: Server) -> None:
    server.script = [unbounded]
    t0 = time.monotonic()
    with pytest.raises(BadResponse):
        transport(server.url).call("GET", "/x", Thing, what="t", limit=64 * 1024)
    assert time.monotonic() - t0 < 3


def test_declared_oversize_refused_before_reading(server: Server) -> None:
    server.script = [send(200, b"[" * 70_000)]
    with pytest.raises(BadResponse):
        transport(server.url).call("GET", "/x", Thing, what="t", limit=65_536)


def test_drip_ends_at_deadline(server: Server) -> None:
    server.script = [drip]
    t = transport(server.url, attempts=2, deadline=0.8)
    t0 = time.monotonic()
    with pytest.raises(Offline):
        t.call("GET", "/x", Thing, what="t")
    elapsed = time.monotonic() - t0
    assert t.attempts_made == 2
    assert elapsed < 2 * 0.8 + 1.0, elapsed


def test_503_retry_after_honoured_and_capped(server: Server) -> None:
    sleeps: list[float] = []
    server.script = [
        send(503, b"{}", headers={"Retry-After": "1"}),
        send(503, b"{}", headers={"Retry-After": "99"}),
        ok(3),
    ]
    t = transport(server.url, attempts=4, sleeps=sleeps)
    assert t.call("GET", "/x", Thing, what="t").n == 3
    assert sleeps[0] >= 1.0
    assert sleeps[1] == 2.0  # capped at retry_after_cap_s
    assert len(server.hits) == 3


def test_retries_are_bounded(server: Server) -> None:
    sleeps: list[float] = []
    server.script = [send(502, b"{}")]
    t = transport(server.url, attempts=3, sleeps=sleeps)
    with pytest.raises(ServerBusy):
        t.call("GET", "/x", Thing, what="t")
    assert len(server.hits) == 3
    assert len(sleeps) == 2 and all(0 <= s <= 0.05 for s in sleeps)


def test_post_without_key_never_retried_after_sending(server: Server) -> None:
    server.script = [reset, ok()]
    t = transport(server.url, attempts=3)
    with pytest.raises(Offline):
        t.request("POST", "/x", what="t", form={"a": "b"})
    assert len(server.hits) == 1


def test_post_with_idempotency_key_is_retried(server: Server) -> None:
    server.script = [reset, ok(5)]
    t = transport(server.url, attempts=3)
    got = t.call("POST", "/x", Thing, what="t", json_body=Thing(n=1), headers={"Idempotency-Key": "k1"})
    assert got.n == 5
    assert [h[2].get("Idempotency-Key") for h in server.hits] == ["k1", "k1"]


def test_connection_refused_is_offline_and_retried() -> None:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    sleeps: list[float] = []
    t = transport(f"http://127.0.0.1:{port}", attempts=3, sleeps=sleeps)
    with pytest.raises(Offline):
        t.request("POST", "/x", what="t", form={})  # nothing was sent: even a one-shot POST may retry
    assert t.attempts_made == 3


@pytest.mark.parametrize(
    "status, exc", [(401, AccessTokenRejected), (404, NotFound), (410, CursorExpired), (400, RequestRefused)]
)
def test_status_mapping(server: Server, status: int, exc: type[Exception]) -> None:
    server.script = [send(status, b'{"error": "x", "detail": "Ana Training 212-555-0142"}')]
    with pytest.raises(exc) as info:
        transport(server.url).call("GET", "/x", Thing, what="t")
    assert "555" not in str(info.value)  # the server's free text never reaches the user


def test_redirects_not_followed(server: Server) -> None:
    server.script = [send(302, b"", headers={"Location": "http://127.0.0.2/"})]
    with pytest.raises(BadResponse):
        transport(server.url).call("GET", "/x", Thing, what="t")


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org",
        "http://10.0.0.1:8000",
        "ftp://127.0.0.1",
        "https://u:p@example.org",
        "http://127.0.0.1.example.org",
    ],
)
def test_plain_http_only_to_loopback(url: str) -> None:
    with pytest.raises(InsecureServer):
        check_server_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/", "http://[::1]:9", "http://localhost", "https://x.org"])
def test_allowed_servers(url: str) -> None:
    assert check_server_url(url) == url.rstrip("/")


def test_absolute_urls_must_stay_on_origin(server: Server) -> None:
    with pytest.raises(BadResponse):
        transport(server.url).url("http://127.0.0.1:1/token")


def test_parse_retry_after() -> None:
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0


def test_backoff_is_jittered_and_capped() -> None:
    p = RetryPolicy(base_s=0.5, cap_s=8.0)
    samples = [p.backoff(10) for _ in range(200)]
    assert max(samples) <= 8.0 and len(set(samples)) > 150
