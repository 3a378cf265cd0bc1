"""An in-process keyring for tests: tests never touch the machine's real keyring, and never use keyrings.alt.

(The one test that does use a real keyring starts gnome-keyring in a private D-Bus session:
tests/reliability/test_cache_real_keyring.py.)
"""

from __future__ import annotations

import keyring
import keyring.backend
import keyring.errors


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
