"""PKCE and the one-shot loopback listener (RFC 7636, RFC 8252)."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest

from council_desk.domain.errors import SignInRequired
from council_desk.sync.auth import LoopbackListener, challenge_s256, new_verifier


def test_pkce_rfc7636_appendix_b_vector() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert challenge_s256(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_shape() -> None:
    v = new_verifier()
    allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    assert 43 <= len(v) <= 128 and set(v) <= allowed
    assert new_verifier() != v


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return int(r.status)
    except urllib.error.HTTPError as e:
        return int(e.code)


def test_listener_accepts_one_callback_with_right_path_and_state() -> None:
    lst = LoopbackListener("s3cret")
    lst.start()
    base = lst.redirect_uri
    assert base.startswith("http://127.0.0.1:") and base.endswith("/callback")
    root = base.rsplit("/", 1)[0]
    results: list[int] = []

    def browser() -> None:
        results.append(_get(root + "/other?state=s3cret&code=x"))
        results.append(_get(base + "?state=wrong&code=evil"))
        results.append(_get(base + "?state=s3cret&code=good"))

    t = threading.Thread(target=browser)
    t.start()
    got = lst.wait(10)
    t.join()
    assert results == [404, 400, 200]
    assert got.code == "good"
    with pytest.raises(OSError):  # closed after the one callback
        urllib.request.urlopen(base + "?state=s3cret&code=again", timeout=2)


def test_listener_error_callback_gives_no_code() -> None:
    lst = LoopbackListener("st")
    lst.start()
    threading.Thread(target=_get, args=(lst.redirect_uri + "?state=st&error=access_denied",)).start()
    got = lst.wait(10)
    assert got.code is None and got.error == "access_denied"


def test_listener_times_out() -> None:
    lst = LoopbackListener("st")
    lst.start()
    with pytest.raises(SignInRequired):
        lst.wait(0.5)
