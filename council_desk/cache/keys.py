"""The cache key: 32 random bytes in the OS keyring, or derived from a caseworker passphrase when there is none.

The key never goes anywhere else (no file, no log, no setting); it reaches the keyring only through
`cache/vault.py`, which refuses plaintext backends for every secret. Beside the cache we keep only a fingerprint
(an HMAC of a fixed label under the key), so a later failure to open can be told apart: fingerprint differs →
wrong key; fingerprint matches → the file is damaged.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from council_desk.cache import vault
from council_desk.cache.errors import KeyringProblem
from council_desk.cache.paths import FINGERPRINT_NAME, private_file

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

KEYRING_SERVICE = vault.Secret.CACHE_KEY.value
KEY_BYTES = 32
FINGERPRINT_FILE = FINGERPRINT_NAME
_FP_LABEL = b"council-desk key fingerprint"
# scrypt: ~64 MiB and a few hundred ms on an office PC; the salt is random per cache and stored beside it.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1


def keyring_account(server: str, user: str) -> str:
    """The keyring user name for one cache: `<server>|<user>`."""
    return vault.account(server, user)


# Kept here under its old name: callers that only check the backend need not know the vault.
check_backend = vault.check_backend


def load_key(server: str, user: str) -> bytes | None:
    """The stored key for this cache, or None if the keyring holds none."""
    stored = vault.read(vault.Secret.CACHE_KEY, keyring_account(server, user))
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
    vault.write(vault.Secret.CACHE_KEY, keyring_account(server, user), key.hex())
    if load_key(server, user) != key:
        raise KeyringProblem(
            "The system keyring did not keep the case cache key. Call support.", code="cache_key_not_kept"
        )
    vault.remember_account(server, user)
    return key


def delete_key(server: str, user: str) -> None:
    """Remove the key from the keyring (crypto-shredding: the cache file becomes unreadable)."""
    vault.delete(vault.Secret.CACHE_KEY, keyring_account(server, user))


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
