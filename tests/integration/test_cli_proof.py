"""A terminal is no way round the lock: `letters --case`, `worklist` and `privacy` read this PC's cases only once
whoever is at the keyboard has proved who they are, as the app's lock asks (the unlock PIN, with the app's tries
counted; else a fresh browser sign-in). The walk-up user of issue 11 with a shell: the caseworker's app is locked,
the PC unattended, and the `council-desk` command is right there.

The commands run as a person runs them (a child process against the sandbox on loopback, the cache and keyring
of the caseworker's sign-in); "no browser sign-in can be completed" is a browser that does not open
(`BROWSER=/bin/false`): a walk-up user does not know the caseworker's password either way.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from council_desk.cache import local_unlock
from tests.support.client import browser_env, isolated_client_env, local_ids, new_session
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=600, seed=13, consent_share=0.5)
ROOT = Path(__file__).resolve().parent.parent.parent
DISTRICT = 7
PIN = "864213"


@pytest.fixture()
def signed_in(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The caseworker signed in through the browser, synced, chose a PIN, and walked away."""
    with isolated_client_env(tmp_path, monkeypatch):
        browser_env(sandbox, DISTRICT, monkeypatch)
        session = new_session(sandbox.url)
        session.sign_in()
        session.sync()
        session.set_unlock_secret(PIN)
        ids = sorted(local_ids(session.open_store()))
        session.close()
        assert ids
        yield sandbox, ids


def _cli(*args: str, stdin: str = "", browser: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if not browser:
        env["BROWSER"] = "/bin/false %s"  # no browser sign-in can be completed
    return subprocess.run(
        [sys.executable, "-m", "council_desk.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        env=env,
    )


def _held(sb: RunningSandbox) -> tuple[list[str], int]:
    """(export events in this PC's audit log, wrong tries counted) as the cache holds them now."""
    session = new_session(sb.url, user=sb.account("caseworker", DISTRICT)["username"])
    try:
        store = session.open_store()
        assert session.audit is not None
        exports = [e.action for e in session.audit.pending_upload(10_000) if e.action == "export"]
        return exports, local_unlock.state(store).failures
    finally:
        session.close()


def test_no_letter_worklist_or_privacy_log_without_a_proof(signed_in: Any, tmp_path: Path) -> None:
    sb, ids = signed_in
    commands = {
        "letter": ("letters", "render", "--case", ids[0], "--server", sb.url, "--template", "acknowledgement"),
        "labels": ("letters", "labels", "--case", ids[0], "--server", sb.url),
        "worklist": ("worklist", "--server", sb.url, "--view", "all"),
        "privacy log": ("privacy", "log", "--server", sb.url),
    }
    for what, argv in commands.items():
        out = tmp_path / f"{what}.pdf"
        r = _cli(*argv, "-o", str(out)) if what != "privacy log" else _cli(*argv)
        assert r.returncode != 0, (what, r.stdout)
        assert "Traceback" not in r.stderr and "browser" in r.stderr.lower(), (what, r.stderr)
        assert not out.exists(), what
        assert ids[0] not in r.stdout, what
    assert _held(sb) == ([], 0)  # nothing disclosed, nothing recorded as disclosed, no try spent


def test_the_pin_opens_them_and_wrong_ones_count_with_the_apps(signed_in: Any, tmp_path: Path) -> None:
    sb, ids = signed_in
    out = tmp_path / "letter.pdf"
    argv = (
        "letters",
        "render",
        "--case",
        ids[0],
        "--server",
        sb.url,
        "--template",
        "acknowledgement",
        "-o",
        str(out),
    )
    r = _cli(*argv, "--pin-stdin", stdin="000000\n")
    assert r.returncode != 0 and "not right" in r.stderr and "4 tries left" in r.stderr, r.stderr
    assert not out.exists()
    assert _held(sb) == ([], 1)
    r = _cli(*argv, "--pin-stdin", stdin=PIN + "\n")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert _held(sb) == (["export"], 0)  # recorded, and a right PIN clears the count
    r = _cli(
        "worklist", "--server", sb.url, "--view", "all", "-o", str(tmp_path / "w.csv"), "--pin-stdin", stdin=PIN
    )
    assert r.returncode == 0, r.stderr


def test_five_wrong_pins_from_a_terminal_drop_the_key_as_in_the_app(signed_in: Any, tmp_path: Path) -> None:
    sb, ids = signed_in
    argv = (
        "letters",
        "labels",
        "--case",
        ids[0],
        "--server",
        sb.url,
        "-o",
        str(tmp_path / "l.pdf"),
        "--pin-stdin",
    )
    for n in range(local_unlock.MAX_TRIES):
        r = _cli(*argv, stdin=f"11111{n}\n")
        assert r.returncode != 0
    r = _cli(*argv, stdin=PIN + "\n")  # the right one, too late
    assert r.returncode != 0 and "browser" in r.stderr.lower(), r.stderr
    assert not (tmp_path / "l.pdf").exists()


def test_a_fresh_browser_sign_in_is_a_proof_too(signed_in: Any, tmp_path: Path) -> None:
    sb, ids = signed_in
    out = tmp_path / "labels.pdf"
    r = _cli("letters", "labels", "--case", ids[0], "--server", sb.url, "-o", str(out), browser=True)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_colleagues_browser_sign_in_opens_nothing_of_this_account(
    signed_in: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The browser signs in whoever types a password there: it proves only that person's account."""
    sb, ids = signed_in
    user = sb.account("caseworker", DISTRICT)["username"]
    for k, v in sb.browser_env("supervisor", DISTRICT).items():
        monkeypatch.setenv(k, v)
    out = tmp_path / "labels.pdf"
    r = _cli(
        "letters", "labels", "--case", ids[0], "--server", sb.url, "--user", user, "-o", str(out), browser=True
    )
    assert r.returncode != 0 and "another account" in r.stderr, r.stderr
    assert not out.exists()
    assert _held(sb) == ([], 0)
