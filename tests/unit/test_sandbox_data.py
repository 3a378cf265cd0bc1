"""Sandbox data: district assignment reproduces the city's own field; generation is deterministic and valid."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from council_desk.api.models import Complaint, Consent, Contact
from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.sandbox.data import RESOURCES, SHIPPED_ASSIGNMENT, RealRow, load_rows
from council_desk.sandbox.generate import Params, generate

NOW = dt.datetime(2026, 11, 22, 12, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[RealRow]:
    # Computed here by point-in-polygon, not taken from the shipped copy.
    return load_rows(tmp_path_factory.mktemp("data"), use_shipped=False)


def test_district_by_lines_in_force_matches_city_field(rows: list[RealRow]) -> None:
    with_city = [r for r in rows if r.city_district is not None]
    assert len(with_city) == 987
    agree = sum(r.district_at(r.created) == r.city_district for r in with_city)
    assert agree == len(with_city)
    # The 2023 lines would get a good share wrong, which is why the date matters.
    wrong_lines = sum(r.district_2023 != r.city_district for r in with_city)
    assert wrong_lines > 50


def test_every_geocoded_row_gets_a_district(rows: list[RealRow]) -> None:
    geocoded = [r for r in rows if r.lat is not None]
    assert len(geocoded) == 10_724
    assert all(1 <= r.district_2013 <= 51 and 1 <= r.district_2023 <= 51 for r in geocoded)


def test_assignment_cache_is_reused(tmp_path: Path, rows: list[RealRow]) -> None:
    first = load_rows(tmp_path, use_shipped=False)
    assert (tmp_path / "districts-v1.json").exists()
    again = load_rows(tmp_path)
    assert [r.district_2013 for r in again] == [r.district_2013 for r in first] == [r.district_2013 for r in rows]


def test_shipped_assignment_equals_a_fresh_computation(tmp_path: Path, rows: list[RealRow]) -> None:
    shipped = json.loads((RESOURCES / SHIPPED_ASSIGNMENT).read_text(encoding="utf-8"))
    assert shipped["2013"] == [r.district_2013 for r in rows]
    assert shipped["2023"] == [r.district_2023 for r in rows]
    # And it is what a fresh data dir uses.
    assert [r.district_2023 for r in load_rows(tmp_path)] == shipped["2023"]


def test_generation_is_deterministic_and_valid(rows: list[RealRow]) -> None:
    params = Params(seed=3, complaints=3000, consent_share=0.3, date_shift_days=399)
    a, b = list(generate(rows, params, NOW)), list(generate(rows, params, NOW))
    assert [r.complaint_json + r.contact_json + str(r.consent_json) for r in a] == [
        r.complaint_json + r.contact_json + str(r.consent_json) for r in b
    ]
    assert len({r.id for r in a}) == 3000
    consented = 0
    langs = set()
    for r in a:
        c = Complaint.model_validate_json(r.complaint_json)
        k = Contact.model_validate_json(r.contact_json)
        assert c.council_district == r.district
        assert k.email.endswith("@example.org") and "555-01" in k.phone
        langs.add(k.preferred_language)
        if r.consent_json:
            consented += 1
            s = Consent.model_validate_json(r.consent_json)
            assert s.district == c.council_district and s.withdrawn_at is None
            assert dt.timedelta(0) < s.given_at - c.requested_datetime < dt.timedelta(minutes=15)
        assert (c.status == "closed") == (c.nyc_status == "Closed")
    assert 0.25 < consented / 3000 < 0.35
    assert langs == set(LANGUAGE_CODES)
    other = list(generate(rows, Params(seed=4, complaints=3000, consent_share=0.3, date_shift_days=399), NOW))
    assert [r.contact_json for r in other] != [r.contact_json for r in a]


def test_resampled_rows_keep_their_district_under_the_served_date(rows: list[RealRow]) -> None:
    recs = list(generate(rows, Params(seed=1, complaints=2000, only_district=7, date_shift_days=399), NOW))
    assert {r.district for r in recs} == {7}
    for r in recs[:500]:
        c = Complaint.model_validate_json(r.complaint_json)
        assert c.requested_datetime < NOW


def test_non_latin_names_appear(rows: list[RealRow]) -> None:
    recs = list(generate(rows, Params(seed=2, complaints=4000, date_shift_days=0), NOW))
    names = [Contact.model_validate_json(r.contact_json) for r in recs]
    scripts = {k.preferred_language for k in names if not k.first_name.isascii() and k.preferred_language != "es"}
    assert {"zh-Hans", "ru", "ar"} <= scripts
