"""The desktop client in tests, against a running sandbox: its folders and keyring kept under the test's own
temporary folder (for this process and any subprocess), a signed-in `Session`, and probes of what the cache holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring

from tests.support.keyrings import BACKEND, KEYRING_ENV, FileKeyring


@contextmanager
def isolated_client_env(tmp: Path, monkeypatch: Any) -> Iterator[FileKeyring]:
    """Cache under tmp, keyring in a file under tmp, for this process and any subprocess (the suite-wide
    isolation of tests/conftest.py is in-process only: a child could not see its MemoryKeyring)."""
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
    """Sign-ins in this test go through the scripted browser as the district's caseworker."""
    for k, v in sb.browser_env("caseworker", district).items():
        monkeypatch.setenv(k, v)


def new_session(url: str, **kw: Any) -> Any:
    """A `Session` with short timeouts and retries, so that a fault test fails in seconds, not minutes."""
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
