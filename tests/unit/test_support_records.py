"""The record builders of tests/support/records.py: every family makes records the contract accepts, and keeps
the values other tests look for (moved here from the old tests/unit/test_cache_fixtures.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from council_desk.api.models import RemovalChange, UpsertChange
from tests.support.records import (
    CANARY_LAST,
    CANARY_PHONE,
    DISTRICT,
    app_me,
    app_upsert,
    feed_me,
    feed_removal,
    feed_upsert,
    me,
    sid,
    upsert,
)


def test_builders_make_valid_records() -> None:
    ch = upsert(3)
    assert ch.complaint.service_request_id == sid(3)
    assert ch.consent.district == ch.complaint.council_district == DISTRICT


def test_each_family_keeps_what_its_tests_look_for() -> None:
    # The cache tests search for problem words and "Person{i}"; the app's tests for readable text, streets and
    # the canary contact; the sync engine's for "CANARY{sid}Z" on disk.
    assert "boiler" in upsert(0).complaint.description and upsert(0).contact.last_name == "Person0"
    case = app_upsert(5, canary=True)
    assert case.complaint.description.startswith("Complaint text number 5")
    assert case.contact.last_name == CANARY_LAST and case.contact.phone == CANARY_PHONE
    assert app_upsert(0).complaint.address.endswith("BROADWAY") and app_upsert(0).complaint.status == "closed"
    feed = UpsertChange.model_validate(feed_upsert("41", 1))
    assert feed.complaint.description == "CANARY41Z loud music" and feed.complaint.service_request_id == "41"
    assert RemovalChange.model_validate(feed_removal("4", 4)).service_request_id == "4"
    assert app_me().display_name == "Training Caseworker" and me().policy.retention_days_after_close == 30
    assert feed_me()["policy"]["retention_days_after_close"] == 365


def test_the_feed_json_carries_what_the_model_refuses() -> None:
    # The engine's contract tests send these on purpose; building them through the model must not clean them.
    assert feed_upsert("3", 3, district="07")["consent"]["district"] == "07"
    with pytest.raises(ValidationError):
        UpsertChange.model_validate(feed_upsert("3", 3, district="07"))
    with pytest.raises(ValidationError):
        UpsertChange.model_validate(feed_upsert("93", 5, scope="marketing"))
    withdrawn = UpsertChange.model_validate(feed_upsert("91", 3, withdrawn_at="2024-05-02T00:00:00Z"))
    assert withdrawn.consent.withdrawn_at == dt.datetime(2024, 5, 2, tzinfo=dt.UTC)
