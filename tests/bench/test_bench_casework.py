"""Issue 14's benchmarks (run with `./dev bench -k casework`): figures are printed.

- **A bulk status change over 1,000 cases** (budget ≤ 1 s), beside 1,000 single status changes in the same run
  (each its own durable transaction, as the case detail's status box makes them): the ratio is the point of
  carrying a bulk action out a chunk per transaction (cache/batch.py).
- **The grouped list over 100k cases** (first paint ≤ 300 ms): the groups by building of the whole list, then the
  first group opened (its ids and the rows of its first screen), as the grouped view asks for them before it can
  paint. Also by filer, with a filter, and the caseload view's counts.
- What the new indexes cost: each one's build over 100k cases, timed alone. The (assignee, date, id) index is built
  at the end of a first sync's bulk load; the building's and the filer's when first needed (cache/groups.py).

Data: the project's real NYC 311 rows resampled to 100k (tests/support/real311.py, the cache benchmark's
resampling), so the buildings repeat as real addresses do.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path
from typing import Any

import pytest

from council_desk.cache.groups import group_query
from council_desk.cache.queries import CaseQuery
from council_desk.cache.store import CaseStore
from tests.support.real311 import changes as real_changes
from tests.support.real311 import source_rows
from tests.support.records import KEY, me

N = 100_000
PAGE = 1000
BULK = 1000
FIRST_SCREEN = 300


def _loaded(tmp_path: Path) -> tuple[CaseStore, list[str]]:
    rng = random.Random(14)
    changes = list(real_changes(rng, source_rows(), N))
    store = CaseStore.open(tmp_path / "cache.db", KEY)
    store.save_me(me())
    t0 = time.perf_counter()
    store.begin_snapshot()
    for start in range(0, N, PAGE):
        store.apply_complaint_page(changes[start : start + PAGE], [], f"p{start}", snapshot=True)
    store.finish_snapshot()
    print(
        f"\n[casework bench] {N} cases bulk-loaded in {time.perf_counter() - t0:.1f} s (the first sync's cache "
        "part, its index builds included)"
    )
    t0 = time.perf_counter()
    store.prepare_grouping()
    took = time.perf_counter() - t0
    print(f"[casework bench] the building's and the filer's indexes, made after it: {took:.2f} s")
    return store, [c.complaint.service_request_id for c in changes]


def _grouped_first_paint(qtbot: Any, store: CaseStore) -> list[float]:
    """The grouped view's first paint in the app's own widget (ui/groups.py), offscreen: from asking for the
    groups to the list painted with them, the database work on the app's worker thread as in the app."""
    from council_desk.ui.groups import GroupedCases
    from council_desk.ui.taskman import TaskManager

    class Backend:
        me = store.me()

        def __init__(self) -> None:
            self.store = store

    tm = TaskManager(synchronous=False)
    try:
        w = GroupedCases(Backend())  # type: ignore[arg-type]
        qtbot.addWidget(w)
        w.resize(900, 700)
        w.show()
        qtbot.waitExposed(w)
        runs = []
        for _ in range(7):
            t0 = time.perf_counter()
            with qtbot.waitSignal(w.shown, timeout=30_000):
                w.refresh(CaseQuery(), "building")
            w.tree.viewport().repaint()
            runs.append(time.perf_counter() - t0)
        assert w.model.rowCount() > 1000
        return runs
    finally:
        tm.shutdown()


@pytest.mark.bench
def test_bench_casework_100k(tmp_path: Path, qtbot: Any) -> None:
    store, ids = _loaded(tmp_path)
    rng = random.Random(1014)
    picked = rng.sample(ids, 2 * BULK)
    bulk_ids, single_ids = picked[:BULK], picked[BULK:]

    # --- bulk vs single status changes
    t0 = time.perf_counter()
    result = store.bulk("status", {"status": "waiting_on_agency"}, bulk_ids)
    t_bulk = time.perf_counter() - t0
    assert result.recorded == BULK
    t0 = time.perf_counter()
    for sid in single_ids:
        store.set_office_status(sid, "waiting_on_agency", "", "caseworker1")
    t_single = time.perf_counter() - t0
    assert store.outbox_count() == 2 * BULK
    print(
        f"[casework bench] bulk status change over {BULK} cases: {t_bulk * 1000:.0f} ms (budget 1,000 ms); "
        f"{BULK} single changes: {t_single * 1000:.0f} ms; single / bulk = {t_single / t_bulk:.1f}x"
    )

    # --- the grouped list: what its first paint needs
    runs = []
    for _ in range(7):
        t0 = time.perf_counter()
        groups = store.groups(CaseQuery(), "building")
        first = store.list_ids(group_query(CaseQuery(), groups[0]), limit=FIRST_SCREEN)
        store.rows(first[:100])
        runs.append(time.perf_counter() - t0)
    print(
        f"[casework bench] grouped by building over {N}: {len(groups)} groups, biggest {groups[0].count} "
        f"cases; groups + first group's ids + rows: median {statistics.median(runs) * 1000:.0f} ms, "
        f"worst {max(runs) * 1000:.0f} ms (budget first paint 300 ms)"
    )
    painted = _grouped_first_paint(qtbot, store)
    print(
        f"[casework bench] the app's grouped view, first paint over {N}: median "
        f"{statistics.median(painted) * 1000:.0f} ms, worst {max(painted) * 1000:.0f} ms (budget 300 ms)"
    )
    for label, q, by in (
        ("by filer", CaseQuery(), "filer"),
        ("by building, agency HPD", CaseQuery(agency=("HPD",)), "building"),
        ("by building, searching 'heat'", CaseQuery(text="heat"), "building"),
    ):
        t0 = time.perf_counter()
        got = store.groups(q, by)  # type: ignore[arg-type]
        print(f"[casework bench] grouped {label}: {len(got)} groups in {(time.perf_counter() - t0) * 1000:.0f} ms")
    t0 = time.perf_counter()
    store.same_building(first[0])
    took = (time.perf_counter() - t0) * 1000
    print(f"[casework bench] a case's other open cases at its building: {took:.1f} ms")
    t0 = time.perf_counter()
    caseload = store.caseload()
    print(
        f"[casework bench] caseload counts over {N}: {(time.perf_counter() - t0) * 1000:.0f} ms "
        f"({caseload.open_total} open)"
    )
    t0 = time.perf_counter()
    mine = store.list_ids(CaseQuery(assignee=("",), open_here=True), limit=FIRST_SCREEN)
    print(f"[casework bench] 'Unassigned' first screen: {(time.perf_counter() - t0) * 1000:.1f} ms ({len(mine)})")

    # --- what each new index costs at the end of a 100k bulk load
    for name in ("complaints_assignee", "complaints_building", "complaints_filer"):
        with store.reading() as conn:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
        with store.transaction() as conn:
            conn.execute(f"DROP INDEX {name}")
            t0 = time.perf_counter()
            conn.execute(sql)
            took = time.perf_counter() - t0
        print(f"[casework bench] building {name} over {N}: {took * 1000:.0f} ms")
    store.close()
    assert t_bulk < t_single
