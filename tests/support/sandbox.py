"""Run the training sandbox for tests: `RunningSandbox` starts it as a subprocess on a free loopback port.

    with RunningSandbox(tmp_path, complaints=2000, seed=7) as sb:
        tokens = sb.sign_in("caseworker", 7)          # a full OAuth + PKCE sign-in, returns the token JSON
        sb.give_consent("12345678"); sb.set_faults(error_next=2)
        sb.restart()                                  # same data dir, same data

For a module-scoped fixture: `sandbox = sandbox_fixture(complaints=2000)` at module level in a test file.
The ready line is read from the process's stdout (no polling); everything is bound to 127.0.0.1.
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import hashlib
import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import pyotp
import pytest
import requests

READY_PREFIX = "Sandbox ready: "
START_TIMEOUT = 120.0
REDIRECT_URI = "http://127.0.0.1:9/callback"  # never contacted: tests read the code from the redirect


class SandboxFailed(RuntimeError):
    pass


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, end the sandbox when the test process dies (a Qt abort or a kill -9
    skips every clean-up, and the orphaned servers kept their ports and a core busy)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class RunningSandbox:
    """A sandbox subprocess; `.url`, `.accounts`, helpers for the test/intake APIs, stop/kill/restart."""

    def __init__(
        self,
        tmp_dir: Path | str,
        complaints: int | None = None,
        seed: int = 7,
        test_mode: bool = True,
        consent_share: float = 0.2,
        only_district: int | None = None,
        access_token_minutes: float | None = None,
        retention_days: int | None = None,
        date_shift_days: int | None = None,
        extra_args: tuple[str, ...] = (),
        allow_totp_reuse: bool = True,
    ) -> None:
        self.data_dir = Path(tmp_dir) / "sandbox-data"
        self.seed = seed
        args = ["--seed", str(seed), "--consent-share", str(consent_share), "--data-dir", str(self.data_dir)]
        if complaints is not None:
            args += ["--complaints", str(complaints)]
        if test_mode:
            args.append("--test-mode")
            if allow_totp_reuse:  # the tests sign in many times a second; one test checks the training rule
                args.append("--allow-totp-reuse")
        if only_district is not None:
            args += ["--only-district", str(only_district)]
        if access_token_minutes is not None:
            args += ["--access-token-minutes", str(access_token_minutes)]
        if retention_days is not None:
            args += ["--retention-days", str(retention_days)]
        if date_shift_days is not None:
            args += ["--date-shift-days", str(date_shift_days)]
        self._args = [*args, *extra_args]
        self.port = 0
        self.url = ""
        self.proc: subprocess.Popen[str] | None = None
        self.http = requests.Session()
        # The account list (another Python process) is made while the server starts.
        listing = subprocess.Popen(
            [sys.executable, "-m", "council_desk.sandbox.cli", "accounts", "--json", "--seed", str(self.seed)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            self.start()
        finally:
            out, _ = listing.communicate(timeout=120)
        if listing.returncode != 0:
            self.stop()
            raise SandboxFailed("council-desk-sandbox accounts failed")
        self.accounts: list[dict[str, Any]] = json.loads(out)

    # ---- process ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        cmd = [
            sys.executable,
            "-m",
            "council_desk.sandbox.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            *self._args,
        ]
        # stderr goes to a file, not a pipe: nobody reads a pipe after start-up, and a full pipe would block the
        # server (injected connection drops log a traceback each).
        self.stderr_path = self.data_dir.parent / "sandbox-stderr.log"
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        with self.stderr_path.open("ab") as err:
            self.proc = subprocess.Popen(
                cmd,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                preexec_fn=_die_with_parent,
            )
        line = self._read_ready_line(self.proc, self.stderr_path)
        self.url = line[len(READY_PREFIX) :].strip()
        self.port = int(self.url.rsplit(":", 1)[1])

    @staticmethod
    def _read_ready_line(proc: subprocess.Popen[str], stderr_path: Path) -> str:
        result: list[str] = []
        done = threading.Event()

        def read() -> None:
            assert proc.stdout is not None
            result.append(proc.stdout.readline())
            done.set()
            # Keep draining stdout so that a chatty server can never block on a full pipe.
            for _ in proc.stdout:
                pass
            proc.stdout.close()

        threading.Thread(target=read, daemon=True).start()
        if not done.wait(START_TIMEOUT) or not result or not result[0].startswith(READY_PREFIX):
            proc.kill()
            proc.wait()
            err = stderr_path.read_text(errors="replace") if stderr_path.exists() else ""
            raise SandboxFailed(f"sandbox did not start: {result[:1]!r} {err[-2000:]}")
        return result[0]

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def restart(self) -> None:
        """Stop and start again on the same port with the same data dir (data, tokens, cursors survive)."""
        self.stop()
        self.start()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
        self.http.close()

    # ---- accounts and sign-in --------------------------------------------------------------------------------
    def account(self, role: str = "caseworker", district: int = 7) -> dict[str, Any]:
        return next(a for a in self.accounts if a["role"] == role and a["district"] == district)

    def browser_env(self, role: str = "caseworker", district: int = 7) -> dict[str, str]:
        """Environment for `python -m council_desk.sandbox.browser` (and BROWSER=...) to sign in as this user."""
        a = self.account(role, district)
        return {
            "COUNCIL_DESK_TRAINING_USER": a["username"],
            "COUNCIL_DESK_TRAINING_PASSWORD": a["password"],
            "COUNCIL_DESK_TRAINING_TOTP_SECRET": a["totp_secret"],
            "BROWSER": f"{sys.executable} -m council_desk.sandbox.browser %s",
        }

    def authorize(
        self,
        role: str = "caseworker",
        district: int = 7,
        *,
        verifier: str | None = None,
        method: str = "S256",
        redirect_uri: str = REDIRECT_URI,
        state: str = "st-1",
    ) -> requests.Response:
        """Post the sign-in form; returns the (unfollowed) redirect response."""
        verifier = verifier or secrets.token_urlsafe(48)
        challenge = pkce_challenge(verifier) if method == "S256" else verifier
        a = self.account(role, district)
        data = {
            "client_id": "council-desk",
            "redirect_uri": redirect_uri,
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": method,
            "username": a["username"],
            "password": a["password"],
            "totp": pyotp.TOTP(a["totp_secret"]).now(),
        }
        return self.http.post(self.url + "/oauth/authorize", data=data, allow_redirects=False, timeout=30)

    def sign_in(self, role: str = "caseworker", district: int = 7) -> dict[str, Any]:
        """A complete sign-in (authorize + token with PKCE). Returns the token response JSON."""
        verifier = secrets.token_urlsafe(48)
        answer = self.authorize(role, district, verifier=verifier)
        code = redirect_params(answer)["code"]
        tok = self.http.post(
            self.url + "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "client_id": "council-desk",
                "code": code,
                "redirect_uri": REDIRECT_URI,
                "code_verifier": verifier,
            },
            timeout=30,
        )
        tok.raise_for_status()
        tokens: dict[str, Any] = tok.json()
        return tokens

    def token(self, role: str = "caseworker", district: int = 7) -> str:
        return str(self.sign_in(role, district)["access_token"])

    def api(self, method: str, path: str, token: str, **kw: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {token}", **kw.pop("headers", {})}
        return self.http.request(method, self.url + path, headers=headers, timeout=60, **kw)

    def followup_ids(self, district: int = 7) -> list[str]:
        """The ids of every follow-up the server holds for the district, read through its own feed as the
        district's caseworker. A list, not a set: the kill tests count each id (exactly one record each)."""
        token = self.token("caseworker", district)
        ids: list[str] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 1000}
            if cursor:
                params["cursor"] = cursor
            page = self.api("GET", "/v1/sync/followups", token, params=params).json()
            ids += [f["id"] for f in page["followups"]]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return ids

    # ---- 311 side and test mode ------------------------------------------------------------------------------
    def _post(self, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        r = self.http.post(self.url + path, json=body or {}, timeout=120)
        r.raise_for_status()
        doc: dict[str, Any] = r.json()
        return doc

    def complaint_ids(
        self, district: int | None = None, consent: str | None = None, limit: int = 1000
    ) -> list[str]:
        params: dict[str, Any] = {"limit": limit}
        if district is not None:
            params["district"] = district
        if consent is not None:
            params["consent"] = consent
        r = self.http.get(self.url + "/test/complaints", params=params, timeout=60)
        r.raise_for_status()
        ids: list[str] = r.json()["ids"]
        return ids

    def file_complaint(self, district: int = 7, consent: bool = True, **fields: Any) -> dict[str, Any]:
        body = {
            "complaint_type": "Noise - Residential",
            "district": district,
            "address": "1 Training Plaza",
            "description": "Loud music (training)",
            "consent": consent,
            "contact": {
                "first_name": "Test",
                "last_name": "Filer",
                "phone": "(212) 555-0100",
                "email": "test.filer@example.org",
                "mailing_address": "",
                "preferred_language": "en",
            },
            **fields,
        }
        return self._post("/intake/api/complaints", body)

    def give_consent(self, service_request_id: str, channel: str = "web") -> dict[str, Any]:
        return self._post(f"/intake/api/complaints/{service_request_id}/consent", {"channel": channel})

    def withdraw(self, service_request_id: str, receipt_code: str | None = None) -> dict[str, Any]:
        if receipt_code is None:
            receipt_code = self.give_consent_receipt(service_request_id)
        return self._post(f"/intake/api/complaints/{service_request_id}/withdraw", {"receipt_code": receipt_code})

    def give_consent_receipt(self, service_request_id: str) -> str:
        """The receipt code of a complaint, as the 311 side gave it to its filer (a test-mode endpoint: the code
        comes from a secret key of the sandbox's, so nobody can work it out from the seed)."""
        r = self.http.get(f"{self.url}/intake/api/complaints/{service_request_id}/receipt", timeout=60)
        r.raise_for_status()
        return str(r.json()["receipt_code"])

    def set_faults(self, **faults: Any) -> dict[str, Any]:
        return self._post("/test/faults", faults)

    def expire_cursors(self) -> None:
        self._post("/test/expire-cursors")

    def advance_clock(self, days: float = 0, seconds: float = 0) -> dict[str, Any]:
        return self._post("/test/clock", {"days": days, "seconds": seconds})

    def set_device_status(self, username: str, status: str) -> dict[str, Any]:
        return self._post("/test/device-status", {"username": username, "status": status})

    def move_complaint(self, service_request_id: str, district: int) -> dict[str, Any]:
        return self._post(f"/test/complaints/{service_request_id}/move", {"district": district})

    def rogue_followup(self, fid: str, service_request_id: str, text: str = "rogue") -> dict[str, Any]:
        return self._post("/test/followups", {"id": fid, "service_request_id": service_request_id, "text": text})

    def move_account(self, username: str, district: int) -> dict[str, Any]:
        return self._post(f"/test/accounts/{username}/district", {"district": district})

    def reset(self) -> None:
        self._post("/test/reset")


def pkce_challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


def redirect_params(answer: requests.Response) -> dict[str, str]:
    """Query parameters of a redirect response's Location."""
    assert answer.status_code in (302, 303), answer.status_code
    query = urllib.parse.urlsplit(answer.headers["Location"]).query
    return dict(urllib.parse.parse_qsl(query))


Scope = Literal["session", "package", "module", "class", "function"]


def sandbox_fixture(scope: Scope = "module", **kwargs: Any) -> Any:
    """A pytest fixture that runs one sandbox for the scope: `sandbox = sandbox_fixture(complaints=2000)`."""

    def _fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
        with RunningSandbox(tmp_path_factory.mktemp("sandbox"), **kwargs) as sb:
            yield sb

    return pytest.fixture(scope=scope, name=None)(_fixture)
