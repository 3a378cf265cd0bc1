"""The lock is a lock (issue 11 item 1): unlocking and opening the cases offline need the caseworker's proof of
identity, against real caches and the real unlock verifier. Before, Unlock reopened everything with one click and
"Open offline" opened the cache with no credential at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from council_desk.cache import local_unlock, vault
from council_desk.cache.unlock import unlock as open_cache
from council_desk.ui.main_window import MainWindow
from council_desk.ui.qt import Qt
from council_desk.ui.settings import SERVER_URL, Settings
from council_desk.ui.signin import SignInWindow
from tests.support.keys import type_text
from tests.support.records import app_me
from tests.support.stores import TEST_PIN


def _locked_window(qtbot: Any, backend: Any) -> MainWindow:
    win = MainWindow(backend, idle_ms=600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
        win.start(sync=False)
    with qtbot.waitSignal(win.locked, timeout=10_000):
        win.lock()
    qtbot.waitUntil(lambda: backend.store is None, timeout=10_000)  # the key is out of memory
    return win


def _try(qtbot: Any, win: MainWindow, secret: str) -> None:
    type_text(qtbot, win.lock_screen.secret, secret)
    with qtbot.waitSignal(win.unlock_refused, timeout=30_000):
        qtbot.keyClick(win.lock_screen.secret, Qt.Key.Key_Return)


def test_unlock_needs_the_pin_not_a_click(qtbot: Any, backend_factory: Any) -> None:
    backend = backend_factory(50)
    win = _locked_window(qtbot, backend)
    with qtbot.assertNotEmitted(win.unlocked, wait=1500):
        qtbot.mouseClick(win.lock_screen.unlock, Qt.MouseButton.LeftButton)
    assert backend.store is None and win.is_locked
    _try(qtbot, win, "951357")
    assert backend.store is None and win.is_locked  # a wrong PIN opens nothing
    assert "4 tries left" in win.lock_screen.message.text()
    type_text(qtbot, win.lock_screen.secret, TEST_PIN)
    with qtbot.waitSignal(win.unlocked, timeout=30_000):
        qtbot.mouseClick(win.lock_screen.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.model.rowCount() == 50, timeout=10_000)
    assert not win.is_locked


def test_five_wrong_tries_lock_the_pin_out_until_a_browser_sign_in(qtbot: Any, backend_factory: Any) -> None:
    backend = backend_factory(20)
    win = _locked_window(qtbot, backend)
    for n in range(4):
        _try(qtbot, win, f"90817{n}")
        assert f"{4 - n} tr" in win.lock_screen.message.text()
    _try(qtbot, win, "908174")
    assert win.lock_screen.locked_out
    assert not win.lock_screen.secret.isVisible() and win.lock_screen.sign_in.isVisible()
    assert backend.store is None
    # The right PIN no longer opens it: only a browser sign-in (which clears the lockout) does.
    with pytest.raises(local_unlock.UnlockLockedOut):
        backend.unlock(TEST_PIN)
    assert backend.store is None


def test_the_session_limit_locks_with_sign_in_offered_first(qtbot: Any, backend_factory: Any) -> None:
    backend = backend_factory(20)
    backend.session_ms = 200  # the session began 12 hours ago, before this window
    win = MainWindow(backend, idle_ms=600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.locked, timeout=10_000):
        win.start(sync=False)
    assert win.lock_screen.sign_in.isVisible()
    assert "daily limit" in win.lock_screen.why.text()
    qtbot.waitUntil(lambda: backend.store is None, timeout=10_000)


def _offline_ready_cache(tmp_path: Path, server: str) -> None:
    """A cache on this PC for `server`, as a first sign-in leaves it (remembered account, key in the keyring,
    identity and policy, an unlock PIN chosen), whose session began 13 hours ago."""
    store = open_cache(server, "caseworker7")
    store.save_me(app_me())
    started = dt.datetime.now(dt.UTC) - dt.timedelta(hours=13)
    store.set_meta("auth.fresh_at", started.isoformat())
    store.set_meta("sync.last_server_contact", started.isoformat())
    local_unlock.set_secret(store, TEST_PIN)
    store.close()
    vault.write(vault.Secret.LAST_USER, vault.account(server), "caseworker7")


def test_opening_offline_after_the_session_limit_needs_the_pin(qtbot: Any, tmp_path: Path) -> None:
    from council_desk.ui.session_backend import SessionBackend

    server = "http://127.0.0.1:9"  # nothing listens: offline
    _offline_ready_cache(tmp_path, server)
    settings = Settings()
    settings.set(SERVER_URL, server)
    backend = SessionBackend(server)
    win = SignInWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.offline_button.isEnabled()
    with qtbot.assertNotEmitted(win.opened_offline, wait=1500):
        qtbot.mouseClick(win.offline_button, Qt.MouseButton.LeftButton)
    assert backend.store is None
    type_text(qtbot, win.offline_secret, "135790")
    with qtbot.waitSignal(win.secret_refused, timeout=30_000):
        qtbot.mouseClick(win.offline_open, Qt.MouseButton.LeftButton)
    assert backend.store is None and "4 tries left" in win.offline_message.text()
    type_text(qtbot, win.offline_secret, TEST_PIN)
    with qtbot.waitSignal(win.opened_offline, timeout=30_000):
        qtbot.mouseClick(win.offline_open, Qt.MouseButton.LeftButton)
    assert backend.store is not None
    backend.close_store()
