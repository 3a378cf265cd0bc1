"""Key management: keyring backends (refusing insecure ones), passphrase fallback, locked keyring, fingerprints."""

from __future__ import annotations

import stat

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from council_desk.cache import keys
from council_desk.cache.errors import (
    InsecureKeyring,
    KeyringLocked,
    KeyringUnavailable,
    PassphraseRequired,
    WrongKey,
)
from council_desk.cache.unlock import locate, unlock
from tests.support.keyrings import MemoryKeyring
from tests.support.stores import fill

SERVER = "http://127.0.0.1:8765/"
USER = "caseworker1"


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring without importing keyrings.alt."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class EncryptedLookingButAlt(MemoryKeyring):
    pass


EncryptedLookingButAlt.__module__ = "keyrings.alt.Windows"


@pytest.fixture()
def memkr(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture()
def nokr(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(before)


def test_backend_checks():
    assert isinstance(keys.check_backend(MemoryKeyring()), MemoryKeyring)
    with pytest.raises(KeyringUnavailable):
        keys.check_backend(keyring.backends.fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        keys.check_backend(keyring.backends.null.Keyring())
    with pytest.raises(InsecureKeyring):
        keys.check_backend(PlaintextKeyring())
    with pytest.raises(InsecureKeyring):
        keys.check_backend(EncryptedLookingButAlt())


def test_chainer_with_a_plaintext_member_is_refused():
    class Chain:  # shaped like keyring's ChainerBackend (whose `backends` is a class property)
        priority = 10

        def __init__(self, backends):
            self.backends = backends

    with pytest.raises(InsecureKeyring):
        keys.check_backend(Chain([MemoryKeyring(), PlaintextKeyring()]))
    with pytest.raises(KeyringUnavailable):
        keys.check_backend(Chain([]))
    with pytest.raises(KeyringUnavailable):
        keys.check_backend(Chain([keyring.backends.fail.Keyring()]))
    assert keys.check_backend(Chain([MemoryKeyring()]))


def test_plaintext_backend_never_receives_the_key(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    kr = PlaintextKeyring()
    keyring.set_keyring(kr)
    try:
        with pytest.raises(InsecureKeyring):
            unlock(SERVER, USER)
        assert kr.items == {}
        assert not locate(SERVER, USER).paths.db.exists()
    finally:
        keyring.set_keyring(before)


def test_keyring_key_created_stored_hex_and_reused(memkr):
    store = unlock(SERVER, USER)
    fill(store, 2)
    store.close()
    ((service, account), stored) = next(iter(memkr.items.items()))
    assert service == "council-desk-cache" and account == "http://127.0.0.1:8765|caseworker1"
    assert len(bytes.fromhex(stored)) == 32
    loc = locate(SERVER, USER)
    assert stat.S_IMODE(loc.paths.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(loc.paths.fingerprint.stat().st_mode) == 0o600
    assert stored not in loc.paths.fingerprint.read_text()
    # The key appears in no file beside the cache.
    for p in loc.paths.folder.iterdir():
        assert stored.encode() not in p.read_bytes()
        assert bytes.fromhex(stored) not in p.read_bytes()
    again = unlock(SERVER, USER)
    assert again.case_count() == 2
    again.close()


def test_locked_keyring_has_its_own_message(memkr):
    unlock(SERVER, USER).close()
    memkr.locked = True
    with pytest.raises(KeyringLocked) as exc:
        unlock(SERVER, USER)
    assert "locked" in exc.value.user_message.lower()
    assert exc.value.exit_code == 6


def test_no_keyring_asks_for_passphrase_and_explains(nokr):
    with pytest.raises(KeyringUnavailable) as exc:
        unlock(SERVER, USER)
    msg = exc.value.user_message.lower()
    assert "passphrase" in msg and "keyring" in msg
    assert not locate(SERVER, USER).paths.db.exists()
    store = unlock(SERVER, USER, passphrase="correct horse battery")
    fill(store, 3)
    store.close()
    loc = locate(SERVER, USER)
    assert loc.mode == "passphrase" and stat.S_IMODE(loc.paths.salt.stat().st_mode) == 0o600
    with pytest.raises(PassphraseRequired):
        unlock(SERVER, USER)
    with pytest.raises(WrongKey) as wrong:
        unlock(SERVER, USER, passphrase="wrong horse", set_aside_bad=True)
    assert wrong.value.set_aside_to is None  # a typo never sets the cache aside
    assert loc.paths.db.exists()
    reopened = unlock(SERVER, USER, passphrase="correct horse battery")
    assert reopened.case_count() == 3
    reopened.close()


def test_fingerprint_is_stable_and_key_specific():
    a, b = bytes(32), bytes([1]) * 32
    assert keys.fingerprint(a) == keys.fingerprint(a) != keys.fingerprint(b)
    assert len(keys.fingerprint(a)) == 32 and a.hex() not in keys.fingerprint(a)


def test_passphrase_derivation_depends_on_salt():
    k1 = keys.derive_passphrase_key("pw", b"s" * 16)
    assert len(k1) == 32 and k1 == keys.derive_passphrase_key("pw", b"s" * 16)
    assert k1 != keys.derive_passphrase_key("pw", b"t" * 16)


@pytest.mark.parametrize("phrase", ["short", "aaaaaaaaaa", " leading-space"])
def test_a_new_cache_passphrase_follows_the_same_rules_as_the_app(nokr, phrase: str) -> None:
    """The CLI (`sync --passphrase-stdin`) creates caches through `unlock`: it refuses what the app's passphrase
    dialog refuses (domain.secret_rules), and makes nothing."""
    from council_desk.cache.errors import WeakPassphrase

    with pytest.raises(WeakPassphrase):
        unlock(SERVER, USER, passphrase=phrase)
    assert not locate(SERVER, USER).paths.db.exists()
    store = unlock(SERVER, USER, passphrase="a sound passphrase")
    store.close()
