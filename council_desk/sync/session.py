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
import uuid
from collections.abc import Callable

from council_desk.api.models import Me
from council_desk.api.privacy import Approval, ApprovalDecisionIn, ApprovalRequestIn, ApprovalUse
from council_desk.audit.log import AuditLog
from council_desk.cache import keys, local_unlock
from council_desk.cache.errors import (
    InsecureKeyring,
    KeyringProblem,
    KeyringUnavailable,
)
from council_desk.cache.paths import CachePaths, cache_paths
from council_desk.cache.store import CaseStore
from council_desk.cache.unlock import locate, unlock, wipe
from council_desk.domain.disclosure import Disclosure
from council_desk.domain.errors import KnownError, SignInRequired
from council_desk.domain.roles import require

from . import disclosures
from .auth import ServerMetadata, authorize, discover, open_in_browser
from .client import AccessClient
from .engine import PAGE_LIMIT, SyncEngine, SyncProgress, SyncSummary, enforce_policy
from .errors import DeviceRevoked
from .http import RetryPolicy, Timeouts, Transport
from .tokens import TokenManager, remembered_user

log = logging.getLogger("council_desk.sync.session")

RETENTION_EVERY_S = 3600.0
DEFAULT_SESSION_HOURS = 12
FRESH_SIGN_IN_META = "auth.fresh_at"  # the last browser sign-in on this PC (its 12-hour session counts from it)


