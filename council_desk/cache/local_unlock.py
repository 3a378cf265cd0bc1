"""The local unlock secret: a PIN (≥ 6 digits) or passphrase the caseworker chooses at first sign-in, which unlocks
the app after the idle lock, and offline after the session limit. The anchor is a password manager's lock: the
secret is never kept, only a slow verifier (scrypt, random salt) inside the encrypted cache; tries are limited.

The tries counter is raised, durably, *before* a try is checked and cleared only after a right one, so killing
the app in the middle of a wrong try does not give that try back (a smart card's retry counter works the same
way). After `MAX_TRIES` wrong tries the cache is locked out: only a fresh sign-in through the browser
(`clear_lockout`, called by the session after one) lets the PIN work again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

from council_desk.cache.store import CaseStore
from council_desk.domain.errors import SignInRequired, UsageError
from council_desk.domain.secret_rules import unlock_secret_problem

__all__ = [
    "MAX_TRIES",
    "UnlockLockedOut",
    "UnlockNotSet",
    "UnlockState",
    "WrongUnlockSecret",
    "check",
    "clear_lockout",
    "set_secret",
    "state",
]

MAX_TRIES = 5
_VERIFIER = "unlock.verifier"
_FAILURES = "unlock.failures"
_LOCKED_OUT = "unlock.locked_out"
# scrypt as for the cache passphrase: ~64 MiB and a few hundred ms a try, so the five tries cost nothing to a
# caseworker and an offline guesser with the file and its key gets ~3 tries a second per core.
_N, _R, _P, _LEN = 2**16, 8, 1, 32


class WrongUnlockSecret(UsageError):
    """A wrong PIN or passphrase; `tries_left` before the lockout."""

    code = "wrong_unlock_secret"

    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        plural = "try" if tries_left == 1 else "tries"
        super().__init__(
            f"That PIN or passphrase is not right. {tries_left} {plural} left before Council Desk asks you to "
            "sign in again with your browser.",
            # The app's catalogue (ui/error_text.py) has the last try and the others as two messages.
            code="wrong_unlock_secret_last" if tries_left == 1 else "wrong_unlock_secret",
            details=(str(tries_left),),
        )


class UnlockLockedOut(SignInRequired):
    code = "unlock_locked_out"
    default_message = (
        "Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your "
        "browser to unlock it (your work is saved)."
    )


class UnlockNotSet(SignInRequired):
    code = "unlock_not_set"
    default_message = (
        "No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and "
        "choose one; until then the cases here stay locked."
    )


@dataclass(frozen=True)
class UnlockState:
    is_set: bool
    failures: int
    locked_out: bool

    @property
    def tries_left(self) -> int:
        return 0 if self.locked_out else max(0, MAX_TRIES - self.failures)


def _derive(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=2 * 128 * _N * _R, dklen=_LEN
    )


def state(store: CaseStore) -> UnlockState:
    failures = store.get_meta(_FAILURES)
    return UnlockState(
        is_set=store.get_meta(_VERIFIER) is not None,
        failures=int(failures) if failures and failures.isdigit() else 0,
        locked_out=store.get_meta(_LOCKED_OUT) == "1",
    )


def set_secret(store: CaseStore, secret: str) -> None:
    """Choose (or change) the unlock secret: kept only as its verifier; tries and any lockout are cleared."""
    problem = unlock_secret_problem(secret)
    if problem is not None:
        raise UsageError(problem)
    salt = secrets.token_bytes(16)
    verifier = json.dumps(
        {
            "v": 1,
            "alg": "scrypt",
            "n": _N,
            "r": _R,
            "p": _P,
            "salt": salt.hex(),
            "hash": _derive(secret, salt).hex(),
        }
    )
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO meta(name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (_VERIFIER, verifier),
        )
        conn.execute("DELETE FROM meta WHERE name IN (?, ?)", (_FAILURES, _LOCKED_OUT))


def check(store: CaseStore, secret: str) -> None:
    """Return if `secret` is right; else raise `WrongUnlockSecret` (tries left), `UnlockLockedOut` or
    `UnlockNotSet`. Every try is counted durably before it is checked."""
    raw = store.get_meta(_VERIFIER)
    if raw is None:
        raise UnlockNotSet()
    before = state(store)
    if before.locked_out:
        raise UnlockLockedOut()
    failures = before.failures + 1
    store.set_meta(_FAILURES, str(failures))  # committed (synchronous=FULL) before the try is looked at
    try:
        doc = json.loads(raw)
        expected = bytes.fromhex(doc["hash"])
        salt = bytes.fromhex(doc["salt"])
        if (doc.get("alg"), doc.get("n"), doc.get("r"), doc.get("p")) != ("scrypt", _N, _R, _P):
            raise ValueError("unknown verifier parameters")
    except (ValueError, KeyError, TypeError):
        store.set_meta(_LOCKED_OUT, "1")  # a verifier that cannot be read is no way in: fail closed
        raise UnlockLockedOut() from None
    if hmac.compare_digest(_derive(secret, salt), expected):
        with store.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE name = ?", (_FAILURES,))
        return
    if failures >= MAX_TRIES:
        store.set_meta(_LOCKED_OUT, "1")
        raise UnlockLockedOut()
    raise WrongUnlockSecret(MAX_TRIES - failures)


def clear_lockout(store: CaseStore) -> None:
    """After a fresh sign-in through the browser: the PIN works again, with all its tries."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE name IN (?, ?)", (_FAILURES, _LOCKED_OUT))
