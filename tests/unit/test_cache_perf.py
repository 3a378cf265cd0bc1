"""Schema v3 and the fast paths of issues 3/4: deferred search indexing of a page's new rows stays exact (FTS5's
own integrity check against the complaints table), the migration from v2 keeps every case searchable, the fast
row builder equals the straightforward one, and a complaint number is searchable."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from council_desk.cache import db, schema
from council_desk.cache.feed import UPSERT_SQL as _UPSERT_SQL
from council_desk.cache.queries import CaseQuery, number_prefix
from council_desk.cache.rows import UPSERT_COLUMNS
from council_desk.cache.rows import upsert_row as _upsert_row
from council_desk.cache.schema import COMPLAINT_COLUMNS
from tests.support.records import BASE_TIME, KEY, removal, sid, upsert
from tests.support.stores import new_store


def _fts_ok(store: Any) -> None:
    # FTS5 compares its index with the content table: raises if any word of any case is missing or extra.
    with store.reading() as conn:
        conn.execute("INSERT INTO complaints_fts(complaints_fts, rank) VALUES('integrity-check', 1)")
        assert conn.execute("SELECT count(*) FROM fts_deferred").fetchone()[0] == 0


def _reference_row(ch: Any) -> dict[str, Any]:
    """The row the straightforward way, column by column (the fast builder orders them its own way)."""
    c, p, s = ch.complaint, ch.contact, ch.consent
    values: dict[str, Any] = {}
    for name in COMPLAINT_COLUMNS:
        v = getattr(c, name)
        values[name] = v.isoformat() if isinstance(v, dt.datetime) else v
    values.update(
        requested_ts=c.requested_datetime.timestamp(),
        requested_date=c.requested_datetime.date().isoformat(),
        closed_ts=c.closed_datetime.timestamp() if c.closed_datetime else None,
        contact_first_name=p.first_name,
        contact_last_name=p.last_name,
        contact_phone=p.phone,
        contact_email=p.email,
        contact_mailing_address=p.mailing_address,
        contact_language=p.preferred_language,
        contact_name=f"{p.first_name} {p.last_name}".strip(),
        consent_id=s.consent_id,
        consent_given_at=s.given_at.isoformat(),
        consent_channel=s.channel,
        consent_notice_version=s.notice_version,
        consent_scope=s.scope,
        consent_district=s.district,
        consent_withdrawn_at=s.withdrawn_at.isoformat() if s.withdrawn_at else None,
    )
    return values


def test_fast_row_builder_equals_reference() -> None:
    closed = BASE_TIME + dt.timedelta(days=3)
    for ch in (upsert(1), upsert(2, status="closed", closed=closed, first_name="", last_name="Ōe")):
        row = _upsert_row(ch)
        assert len(row) == len(UPSERT_COLUMNS)
        assert dict(zip(UPSERT_COLUMNS, row, strict=True)) == _reference_row(ch)


def test_bulk_page_indexes_new_rows_exactly(tmp_path) -> None:
    store = new_store(tmp_path)
    store.apply_complaint_page([upsert(i, seq=i) for i in range(50)], [], "p1", snapshot=True)
    _fts_ok(store)
    # Second page: new cases, the same case twice (the later one stands), a changed text on an old case, an
    # unchanged old case, and a removal in the middle (the batch before it must already be indexed).
    page = [
        upsert(100, seq=100, description="zebra crossing"),
        upsert(100, seq=101, description="giraffe crossing"),
        upsert(3, seq=102, description="walrus"),
        upsert(4, seq=103),
        upsert(101, seq=105, description="okapi"),
    ]
    store.apply_complaint_page(page, [removal(101, seq=106), removal(5, seq=104)], "p2", snapshot=True)
    _fts_ok(store)
    assert store.list_ids(CaseQuery(text="giraffe")) == [sid(100)]
    assert store.list_ids(CaseQuery(text="zebra")) == []
    assert store.list_ids(CaseQuery(text="walrus")) == [sid(3)]
    assert store.list_ids(CaseQuery(text="okapi")) == []
    assert sid(5) not in store.list_ids(CaseQuery())
    assert len(store.list_ids(CaseQuery(text="crossing"))) == 1
    store.close()


def test_refused_page_leaves_no_deferral_behind(tmp_path) -> None:
    from council_desk.cache.errors import UnstorableRecord

    store = new_store(tmp_path)
    with pytest.raises(UnstorableRecord):  # fails inside the page's transaction, after the deferral began
        good = upsert(2)
        bad = good.model_copy(update={"complaint": good.complaint.model_copy(update={"description": "a \ud800"})})
        store.apply_complaint_page([upsert(1), bad], [], "p", snapshot=False)
    store.apply_complaint_page([upsert(3, description="single")], [], "p", snapshot=False)  # via the trigger
    assert store.list_ids(CaseQuery(text="single")) == [sid(3)]
    _fts_ok(store)
    store.close()


def test_migration_from_v2_keeps_search(tmp_path) -> None:
    path = tmp_path / "cache.db"
    conn = db.open_connection(path, KEY, create=True)
    assert schema.migrate(conn, target=2) == 2
    conn.execute("BEGIN")
    conn.executemany(_UPSERT_SQL, [_upsert_row(upsert(i, description=f"heron{i} pelican")) for i in range(30)])
    conn.execute("COMMIT")
    assert schema.migrate(conn) == schema.LATEST_VERSION
    conn.close()
    from council_desk.cache.store import CaseStore

    store = CaseStore.open(path, KEY)
    assert len(store.list_ids(CaseQuery(text="pelican"))) == 30
    assert store.list_ids(CaseQuery(text="heron7")) == [sid(7)]
    _fts_ok(store)
    store.purge(sid(7), "consent_withdrawn")
    assert store.list_ids(CaseQuery(text="heron7")) == []
    _fts_ok(store)
    store.close()


def test_complaint_number_is_searchable(tmp_path) -> None:
    store = new_store(tmp_path)
    store.apply_complaint_page([upsert(i) for i in range(30)], [], "p", snapshot=False)
    assert store.list_ids(CaseQuery(text=sid(17))) == [sid(17)]
    assert store.list_ids(CaseQuery(text=f" 311-{sid(17)} ")) == [sid(17)]
    assert set(store.list_ids(CaseQuery(text=sid(17)[:7]))) == {sid(i) for i in range(10, 20)}
    assert store.list_ids(CaseQuery(text="60")) == []  # two digits: a word, not a number prefix
    assert store.list_ids(CaseQuery(text="99999999")) == []
    assert number_prefix("6000 main") is None and number_prefix("311-123") == "123"
    store.close()


@pytest.mark.parametrize("hours", [-12, -5, 0, 14])
def test_date_filter_is_the_recorded_local_date_at_any_offset(tmp_path, hours: int) -> None:
    # The date filters are bounded by UTC timestamps now (schema v3 dropped the date index): edge times at the
    # extreme offsets must still count on the date 311 recorded.
    tz = dt.timezone(dt.timedelta(hours=hours))
    day = dt.date(2025, 6, 15)
    times = {
        0: dt.datetime(2025, 6, 15, 0, 0, tzinfo=tz),
        1: dt.datetime(2025, 6, 15, 23, 59, tzinfo=tz),
        2: dt.datetime(2025, 6, 14, 23, 59, tzinfo=tz),
        3: dt.datetime(2025, 6, 16, 0, 0, tzinfo=tz),
    }
    store = new_store(tmp_path)
    store.apply_complaint_page([upsert(i, requested=t) for i, t in times.items()], [], "p", snapshot=False)
    assert set(store.list_ids(CaseQuery(date_from=day, date_to=day))) == {sid(0), sid(1)}
    assert set(store.list_ids(CaseQuery(date_from=day))) == {sid(0), sid(1), sid(3)}
    assert set(store.list_ids(CaseQuery(date_to=day))) == {sid(0), sid(1), sid(2)}
    assert store.list_ids(CaseQuery(sort="pending_count")) == store.list_ids(CaseQuery())  # no index, same order
    store.close()
