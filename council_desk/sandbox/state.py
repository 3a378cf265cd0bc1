"""Server settings and the shared state every route reaches through `request.app.state.sandbox`."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from council_desk.sandbox.accounts import Account, accounts
from council_desk.sandbox.store import Store
from council_desk.sandbox.throttle import AttemptThrottle

# Failed sign-ins allowed in any 5 minutes, per user name and per client address, then 429 until the oldest one
# leaves the window. Ten lets a person mistype a password and a code a few times; the address limit brakes one
# machine trying many user names (the per-user limit alone would let it try 10 passwords for every name).
SIGN_IN_FAILURES = {"user": 10, "address": 30}
SIGN_IN_WINDOW_SECONDS = 300
# Wrong withdrawal receipts allowed in any 15 minutes, per complaint number and per client address. A receipt has
# 75 random bits, so the brake is not what makes guessing hopeless; it stops a script from trying at all. The
# price: someone spraying a complaint's number can delay its filer's withdrawal by 15 minutes (the page says so).
WITHDRAW_FAILURES = {"complaint": 5, "address": 20}
WITHDRAW_WINDOW_SECONDS = 900
# Keys each throttle remembers at most (user names, complaint numbers, addresses): 3.4 MB when full (measured).
THROTTLE_MAX_KEYS = 10_000


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 0
    seed: int = 7
    complaints: int | None = None
    consent_share: float = 0.2
    only_district: int | None = None
    test_mode: bool = False
    data_dir: Path = Path(".")
    access_token_minutes: float = 10.0
    retention_days: int = 365
    date_shift_days: int | None = None  # None = automatic (see generate.py)
    rate_per_second: float = 50.0
    rate_burst: int = 200
    max_body_bytes: int = 4 * 1024 * 1024
    # Test mode only: a sign-in code may be used again within its 30 s (test harnesses sign in many times a
    # second). Off, as in training, each code signs in once (RFC 6238 §5.2).
    allow_totp_reuse: bool = False
    # The 311 lifecycle (issue 14, casework.py): seconds of server time between a forwarded reopen request and the
    # agency's answer, between a reopening and the second closure, and between that and the resurvey. Two minutes,
    # so a training session sees the whole cycle; test mode can move the clock or change these (/test/lifecycle).
    lifecycle_delay_seconds: float = 120.0
    lifecycle_outcome: str = "auto"  # "auto" (two in three reopened) | "reopened" | "declined"
    survey_shared: str = "auto"  # "auto" (seven filers in ten share) | "always" | "never"


@dataclass
class Faults:
    """Test-mode switches (see faults.py). All off by default."""

    latency_ms: int = 0
    error_rate: float = 0.0
    error_next: int = 0
    drop_next_posts: int = 0
    truncate_next: int = 0
    access_token_seconds: int | None = None
    rogue: dict[str, int] = field(default_factory=dict)
    rogue_pages: int = 0
    audit_ack_only: int | None = None  # the next audit upload's answer names only this many events


class RateLimiter:
    """Token bucket per access token: `Retry-After` tells the client when one request fits again."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 if allowed, else seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate


class Sandbox:
    """Everything a request may need: settings, store, accounts, faults, limits."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        # A copy: test mode can move an account to another district (faults.py) without touching the cached one.
        self.accounts: dict[str, Account] = dict(accounts(settings.seed))
        self.faults = Faults()
        self.limiter = RateLimiter(settings.rate_per_second, settings.rate_burst)
        self.cursor_key = bytes.fromhex(store.meta("cursor_key") or "00")
        self.fault_lock = threading.Lock()

        # Both brakes follow the server clock (test mode moves it forward to end a window).
        def clock() -> float:
            return store.now().timestamp()

        # Failed sign-ins (the brute-force brake on the sign-in form) and wrong withdrawal receipts.
        self.login_failures = AttemptThrottle(SIGN_IN_FAILURES, SIGN_IN_WINDOW_SECONDS, clock, THROTTLE_MAX_KEYS)
        self.withdraw_failures = AttemptThrottle(
            WITHDRAW_FAILURES, WITHDRAW_WINDOW_SECONDS, clock, THROTTLE_MAX_KEYS
        )
        # user name -> the TOTP time step of its last sign-in: a code of that step or an earlier one is spent
        self.totp_last_step: dict[str, int] = {}
        self.totp_lock = threading.Lock()

    def access_token_seconds(self) -> int:
        if self.faults.access_token_seconds is not None:
            return self.faults.access_token_seconds
        return max(1, int(self.settings.access_token_minutes * 60))
