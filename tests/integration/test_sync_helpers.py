"""Shared helpers for the sync tests (no tests here): a file-backed test keyring that subprocesses can share, a
signed-in `Session` through the scripted browser, and probes of what the cache holds.

The test keyring is a test-only stand-in for the OS keyring (the product never stores secrets in a file); it is
selected in subprocesses with PYTHON_KEYRING_BACKEND=tests.integration.test_sync_helpers.FileKeyring.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
from jaraco.classes import properties

KEYRING_ENV = "COUNCIL_DESK_TEST_KEYRING"
BACKEND = "tests.integration.test_sync_helpers.FileKeyring"


class FileKeyring(keyring.backend.KeyringBackend):
    """Test-only keyring in a JSON file named by $COUNCIL_DESK_TEST_KEYRING (atomic replace, flock)."""

    @properties.classproperty
    def priority(cls) -> float:
        # Only viable where a test configured it, so keyring's own backend discovery never picks it up.
        if KEYRING_ENV not in os.environ:
            raise RuntimeError("test keyring not configured")
        return 1.0

    def __init__(self, path: str | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.path = Path(path or os.environ.get(KEYRING_ENV, "/nonexistent/keyring.json"))

    @contextmanager
    def _locked(self) -> Iterator[dict[str, str]]:
        lock = self.path.with_suffix(".lock")
        with open(lock, "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            data: dict[str, str] = json.loads(self.path.read_text()) if self.path.exists() else {}
            before = dict(data)
            yield data
            if data != before:
                tmp = self.path.with_suffix(".tmp")
                tmp.write_text(json.dumps(data))
                os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        with self._locked() as d:
            return d.get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._locked() as d:
            d[f"{service}\n{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._locked() as d:
            if f"{service}\n{username}" not in d:
                raise keyring.errors.PasswordDeleteError("missing")
            del d[f"{service}\n{username}"]


@contextmanager
def isolated_client_env(tmp: Path, monkeypatch: Any) -> Iterator[FileKeyring]:
    """Cache under tmp, keyring in a file under tmp, for this process and any subprocess."""
    data = tmp / "client-data"
    data.mkdir(exist_ok=True)
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(data))
    monkeypatch.setenv(KEYRING_ENV, str(tmp / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    old = keyring.get_keyring()
    kr = FileKeyring()
    keyring.set_keyring(kr)
    try:
        yield kr
    finally:
        keyring.set_keyring(old)


def browser_env(sb: Any, district: int, monkeypatch: Any) -> None:
    for k, v in sb.browser_env("caseworker", district).items():
        monkeypatch.setenv(k, v)


def new_session(url: str, **kw: Any) -> Any:
    from council_desk.sync.http import RetryPolicy, Timeouts
    from council_desk.sync.session import Session

    kw.setdefault("timeouts", Timeouts(connect_s=2, read_s=10, deadline_s=20, page_deadline_s=30))
    kw.setdefault("retry", RetryPolicy(attempts=4, base_s=0.05, cap_s=0.5, retry_after_cap_s=2))
    kw.setdefault("signin_timeout_s", 60)
    return Session(url, **kw)


def local_ids(store: Any) -> set[str]:
    with store.reading() as conn:
        return {r[0] for r in conn.execute("SELECT service_request_id FROM complaints")}


def server_ids(sb: Any, district: int) -> set[str]:
    return set(sb.complaint_ids(district=district, consent="active", limit=1_000_000))


def cache_holds(store: Any, text: str) -> bool:
    """True if `text` is anywhere in the decrypted cache: any table's rows, or the full-text index."""
    with store.reading() as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for t in tables:
            try:
                rows = conn.execute(f'SELECT * FROM "{t}"').fetchall()
            except Exception:  # FTS shadow tables that cannot be read directly
                continue
            if any(text in str(r) for r in rows):
                return True
    return False


def files_hold(folder: Path, text: str) -> bool:
    """Forensic grep over the cache folder's raw files (db, -wal, -shm, anything else)."""
    needle = text.encode()
    return any(needle in p.read_bytes() for p in folder.rglob("*") if p.is_file())
