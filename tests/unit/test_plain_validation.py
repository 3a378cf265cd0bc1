"""api/plain.py validates a feed change exactly as the models do, only into dicts; cache/rows.py makes the same
row from either. Checked by mutating a valid upsert field by field (and at random with Hypothesis): both
validators must accept or refuse every variant alike, and accepted variants must give the same row."""

from __future__ import annotations

import copy
import datetime as dt
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from council_desk.api import plain
from council_desk.api.models import Change, UpsertChange
from council_desk.cache.rows import UPSERT_COLUMNS, Refusal, prepare_plain, prepare_upsert, row_refusal, upsert_row
from council_desk.domain.scope import refusal_reason
from tests.support.records import BASE_TIME, DISTRICT, removal, upsert

_models: TypeAdapter[Any] = TypeAdapter(Change)

# Values of every JSON kind, and the ones that have caught validators out before.
ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    7,
    -1,
    51,
    52,
    7.0,
    1e308,
    math.nan,
    "",
    "7",
    " 7",
    "07",
    "x" * 300,
    "x" * 10_001,
    [],
    [7],
    {},
    {"a": 1},
    "2025-03-01T09:30:00",
    "2025-03-01T09:30:00Z",
    "2025-03-01T09:30:00.123456789+05:30",
    1_700_000_000,
    "open",
    "closed",
    "es",
    "share-contact-with-council-member",
    "311-123",
    "abc",
]


def _good() -> dict[str, Any]:
    return upsert(3, closed=BASE_TIME + dt.timedelta(days=2), status="closed").model_dump(mode="json")


def _outcome(item: Any) -> tuple[str, Any]:
    """("ok", row) or ("refused", None) from the models, and the same from the plain validator."""
    try:
        model = _models.validate_python(copy.deepcopy(item))
    except ValidationError:
        model_says: tuple[str, Any] = ("refused", None)
    else:
        model_says = ("ok", upsert_row(model) if isinstance(model, UpsertChange) else model.model_dump())
    try:
        got = plain.CHANGE.validate_python(copy.deepcopy(item))
    except ValidationError:
        plain_says: tuple[str, Any] = ("refused", None)
    else:
        if got["op"] == "upsert":
            ready, _ = prepare_plain([got], district=got["consent"]["district"])
            row = ready[0].row if ready else upsert_row(UpsertChange.model_validate(got))
            plain_says = ("ok", row)
        else:
            plain_says = ("ok", got)
    return model_says, plain_says


def _variants() -> list[tuple[str, dict[str, Any]]]:
    good = _good()
    out: list[tuple[str, dict[str, Any]]] = [("as is", good)]
    for part in ("complaint", "contact", "consent"):
        for name in list(good[part]):
            gone = copy.deepcopy(good)
            del gone[part][name]
            out.append((f"{part}.{name} missing", gone))
            for value in ODD_VALUES:
                v = copy.deepcopy(good)
                v[part][name] = value
                out.append((f"{part}.{name}={value!r:.30}", v))
        extra = copy.deepcopy(good)
        extra[part]["unexpected"] = "x"
        out.append((f"{part} with an unknown field", extra))
    for name in ("op", "seq"):
        for value in ODD_VALUES:
            v = copy.deepcopy(good)
            v[name] = value
            out.append((f"{name}={value!r:.30}", v))
    top = copy.deepcopy(good)
    top["unexpected"] = 1
    out.append(("unknown top-level field", top))
    return out


def test_every_field_mutation_is_judged_alike() -> None:
    variants = _variants()
    assert len(variants) > 1000  # the mutations really ran
    accepted = 0
    for label, item in variants:
        model_says, plain_says = _outcome(item)
        assert model_says == plain_says, label
        accepted += model_says[0] == "ok"
    # Both kinds really occur (a check that could not fail otherwise).
    assert 50 < accepted < len(variants) - 500


def test_removals_are_judged_alike() -> None:
    good = removal(4).model_dump(mode="json")
    for name in list(good):
        for value in ODD_VALUES:
            v = dict(good)
            v[name] = value
            assert _outcome(v)[0][0] == _outcome(v)[1][0], (name, value)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(
    part=st.sampled_from(["complaint", "contact", "consent"]),
    field=st.integers(0, 30),
    value=_json_values | st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
)
def test_random_values_are_judged_alike(part: str, field: int, value: Any) -> None:
    item = _good()
    names = list(item[part])
    item[part][names[field % len(names)]] = value
    model_says, plain_says = _outcome(item)
    assert model_says == plain_says


@settings(max_examples=200, deadline=None)
@given(
    requested=st.datetimes(
        min_value=dt.datetime(1971, 1, 2),
        max_value=dt.datetime(2100, 1, 1),
        timezones=st.sampled_from(
            [
                dt.UTC,
                dt.timezone(dt.timedelta(hours=-5)),
                dt.timezone(dt.timedelta(hours=5, minutes=30)),
                dt.timezone(dt.timedelta(hours=14)),
            ]
        ),
    ),
    closed_after=st.none() | st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=900)),
)
def test_rows_hold_isoformat_text_and_the_same_timestamps(
    requested: dt.datetime, closed_after: dt.timedelta | None
) -> None:
    closed = None if closed_after is None else requested + closed_after
    ch = upsert(5, requested=requested, closed=closed, status="open" if closed is None else "closed")
    row = upsert_row(ch)
    col = dict(zip(UPSERT_COLUMNS, row, strict=True))
    c = ch.complaint
    assert col["requested_datetime"] == c.requested_datetime.isoformat()
    assert col["closed_datetime"] == (None if c.closed_datetime is None else c.closed_datetime.isoformat())
    assert col["requested_ts"] == c.requested_datetime.timestamp()
    assert col["requested_date"] == c.requested_datetime.date().isoformat()
    assert col["closed_ts"] == (None if c.closed_datetime is None else c.closed_datetime.timestamp())
    assert col["consent_given_at"] == ch.consent.given_at.isoformat()
    # The same row through the feed's plain path, and the same scope decision on it as on the model.
    ready, refused = prepare_plain([plain.CHANGE.validate_python(ch.model_dump(mode="json"))], DISTRICT)
    assert [r.row for r in ready] == ([row] if refusal_reason(ch, DISTRICT) is None else [])
    assert row_refusal(row, DISTRICT) == refusal_reason(ch, DISTRICT)
    assert len(ready) + len(refused) == 1


@pytest.mark.parametrize("district", [DISTRICT, DISTRICT + 1])
def test_out_of_scope_records_are_refused_not_made_ready(district: int) -> None:
    ch = upsert(6)
    ready, refused = prepare_plain([plain.CHANGE.validate_python(ch.model_dump(mode="json"))], district)
    if district == DISTRICT:
        assert ready == [prepare_upsert(ch)] and refused == []
    else:
        # Refused with its number and seq (a copy held from before is purged), no other value of the record.
        assert ready == [] and refused == [Refusal(ch.seq, ch.complaint.service_request_id, "consent_district")]
