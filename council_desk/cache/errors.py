"""Known failures of the cache, each with a plain message and the CLI exit code of INTERFACES.md."""

from __future__ import annotations

from pathlib import Path

from council_desk.domain.errors import CacheProblem, KeyringProblem, NotSaved, PrivacyHalt, UsageError

__all__ = [
    "CacheProblem",
    "CacheSelfTestFailed",
    "CacheUnwritable",
    "CorruptCache",
    "InsecureKeyring",
    "KeyMissing",
    "KeyringLocked",
    "KeyringProblem",
    "KeyringUnavailable",
    "NotSaved",
    "PassphraseRequired",
    "StoreClosed",
    "StoreRefusedRecord",
    "UnstorableRecord",
    "WeakPassphrase",
    "WrongKey",
]


class _AtPath:
    """Mixin: the cache file concerned and, once known, how many unsent items are at risk (None = unknown)."""

    path: Path | None = None
    unsent_at_risk: int | None = None
    set_aside_to: Path | None = None


class WrongKey(_AtPath, CacheProblem):
    code = "cache_wrong_key"
    default_message = (
        "The case cache on this PC is locked with a different key than the one available now "
        "(a wrong passphrase, or the keyring entry was replaced). Nothing was changed. "
        "Try the passphrase again, or ask support to set the old cache aside and sync a fresh copy."
    )


class KeyMissing(_AtPath, CacheProblem):
    code = "cache_key_missing"
    default_message = (
        "The key for the case cache on this PC is missing from the system keyring, so the cache cannot be "
        "opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost."
    )


class CorruptCache(_AtPath, CacheProblem):
    code = "cache_corrupt"
    default_message = (
        "The case cache file on this PC is damaged or was altered, so no data from it is shown. "
        "It will be set aside (not deleted) and a fresh copy synced from the 311 access system."
    )


class CacheUnwritable(_AtPath, CacheProblem):
    code = "cache_unwritable"
    default_message = (
        "The case cache cannot be opened because its folder cannot be written (read-only, no permission, or "
        "the disk is full). Nothing was changed. Free some disk space or ask support to check the folder."
    )


class CacheSelfTestFailed(CacheProblem):
    code = "cache_self_test_failed"
    default_message = (
        "The case cache failed its safety self-test (encryption or secure settings are not active), "
        "so Council Desk will not use it. Reinstall Council Desk or call support."
    )


class KeyringUnavailable(KeyringProblem):
    code = "keyring_unavailable"
    default_message = (
        "This PC has no usable system keyring to keep the case cache key in. "
        "You need to choose a cache passphrase instead: the cache is always encrypted, and without a keyring "
        "the passphrase is the only way to unlock it. Council Desk never stores the key in a plain file."
    )


class PassphraseRequired(KeyringProblem):
    code = "passphrase_required"
    default_message = "This case cache is locked with a cache passphrase. Enter the passphrase to open it."


class WeakPassphrase(UsageError):
    """A new cache passphrase that breaks `domain.secret_rules` (the app's dialog applies the same rules)."""

    code = "weak_passphrase"
    default_message = "That cache passphrase is too weak."


class KeyringLocked(KeyringProblem):
    code = "keyring_locked"
    default_message = (
        "The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). "
        "Unlock your keyring (usually by signing in to the PC again) and try once more."
    )


class InsecureKeyring(KeyringProblem):
    code = "keyring_insecure"
    default_message = (
        "The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. "
        "Use a cache passphrase instead, or ask support to set up the system keyring."
    )


class StoreClosed(CacheProblem):
    """Work reached the cache after it was closed (locked, signed out, quitting). Background work that meets it
    was started before the close and its answer is no longer wanted: the UI drops it quietly."""

    code = "store_closed"
    default_message = "The case cache is closed (Council Desk was locked or signed out). Open it again to go on."


class StoreRefusedRecord(PrivacyHalt):
    """The store's own last-line check found a record the office may not hold; the whole page was refused."""

    code = "store_refused_record"


class UnstorableRecord(ValueError):
    """A record holds text that cannot be stored exactly (e.g. lone surrogates): rejected deterministically."""


def not_saved(detail: str = "", *, code: str | None = None) -> NotSaved:
    """A NotSaved with the standard message; `detail` is a non-personal hint such as 'disk full', and `code`
    names the message with that hint (for its translation)."""
    msg = NotSaved.default_message
    if detail:
        msg = f"{msg} ({detail})"
    return NotSaved(msg, code=code)
