"""The cache key: 32 random bytes in the OS keyring, or derived from a caseworker passphrase when there is none.

The key never goes anywhere else (no file, no log, no setting). Beside the cache we keep only a fingerprint
(an HMAC of a fixed label under the key), so a later failure to open can be told apart: fingerprint differs →
wrong key; fingerprint matches → the file is damaged. Plaintext keyring backends are refused outright: a keyring
library that silently falls back to a plaintext file is one of the failures RELIABILITY.md names.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from council_desk.cache.errors import InsecureKeyring, KeyringLocked, KeyringProblem, KeyringUnavailable
from council_desk.cache.paths import FINGERPRINT_NAME, normalise_server, private_file

__all__ = [
    "KEYRING_SERVICE",
    "check_backend",
    "create_key",
    "delete_key",
    "derive_passphrase_key",
    "fingerprint",
    "keyring_account",
    "load_key",
    "new_salt",
    "read_fingerprint",
    "read_salt",
    "write_fingerprint",
    "write_salt",
]

log = logging.getLogger("council_desk.cache.keys")

KEYRING_SERVICE = "council-desk-cache"
KEY_BYTES = 32
FINGERPRINT_FILE = FINGERPRINT_NAME
_FP_LABEL = b"council-desk key fingerprint"
# scrypt: ~64 MiB and a few hundred ms on an office PC; the salt is random per cache and stored beside it.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1

# Backends that keep secrets unencrypted or do not keep them at all. Matched on module/class name so that
# keyrings.alt never needs to be imported (it must not ship at run time).
_INSECURE_MODULE_PREFIXES = ("keyrings.alt",)
_INSECURE_CLASS_WORDS = ("plaintext", "uncrypted", "unencrypted")
_NO_KEYRING_MODULES = ("keyring.backends.fail", "keyring.backends.null")


def keyring_account(server: str, user: str) -> str:
    """The keyring user name for one cache: `<server>|<user>`."""
    return f"{normalise_server(server)}|{user}"


def _backends(kr: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    inner = getattr(kr, "backends", None)  # keyring.backends.chainer.ChainerBackend
    if isinstance(inner, list | tuple):
        return list(inner)
    return [kr]


def check_backend(kr: keyring.backend.KeyringBackend | None = None) -> keyring.backend.KeyringBackend:
    """Return the active keyring if it is a real, encrypted OS keyring; raise otherwise.

    `KeyringUnavailable` for no backend (fail / null / empty chain / priority ≤ 0), `InsecureKeyring` for a
    plaintext one. Anything ambiguous is refused.
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


def _call_keyring(fn_name: str, *args: str) -> str | None:
    kr = check_backend()
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


def load_key(server: str, user: str) -> bytes | None:
    """The stored key for this cache, or None if the keyring holds none."""
    stored = _call_keyring("get_password", KEYRING_SERVICE, keyring_account(server, user))
    if stored is None:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyringProblem(
            "The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support.",
            code="cache_key_damaged",
        )
    return key


def create_key(server: str, user: str) -> bytes:
    """Make a new random key and store it in the keyring (hex). Only for a cache that does not exist yet."""
    key = secrets.token_bytes(KEY_BYTES)
    _call_keyring("set_password", KEYRING_SERVICE, keyring_account(server, user), key.hex())
    if load_key(server, user) != key:
        raise KeyringProblem("The system keyring did not keep the case cache key. Call support.",
                             code="cache_key_not_kept")
    return key


def delete_key(server: str, user: str) -> None:
    """Remove the key from the keyring (crypto-shredding: the cache file becomes unreadable)."""
    _call_keyring("delete_password", KEYRING_SERVICE, keyring_account(server, user))


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def derive_passphrase_key(passphrase: str, salt: bytes) -> bytes:
    """A 32-byte cache key from a caseworker passphrase (scrypt, random per-cache salt)."""
    if not passphrase:
        raise KeyringProblem("The cache passphrase cannot be empty.", code="passphrase_empty")
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=2 * 128 * SCRYPT_N * SCRYPT_R,
        dklen=KEY_BYTES,
    )


def fingerprint(key: bytes) -> str:
    """HMAC-SHA256(key, label), first 16 bytes in hex: identifies a key without revealing it."""
    return hmac.new(key, _FP_LABEL, hashlib.sha256).hexdigest()[:32]


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    private_file(path)


def write_fingerprint(path: Path, key: bytes) -> None:
    _write_private(path, fingerprint(key).encode("ascii") + b"\n")


def read_fingerprint(path: Path) -> str | None:
    try:
        return path.read_text("ascii").strip() or None
    except (FileNotFoundError, UnicodeDecodeError):
        return None


def write_salt(path: Path, salt: bytes) -> None:
    _write_private(path, salt.hex().encode("ascii") + b"\n")


def read_salt(path: Path) -> bytes | None:
    try:
        return bytes.fromhex(path.read_text("ascii").strip())
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return None
