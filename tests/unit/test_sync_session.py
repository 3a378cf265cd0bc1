"""The session opens the cache through the one unlock path the CLI and `council-desk cache` use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from council_desk.cache.errors import PassphraseRequired
from council_desk.cache.unlock import locate, unlock
from council_desk.sync.session import Session
from tests.support.keyrings import MemoryKeyring
from tests.support.stores import fill

SERVER = "http://127.0.0.1:9"  # never contacted: opening the cache works offline
USER = "cw07"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path))
    previous = keyring.get_keyring()
    yield tmp_path
    keyring.set_keyring(previous)


def test_passphrase_cache_opens_with_its_passphrase_once_a_keyring_exists(data_dir: Path) -> None:
    # Made on a PC without a keyring: the key comes from the caseworker's passphrase.
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = unlock(Session(SERVER, user=USER).server, USER, passphrase="correct horse")
    fill(store, 3)
    store.close()
    assert locate(Session(SERVER, user=USER).server, USER).mode == "passphrase"

    # Later a keyring is available: the cache is still a passphrase cache, not "key missing".
    keyring.set_keyring(MemoryKeyring())
    session = Session(SERVER, user=USER)
    assert session.needs_passphrase()
    with pytest.raises(PassphraseRequired):
        session.open_store()
    opened = session.open_store(passphrase="correct horse")
    with opened.reading() as conn:
        assert conn.execute("SELECT count(*) FROM complaints").fetchone()[0] == 3
    session.close_store()


def test_keyring_cache_is_created_and_reopened_without_a_passphrase(data_dir: Path) -> None:
    keyring.set_keyring(MemoryKeyring())
    session = Session(SERVER, user=USER)
    assert not session.needs_passphrase()
    fill(session.open_store(), 2)
    session.close_store()
    again = Session(SERVER, user=USER)
    with again.open_store().reading() as conn:
        assert conn.execute("SELECT count(*) FROM complaints").fetchone()[0] == 2
    again.close_store()
