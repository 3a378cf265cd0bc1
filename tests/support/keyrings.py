"""Keyrings for tests: tests never touch the machine's real keyring, and never use keyrings.alt.

`MemoryKeyring` is in-process (tests/conftest.py gives every test a fresh one); `FileKeyring` is shared with
subprocesses through a file. (The one test that does use a real keyring starts gnome-keyring in a private D-Bus
session: tests/reliability/test_cache_real_keyring.py.)
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from jaraco.classes import properties


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict; `locked = True` makes every call fail the way a locked keyring does."""

    priority = 1  # type: ignore[assignment]
    # keyring registers every subclass; never let auto-detection pick a test backend in another test.
    viable = False  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.locked = False

    @property
    def data(self) -> dict[tuple[str, str], str]:
        return self.items

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("missing")
        del self.items[(service, username)]


# A keyring that subprocesses can share (a `council-desk sync` child, a kill -9 round): selected there with
# PYTHON_KEYRING_BACKEND=BACKEND and KEYRING_ENV naming the file (tests/support/client.py sets both).
KEYRING_ENV = "COUNCIL_DESK_TEST_KEYRING"
BACKEND = "tests.support.keyrings.FileKeyring"


class FileKeyring(keyring.backend.KeyringBackend):
    """Test-only keyring in a JSON file named by $COUNCIL_DESK_TEST_KEYRING (atomic replace, flock). A stand-in
    for the OS keyring across processes; the product never stores secrets in a file."""

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
