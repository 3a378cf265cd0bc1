"""Sign-in and sync against the real sandbox on loopback, with real SQLCipher caches.

Each test uses its own district (and so its own account), so tests sharing the module's sandbox do not disturb
each other.
"""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.domain.errors import PrivacyHalt
from council_desk.domain.stats import MIN_CELL
from council_desk.sync.errors import DeviceRevoked
from council_desk.sync.tokens import REFRESH_SERVICE, refresh_key
from tests.support.client import (
    browser_env,
    cache_holds,
    files_hold,
    isolated_client_env,
    local_ids,
    new_session,
    server_ids,
)
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=6000, seed=11, consent_share=0.3)


@pytest.fixture()
def client_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with isolated_client_env(tmp_path, monkeypatch) as kr:
        yield kr


def signed_in(sb: RunningSandbox, district: int, monkeypatch: pytest.MonkeyPatch, **kw: Any) -> Any:
    browser_env(sb, district, monkeypatch)
    session = new_session(sb.url, **kw)
    me = session.sign_in()
    assert me.district == district
    return session


def test_sign_in_through_browser_keeps_refresh_token_in_keyring_only(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    session = signed_in(sandbox, 3, monkeypatch)
    try:
        token = client_env.get_password(REFRESH_SERVICE, refresh_key(session.server, session.user))
        assert token and len(token) >= 16
        assert not files_hold(tmp_path / "client-data", token)  # not in the cache folder, in no file there
        assert session.signed_in()
    finally:
        session.sign_out(remove_data=True)
        session.close()
    assert client_env.get_password(REFRESH_SERVICE, refresh_key(session.server, "cw03")) is None


def test_initial_then_incremental_sync_equals_server_set(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 4, monkeypatch)
    session.page_limit = 7  # many pages even for a small district
    try:
        s = session.sync()
        expected = server_ids(sandbox, 4)
        assert len(expected) > 10
        assert local_ids(session.store) == expected
        assert s.pulled == len(expected) and s.refused == 0
        # Incremental: one new consented complaint, one withdrawal.
        sandbox.file_complaint(district=4, consent=True)
        gone = sorted(expected)[0]
        sandbox.withdraw(gone)
        s2 = session.sync()
        assert s2.pulled == 1 and s2.removed == 1 and not s2.full_resync
        assert local_ids(session.store) == server_ids(sandbox, 4)
    finally:
        session.close()


def test_withdrawal_purges_everything_canary(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    canary = "CANARY" + uuid.uuid4().hex[:12]
    filed = sandbox.file_complaint(district=5, consent=True, description=f"{canary} broken hydrant")
    sid = filed["service_request_id"]
    session = signed_in(sandbox, 5, monkeypatch)
    try:
        session.sync()
        assert sid in local_ids(session.store) and cache_holds(session.store, canary)
        fu = FollowUpIn.model_validate(
            {
                "id": str(uuid.uuid4()),
                "service_request_id": sid,
                "kind": "note",
                "text": f"{canary} note",
                "created_at": "2026-01-05T10:00:00Z",
            }
        )
        session.store.add_followup(fu)
        session.sync()  # the follow-up is pushed, and comes back through the shared log
        sandbox.withdraw(sid, filed.get("receipt_code"))
        s = session.sync()
        assert s.removed == 1
        assert sid not in local_ids(session.store)
        assert not cache_holds(session.store, canary)  # complaint, follow-ups, outbox, search index
        session.close_store()
        assert not files_hold(tmp_path / "client-data", canary)  # db, -wal, -shm
    finally:
        session.close()


def test_rogue_records_refused_and_many_halt(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 6, monkeypatch)
    try:
        sandbox.set_faults(rogue={"other_district": 1, "withdrawn": 1, "district_string": 1}, rogue_pages=1)
        s = session.sync()
        assert s.refused == 3, s.refused_by_reason
        assert set(s.refused_by_reason) == {"consent_district", "consent_withdrawn", "contract"}
        assert local_ids(session.store) == server_ids(sandbox, 6)
        others = set(sandbox.complaint_ids(district=7, consent="active", limit=100_000))
        assert not (local_ids(session.store) & others)
        sandbox.file_complaint(district=6, consent=True)
        sandbox.set_faults(rogue={"unconsented": 3, "consent_yes": 2, "district_space": 2}, rogue_pages=1)
        before = local_ids(session.store)
        cursor = session.store.cursor("complaints")
        with pytest.raises(PrivacyHalt):
            session.sync()
        assert local_ids(session.store) == before  # the page with the rogue records was not applied
        assert session.store.cursor("complaints") == cursor
    finally:
        sandbox.set_faults(rogue={}, rogue_pages=0)
        session.close()


def test_410_full_resync_purges_only_what_the_complete_snapshot_lacks(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 8, monkeypatch)
    session.page_limit = 5
    try:
        session.sync()
        gone = sorted(local_ids(session.store))[1]
        sandbox.withdraw(gone)
        sandbox.expire_cursors()
        # First attempt: the snapshot breaks half-way (server errors): nothing may be purged yet.
        sandbox.set_faults(error_next=50)
        with pytest.raises(Exception):  # noqa: B017 -- Offline / ServerBusy, whichever the retries end in
            session.sync()
        assert gone in local_ids(session.store)
        sandbox.set_faults(error_next=0)
        s = session.sync()
        assert s.purged_by_snapshot + s.removed >= 1
        assert local_ids(session.store) == server_ids(sandbox, 8)
    finally:
        sandbox.set_faults(error_next=0)
        session.close()


def test_token_expiry_mid_sync_refreshes_once_and_resumes(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The sandbox's token expiry follows the real clock, so: a 1-second first token, and later tokens long-lived.
    sandbox.set_faults(access_token_seconds=1)
    try:
        session = signed_in(sandbox, 9, monkeypatch)
    finally:
        sandbox.set_faults(access_token_seconds=3600)
    # Make the client trust its token (as with a skewed clock) so the server's 401 is what drives the refresh.
    session.tokens._expires_at = float("inf")
    session.page_limit = 4
    pages: list[int] = []

    def progress(p: Any) -> None:
        if p.stage == "complaints":
            pages.append(p.done)
            if len(pages) == 2:
                time.sleep(1.2)  # not polling: waiting out the token's one-second life once

    try:
        s = session.sync(progress=progress)
        assert session.tokens.refresh_count == 1
        assert len(pages) > 3
        assert local_ids(session.store) == server_ids(sandbox, 9)
        assert s.pulled == len(server_ids(sandbox, 9))  # no page fetched twice, none skipped
    finally:
        session.close()


def test_concurrent_refreshes_become_one(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sandbox.set_faults(access_token_seconds=1)
    try:
        session = signed_in(sandbox, 10, monkeypatch)
    finally:
        sandbox.set_faults(access_token_seconds=3600)
    session.tokens._expires_at = float("inf")  # the client trusts its token; the server's 401s say otherwise
    time.sleep(1.2)  # the token's one-second life runs out
    try:
        barrier = threading.Barrier(4)
        results: list[Any] = []
        errors: list[BaseException] = []

        def call() -> None:
            barrier.wait()
            try:
                results.append(session.client.me())
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors and len(results) == 4
        assert session.tokens.refresh_count == 1
        session.sync()  # the rotated refresh token still works (no reuse detected)
    finally:
        session.close()


def test_commit_then_drop_gives_exactly_one_server_record(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 11, monkeypatch)
    try:
        session.sync()
        sid = sorted(local_ids(session.store))[0]
        fid = uuid.uuid4()
        session.store.add_followup(
            FollowUpIn.model_validate(
                {
                    "id": str(fid),
                    "service_request_id": sid,
                    "kind": "call",
                    "text": "left a message",
                    "created_at": "2026-01-05T10:00:00Z",
                }
            )
        )
        sandbox.set_faults(drop_next_posts=1)
        s = session.sync()
        assert sandbox.set_faults()["drop_next_posts"] == 0  # the drop really happened
        assert s.pushed == 1 and session.store.outbox_count() == 0
        token = session.tokens.current()[1]
        log = sandbox.api("GET", "/v1/sync/followups", token, params={"limit": 1000}).json()["followups"]
        assert [f["id"] for f in log].count(str(fid)) == 1
    finally:
        sandbox.set_faults(drop_next_posts=0)
        session.close()


def test_device_revoked_wipes_cache(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 12, monkeypatch)
    try:
        session.sync()
        paths = session.paths()
        assert paths.db.exists()
        sandbox.set_device_status("cw12", "revoked")
        with pytest.raises(DeviceRevoked):
            session.sync()
        assert not any(p.exists() for p in paths.all_files())
    finally:
        sandbox.set_device_status("cw12", "active")
        session.close()


def test_stats_are_aggregates_for_the_signed_in_district(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 13, monkeypatch)
    try:
        stats = session.client.stats("2020-01", "2025-12")
        assert stats.district == 13
        assert stats.rows and {r.area for r in stats.rows} <= {"district", "city"}
        assert all(r.closure_rate is None or 0 <= r.closure_rate <= 1 for r in stats.rows)
        assert all(r.received is None or r.received >= MIN_CELL for r in stats.rows)  # small cells withheld
    finally:
        session.close()
