"""Cache benchmarks (run with `pytest tests/bench/test_bench_cache.py -m bench -s`): figures are printed.

Data: the project's 11,012 real NYC 311 rows (descriptor, resolution text, address, type, agency) resampled to
100k, with synthetic contact names. Figures:
- 100k rows through `apply_complaint_page` (FTS triggers, indexes, 1000-row snapshot pages as sync applies them)
  against a bare SQLCipher executemany of the same row tuples into a table without FTS or indexes;
- raw-key open of the 100k cache; search p50/p95 over 100k for a mix of what caseworkers type (names, streets,
  problem words, half-typed words; budget p95 ≤ 50 ms), both for every matching id and for the first screen
  (300 ids, what the case list paints from); search by complaint number; list_ids of all 100k under each sort.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import statistics
import time
from pathlib import Path

import pytest
import sqlcipher3

from council_desk.cache import db
from council_desk.cache.queries import SORT_COLUMNS, CaseQuery
from council_desk.cache.rows import UPSERT_COLUMNS as _UPSERT_COLUMNS
from council_desk.cache.rows import upsert_row as _upsert_row
from council_desk.cache.store import CaseStore
from tests.support.records import KEY, upsert

N = 100_000
PAGE = 1000
SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "nyc311" / "nyc311_pooled_sample.csv"
FIRST = ["Ana", "Luis", "Mei", "Olga", "Rahim", "Jean", "Min-jun", "Fatima", "Zofia", "Kwame", "Sara", "Dmitri"]
LAST = ["Rivera", "Chen", "Ivanova", "Hossain", "Pierre", "Kim", "Haddad", "Nowak", "Mensah", "Cohen", "Ortiz"]


def _source_rows() -> list[dict[str, str]]:
    if not SAMPLE.exists():
        pytest.skip(f"real 311 sample not found at {SAMPLE}")
    with SAMPLE.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _changes(rng: random.Random, src: list[dict[str, str]]):
    base = dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    for i in range(N):
        r = rng.choice(src)
        yield upsert(
            i,
            seq=i,
            description=" ".join(x for x in (r["descriptor"], r["descriptor_2"]) if x)[:10_000],
            resolution=r["resolution_description"][:10_000],
            address=r["incident_address"][:200],
            complaint_type=r["complaint_type"][:200] or "Other",
            agency=r["agency"][:200] or "OTHER",
            first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)}{i}",
            requested=base + dt.timedelta(minutes=5 * i + rng.randint(0, 4)),
        )


def _queries(rng: random.Random, src: list[dict[str, str]], n: int) -> list[str]:
    out = []
    for _ in range(n):
        r = rng.choice(src)
        kind = rng.random()
        if kind < 0.3:
            out.append(f"{rng.choice(LAST)}{rng.randrange(N)}")
        elif kind < 0.55 and r["incident_address"]:
            words = r["incident_address"].split()
            out.append(" ".join(words[1:3]) if len(words) > 2 else words[0])
        elif kind < 0.75 and r["descriptor"]:
            out.append(r["descriptor"].split()[0])
        elif kind < 0.9 and r["descriptor"]:
            w = max(r["descriptor"].split(), key=len)
            out.append(w[: max(3, len(w) // 2)])  # half-typed
        else:
            out.append(rng.choice(["street", "heat", "noise", "water", "department"]))
    return out


@pytest.mark.bench
def test_bench_cache_100k(tmp_path: Path) -> None:
    rng = random.Random(948)
    src = _source_rows()
    t0 = time.perf_counter()
    changes = list(_changes(rng, src))
    rows = [_upsert_row(ch) for ch in changes]
    print(f"\n[cache bench] built {N} records from {len(src)} real 311 rows in {time.perf_counter() - t0:.1f} s")

    # Baseline: a bare SQLCipher bulk insert of the same row tuples, no FTS, no indexes, one transaction.
    bare = sqlcipher3.connect(str(tmp_path / "bare.db"), isolation_level=None)
    bare.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute(f"CREATE TABLE t ({', '.join(_UPSERT_COLUMNS)})")
    t0 = time.perf_counter()
    bare.execute("BEGIN")
    bare.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(_UPSERT_COLUMNS))})", rows)
    bare.execute("COMMIT")
    t_bare = time.perf_counter() - t0
    bare.close()

    path = tmp_path / "cache.db"
    store = CaseStore.open(path, KEY)
    # As the first sync applies it: a snapshot into an empty cache (bulk-loaded, cache/bulk.py), page by page,
    # then its end (search index and list indexes built).
    t0 = time.perf_counter()
    store.begin_snapshot()
    for start in range(0, N, PAGE):
        store.apply_complaint_page(changes[start : start + PAGE], [], f"p{start}", snapshot=True)
    t_pages = time.perf_counter() - t0
    store.finish_snapshot()
    t_store = time.perf_counter() - t0
    store.close()
    print(f"[cache bench] bare SQLCipher insert of {N} rows: {t_bare:.2f} s")
    print(
        f"[cache bench] first snapshot of {N} rows ({PAGE}/page): pages {t_pages:.2f} s, indexes built at "
        f"its end {t_store:.2f} s = {t_store / t_bare:.2f}x bare (budget 3x)"
    )

    # A snapshot into a filled cache (a full resync after 410: same cases, page by page through the triggers).
    store = CaseStore.open(path, KEY)
    t0 = time.perf_counter()
    store.begin_snapshot()
    for start in range(0, N, PAGE):
        store.apply_complaint_page(changes[start : start + PAGE], [], f"q{start}", snapshot=True)
    store.finish_snapshot()
    t_resync = time.perf_counter() - t0
    store.close()
    print(f"[cache bench] full resync of the same {N} rows over a filled cache: {t_resync:.2f} s")

    opens = []
    for _ in range(20):
        t0 = time.perf_counter()
        conn = db.open_connection(path, KEY)
        opens.append(time.perf_counter() - t0)
        conn.close()
    t0 = time.perf_counter()
    store = CaseStore.open(path, KEY)
    t_store_open = time.perf_counter() - t0
    print(
        f"[cache bench] raw-key open + self-test: median {statistics.median(opens) * 1000:.1f} ms; "
        f"CaseStore.open {t_store_open * 1000:.1f} ms (file {path.stat().st_size / 1e6:.0f} MB)"
    )

    times: list[float] = []
    hits: list[int] = []
    for text in _queries(rng, src, 400):
        t0 = time.perf_counter()
        ids = store.list_ids(CaseQuery(text=text))
        times.append(time.perf_counter() - t0)
        hits.append(len(ids))
    p95 = statistics.quantiles(times, n=20)[18]
    print(
        f"[cache bench] search over {N} ({len(times)} queries, all matching ids sorted by date): "
        f"p50 {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {max(times) * 1000:.0f} ms "
        f"(hits: median {statistics.median(hits):.0f}, max {max(hits)})"
    )

    # What the case list asks first (MainWindow.refresh_list): the first screen of the same searches.
    first: list[float] = []
    for text in _queries(random.Random(949), src, 400):
        t0 = time.perf_counter()
        store.list_ids(CaseQuery(text=text), limit=300)
        first.append(time.perf_counter() - t0)
    p95_first = statistics.quantiles(first, n=20)[18]
    print(
        f"[cache bench] search, first screen (300 ids) over {N} ({len(first)} queries): "
        f"p50 {statistics.median(first) * 1000:.1f} ms, p95 {p95_first * 1000:.1f} ms, "
        f"max {max(first) * 1000:.0f} ms"
    )
    t0 = time.perf_counter()
    by_number = store.list_ids(CaseQuery(text=changes[4242].complaint.service_request_id))
    print(f"[cache bench] search by complaint number: {(time.perf_counter() - t0) * 1000:.1f} ms")
    assert by_number == [changes[4242].complaint.service_request_id]

    for sort in SORT_COLUMNS:
        t0 = time.perf_counter()
        ids = store.list_ids(CaseQuery(sort=sort))  # type: ignore[arg-type]
        took = (time.perf_counter() - t0) * 1000
        print(f"[cache bench] list_ids of all {len(ids)} sorted by {sort}: {took:.0f} ms")
    t0 = time.perf_counter()
    store.rows(ids[:200])
    print(f"[cache bench] rows(200): {(time.perf_counter() - t0) * 1000:.1f} ms")
    store.close()
    assert len(ids) == N
