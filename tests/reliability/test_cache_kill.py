"""kill -9 during a schema migration and during page application: wholly old or wholly new, never half."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from council_desk.cache import db, schema
from council_desk.cache.queries import CaseQuery
from council_desk.cache.store import CaseStore
from tests.support.records import KEY

ROOT = Path(__file__).resolve().parents[2]
PAGE_ROWS = 400
PAGES = 40


def _child(code: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )


def _objects(path: Path) -> set[str]:
    conn = db.open_connection(path, KEY)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def test_kill_during_migration_leaves_old_schema_then_upgrades(tmp_path):
    path = tmp_path / "cache.db"
    conn = db.open_connection(path, KEY, create=True)
    assert schema.migrate(conn, target=1) == 1
    conn.close()
    old = _objects(path)
    child = _child(
        f"""
        import os, signal
        from pathlib import Path
        from council_desk.cache import db, schema
        def die(version):
            print("dying", version, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        schema.migration_hook = die
        conn = db.open_connection(Path({str(path)!r}), bytes.fromhex({KEY.hex()!r}))
        schema.migrate(conn)
        print("not reached", flush=True)
        """
    )
    out, _ = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL and "dying 2" in out and "not reached" not in out
    conn = db.open_connection(path, KEY)
    assert schema.schema_version(conn) == 1
    conn.close()
    assert _objects(path) == old  # wholly old: no FTS table, trigger or index of v2
    store = CaseStore.open(path, KEY)  # and the upgrade then completes
    assert store.schema_version() == schema.LATEST_VERSION
    store.close()
    assert {"complaints_fts", "complaints_ai", "complaints_requested", "complaints_due"} <= _objects(path)


def _page_writer(path: Path, start: int) -> subprocess.Popen[str]:
    return _child(
        f"""
        from pathlib import Path
        from council_desk.cache.store import CaseStore
        from tests.support.records import upsert
        store = CaseStore.open(Path({str(path)!r}), bytes.fromhex({KEY.hex()!r}))
        print("open", flush=True)
        for k in range({start}, {PAGES} + 1):
            page = [upsert(k * 1000 + j, seq=k * 1000 + j) for j in range({PAGE_ROWS})]
            store.apply_complaint_page(page, [], f"p{{k}}", snapshot=True)
            print(k, flush=True)
        """
    )


def _check_whole_pages(path: Path) -> int:
    store = CaseStore.open(path, KEY)
    try:
        cursor = store.cursor("complaints")
        k = int(cursor[1:]) if cursor else 0
        ids = set(store.list_ids(CaseQuery(sort="id")))
        expected = {str(60_000_000 + p * 1000 + j) for p in range(1, k + 1) for j in range(PAGE_ROWS)}
        assert ids == expected, f"cursor p{k} but {len(ids)} cases held"
        with store.reading() as conn:
            seen = conn.execute("SELECT count(*) FROM snapshot_seen").fetchone()[0]
            fts = conn.execute("SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH 'case'").fetchone()[
                0
            ]
        assert seen == len(expected) and fts == len(expected)
        return k
    finally:
        store.close()


@pytest.mark.parametrize("round_", range(int(os.environ.get("CACHE_KILL_ROUNDS", "4"))))
def test_kill_during_page_apply_leaves_whole_pages(tmp_path, round_):
    rng = random.Random(round_)
    path = tmp_path / "cache.db"
    CaseStore.open(path, KEY).close()
    k = 0
    for _ in range(3):
        child = _page_writer(path, k + 1)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        target = rng.randint(1, 4)
        for _ in range(target):
            if not child.stdout.readline():
                break
        # A random instant inside the next page's transaction (each page takes tens of ms).
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        k = _check_whole_pages(path)
        if k >= PAGES:
            break
    assert k >= 1


@pytest.mark.parametrize("round_", range(int(os.environ.get("CACHE_KILL_ROUNDS", "4"))))
def test_kill_during_a_bulk_load_leaves_whole_pages_and_a_complete_index(tmp_path, round_):
    # A first snapshot into an empty cache is bulk-loaded: no indexes or search triggers while it lasts, and its
    # pages committed PAGES_PER_COMMIT at a time. A kill at any instant leaves whole pages with the cursor of
    # the last one committed, and the next open puts every index back and indexes every case for search.
    rng = random.Random(100 + round_)
    path = tmp_path / "cache.db"
    CaseStore.open(path, KEY).close()
    child = _child(
        f"""
        from pathlib import Path
        from council_desk.cache.store import CaseStore
        from tests.support.records import upsert
        store = CaseStore.open(Path({str(path)!r}), bytes.fromhex({KEY.hex()!r}))
        store.begin_snapshot()
        print("bulk" if store.bulk_loading else "not bulk", flush=True)
        for k in range(1, {PAGES} + 1):
            page = [upsert(k * 1000 + j, seq=k * 1000 + j) for j in range({PAGE_ROWS})]
            store.apply_complaint_page(page, [], f"p{{k}}", snapshot=True)
            print(k, flush=True)
        """
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "bulk"
    for _ in range(rng.randint(1, 12)):
        if not child.stdout.readline():
            break
    time.sleep(rng.uniform(0, 0.05))
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    store = CaseStore.open(path, KEY)
    try:
        cursor = store.cursor("complaints")
        k = int(cursor[1:]) if cursor else 0
        ids = set(store.list_ids(CaseQuery(sort="id")))
        assert ids == {str(60_000_000 + p * 1000 + j) for p in range(1, k + 1) for j in range(PAGE_ROWS)}
        with store.reading() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            conn.execute("INSERT INTO complaints_fts(complaints_fts, rank) VALUES('integrity-check', 1)")
            words = conn.execute("SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH 'case'")
            assert words.fetchone()[0] == len(ids)
        assert store.snapshot_active()  # resumed from its cursor by the next sync
    finally:
        store.close()
    assert {"complaints_ai", "complaints_requested", "complaints_due"} <= _objects(path)
