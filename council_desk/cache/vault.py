"""One guarded home for every secret Council Desk keeps on a PC: the cache key, the refresh token and the account
last signed in. Nothing else reads or writes the OS keyring.

Every call first checks the keyring backend and refuses a plaintext or absent one (`InsecureKeyring`,
`KeyringUnavailable`): a keyring library that silently falls back to a plaintext file is one of the failures
RELIABILITY.md names, and the refusal must hold for every secret, not only the cache key (a refresh token written
to such a file is a sign-in anyone with the PC can use). Backend errors become the cache's known errors, so the
CLI and the app explain them the same way. `forget_account` removes every secret of one (server, user) — the one
place "remove data from this PC", a revoked device and `council-desk cache wipe` come to.

The unlock PIN is not kept here: only its slow verifier, inside the encrypted cache (cache/local_unlock.py).
"""

from __future__ import annotations

import enum
import json
import logging

import keyring
import keyring.backend
import keyring.errors

from council_desk.cache.errors import InsecureKeyring, KeyringLocked, KeyringProblem, KeyringUnavailable
from council_desk.cache.paths import normalise_server

__all__ = [
    "Secret",
    "account",
    "check_backend",
    "delete",
    "forget_account",
    "known_accounts",
    "read",
    "remember_account",
    "write",
]

log = logging.getLogger("council_desk.cache.vault")


class Secret(enum.StrEnum):
    """The kinds of secret, each under its own keyring service name."""

    CACHE_KEY = "council-desk-cache"  # 32 random bytes, hex: the SQLCipher key of one cache
    REFRESH_TOKEN = "council-desk-refresh"  # noqa: S105 -- a keyring service name, not a secret; the OAuth refresh token of one sign-in
    LAST_USER = "council-desk-last-user"  # the account last signed in to a server (keyed by server alone)
    # Not a secret, but it must live beside them: the (server, user) pairs that have a cache key here. keyring
    # cannot list its entries on every platform (macOS Keychain, Windows Credential Manager) and cache folders are
    # named by a hash, so "remove every account's data from this PC" (the uninstaller) reads this list.
    ACCOUNTS = "council-desk-accounts"


_ACCOUNTS_NAME = "caches"


# Backends that keep secrets unencrypted or do not keep them at all. Matched on module/class name so that
# keyrings.alt never needs to be imported (it must not ship at run time).
_INSECURE_MODULE_PREFIXES = ("keyrings.alt",)
_INSECURE_CLASS_WORDS = ("plaintext", "uncrypted", "unencrypted")
_NO_KEYRING_MODULES = ("keyring.backends.fail", "keyring.backends.null")


def account(server: str, user: str | None = None) -> str:
    """The keyring user name: `<server>|<user>`, or the server alone for `LAST_USER`. One spelling per server."""
    base = normalise_server(server)
    return base if user is None else f"{base}|{user}"


