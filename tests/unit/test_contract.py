"""The wire contract is strict where privacy depends on it."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from council_desk.api.models import (
    ComplaintPage,
    Consent,
    Contact,
    MalformedJSON,
    UpsertChange,
    parse_json_strict,
)
from council_desk.domain.scope import refusal_reason

CONSENT: dict[str, Any] = {
    "consent_id": "c-1",
    "given_at": "2024-05-01T10:05:00-04:00",
    "channel": "web",
    "notice_version": "2025-01",
    "scope": "share-contact-with-council-member",
    "district": 7,
    "withdrawn_at": None,
}
CONTACT: dict[str, Any] = {
    "first_name": "Ana",
    "last_name": "Training",
    "phone": "212-555-0142",
    "email": "ana@example.org",
    "mailing_address": "1 Example Pl, New York, NY 10001",
    "preferred_language": "es",
}
COMPLAINT: dict[str, Any] = {
    "service_request_id": "61234567",
    "service_name": "Noise - Residential",
    "service_code": "noise-residential",
    "agency_responsible": "NYPD",
    "requested_datetime": "2024-05-01T10:00:00-04:00",
    "status": "open",
    "complaint_type": "Noise - Residential",
    "council_district": 7,
}


def upsert(**over: Any) -> dict[str, Any]:
    change = {"op": "upsert", "seq": 1, "complaint": COMPLAINT, "contact": CONTACT, "consent": CONSENT}
    change.update(over)
    return change


@pytest.mark.parametrize("bad", ["07", " 7", "7", True, 7.0, None, "yes", 1.5, 0, 52])
def test_district_is_never_coerced(bad: object) -> None:
    with pytest.raises(ValidationError):
        Consent.model_validate({**CONSENT, "district": bad})
    with pytest.raises(ValidationError):
        UpsertChange.model_validate(upsert(complaint={**COMPLAINT, "council_district": bad}))


@pytest.mark.parametrize("bad", ["yes", 1, None, True, "true", {}])
def test_consent_block_must_be_a_receipt(bad: object) -> None:
    with pytest.raises(ValidationError):
        UpsertChange.model_validate(upsert(consent=bad))


@pytest.mark.parametrize("block", ["consent", "contact"])
def test_unknown_fields_in_consent_and_contact_are_rejected(block: str) -> None:
    base = CONSENT if block == "consent" else CONTACT
    with pytest.raises(ValidationError):
        UpsertChange.model_validate(upsert(**{block: {**base, "also_share_with": "everyone"}}))


def test_withdrawn_at_must_be_explicit() -> None:
    consent = {k: v for k, v in CONSENT.items() if k != "withdrawn_at"}
    with pytest.raises(ValidationError):
        Consent.model_validate(consent)


def test_other_scope_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Consent.model_validate({**CONSENT, "scope": "share-with-anyone"})


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(ValidationError):
        Contact.model_validate({**CONTACT, "preferred_language": "zh"})


def test_complaint_ignores_new_public_columns() -> None:
    change = UpsertChange.model_validate(upsert(complaint={**COMPLAINT, "police_precinct": "Precinct 20"}))
    assert change.complaint.service_request_id == "61234567"


def test_page_parses_both_change_kinds() -> None:
    raw = (
        b'{"changes": [' + __import__("json").dumps(upsert()).encode() + b","
        b'{"op": "remove", "seq": 2, "service_request_id": "61234567", "reason": "consent_withdrawn"}],'
        b'"next_cursor": "abc", "has_more": false}'
    )
    page = ComplaintPage.model_validate(parse_json_strict(raw))
    assert [c.op for c in page.changes] == ["upsert", "remove"]


@pytest.mark.parametrize(
    "raw",
    [b'{"a": 1, "a": 2}', b'{"a": NaN}', b'{"a": Infinity}', b"[" * 50_000, b"\xff\xfe{}", b"<html>", b""],
)
def test_malformed_bodies_are_rejected(raw: bytes) -> None:
    with pytest.raises(MalformedJSON):
        parse_json_strict(raw)


def test_overflowing_float_is_rejected_by_the_model() -> None:
    with pytest.raises(ValidationError):
        UpsertChange.model_validate(upsert(complaint={**COMPLAINT, "lat": float("inf")}))


class TestScope:
    def change(self, **over: Any) -> UpsertChange:
        return UpsertChange.model_validate(upsert(**over))

    def test_matching_record_is_accepted(self) -> None:
        assert refusal_reason(self.change(), 7) is None

    def test_other_district_is_refused(self) -> None:
        assert refusal_reason(self.change(), 8) == "consent_district"

    def test_complaint_outside_district_is_refused(self) -> None:
        change = self.change(complaint={**COMPLAINT, "council_district": 8})
        assert refusal_reason(change, 7) == "complaint_district"

    def test_withdrawn_consent_is_refused(self) -> None:
        change = self.change(consent={**CONSENT, "withdrawn_at": "2024-05-02T00:00:00-04:00"})
        assert refusal_reason(change, 7) == "consent_withdrawn"

    def test_consent_before_complaint_is_refused(self) -> None:
        change = self.change(consent={**CONSENT, "given_at": "2024-04-01T00:00:00-04:00"})
        assert refusal_reason(change, 7) == "consent_before_complaint"
