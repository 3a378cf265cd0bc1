"""Term end and redistricting (issue 13, item 8): `/v1/me` announces that the office's access ends, or that its
district changes, on a date; the client warns ahead, sends what waits, and on that date removes the district's
cases from the PC — even offline — and records it. The sandbox schedules both (test mode).

The client's own clock is the cache's trusted clock (a high-water mark); these tests hand it a moment past the
announced date, as the PC's clock would read on that day.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.sync.errors import AccessEnded
from tests.support.client import isolated_client_env, local_ids
from tests.support.privacy import held_cases, run_cli, sign_in_as
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=3000, seed=29, consent_share=0.4)


@pytest.fixture()
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with isolated_client_env(tmp_path, monkeypatch) as kr:
        yield kr


def _announce(sb: RunningSandbox, district: int, kind: str, at: dt.datetime, new: int | None = None) -> None:
    body: dict[str, Any] = {"kind": kind, "at": at.isoformat()}
    if new is not None:
        body["new_district"] = new
    r = sb.http.post(f"{sb.url}/test/offices/{district}/access-change", json=body, timeout=30)
    r.raise_for_status()


def _note(session: Any, case: str, text: str) -> FollowUpIn:
    fu = FollowUpIn(
        id=uuid.uuid4(), service_request_id=case, kind="note", text=text, created_at=dt.datetime.now(dt.UTC)
    )
    session.open_store().add_followup(fu)
    return fu


def _purge_events(session: Any) -> list[Any]:
    session.open_store()
    return [e for e in session.audit.events("purge") if e.reason.startswith(("term_end", "redistricting"))]


def test_term_end_warns_sends_what_waits_then_purges_on_the_date_even_offline(
    sandbox: RunningSandbox, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    district = 11
    ends = (dt.datetime.now(dt.UTC) + dt.timedelta(days=10)).replace(microsecond=0)
    _announce(sandbox, district, "term_end", ends)
    cw = sign_in_as(sandbox, "caseworker", district, monkeypatch, sync=False)
    summary = cw.sync()
    assert "ends on" in summary.access_notice and "in 9 day(s)" in summary.access_notice
    assert cw.open_store().me().access_change.effective_at == ends
    cw.close_store()  # the CLI's sync says it too, in its summary
    code, out, _err = run_cli(["sync", "--server", sandbox.url, "--user", "cw11", "--no-sign-in"])
    assert code == 0 and "NOTE: " in out and "ends on" in out and "in 9 day(s)" in out
    held = local_ids(cw.open_store())
    a, b = held_cases(cw, 2)

    # On the day, online: what waits goes first, then the cases go (the server still takes it until the date).
    sent = _note(cw, a, "Last call before the term ends (training).")
    purged = cw.enforce_policy(now=ends + dt.timedelta(minutes=1))
    assert purged == len(held) and local_ids(cw.open_store()) == set()
    token = sandbox.token("caseworker", district)
    log = sandbox.api("GET", "/v1/sync/followups", token).json()["followups"]
    assert str(sent.id) in {f["id"] for f in log}
    events = _purge_events(cw)
    # Ten days on, retention took a few closed cases first; the term end took every case left.
    retained = sum(e.count for e in cw.audit.events("purge") if e.reason.startswith("retention_expired"))
    assert [(e.reason, e.count) for e in events] == [(f"term_end:{len(held) - retained}", len(held) - retained)]
    assert cw.enforce_policy(now=ends + dt.timedelta(hours=1)) == 0  # once per announcement
    assert len(_purge_events(cw)) == 1
    cw.close()

    # Another PC of the office, offline on the day: its unsent note cannot go; the cases go all the same, and
    # the loss is counted. Back online, only the audit log goes up: the server refuses the rest.
    cw2 = sign_in_as(sandbox, "supervisor", district, monkeypatch)
    _note(cw2, b, "Written offline (training).")
    sandbox.stop()
    try:
        assert cw2.enforce_policy(now=ends + dt.timedelta(minutes=5)) > 0
    finally:
        sandbox.start()
    store = cw2.open_store()
    assert local_ids(store) == set() and store.outbox_count() == 0
    lost = [e for e in cw2.audit.events("unsent_lost") if e.reason == "purged_term_end"]
    assert [e.count for e in lost] == [1]
    sandbox.advance_clock(days=11)
    cw2.close()
    cw2 = sign_in_as(sandbox, "supervisor", district, monkeypatch, sync=False)
    with pytest.raises(AccessEnded):
        cw2.sync()
    assert cw2.audit.pending_upload() == []  # the record of what happened still reached the city
    cw2.close_store()
    code, _out, err = run_cli(["sync", "--server", sandbox.url, "--user", "sup11", "--no-sign-in"])
    assert code == 5 and "access to 311 cases has ended" in err
    cw2.close()


def test_redistricting_purges_the_old_district_on_the_date_and_the_new_one_syncs(
    sandbox: RunningSandbox, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs last in the module: it moves the server's clock on."""
    old, new = 12, 13
    sandbox.reset()  # an earlier test moved the server's clock on: back to the same day as this PC
    when = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).replace(microsecond=0)
    _announce(sandbox, old, "redistricting", when, new)
    cw = sign_in_as(sandbox, "caseworker", old, monkeypatch)
    summary = cw.sync()
    assert f"changes to district {new}" in summary.access_notice
    before = local_ids(cw.open_store())
    assert before
    sandbox.stop()
    try:  # the date comes while the PC is offline
        assert cw.enforce_policy(now=when + dt.timedelta(minutes=1)) == len(before)
    finally:
        sandbox.start()
    assert local_ids(cw.open_store()) == set() and cw.open_store().resync_required()
    assert [e.reason for e in _purge_events(cw)] == [f"redistricting:{len(before)}"]
    sandbox.advance_clock(days=4)
    cw.close()
    for k, v in sandbox.browser_env("caseworker", old).items():
        monkeypatch.setenv(k, v)
    from tests.support.client import new_session

    cw = new_session(sandbox.url, user="cw12")
    me = cw.sign_in()
    assert me.district == new
    cw.sync()
    after = local_ids(cw.open_store())
    assert after and not (after & before)
    assert after == set(sandbox.complaint_ids(district=new, consent="active", limit=100_000))
    cw.close()
