"""Retention enforced locally, even with the wall clock behind; explicit purge."""

from __future__ import annotations

import datetime as dt

from council_desk.api.models import Policy
from council_desk.audit.log import AuditLog
from council_desk.cache.queries import CaseQuery
from tests.unit.test_cache_fixtures import followup_in, new_store, sid, upsert

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


def test_retention_with_clock_behind_uses_server_time(tmp_path):
    s = new_store(tmp_path)
    # The server's records say it is June 2025; this PC's clock says January 2020.
    server_now = dt.datetime(2025, 6, 1, tzinfo=UTC)
    s.apply_complaint_page(
        [_closed(1, dt.datetime(2025, 1, 1, tzinfo=UTC), updated=server_now)], [], "c", snapshot=False
    )
    assert s.enforce_retention(dt.datetime(2020, 1, 1, tzinfo=UTC), POLICY) == 1
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
