"""`Session`: one signed-in (server, user) on this PC — cache file and key, tokens, access client, sync engine.

Used by `council-desk sync` and by the desktop app. No globals: the app may build one per server and call it from
worker threads; `sync()` runs are serialised by a lock. Secrets go to the OS keyring only (cache key, refresh
token); without a keyring the cache key comes from a passphrase and the sign-in lasts for this process only.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable

from council_desk.api.models import Me
from council_desk.audit.log import AuditLog
from council_desk.cache import keys
from council_desk.cache.errors import (
    InsecureKeyring,
    KeyringProblem,
    KeyringUnavailable,
)
from council_desk.cache.paths import CachePaths, cache_paths
from council_desk.cache.store import CaseStore
from council_desk.cache.unlock import locate, unlock, wipe
from council_desk.domain.errors import SignInRequired

from .auth import ServerMetadata, authorize, discover, open_in_browser
from .client import AccessClient
from .engine import PAGE_LIMIT, SyncEngine, SyncProgress, SyncSummary, enforce_policy
from .errors import DeviceRevoked
from .http import RetryPolicy, Timeouts, Transport
from .tokens import TokenManager, remembered_user

log = logging.getLogger("council_desk.sync.session")

RETENTION_EVERY_S = 3600.0


class Session:
    """Everything one caseworker's sign-in on one server needs. Thread-safe for the app's use."""

    def __init__(
        self,
        server: str,
        *,
        user: str | None = None,
        passphrase: str | None = None,
        ca_file: str | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        browser: Callable[[str], bool] = open_in_browser,
        show_url: Callable[[str], None] | None = None,
        signin_timeout_s: float = 300.0,
    ) -> None:
        self.transport = Transport(server, timeouts=timeouts, retry=retry, ca_file=ca_file)
        self.server = self.transport.server
        self.user = user if user is not None else remembered_user(self.server)
        self._passphrase = passphrase
        self._browser = browser
        self._show_url = show_url
        self._signin_timeout_s = signin_timeout_s
        self._meta: ServerMetadata | None = None
        self._meta_lock = threading.Lock()
        self._sync_lock = threading.Lock()
        self._store_lock = threading.RLock()
        self.tokens = TokenManager(self.transport, self.metadata, user=self.user)
        self.client = AccessClient(self.transport, self.tokens, on_revoked=self._device_revoked)
        self.store: CaseStore | None = None
        self.audit: AuditLog | None = None
        self.me: Me | None = None
        self.page_limit = PAGE_LIMIT
        self._retention_at = -RETENTION_EVERY_S

    # ----------------------------------------------------------------------------------------------- identity
    def metadata(self) -> ServerMetadata:
        """The server's OAuth endpoints, discovered once per session."""
        with self._meta_lock:
            if self._meta is None:
                self._meta = discover(self.transport)
            return self._meta

    def signed_in(self) -> bool:
        """True if a refresh token for this (server, user) is available (keyring or this process)."""
        try:
            return self.user is not None and self.tokens.has_refresh_token()
        except KeyringProblem:
            return False

    def sign_in(self, username_hint: str | None = None, cancel: threading.Event | None = None) -> Me:
        """Sign in through the system browser; then open (or create) this user's cache."""
        resp = authorize(
            self.transport, self.metadata(), username_hint=username_hint or self.user,
            timeout_s=self._signin_timeout_s, browser=self._browser, show_url=self._show_url, cancel=cancel,
        )
        me = self.transport.call("GET", "/v1/me", Me, what="me", token=resp.access_token, cancel=cancel)
        if self.user is not None and self.user != me.username:
            self.close_store()  # another account on this PC: its own cache
        self.user = me.username
        if me.policy.device_status == "revoked":
            self._device_revoked()
            raise DeviceRevoked()
        self.tokens.accept(resp, me.username)
        self.me = me
        store = self.open_store()
        store.save_me(me)
        log.info("signed in")
        return me

    def _device_revoked(self) -> None:
        log.warning("device revoked by the server: removing this account's data from the PC")
        self.wipe()

    # ----------------------------------------------------------------------------------------------- cache
    def paths(self) -> CachePaths:
        if not self.user:
            raise SignInRequired("Sign in first: Council Desk does not know which account's cases to open.",
                                 code="no_account_yet")
        return cache_paths(self.server, self.user)

    def needs_passphrase(self) -> bool:
        """True when the cache key must come from a passphrase: the cache was made with one, or no keyring."""
        if self.user and locate(self.server, self.user).mode == "passphrase":
            return True
        try:
            keys.check_backend()
            return False
        except (KeyringUnavailable, InsecureKeyring):
            return True

    def open_store(self, passphrase: str | None = None) -> CaseStore:
        """Open this user's cache (creating it only if no file of it exists). Works offline."""
        with self._store_lock:
            if self.store is not None:
                return self.store
            if passphrase is not None:
                self._passphrase = passphrase
            self.paths()  # SignInRequired when there is no user yet
            # One unlock path for the CLI, the app and `council-desk cache`: the keyring key, or a passphrase where
            # the cache was made with one (a salt beside it) or there is no usable keyring; never recreated.
            store = unlock(self.server, self.user or "", passphrase=self._passphrase or None, create=True)
            try:
                held = store.me()
                if held is not None:
                    # Fail closed on what is held, before anything reads it: strays of another district or
                    # without active consent are purged at every open (cheap: the scope index).
                    store.purge_out_of_scope(held.district)
            except BaseException:
                store.close()
                raise
            self.store = store
            self.audit = AuditLog(store)
            if self.me is None:
                self.me = held
            return store

    def close_store(self) -> None:
        with self._store_lock:
            if self.store is not None:
                self.store.close()
            self.store = None
            self.audit = None

    def wipe(self) -> None:
        """Remove this account's data from the PC: every secret (cache key, refresh token, remembered account),
        every cache file, and the tokens held in memory. "Remove data from this PC", a revoked device and
        `council-desk cache wipe` all end here (`cache.unlock.wipe`)."""
        with self._store_lock:
            self.close_store()
            self.tokens.forget_all()
            self._passphrase = None
            if not self.user:
                return
            wipe(self.server, self.user)

    # ----------------------------------------------------------------------------------------------- work
    def enforce_policy(self, now: dt.datetime | None = None) -> int:
        """Start-up / hourly / offline enforcement of the last policy seen (see `engine.enforce_policy`)."""
        store = self.open_store()
        return enforce_policy(store, now or dt.datetime.now(dt.UTC), wipe=self.wipe)

    def sync(
        self,
        progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncSummary:
        """Push, then pull. Raises a `KnownError` (Offline, SignInRequired, PrivacyHalt, ...) on failure."""
        with self._sync_lock:
            if not self.user:
                raise SignInRequired()
            store = self.open_store()
            assert self.audit is not None
            engine = SyncEngine(store, self.client, self.audit, wipe=self.wipe, page_limit=self.page_limit)
            try:
                summary = engine.run(progress=progress, cancel=cancel)
            finally:
                # Retention applies whether or not the server was reached; at most hourly from here, since it
                # scans the whole cache (the app also runs it at start-up and hourly).
                if self.store is not None:
                    me = self.store.me()
                    if me is not None:
                        self.me = me
                        if time.monotonic() - self._retention_at >= RETENTION_EVERY_S:
                            self.store.enforce_retention(dt.datetime.now(dt.UTC), me.policy)
                            self._retention_at = time.monotonic()
            return summary

    def sign_out(self, remove_data: bool = False) -> None:
        """Revoke the sign-in (best effort when offline) and forget it; optionally remove the cache."""
        self.tokens.sign_out()
        if remove_data:
            self.wipe()
        else:
            self.close_store()

    def close(self) -> None:
        self.close_store()
        self.transport.close()
