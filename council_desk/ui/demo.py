"""`council-desk demo`: the training sandbox and the app together, signed in to a training caseworker account.

The sandbox runs as a separate process (`python -m council_desk.sandbox.cli serve`) on loopback with a temporary
data folder and a fixed seed; this module never imports it. The app's "system browser" is the sandbox's scripted
browser (through the standard `BROWSER` variable), which fills in the training account — the sign-in itself is
the real RFC 8252 flow. The sandbox is stopped when the app quits.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

HELP = "start the training sandbox and the app, signed in to a training caseworker account"
READY = re.compile(r"Sandbox ready: (http://\S+)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--district", type=int, default=7, help="council district of the training account")
    parser.add_argument("--seed", type=int, default=311, help="sandbox seed (fixed, so accounts stay the same)")
    parser.add_argument("--no-auto-sign-in", action="store_true", help="show the sign-in screen instead")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders afterwards")


class SandboxProcess:
    """The sandbox server as a child process; `url` once it printed its ready line."""

    def __init__(self, data_dir: Path, seed: int, extra: list[str] | None = None) -> None:
        self.data_dir = data_dir
        cmd = [
            sys.executable,
            "-m",
            "council_desk.sandbox.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--data-dir",
            str(data_dir),
            "--seed",
            str(seed),
            *(extra or []),
        ]
        self.proc = subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        self.url = ""
        self._ready = threading.Event()
        self._tail: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._tail = [*self._tail[-20:], line.rstrip()]
            m = READY.search(line)
            if m and not self._ready.is_set():
                self.url = m.group(1)
                self._ready.set()
        self._ready.set()

    def wait_ready(self, timeout: float = 180.0) -> str:
        if not self._ready.wait(timeout) or not self.url:
            self.stop()
            raise RuntimeError("the training sandbox did not start:\n" + "\n".join(self._tail))
        return self.url

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def _die_with_parent() -> None:
    """Linux: the sandbox gets SIGTERM if the app process dies without stopping it (a crash, kill -9)."""
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def training_account(seed: int, district: int) -> dict[str, str]:
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "council_desk.sandbox.cli", "accounts", "--json", "--seed", str(seed)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    data = json.loads(out)
    items = data if isinstance(data, list) else data.get("accounts", list(data.values()))
    want = f"cw{district:02d}"
    for acc in items:
        if acc.get("username") == want:
            return {k: str(v) for k, v in acc.items()}
    raise RuntimeError(f"no training account {want}")


def browser_command() -> str:
    return f"{shlex.quote(sys.executable)} -m council_desk.sandbox.browser %s"


# The demo's unlock PIN: chosen for the training account at its first sign-in (the demo comes up signed in), and
# shown in the training hint, so the lock screen can be tried.
TRAINING_PIN = "246813"


def demo_environment(account: dict[str, str]) -> dict[str, str]:
    """The variables that make the app sign in with the training account through the scripted browser."""
    return {
        "COUNCIL_DESK_TRAINING_USER": account["username"],
        "COUNCIL_DESK_TRAINING_PASSWORD": account["password"],
        "COUNCIL_DESK_TRAINING_TOTP_SECRET": account["totp_secret"],
        "COUNCIL_DESK_TRAINING_PIN": TRAINING_PIN,
        "BROWSER": browser_command(),
        "COUNCIL_DESK_TRAINING_HINT": (
            f"User {account['username']} · password {account['password']} · "
            "the one-time code comes from the training authenticator (the demo browser fills it in) · "
            f"unlock PIN {TRAINING_PIN}."
        ),
    }


def run(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="council-desk-demo-"))
    sandbox = SandboxProcess(work / "sandbox", args.seed)
    try:
        url = sandbox.wait_ready()
        os.environ.update(demo_environment(training_account(args.seed, args.district)))
        # The demo's cache and settings live in the temporary folder: the demo never touches real office data.
        os.environ.setdefault("COUNCIL_DESK_DATA_DIR", str(work / "app"))
        print(f"Training sandbox at {url}; starting Council Desk.")
        from council_desk.ui.app import make_qapplication, run_app
        from council_desk.ui.settings import SERVER_URL, Settings

        make_qapplication()
        Settings().set(SERVER_URL, url)
        return run_app(auto_sign_in=not args.no_auto_sign_in)
    finally:
        sandbox.stop()
        if not args.keep:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
