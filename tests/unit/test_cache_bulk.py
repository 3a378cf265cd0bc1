"""The bulk load of a first snapshot (cache/bulk.py): indexes down while it runs, exactly back afterwards, and a
search index identical to one kept by the triggers — also after a kill half-way, a purge or a 410 mid-load."""

from __future__ import annotations

from pathlib import Path

import pytest

from council_desk.cache import bulk
from council_desk.cache.database import PAGES_PER_COMMIT
from council_desk.cache.queries import SORT_COLUMNS, CaseQuery
from council_desk.cache.store import CaseStore
from tests.support.records import KEY, followup_in, me, removal, sid, upsert
from tests.support.stores import new_store


def _schema(store: CaseStore) -> list[tuple[str, str, str]]:
    with store.reading() as conn:
        return [
            (str(r[0]), str(r[1]), str(r[2]))
            for r in conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
            )
        ]


def _fts_ok(store: CaseStore) -> None:
    with store.transaction() as conn:  # raises "database disk image is malformed" if index and rows disagree
        conn.execute("INSERT INTO complaints_fts(complaints_fts, rank) VALUES('integrity-check', 1)")


def _searches(store: CaseStore) -> dict[str, list[str]]:
    out = {}
    for text in ("heat", "boiler", "case 1", "noise street", "ana", "zzz"):
        for sort in SORT_COLUMNS:
            out[f"{text}/{sort}"] = store.list_ids(CaseQuery(text=text, sort=sort))  # type: ignore[arg-type]
    return out


@pytest.fixture()
def reference(tmp_path: Path) -> tuple[list[tuple[str, str, str]], dict[str, list[str]]]:
    """The schema and search answers of the same 60 cases loaded page by page through the triggers."""
    s = CaseStore.open(tmp_path / "ref" / "cache.db", KEY)
    s.save_me(me())
    for start in range(0, 60, 20):
        s.apply_complaint_page([upsert(i) for i in range(start, start + 20)], [], f"r{start}", snapshot=False)
    answer = (_schema(s), _searches(s))
    s.close()
    return answer


def test_first_snapshot_is_bulk_loaded_and_indexed_exactly(tmp_path, reference) -> None:
    ref_schema, ref_search = reference
    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    with store.reading() as conn:
        assert bulk.active(conn)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'complaints'")}
    assert "complaints_requested" not in names and "complaints_ai" not in names
    for start in range(0, 60, 20):
        store.apply_complaint_page([upsert(i) for i in range(start, start + 20)], [], f"s{start}", snapshot=True)
    # While it loads, the list and the search work without the indexes.
    assert _searches(store) == ref_search
    with store.reading() as conn:
        assert conn.execute("SELECT count(*) FROM snapshot_seen").fetchone()[0] == 0  # nothing to purge at the end
    assert store.finish_snapshot() == 0
    assert _schema(store) == ref_schema
    assert _searches(store) == ref_search
    _fts_ok(store)
    # The triggers are back: later changes reach the search index.
    store.apply_complaint_page([upsert(3, description="xylophone hissing")], [], "n1", snapshot=False)
    assert store.list_ids(CaseQuery(text="xylophone")) == [sid(3)]
    _fts_ok(store)
    store.close()


def test_a_kill_during_the_bulk_load_is_completed_at_the_next_open(tmp_path, reference) -> None:
    ref_schema, _ = reference
    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    # Pages of a bulk load are committed PAGES_PER_COMMIT at a time: these are, and one more is held.
    for page in range(PAGES_PER_COMMIT):
        ids = range(page * 6, page * 6 + 6)
        store.apply_complaint_page([upsert(i) for i in ids], [], f"s{page}", snapshot=True)
    store.apply_complaint_page([upsert(i) for i in range(200, 206)], [], "held", snapshot=True)
    assert store.case_count() == 6 * PAGES_PER_COMMIT + 6  # this process sees the held page
    store._conn.close()  # as a kill would leave it: no finish, no abort
    again = new_store(tmp_path)
    with again.reading() as conn:
        assert not bulk.active(conn)
    assert _schema(again) == ref_schema
    # The held page is gone with its cursor (it is fetched again); the committed ones stand, searchable.
    assert again.case_count() == 6 * PAGES_PER_COMMIT
    assert again.cursor("complaints") == f"s{PAGES_PER_COMMIT - 1}"
    assert again.list_ids(CaseQuery(text="case 17")) == [sid(17)]
    _fts_ok(again)
    # The snapshot resumes (from its cursor, no new begin) and still purges nothing at its end.
    assert again.snapshot_active()
    again.apply_complaint_page([upsert(i) for i in range(30, 60)], [], "s9", snapshot=True)
    assert again.finish_snapshot() == 0
    assert again.case_count() == 60
    _fts_ok(again)
    again.close()


