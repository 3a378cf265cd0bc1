"""Retention enforced locally, even with the wall clock behind; explicit purge."""

from __future__ import annotations

import datetime as dt

from council_desk.api.models import Policy
from council_desk.audit.log import AuditLog
from council_desk.cache.queries import CaseQuery
from tests.support.records import followup_in, sid, upsert
from tests.support.stores import new_store

POLICY = Policy(
    retention_days_after_close=30,
    idle_lock_minutes=15,
    absolute_session_hours=12,
    max_offline_days=14,
    device_status="active",
)
UTC = dt.UTC


def _closed(i: int, closed: dt.datetime, updated: dt.datetime | None = None):
    ch = upsert(i, status="closed", closed=closed)
    if updated is not None:
        ch = ch.model_copy(update={"complaint": ch.complaint.model_copy(update={"updated_datetime": updated})})
    return ch


def test_retention_purges_only_expired_closed(tmp_path):
    s = new_store(tmp_path)
    s.apply_complaint_page(
        [
            _closed(1, dt.datetime(2025, 1, 1, tzinfo=UTC)),
            _closed(2, dt.datetime(2025, 5, 20, tzinfo=UTC)),
            upsert(3),
        ],
        [],
        "c",
        snapshot=False,
    )
    s.add_followup(followup_in(1))
    assert s.enforce_retention(dt.datetime(2025, 6, 1, tzinfo=UTC), POLICY) == 1
    assert sorted(s.list_ids(CaseQuery())) == [sid(2), sid(3)]
    events = AuditLog(s).pending_upload()
    assert [(e.action, e.count) for e in events] == [("purge", 1), ("unsent_lost", 1)]
    assert "retention_expired" in events[0].reason and events[0].service_request_ids == []
    assert s.enforce_retention(dt.datetime(2025, 6, 1, tzinfo=UTC), POLICY) == 0
    s.close()


def test_a_server_time_moves_the_clock_only_within_the_skew(tmp_path):
    """A record's `updated_datetime` may move the retention clock ahead of the PC's clock by at most CLOCK_SKEW
    (clocks drift a little); beyond that it is a bad clock or a bad record, and counts as the PC clock + skew."""
    from council_desk.cache.clock import CLOCK_SKEW

    s = new_store(tmp_path)
    real = dt.datetime.now(UTC)
    s.apply_complaint_page(
        [_closed(1, real - dt.timedelta(days=1), updated=real + dt.timedelta(minutes=5))], [], "c", snapshot=False
    )
    assert s.trusted_now(real) >= real + dt.timedelta(minutes=5)
    s.apply_complaint_page(
        [_closed(2, real - dt.timedelta(days=1), updated=real + dt.timedelta(days=400))], [], "d", snapshot=False
    )
    assert s.trusted_now(real) <= dt.datetime.now(UTC) + CLOCK_SKEW
    s.close()


def test_one_far_future_record_cannot_move_the_retention_clock(tmp_path):
    """Before: one record with updated_datetime in 2099 pinned "now" in 2099 and purged every closed case, with
    the unsent work on them."""
    s = new_store(tmp_path)
    real = dt.datetime.now(UTC)
    recent = [_closed(i, real - dt.timedelta(days=i)) for i in range(1, 6)]  # closed 1-5 days ago, 30-day policy
    s.apply_complaint_page(recent, [], "c", snapshot=False)
    s.add_followup(followup_in(3, text="unsent call notes"))
    rogue = _closed(9, real - dt.timedelta(days=2), updated=dt.datetime(2099, 1, 1, tzinfo=UTC))
    s.apply_complaint_page([rogue], [], "d", snapshot=False)
    assert s.enforce_retention(real, POLICY) == 0
    assert len(s.list_ids(CaseQuery())) == 6 and s.outbox_count() == 1
    s.close()


def test_closed_at_the_agency_without_a_closed_date_still_expires(tmp_path):
    """Documented rule: retention counts from the filing date when 311 closed a complaint without a date."""
    s = new_store(tmp_path)
    filed_long_ago = upsert(1, status="closed", requested=dt.datetime(2025, 1, 1, tzinfo=UTC))
    filed_recently = upsert(2, status="closed", requested=dt.datetime(2025, 5, 25, tzinfo=UTC))
    still_open = upsert(3, requested=dt.datetime(2024, 1, 1, tzinfo=UTC))
    s.apply_complaint_page([filed_long_ago, filed_recently, still_open], [], "c", snapshot=False)
    assert s.enforce_retention(dt.datetime(2025, 6, 1, tzinfo=UTC), POLICY) == 1
    assert sorted(s.list_ids(CaseQuery())) == [sid(2), sid(3)]
    s.close()


def test_retention_high_water_mark_survives_clock_set_back(tmp_path):
    s = new_store(tmp_path)
    s.apply_complaint_page([upsert(1)], [], "c", snapshot=False)
    assert s.enforce_retention(dt.datetime(2025, 9, 1, tzinfo=UTC), POLICY) == 0  # seen: Sept 2025
    s.apply_complaint_page(
        [_closed(2, dt.datetime(2025, 7, 1, tzinfo=UTC), updated=dt.datetime(2025, 7, 1, tzinfo=UTC))],
        [],
        "d",
        snapshot=False,
    )
    # The clock is then set back to June: still purged, because September was already seen.
    assert s.enforce_retention(dt.datetime(2025, 6, 1, tzinfo=UTC), POLICY) == 1
    s.close()


def test_explicit_purge(tmp_path):
    s = new_store(tmp_path)
    s.apply_complaint_page([upsert(1), upsert(2)], [], "c", snapshot=False)
    assert s.purge(sid(1), "left_district") == 1
    assert s.purge(sid(1), "left_district") == 0
    assert s.list_ids(CaseQuery()) == [sid(2)]
    s.close()
