"""The project's real NYC 311 rows resampled to any number of cases, for the benchmarks (no tests here).

The same resampling as tests/bench/test_bench_cache.py's (descriptor, resolution text, address, type and agency of
real rows, synthetic contact names), so the buildings repeat as real addresses do; kept here because a test module
may not import another's helpers (tests/test_test_layout.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from council_desk.api.models import UpsertChange
from tests.support.records import upsert

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "nyc311" / "nyc311_pooled_sample.csv"
FIRST = ["Ana", "Luis", "Mei", "Olga", "Rahim", "Jean", "Min-jun", "Fatima", "Zofia", "Kwame", "Sara", "Dmitri"]
LAST = ["Rivera", "Chen", "Ivanova", "Hossain", "Pierre", "Kim", "Haddad", "Nowak", "Mensah", "Cohen", "Ortiz"]


def source_rows() -> list[dict[str, str]]:
    """The real rows (the test is skipped where the shared data is not there)."""
    if not SAMPLE.exists():
        pytest.skip(f"real 311 sample not found at {SAMPLE}")
    with SAMPLE.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def changes(rng: random.Random, src: list[dict[str, str]], n: int) -> Iterator[UpsertChange]:
    """`n` upserts, each a real row's complaint with a synthetic filer, five minutes apart."""
    base = dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    for i in range(n):
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
