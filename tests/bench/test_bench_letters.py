"""Benchmark: 100 letters in one batch PDF, mixed languages (DESIGN.md §8: <= 3 s, <= 250 MB RSS).

Each batch runs in a fresh Python process so that its peak RSS (ru_maxrss) is its own and the cold figure
includes registering the fonts. Run: .venv/bin/pytest -q -s tests/bench/test_bench_letters.py -m bench
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

CHILD = r"""
import json, resource, sys, time
from council_desk.letters import render_letters
from tests.letters.samples import PEOPLE, make_case, sender_kwargs
english = sys.argv[1] == "en"
people = [p for p in PEOPLE if p[0] == "en"] if english else PEOPLE
cases = [make_case(i, *people[i % len(people)]) for i in range(100)]
t0 = time.perf_counter()
pdf = render_letters(cases, "acknowledgement", **sender_kwargs())
cold = time.perf_counter() - t0
t0 = time.perf_counter()
render_letters(cases, "status_update", **sender_kwargs())
warm = time.perf_counter() - t0
print(json.dumps({"cold_s": cold, "warm_s": warm, "bytes": len(pdf),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _run(kind: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", CHILD, kind], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.bench
def test_100_mixed_language_letters_in_one_batch() -> None:
    mixed = _run("mixed")
    english = _run("en")
    ratio_cold = mixed["cold_s"] / english["cold_s"]
    ratio_warm = mixed["warm_s"] / english["warm_s"]
    print(f"\n100 letters, mixed 12 languages: cold {mixed['cold_s']:.2f} s (fonts loaded), warm "
          f"{mixed['warm_s']:.2f} s, {mixed['bytes'] / 1e6:.1f} MB PDF, peak RSS {mixed['peak_rss_mb']:.0f} MB")
    print(f"100 letters, English only:       cold {english['cold_s']:.2f} s, warm {english['warm_s']:.2f} s, "
          f"{english['bytes'] / 1e6:.1f} MB PDF, peak RSS {english['peak_rss_mb']:.0f} MB")
    print(f"ratio mixed / English: cold {ratio_cold:.1f}x, warm {ratio_warm:.1f}x")
    assert mixed["cold_s"] <= 3.0
    assert mixed["peak_rss_mb"] <= 250
