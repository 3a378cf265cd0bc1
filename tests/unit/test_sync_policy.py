"""Offline policy enforcement, the cache key through `Session` (keyring or passphrase), and TLS refusal."""

from __future__ import annotations

import datetime as dt
import http.server
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from council_desk.api.models import Me, UpsertChange
from council_desk.cache.errors import KeyringUnavailable, WrongKey
from council_desk.cache.store import CaseStore
from council_desk.domain.errors import Offline, SignInRequired
from council_desk.sync.engine import LAST_CONTACT_META, enforce_policy
from council_desk.sync.errors import DeviceRevoked, TLSFailed
from council_desk.sync.http import RetryPolicy, Timeouts, Transport
from council_desk.sync.session import Session
from tests.support.keyrings import MemoryKeyring
from tests.support.records import feed_me, feed_upsert


def _me(**policy: object) -> Me:
    doc = feed_me()
    doc["policy"].update(policy)
    return Me.model_validate(doc)


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[CaseStore]:
    s = CaseStore.open(tmp_path / "c.db", b"p" * 32)
    yield s
    s.close()


NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


def test_offline_too_long_requires_sign_in(store: CaseStore) -> None:
    store.save_me(_me(max_offline_days=14))
    store.set_meta(LAST_CONTACT_META, (NOW - dt.timedelta(days=13)).isoformat())
    enforce_policy(store, NOW)  # within the limit: fine
    with pytest.raises(SignInRequired):
        enforce_policy(store, NOW + dt.timedelta(days=2))


def test_setting_the_clock_back_does_not_extend_the_offline_limit(store: CaseStore) -> None:
    """The offline limit counts on the cache's high-water mark of the PC clock: once the app has seen a day past
    the limit, setting the clock back to within it changes nothing."""
    store.save_me(_me(max_offline_days=14))
    store.set_meta(LAST_CONTACT_META, NOW.isoformat())
    with pytest.raises(SignInRequired):
        enforce_policy(store, NOW + dt.timedelta(days=15))
    with pytest.raises(SignInRequired):
        enforce_policy(store, NOW + dt.timedelta(days=5))  # the clock set back ten days


def test_unreadable_last_contact_fails_closed(store: CaseStore) -> None:
    store.save_me(_me())
    store.set_meta(LAST_CONTACT_META, "yesterday-ish")
    with pytest.raises(SignInRequired):
        enforce_policy(store, NOW)


def test_revoked_device_is_wiped_even_offline(store: CaseStore) -> None:
    store.save_me(_me(device_status="revoked"))
    wiped: list[bool] = []
    with pytest.raises(DeviceRevoked):
        enforce_policy(store, NOW, wipe=lambda: wiped.append(True))
    assert wiped == [True]


def test_retention_purges_offline(store: CaseStore) -> None:
    store.save_me(_me(retention_days_after_close=30))
    store.set_meta(LAST_CONTACT_META, NOW.isoformat())
    old = feed_upsert("41", 1)
    old["complaint"].update(status="closed", closed_datetime="2025-01-01T10:00:00-05:00")
    young = feed_upsert("42", 2)
    store.apply_complaint_page(
        [UpsertChange.model_validate(old), UpsertChange.model_validate(young)], [], "c2", snapshot=False
    )
    assert enforce_policy(store, NOW) == 1
    assert store.case("41") is None and store.case("42") is not None


def test_session_cache_key_from_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path))
    old = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        s = Session("http://127.0.0.1:9", user="cw07")
        assert not s.needs_passphrase()
        s.open_store()
        s.close()
        s2 = Session("http://127.0.0.1:9", user="cw07")
        s2.open_store()  # the same key from the keyring opens it again
        s2.close()
    finally:
        keyring.set_keyring(old)


def test_session_without_keyring_uses_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path))
    old = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        s = Session("http://127.0.0.1:9", user="cw07")
        assert s.needs_passphrase()
        with pytest.raises(KeyringUnavailable):
            s.open_store()
        s.open_store(passphrase="correct horse")
        s.close()
        with pytest.raises(WrongKey):
            Session("http://127.0.0.1:9", user="cw07", passphrase="wrong horse").open_store()
        s3 = Session("http://127.0.0.1:9", user="cw07", passphrase="correct horse")
        s3.open_store()
        s3.close()
        assert not list(tmp_path.rglob("*.key"))
    finally:
        keyring.set_keyring(old)


@pytest.fixture()
def tls_server(tmp_path: Path) -> Iterator[str]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_unknown_ca_is_refused_without_retry_storm(tls_server: str) -> None:
    t = Transport(tls_server, timeouts=Timeouts(1, 2, 3), retry=RetryPolicy(attempts=4, base_s=0.01))
    with pytest.raises(TLSFailed) as info:
        t.request("GET", "/v1/me", what="me")
    assert "certificate" in info.value.user_message
    assert t.attempts_made == 1
    # Not "offline": a certificate that does not verify may be someone in the middle, and is said so.
    assert not isinstance(info.value, Offline)
    assert "intercept" in info.value.user_message
