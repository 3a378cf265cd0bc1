"""CaseStore: the sync-feed and outbox API of INTERFACES.md, against a real SQLCipher file."""

from __future__ import annotations

import datetime as dt
import json
import stat
import uuid
from pathlib import Path

import pytest

from council_desk.api.models import ReopenRequest
from council_desk.audit.log import AuditLog
from council_desk.cache.errors import StoreRefusedRecord, UnstorableRecord
from council_desk.cache.queries import CaseQuery
from council_desk.cache.store import CaseStore
from tests.support.records import DISTRICT, KEY, followup_in, me, removal, server_followup, sid, upsert
from tests.support.stores import fill, new_store


@pytest.fixture()
def store(tmp_path):
    s = new_store(tmp_path)
    s.save_me(me())
    yield s
    s.close()


def test_new_cache_files_are_private(tmp_path):
    s = new_store(tmp_path)
    fill(s, 3)
    for p in (s.path, s.path.with_name("cache.db-wal"), s.path.with_name("cache.keyfp")):
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    s.close()


def test_page_upserts_and_cursor(store):
    r = store.apply_complaint_page([upsert(i) for i in range(5)], [], "cur-1", snapshot=False)
    assert (r.upserted, r.removed, r.unsent_lost) == (5, 0, 0)
    assert store.cursor("complaints") == "cur-1"
    assert store.cursor("followups") is None
    assert store.case_count() == 5
    case = store.case(sid(2))
    assert case is not None and case.complaint == upsert(2).complaint
    assert case.contact == upsert(2).contact and case.consent == upsert(2).consent


def test_upsert_keeps_office_work(store):
    fill(store, 2)
    store.set_office_status(sid(1), "in_progress")
    changed = upsert(1, description="boiler fixed?")
    store.apply_complaint_page([changed], [], "cur-2", snapshot=False)
    case = store.case(sid(1))
    assert case is not None
    assert case.complaint.description == "boiler fixed?"
    assert case.office_status == "in_progress"
    assert store.outbox_count() == 1


def test_removal_purges_case_followups_outbox_and_search(store):
    fill(store, 3)
    store.add_followup(followup_in(1, text="left a message"))
    store.request_reopen(sid(1), "not_fixed")
    assert store.list_ids(CaseQuery(text="Person1")) == [sid(1)]
    r = store.apply_complaint_page([], [removal(1)], "cur-2", snapshot=False)
    assert (r.removed, r.unsent_lost) == (1, 2)
    assert store.case(sid(1)) is None
    assert store.outbox_count() == 0
    assert store.list_ids(CaseQuery(text="Person1")) == []
    with store.reading() as conn:
        assert conn.execute("SELECT count(*) FROM followups").fetchone()[0] == 0
    events = AuditLog(store).pending_upload()
    lost = [e for e in events if e.action == "unsent_lost"]
    assert len(lost) == 1 and lost[0].count == 2 and lost[0].service_request_ids == []
    assert AuditLog(store).verify().ok


def test_changes_apply_in_seq_order(store):
    # Withdrawn then consented again within one page: the later upsert wins.
    page = [upsert(1, seq=1), upsert(1, seq=3, description="again")]
    store.apply_complaint_page(page, [removal(1, seq=2)], "c", snapshot=False)
    case = store.case(sid(1))
    assert case is not None and case.complaint.description == "again"
    store.apply_complaint_page([upsert(1, seq=4)], [removal(1, seq=5)], "d", snapshot=False)
    assert store.case(sid(1)) is None


def test_store_refuses_out_of_scope_record_whole_page(store):
    fill(store, 1)
    bad = upsert(5, district=DISTRICT + 1)
    with pytest.raises(StoreRefusedRecord):
        store.apply_complaint_page([upsert(4), bad], [], "c9", snapshot=False)
    assert store.case_count() == 1 and store.cursor("complaints") == "c1"
    withdrawn = upsert(6, withdrawn=dt.datetime(2025, 4, 1, tzinfo=dt.UTC))
    with pytest.raises(StoreRefusedRecord):
        store.apply_complaint_page([withdrawn], [], "c9", snapshot=False)


