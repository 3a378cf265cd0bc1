"""Rows of the complaints table made from validated upserts, and the scope check on such a row.

One builder serves both kinds of input: the plain dicts of a feed page (api/plain.py) and `UpsertChange` models
(their field values read in place). It works a batch at a time because the datetimes are the costly part:
pydantic's datetimes carry its own tzinfo class, and each `isoformat()` or `timestamp()` on them calls back into
it (~3 µs; ~2.7 s of a 100k first sync, measured). Here pydantic's serializer writes a whole batch's datetimes as
ISO text in one call, and the two timestamps the list sorts by are read back from that text with the standard
library. The text is exactly `datetime.isoformat()`'s (tests/unit/test_plain_validation.py): pydantic writes UTC
as "Z", which is put back as "+00:00".
"""

from __future__ import annotations

import datetime as dt
import operator
import time
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from council_desk.api.models import Complaint, Contact, UpsertChange
from council_desk.api.plain import DEFAULTS
from council_desk.cache.schema import COMPLAINT_COLUMNS
from council_desk.domain.scope import RefusalReason, refusal_reason_of

__all__ = [
    "CONSENT_COLUMNS",
    "CONTACT_COLUMNS",
    "R_UPDATED",
    "UPSERT_COLUMNS",
    "PreparedUpsert",
    "Refusal",
    "prepare_plain",
    "prepare_upsert",
    "prepare_upserts",
    "row_refusal",
    "upsert_row",
]

_DATETIME_FIELDS = ("requested_datetime", "updated_datetime", "closed_datetime")
# The complaint's own columns that are copied as they are (the datetimes are written as text, further on).
_PLAIN_COMPLAINT_COLUMNS = tuple(c for c in COMPLAINT_COLUMNS if c not in _DATETIME_FIELDS)
_DERIVED_COLUMNS = ("requested_ts", "requested_date", "closed_ts")
CONTACT_COLUMNS = (
    "contact_first_name",
    "contact_last_name",
    "contact_phone",
    "contact_email",
    "contact_mailing_address",
    "contact_language",
    "contact_name",
)
CONSENT_COLUMNS = (
    "consent_id",
    "consent_given_at",
    "consent_channel",
    "consent_notice_version",
    "consent_scope",
    "consent_district",
    "consent_withdrawn_at",
)
# The row's order (any order does for the table, which is written by column name): first what is copied
# as it is, part by part, then the datetimes as text and the columns derived from them. A row is then a few
# tuples joined, not a value at a time (a 100k first sync makes 100k rows).
UPSERT_COLUMNS: tuple[str, ...] = (
    _PLAIN_COMPLAINT_COLUMNS
    + CONTACT_COLUMNS[:-1]
    + ("consent_id", "consent_channel", "consent_notice_version", "consent_scope", "consent_district")
    + _DATETIME_FIELDS
    + ("consent_given_at", "consent_withdrawn_at", "requested_ts", "requested_date", "closed_ts", "contact_name")
)
if sorted(UPSERT_COLUMNS) != sorted((*COMPLAINT_COLUMNS, *_DERIVED_COLUMNS, *CONTACT_COLUMNS, *CONSENT_COLUMNS)):
    raise AssertionError("UPSERT_COLUMNS must name each column once")


class PreparedUpsert(NamedTuple):
    """An upsert made ready for the table: what the store needs of it besides the row. The sync builds these in
    a separate process for a big first sync (sync/pages.py); `apply_complaint_page` checks their scope again."""

    seq: int
    service_request_id: str
    row: tuple[Any, ...]


class Refusal(NamedTuple):
    """An upsert the office may not hold, whose complaint number is known: it says "this is no longer yours", so
    a copy held from before is purged in the page's transaction, in `seq` order with the page's other changes
    (`seq` is `REFUSAL_LAST` when the record's own seq could not be read: applied after everything else)."""

    seq: int
    service_request_id: str
    reason: RefusalReason


REFUSAL_LAST = 2**62

_AT = {name: i for i, name in enumerate(UPSERT_COLUMNS)}
R_UPDATED = _AT["updated_datetime"]
_R_WITHDRAWN, _R_SCOPE = _AT["consent_withdrawn_at"], _AT["consent_scope"]
_R_CONSENT_DISTRICT, _R_DISTRICT = _AT["consent_district"], _AT["council_district"]
_R_GIVEN, _R_REQUESTED_TS = _AT["consent_given_at"], _AT["requested_ts"]
_AT_FIRST, _AT_LAST = _AT["contact_first_name"], _AT["contact_last_name"]
_AT_STATUS = _AT["status"]

# Each part's copied values in one C-level call on its dict (defaults filled in where fields were left out).
_COMPLAINT_VALUES = operator.itemgetter(*_PLAIN_COMPLAINT_COLUMNS)
_COMPLAINT_DATETIMES = operator.itemgetter(*_DATETIME_FIELDS)
_CONTACT_VALUES = operator.itemgetter(
    "first_name", "last_name", "phone", "email", "mailing_address", "preferred_language"
)
_CONSENT_VALUES = operator.itemgetter("consent_id", "channel", "notice_version", "scope", "district")
_CONSENT_DATETIMES = operator.itemgetter("given_at", "withdrawn_at")  # both required: no defaults
_COMPLAINT_DEFAULTS, _CONTACT_DEFAULTS = DEFAULTS["complaint"], DEFAULTS["contact"]
_N_COMPLAINT, _N_CONTACT = len(Complaint.model_fields), len(Contact.model_fields)
_as_iso = TypeAdapter(list[dt.datetime | None])
_fromiso = dt.datetime.fromisoformat


