"""The network edge (issue 11 item 6): compressed bodies and decompression bombs, a sign-in listener that a silent
local connection cannot block. Real sockets on loopback."""

from __future__ import annotations

import gzip
import http.server
import socket
import threading
import tracemalloc
import urllib.request
from collections.abc import Iterator

import pytest

from council_desk.sync.auth import LoopbackListener
from council_desk.sync.errors import BadResponse
from council_desk.sync.http import RetryPolicy, Timeouts, Transport

# 64 MiB of spaces, gzipped twice: ~ 0.1 KiB on the wire.
BOMB = gzip.compress(gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9), compresslevel=9)


@pytest.fixture()
def server() -> Iterator[tuple[str, list[dict[str, str]], list[tuple[bytes, dict[str, str]]]]]:
    """A loopback server answering every GET with the body and headers the test put in `answers`."""
    seen: list[dict[str, str]] = []
    answers: list[tuple[bytes, dict[str, str]]] = []

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append({k.lower(): v for k, v in self.headers.items()})
            body, headers = answers[-1]
            self.send_response(200)
            for k, v in {"Content-Type": "application/json", "Content-Length": str(len(body)), **headers}.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", seen, answers
    httpd.shutdown()
    httpd.server_close()


def _transport(url: str) -> Transport:
    return Transport(url, timeouts=Timeouts(1, 2, 5), retry=RetryPolicy(attempts=1))


Server = tuple[str, list[dict[str, str]], list[tuple[bytes, dict[str, str]]]]


def test_only_identity_bodies_are_asked_for_and_taken(server: Server) -> None:
    url, seen, answers = server
    answers.append((gzip.compress(b'{"a": 1}'), {"Content-Encoding": "gzip"}))
    with pytest.raises(BadResponse):
        _transport(url).request("GET", "/x", what="x")
    assert seen[-1]["accept-encoding"] == "identity"


def test_a_gzip_in_gzip_bomb_is_refused_without_inflating_it(server: Server) -> None:
    url, _seen, answers = server
    answers.append((BOMB, {"Content-Encoding": "gzip, gzip"}))
    tracemalloc.start()
    try:
        with pytest.raises(BadResponse):
            _transport(url).request("GET", "/x", what="x", limit=64 * 1024 * 1024)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # the 64 MiB inside were never made


def test_installed_urllib3_has_the_2025_decompression_fixes() -> None:
    """The pin in pyproject.toml (urllib3 >= 2.6.3: CVE-2025-66418, CVE-2025-66471) is what is installed."""
    import urllib3

    major, minor, patch = (int(p) for p in urllib3.__version__.split(".")[:3])
    assert (major, minor, patch) >= (2, 6, 3)


def test_a_silent_local_connection_cannot_block_the_sign_in_callback() -> None:
    """A local process connects to the one-shot listener and sends nothing: the callback still gets through."""
    listener = LoopbackListener("st4te")
    listener.start()
    port = int(listener.redirect_uri.split(":")[2].split("/")[0])
    squatter = socket.create_connection(("127.0.0.1", port))
    try:
        callback = listener.redirect_uri + "?state=st4te&code=abc"
        threading.Thread(target=lambda: urllib.request.urlopen(callback, timeout=10).read(), daemon=True).start()
        result = listener.wait(timeout=15)
        assert result.code == "abc"
    finally:
        squatter.close()
        listener.close()


def test_retry_after_is_honoured_in_any_letter_case() -> None:
    """Servers send header names in any case (uvicorn: all lower case). Before, `Retry-After` was looked up in a
    plain dict of the headers as received, so the sandbox's `retry-after` was never honoured."""

    class Busy(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(503)
            self.send_header("retry-after", "7")
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Busy)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    slept: list[float] = []
    try:
        t = Transport(
            f"http://127.0.0.1:{httpd.server_address[1]}",
            timeouts=Timeouts(1, 2, 5),
            retry=RetryPolicy(attempts=2, base_s=0.01, cap_s=0.02),
            sleep=lambda s, _c: slept.append(s),
        )
        with pytest.raises(Exception):  # noqa: B017 -- busy after every attempt: which known error is not the point
            t.request("GET", "/x", what="x")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert slept and slept[0] >= 7
