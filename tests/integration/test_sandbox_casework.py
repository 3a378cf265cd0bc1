"""The sandbox's casework API (issue 14) on loopback: the office's staff, task changes (idempotent, folded in
arrival order, "done wins"), assignment follow-ups, and the simulated 311 lifecycle of a reopen request."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from council_desk.api.casework import LifecyclePage, Task, TaskPage
from council_desk.api.models import Me
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=3000, seed=23, consent_share=0.3)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _held(sb: RunningSandbox, token: str) -> list[dict[str, Any]]:
    page = sb.api("GET", "/v1/sync/complaints", token, params={"limit": 5000}).json()
    return [c["complaint"] for c in page["changes"] if c["op"] == "upsert"]


def _change(sid: str, task: str, action: str, **kw: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "task_id": task,
        "service_request_id": sid,
        "action": action,
        "created_at": _now(),
        **kw,
    }


def _post_change(sb: RunningSandbox, token: str, change: dict[str, Any]) -> Any:
    return sb.api("POST", "/v1/tasks/changes", token, json=change, headers={"Idempotency-Key": change["id"]})


def _tasks(sb: RunningSandbox, token: str) -> list[Task]:
    return TaskPage.model_validate_json(sb.api("GET", "/v1/sync/tasks", token).content).tasks


def test_me_lists_the_offices_staff_and_reminder_interval(sandbox: RunningSandbox) -> None:
    me = Me.model_validate_json(sandbox.api("GET", "/v1/me", sandbox.token("caseworker", 7)).content)
    assert [m.username for m in me.staff] == ["cw07", "cw07b", "sup07", "mem07"]
    assert me.office.reminder_days == 7


def test_task_changes_are_idempotent_and_fold_in_arrival_order(sandbox: RunningSandbox) -> None:
    t1, t2 = sandbox.token("caseworker", 8), sandbox.token("caseworker", 8)
    sid = _held(sandbox, t1)[0]["service_request_id"]
    task = str(uuid.uuid4())
    create = _change(sid, task, "create", due_date="2026-03-02", owner="cw08b", text="call back")
    first = _post_change(sandbox, t1, create)
    again = _post_change(sandbox, t1, create)
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    conflict = dict(create, text="something else")
    assert _post_change(sandbox, t1, conflict).status_code == 409
    # Done, then a snooze made offline by a colleague arrives: done wins, and the snooze is still acknowledged.
    assert _post_change(sandbox, t2, _change(sid, task, "done")).json()["status"] == "done"
    late = _post_change(sandbox, t1, _change(sid, task, "snooze", due_date="2026-03-09"))
    assert late.status_code == 201 and late.json()["status"] == "done" and late.json()["due_date"] == "2026-03-02"
    held = [t for t in _tasks(sandbox, t1) if str(t.id) == task]
    assert len(held) == 1 and held[0].status == "done" and held[0].done_by == "cw08"
    assert _post_change(sandbox, t1, _change(sid, task, "reopen")).json()["status"] == "open"
    snoozed = _post_change(sandbox, t1, _change(sid, task, "snooze", due_date="2026-03-09")).json()
    assert (snoozed["due_date"], snoozed["snoozes"]) == ("2026-03-09", 1)


def test_task_changes_refuse_strangers_and_other_districts(sandbox: RunningSandbox) -> None:
    t9, t10 = sandbox.token("caseworker", 9), sandbox.token("caseworker", 10)
    sid = _held(sandbox, t9)[0]["service_request_id"]
    task = str(uuid.uuid4())
    # An owner from another office, a task of another district, a change for a task nobody made.
    stranger = _change(sid, task, "create", due_date="2026-03-02", owner="cw10")
    assert _post_change(sandbox, t9, stranger).status_code == 400
    colleague = _change(sid, task, "create", due_date="2026-03-02", owner="cw09")
    assert _post_change(sandbox, t9, colleague).status_code == 201
    assert _post_change(sandbox, t10, _change(sid, task, "done")).status_code == 404
    assert _post_change(sandbox, t9, _change(sid, str(uuid.uuid4()), "done")).status_code == 404
    assert all(str(t.id) != task for t in _tasks(sandbox, t10))
    # An assignment names someone of the office, or nobody.
    fu = {
        "id": str(uuid.uuid4()),
        "service_request_id": sid,
        "kind": "assign",
        "assignee": "cw10",
        "created_at": _now(),
    }
    assert (
        sandbox.api("POST", "/v1/followups", t9, json=fu, headers={"Idempotency-Key": fu["id"]}).status_code == 400
    )
    fu["assignee"] = ""
    assert (
        sandbox.api("POST", "/v1/followups", t9, json=fu, headers={"Idempotency-Key": fu["id"]}).status_code == 201
    )


def _reopen(sb: RunningSandbox, token: str, sid: str) -> str:
    rid = str(uuid.uuid4())
    body = {"id": rid, "reason": "not_fixed", "text": "", "created_at": _now()}
    answer = sb.api(
        "POST", f"/v1/complaints/{sid}/reopen-requests", token, json=body, headers={"Idempotency-Key": rid}
    )
    assert answer.status_code == 201
    return rid


def _lifecycle(sb: RunningSandbox, token: str) -> LifecyclePage:
    return LifecyclePage.model_validate_json(sb.api("GET", "/v1/sync/lifecycle", token).content)


@pytest.mark.parametrize(
    ("outcome", "shared"), [("reopened", "always"), ("reopened", "never"), ("declined", "auto")]
)
def test_reopen_lifecycle(sandbox: RunningSandbox, outcome: str, shared: str) -> None:
    district = {"reopened": 11, "declined": 12}[outcome] + (shared == "never") * 2
    token = sandbox.token("caseworker", district)
    complaints = _held(sandbox, token)
    closed = [c["service_request_id"] for c in complaints if c["status"] == "closed"]
    cursor = sandbox.api("GET", "/v1/sync/complaints", token, params={"limit": 5000}).json()["next_cursor"]
    sandbox._post("/test/lifecycle", {"outcome": outcome, "survey_shared": shared, "delay_seconds": 60})
    try:
        rid = _reopen(sandbox, token, closed[0])
        first = [c for c in _lifecycle(sandbox, token).changes if str(c.id) == rid]
        assert [(c.kind, getattr(c, "status", None)) for c in first] == [("reopen", "forwarded")]
        sandbox.advance_clock(seconds=61)
        answered = [c for c in _lifecycle(sandbox, token).changes if str(c.id) == rid]
        assert len(answered) == 1 and answered[0].kind == "reopen" and answered[0].status == outcome
        assert answered[0].agency_answer and answered[0].answered_at is not None
        after = sandbox.api("GET", "/v1/sync/complaints", token, params={"cursor": cursor}).json()["changes"]
        states = [(c["complaint"]["service_request_id"], c["complaint"]["status"]) for c in after]
        assert states == ([(closed[0], "open")] if outcome == "reopened" else [])
        sandbox.advance_clock(seconds=61)  # closed again
        sandbox.advance_clock(seconds=61)  # and surveyed
        changes = _lifecycle(sandbox, token).changes
        surveys = [c for c in changes if c.kind == "survey" and c.service_request_id == closed[0]]
        expected = 1 if (outcome == "reopened" and shared == "always") else 0
        assert len(surveys) == expected
        if expected:
            assert str(surveys[0].after_reopen) == rid
        # Consent withdrawn: the complaint's lifecycle leaves the feed with it.
        sandbox.withdraw(closed[0])
        assert all(c.service_request_id != closed[0] for c in _lifecycle(sandbox, token).changes)
    finally:
        sandbox._post("/test/lifecycle", {"outcome": "auto", "survey_shared": "auto", "delay_seconds": 120})


def test_a_withdrawn_complaint_takes_its_tasks_out_of_the_feed(sandbox: RunningSandbox) -> None:
    token = sandbox.token("caseworker", 15)
    sid = _held(sandbox, token)[0]["service_request_id"]
    task = str(uuid.uuid4())
    assert (
        _post_change(sandbox, token, _change(sid, task, "create", due_date="2026-03-02", owner="cw15")).status_code
        == 201
    )
    assert any(str(t.id) == task for t in _tasks(sandbox, token))
    sandbox.withdraw(sid)
    assert all(str(t.id) != task for t in _tasks(sandbox, token))
