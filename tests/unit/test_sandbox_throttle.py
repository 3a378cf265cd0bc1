"""The brake on guessing (sandbox/throttle.py) and the sandbox's two uses of it: exact under threads, a window that
slides, a right attempt that does not count, and memory that stays bounded whatever is tried."""

from __future__ import annotations

import threading
import tracemalloc
from pathlib import Path

import pytest

from council_desk.sandbox.state import (
    SIGN_IN_FAILURES,
    SIGN_IN_WINDOW_SECONDS,
    THROTTLE_MAX_KEYS,
    Sandbox,
    Settings,
)
from council_desk.sandbox.store import Store
from council_desk.sandbox.throttle import AttemptThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _throttle(clock: Clock, max_keys: int = 1000) -> AttemptThrottle:
    return AttemptThrottle({"user": 3, "address": 5}, 60, clock, max_keys)


def test_the_limit_per_key_then_a_wait_until_the_oldest_failure_leaves_the_window() -> None:
    clock = Clock()
    t = _throttle(clock)
    start = clock.now
    for _ in range(3):
        assert t.begin(user="ann", address="a").allowed
        clock.now += 10  # failures at 0, 10 and 20 s
    refused = t.begin(user="ann", address="a")
    assert not refused.allowed and refused.retry_after == pytest.approx(30)  # until the failure at 0 s is 60 s old
    clock.now = start + 60.5
    assert t.begin(user="ann", address="a").allowed
    assert not t.begin(user="ann", address="a").allowed  # 10, 20 and 60.5 s are inside the window again


def test_a_refused_attempt_records_nothing_and_a_right_one_is_forgiven() -> None:
    clock = Clock()
    t = _throttle(clock)
    for _ in range(3):
        t.begin(user="ann", address="a")
    for _ in range(10):
        assert not t.begin(user="ann", address="a").allowed
    clock.now += 61
    ok = t.begin(user="ann", address="a")
    t.forgive(ok)
    assert len(t) == 0  # nothing left against ann or her address


def test_the_address_limit_brakes_many_user_names() -> None:
    clock = Clock()
    t = _throttle(clock)
    assert all(t.begin(user=f"u{i}", address="a").allowed for i in range(5))
    assert not t.begin(user="u99", address="a").allowed
    assert t.begin(user="u99", address="b").allowed


def test_the_keys_asked_for_must_be_the_kinds_configured() -> None:
    t = _throttle(Clock())
    with pytest.raises(ValueError, match="expected keys"):
        t.begin(user="ann")
    with pytest.raises(ValueError):
        AttemptThrottle({"user": 0}, 60, Clock())


def test_threads_trying_at_once_get_exactly_the_limit() -> None:
    clock = Clock()
    t = AttemptThrottle({"user": 10, "address": 1000}, 300, clock)
    barrier = threading.Barrier(64)
    allowed: list[bool] = []
    lock = threading.Lock()

    def run() -> None:
        barrier.wait()
        for _ in range(20):
            ok = t.begin(user="cw07", address="127.0.0.1").allowed
            with lock:
                allowed.append(ok)

    threads = [threading.Thread(target=run) for _ in range(64)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert allowed.count(True) == 10 and len(allowed) == 64 * 20


def test_memory_stays_bounded_after_100k_distinct_user_names() -> None:
    clock = Clock()
    t = AttemptThrottle(SIGN_IN_FAILURES, SIGN_IN_WINDOW_SECONDS, clock, THROTTLE_MAX_KEYS)
    tracemalloc.start()
    try:
        held: list[tuple[int, int]] = []
        for i in range(100_000):
            # Many addresses too (else the address limit refuses after 30 and nothing grows): the worst case.
            t.begin(user=f"sprayed-user-{i:06d}", address=f"10.0.{i // 250 % 256}.{i % 250}")
            clock.now += 0.001
            if i + 1 in (20_000, 100_000):
                held.append((len(t), tracemalloc.get_traced_memory()[0]))
    finally:
        tracemalloc.stop()
    (keys_20k, bytes_20k), (keys_100k, bytes_100k) = held
    assert keys_20k == keys_100k == THROTTLE_MAX_KEYS
    # Measured: about 3.3 MB for 10,000 keys (two short strings, a list and a float each), the same at 100k.
    assert bytes_100k < 1.1 * bytes_20k and bytes_100k < 5_000_000, held
    # Recent keys are the ones kept: the last user name tried is still braked after its failures.
    last = "sprayed-user-099999"
    for _ in range(SIGN_IN_FAILURES["user"] - 1):
        t.begin(user=last, address="192.0.2.1")
    assert not t.begin(user=last, address="192.0.2.2").allowed


def test_expired_keys_are_dropped_before_recent_ones() -> None:
    clock = Clock()
    t = AttemptThrottle({"user": 2, "address": 100}, 60, clock, max_keys=4)
    t.begin(user="old", address="x")  # two keys: user old, address x
    clock.now += 61
    t.begin(user="new", address="y")
    t.begin(user="new", address="y")
    assert len(t) == 2  # old and x expired and were dropped to make room
    assert not t.begin(user="new", address="z").allowed


def test_the_sandbox_brakes_follow_its_clock(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    sb = Sandbox(Settings(data_dir=tmp_path), store)
    for _ in range(SIGN_IN_FAILURES["user"]):
        assert sb.login_failures.begin(user="cw07", address="127.0.0.1").allowed
    assert not sb.login_failures.begin(user="cw07", address="127.0.0.1").allowed
    store.advance_clock(SIGN_IN_WINDOW_SECONDS + 1)
    assert sb.login_failures.begin(user="cw07", address="127.0.0.1").allowed
    store.close()