def test_snapshot_purges_only_after_finish(store):
    fill(store, 6)
    store.begin_snapshot()
    store.apply_complaint_page([upsert(i) for i in (0, 1)], [], "s1", snapshot=True)
    store.apply_complaint_page([upsert(i) for i in (2, 7)], [], "s2", snapshot=True)
    assert store.case_count() == 7  # nothing purged mid-snapshot
    assert store.finish_snapshot() == 3  # 3, 4, 5 were not in the snapshot
    assert sorted(store.list_ids(CaseQuery(sort="id", descending=False))) == [sid(i) for i in (0, 1, 2, 7)]
    with pytest.raises(RuntimeError):
        store.finish_snapshot()


def test_aborted_snapshot_purges_nothing(store):
    fill(store, 4)
    store.begin_snapshot()
    store.apply_complaint_page([upsert(0)], [], "s1", snapshot=True)
    store.abort_snapshot()
    assert store.case_count() == 4
    assert not store.snapshot_active()


def test_followup_outbox_roundtrip(store):
    fill(store, 2)
    fu = followup_in(0, due=dt.date(2025, 3, 10))
    store.add_followup(fu)
    items = store.outbox()
    # The follow-up, then the reminder its date sets (issue 14: a task, queued as its own item).
    assert [i.kind for i in items] == ["followup", "task"] and items[0].idempotency_key == str(fu.id)
    assert store.rows([sid(0)])[sid(0)].pending_count == 2
    store.mark_failed(items[0].id, "timeout")
    assert store.outbox()[0].attempts == 1 and store.outbox()[0].last_error_code == "timeout"
    store.mark_sent(items[0].id, server_followup(fu))
    assert store.outbox_count() == 1
    case = store.case(sid(0))
    assert case is not None and not case.followups[0].pending and case.followups[0].followup is not None
    assert store.rows([sid(0)])[sid(0)].pending_count == 1
    store.mark_sent(items[0].id, server_followup(fu))  # a repeat is harmless


def test_followup_feed_acknowledges_pending_and_ignores_unknown_cases(store):
    fill(store, 2)
    mine = followup_in(0)
    store.add_followup(mine)
    theirs = followup_in(1, text="colleague visited")
    unknown = followup_in(99)
    n = store.apply_followup_page(
        [server_followup(mine, 1), server_followup(theirs, 2), server_followup(unknown, 3)], "f1"
    )
    assert (n.stored, n.refused) == (2, 0)
    assert store.outbox_count() == 0
    assert store.cursor("followups") == "f1"
    case = store.case(sid(1))
    assert case is not None and case.followups[0].author == "colleague"


def test_office_status_and_reopen(store):
    fill(store, 1)
    fu = store.set_office_status(sid(0), "waiting_on_agency", text="asked DOT")
    assert fu.kind == "status" and fu.office_status == "waiting_on_agency"
    req = store.request_reopen(sid(0), "not_fixed", "still broken")
    case = store.case(sid(0))
    assert case is not None and case.office_status == "waiting_on_agency"
    assert case.reopen_requested_at is not None
    item = next(i for i in store.outbox() if i.kind == "reopen")
    resp = ReopenRequest.model_validate(
        req.model_dump(mode="json")
        | {"service_request_id": sid(0), "status": "forwarded", "received_at": "2025-03-02T10:00:00+00:00"}
    )
    store.mark_sent(item.id, resp)
    assert store.outbox_count() == 1  # the status follow-up is still queued


def test_drop_outbox_item_is_audited_without_contents(store):
    fill(store, 1)
    store.add_followup(followup_in(0, text="secret words"))
    item = store.outbox()[0]
    store.drop_outbox_item(item.id, "rejected_422")
    assert store.outbox_count() == 0
    ev = next(e for e in AuditLog(store).pending_upload() if e.action == "unsent_lost")
    assert ev.count == 1 and "secret" not in ev.model_dump_json()


