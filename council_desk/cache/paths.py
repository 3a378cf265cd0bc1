"""Where each (server, user) cache lives: one private folder per pair under the platform's user data folder.

The folder name is a hash, so neither the server URL nor the user name shows up in file listings or backups'
file names. `COUNCIL_DESK_DATA_DIR` overrides the base folder (tests never touch the real home).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

__all__ = ["CachePaths", "cache_paths", "data_root", "private_file", "set_aside"]

DB_NAME = "cache.db"
FINGERPRINT_NAME = "cache.keyfp"
SALT_NAME = "cache.salt"


def data_root() -> Path:
    """The base folder for all caches on this PC (per OS user)."""
    override = os.environ.get("COUNCIL_DESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("CouncilDesk", appauthor=False))


def normalise_server(server: str) -> str:
    """One spelling per server, so 'http://127.0.0.1:8000/' and 'http://127.0.0.1:8000' share a cache."""
    return server.strip().rstrip("/").lower()


@dataclass(frozen=True)
class CachePaths:
    """The files of one cache. `db` plus SQLite's `-wal`/`-shm`, the key fingerprint and (passphrase mode) salt."""

    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def wal(self) -> Path:
        return self.folder / (DB_NAME + "-wal")

    @property
    def shm(self) -> Path:
        return self.folder / (DB_NAME + "-shm")

    @property
    def fingerprint(self) -> Path:
        return self.folder / FINGERPRINT_NAME

    @property
    def salt(self) -> Path:
        return self.folder / SALT_NAME

    def all_files(self) -> list[Path]:
        return [self.db, self.wal, self.shm, self.fingerprint, self.salt]

    def ensure_folder(self) -> None:
        """Create the folder (and the base) private to this OS user: 0700."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.folder, 0o700)


def cache_paths(server: str, user: str, root: Path | None = None) -> CachePaths:
    """The cache folder for this server and user (not created)."""
    digest = hashlib.sha256(f"{normalise_server(server)}\n{user}".encode()).hexdigest()[:24]
    return CachePaths((root or data_root()) / f"cache-{digest}")


def private_file(path: Path) -> None:
    """Make an existing file readable and writable by this OS user only (0600); missing files are ignored."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def set_aside(path: Path) -> Path:
    """Rename a cache database (and its -wal/-shm/fingerprint/salt) with a timestamp suffix; never deletes.

    Returns the new path of the database file. Used when the key is missing or wrong or the file is corrupt, so a
    fresh cache can be synced without destroying what might still be recovered.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.set-aside-{stamp}")
    companions = [
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(FINGERPRINT_NAME),
        path.with_name(SALT_NAME),
    ]
    if path.exists():
        path.rename(target)
    for extra in companions:
        if extra.exists():
            extra.rename(extra.with_name(f"{extra.name}.set-aside-{stamp}"))
    return target
