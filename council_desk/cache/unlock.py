"""Find, unlock and open the cache of one (server, user): keyring key, or passphrase where there is no keyring.

Used by the sync session, the app and `council-desk cache`. Nothing here ever creates a cache over an existing
file: a missing key, a wrong key or a damaged file is reported (and, when the caller asks, the file is set aside
under a new name) — never overwritten, deleted or recreated in place.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from council_desk.cache import keys, vault
from council_desk.cache.db import count_unsent_at_risk
from council_desk.cache.errors import (
    CorruptCache,
    InsecureKeyring,
    KeyMissing,
    KeyringProblem,
    KeyringUnavailable,
    PassphraseRequired,
    WeakPassphrase,
    WrongKey,
)
from council_desk.cache.paths import CachePaths, cache_paths, data_root, set_aside
from council_desk.cache.store import CaseStore
from council_desk.domain.secret_rules import passphrase_problem

__all__ = ["CacheLocation", "cache_exists", "locate", "unlock", "wipe", "wipe_leftovers"]

log = logging.getLogger("council_desk.cache.unlock")

KeyMode = Literal["keyring", "passphrase"]


@dataclass(frozen=True)
class CacheLocation:
    server: str
    user: str
    paths: CachePaths

    @property
    def mode(self) -> KeyMode:
        """How this cache's key is kept: a salt file beside it means a passphrase-derived key."""
        return "passphrase" if self.paths.salt.exists() else "keyring"


def locate(server: str, user: str, root: Path | None = None) -> CacheLocation:
    return CacheLocation(server, user, cache_paths(server, user, root))


def cache_exists(loc: CacheLocation) -> bool:
    return any(p.exists() for p in (loc.paths.db, loc.paths.wal, loc.paths.shm))


def _keyring_key(loc: CacheLocation, exists: bool, create: bool) -> bytes:
    key = keys.load_key(loc.server, loc.user)
    if key is not None:
        return key
    if exists:
        err = KeyMissing()
        err.path = loc.paths.db
        raise err
    if not create:
        raise FileNotFoundError("no cache")
    return keys.create_key(loc.server, loc.user)


def unlock(
    server: str,
    user: str,
    *,
    passphrase: str | None = None,
    create: bool = True,
    set_aside_bad: bool = False,
    root: Path | None = None,
) -> CaseStore:
    """Open the cache for (server, user), creating it (and its key) only if no file of it exists.

    Raises KeyringUnavailable (no keyring: ask for a passphrase and call again with it), PassphraseRequired,
    KeyringLocked, InsecureKeyring, KeyMissing, WrongKey, CorruptCache. With `set_aside_bad=True`, a cache whose
    key is missing, whose keyring key does not fit, or whose file is damaged is renamed aside first (the error
    still propagates, with `set_aside_to` and `unsent_at_risk` filled in); a wrong *passphrase* never sets aside.
    """
    loc = locate(server, user, root)
    exists = cache_exists(loc)
    if not exists and not create:
        raise FileNotFoundError("no cache")
    mode = loc.mode
    new_salt: bytes | None = None
    key: bytes | None = None
    try:
        if mode == "keyring":
            try:
                key = _keyring_key(loc, exists, create)
            except (KeyringUnavailable, InsecureKeyring):
                if exists:
                    raise KeyringProblem(
                        "The case cache on this PC is locked with a key kept in the system keyring, and that "
                        "keyring cannot be used now. Sign in to the PC normally (so the keyring starts) and try "
                        "again, or call support.",
                        code="keyring_gone_for_cache",
                    ) from None
                if passphrase is None:
                    raise
                problem = passphrase_problem(passphrase)
                if problem is not None:  # the app's passphrase dialog refuses the same (domain.secret_rules)
                    raise WeakPassphrase(
                        f"That cache passphrase cannot be used: {problem}",
                        code="weak_passphrase_rule",
                        details=(problem,),
                    ) from None
                mode, new_salt = "passphrase", keys.new_salt()
        if mode == "passphrase":
            if passphrase is None:
                raise PassphraseRequired()
            salt = new_salt if new_salt is not None else keys.read_salt(loc.paths.salt)
            if salt is None:
                raise KeyringProblem(
                    "The cache passphrase record is damaged, so the cache cannot be unlocked.",
                    code="passphrase_record_damaged",
                )
            key = keys.derive_passphrase_key(passphrase, salt)
        assert key is not None
        loc.paths.ensure_folder()
        if new_salt is not None:
            # The salt goes down before the database so a crash in between leaves an openable pair.
            keys.write_salt(loc.paths.salt, new_salt)
        return CaseStore.open(loc.paths.db, key, create=not exists)
    except (WrongKey, CorruptCache, KeyMissing) as err:
        fp_ok = key is not None and keys.read_fingerprint(loc.paths.fingerprint) == keys.fingerprint(key)
        err.path = loc.paths.db
        err.unsent_at_risk = count_unsent_at_risk(loc.paths.db, key if fp_ok else None)
        typo = isinstance(err, WrongKey) and mode == "passphrase"
        if set_aside_bad and not typo:
            err.set_aside_to = set_aside(loc.paths.db)
            log.warning("cache set aside: %s", type(err).__name__)
        raise


def wipe(server: str, user: str, *, root: Path | None = None) -> list[Path]:
    """Remove this (server, user) from the PC: every secret it has in the keyring (cache key, refresh token, the
    remembered account: `vault.forget_account`), then every file of its cache folder (the cache, its WAL, the
    key fingerprint and salt, and any copy set aside earlier). Returns the files removed.

    Only call after an explicit confirmation (or for a device the server revoked). A keyring that cannot be
    reached does not stop the files from being deleted: without the files the key opens nothing."""
    loc = locate(server, user, root)
    vault.forget_account(server, user)
    removed: list[Path] = []
    if loc.paths.folder.is_dir():
        for p in sorted(loc.paths.folder.iterdir()):
            if p.is_file() or p.is_symlink():
                p.unlink()
                removed.append(p)
    with contextlib.suppress(OSError):
        loc.paths.folder.rmdir()
    log.info("local data removed (%d files)", len(removed))
    return removed


def wipe_leftovers(root: Path | None = None) -> int:
    """Delete every cache folder still under the data folder, set-aside copies included; returns how many.

    For "remove every account's data from this PC" after each known account was wiped by `wipe` (through
    `Session.sign_out(remove_data=True)`): what is left is a cache whose account nobody can name any more (its
    key was kept with a passphrase, or the keyring lost the list), and without its files its key is useless."""
    base = root or data_root()
    removed = 0
    for folder in sorted(base.glob("cache-*")):
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            if p.is_file() or p.is_symlink():
                p.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()
        removed += 1
    return removed
