"""A Hypothesis state machine of offline work against a pure-Python model, with the real sandbox and cache.

Steps: write follow-ups (online or offline), go offline / online (the fault proxy refuses every connection), sync,
consent flips on the 311 side (new consented complaints, withdrawals), reopen the cache, time passes.
Invariants: nothing the caseworker wrote is lost (each follow-up is queued or on the server exactly once, unless
its complaint was withdrawn); after every successful sync the cache holds exactly the server's consented set.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from council_desk.api.models import FollowUpIn, TokenResponse
from council_desk.domain.errors import Offline
from council_desk.sync.session import SessionExpired
from tests.support.client import local_ids, new_session, server_ids
from tests.support.faultproxy import FaultProxy, Rule
from tests.support.keyrings import KEYRING_ENV, FileKeyring
from tests.support.sandbox import RunningSandbox

DISTRICT = 25
USER = "cw25"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    tmp = tmp_path_factory.mktemp("offline-model")
    with RunningSandbox(tmp, complaints=3000, seed=23, consent_share=0.3) as sb:
        proxy = FaultProxy("127.0.0.1", sb.port)
        try:
            yield sb, proxy, tmp
        finally:
            proxy.close()


def test_offline_work_state_machine(world: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    sb, proxy, tmp = world
    import keyring

    counter = {"n": 0}

    class OfflineWork(RuleBasedStateMachine):
        @initialize()
        def start(self) -> None:
            counter["n"] += 1
            base = tmp / f"run{counter['n']}"
            base.mkdir()
            monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(base / "data"))
            monkeypatch.setenv(KEYRING_ENV, str(base / "keyring.json"))
            keyring.set_keyring(FileKeyring())
            proxy.clear()
            self.online = True
            self.session = self._new_session()
            self.session.tokens.accept(TokenResponse.model_validate(sb.sign_in("caseworker", DISTRICT)), USER)
            self.session.open_store()
            self.session.record_fresh_sign_in()  # what Session.sign_in records after the browser
            self.session.sync()
            self.written: dict[str, str] = {}  # follow-up id -> complaint id
            self.lost: set[str] = set()  # follow-ups whose complaint left the office before they reached 311
            self.delivered: set[str] = set()  # seen once on the server: safe from then on
            self.withdrawn: set[str] = set()

        def _new_session(self) -> Any:
            s = new_session(proxy.url, user=USER)
            s.page_limit = 50
            return s

        def teardown(self) -> None:
            proxy.clear()
            self.session.close()

        @rule(n=st.integers(1, 3), pick=st.integers(0, 10_000))
        def write_followups(self, n: int, pick: int) -> None:
            held = sorted(local_ids(self.session.store))
            if not held:
                return
            for i in range(n):
                sid = held[(pick + i) % len(held)]
                fid = str(uuid.uuid4())
                self.session.store.add_followup(
                    FollowUpIn.model_validate(
                        {
                            "id": fid,
                            "service_request_id": sid,
                            "kind": "call",
                            "text": "called back",
                            "created_at": "2026-01-05T10:00:00Z",
                        }
                    )
                )
                self.written[fid] = sid
                if sid in self.withdrawn:
                    self.lost.add(fid)  # still on this PC until the next sync, but 311 no longer shares it

        @rule()
        def go_offline(self) -> None:
            proxy.clear()
            proxy.add(Rule("refuse", path="/", times=-1))
            self.online = False

        @rule()
        def go_online(self) -> None:
            proxy.clear()
            self.online = True

        @rule()
        def sync(self) -> None:
            if self.session.session_expired():
                # A day went by: past the session limit nothing syncs until the caseworker signs in again.
                before = (local_ids(self.session.store), self.session.store.outbox_count())
                with pytest.raises(SessionExpired):
                    self.session.sync()
                assert (local_ids(self.session.store), self.session.store.outbox_count()) == before
                if not self.online:
                    return
                self.session.record_fresh_sign_in()  # what a browser sign-in records
            if not self.online:
                before = (local_ids(self.session.store), self.session.store.outbox_count())
                with pytest.raises(Offline):
                    self.session.sync()
                assert (local_ids(self.session.store), self.session.store.outbox_count()) == before
                return
            self.session.sync()
            assert local_ids(self.session.store) == server_ids(sb, DISTRICT)  # nothing unconsented visible
            assert self.session.store.outbox_count() == 0
            on_server = sb.followup_ids(DISTRICT)
            held = local_ids(self.session.store)
            for fid, sid in self.written.items():
                # The shared log shows follow-ups of complaints still shared with the office.
                if fid not in self.lost and sid in held:
                    assert on_server.count(fid) == 1
                    self.delivered.add(fid)

        @rule()
        def new_consented_complaint(self) -> None:
            sb.file_complaint(district=DISTRICT, consent=True)

        @rule(pick=st.integers(0, 10_000))
        def withdraw(self, pick: int) -> None:
            held = sorted(server_ids(sb, DISTRICT))
            if not held:
                return
            sid = held[pick % len(held)]
            sb.withdraw(sid)
            self.withdrawn.add(sid)
            queued = {item.idempotency_key for item in self.session.store.outbox()}
            self.lost |= {f for f, s in self.written.items() if s == sid and f in queued}

        @rule()
        def reopen(self) -> None:
            self.session.close()
            self.session = self._new_session()
            self.session.open_store()

        @rule(days=st.integers(0, 3))
        def time_passes(self, days: int) -> None:
            # Local enforcement only (the server's clock stays): retention and the offline limit, as at start-up.
            queued = {item.idempotency_key for item in self.session.store.outbox()}
            self.session.enforce_policy(dt.datetime.now(dt.UTC) + dt.timedelta(days=days))
            held = local_ids(self.session.store)
            # A retention purge takes unsent follow-ups with it (counted in the audit log): a legitimate loss.
            self.lost |= {f for f, s in self.written.items() if f in queued and s not in held}

        @invariant()
        def nothing_lost(self) -> None:
            if not hasattr(self, "session"):
                return
            queued = {item.idempotency_key for item in self.session.store.outbox()}
            settled = queued | self.lost | self.delivered
            missing = [f for f in self.written if f not in settled]
            if missing:
                on_server = set(sb.followup_ids(DISTRICT))
                assert not [f for f in missing if f not in on_server]

    old = keyring.get_keyring()
    try:
        run_state_machine_as_test(
            OfflineWork,
            settings=settings(
                max_examples=15, stateful_step_count=15, deadline=None, suppress_health_check=list(HealthCheck)
            ),
        )
    finally:
        keyring.set_keyring(old)
