"""Issue 14's casework in the cache, against a real SQLCipher file: reminders as tasks (offline changes folded on
the server's state, late answers never move a task back), ownership, the building and filer keys, the same
building, views, the caseload figures, the 311 lifecycle, and what a purge takes with a case."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from council_desk.api.casework import ReopenUpdate, SurveyResult, Task
from council_desk.cache import views
from council_desk.cache.queries import CaseQuery
from council_desk.domain.tasks import followup_task_ids
from tests.support.records import followup_in, me, removal, sid, upsert
from tests.support.stores import fill, new_store

TODAY = dt.date(2026, 3, 10)


@pytest.fixture()
def store(tmp_path):
    s = new_store(tmp_path)
    s.save_me(me())
    fill(s, 12)
    yield s
    s.close()


def _server_task(
    task_id: str,
    case: str,
    *,
    seq: int,
    status: str = "open",
    due: str = "2026-03-10",
    owner: str = "caseworker1",
    snoozes: int = 0,
) -> Task:
    return Task.model_validate(
        {
            "id": task_id,
            "service_request_id": case,
            "owner": owner,
            "due_date": due,
            "text": "call back",
            "status": status,
            "created_at": "2026-03-01T10:00:00Z",
            "created_by": "caseworker1",
            "done_at": "2026-03-09T10:00:00Z" if status == "done" else None,
            "done_by": "colleague" if status == "done" else "",
            "snoozes": snoozes,
            "updated_at": "2026-03-09T10:00:00Z",
            "seq": seq,
        }
    )


def test_a_follow_up_with_a_date_sets_a_task_with_ids_any_pc_derives_alike(store):
    fu = followup_in(1, due=TODAY)
    store.add_followup(fu)
    task_id, change_id = followup_task_ids(fu.id)
    (task,) = store.tasks_of(sid(1))
    assert (task.id, task.owner, task.due_date, task.status, task.pending) == (
        str(task_id),
        "caseworker1",
        TODAY,
        "open",
        True,
    )
    assert [i.idempotency_key for i in store.outbox() if i.kind == "task"] == [str(change_id)]
    # Someone else's reminder, set with the follow-up.
    other = followup_in(2, due=TODAY)
    store.add_followup(other, remind="colleague")
    assert [r.owner for r in store.reminders(TODAY, owner="colleague")] == ["colleague"]
    assert [r.service_request_id for r in store.reminders(TODAY, owner="caseworker1")] == [sid(1)]


def test_offline_changes_stay_on_top_of_what_the_server_sends(store):
    fu = followup_in(3, due=TODAY)
    store.add_followup(fu)
    task_id = str(followup_task_ids(fu.id)[0])
    store.task_snooze(task_id, sid(3), TODAY + dt.timedelta(days=2))
    # The server's state arrives before it has our snooze: the snooze still shows.
    store.apply_task_page([_server_task(task_id, sid(3), seq=5)], "t1")
    (task,) = store.tasks_of(sid(3))
    assert task.due_date == TODAY + dt.timedelta(days=2) and task.snoozes == 1 and task.pending
    # Acknowledged one by one: the create, then the snooze; a late, older answer does not move it back.
    items = [i for i in store.outbox() if i.kind == "task"]
    assert store.mark_sent(items[1].id, _server_task(task_id, sid(3), seq=7, due="2026-03-12", snoozes=1))
    assert store.mark_sent(items[0].id, _server_task(task_id, sid(3), seq=4))
    (task,) = store.tasks_of(sid(3))
    assert task.due_date == dt.date(2026, 3, 12) and not task.pending


def test_done_wins_and_an_answer_for_another_task_acknowledges_nothing(store):
    fu = followup_in(4, due=TODAY)
    store.add_followup(fu)
    task_id = str(followup_task_ids(fu.id)[0])
    create = next(i for i in store.outbox() if i.kind == "task")
    assert not store.mark_sent(create.id, _server_task(str(uuid.uuid4()), sid(4), seq=1))
    assert store.mark_sent(create.id, _server_task(task_id, sid(4), seq=1))
    # A colleague marked it done; our offline snooze arrives later at the server and changes nothing.
    store.task_snooze(task_id, sid(4), TODAY + dt.timedelta(days=7))
    store.apply_task_page([_server_task(task_id, sid(4), seq=3, status="done")], "t2")
    (task,) = store.tasks_of(sid(4))
    assert task.status == "done" and task.done_by == "colleague" and task.pending
    assert store.reminders(TODAY, horizon_days=None) == []
    assert store.rows([sid(4)])[sid(4)].next_due is None


def test_a_task_never_moves_between_cases_and_unknown_cases_are_ignored(store):
    fu = followup_in(5, due=TODAY)
    store.add_followup(fu)
    task_id = str(followup_task_ids(fu.id)[0])
    store.apply_task_page(
        [_server_task(task_id, sid(6), seq=9), _server_task(str(uuid.uuid4()), "999", seq=10)], "t3"
    )
    assert [t.service_request_id for t in store.tasks_of(sid(5))] == [sid(5)]
    assert store.tasks_of(sid(6)) == [] and store.tasks_of("999") == []


def test_reminders_view_is_overdue_today_and_the_next_seven_days(store):
    for i, days in ((1, -3), (2, 0), (3, 7), (4, 8)):
        store.add_followup(followup_in(i, due=TODAY + dt.timedelta(days=days)))
    got = [(r.service_request_id, r.when) for r in store.reminders(TODAY)]
    assert got == [(sid(1), "overdue"), (sid(2), "today"), (sid(3), "soon")]
    assert len(store.reminders(TODAY, horizon_days=None)) == 4


def test_ownership_views_and_the_assignment_audit(store):
    store.assign(sid(1), "caseworker1")
    store.assign(sid(2), "colleague")
    store.assign(sid(2), "")  # back to nobody
    built = {v.key: v.query for v in store.views()}
    assert store.list_ids(built["mine"]) == [sid(1)]
    unassigned = store.list_ids(built["unassigned"])
    assert sid(2) in unassigned and sid(1) not in unassigned and len(unassigned) == 11
    case = store.case(sid(2))
    assert case is not None and case.assignee == "" and [f.assignee for f in case.followups] == ["colleague", ""]
    with store.reading() as conn:
        rows = conn.execute(
            "SELECT actor, reason, disclosure_class, fields FROM audit WHERE action = 'assign' ORDER BY seq"
        ).fetchall()
    assert rows == [
        ("caseworker1", "assigned to caseworker1", None, "[]"),
        ("caseworker1", "assigned to colleague", None, "[]"),
        ("caseworker1", "unassigned", None, "[]"),
    ]


def test_closed_at_agency_still_open_here(store):
    store.apply_complaint_page(
        [
            upsert(20, status="closed", closed=dt.datetime.now(dt.UTC)),
            upsert(21, status="closed", closed=dt.datetime.now(dt.UTC)),
        ],
        [],
        "c2",
        snapshot=False,
    )
    store.set_office_status(sid(21), "resolved")
    q = views.view_query("closed-open", "caseworker1")
    assert store.list_ids(q) == [sid(20)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("123 Main Street Apt 4B", "123 MAIN ST"),
        ("45 West 14th Street", "45 W 14 ST #3"),
        ("  1200 grand concourse, unit 5 ", "1200 GRAND CONCOURSE"),
        ("100 Avenue A", "100 AVE A"),
    ],
)
def test_one_building_however_the_address_is_written(tmp_path, a, b):
    s = new_store(tmp_path)
    s.save_me(me())
    s.apply_complaint_page(
        [upsert(1, address=a), upsert(2, address=b), upsert(3, address="9 Other Road")], [], "c", snapshot=False
    )
    groups = s.groups(CaseQuery(), "building")
    assert [(g.count, g.open_count) for g in groups] == [(2, 2), (1, 1)]
    assert [r.id for r in s.same_building(sid(1))] == [sid(2)]
    s.close()


def test_grouped_list_counts_open_cases_and_opens_a_group(store):
    store.apply_complaint_page(
        [upsert(30 + i, address="77 Water Street") for i in range(4)], [], "c3", snapshot=False
    )
    store.set_office_status(sid(30), "resolved")
    top = store.groups(CaseQuery(), "building")[0]
    assert (top.key, top.count, top.open_count, top.label) == ("77 WATER ST", 4, 3, "77 WATER ST")
    from council_desk.cache.groups import group_query

    assert sorted(store.list_ids(group_query(CaseQuery(), top))) == [sid(30 + i) for i in range(4)]
    assert [r.id for r in store.same_building(sid(31))] == [sid(33), sid(32)]  # open ones, newest first
    # The filer: never labelled with a contact detail.
    by_filer = store.groups(CaseQuery(), "filer")
    assert all(g.label in ("Same filer", "(no contact details to match)") for g in by_filer)


def test_saved_views_round_trip_and_bad_ones_are_refused(store):
    q = CaseQuery(
        text="boiler",
        office_status=("new", "in_progress"),
        agency=("HPD",),
        assignee=("",),
        open_here=True,
        date_from=dt.date(2026, 1, 1),
        sort="address",
        descending=False,
    )
    store.save_view("My boilers", q)
    (saved,) = [v for v in store.views() if not v.key]
    assert saved.name == "My boilers" and saved.query == q
    with pytest.raises(ValueError, match="built-in"):
        store.save_view("overdue", CaseQuery())
    with pytest.raises(ValueError, match="name"):
        store.save_view("   ", CaseQuery())
    with pytest.raises(ValueError):
        views.query_from_json('{"sort": "DROP TABLE"}')
    with pytest.raises(ValueError):
        views.query_from_json('{"office_status": "new"}')
    assert views.query_from_json('{"from_a_later_version": 1}') == CaseQuery()
    assert store.delete_view("My boilers") and [v for v in store.views() if not v.key] == []


def test_caseload_figures(store):
    today = dt.date.today()
    store.assign(sid(1), "caseworker1")
    store.set_office_status(sid(2), "resolved")
    store.set_office_status(sid(3), "in_progress")
    store.add_followup(followup_in(4, due=today - dt.timedelta(days=1)))
    c = store.caseload(today)
    assert c.open_total == 11 and c.resolved == 1 and c.median_days_to_resolution is not None
    assert dict(c.by_office_status)["in_progress"] == 1 and dict(c.by_office_status)["new"] == 10
    people = {p.username: p for p in c.by_caseworker}
    assert people["caseworker1"].open_cases == 1 and people["caseworker1"].overdue_reminders == 1
    assert people[""].open_cases == 10
    assert sum(n for _label, n in c.by_age) == 11 and sum(n for _a, n in c.by_agency) == 11
    assert c.overdue_reminders == 1


def test_reopen_progress_moves_forward_only(store):
    store.apply_complaint_page(
        [upsert(40, status="closed", closed=dt.datetime.now(dt.UTC))], [], "c4", snapshot=False
    )
    req = store.request_reopen(sid(40), "not_fixed", "still leaking")
    assert [r.status for r in store.case(sid(40)).reopens] == ["sent"]
    answered = ReopenUpdate.model_validate(
        {
            "kind": "reopen",
            "id": str(req.id),
            "service_request_id": sid(40),
            "reason": "not_fixed",
            "status": "declined",
            "agency_answer": "No reason to reopen.",
            "answered_at": "2026-03-09T10:00:00Z",
            "received_at": "2026-03-08T10:00:00Z",
            "seq": 2,
        }
    )
    survey = SurveyResult.model_validate(
        {
            "kind": "survey",
            "id": str(uuid.uuid4()),
            "service_request_id": sid(40),
            "answer": "dissatisfied",
            "surveyed_at": "2026-03-10T10:00:00Z",
            "seq": 3,
        }
    )
    store.apply_lifecycle_page([answered, survey], "l1")
    from council_desk.api.models import ReopenRequest

    # The answer to our POST arrives late: it does not take the agency's reply back to "forwarded".
    item = next(i for i in store.outbox() if i.kind == "reopen")
    store.mark_sent(
        item.id,
        ReopenRequest.model_validate(
            {
                **req.model_dump(mode="json"),
                "service_request_id": sid(40),
                "status": "forwarded",
                "received_at": "2026-03-08T10:00:00Z",
            }
        ),
    )
    case = store.case(sid(40))
    assert [(r.status, r.agency_answer) for r in case.reopens] == [("declined", "No reason to reopen.")]
    assert [s.answer for s in case.surveys] == ["dissatisfied"]


def test_a_purge_takes_the_cases_casework_with_it(store):
    store.add_followup(followup_in(7, due=TODAY))
    store.assign(sid(7), "colleague")
    store.request_reopen(sid(7), "not_fixed")
    store.bulk("status", {"status": "in_progress"}, [sid(8)])
    result = store.apply_complaint_page([], [removal(7)], "c5", snapshot=False)
    assert result.removed == 1 and result.unsent_lost == 4  # follow-up, its reminder, assignment, reopen
    with store.reading() as conn:
        for table in ("tasks", "reopen_requests", "surveys", "bulk_op_items", "followups", "outbox"):
            n = conn.execute(f"SELECT count(*) FROM {table} WHERE service_request_id = ?", (sid(7),)).fetchone()[0]
            assert n == 0, table
    assert store.reminders(TODAY, horizon_days=None) == []


def test_the_building_and_filer_indexes_are_made_when_first_needed_never_in_a_bulk_load(tmp_path):
    s = new_store(tmp_path)
    s.save_me(me())

    def indexes() -> set[str]:
        with s.reading() as conn:
            return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}

    s.begin_snapshot()  # an empty cache: a bulk load
    s.apply_complaint_page([upsert(i, address="77 Water Street") for i in range(5)], [], "p1", snapshot=True)
    assert [g.count for g in s.groups(CaseQuery(), "building")] == [5]  # answered while the indexes are down
    s.finish_snapshot()
    assert not {"complaints_building", "complaints_filer"} & indexes()
    assert {"complaints_assignee", "complaints_requested"} <= indexes()
    assert s.prepare_grouping() and {"complaints_building", "complaints_filer"} <= indexes()
    assert not s.prepare_grouping()  # once
    with s.reading() as conn:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT c.building_key, count(*) FROM complaints c GROUP BY c.building_key"
        ).fetchall()
    assert "complaints_building" in str(plan)
    s.close()
