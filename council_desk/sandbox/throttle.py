"""A brake on guessing: failed attempts per key (a user name, a complaint number, a client address) in a sliding
window, safe under concurrent requests and bounded in memory.

uvicorn runs the sign-in and withdrawal handlers on many worker threads at once, so counting cannot be "check, then
record later": forty wrong passwords sent together would all pass the check before any was recorded. `begin`
therefore reserves the attempt under one lock (it counts as a failure from that instant), and `forgive` takes the
reservation back when the attempt turns out right. At most `limit` attempts per key are ever judged in a window.

Memory: one short list of times per key, at most `max_keys` keys. Keys whose failures have all expired are
dropped first; beyond that the least recently tried key is forgotten (an LRU). Forgetting a key can only let its
owner try again early; the per-address limit keeps one address from flushing the table quickly (with the
sandbox's 30 sign-in failures per address per 5 minutes, pushing 10,000 keys out takes 334 addresses).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["AttemptThrottle", "Ticket"]


@dataclass(frozen=True)
class Ticket:
    """The answer of `begin`: allowed (and reserved), or the seconds to wait before any key has room again."""

    allowed: bool
    retry_after: float
    keys: tuple[tuple[str, str], ...]
    at: float


class AttemptThrottle:
    """`limits` maps a kind of key ("user", "address", …) to the failures it may have within `window` seconds."""

    def __init__(
        self,
        limits: Mapping[str, int],
        window: float,
        clock: Callable[[], float],
        max_keys: int = 10_000,
    ) -> None:
        if not limits or min(limits.values()) < 1 or window <= 0 or max_keys < len(limits):
            raise ValueError("each limit must be at least 1, the window positive, and max_keys room for one try")
        self.limits = dict(limits)
        self.window = window
        self.max_keys = max_keys
        self._clock = clock
        self._lock = threading.Lock()
        # A list, not a deque: a deque allocates a 64-slot block (10.1 MB for 10,000 keys against 3.4 MB,
        # measured), and a list holds at most `limit` (≤ 30) times.
        self._failures: OrderedDict[tuple[str, str], list[float]] = OrderedDict()

    def begin(self, **keys: str) -> Ticket:
        """Reserve one attempt under every key (e.g. `user=…, address=…`), or say how long to wait.

        A refused attempt records nothing: only attempts that were judged count."""
        if set(keys) != set(self.limits):
            raise ValueError(f"expected keys {sorted(self.limits)}")
        now = self._clock()
        wanted = tuple(sorted(keys.items()))
        with self._lock:
            wait = 0.0
            for key in wanted:
                times = self._live(key, now)
                if times is not None and len(times) >= self.limits[key[0]]:
                    wait = max(wait, times[0] + self.window - now)
            if wait > 0:
                return Ticket(False, wait, wanted, now)
            for key in wanted:
                times = self._failures.get(key)
                if times is None:
                    self._make_room(now)
                    times = self._failures[key] = []
                times.append(now)
                self._failures.move_to_end(key)
        return Ticket(True, 0.0, wanted, now)

    def forgive(self, ticket: Ticket) -> None:
        """The attempt was right: take its reservation back (earlier failures still count)."""
        if not ticket.allowed:
            return
        with self._lock:
            for key in ticket.keys:
                times = self._failures.get(key)
                if times is not None and ticket.at in times:
                    times.remove(ticket.at)
                    if not times:
                        del self._failures[key]

    def clear(self) -> None:
        with self._lock:
            self._failures.clear()

    def __len__(self) -> int:
        """Keys held (for the memory bound)."""
        with self._lock:
            return len(self._failures)

    # ---- under the lock ----------------------------------------------------------------------------------------
    def _live(self, key: tuple[str, str], now: float) -> list[float] | None:
        """The key's failures still inside the window (expired ones dropped), or None."""
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self.window:
            del times[0]
        if not times:
            del self._failures[key]
            return None
        return times

    def _make_room(self, now: float) -> None:
        """Before adding a key: drop expired keys from the old end, then the least recently tried ones."""
        while self._failures:
            oldest_key, times = next(iter(self._failures.items()))
            if times and times[-1] > now - self.window and len(self._failures) < self.max_keys:
                return
            del self._failures[oldest_key]
