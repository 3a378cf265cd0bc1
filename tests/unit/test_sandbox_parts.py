"""Sandbox parts without a server: cursors, redirect checks, rate limiter, accounts, CLI refusals, browser."""

from __future__ import annotations

import json
import subprocess
import sys

import pyotp
import pytest

from council_desk.sandbox import cursors
from council_desk.sandbox.accounts import accounts
from council_desk.sandbox.browser import sign_in
from council_desk.sandbox.oauth import loopback_redirect
from council_desk.sandbox.state import RateLimiter

KEY = b"k" * 32


def _cur(**kw: object) -> cursors.Cursor:
    base: dict[str, object] = {
        "feed": "c",
        "district": 7,
        "position": 42,
        "snapshot": True,
        "epoch": 1,
        "issued": 1_000_000,
    }
    return cursors.Cursor(**{**base, **kw})  # type: ignore[arg-type]


def test_cursor_round_trip() -> None:
    text = cursors.encode(KEY, _cur())
    got = cursors.decode(KEY, text, feed="c", district=7, epoch=1, now=1_000_100)
    assert got == _cur()


@pytest.mark.parametrize(
    "check",
    [
        {"feed": "f"},
        {"district": 8},
        {"epoch": 2},
        {"now": 1_000_000 + cursors.CURSOR_LIFETIME_SECONDS + 1},
    ],
)
def test_cursor_refused_when_anything_differs(check: dict[str, object]) -> None:
    text = cursors.encode(KEY, _cur())
    args: dict[str, object] = {"feed": "c", "district": 7, "epoch": 1, "now": 1_000_100, **check}
    with pytest.raises(cursors.BadCursor):
        cursors.decode(KEY, text, **args)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "x", "AAAA", "!!!!", "a" * 600])
def test_cursor_garbage_refused(text: str) -> None:
    with pytest.raises(cursors.BadCursor):
        cursors.decode(KEY, text, feed="c", district=7, epoch=1, now=1)


def test_cursor_tampered_or_other_key_refused() -> None:
    text = cursors.encode(KEY, _cur())
    with pytest.raises(cursors.BadCursor):
        cursors.decode(b"x" * 32, text, feed="c", district=7, epoch=1, now=1_000_100)
    # Forge a position: same payload shape, no valid MAC.
    forged = cursors.encode(b"x" * 32, _cur(position=999_999))
    with pytest.raises(cursors.BadCursor):
        cursors.decode(KEY, forged, feed="c", district=7, epoch=1, now=1_000_100)


@pytest.mark.parametrize(
    ("uri", "ok"),
    [
        ("http://127.0.0.1:5000/cb", True),
        ("http://[::1]:5000/cb", True),
        ("http://127.0.0.1:65535/", True),
        ("http://127.0.0.1/cb", False),
        ("http://localhost:5000/cb", False),
        ("https://127.0.0.1:5000/cb", False),
        ("http://127.0.0.2:5000/cb", False),
        ("http://user@127.0.0.1:5000/cb", False),
        ("http://127.0.0.1:5000/cb#frag", False),
        ("http://127.0.0.1.evil.example:5000/cb", False),
        ("http://127.0.0.1:99999/cb", False),
        ("javascript:alert(1)", False),
    ],
)
def test_loopback_redirect(uri: str, ok: bool) -> None:
    assert loopback_redirect(uri) is ok


def test_rate_limiter_burst_then_wait() -> None:
    limiter = RateLimiter(rate=1.0, burst=3)
    assert [limiter.take("t") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.take("t")
    assert 0 < wait <= 1.0
    assert limiter.take("other") == 0.0


def test_accounts_deterministic_and_complete() -> None:
    a, b, c = accounts(7), accounts(7), accounts(8)
    assert len(a) == 204 and a == b  # 51 offices: two caseworkers, a supervisor and the member each
    assert a["cw07b"].district == 7 and a["cw07b"].role == "caseworker"
    assert a["cw07b"].display_name != a["cw07"].display_name
    # "the caseworker of district 7", the first one found, is still cw07
    assert next(x for x in a.values() if x.role == "caseworker" and x.district == 7).username == "cw07"
    assert a["cw07"].password != c["cw07"].password
    assert {x.role for x in a.values()} == {"caseworker", "supervisor", "member"}
    assert a["mem01"].member == "Christopher Marte" and a["mem01"].display_name == "Christopher Marte"
    assert len(pyotp.TOTP(a["sup51"].totp_secret).now()) == 6


def test_accounts_cli_json_matches() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "council_desk.sandbox.cli", "accounts", "--json", "--seed", "7"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    rows = json.loads(out.stdout)
    cw = next(r for r in rows if r["username"] == "cw07")
    assert cw["password"] == accounts(7)["cw07"].password and cw["district"] == 7


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_serve_refuses_non_loopback(host: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "council_desk.sandbox.cli", "serve", "--host", host, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "Sandbox ready" not in out.stdout


def test_browser_refuses_non_loopback() -> None:
    assert sign_in("http://example.org/oauth/authorize", "cw07", "x", "JBSWY3DPEHPK3PXP") == 1
