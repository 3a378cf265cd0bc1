"""kill -9 during a bulk action (issue 14): a real process carrying out an office-status change over every case of
a district in a real SQLCipher cache is killed at a random instant. After each kill every case is whole (its
follow-up, its outbox item and its list columns) or absent (none of them), never half, never twice; the next sync
finishes the action and the server ends with exactly one record per case."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from council_desk.cache.batch import item_id
from tests.support.casework import feed_all, sign_in_as
from tests.support.client import isolated_client_env, local_ids, new_session
from tests.support.sandbox import RunningSandbox, sandbox_fixture

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = 24
USER = f"cw{DISTRICT}"
CHUNK = 25
sandbox = sandbox_fixture(complaints=2500, seed=41, consent_share=0.3, only_district=DISTRICT)


def _bulk_child(url: str, status: str) -> subprocess.Popen[str]:
    code = f"""
        from council_desk.cache import batch
        from council_desk.sync.session import Session
        s = Session({url!r}, user={USER!r})
        store = s.open_store()
        ids = store.list_ids(__import__("council_desk.cache.queries", fromlist=["CaseQuery"]).CaseQuery())
        op = batch.start(store.database, "status", {{"status": {status!r}}}, ids, {USER!r})
        print("op", op, flush=True)
        batch.run(store.database, op, progress=lambda d, t: print("chunk", d, flush=True), chunk={CHUNK})
        print("finished", flush=True)
        """
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )


def _check_whole_or_absent(session: object, op_id: str, status: str, before: dict[str, str]) -> int:
    """Every case holds the action's record whole or not at all; returns how many hold it."""
    store = session.store  # type: ignore[attr-defined]
    assert store.verify() == []
    with store.reading() as conn:
        rows = {
            r[0]: r
            for r in conn.execute("SELECT service_request_id, office_status, pending_count FROM complaints")
        }
        followups = {
            r[0]: r[1]
            for r in conn.execute(
                "SELECT service_request_id, count(*) FROM followups WHERE id IN (SELECT value FROM json_each(?))"
                " GROUP BY 1",
                (__import__("json").dumps([str(item_id(op_id, s)) for s in rows]),),
            )
        }
        queued = {r[0] for r in conn.execute("SELECT idempotency_key FROM outbox")}
    done = 0
    for sid, (_sid, office, pending) in rows.items():
        n = followups.get(sid, 0)
        assert n in (0, 1), f"a case recorded {n} times"
        key = str(item_id(op_id, sid))
        if n:
            done += 1
            assert office == status and key in queued and pending >= 1
        else:
            assert office == before[sid] and key not in queued
    return done


def _round(sb: RunningSandbox, rng: random.Random, status: str) -> tuple[int, int]:
    s = new_session(sb.url, user=USER)
    try:
        s.open_store()
        with s.store.reading() as conn:
            before = dict(conn.execute("SELECT service_request_id, office_status FROM complaints").fetchall())
    finally:
        s.close()
    child = _bulk_child(sb.url, status)
    assert child.stdout is not None
    op_id = child.stdout.readline().split()[1]
    chunks = 0
    for _ in range(rng.randint(0, len(before) // CHUNK)):
        line = child.stdout.readline()
        if not line.startswith("chunk"):
            break
        chunks += 1
    time.sleep(rng.uniform(0, 0.03))  # a random instant inside the next chunk's transaction (or after it)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=60)
    s = new_session(sb.url, user=USER)
    try:
        s.open_store()
        done = _check_whole_or_absent(s, op_id, status, before)
        assert done >= chunks * CHUNK  # every chunk it reported is whole
        summary = s.sync()  # finishes the action (cache/batch.py resume), then sends everything
        assert summary.bulk_resumed == len(before) - done
        assert s.store.outbox_count() == 0 and s.store.bulk_pending() == []
        token = sb.token("caseworker", DISTRICT)
        mine = {str(item_id(op_id, sid)) for sid in before}
        on_server = [f["id"] for f in feed_all(sb, token, "/v1/sync/followups", "followups") if f["id"] in mine]
        assert sorted(on_server) == sorted(mine)  # one record per case at the server, none twice
        assert {r.office_status for r in s.store.rows(list(before)).values()} == {status}
        return done, len(before)
    finally:
        s.close()


def _kill_loop(sb: RunningSandbox, rounds: int, monkeypatch: pytest.MonkeyPatch, tmp: Path) -> None:
    rng = random.Random(rounds)
    with isolated_client_env(tmp, monkeypatch):
        first = sign_in_as(sb, USER, monkeypatch)
        try:
            first.sync()
            assert len(local_ids(first.store)) > 10 * CHUNK
        finally:
            first.close()
        cut_short = 0
        statuses = ("in_progress", "waiting_on_agency", "resolved", "closed_unresolved", "new")
        for i in range(rounds):
            done, total = _round(sb, rng, statuses[i % len(statuses)])
            cut_short += done < total
        assert cut_short >= rounds // 2, cut_short  # most kills really landed inside the action


def test_kill_during_a_bulk_action(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _kill_loop(sandbox, int(os.environ.get("BULK_KILL_ROUNDS", "4")), monkeypatch, tmp_path)


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_kill_during_a_bulk_action_full(
    sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _kill_loop(sandbox, 25, monkeypatch, tmp_path)
