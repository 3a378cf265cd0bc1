"""Privacy that holds (issue 11), against the real sandbox on loopback and real SQLCipher files: every secret
through one guarded module; a revoked device wiped whatever call meets the revocation; refusals that purge what
is already held; a district switch purged before anything is shown; the office's unsent work never overwritten
by the server; a retention clock that one far-future record cannot move.

Each test uses its own district (and so its own account), so tests sharing the module's sandbox do not disturb
each other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest

from council_desk.cache.errors import InsecureKeyring
from council_desk.domain.errors import PrivacyHalt
from council_desk.sync.errors import DeviceRevoked
from tests.support.client import (
    browser_env,
    cache_holds,
    files_hold,
    isolated_client_env,
    local_ids,
    new_session,
    server_ids,
)
from tests.support.keyrings import FileKeyring
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


def keyring_entries(kr: FileKeyring) -> dict[str, str]:
    with kr._locked() as data:
        return dict(data)


# ------------------------------------------------------------------------------------------ one home for secrets
class PlaintextFileKeyring(FileKeyring):
    """What keyrings.alt's PlaintextKeyring does: secrets in clear in a file. Council Desk writes none there."""


def test_no_secret_reaches_a_plaintext_keyring(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plain = PlaintextFileKeyring(str(tmp_path / "plaintext-keyring.json"))
    keyring.set_keyring(plain)
    browser_env(sandbox, 21, monkeypatch)
    session = new_session(sandbox.url)
    try:
        # Signed in at the server; the cache then refuses the keyring (the app asks for a cache passphrase).
        with pytest.raises(InsecureKeyring):
            session.sign_in()
        assert session.tokens.has_refresh_token()  # the sign-in lasts for this process, in memory
        assert keyring_entries(plain) == {}  # no refresh token, no remembered user, no cache key
        assert not (tmp_path / "plaintext-keyring.json").exists() or not files_hold(tmp_path, "cw21")
    finally:
        session.close()


def test_a_revoked_device_loses_every_secret_and_file(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 22, monkeypatch)
    try:
        session.sync()
        folder = session.paths().folder
        assert keyring_entries(client_env)  # cache key, refresh token, remembered user
        sandbox.set_device_status("cw22", "revoked")
        with pytest.raises(DeviceRevoked):
            session.sync()
        assert keyring_entries(client_env) == {}
        assert not folder.exists()
        assert not session.tokens.has_refresh_token()
    finally:
        sandbox.set_device_status("cw22", "active")
        session.close()


def test_403_device_revoked_on_any_call_wipes(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only `/v1/me`'s policy: the statistics call (or a push) meeting the revocation wipes too."""
    session = signed_in(sandbox, 23, monkeypatch)
    try:
        session.sync()
        folder = session.paths().folder
        assert folder.exists()
        sandbox.set_device_status("cw23", "revoked")
        with pytest.raises(DeviceRevoked):
            session.client.stats("2024-01", "2024-12")
        assert keyring_entries(client_env) == {}
        assert not folder.exists()
        assert session.store is None
    finally:
        sandbox.set_device_status("cw23", "active")
        session.close()


def test_signing_in_on_a_revoked_device_wipes_and_refuses(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 24, monkeypatch)
    folder = session.paths().folder
    session.close()
    sandbox.set_device_status("cw24", "revoked")
    try:
        again = new_session(sandbox.url)
        with pytest.raises(DeviceRevoked):
            again.sign_in()
        again.close()
        assert keyring_entries(client_env) == {}
        assert not folder.exists()
    finally:
        sandbox.set_device_status("cw24", "active")


# ---------------------------------------------------------------------------------- fail closed on what is held
def _held_first(sb: RunningSandbox, district: int, n: int) -> list[str]:
    """The district's consented complaints the sandbox's held-record rogues pick, in its order."""
    return sb.complaint_ids(district=district, consent="active", limit=n)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("withdraw_held", "consent_withdrawn"),
        ("other_district_held", "consent_district"),
        ("contract_held", "contract"),
    ],
)
def test_an_upsert_saying_no_longer_yours_purges_the_held_copy(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch, kind: str, reason: str
) -> None:
    district = {"withdraw_held": 25, "other_district_held": 26, "contract_held": 27}[kind]
    session = signed_in(sandbox, district, monkeypatch)
    try:
        session.sync()
        held = _held_first(sandbox, district, 2)
        assert all(session.store.case(sid) is not None for sid in held)
        sandbox.set_faults(rogue={kind: 2}, rogue_pages=1)
        summary = session.sync()
        for sid in held:
            assert not cache_holds(session.store, sid)  # no row of any table names it any more
        assert summary.refused_by_reason.get(reason) == 2
        assert summary.refused_purged == 2
        purges = [e for e in session.audit.events() if e.action == "purge"]
        assert any(f"refused_{reason}:2" in e.reason for e in purges)
    finally:
        sandbox.set_faults(rogue={}, rogue_pages=0)
        session.close()


def test_a_privacy_halt_still_purges_what_it_refused(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 28, monkeypatch)
    try:
        session.sync()
        held = _held_first(sandbox, 28, 6)
        assert all(session.store.case(sid) is not None for sid in held)
        sandbox.set_faults(rogue={"withdraw_held": 6}, rogue_pages=1)
        with pytest.raises(PrivacyHalt):
            session.sync()
        assert all(session.store.case(sid) is None for sid in held)
    finally:
        sandbox.set_faults(rogue={}, rogue_pages=0)
        session.close()


