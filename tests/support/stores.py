"""Real SQLCipher caches for tests: a new store, filling it with synthetic cases, and the app's backend over one.

The cases come from tests/support/records.py: `fill` with the cache tests' family, `fill_app` with the app's.
"""

from __future__ import annotations

import secrets
import threading
from pathlib import Path
from typing import Any

from council_desk.api.models import Me
from council_desk.audit.log import AuditLog
from council_desk.cache import local_unlock
from council_desk.cache.store import CaseStore
from council_desk.domain.errors import Offline
from tests.support.records import KEY, app_upsert, upsert


def new_store(tmp_path: Path, name: str = "cache.db", key: bytes = KEY) -> CaseStore:
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True, mode=0o700)
    return CaseStore.open(folder / name, key)


def fill(store: CaseStore, n: int, start: int = 0, cursor: str = "c1") -> None:
    """Cases start..start+n of the cache tests' family, in one page."""
    store.apply_complaint_page([upsert(i) for i in range(start, start + n)], [], cursor, snapshot=False)


def fill_app(store: Any, n: int, *, canary_index: int | None = None, page: int = 2000) -> None:
    """Cases 0..n of the app's family in pages of `page`, as a sync applies them; case `canary_index` carries
    the canary contact."""
    for start in range(0, n, page):
        changes = [app_upsert(i, canary=(i == canary_index)) for i in range(start, min(n, start + page))]
        store.apply_complaint_page(changes, [], f"cursor-{start}", snapshot=False)


# The unlock PIN the windows' backend is made with (a real verifier in the real cache: cache/local_unlock.py).
TEST_PIN = "470219"


class StoreBackend:
    """The UI's backend over a real SQLCipher cache, with no server (sync reports Offline, like a PC with no
    network). Used for the tests of the windows and the printing screenshots; the end-to-end test uses the real
    session."""

    def __init__(self, path: Path, me: Me) -> None:
        self.server = "http://127.0.0.1:9"
        self.me = me
        self._path = path
        self._key = secrets.token_bytes(32)
        self._store: Any = None
        self.sync_calls = 0
        self.session_ms = 12 * 3_600_000
        self.reopen_store()
        self._store.save_me(me)
        local_unlock.set_secret(self._store, TEST_PIN)

    @property
    def store(self) -> Any:
        return self._store

    @property
    def audit(self) -> Any:
        return None if self._store is None else AuditLog(self._store)

    def sign_in(self, server: str, cancel: threading.Event) -> Me:
        raise Offline()

    def can_open_offline(self, server: str) -> bool:
        return True

    def open_offline(self, server: str, secret: str) -> Me:
        self.unlock(secret)
        return self.me

    def has_unlock_secret(self) -> bool:
        return bool(local_unlock.state(self._store).is_set)

    def set_unlock_secret(self, secret: str) -> None:
        local_unlock.set_secret(self._store, secret)

    def unlock(self, secret: str) -> None:
        if self._store is None:
            self.reopen_store()
        try:
            local_unlock.check(self._store, secret)
        except BaseException:
            self.close_store()
            raise

    def session_remaining_ms(self) -> int:
        return self.session_ms

    def needs_passphrase(self) -> bool:
        return False

    def sync(self, progress: Any, cancel: threading.Event) -> Any:
        self.sync_calls += 1
        raise Offline()

    def stats(self, from_month: str, to_month: str, cancel: threading.Event) -> Any:
        raise Offline()

    # The privacy officer's side, without a server: a case-by-case approval cannot be confirmed (fail closed),
    # an exigent disclosure waits for the next sync, and the office's log is this PC's own.
    def confirm_release(self, disclosure: Any, cancel: threading.Event) -> None:
        from council_desk.sync.disclosures import ApprovalOffline

        if disclosure.needs_server:
            raise ApprovalOffline()

    def flag_exigent(self, disclosure: Any) -> bool:
        return False

    def office_log(self, cancel: threading.Event) -> Any:
        from council_desk.ui.backend import OfficeLog

        return OfficeLog(list(self.audit.events()), "local", None)

    def close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def reopen_store(self, passphrase: str | None = None) -> None:
        self._store = CaseStore.open(self._path, self._key)

    def sign_out(self) -> None:
        self.close_store()

    def key_in_memory(self) -> bool:
        return self._store is not None
