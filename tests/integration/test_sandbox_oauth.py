"""Sign-in against the sandbox on loopback: PKCE, codes, redirects, refresh rotation and reuse detection."""

from __future__ import annotations

import secrets
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pyotp

from tests.support.sandbox import REDIRECT_URI, RunningSandbox, redirect_params, sandbox_fixture

sandbox = sandbox_fixture(complaints=1500, seed=11)


def _token(sb: RunningSandbox, **data: str) -> dict[str, object]:
    r = sb.http.post(sb.url + "/oauth/token", data={"client_id": "council-desk", **data}, timeout=30)
    return {"status": r.status_code, **r.json()}


def _code(sb: RunningSandbox, verifier: str, **kw: str) -> str:
    return redirect_params(sb.authorize(verifier=verifier, **kw))["code"]


def test_metadata(sandbox: RunningSandbox) -> None:
    doc = sandbox.http.get(sandbox.url + "/.well-known/oauth-authorization-server", timeout=10).json()
    assert doc["code_challenge_methods_supported"] == ["S256"]
    assert doc["token_endpoint"].endswith("/oauth/token") and doc["issuer"] == sandbox.url


def test_full_sign_in_and_me(sandbox: RunningSandbox) -> None:
    tokens = sandbox.sign_in("supervisor", 12)
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 600
    me = sandbox.api("GET", "/v1/me", str(tokens["access_token"])).json()
    assert me["username"] == "sup12" and me["district"] == 12 and me["roles"] == ["supervisor"]
    assert me["policy"]["retention_days_after_close"] == 365 and me["policy"]["idle_lock_minutes"] == 15


def test_state_is_echoed(sandbox: RunningSandbox) -> None:
    answer = sandbox.authorize(state="abc123")
    assert redirect_params(answer)["state"] == "abc123"


def test_wrong_verifier_refused(sandbox: RunningSandbox) -> None:
    code = _code(sandbox, secrets.token_urlsafe(48))
    out = _token(
        sandbox,
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT_URI,
        code_verifier=secrets.token_urlsafe(48),
    )
    assert out["status"] == 400 and out["error"] == "invalid_grant"


def test_plain_method_refused(sandbox: RunningSandbox) -> None:
    verifier = secrets.token_urlsafe(48)
    q = urllib.parse.urlencode(
        {
            "client_id": "council-desk",
            "redirect_uri": REDIRECT_URI,
            "response_type": "code",
            "code_challenge": verifier,
            "code_challenge_method": "plain",
            "state": "s",
        }
    )
    page = sandbox.http.get(f"{sandbox.url}/oauth/authorize?{q}", allow_redirects=False, timeout=10)
    assert page.status_code == 302 and redirect_params(page)["error"] == "invalid_request"
    posted = sandbox.authorize(verifier=verifier, method="plain")
    assert "code" not in redirect_params(posted)


def test_code_is_single_use_and_replay_revokes(sandbox: RunningSandbox) -> None:
    verifier = secrets.token_urlsafe(48)
    code = _code(sandbox, verifier)
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT_URI,
        "code_verifier": verifier,
    }
    first = _token(sandbox, **data)
    assert first["status"] == 200
    second = _token(sandbox, **data)
    assert second["status"] == 400 and second["error"] == "invalid_grant"
    # What the first use issued is revoked too (the code may have been stolen).
    assert sandbox.api("GET", "/v1/me", str(first["access_token"])).status_code == 401


def test_redirect_uri_must_match_and_be_loopback(sandbox: RunningSandbox) -> None:
    verifier = secrets.token_urlsafe(48)
    code = _code(sandbox, verifier)
    out = _token(
        sandbox,
        grant_type="authorization_code",
        code=code,
        redirect_uri="http://127.0.0.1:10/other",
        code_verifier=verifier,
    )
    assert out["status"] == 400
    for foreign in (
        "http://evil.example/cb",
        "https://127.0.0.1:5/cb",
        "http://localhost:5/cb",
        "http://127.0.0.1.evil.example:5/cb",
        "http://127.0.0.1/cb",
    ):
        answer = sandbox.authorize(redirect_uri=foreign)
        assert answer.status_code == 400 and "Location" not in answer.headers, foreign
    ok = sandbox.authorize(redirect_uri="http://[::1]:4567/cb")
    assert "code" in redirect_params(ok)


def test_wrong_password_or_code_refused(sandbox: RunningSandbox) -> None:
    a = sandbox.account("caseworker", 3)
    base = {
        "client_id": "council-desk",
        "redirect_uri": REDIRECT_URI,
        "state": "s",
        "code_challenge": "x" * 43,
        "code_challenge_method": "S256",
        "username": a["username"],
    }
    bad_pw = sandbox.http.post(
        sandbox.url + "/oauth/authorize",
        data={**base, "password": "nope", "totp": "000000"},
        allow_redirects=False,
        timeout=10,
    )
    assert bad_pw.status_code == 401 and "Location" not in bad_pw.headers


def test_refresh_rotation_and_reuse_detection(sandbox: RunningSandbox) -> None:
    tokens = sandbox.sign_in("caseworker", 5)
    r1 = str(tokens["refresh_token"])
    rotated = _token(sandbox, grant_type="refresh_token", refresh_token=r1)
    assert rotated["status"] == 200 and rotated["refresh_token"] != r1
    r2, a2 = str(rotated["refresh_token"]), str(rotated["access_token"])
    assert sandbox.api("GET", "/v1/me", a2).status_code == 200
    # Reusing the rotated token: refused, and the whole family (r2 and its access token) is revoked.
    reuse = _token(sandbox, grant_type="refresh_token", refresh_token=r1)
    assert reuse["status"] == 400 and reuse["error"] == "invalid_grant"
    assert _token(sandbox, grant_type="refresh_token", refresh_token=r2)["status"] == 400
    assert sandbox.api("GET", "/v1/me", a2).status_code == 401
    # Another session of the same user is unaffected.
    other = sandbox.sign_in("caseworker", 5)
    assert sandbox.api("GET", "/v1/me", str(other["access_token"])).status_code == 200


