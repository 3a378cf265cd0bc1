"""The lock is a lock, Qt-free (issue 11 item 1), against the real sandbox on loopback and real caches: every
browser sign-in is a new authentication the client checks; the unlock PIN is a slow verifier with counted tries;
past the session limit only a browser sign-in (or, with no network, the PIN) lets anyone in; the offline limit
counts on a clock that cannot be set back."""

from __future__ import annotations

import datetime as dt
import json
import time
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import requests

from council_desk.cache import local_unlock
from council_desk.domain.errors import SignInRequired
from council_desk.sync.session import FRESH_SIGN_IN_META, SessionExpired
from tests.support.client import browser_env, cache_holds, files_hold, isolated_client_env, new_session
from tests.support.sandbox import RunningSandbox, redirect_params, sandbox_fixture

sandbox = sandbox_fixture(complaints=3000, seed=13, consent_share=0.3)
PIN = "730418"


@pytest.fixture()
def client_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with isolated_client_env(tmp_path, monkeypatch) as kr:
        yield kr


def signed_in(sb: RunningSandbox, district: int, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> Any:
    browser_env(sb, district, monkeypatch)
    session = new_session(sb.url, **kw)
    session.sign_in()
    return session


def _authorize_url(sb: RunningSandbox, **extra: str) -> str:
    params = {
        "response_type": "code",
        "client_id": "council-desk",
        "redirect_uri": "http://127.0.0.1:9/callback",
        "state": "s",
        "code_challenge": "x" * 43,
        "code_challenge_method": "S256",
        **extra,
    }
    return sb.url + "/oauth/authorize?" + urllib.parse.urlencode(params)


def test_the_sandbox_asks_again_when_a_new_authentication_is_requested(sandbox: RunningSandbox) -> None:
    """A browser that signed in before (single sign-on cookie) is let through without the form, unless the app
    asks for a new authentication (prompt=login or max_age=0): then the form is shown again."""
    browser = requests.Session()
    a = sandbox.account("caseworker", 41)
    import pyotp

    form = {
        "client_id": "council-desk",
        "redirect_uri": "http://127.0.0.1:9/callback",
        "state": "s",
        "code_challenge": "x" * 43,
        "code_challenge_method": "S256",
        "username": a["username"],
        "password": a["password"],
        "totp": pyotp.TOTP(a["totp_secret"]).now(),
    }
    first = browser.post(sandbox.url + "/oauth/authorize", data=form, allow_redirects=False, timeout=30)
    assert first.status_code == 302 and "code" in redirect_params(first)
    sso = browser.get(_authorize_url(sandbox), allow_redirects=False, timeout=30)
    assert sso.status_code == 302 and "code" in redirect_params(sso)  # single sign-on
    for ask in ({"prompt": "login"}, {"max_age": "0"}):
        again = browser.get(_authorize_url(sandbox, **ask), allow_redirects=False, timeout=30)
        assert again.status_code == 200 and "name='password'" in again.text


def test_a_sign_in_the_server_did_not_make_new_is_refused(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server (or a browser) that ignores the request for a new authentication and answers from an earlier
    single sign-on: the client sees an old `auth_time` and keeps nothing."""
    a = sandbox.account("caseworker", 42)
    import pyotp

    browser = requests.Session()

    def stale_browser(url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        query = {k: v for k, v in urllib.parse.parse_qsl(parts.query) if k not in ("prompt", "max_age")}
        answer = browser.get(
            urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query))),
            allow_redirects=False,
            timeout=30,
        )
        if answer.status_code == 200:  # no single sign-on yet: sign in through the form, as a person would
            fields = dict(
                query, username=a["username"], password=a["password"], totp=pyotp.TOTP(a["totp_secret"]).now()
            )
            answer = browser.post(sandbox.url + "/oauth/authorize", data=fields, allow_redirects=False, timeout=30)
        requests.get(answer.headers["Location"], timeout=30)
        return True

    first = new_session(sandbox.url, browser=stale_browser)
    first.sign_in()  # a real authentication: accepted
    first.close()
    time.sleep(5)  # the single sign-on now predates the next sign-in by more than the allowed slack
    second = new_session(sandbox.url, browser=stale_browser)
    with pytest.raises(SignInRequired, match="did not confirm"):
        second.sign_in()
    assert second.store is None
    second.close()


def test_the_pin_is_kept_only_as_a_slow_verifier_and_its_tries_are_counted(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    session = signed_in(sandbox, 43, monkeypatch)
    try:
        session.set_unlock_secret(PIN)
        store = session.store
        assert not cache_holds(store, PIN)
        verifier = json.loads(store.get_meta("unlock.verifier"))
        assert verifier["alg"] == "scrypt" and verifier["n"] >= 2**15
        session.close_store()
        assert not files_hold(tmp_path, PIN)
        for left in (4, 3, 2, 1):
            with pytest.raises(local_unlock.WrongUnlockSecret) as wrong:
                session.unlock("615243")
            assert wrong.value.tries_left == left
            assert session.store is None  # nothing stays open after a wrong try
        with pytest.raises(local_unlock.UnlockLockedOut):
            session.unlock("615243")
        with pytest.raises(local_unlock.UnlockLockedOut):
            session.unlock(PIN)  # even the right one, until a browser sign-in
        session.sign_in()  # a fresh authentication clears the lockout
        session.close_store()
        session.unlock(PIN)
        assert session.store is not None
    finally:
        session.close()


def _expire_session(session: Any) -> None:
    started = dt.datetime.now(dt.UTC) - dt.timedelta(hours=13)
    session.open_store().set_meta(FRESH_SIGN_IN_META, started.isoformat())


def test_past_the_session_limit_the_pin_works_only_without_a_network(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 44, monkeypatch)
    try:
        session.set_unlock_secret(PIN)
        session.sync()
        _expire_session(session)
        assert session.session_expired()
        with pytest.raises(SessionExpired):
            session.sync()  # nothing goes to or comes from the server past the limit
        session.close_store()
        with pytest.raises(SessionExpired):
            session.unlock(PIN)  # the server answers: a browser sign-in is the proof
        assert session.store is None
        sandbox.stop()
        try:
            session.unlock(PIN)  # no network: the PIN keeps the caseworker working offline
            assert session.store is not None
        finally:
            sandbox.start()
        session.sign_in()
        assert not session.session_expired()
        session.sync()
    finally:
        session.close()