def test_a_district_switch_at_sign_in_purges_the_old_district_before_anything_is_shown(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 29, monkeypatch)
    try:
        session.sync()
        old = local_ids(session.store)
        assert old
        session.close()
        sandbox.move_account("cw29", 30)
        again = new_session(sandbox.url)
        me = again.sign_in()  # the same account, the same cache on this PC, now district 30
        assert me.district == 30
        assert local_ids(again.store) == set()  # purged in the transaction that recorded the new district
        # The first resync after the switch halts (the server sends what the office may not hold)...
        sandbox.set_faults(rogue={"other_district": 6}, rogue_pages=1)
        with pytest.raises(PrivacyHalt):
            again.sync()
        sandbox.set_faults(rogue={}, rogue_pages=0)
        # ... and the next sync still knows a full snapshot is owed: it ends with exactly the new district's set.
        summary = again.sync()
        assert summary.full_resync or summary.purged_by_snapshot >= 0
        assert local_ids(again.store) == server_ids(sandbox, 30)
        assert not again.store.resync_required()
        again.close()
    finally:
        sandbox.set_faults(rogue={}, rogue_pages=0)
        sandbox.move_account("cw29", 29)


def test_a_consent_dated_in_the_future_is_refused(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 31, monkeypatch)
    try:
        session.sync()
        before = local_ids(session.store)
        sandbox.set_faults(rogue={"consent_future": 1}, rogue_pages=1)
        summary = session.sync()
        assert summary.refused_by_reason == {"consent_future": 1}
        assert local_ids(session.store) == before
    finally:
        sandbox.set_faults(rogue={}, rogue_pages=0)
        session.close()


def test_strays_already_held_are_purged_when_the_cache_opens(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row of another district, or without active consent, that got into the cache some other way (an older
    version, an edit made with the key) is purged at the next open, before anything reads the cache."""
    import datetime as dt

    from council_desk.cache.feed import upsert_many as _upsert_many
    from council_desk.cache.rows import upsert_row
    from tests.support.records import upsert as make_upsert

    session = signed_in(sandbox, 32, monkeypatch)
    try:
        session.sync()
        held = local_ids(session.store)
        other = upsert_row(make_upsert(900_001, district=33))
        withdrawn = upsert_row(make_upsert(900_002, district=32, withdrawn=dt.datetime(2025, 2, 1, tzinfo=dt.UTC)))
        with session.store.transaction() as conn:
            _upsert_many(conn, [other, withdrawn])  # under the store's own checks
        assert local_ids(session.store) == held | {other[0], withdrawn[0]}
        session.close_store()
        session.open_store()
        assert local_ids(session.store) == held
        assert any("out_of_scope:2" in e.reason for e in session.audit.events("purge"))
    finally:
        session.close()


# ------------------------------------------------------------------------------------------ the office's own work
def test_a_colliding_server_record_never_costs_the_caseworker_a_note(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server holds a record of ANOTHER case under the id of a follow-up written here and not yet sent: the
    push meets a 404 for it. The note is not dropped as 'no longer shared' (its complaint still is): it goes
    again under a fresh id, and the shared log ends with it on its own case."""
    import datetime as dt
    import uuid

    from council_desk.api.models import FollowUpIn

    session = signed_in(sandbox, 34, monkeypatch)
    try:
        session.sync()
        mine, other = sorted(local_ids(session.store))[:2]
        fu = FollowUpIn(
            id=uuid.uuid4(),
            service_request_id=mine,
            kind="call",
            text="called back, canary-7731",
            created_at=dt.datetime.now(dt.UTC),
        )
        session.store.add_followup(fu)
        sandbox.rogue_followup(str(fu.id), other, text="rogue words")
        summary = session.sync()
        assert summary.unsent_lost == 0 and summary.dropped_unshared == 0
        assert session.store.outbox_count() == 0
        case = session.store.case(mine)
        assert case is not None
        assert [(f.text, f.pending) for f in case.followups] == [("called back, canary-7731", False)]
        theirs = session.store.case(other)
        assert theirs is not None and all(f.text != "called back, canary-7731" for f in theirs.followups)
        token = sandbox.token("caseworker", 34)
        log = sandbox.api("GET", "/v1/sync/followups", token, params={"limit": 1000}).json()["followups"]
        assert [(f["service_request_id"], f["text"]) for f in log if "canary-7731" in f["text"]] == [
            (mine, "called back, canary-7731")
        ]
    finally:
        session.close()


# ------------------------------------------------------------------------------------------ retention's clock
def test_a_far_future_record_from_the_server_purges_nothing_early(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = signed_in(sandbox, 35, monkeypatch)
    try:
        session.sync()
        held = local_ids(session.store)
        closed = [sid for sid in held if session.store.case(sid).complaint.status == "closed"]
        assert closed
        sandbox.set_faults(rogue={"far_future_held": 1}, rogue_pages=1)
        session.sync()
        assert session.enforce_policy() == 0
        assert local_ids(session.store) == held
    finally:
        sandbox.set_faults(rogue={}, rogue_pages=0)
        session.close()
