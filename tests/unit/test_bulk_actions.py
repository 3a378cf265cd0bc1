"""Bulk actions (issue 14, cache/batch.py): each case recorded exactly as its single action records it, one outbox
item each; an interrupted action finishes without recording any case twice; a cancelled one keeps what it did."""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.cache.store import CaseStore
from tests.support.records import me, removal, sid
from tests.support.stores import fill, new_store


@pytest.fixture()
def pair(tmp_path):
    """Two caches holding the same cases: one worked case by case, one in bulk."""
    single, bulk = new_store(tmp_path, "single.db"), new_store(tmp_path, "bulk.db")
    for s in (single, bulk):
        s.save_me(me())
        fill(s, 30)
    yield single, bulk
    single.close()
    bulk.close()


def _records(store: CaseStore) -> dict[str, Any]:
    """What the cases hold, without ids and times (which differ between any two runs)."""
    with store.reading() as conn:
        followups = sorted(
            conn.execute(
                "SELECT service_request_id, kind, text, outcome, office_status, due_date, author, pending,"
                " assignee"
                " FROM followups"
            ).fetchall()
        )
        outbox = sorted(conn.execute("SELECT kind, service_request_id, attempts FROM outbox").fetchall())
        varying = ("id", "created_at", "task_id", "followup_id")  # made anew by any run
        payloads = sorted(
            json.dumps({k: v for k, v in json.loads(r[0]).items() if k not in varying}, sort_keys=True)
            for r in conn.execute("SELECT CAST(payload AS TEXT) FROM outbox")
        )
        tasks = sorted(
            conn.execute("SELECT service_request_id, owner, due_date, text, status FROM tasks").fetchall()
        )
        audit = sorted(
            conn.execute(
                "SELECT actor, action, service_request_ids, fields, disclosure_class, reason FROM audit"
            ).fetchall()
        )
        summary = sorted(
            conn.execute(
                "SELECT service_request_id, office_status, assignee, next_due, pending_count FROM complaints"
            ).fetchall()
        )
    return {
        "followups": followups,
        "outbox": outbox,
        "payloads": payloads,
        "tasks": tasks,
        "audit": audit,
        "summary": summary,
    }


def test_each_case_is_recorded_exactly_as_its_single_action(pair):
    single, bulk = pair
    cases = [sid(i) for i in range(0, 30, 2)]
    due = dt.date(2026, 4, 1)
    for cid in cases:
        single.set_office_status(cid, "waiting_on_agency", "asked the agency", "caseworker1")
        single.assign(cid, "colleague", actor="caseworker1")
        single.add_followup(
            FollowUpIn(
                id=uuid.uuid4(),
                service_request_id=cid,
                kind="call",
                text="left a message",
                outcome="no_response",
                due_date=due,
                created_at=dt.datetime.now(dt.UTC),
            ),
            remind="colleague",
        )
    r1 = bulk.bulk("status", {"status": "waiting_on_agency", "text": "asked the agency"}, cases)
    r2 = bulk.bulk("assign", {"assignee": "colleague"}, cases)
    r3 = bulk.bulk(
        "followup",
        {
            "followup": {
                "kind": "call",
                "text": "left a message",
                "outcome": "no_response",
                "due_date": due.isoformat(),
            },
            "remind": "colleague",
        },
        cases,
    )
    assert (r1.recorded, r2.recorded, r3.recorded) == (15, 15, 15)
    assert _records(bulk) == _records(single)
    assert bulk.outbox_count() == 15 * 4  # status, assignment, follow-up, its reminder: one item each
    # And reminders: Done on many, as Done on each.
    for r in single.reminders(due, horizon_days=None):
        single.task_done(r.task_id, r.service_request_id)
    done = bulk.bulk("task_done", {}, task_ids=[r.task_id for r in bulk.reminders(due, horizon_days=None)])
    assert done.recorded == 15 and _records(bulk) == _records(single)


def test_cases_not_held_are_left_out_and_a_purge_takes_its_place_in_the_list(pair):
    _single, store = pair
    from council_desk.cache import batch as op

    op_id = op.start(
        store.database, "status", {"status": "in_progress"}, [sid(1), "999", sid(2), sid(1)], "caseworker1"
    )
    store.apply_complaint_page([], [removal(2)], "c9", snapshot=False)  # withdrawn before the action ran
    result = op.run(store.database, op_id)
    assert (result.recorded, result.skipped) == (1, 0)
    assert store.rows([sid(1)])[sid(1)].office_status == "in_progress" and store.bulk_pending() == []


def test_an_interrupted_action_finishes_without_recording_a_case_twice(pair):
    _single, store = pair
    from council_desk.cache import batch

    op_id = batch.start(
        store.database, "status", {"status": "in_progress"}, [sid(i) for i in range(30)], "caseworker1"
    )

    class Stop(Exception):
        pass

    def die(done: int, total: int) -> None:
        raise Stop  # the process "dies" right after the first chunk committed

    with pytest.raises(Stop):
        batch.run(store.database, op_id, progress=die, chunk=8)
    assert store.outbox_count() == 8 and store.bulk_pending() == [(op_id, "status", 22)]
    (result,) = store.bulk_resume()
    assert result.recorded == 22 and store.bulk_pending() == []
    with store.reading() as conn:
        per_case = conn.execute("SELECT service_request_id, count(*) FROM followups GROUP BY 1").fetchall()
    assert sorted(per_case) == [(sid(i), 1) for i in range(30)]
    # Running it again finds nothing left to do.
    assert batch.run(store.database, op_id).recorded == 0 and store.outbox_count() == 30


def test_a_cancelled_action_keeps_what_it_recorded_and_forgets_the_rest(pair):
    _single, store = pair
    cancel = threading.Event()
    result = store.bulk(
        "assign",
        {"assignee": "colleague"},
        [sid(i) for i in range(30)],
        progress=lambda done, total: cancel.set(),
        cancel=cancel,
    )
    assert result.recorded == 30  # one chunk holds all 30: the cancel comes after it
    assert store.bulk_pending() == []
    cancel.clear()
    from council_desk.cache import batch

    op_id = batch.start(store.database, "status", {"status": "resolved"}, [sid(i) for i in range(30)], "cw")
    batch.run(store.database, op_id, progress=lambda d, t: cancel.set(), cancel=cancel, chunk=10)
    with store.reading() as conn:
        resolved = conn.execute("SELECT count(*) FROM complaints WHERE office_status = 'resolved'").fetchone()[0]
    assert resolved == 10 and store.bulk_pending() == []


@pytest.mark.parametrize(
    ("kind", "params"),
    [
        ("status", {}),
        ("assign", {}),
        ("task_assign", {"assignee": ""}),
        ("task_snooze", {"due_date": "soon"}),
        ("followup", {"followup": {"kind": "banana"}}),
    ],
)
def test_an_action_that_could_not_be_recorded_is_refused_before_anything_is_written(pair, kind, params):
    _single, store = pair
    with pytest.raises(ValueError):
        store.bulk(kind, params, [sid(1)])
    assert store.outbox_count() == 0 and store.bulk_pending() == []