def test_purges_and_rewrites_during_the_bulk_load_leave_a_sound_index(tmp_path) -> None:
    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in range(20)], [removal(4, seq=99)], "s1", snapshot=True)
    store.apply_complaint_page([upsert(5, seq=100, description="quixotic mould")], [], "s2", snapshot=True)
    store.purge(sid(6), "consent_withdrawn")
    assert store.list_ids(CaseQuery(text="quixotic")) == [sid(5)]
    assert store.finish_snapshot() == 0
    _fts_ok(store)
    assert store.list_ids(CaseQuery(text="quixotic")) == [sid(5)]
    assert store.list_ids(CaseQuery(text="case 4")) == []
    assert store.list_ids(CaseQuery(text="case 6")) == []
    assert store.case_count() == 18
    store.close()


def test_a_full_resync_on_a_filled_cache_is_not_bulk_loaded_and_still_purges(tmp_path) -> None:
    store = new_store(tmp_path)
    store.save_me(me())
    store.apply_complaint_page([upsert(i) for i in range(10)], [], "c1", snapshot=False)
    store.begin_snapshot()
    with store.reading() as conn:
        assert not bulk.active(conn)
    store.apply_complaint_page([upsert(i) for i in range(5)], [], "s1", snapshot=True)
    assert store.finish_snapshot() == 5
    _fts_ok(store)
    store.close()


def test_a_restart_of_the_snapshot_mid_bulk_load_tracks_what_it_holds(tmp_path) -> None:
    # A 410 half-way through the first snapshot: the new snapshot must purge what it lacks, bulk load or not.
    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in range(10)], [], "s1", snapshot=True)
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in range(3, 10)], [], "t1", snapshot=True)
    assert store.finish_snapshot() == 3
    assert store.list_ids(CaseQuery(text="case 2")) == []
    assert store.list_ids(CaseQuery(text="case 3")) == [sid(3)]
    _fts_ok(store)
    store.close()


def test_an_aborted_or_stopped_bulk_load_is_indexed_at_once(tmp_path, reference) -> None:
    ref_schema, _ = reference
    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in range(10)], [], "s1", snapshot=True)
    store.finish_bulk_load()  # what the sync engine does when the network drops half-way
    assert _schema(store) == ref_schema
    assert store.snapshot_active()
    store.apply_complaint_page([upsert(i) for i in range(10, 20)], [], "s2", snapshot=True)
    store.abort_snapshot()
    assert store.case_count() == 20
    assert store.list_ids(CaseQuery(text="case 15")) == [sid(15)]
    _fts_ok(store)
    store.close()


def test_the_build_cache_holds_the_database_within_its_ceiling(tmp_path, monkeypatch) -> None:
    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in range(40)], [], "s0", snapshot=True)
    with store.reading() as conn:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        size_kib = pages * int(conn.execute("PRAGMA page_size").fetchone()[0]) // 1024
        before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        assert size_kib * 1.3 < bulk.build_cache_kib(conn) < size_kib * 1.4 + 1_000  # the whole file and a margin
        monkeypatch.setattr(bulk, "BUILD_CACHE_MAX_KIB", 100)
        assert bulk.build_cache_kib(conn) == 100
    assert store.finish_snapshot() == 0
    with store.reading() as conn:  # the connection's own cache size is back after the builds
        assert int(conn.execute("PRAGMA cache_size").fetchone()[0]) == before
    store.close()


def test_a_caseworker_write_commits_the_held_pages_first(tmp_path) -> None:
    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in range(5)], [], "s0", snapshot=True)  # held, not committed
    store.add_followup(followup_in(2, text="called"))  # must not ride in (or be lost with) the feed's transaction
    store._conn.close()  # a kill right after the caseworker saved
    again = new_store(tmp_path)
    case = again.case(sid(2))
    assert case is not None and [f.text for f in case.followups] == ["called"]
    assert again.cursor("complaints") == "s0"
    again.close()


def test_a_refused_page_takes_the_held_pages_and_their_cursor_with_it(tmp_path) -> None:
    from council_desk.cache.errors import UnstorableRecord

    store = new_store(tmp_path)
    store.save_me(me())
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in range(5)], [], "s0", snapshot=True)
    good = upsert(7)
    bad = good.model_copy(update={"complaint": good.complaint.model_copy(update={"description": "a \ud800"})})
    with pytest.raises(UnstorableRecord):
        store.apply_complaint_page([upsert(6), bad], [], "s1", snapshot=True)
    # Nothing of either page stands and no cursor moved: the sync fetches both again from the start.
    assert store.case_count() == 0 and store.cursor("complaints") is None
    store.apply_complaint_page([upsert(i) for i in range(5)], [], "s0", snapshot=True)
    assert store.finish_snapshot() == 0
    assert store.case_count() == 5 and store.cursor("complaints") == "s0"
    store.close()
