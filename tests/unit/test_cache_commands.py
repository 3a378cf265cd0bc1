"""`council-desk cache info | verify | wipe`: plain output without personal data, exit codes, crypto-shredding."""

from __future__ import annotations

import keyring
import pytest

from council_desk.cache import keys
from council_desk.cache.schema import LATEST_VERSION
from council_desk.cache.unlock import locate, unlock
from council_desk.cli import main
from tests.support.keyrings import MemoryKeyring
from tests.support.records import followup_in
from tests.support.stores import fill

SERVER = "http://127.0.0.1:8765"
USER = "cw1"


@pytest.fixture()
def memkr(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


@pytest.fixture()
def cache(memkr):
    s = unlock(SERVER, USER)
    fill(s, 12)
    s.add_followup(followup_in(1, text="private words"))
    s.close()
    return locate(SERVER, USER)


def test_info_prints_counts_without_personal_data(cache, capsys):
    assert main(["cache", "info", "--server", SERVER, "--user", USER]) == 0
    out = capsys.readouterr().out
    assert "Cases:          12" in out and "Unsent items:   1" in out
    assert f"Schema version: {LATEST_VERSION}" in out
    assert "Last sync:" in out and "system keyring" in out
    for private in ("Person", "example.org", "555-01", "private words", "Main Street"):
        assert private not in out


def test_info_without_cache(memkr, capsys):
    assert main(["cache", "info", "--server", SERVER, "--user", "nobody"]) == 0
    assert "No case cache" in capsys.readouterr().out
    assert not locate(SERVER, "nobody").paths.db.exists()  # info never creates a cache


def test_verify_ok_then_detects_tamper(cache, capsys):
    assert main(["cache", "verify", "--server", SERVER, "--user", USER]) == 0
    assert "intact" in capsys.readouterr().out
    data = bytearray(cache.paths.db.read_bytes())
    data[len(data) - 300] ^= 0xFF
    cache.paths.db.write_bytes(bytes(data))
    assert main(["cache", "verify", "--server", SERVER, "--user", USER]) == 7
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1


def test_wrong_key_exit_code(cache, memkr, capsys):
    memkr.items[next(iter(memkr.items))] = bytes(32).hex()
    assert main(["cache", "info", "--server", SERVER, "--user", USER]) == 7
    err = capsys.readouterr().err
    assert "different key" in err and "Traceback" not in err


def test_locked_keyring_exit_code(cache, memkr, capsys):
    memkr.locked = True
    assert main(["cache", "info", "--server", SERVER, "--user", USER]) == 6
    assert "locked" in capsys.readouterr().err


def test_wipe_needs_confirmation_then_shreds(cache, memkr, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["cache", "wipe", "--server", SERVER, "--user", USER]) == 2
    assert cache.paths.db.exists() and memkr.items
    assert main(["cache", "wipe", "--server", SERVER, "--user", USER, "--yes"]) == 0
    assert not memkr.items  # the key is gone from the keyring
    assert not cache.paths.db.exists() and not cache.paths.fingerprint.exists()
    assert keys.load_key(SERVER, USER) is None
