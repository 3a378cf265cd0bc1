"""Tokens: the access token in memory only, the refresh token in the OS keyring only (never on disk).

Both the refresh token and the remembered account go through `cache/vault.py`, which refuses a plaintext or absent
keyring: then the refresh token lives in this process's memory only (a sign-in that lasts until the app closes)
and the account is not remembered.

A refresh rotates the refresh token (RFC 9700); two threads that find the access token rejected at once cause
one refresh, not two (a second refresh with the already-rotated token would look like token theft to the server
and end the session). Sign-out revokes the refresh token and deletes it from the keyring.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable

from council_desk.api.models import TokenResponse
from council_desk.cache import vault
from council_desk.cache.errors import InsecureKeyring, KeyringUnavailable
from council_desk.domain.errors import KeyringProblem, KnownError, SignInRequired

from .auth import CLIENT_ID, ServerMetadata
from .errors import RequestRefused
from .http import Transport

log = logging.getLogger("council_desk.sync.tokens")

REFRESH_SERVICE = vault.Secret.REFRESH_TOKEN.value
LAST_USER_SERVICE = vault.Secret.LAST_USER.value
EXPIRY_MARGIN_S = 30.0


def refresh_key(server: str, user: str) -> str:
    """The keyring user name under which a refresh token is kept: `<server>|<user>`."""
    return vault.account(server, user)


def remembered_user(server: str) -> str | None:
    """The account last signed in to `server` on this PC (kept in the keyring, not in a settings file)."""
    try:
        return vault.read(vault.Secret.LAST_USER, vault.account(server))
    except KeyringProblem:
        return None


def remember_user(server: str, user: str | None) -> None:
    try:
        if user is None:
            vault.delete(vault.Secret.LAST_USER, vault.account(server))
        else:
            vault.write(vault.Secret.LAST_USER, vault.account(server), user)
    except KeyringProblem:
        log.info("could not remember the signed-in account in the keyring")


class TokenManager:
    """Holds the tokens for one (server, user). Thread-safe."""

    def __init__(
        self,
        transport: Transport,
        meta_provider: Callable[[], ServerMetadata],
        *,
        user: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._transport = transport
        self._meta = meta_provider
        self._clock = clock
        self._lock = threading.Lock()
        self.user = user
        self._access: str | None = None
        self._expires_at = 0.0
        # Bumped on every change of the access token; a caller that saw generation g and got a 401 asks for a
        # refresh "of g": if someone already refreshed, it just gets the new token.
        self.generation = 0
        # Only where the keyring cannot be used at all: kept for this process and never written anywhere.
        self._memory_refresh: str | None = None
        self.refresh_count = 0

    # ----------------------------------------------------------------------------------------------- state
    @property
    def server(self) -> str:
        return self._transport.server

    def has_refresh_token(self) -> bool:
        return self._read_refresh() is not None

    def accept(self, resp: TokenResponse, user: str) -> None:
        """Take the tokens from a completed sign-in for `user`."""
        with self._lock:
            self.user = user
            self._set(resp)
        remember_user(self.server, user)

    def current(self) -> tuple[int, str]:
        """(generation, access token), refreshing first if there is none or it is about to expire."""
        with self._lock:
            if self._access is not None and self._clock() < self._expires_at:
                return self.generation, self._access
            gen = self.generation
        return self.refresh(gen)

    def refresh(self, seen_generation: int) -> tuple[int, str]:
        """Refresh unless somebody already did since `seen_generation`. Raises SignInRequired if refused."""
        with self._lock:
            if self.generation != seen_generation and self._access is not None:
                return self.generation, self._access
            token = self._read_refresh()
            if token is None:
                raise SignInRequired()
            try:
                resp = self._transport.call(
                    "POST",
                    self._meta().token_endpoint,
                    TokenResponse,
                    what="token(refresh)",
                    idempotent=False,
                    form={"grant_type": "refresh_token", "refresh_token": token, "client_id": CLIENT_ID},
                )
            except RequestRefused as exc:
                if exc.status in (400, 401):
                    # invalid_grant: expired, revoked or reused. The stored token is worthless now.
                    log.info("refresh refused (%s); sign-in required", exc.server_code[:40])
                    self._delete_refresh()
                    self._access = None
                    raise SignInRequired() from None
                raise
            self.refresh_count += 1
            self._set(resp)
            assert self._access is not None
            return self.generation, self._access

    def sign_out(self) -> None:
        """Revoke the refresh token at the server (best effort) and forget all tokens locally."""
        with self._lock:
            token = self._read_refresh()
            self._access = None
            self.generation += 1
        if token is not None:
            try:
                meta = self._meta()
                if meta.revocation_endpoint:
                    self._transport.request(
                        "POST",
                        meta.revocation_endpoint,
                        what="revoke",
                        idempotent=True,
                        form={"token": token, "token_type_hint": "refresh_token", "client_id": CLIENT_ID},
                    )
            except KnownError as exc:
                # Offline sign-out must still forget the token locally; the server expires it in time.
                log.info("revocation did not reach the server (%s)", type(exc).__name__)
        with self._lock:
            self._delete_refresh()
        remember_user(self.server, None)

    def forget_all(self) -> None:
        """Drop every token held in memory (a wipe; the keyring's copy is removed by `vault.forget_account`)."""
        with self._lock:
            self._access = None
            self._memory_refresh = None
            self.generation += 1

    def forget_access_token(self) -> None:
        """Drop the in-memory access token (idle lock)."""
        with self._lock:
            self._access = None
            self.generation += 1

    # ----------------------------------------------------------------------------------------------- internals
    def _set(self, resp: TokenResponse) -> None:
        self._access = resp.access_token
        self._expires_at = self._clock() + max(1.0, resp.expires_in - EXPIRY_MARGIN_S)
        self.generation += 1
        if resp.refresh_token:
            self._write_refresh(resp.refresh_token)

    def _key(self) -> str:
        if not self.user:
            raise SignInRequired()
        return refresh_key(self.server, self.user)

    def _read_refresh(self) -> str | None:
        if self._memory_refresh is not None:
            return self._memory_refresh
        if not self.user:
            return None
        try:
            return vault.read(vault.Secret.REFRESH_TOKEN, self._key())
        except (KeyringUnavailable, InsecureKeyring):
            return None  # nothing can have been kept (or may be read from there): a new sign-in is needed

    def _write_refresh(self, token: str) -> None:
        try:
            vault.write(vault.Secret.REFRESH_TOKEN, self._key(), token)
            self._memory_refresh = None
        except KeyringProblem:
            # Never on disk, never in a plaintext keyring: the token lives only as long as this process.
            log.warning("no usable keyring: the sign-in lasts only until Council Desk closes")
            self._memory_refresh = token

    def _delete_refresh(self) -> None:
        self._memory_refresh = None
        if not self.user:
            return
        with contextlib.suppress(KeyringUnavailable):  # no keyring: nothing was kept in one
            vault.delete(vault.Secret.REFRESH_TOKEN, self._key())
