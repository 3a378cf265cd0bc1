"""Rows of the complaints table made from validated upserts, and the scope check on such a row.

One builder serves both kinds of input: the plain dicts of a feed page (api/plain.py) and `UpsertChange` models
(through `model_dump`). It works a batch at a time because the datetimes are the costly part: pydantic's
datetimes carry its own tzinfo class, and each `isoformat()` or `timestamp()` on them calls back into it (~3 µs;
~2.7 s of a 100k first sync, measured). Here pydantic's serializer writes a whole batch's datetimes as ISO text in
one call, and the two timestamps the list sorts by are read back from that text with the standard library.
The text is exactly `datetime.isoformat()`'s (tests/unit/test_cache_rows.py): pydantic writes UTC as "Z", which
is put back as "+00:00".
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from council_desk.api.models import UpsertChange
from council_desk.api.plain import DEFAULTS
from council_desk.cache.schema import COMPLAINT_COLUMNS
from council_desk.domain.scope import RefusalReason, refusal_reason_of

__all__ = [
    "CONSENT_COLUMNS",
    "CONTACT_COLUMNS",
    "R_UPDATED",
    "UPSERT_COLUMNS",
    "PreparedUpsert",
    "prepare_plain",
    "prepare_upsert",
    "row_refusal",
    "upsert_row",
]

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
_DERIVED_COLUMNS = ("requested_ts", "requested_date", "closed_ts")
UPSERT_COLUMNS: tuple[str, ...] = COMPLAINT_COLUMNS + _DERIVED_COLUMNS + CONTACT_COLUMNS + CONSENT_COLUMNS


class PreparedUpsert(NamedTuple):
    """An upsert made ready for the table: what the store needs of it besides the row. The sync builds these in
    a separate process for a big first sync (sync/pages.py); `apply_complaint_page` checks their scope again."""

    seq: int
    service_request_id: str
    row: tuple[Any, ...]


_AT = {name: i for i, name in enumerate(UPSERT_COLUMNS)}
R_UPDATED = _AT["updated_datetime"]
_R_WITHDRAWN, _R_SCOPE = _AT["consent_withdrawn_at"], _AT["consent_scope"]
_R_CONSENT_DISTRICT, _R_DISTRICT = _AT["consent_district"], _AT["council_district"]
_R_GIVEN, _R_REQUESTED_TS = _AT["consent_given_at"], _AT["requested_ts"]

# The complaint's own columns in one C-level call on the complaint dict with its defaults filled in.
_COMPLAINT_VALUES = operator.itemgetter(*COMPLAINT_COLUMNS)
_DATETIME_AT = tuple(COMPLAINT_COLUMNS.index(n) for n in ("requested_datetime", "updated_datetime",
                                                          "closed_datetime"))
_CONTACT_VALUES = operator.itemgetter("first_name", "last_name", "phone", "email", "mailing_address",
                                      "preferred_language")
_CONSENT_VALUES = operator.itemgetter("consent_id", "channel", "notice_version", "scope", "district")
_COMPLAINT_DEFAULTS, _CONTACT_DEFAULTS = DEFAULTS["complaint"], DEFAULTS["contact"]
_as_iso = TypeAdapter(list[dt.datetime | None])
_fromiso = dt.datetime.fromisoformat


def _iso_texts(values: list[dt.datetime | None]) -> list[str | None]:
    texts: list[str | None] = _as_iso.dump_python(values, mode="json")
    return [t[:-1] + "+00:00" if t is not None and t[-1] == "Z" else t for t in texts]


def _rows(upserts: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows for upserts given as dicts (each with "complaint", "contact" and "consent" dicts)."""
    parts = []
    when: list[dt.datetime | None] = []
    for up in upserts:
        complaint = {**_COMPLAINT_DEFAULTS, **up["complaint"]}
        values = list(_COMPLAINT_VALUES(complaint))
        consent = up["consent"]
        when += [values[i] for i in _DATETIME_AT]
        when += (consent["given_at"], consent["withdrawn_at"])  # both required: no defaults
        parts.append((values, {**_CONTACT_DEFAULTS, **up["contact"]}, consent))
    texts = iter(_iso_texts(when))
    rows = []
    for values, contact, consent in parts:
        for i in _DATETIME_AT:
            values[i] = next(texts)
        given, withdrawn = next(texts), next(texts)
        requested = _fromiso(values[_DATETIME_AT[0]])
        closed = values[_DATETIME_AT[2]]
        first, last, phone, email, mailing, language = _CONTACT_VALUES(contact)
        consent_id, channel, notice, scope, district = _CONSENT_VALUES(consent)
        values += (
            requested.timestamp(),
            requested.date().isoformat(),  # the date as 311 recorded it (its own local time)
            None if closed is None else _fromiso(closed).timestamp(),
            first, last, phone, email, mailing, language,
            f"{first} {last}".strip(),
            consent_id, given, channel, notice, scope, district, withdrawn,
        )
        rows.append(tuple(values))
    return rows


def upsert_row(ch: UpsertChange) -> tuple[Any, ...]:
    """The row for one upsert model (tests, the benchmarks' baseline)."""
    return _rows([ch.model_dump()])[0]


def prepare_upsert(ch: UpsertChange) -> PreparedUpsert:
    return PreparedUpsert(ch.seq, ch.complaint.service_request_id, upsert_row(ch))


def prepare_plain(
    upserts: Sequence[Mapping[str, Any]], district: int
) -> tuple[list[PreparedUpsert], list[RefusalReason]]:
    """Upserts validated into plain dicts (api/plain.py): the ones in scope for `district` made ready, and the
    reasons of the ones refused. The scope is decided on the very values that would be written; a refused
    record's row is dropped here and goes no further."""
    ready: list[PreparedUpsert] = []
    refused: list[RefusalReason] = []
    for up, row in zip(upserts, _rows(upserts), strict=True):
        why = row_refusal(row, district)
        if why is None:
            ready.append(PreparedUpsert(up["seq"], row[0], row))
        else:
            refused.append(why)
    return ready, refused


def row_refusal(row: tuple[Any, ...], district: int | None) -> RefusalReason | None:
    """`scope.refusal_reason` on a ready row; without a known district, the record must agree with itself."""
    return refusal_reason_of(
        withdrawn=row[_R_WITHDRAWN] is not None,
        scope=row[_R_SCOPE],
        consent_district=row[_R_CONSENT_DISTRICT],
        complaint_district=row[_R_DISTRICT],
        consent_lead_s=_fromiso(row[_R_GIVEN]).timestamp() - row[_R_REQUESTED_TS],
        district=row[_R_CONSENT_DISTRICT] if district is None else district,
    )
