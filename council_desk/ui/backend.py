"""What the windows need from the non-Qt core, in one place: sign-in, the open store, the audit log, sync.

`SessionBackend` adapts `council_desk.sync.session.Session` (the sync engineer's) to this shape, so the windows
do not depend on how the session is built. All methods block; the UI calls them through `Op` off the GUI thread
(sign-in and sync on the network pool, everything touching the store on the database worker).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from council_desk.api.models import AuditEventIn, Me
from council_desk.api.privacy import ContinuityReport, RecordedEvent
from council_desk.api.stats import MonthlyStats

if TYPE_CHECKING:
    # For the types only: importing the cache at run time here would load SQLCipher before the window paints.
    from council_desk.audit.log import AuditLog
    from council_desk.cache.store import CaseStore
    from council_desk.domain.disclosure import Disclosure

Progress = Callable[[str, int, int], None]  # phase, done, total (total 0 = unknown)


@dataclass(frozen=True)
class SyncSummary:
    pulled: int = 0
    removed: int = 0
    pushed: int = 0
    outbox_left: int = 0
    new_exigent: int = 0  # a supervisor: exigent disclosures received since the last sync
    new_flags: int = 0  # a supervisor: continuity findings since the last sync
    pending_approvals: int = 0  # a supervisor: requests waiting for a decision


@dataclass(frozen=True)
class OfficeLog:
    """The office's disclosure log as the privacy officer reads it: from the server (every device), or offline
    from this PC's own log (`source == "local"`)."""

    events: list[RecordedEvent | AuditEventIn]
    source: str
    continuity: ContinuityReport | None


class Backend(Protocol):
    server: str

    @property
    def me(self) -> Me | None: ...

    @property
    def store(self) -> CaseStore | None:
        """The open cache (None while locked or signed out)."""
        ...

    @property
    def audit(self) -> AuditLog | None: ...

    def sign_in(self, server: str, cancel: threading.Event) -> Me: ...

    def can_open_offline(self, server: str) -> bool: ...

    def open_offline(self, server: str, secret: str) -> Me:
        """Open the cases on this PC without the server: `secret` is the unlock PIN or passphrase (or, where the
        cache is locked with one, the cache passphrase). Tries are counted; raises what `Session.unlock` does."""
        ...

    def needs_passphrase(self) -> bool: ...

    def has_unlock_secret(self) -> bool:
        """An unlock PIN or passphrase exists for the signed-in account (after sign-in, before any case shows)."""
        ...

    def set_unlock_secret(self, secret: str) -> None: ...

    def unlock(self, secret: str) -> None:
        """The lock screen's proof of identity: reopen the cache only if `secret` is right (see `open_offline`)."""
        ...

    def session_remaining_ms(self) -> int:
        """Milliseconds left of the absolute session limit, counted from the last browser sign-in."""
        ...

    def sync(self, progress: Progress, cancel: threading.Event) -> SyncSummary: ...

    def stats(self, from_month: str, to_month: str, cancel: threading.Event) -> MonthlyStats:
        """The district's and the city's monthly 311 figures ("YYYY-MM" to "YYYY-MM"); needs the server."""
        ...

    def confirm_release(self, disclosure: Disclosure, cancel: threading.Event) -> None:
        """A case-by-case release: the server confirms and spends its approval (sync/disclosures.py); nothing for
        routine and exigent ones. Raises `DisclosureRefused`, or `ApprovalOffline` without the server."""
        ...

    def flag_exigent(self, disclosure: Disclosure) -> bool:
        """An exigent disclosure was recorded: send the audit log now, so the officer is told at once."""
        ...

    def office_log(self, cancel: threading.Event) -> OfficeLog:
        """The office's events and continuity from the server (a supervisor), or this PC's own log offline."""
        ...

    def close_store(self) -> None: ...

    def reopen_store(self, passphrase: str | None = None) -> None: ...

    def sign_out(self) -> None: ...