class SessionExpired(SignInRequired):
    code = "session_expired"
    default_message = (
        "Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you "
        "saved is lost."
    )


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
        self._ca_file = ca_file
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
            self.transport,
            self.metadata(),
            username_hint=username_hint or self.user,
            timeout_s=self._signin_timeout_s,
            browser=self._browser,
            show_url=self._show_url,
            cancel=cancel,
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
        self.record_fresh_sign_in()
        log.info("signed in")
        return me

    def record_fresh_sign_in(self) -> None:
        """A fresh proof of identity happened (`authorize` asks for one and checks `auth_time`): the session's
        hours start again, and a PIN locked out by wrong tries works again."""
        store = self.open_store()
        store.set_meta(FRESH_SIGN_IN_META, store.trusted_now().isoformat())
        local_unlock.clear_lockout(store)

    # ----------------------------------------------------------------------------------------------- proof
    def session_started(self) -> dt.datetime | None:
        """When the caseworker last signed in through the browser on this PC (None: never, or unreadable)."""
        raw = self.open_store().get_meta(FRESH_SIGN_IN_META)
        try:
            return None if raw is None else dt.datetime.fromisoformat(raw)
        except ValueError:
            return None

    def session_remaining(self) -> dt.timedelta:
        """Time left of the absolute session limit (policy hours from the last browser sign-in), on the cache's
        trusted clock; zero (fail closed) when no sign-in is on record."""
        store = self.open_store()
        me = self.me or store.me()
        started = self.session_started()
        if started is None:
            return dt.timedelta(0)
        # Before the first `/v1/me` there is no policy yet: NIST SP 800-63B's 12 hours (the policy's default).
        hours = me.policy.absolute_session_hours if me is not None else DEFAULT_SESSION_HOURS
        left = started + dt.timedelta(hours=hours) - store.trusted_now()
        return max(left, dt.timedelta(0))

    def session_expired(self) -> bool:
        return self.session_remaining() <= dt.timedelta(0)

    def uses_cache_passphrase(self) -> bool:
        """The cache key comes from the caseworker's passphrase: then that passphrase is the unlock secret."""
        return bool(self.user) and locate(self.server, self.user or "").mode == "passphrase"

    def has_unlock_secret(self) -> bool:
        return self.uses_cache_passphrase() or local_unlock.state(self.open_store()).is_set

    def set_unlock_secret(self, secret: str) -> None:
        local_unlock.set_secret(self.open_store(), secret)

    def server_reachable(self) -> bool:
        """A quick look (one attempt, a few seconds) at whether the access system answers at all."""
        probe = Transport(
            self.server,
            timeouts=Timeouts(connect_s=3, read_s=3, deadline_s=5),
            retry=RetryPolicy(attempts=1),
            ca_file=self._ca_file,
        )
        try:
            discover(probe)
            return True
        except KnownError:
            return False
        finally:
            probe.close()

    def unlock(self, secret: str) -> Me:
        """Prove who you are without the browser: the local PIN or passphrase (tries counted, `local_unlock`), or
        the cache passphrase where the cache is locked with one. Within the session limit this works online and
        offline; past it only when the access system cannot be reached (then a browser sign-in is the proof).
        Opens the cache, and closes it again unless the proof holds. Raises `WrongUnlockSecret`,
        `UnlockLockedOut`, `UnlockNotSet`, `SessionExpired`, or the cache's own errors."""
        if self.uses_cache_passphrase():
            self.close_store()
            store = self.open_store(secret)  # WrongKey for a wrong passphrase: nothing opens
        else:
            store = self.open_store()
        try:
            if not self.uses_cache_passphrase():
                state = local_unlock.state(store)
                if not state.is_set:
                    raise local_unlock.UnlockNotSet()
                if state.locked_out:
                    raise local_unlock.UnlockLockedOut()
            if self.session_expired() and self.server_reachable():
                raise SessionExpired(
                    "Your session has reached its daily limit and the 311 access system can be reached, so sign "
                    "in again with your browser. (Without a network, your PIN keeps you working offline.)",
                    code="session_expired_online",
                )
            if not self.uses_cache_passphrase():
                local_unlock.check(store, secret)
        except BaseException:
            self.close_store()
            raise
        me = self.me or store.me()
        if me is None:
            self.close_store()
            raise SignInRequired(
                "This PC has no signed-in account for this server yet. Sign in first.",
                code="no_account_for_server",
            )
        return me

    def _device_revoked(self) -> None:
        log.warning("device revoked by the server: removing this account's data from the PC")
        self.wipe()

    # ----------------------------------------------------------------------------------------------- cache
    def paths(self) -> CachePaths:
        if not self.user:
            raise SignInRequired(
                "Sign in first: Council Desk does not know which account's cases to open.", code="no_account_yet"
            )
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

    def forget_secrets(self) -> None:
        """The lock: no passphrase-derived secret stays in memory (the store, closed, took the key with it)."""
        with self._store_lock:
            self._passphrase = None
            self.tokens.forget_access_token()

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
        """Start-up / hourly / offline enforcement of the last policy seen (see `engine.enforce_policy`). On the
        date an announced end of access comes, what waits in the outbox is sent first if the server answers
        (best effort: offline the cases go all the same)."""
        store = self.open_store()
        held = store.me()
        if (
            held is not None
            and held.access_change is not None
            and store.outbox_count()
            and store.trusted_now(now) >= held.access_change.effective_at
        ):
            try:
                self.push_outbox()
            except KnownError as exc:
                log.info("access ended: the outbox could not be sent first (%s)", type(exc).__name__)
        return enforce_policy(store, now or dt.datetime.now(dt.UTC), wipe=self.wipe)

    # ----------------------------------------------------------------------------------------------- privacy
    def _engine(self) -> SyncEngine:
        store = self.open_store()
        assert self.audit is not None
        return SyncEngine(store, self.client, self.audit, wipe=self.wipe, page_limit=self.page_limit)

    def prove(self, pin: str | None = None) -> Me:
        """The app's lock, asked of a command that shows or writes cases from this PC (`letters`, `worklist`,
        `privacy`): a person at a locked, unattended PC must not get round it from a terminal. The proof is the
        cache passphrase where the cache is locked with one (given at construction), else the unlock PIN or
        passphrase (`unlock`: tries counted with the app's, five wrong and the key is dropped), else a fresh
        browser sign-in. Past the session's limit a reachable server wants the browser, as the app does."""
        if self.uses_cache_passphrase():
            return self.unlock(self._passphrase or "")  # none given: PassphraseRequired, nothing opens
        if pin is not None:
            return self.unlock(pin)
        asked_for = self.user
        me = self.sign_in()
        if asked_for and me.username != asked_for:
            # Someone else's sign-in proves nothing about this account: its cases stay shut.
            self.close_store()
            raise SignInRequired(
                "That sign-in was with another account than the one whose cases were asked for, so they stay "
                "shut. Sign in with that account, or give its unlock PIN.",
                code="proof_other_account",
            )
        return me

    def identity(self) -> Me:
        """Who is signed in here (the last `/v1/me` seen: works offline)."""
        me = self.me or self.open_store().me()
        if me is None:
            raise SignInRequired(
                "This PC has no signed-in identity for that server yet: sync first.", code="no_identity_yet"
            )
        return me

    def push_outbox(self, cancel: threading.Event | None = None) -> int:
        """Send what waits (follow-ups, requests, decisions) without pulling; returns how many went."""
        with self._sync_lock:
            return self._engine().push(cancel)

    def upload_audit(self, cancel: threading.Event | None = None) -> int:
        """Send the audit events the server has not acknowledged yet (e.g. right after an exigent disclosure)."""
        with self._sync_lock:
            return self._engine().upload_audit(cancel)

    def request_approval(self, req: ApprovalRequestIn) -> Approval:
        """Store and queue a case-by-case request (it goes with the next sync; works offline)."""
        me = self.identity()
        require(me.roles, "request_approval")
        return self.open_store().request_approval(
            req, requested_by=me.username, requested_by_name=me.display_name, district=me.district
        )

    def decide_approval(self, request_id: str, approve: bool, note: str = "", valid_days: int = 7) -> None:
        """A supervisor's decision, stored and queued (it goes with the next sync; works offline)."""
        me = self.identity()
        require(me.roles, "decide_approval")
        decision = ApprovalDecisionIn(
            id=uuid.uuid4(), decision="approve" if approve else "refuse", note=note, valid_days=valid_days
        )
        self.open_store().decide_approval(request_id, decision)

    def confirm_release(self, disclosure: Disclosure, cancel: threading.Event | None = None) -> ApprovalUse | None:
        """A case-by-case release: the server confirms and spends its approval (sync/disclosures.py)."""
        return disclosures.confirm(self.client, self.open_store(), self.identity(), disclosure, cancel)

    def flag_exigent(self, disclosure: Disclosure) -> bool:
        """An exigent disclosure was recorded: the audit log goes up now (best effort)."""
        return disclosures.flag_exigent(disclosure, self.upload_audit)

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
            if self.session_expired():
                # Past the absolute limit nothing goes to or comes from the server on this sign-in: a fresh
                # browser sign-in first (the outbox waits; nothing is lost).
                raise SessionExpired()
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
