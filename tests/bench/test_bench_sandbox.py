"""Sandbox benchmarks (not in the default run): `pytest tests/bench/test_bench_sandbox.py -m bench -s`.

1. One district of 100k consented complaints: time to page through the whole sync feed with plain `requests`,
   rows per second, bytes, server RSS.
2. 50 clients syncing 50 different districts at once: no errors, no cross-district rows, p95 page latency
   (DESIGN.md §8 budget: p95 ≤ 500 ms).
"""

from __future__ import annotations

import re
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest
import requests

from tests.support.sandbox import RunningSandbox

pytestmark = pytest.mark.bench


def _pull(url: str, token: str, limit: int = 5000) -> tuple[int, int, list[float], set[int]]:
    """Whole feed: (rows, bytes, per-page seconds, districts seen)."""
    rows = size = 0
    times: list[float] = []
    districts: set[int] = set()
    cursor = None
    with requests.Session() as http:
        http.headers["Authorization"] = f"Bearer {token}"
        while True:
            params: dict[str, object] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            t0 = time.perf_counter()
            r = http.get(url + "/v1/sync/complaints", params=params, timeout=60)
            times.append(time.perf_counter() - t0)
            r.raise_for_status()
            page = r.json()
            size += len(r.content)
            rows += len(page["changes"])
            districts.update(c["complaint"]["council_district"] for c in page["changes"] if c["op"] == "upsert")
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return rows, size, times, districts


_TAIL = re.compile(rb'"next_cursor":"([^"]+)","has_more":(true|false)')
_DISTRICT = re.compile(rb'"council_district":([0-9]+)')


def _pull_bytes(url: str, token: str, limit: int) -> tuple[int, list[float], set[int]]:
    """Whole feed without JSON parsing (C-speed regexes), so that 50 client threads measure the server, not the
    client's GIL: (rows, per-page seconds, districts seen)."""
    rows = 0
    times: list[float] = []
    districts: set[int] = set()
    cursor = None
    with requests.Session() as http:
        http.headers["Authorization"] = f"Bearer {token}"
        while True:
            params: dict[str, object] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            t0 = time.perf_counter()
            r = http.get(url + "/v1/sync/complaints", params=params, timeout=60)
            times.append(time.perf_counter() - t0)
            r.raise_for_status()
            body = r.content
            rows += body.count(b'"op":"upsert"') + body.count(b'"op":"remove"')
            districts.update(int(d) for d in _DISTRICT.findall(body))
            tail = _TAIL.search(body, max(0, len(body) - 700))
            assert tail is not None
            cursor = tail.group(1).decode()
            if tail.group(2) == b"false":
                return rows, times, districts


def test_one_district_100k(tmp_path: Path) -> None:
    t0 = time.perf_counter()
    with RunningSandbox(tmp_path, complaints=100_000, consent_share=1.0, only_district=7, test_mode=False) as sb:
        started = time.perf_counter() - t0
        token = sb.token("caseworker", 7)
        assert sb.proc is not None
        proc = psutil.Process(sb.proc.pid)
        rss_before = proc.memory_info().rss
        t1 = time.perf_counter()
        rows, size, pages, districts = _pull(sb.url, token)
        took = time.perf_counter() - t1
        rss_after = proc.memory_info().rss
        assert rows == 100_000 and districts == {7}
        print(
            f"\n[bench sandbox] start with 100k generated: {started:.1f} s; "
            f"pull 100k: {took:.2f} s = {rows / took:,.0f} rows/s incl. json parsing in the client "
            f"(HTTP only: {sum(pages):.2f} s = {rows / sum(pages):,.0f} rows/s), "
            f"{size / 1e6:.0f} MB in {len(pages)} pages "
            f"(p50 page {statistics.median(pages) * 1000:.0f} ms, max {max(pages) * 1000:.0f} ms); "
            f"server RSS {rss_before / 1e6:.0f} MB before, {rss_after / 1e6:.0f} MB after"
        )
        t2 = time.perf_counter()
        _pull(sb.url, token)
        print(f"[bench sandbox] second pull: {time.perf_counter() - t2:.2f} s")


def test_50_clients_50_districts(tmp_path: Path) -> None:
    with RunningSandbox(tmp_path, complaints=60_000, consent_share=0.6, test_mode=False) as sb:
        tokens = {d: sb.token("caseworker", d) for d in range(1, 51)}
        t0 = time.perf_counter()
        with ThreadPoolExecutor(50) as pool:
            results = dict(
                zip(tokens, pool.map(lambda d: _pull_bytes(sb.url, tokens[d], limit=200), tokens), strict=True)
            )
        took = time.perf_counter() - t0
        pages = sorted(t for r in results.values() for t in r[1])
        p95 = pages[int(len(pages) * 0.95) - 1]
        total = sum(r[0] for r in results.values())
        for d, (_, _, seen) in results.items():
            assert seen <= {d}, f"district {d} received rows of {seen - {d}}"
        print(
            f"\n[bench sandbox] 50 clients: {total:,} rows in {len(pages)} pages, {took:.1f} s wall; "
            f"page p50 {statistics.median(pages) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {pages[-1] * 1000:.0f} ms"
        )
