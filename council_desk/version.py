"""What is running: version, build, and the versions of the parts support asks about (Qt-free).

Help → About shows these (plus Qt's own version, asked of Qt there), the support bundle writes them to a file. The
build facts come from `build-info.json`, which the frozen build puts in the bundle (packaging/buildinfo.py); a
source checkout has none and says so.
"""

from __future__ import annotations

import json
import platform
from importlib import metadata

from council_desk import __version__
from council_desk.resources import bundle_root, frozen

__all__ = ["build_info", "build_text", "sqlcipher_versions", "versions"]

BUILD_INFO = "build-info.json"


def build_info() -> dict[str, str]:
    """The frozen build's facts (version, commit, built, platform); {} when running from source."""
    path = bundle_root() / BUILD_INFO
    if not frozen() or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"commit": "unreadable build-info.json"}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def build_text() -> str:
    """One line: `commit 1a2b3c4d5e, built 2026-…` for a packaged build, else `from source`."""
    info = build_info()
    if not info:
        return "from source (not a packaged build)"
    return f"commit {info.get('commit', '?')}, built {info.get('built', '?')}"


def sqlcipher_versions() -> tuple[str, str]:
    """(SQLCipher, SQLite) as the cache's own library reports them."""
    try:
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        try:
            cipher = conn.execute("PRAGMA cipher_version").fetchone()
            sqlite = conn.execute("SELECT sqlite_version()").fetchone()
        finally:
            conn.close()
        return (str(cipher[0]) if cipher else "none", str(sqlite[0]) if sqlite else "?")
    except Exception as exc:  # a broken install is exactly what support needs to see named
        return (f"unavailable ({type(exc).__name__})", "?")


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _keyring_backend() -> str:
    try:
        import keyring

        kr = keyring.get_keyring()
        inner = getattr(kr, "backends", None)
        found = inner if isinstance(inner, list | tuple) else [kr]
        return ", ".join(f"{type(b).__module__}.{type(b).__name__}" for b in found) or "none"
    except Exception as exc:
        return f"unavailable ({type(exc).__name__})"


def versions() -> dict[str, str]:
    """Everything support asks first, as label → text. No user, server or case data."""
    cipher, sqlite = sqlcipher_versions()
    return {
        "Council Desk": __version__,
        "Build": build_text(),
        "Packaged": "yes (frozen app)" if frozen() else "no (running from source)",
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Operating system": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "PySide6 / Qt": _dist_version("PySide6-Essentials"),
        "SQLCipher": cipher,
        "SQLite": sqlite,
        "reportlab": _dist_version("reportlab"),
        "keyring": _dist_version("keyring"),
        "Keyring backend": _keyring_backend(),
    }
