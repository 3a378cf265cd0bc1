"""The app's backend over `council_desk.sync.session.Session` (one session per server address)."""

from __future__ import annotations

import logging
import threading

from council_desk.api.models import Me
from council_desk.api.stats import MonthlyStats
from council_desk.audit.log import AuditLog
from council_desk.cache.store import CaseStore
from council_desk.domain.disclosure import Disclosure
from council_desk.domain.errors import KnownError, Offline
from council_desk.sync.errors import Cancelled
from council_desk.sync.session import Session
from council_desk.ui.backend import OfficeLog, Progress, SyncSummary

log = logging.getLogger("council_desk.ui.session")


class SessionBackend:
    """Implements `council_desk.ui.backend.Backend`. Blocking; the windows call it off the GUI thread."""

    def __init__(self, server: str = "") -> None:
        self.server = server
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()
        # Held for a whole sync and by close_store, so locking the app waits for a (cancelled) sync to stop
        # before the store goes away, and a sync never reopens a store the lock closed.
        self._work = threading.Lock()
        self._closed_by_lock = False

    def session(self, server: str | None = None) -> Session:
        server = (server or self.server).strip()
        with self._lock:
            s = self._sessions.get(server)
            if s is None:
                s = Session(server)
                self._sessions[server] = s
            self.server = server
            return s

    @property
    def me(self) -> Me | None:
        s = self._sessions.get(self.server)
        return None if s is None else s.me

    @property
    def store(self) -> CaseStore | None:
        s = self._sessions.get(self.server)
        return None if s is None else s.store

    @property
    def audit(self) -> AuditLog | None:
        s = self._sessions.get(self.server)
        return None if s is None else s.audit

    def sign_in(self, server: str, cancel: threading.Event) -> Me:
        s = self.session(server)
        me = s.sign_in(cancel=cancel)
        self._closed_by_lock = False
        s.enforce_policy()
        return me

    def can_open_offline(self, server: str) -> bool:
        """A cache for the last account used with this server exists on this PC."""
        # Called on every keystroke in the address box: no Session (and no HTTP pool) is built for it.
        from council_desk.cache.paths import cache_paths
        from council_desk.domain.servers import check_server_url
        from council_desk.sync.tokens import remembered_user

        try:
            normalised = check_server_url(server)
            user = remembered_user(normalised)
            return bool(user) and cache_paths(normalised, user or "").db.exists()
        except KnownError:
            return False
        except ValueError:  # an address that does not parse yet, while it is being typed
            return False

    def open_offline(self, server: str, secret: str) -> Me:
        s = self.session(server)
        # Proof first (the PIN, tries counted; or the cache passphrase), then retention and the offline limit,
        # before any case is shown.
        me = s.unlock(secret)
        self._closed_by_lock = False
        try:
            s.enforce_policy()
        except BaseException:
            s.close_store()
            raise
        return me

    def needs_passphrase(self) -> bool:
        return self.session().needs_passphrase()

    def has_unlock_secret(self) -> bool:
        return self.session().has_unlock_secret()

    def set_unlock_secret(self, secret: str) -> None:
        self.session().set_unlock_secret(secret)

    def unlock(self, secret: str) -> None:
        with self._work:
            s = self.session()
            s.unlock(secret)
            self._closed_by_lock = False

    def session_remaining_ms(self) -> int:
        return int(self.session().session_remaining().total_seconds() * 1000)

    def sync(self, progress: Progress, cancel: threading.Event) -> SyncSummary:
        with self._work:
            if self._closed_by_lock:
                raise Cancelled()
            s = self.session()
            result = s.sync(progress=lambda p: progress(p.stage, p.done, 0), cancel=cancel)
            left = s.store.outbox_count() if s.store is not None else 0
            return SyncSummary(
                pulled=result.pulled,
                removed=result.removed,
                pushed=result.pushed,
                outbox_left=left,
                new_exigent=result.new_exigent,
                new_flags=result.new_flags,
                pending_approvals=result.pending_approvals,
            )

    def confirm_release(self, disclosure: Disclosure, cancel: threading.Event) -> None:
        self.session().confirm_release(disclosure, cancel)

    def flag_exigent(self, disclosure: Disclosure) -> bool:
        return self.session().flag_exigent(disclosure)

    def office_log(self, cancel: threading.Event) -> OfficeLog:
        s = self.session()
        try:
            page = s.client.privacy_events({}, cancel)
            return OfficeLog(list(page.events), "server", s.client.continuity(cancel))
        except Offline:
            s.open_store()
            assert s.audit is not None
            return OfficeLog(list(s.audit.events()), "local", None)

    def stats(self, from_month: str, to_month: str, cancel: threading.Event) -> MonthlyStats:
        # Aggregates only: nothing personal is fetched, so nothing is cached or audited.
        return self.session().client.stats(from_month, to_month, cancel)

    def close_store(self) -> None:
        """Lock: close the cache and forget the passphrase-derived secret, so no key stays in memory."""
        with self._work:
            self._closed_by_lock = True
            s = self._sessions.get(self.server)
            if s is not None:
                s.close_store()
                # Session keeps the passphrase for reopening; while locked it must not stay in memory.
                s.forget_secrets()

    def reopen_store(self, passphrase: str | None = None) -> None:
        s = self.session()
        s.open_store(passphrase)
        self._closed_by_lock = False

    def sign_out(self) -> None:
        s = self._sessions.get(self.server)
        if s is not None:
            s.sign_out()
