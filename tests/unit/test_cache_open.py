"""Opening a cache: self-test refusals, wrong key vs corrupt file, set aside never recreated, NotSaved."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import keyring
import pytest
import sqlcipher3

from council_desk.cache import db, keys
from council_desk.cache.database import Database
from council_desk.cache.errors import CacheSelfTestFailed, CorruptCache, KeyMissing, NotSaved, WrongKey
from council_desk.cache.queries import CaseQuery
from council_desk.cache.store import CaseStore
from council_desk.cache.unlock import locate, unlock
from tests.support.keyrings import MemoryKeyring
from tests.support.records import KEY, OTHER_KEY, followup_in
from tests.support.stores import fill, new_store

SERVER = "http://127.0.0.1:8765"
USER = "cw"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def cache(tmp_path):
    """A closed, checkpointed cache with 200 cases and 2 unsent follow-ups."""
    s = new_store(tmp_path)
    fill(s, 200)
    s.add_followup(followup_in(1))
    s.add_followup(followup_in(2))
    s.close()
    return s.path


@pytest.fixture()
def memkr(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    before = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(before)


def test_self_test_passes_and_reads_back(cache):
    conn = db.open_connection(cache, KEY)
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    conn.close()


def test_self_test_refuses_plain_sqlite():
    # The stdlib sqlite3 has no cipher: the self-test must refuse it.
    conn = sqlite3.connect(":memory:")
    with pytest.raises(CacheSelfTestFailed):
        db.self_test(conn)


def test_self_test_refuses_memory_journal():
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    with pytest.raises(CacheSelfTestFailed):  # an in-memory database cannot be in WAL mode
        db.self_test(conn)


@pytest.mark.parametrize("setting", ["secure_delete", "temp_store", "foreign_keys", "cipher_version"])
def test_self_test_refuses_any_setting_off(tmp_path, monkeypatch, setting):
    real = db._pragma

    def lying(conn, name):
        if name == setting:
            return 0 if setting != "cipher_version" else "3.4.2 community"
        return real(conn, name)

    monkeypatch.setattr(db, "_pragma", lying)
    with pytest.raises(CacheSelfTestFailed):
        CaseStore.open(tmp_path / "x.db", KEY)


def test_wrong_key_is_told_apart_and_nothing_changes(cache):
    before = _digest(cache)
    with pytest.raises(WrongKey):
        CaseStore.open(cache, OTHER_KEY)
    assert _digest(cache) == before
    # Without the fingerprint file, a key that fails is still "wrong key", never "corrupt".
    cache.with_name("cache.keyfp").unlink()
    with pytest.raises(WrongKey):
        CaseStore.open(cache, OTHER_KEY)
    assert _digest(cache) == before


def _tamper(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    ["byte_in_header_page", "byte_in_middle_page", "byte_in_last_page", "truncated", "zero_length", "garbage"],
)
def test_corrupt_file_detected_and_never_recreated(cache, damage):
    size = cache.stat().st_size
    assert size > 8 * 4096
    if damage == "byte_in_header_page":
        _tamper(cache, 200)
    elif damage == "byte_in_middle_page":
        _tamper(cache, (size // 4096 // 2) * 4096 + 1000)
    elif damage == "byte_in_last_page":
        _tamper(cache, size - 100)
    elif damage == "truncated":
        with open(cache, "r+b") as fh:
            fh.truncate(size // 2 + 1234)
    elif damage == "zero_length":
        cache.write_bytes(b"")
    else:
        cache.write_bytes(os.urandom(size))
    before = _digest(cache)
    with pytest.raises(CorruptCache):
        CaseStore.open(cache, KEY)
    assert _digest(cache) == before  # not rewritten, not recreated
    assert cache.exists()


def test_damage_in_a_big_file_is_caught_on_read_and_by_verify(cache, monkeypatch):
    monkeypatch.setattr(db, "INTEGRITY_CHECK_ON_OPEN_MAX_BYTES", 0)
    size = cache.stat().st_size
    _tamper(cache, (size // 4096 - 2) * 4096 + 500)
    store = CaseStore.open(cache, KEY)
    assert store.verify() != []
    with pytest.raises(CorruptCache):
        for _ in range(3):
            store.list_ids(CaseQuery(text="boiler"))
            store.rows(store.list_ids(CaseQuery()))
            store.case_count()
            for i in range(200):
                store.case(str(60_000_000 + i))
    store._conn.close()


def test_set_aside_on_key_missing_reports_unknown_risk_then_fresh_cache(memkr):
    store = unlock(SERVER, USER)
    fill(store, 5)
    store.add_followup(followup_in(1))
    store.close()
    loc = locate(SERVER, USER)
    memkr.items.clear()  # the key is gone (new PC profile, keyring reset)
    with pytest.raises(KeyMissing) as plain:
        unlock(SERVER, USER)
    assert plain.value.set_aside_to is None and loc.paths.db.exists()
    with pytest.raises(KeyMissing) as exc:
        unlock(SERVER, USER, set_aside_bad=True)
    assert exc.value.unsent_at_risk is None  # unknown without the key
    aside = exc.value.set_aside_to
    assert aside is not None and aside.exists() and not loc.paths.db.exists()
    fresh = unlock(SERVER, USER)
    assert fresh.case_count() == 0
    fresh.close()
    assert aside.exists()


def test_set_aside_corrupt_counts_unsent_when_key_known(memkr):
    store = unlock(SERVER, USER)
    fill(store, 300)
    store.add_followup(followup_in(1))
    store.add_followup(followup_in(2))
    store.close()
    loc = locate(SERVER, USER)
    size = loc.paths.db.stat().st_size
    _tamper(loc.paths.db, size - 100)  # a complaint page, not the outbox
    with pytest.raises(CorruptCache) as exc:
        unlock(SERVER, USER, set_aside_bad=True)
    assert exc.value.set_aside_to is not None and exc.value.set_aside_to.exists()
    assert exc.value.unsent_at_risk in (2, None)
    key = keys.load_key(SERVER, USER)
    assert db.count_unsent_at_risk(exc.value.set_aside_to, key) in (2, None)


def test_count_unsent_at_risk(cache):
    assert db.count_unsent_at_risk(cache, KEY) == 2
    assert db.count_unsent_at_risk(cache, OTHER_KEY) is None
    assert db.count_unsent_at_risk(cache, None) is None


def test_disk_full_is_not_saved_and_rolled_back(tmp_path):
    store = new_store(tmp_path)
    fill(store, 20)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(NotSaved) as exc:
        for _ in range(50):
            store.add_followup(followup_in(3, text="x" * 5000))
    assert exc.value.exit_code == 8 and "not saved" in exc.value.user_message.lower()
    n = store.outbox_count()
    with store.reading() as conn:
        assert conn.execute("SELECT count(*) FROM followups").fetchone()[0] == n  # no half-written follow-up
    store._conn.execute("PRAGMA max_page_count = 1000000")
    store.add_followup(followup_in(3))
    assert store.outbox_count() == n + 1
    store.close()


CHILD_OPEN = """
import sys
from pathlib import Path
from council_desk.cache.store import CaseStore
from council_desk.domain.errors import KnownError
try:
    CaseStore.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
    print("opened")