def _backends(kr: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    inner = getattr(kr, "backends", None)  # keyring.backends.chainer.ChainerBackend
    if isinstance(inner, list | tuple):
        return list(inner)
    return [kr]


def check_backend(kr: keyring.backend.KeyringBackend | None = None) -> keyring.backend.KeyringBackend:
    """Return the active keyring if it is a real, encrypted OS keyring; raise otherwise.

    `KeyringUnavailable` for no backend (fail / null / empty chain / priority ≤ 0), `InsecureKeyring` for a
    plaintext one (anywhere in a chain: the chain may write to it). Anything ambiguous is refused.
    """
    kr = kr or keyring.get_keyring()
    found = _backends(kr)
    if not found:
        raise KeyringUnavailable()
    for backend in found:
        cls = type(backend)
        module = cls.__module__
        name = cls.__name__.lower()
        if module.startswith(_INSECURE_MODULE_PREFIXES) or any(w in name for w in _INSECURE_CLASS_WORDS):
            raise InsecureKeyring()
    for backend in found:
        module = type(backend).__module__
        if module.startswith(_NO_KEYRING_MODULES):
            raise KeyringUnavailable()
        try:
            priority = float(backend.priority)
        except Exception:  # a backend that cannot even say whether it works is not one to trust
            raise KeyringUnavailable() from None
        if priority <= 0:
            raise KeyringUnavailable()
    return kr


def _call(fn_name: str, *args: str) -> str | None:
    try:
        kr = check_backend()
    except InsecureKeyring:
        if fn_name != "delete_password":
            raise
        # Removing is always allowed: it can only take a secret out of a plaintext store (an older version's).
        kr = keyring.get_keyring()
    try:
        result = getattr(kr, fn_name)(*args)
    except keyring.errors.KeyringLocked:
        raise KeyringLocked() from None
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailable() from None
    except keyring.errors.PasswordDeleteError:
        return None
    except Exception as exc:
        # Lock errors from the Secret Service arrive under several names; say "locked" when it is one.
        if "lock" in type(exc).__name__.lower():
            raise KeyringLocked() from None
        log.warning("keyring %s failed: %s", fn_name, type(exc).__name__)
        raise KeyringProblem() from None
    return result if isinstance(result, str) else None


def read(kind: Secret, name: str) -> str | None:
    """The secret of this kind under `name` (see `account`), or None if the keyring holds none."""
    return _call("get_password", kind.value, name)


def write(kind: Secret, name: str, value: str) -> None:
    """Keep a secret; raises a `KeyringProblem` (never writes anywhere else)."""
    _call("set_password", kind.value, name, value)


def delete(kind: Secret, name: str) -> None:
    """Remove a secret; one that is not there is not an error."""
    _call("delete_password", kind.value, name)


def forget_account(server: str, user: str) -> list[Secret]:
    """Remove every secret of (server, user): its cache key, its refresh token, and the remembered account when it
    names this user. Each is tried even if another fails; returns the kinds that could NOT be removed (a locked
    or missing keyring), so the caller can say so. The cache files are the caller's to delete in any case:
    without them the key opens nothing."""
    failed: list[Secret] = []
    for kind, name in ((Secret.CACHE_KEY, account(server, user)), (Secret.REFRESH_TOKEN, account(server, user))):
        try:
            delete(kind, name)
        except KeyringUnavailable:
            pass  # no keyring: nothing of this kind can have been kept in one
        except KeyringProblem:
            failed.append(kind)
    try:
        if read(Secret.LAST_USER, account(server)) == user:
            delete(Secret.LAST_USER, account(server))
    except KeyringUnavailable:
        pass
    except KeyringProblem:
        failed.append(Secret.LAST_USER)
    try:
        _update_accounts(server, user, add=False)
    except KeyringUnavailable:
        pass
    except KeyringProblem:
        failed.append(Secret.ACCOUNTS)
    if failed:
        log.warning("could not remove %d secret(s) from the keyring", len(failed))
    return failed


def known_accounts() -> list[tuple[str, str]]:
    """Every (server, user) whose cache key was kept in this keyring and not yet forgotten."""
    stored = read(Secret.ACCOUNTS, _ACCOUNTS_NAME)
    try:
        pairs = json.loads(stored) if stored else []
    except ValueError:
        return []
    return [(str(p[0]), str(p[1])) for p in pairs if isinstance(p, list) and len(p) == 2]


def remember_account(server: str, user: str) -> None:
    """Add (server, user) to the list, best effort: the list only helps remove everything later, and a keyring
    that keeps the key but not the list must not fail a sign-in (the uninstaller also deletes cache folders it
    cannot name)."""
    try:
        _update_accounts(server, user, add=True)
    except KeyringProblem as exc:
        log.warning("the keyring's list of caches was not updated (%s)", type(exc).__name__)


def _update_accounts(server: str, user: str, *, add: bool) -> None:
    pair = (normalise_server(server), user)
    pairs = [p for p in known_accounts() if p != pair] + ([pair] if add else [])
    if pairs:
        write(Secret.ACCOUNTS, _ACCOUNTS_NAME, json.dumps(pairs))
    else:
        delete(Secret.ACCOUNTS, _ACCOUNTS_NAME)
