"""Network faults between the client and the sandbox, through the fault proxy on loopback: every attempt ends
within its deadline, nothing from a partial or wrong body is applied, and a later clean sync catches up."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import TokenResponse
from council_desk.domain.errors import KnownError, Offline
from council_desk.sync.errors import BadResponse
from council_desk.sync.http import RetryPolicy, Timeouts
from tests.support.client import isolated_client_env, local_ids, new_session, server_ids
from tests.support.faultproxy import FaultProxy, Rule
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=4000, seed=13, consent_share=0.3)
DISTRICT = 14
DEADLINE = 2.0
ATTEMPTS = 3


@pytest.fixture()
def proxy(sandbox: RunningSandbox) -> Iterator[FaultProxy]:
    p = FaultProxy("127.0.0.1", sandbox.port)
    yield p
    p.close()


@pytest.fixture()
def session(sandbox: RunningSandbox, proxy: FaultProxy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with isolated_client_env(tmp_path, monkeypatch):
        s = new_session(
            proxy.url,
            user="cw14",
            timeouts=Timeouts(connect_s=1, read_s=DEADLINE, deadline_s=DEADLINE, page_deadline_s=DEADLINE),
            retry=RetryPolicy(attempts=ATTEMPTS, base_s=0.05, cap_s=0.2, retry_after_cap_s=5),
        )
        # Signed in directly at the sandbox (the proxy has its own origin, which discovery rightly refuses).
        s.tokens.accept(TokenResponse.model_validate(sandbox.sign_in("caseworker", DISTRICT)), "cw14")
        s.open_store()
        s.record_fresh_sign_in()  # what Session.sign_in records after the browser
        s.page_limit = 6
        s.sync()
        assert local_ids(s.store) == server_ids(sandbox, DISTRICT)
        yield s
        s.close()


def _state(s: Any) -> tuple[set[str], str | None]:
    return local_ids(s.store), s.store.cursor("complaints")


@pytest.mark.parametrize(
    "mode, error",
    [("refuse", Offline), ("reset_mid_body", Offline), ("short_body", Offline), ("html200", BadResponse)],
)
def test_fault_applies_nothing_and_ends_in_time(
    sandbox: RunningSandbox, proxy: FaultProxy, session: Any, mode: str, error: type[KnownError]
) -> None:
    sandbox.file_complaint(district=DISTRICT, consent=True)
    before = _state(session)
    proxy.add(Rule(mode, path="/v1/sync/complaints", times=-1))  # type: ignore[arg-type]
    t0 = time.monotonic()
    with pytest.raises(error):
        session.sync()
    elapsed = time.monotonic() - t0
    assert elapsed < ATTEMPTS * (DEADLINE + 0.5) + 2, elapsed
    assert _state(session) == before  # no page applied, cursor unchanged
    proxy.clear()
    session.sync()
    assert local_ids(session.store) == server_ids(sandbox, DISTRICT)


def test_drip_is_cut_at_the_deadline_then_retried(
    sandbox: RunningSandbox, proxy: FaultProxy, session: Any
) -> None:
    sandbox.file_complaint(district=DISTRICT, consent=True)
    proxy.add(Rule("drip", path="/v1/sync/complaints", times=1, drip_delay_s=0.5))
    t0 = time.monotonic()
    session.sync()
    elapsed = time.monotonic() - t0
    assert any(p.startswith("/v1/sync/complaints") and m == "drip" for p, m in proxy.log)
    assert DEADLINE <= elapsed < DEADLINE + 5, elapsed  # one attempt cut at its deadline, then a clean retry
    assert local_ids(session.store) == server_ids(sandbox, DISTRICT)


def test_drip_on_every_attempt_ends_offline_within_bounds(
    sandbox: RunningSandbox, proxy: FaultProxy, session: Any
) -> None:
    before = _state(session)
    proxy.add(Rule("drip", path="/v1/sync/complaints", times=-1, drip_delay_s=0.3))
    t0 = time.monotonic()
    with pytest.raises(Offline):
        session.sync()
    elapsed = time.monotonic() - t0
    assert elapsed < ATTEMPTS * (DEADLINE + 0.5) + 2, elapsed
    assert _state(session) == before


def test_503_retry_after_is_honoured(sandbox: RunningSandbox, proxy: FaultProxy, session: Any) -> None:
    sandbox.file_complaint(district=DISTRICT, consent=True)
    proxy.add(Rule("503", path="/v1/sync/complaints", times=2, retry_after=1))
    start = len(proxy.log)
    t0 = time.monotonic()
    session.sync()
    elapsed = time.monotonic() - t0
    assert elapsed >= 2.0  # two Retry-After: 1 waits, not a storm
    hits = [m for p, m in proxy.log[start:] if p.startswith("/v1/sync/complaints")]
    assert hits[:3] == ["503", "503", "pass"]
    assert local_ids(session.store) == server_ids(sandbox, DISTRICT)
