"""One test against a real OS keyring: gnome-keyring's Secret Service in a private D-Bus session.

The child process creates a cache (its key goes to the Secret Service), the key is read back through
secretstorage directly, the cache reopens through the keyring, and no file beside the cache holds the key.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import keyring, secretstorage
    from pathlib import Path
    from council_desk.cache import keys
    from council_desk.cache.unlock import locate, unlock
    from tests.support.stores import fill

    server, user = "http://127.0.0.1:8765", "cw1"
    backend = keys.check_backend()
    print("backend", [type(b).__module__ for b in getattr(backend, "backends", [backend])])
    store = unlock(server, user)
    fill(store, 5)
    store.close()
    conn = secretstorage.dbus_init()
    items = list(secretstorage.search_items(conn, {"service": "council-desk-cache",
                                                   "username": keys.keyring_account(server, user)}))
    print("items", len(items))
    secret = items[0].get_secret().decode()
    assert len(bytes.fromhex(secret)) == 32
    assert keys.load_key(server, user) == bytes.fromhex(secret)
    again = unlock(server, user)
    print("cases", again.case_count())
    again.close()
    folder = locate(server, user).paths.folder
    for p in folder.iterdir():
        data = p.read_bytes()
        assert secret.encode() not in data and bytes.fromhex(secret) not in data, p.name
    keys.delete_key(server, user)
    print("after_delete", keys.load_key(server, user))
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian: dbus-x11/dbus-bin, gnome-keyring)",
)
def test_key_round_trips_through_secret_service(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "child.py").write_text(CHILD)
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "COUNCIL_DESK_DATA_DIR": str(tmp_path / "data"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    script = (
        "printf %s test-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "
        f"exec {sys.executable} {tmp_path / 'child.py'}"
    )
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert "keyring.backends.SecretService" in proc.stdout
    assert "items 1" in proc.stdout and "cases 5" in proc.stdout and "after_delete None" in proc.stdout