except KnownError as exc:
    print(type(exc).__name__, exc.exit_code)
"""


def test_read_only_folder_is_reported_as_unwritable_not_wrong_key(tmp_path):
    """A cache folder this user may read but not write: a plain 'cannot be written', never wrong key/corrupt
    (which would set the cache aside). As root, the child drops to `nobody` so permissions apply."""
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    base = Path(tempfile.mkdtemp(prefix="cd-ro-", dir="/tmp"))
    try:
        folder = base / "c"
        folder.mkdir()
        store = CaseStore.open(folder / "cache.db", KEY)
        fill(store, 3)
        store.close()
        before = _digest(store.path)
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)
        base.chmod(0o755)
        cmd = [sys.executable, "-c", CHILD_OPEN, str(store.path), KEY.hex()]
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("running as root without setpriv: folder permissions cannot be made to apply")
            cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *cmd]
        root = Path(__file__).resolve().parents[2]
        env = {"PYTHONPATH": str(root), "PATH": os.environ.get("PATH", "")}
        if os.geteuid() == 0:
            # `nobody` must be able to run this checkout's Python: not so for a checkout inside a folder only root
            # may enter (a `mktemp -d` clone is 0700). Then the permission case cannot be staged here.
            probe = subprocess.run(
                [*cmd[:4], sys.executable, "-c", "import council_desk.cache.db"],
                capture_output=True,
                text=True,
                timeout=60,
                cwd="/",
                env=env,
            )
            if probe.returncode != 0:
                pytest.skip(f"the user nobody cannot run this checkout ({probe.stderr.strip()[-120:]})")
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd="/", env=env)
        assert out.stdout.strip() == "CacheUnwritable 7", out.stdout + out.stderr[-1500:]
        assert _digest(store.path) == before and store.path.exists()
    finally:
        for p in [base, *base.rglob("*")]:
            p.chmod(0o700)
        shutil.rmtree(base)


def test_read_only_database_is_not_saved(tmp_path):
    store = new_store(tmp_path)
    fill(store, 3)
    store.close()
    conn = sqlcipher3.connect(f"file:{store.path}?mode=ro", uri=True, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    ro = CaseStore(Database(conn, store.path))
    with pytest.raises(NotSaved) as exc:
        ro.add_followup(followup_in(1))
    assert "cannot be written" in exc.value.user_message
    assert ro.outbox_count() == 0
    conn.close()
