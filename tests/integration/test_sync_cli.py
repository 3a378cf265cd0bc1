"""`council-desk sync` as a subprocess: sign-in through BROWSER, a summary on success, one plain line and the
documented exit code for each known failure, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.client import isolated_client_env, local_ids, new_session, server_ids
from tests.support.sandbox import RunningSandbox, sandbox_fixture

ROOT = Path(__file__).resolve().parents[2]
sandbox = sandbox_fixture(complaints=3000, seed=19, consent_share=0.3)


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "council_desk", "sync", *args],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=180,
        input=stdin,
    )


def _one_plain_line(p: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in p.stderr
    lines = [ln for ln in p.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, p.stderr
    return lines[0]


def test_sign_in_through_browser_and_sync(
    sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with isolated_client_env(tmp_path, monkeypatch):
        for k, v in sandbox.browser_env("caseworker", 30).items():
            monkeypatch.setenv(k, v)
        p = cli("--server", sandbox.url)
        assert p.returncode == 0, p.stderr
        assert "Sync finished." in p.stdout and "complaints updated:" in p.stdout
        assert "CANARY" not in p.stdout + p.stderr
        # The second run needs no browser: the refresh token is in the keyring, the account remembered.
        monkeypatch.setenv("BROWSER", "false")
        p2 = cli("--server", sandbox.url, "--no-sign-in")
        assert p2.returncode == 0, p2.stderr
        s = new_session(sandbox.url)
        try:
            assert s.user == "cw30"
            assert local_ids(s.open_store()) == server_ids(sandbox, 30)
        finally:
            s.close()


def test_insecure_server_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with isolated_client_env(tmp_path, monkeypatch):
        p = cli("--server", "http://example.org")
        assert p.returncode == 2
        assert "https://" in _one_plain_line(p)


def test_not_signed_in_is_exit_3(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with isolated_client_env(tmp_path, monkeypatch):
        p = cli("--server", sandbox.url, "--user", "cw31", "--no-sign-in")
        assert p.returncode == 3
        assert "sign in" in _one_plain_line(p).lower()


def test_server_down_is_exit_4(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with isolated_client_env(tmp_path, monkeypatch):
        for k, v in sandbox.browser_env("caseworker", 32).items():
            monkeypatch.setenv(k, v)
        s = new_session(sandbox.url)
        s.sign_in()
        s.close()
        sandbox.stop()  # the server is down: its port refuses connections
        try:
            p = cli("--server", sandbox.url, "--user", "cw32", "--no-sign-in")
        finally:
            sandbox.start()  # same port, same data
        assert p.returncode == 4
        assert "cannot be reached" in _one_plain_line(p)
