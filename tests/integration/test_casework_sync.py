"""Issue 14 end to end: two caseworkers of one office, each with a real SQLCipher cache and a real sign-in, against
the sandbox on loopback. Reminders (tasks), ownership, bulk actions and the 311 lifecycle go through the sync;
work done offline is sent once the server is back; retries after a lost answer duplicate nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.domain.errors import KnownError
from tests.support.casework import feed_all, sign_in_as
from tests.support.client import isolated_client_env, local_ids
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=4000, seed=31, consent_share=0.3)


@pytest.fixture()
def office(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """cw16 and cw16b, both signed in and synced."""
    with isolated_client_env(tmp_path, monkeypatch):
        a = sign_in_as(sandbox, "cw16", monkeypatch)
        b = sign_in_as(sandbox, "cw16b", monkeypatch)
        try:
            a.sync()
            b.sync()
            yield a, b
        finally:
            a.close()
            b.close()


def _ids(session: Any) -> list[str]:
    return sorted(local_ids(session.store))


def _note(sid: str, due: dt.date | None, text: str = "call back about the boiler") -> FollowUpIn:
    import uuid

    return FollowUpIn(
        id=uuid.uuid4(),
        service_request_id=sid,
        kind="call",
        text=text,
        due_date=due,
        created_at=dt.datetime.now(dt.UTC),
    )


def test_reminders_and_ownership_between_two_caseworkers(office: Any, sandbox: RunningSandbox) -> None:
    a, b = office
    today = dt.date.today()
    ids = _ids(a)
    case = ids[0]
    # A logs a call with a reminder for B, then prints a letter (a dateless follow-up) and assigns the case to B.
    a.store.add_followup(_note(case, today), remind="cw16b")
    a.store.add_followup(
        FollowUpIn.model_validate(
            {
                "id": "7f0c0a52-0000-4000-8000-000000000001",
                "service_request_id": case,
                "kind": "letter",
                "text": "Letter printed.",
                "created_at": dt.datetime.now(dt.UTC),
            }
        )
    )
    a.store.assign(case, "cw16b")
    assert [r.owner for r in a.store.reminders(today)] == ["cw16b"]
    summary = a.sync()
    assert summary.pushed == 4 and summary.failed_push == 0  # follow-up, its reminder, letter, assignment
    b.sync()
    mine = b.store.reminders(today, owner="cw16b")
    assert [(r.service_request_id, r.when) for r in mine] == [(case, "today")]
    held = b.store.case(case)
    assert held is not None and held.assignee == "cw16b"
    assert b.store.list_ids(b.store.views()[1].query) == [case]  # "Mine"
    # B marks it done; A sees it gone from the open reminders after a sync, with who did it.
    b.store.task_done(mine[0].task_id, case)
    b.sync()
    a.sync()
    assert a.store.reminders(today) == []
    task = a.store.tasks_of(case)[0]
    assert task.status == "done" and task.done_by == "cw16b" and not task.pending
    # The privacy log records the assignment as casework: no disclosure class, no fields.
    with a.store.reading() as conn:
        rows = conn.execute(
            "SELECT service_request_ids, fields, disclosure_class, reason FROM audit WHERE action = 'assign'"
        ).fetchall()
    assert rows == [(f'["{case}"]', "[]", None, "assigned to cw16b")]


def test_offline_edits_are_sent_once_the_server_is_back(office: Any, sandbox: RunningSandbox) -> None:
    a, b = office
    today = dt.date.today()
    case = _ids(a)[1]
    a.store.add_followup(_note(case, today - dt.timedelta(days=2)))
    a.sync()
    b.sync()
    rem = b.store.reminders(today)
    assert [(r.service_request_id, r.overdue) for r in rem] == [(case, True)]
    sandbox.stop()  # the office loses the network
    try:
        b.store.task_snooze(rem[0].task_id, case, today + dt.timedelta(days=3))
        a.store.task_done(rem[0].task_id, case)
        with pytest.raises(KnownError):
            b.sync()
        with pytest.raises(KnownError):
            a.sync()
        # Offline, each sees their own change at once.
        assert b.store.reminders(today)[0].due_date == today + dt.timedelta(days=3)
        assert a.store.reminders(today) == []
        assert b.store.outbox_count() == 1 and a.store.outbox_count() == 1
    finally:
        sandbox.start()
    b.sync()  # the snooze arrives first
    a.sync()  # then the done: done wins
    b.sync()
    for s in (a, b):
        assert s.store.outbox_count() == 0
        (task,) = s.store.tasks_of(case)
        assert task.status == "done" and task.snoozes == 1 and not task.pending


def test_bulk_actions_reach_the_server_once_despite_lost_answers(office: Any, sandbox: RunningSandbox) -> None:
    a, b = office
    cases = _ids(a)[2:22]
    result = a.store.bulk("status", {"status": "waiting_on_agency"}, cases)
    assert result.recorded == 20 and a.store.outbox_count() == 20
    a.store.bulk("assign", {"assignee": "cw16b"}, cases[:10])
    # The server commits, then the answer is lost, three times in a row: the client retries the same item under
    # the same idempotency key (four attempts) and goes on.
    sandbox.set_faults(drop_next_posts=3)
    try:
        summary = a.sync()
    finally:
        sandbox.set_faults(drop_next_posts=0)
    assert summary.pushed == 30 and a.store.outbox_count() == 0
    token = sandbox.token("caseworker", 16)
    logged = [
        f for f in feed_all(sandbox, token, "/v1/sync/followups", "followups") if f["service_request_id"] in cases
    ]
    status = [f for f in logged if f["kind"] == "status"]
    assigned = [f for f in logged if f["kind"] == "assign"]
    assert sorted(f["service_request_id"] for f in status) == sorted(cases)  # one each, none twice
    assert sorted(f["service_request_id"] for f in assigned) == sorted(cases[:10])
    b.sync()
    rows = b.store.rows(cases)
    assert {r.office_status for r in rows.values()} == {"waiting_on_agency"}
    assert sorted(sid for sid, r in rows.items() if r.assignee == "cw16b") == sorted(cases[:10])


def test_reopen_progress_and_the_resurvey_reach_the_case(office: Any, sandbox: RunningSandbox) -> None:
    a, _b = office
    closed = [sid for sid, r in a.store.rows(_ids(a)).items() if r.agency_status == "closed"]
    sandbox._post("/test/lifecycle", {"outcome": "reopened", "survey_shared": "always", "delay_seconds": 30})
    try:
        a.store.request_reopen(closed[0], "not_fixed", "the leak is back")
        assert [r.status for r in a.store.case(closed[0]).reopens] == ["sent"]
        a.sync()
        assert [r.status for r in a.store.case(closed[0]).reopens] == ["forwarded"]
        sandbox.advance_clock(seconds=31)
        a.sync()
        case = a.store.case(closed[0])
        assert [r.status for r in case.reopens] == ["reopened"] and case.reopens[0].agency_answer
        assert case.complaint.status == "open"  # the agency reopened it: the complaint feed says so too
        sandbox.advance_clock(seconds=61)  # closed again, then surveyed
        a.sync()
        case = a.store.case(closed[0])
        assert case.complaint.status == "closed" and len(case.surveys) == 1
        assert case.surveys[0].after_reopen == str(case.reopens[0].id)
    finally:
        sandbox._post("/test/lifecycle", {"outcome": "auto", "survey_shared": "auto", "delay_seconds": 120})


def test_the_worklist_command_writes_the_view_audited_first(
    office: Any, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    import csv
    import os
    import subprocess
    import sys

    a, _b = office
    cases = _ids(a)
    a.store.assign(cases[0], "cw16")
    a.store.assign(cases[1], "cw16")
    a.set_unlock_secret("246813")  # the command asks the same proof as the app's lock (cache_access)
    a.close()  # the command opens the same cache (one writer at a time, as on a PC)
    root = Path(__file__).resolve().parents[2]

    def worklist(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "council_desk",
                "worklist",
                "--server",
                sandbox.url,
                "--user",
                "cw16",
                *args,
                "--pin-stdin",
            ],
            cwd=root,
            env=dict(os.environ),
            input="246813\n",
            capture_output=True,
            text=True,
            timeout=120,
        )

    out = tmp_path / "mine.csv"
    done = worklist("--view", "mine", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "2 case(s)" in done.stdout and "Traceback" not in done.stderr
    table = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert sorted(r[0] for r in table[1:]) == sorted(cases[:2])
    pdf = tmp_path / "all.pdf"
    assert worklist("--view", "all", "--format", "pdf", "-o", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = worklist("--view", "all", "-o", str(tmp_path / "list.txt"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and not (tmp_path / "list.txt").exists()
    a.open_store()
    with a.store.reading() as conn:
        events = conn.execute(
            "SELECT reason, count, fields FROM audit WHERE action = 'export' ORDER BY seq"
        ).fetchall()
    assert [(r[0], r[1]) for r in events] == [("worklist mine csv", 2), ("worklist all pdf", len(cases))]
    assert "first_name" not in events[0][2] and "assignee" in events[0][2]