def test_revoke(sandbox: RunningSandbox) -> None:
    tokens = sandbox.sign_in("member", 9)
    r = sandbox.http.post(
        sandbox.url + "/oauth/revoke",
        data={"token": tokens["refresh_token"], "client_id": "council-desk"},
        timeout=10,
    )
    assert r.status_code == 200
    assert sandbox.api("GET", "/v1/me", str(tokens["access_token"])).status_code == 401


def test_short_token_lifetime_in_test_mode(sandbox: RunningSandbox) -> None:
    sandbox.set_faults(access_token_seconds=1)
    try:
        tokens = sandbox.sign_in("caseworker", 8)
        assert tokens["expires_in"] == 1
    finally:
        sandbox.set_faults(access_token_seconds=600)


def test_scripted_browser_reaches_loopback_callback(sandbox: RunningSandbox) -> None:
    got: dict[str, str] = {}
    arrived = threading.Event()

    class Callback(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            got.update(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")
            arrived.set()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Callback)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    try:
        verifier = secrets.token_urlsafe(48)
        from tests.support.sandbox import pkce_challenge

        q = urllib.parse.urlencode(
            {
                "client_id": "council-desk",
                "response_type": "code",
                "state": "browser-state",
                "redirect_uri": f"http://127.0.0.1:{server.server_port}/callback",
                "code_challenge": pkce_challenge(verifier),
                "code_challenge_method": "S256",
            }
        )
        env = sandbox.browser_env("caseworker", 21)
        import os

        done = subprocess.run(
            [sys.executable, "-m", "council_desk.sandbox.browser", f"{sandbox.url}/oauth/authorize?{q}"],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert arrived.wait(10)
        assert got["state"] == "browser-state" and len(got["code"]) > 20
    finally:
        server.server_close()


def test_a_sign_in_code_signs_in_once(tmp_path: Any) -> None:
    """As in training (no --allow-totp-reuse): a code that signed an account in is spent, and so is every code
    of an earlier step (RFC 6238 §5.2); the next step's code still works (clock skew)."""
    with RunningSandbox(tmp_path, complaints=200, allow_totp_reuse=False) as sb:
        a = sb.account("caseworker", 7)
        totp = pyotp.TOTP(a["totp_secret"])

        def post(code: str) -> int:
            data = {
                "client_id": "council-desk",
                "redirect_uri": REDIRECT_URI,
                "state": "s",
                "code_challenge": "x" * 43,
                "code_challenge_method": "S256",
                "username": a["username"],
                "password": a["password"],
                "totp": code,
            }
            r = sb.http.post(sb.url + "/oauth/authorize", data=data, allow_redirects=False, timeout=10)
            return r.status_code

        now = time.time()
        this, earlier, later = totp.at(now), totp.at(now, counter_offset=-1), totp.at(now, counter_offset=1)
        assert post(this) == 302
        assert post(this) == 401  # replayed
        assert post(earlier) == 401  # an older code, still inside the skew window
        assert post(later) == 302  # the next step's code: a new sign-in
        assert post(later) == 401
        # Another account is not affected by this one's spent codes.
        b = sb.account("caseworker", 3)
        other = sb.http.post(
            sb.url + "/oauth/authorize",
            allow_redirects=False,
            timeout=10,
            data={
                "client_id": "council-desk",
                "redirect_uri": REDIRECT_URI,
                "state": "s",
                "code_challenge": "x" * 43,
                "code_challenge_method": "S256",
                "username": b["username"],
                "password": b["password"],
                "totp": pyotp.TOTP(b["totp_secret"]).now(),
            },
        )
        assert other.status_code == 302


def test_code_reuse_switch_needs_test_mode() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "council_desk.sandbox.cli", "serve", "--port", "0", "--allow-totp-reuse"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "--test-mode" in out.stderr and "Sandbox ready" not in out.stdout


def test_scripted_browser_signs_in_again_with_a_fresh_code(tmp_path: Any) -> None:
    """The demo's scripted browser under the training rule: a second sign-in right after the first uses the next
    code, a third waits for a fresh one (at most one 30 s step), and each reaches the app's callback."""
    from council_desk.sandbox.browser import sign_in
    from tests.support.sandbox import pkce_challenge

    arrived: list[str] = []

    class Callback(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            arrived.append(dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))["code"])
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Callback)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with RunningSandbox(tmp_path, complaints=200, allow_totp_reuse=False) as sb:
            a = sb.account("caseworker", 7)
            q = urllib.parse.urlencode(
                {
                    "client_id": "council-desk",
                    "response_type": "code",
                    "state": "s",
                    "redirect_uri": f"http://127.0.0.1:{server.server_port}/callback",
                    "code_challenge": pkce_challenge(secrets.token_urlsafe(48)),
                    "code_challenge_method": "S256",
                }
            )
            url = f"{sb.url}/oauth/authorize?{q}"
            started = time.monotonic()
            for _ in range(3):
                assert sign_in(url, a["username"], a["password"], a["totp_secret"]) == 0
            assert len(arrived) == 3 and len(set(arrived)) == 3
            assert time.monotonic() - started < 40
    finally:
        server.shutdown()