def _iso_texts(values: list[dt.datetime | None]) -> list[str | None]:
    texts: list[str | None] = _as_iso.dump_python(values, mode="json")
    return [t[:-1] + "+00:00" if t is not None and t[-1] == "Z" else t for t in texts]


_Parts = tuple[Mapping[str, Any], Mapping[str, Any], Mapping[str, Any]]  # complaint, contact, consent


def _rows(upserts: Sequence[_Parts]) -> list[tuple[Any, ...]]:
    """Rows for upserts given as their (complaint, contact, consent) field dicts. Few objects are made per
    upsert: a 100k sync makes 100k of everything made here, and each one is work for the cyclic collector."""
    copied = []
    when: list[dt.datetime | None] = []
    for complaint, contact, consent in upserts:
        if len(complaint) != _N_COMPLAINT:  # fields left out (their defaults apply)
            complaint = {**_COMPLAINT_DEFAULTS, **complaint}
        if len(contact) != _N_CONTACT:
            contact = {**_CONTACT_DEFAULTS, **contact}
        copied.append(_COMPLAINT_VALUES(complaint) + _CONTACT_VALUES(contact) + _CONSENT_VALUES(consent))
        when += _COMPLAINT_DATETIMES(complaint) + _CONSENT_DATETIMES(consent)
    texts = _iso_texts(when)
    rows = []
    # The five texts of each upsert, as a tuple (zip over one iterator five times: no slicing).
    for values, dates in zip(copied, zip(*[iter(texts)] * 5, strict=True), strict=True):
        requested, closed = dates[0], dates[2]
        first, last = values[_AT_FIRST], values[_AT_LAST]
        requested_ts = _fromiso(requested).timestamp()  # required: never None
        # closed_ts is when a closed complaint's retention starts. Closed at the agency without a closed date: from
        # its filing, the earliest it can have closed (fail closed: it expires no later than it should).
        if closed is not None:
            closed_ts: float | None = _fromiso(closed).timestamp()
        else:
            closed_ts = requested_ts if values[_AT_STATUS] == "closed" else None
        rows.append(
            values
            + dates
            + (
                requested_ts,
                requested[:10],  # the date as 311 recorded it (its own local time): isoformat's date part
                closed_ts,
                f"{first} {last}".strip(),
            )
        )
    return rows


def upsert_row(ch: UpsertChange) -> tuple[Any, ...]:
    """The row for one upsert model (tests, the benchmarks' baseline)."""
    return prepare_upserts([ch])[0].row


def prepare_upsert(ch: UpsertChange) -> PreparedUpsert:
    return prepare_upserts([ch])[0]


def prepare_upserts(changes: Sequence[UpsertChange]) -> list[PreparedUpsert]:
    """Upsert models made ready, a batch at a time (one call to the datetime serializer for all)."""
    # A model keeps its field values in its `__dict__`: read in place, which `model_dump` would copy (~15 µs a
    # change, and the copies kept the cyclic collector busy in the 100k benchmark).
    rows = _rows([(vars(ch.complaint), vars(ch.contact), vars(ch.consent)) for ch in changes])
    return [PreparedUpsert(ch.seq, row[0], row) for ch, row in zip(changes, rows, strict=True)]


def prepare_plain(
    upserts: Sequence[Mapping[str, Any]], district: int, *, now: float | None = None
) -> tuple[list[PreparedUpsert], list[Refusal]]:
    """Upserts validated into plain dicts (api/plain.py): the ones in scope for `district` made ready, and the
    ones refused (with their reason). The scope is decided on the very values that would be written; a refused
    record's row is dropped here and goes no further: only its number and seq, to purge a copy held from before."""
    ready: list[PreparedUpsert] = []
    refused: list[Refusal] = []
    rows = _rows([(up["complaint"], up["contact"], up["consent"]) for up in upserts])
    now = time.time() if now is None else now
    for up, row in zip(upserts, rows, strict=True):
        why = row_refusal(row, district, now=now)
        if why is None:
            ready.append(PreparedUpsert(up["seq"], row[0], row))
        else:
            refused.append(Refusal(up["seq"], row[0], why))
    return ready, refused


def row_refusal(row: tuple[Any, ...], district: int | None, *, now: float | None = None) -> RefusalReason | None:
    """`scope.refusal_reason` on a ready row; without a known district, the record must agree with itself.
    `now`: this PC's clock (POSIX seconds), for consents dated in the future."""
    given = _fromiso(row[_R_GIVEN]).timestamp()
    return refusal_reason_of(
        withdrawn=row[_R_WITHDRAWN] is not None,
        scope=row[_R_SCOPE],
        consent_district=row[_R_CONSENT_DISTRICT],
        complaint_district=row[_R_DISTRICT],
        consent_lead_s=given - row[_R_REQUESTED_TS],
        consent_ahead_s=given - (time.time() if now is None else now),
        district=row[_R_CONSENT_DISTRICT] if district is None else district,
    )
