"""TokenManager: refresh token in the keyring only, rotation, one refresh for many callers, refusal, sign-out."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import keyring
import pytest

from council_desk.api.models import TokenResponse
from council_desk.domain.errors import SignInRequired
from council_desk.sync.auth import ServerMetadata
from council_desk.sync.http import RetryPolicy, Timeouts, Transport
from council_desk.sync.tokens import REFRESH_SERVICE, TokenManager, refresh_key
from tests.support.keyrings import MemoryKeyring


class TokenServer:
    """Rotating refresh tokens with reuse detection, like RFC 9700 asks."""

    def __init__(self) -> None:
        self.valid = {"r" * 20}
        self.used: set[str] = set()
        self.hits: list[dict[str, str]] = []
        self.revoked: list[str] = []
        self.n = 0
        self.lock = threading.Lock()
        owner = self

        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                form = {
                    k: v[0]
                    for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()
                }
                owner.hits.append(form)
                if self.path == "/oauth/revoke":
                    owner.revoked.append(form["token"])
                    self._send(200, {})
                    return
                tok = form.get("refresh_token", "")
                with owner.lock:
                    if tok not in owner.valid:
                        self._send(400, {"error": "invalid_grant"})
                        return
                    owner.valid.discard(tok)
                    owner.used.add(tok)
                    owner.n += 1
                    new = f"refresh-{owner.n:04d}-xxxxxxxx"
                    owner.valid.add(new)
                self._send(
                    200,
                    {
                        "access_token": f"access-{owner.n:04d}-xxxxxxxx",
                        "token_type": "Bearer",
                        "expires_in": 600,
                        "refresh_token": new,
                    },
                )

            def _send(self, status: int, body: Any) -> None:
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"


@pytest.fixture()
def kr() -> Iterator[MemoryKeyring]:
    old = keyring.get_keyring()
    k = MemoryKeyring()
    keyring.set_keyring(k)
    yield k
    keyring.set_keyring(old)


@pytest.fixture()
def server() -> Iterator[TokenServer]:
    s = TokenServer()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


def manager(server: TokenServer) -> TokenManager:
    t = Transport(server.url, timeouts=Timeouts(1, 5, 5), retry=RetryPolicy(attempts=2, base_s=0.01))
    meta = ServerMetadata(
        issuer=server.url,
        authorization_endpoint="/oauth/authorize",
        token_endpoint="/oauth/token",
        revocation_endpoint="/oauth/revoke",
    )
    tm = TokenManager(t, lambda: meta, user="cw07")
    tm.accept(
        TokenResponse(access_token="a" * 20, token_type="Bearer", expires_in=600, refresh_token="r" * 20), "cw07"
    )
    return tm


def test_refresh_rotates_and_keeps_token_in_keyring_only(server: TokenServer, kr: MemoryKeyring) -> None:
    tm = manager(server)
    key = (REFRESH_SERVICE, refresh_key(tm.server, "cw07"))
    assert kr.data[key] == "r" * 20
    gen, _ = tm.current()
    gen2, access = tm.refresh(gen)
    assert access == "access-0001-xxxxxxxx" and gen2 > gen
    assert kr.data[key] == "refresh-0001-xxxxxxxx"


def test_concurrent_refreshes_become_one(server: TokenServer, kr: MemoryKeyring) -> None:
    tm = manager(server)
    gen, _ = tm.current()
    barrier = threading.Barrier(8)
    out: list[str] = []

    def go() -> None:
        barrier.wait()
        out.append(tm.refresh(gen)[1])

    threads = [threading.Thread(target=go) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len([h for h in server.hits if h.get("grant_type") == "refresh_token"]) == 1
    assert set(out) == {"access-0001-xxxxxxxx"}


def test_refused_refresh_requires_sign_in_and_forgets_token(server: TokenServer, kr: MemoryKeyring) -> None:
    tm = manager(server)
    server.valid.clear()  # e.g. the session was ended on the server
    with pytest.raises(SignInRequired):
        tm.refresh(tm.generation)
    assert (REFRESH_SERVICE, refresh_key(tm.server, "cw07")) not in kr.data
    with pytest.raises(SignInRequired):
        tm.current()


def test_sign_out_revokes_and_deletes(server: TokenServer, kr: MemoryKeyring) -> None:
    tm = manager(server)
    tm.sign_out()
    assert server.revoked == ["r" * 20]
    assert (REFRESH_SERVICE, refresh_key(tm.server, "cw07")) not in kr.data