def test_local_write_to_missing_case_is_not_silently_lost(store):
    from council_desk.domain.errors import KnownError

    with pytest.raises(KnownError):
        store.add_followup(followup_in(42))
    assert store.outbox_count() == 0


def test_meta_and_me(store, tmp_path):
    store.set_meta("x", "1")
    assert store.get_meta("x") == "1" and store.get_meta("nope") is None
    assert store.me() == me()
    store.close()
    again = CaseStore.open(store.path, KEY)
    assert again.get_meta("x") == "1"
    again.close()
    store.close = lambda: None  # already closed for the fixture


def test_lone_surrogate_is_rejected_deterministically(store):
    # The contract already refuses lone surrogates; a record built around it still cannot get in.
    with pytest.raises(ValueError):
        upsert(1, description="broken \ud800 text")
    good = upsert(1)
    bad = good.model_copy(update={"complaint": good.complaint.model_copy(update={"description": "a \ud800 b"})})
    for _ in range(2):
        with pytest.raises(UnstorableRecord):
            store.apply_complaint_page([bad], [], "c", snapshot=False)
    assert store.case_count() == 0 and store.cursor("complaints") is None


def test_a_query_error_is_not_reported_as_a_full_disk() -> None:
    """An FTS5 complaint that mentions "full" (detail!=full) is a query error, not NotSaved("disk is full")."""
    import sqlcipher3

    from council_desk.cache.database import map_error as _map_error
    from council_desk.domain.errors import NotSaved

    exc = sqlcipher3.OperationalError("fts5: phrase queries are not supported (detail!=full)")
    assert not isinstance(_map_error(exc, Path("x")), NotSaved)
    full = sqlcipher3.OperationalError("database or disk is full")
    assert isinstance(_map_error(full, Path("x")), NotSaved)


def test_a_server_record_never_overwrites_or_moves_the_offices_pending_follow_up(store):
    """A record from the shared log under the id of a pending follow-up, but of another case or another text,
    does not mark it sent or replace its text: it is refused and counted, and ours stays queued (under a fresh
    id, so it is sent again and cannot collide twice)."""
    fill(store, 3)
    mine = followup_in(0, text="called back, no answer")
    store.add_followup(mine)
    rogues = (
        lambda fu: server_followup(followup_in(1, text="rogue words")).model_copy(update={"id": fu.id}),
        lambda fu: server_followup(fu).model_copy(update={"text": "rewritten by the server"}),
    )
    for make_rogue in rogues:
        rogue = make_rogue(mine)
        result = store.apply_followup_page([rogue], "f1")
        assert (result.stored, result.refused) == (0, 1)
        case = store.case(sid(0))
        assert case is not None and [(f.text, f.pending) for f in case.followups] == [
            ("called back, no answer", True)
        ]
        assert store.case(sid(1)).followups == ()  # type: ignore[union-attr]
        [item] = store.outbox()
        assert item.idempotency_key != str(mine.id)  # sent again under a fresh id
        assert json.loads(item.payload)["text"] == "called back, no answer"
        mine = mine.model_copy(update={"id": uuid.UUID(item.idempotency_key)})
    # What was really sent (same case, kind, content) still acknowledges it.
    result = store.apply_followup_page([server_followup(mine)], "f2")
    assert (result.stored, result.refused) == (1, 0)
    assert store.outbox_count() == 0


def test_an_answer_that_is_not_what_was_sent_acknowledges_nothing(store):
    fill(store, 2)
    fu = followup_in(0, text="left a voicemail")
    store.add_followup(fu)
    [item] = store.outbox()
    assert store.mark_sent(item.id, server_followup(fu).model_copy(update={"text": "something else"})) is False
    assert store.outbox_count() == 1
    assert store.case(sid(0)).followups[0].pending  # type: ignore[union-attr]
