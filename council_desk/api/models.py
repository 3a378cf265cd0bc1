"""Messages of the 311 access API, v1 (DESIGN.md §3).

Strictness is deliberate where privacy depends on it: consent and district never coerce ("yes", 1, null, "07" and
" 7" are errors), and the consent and contact blocks reject unknown fields. The complaint block ignores unknown
fields so that 311 can add public Open311/NYC columns without breaking deployed clients.

Datetimes carry an offset (`AwareDatetime`); 311's own data is America/New_York local time.
Validate responses with `Model.model_validate_json(raw_bytes)` (see `parse_json_strict` for the byte-level checks
that pydantic does not do: duplicate keys and NaN/Infinity).

The messages of a part with rules of its own have their own modules: the casework feeds (`api/casework.py`), the
monthly statistics (`api/stats.py`), the privacy officer's side (`api/privacy.py`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Literal

import jiter
from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)

from council_desk.api.codes import (
    AccessChangeKind,
    DisclosureClass,
    FollowUpKind,
    LanguageCode,
    OfficeStatus,
    Open311Status,
    OutcomeCode,
    OutputKind,
    RecipientType,
    RemovalReason,
    Role,
)

__all__ = [
    "API_VERSION",
    "AccessChange",
    "AuditAck",
    "AuditBatch",
    "AuditEventIn",
    "AuditReceipt",
    "Change",
    "Complaint",
    "ComplaintPage",
    "Consent",
    "Contact",
    "DeviceId",
    "District",
    "FollowUp",
    "FollowUpIn",
    "FollowUpPage",
    "MalformedJSON",
    "Me",
    "Office",
    "Policy",
    "Problem",
    "RemovalChange",
    "ReopenRequest",
    "ReopenRequestIn",
    "ServiceRequestId",
    "StaffMember",
    "TokenResponse",
    "UpsertChange",
    "parse_json_strict",
]

API_VERSION = "v1"

# A council district is an int 1..51 and nothing else: no bool, no string, no float.
District = Annotated[StrictInt, Field(ge=1, le=51)]

# NYC 311 complaint numbers are digits; the prefix form some channels show ("311-12345678") is also accepted.
ServiceRequestId = Annotated[
    str, StringConstraints(strict=True, min_length=1, max_length=32, pattern=r"^(311-)?[0-9]{1,20}$")
]

ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=10_000)]
# lat/long: finite numbers in a plausible NYC-wide box is not our job here; finiteness is.
Coordinate = Annotated[float, Field(allow_inf_nan=False, ge=-180, le=180)]


# defer_build=True: each model's validator is built on its first use instead of at import. Building all of them
# took ~0.5 s of the app's cold start, and the list view at start needs none of them (validation itself is
# unchanged: the same schema is built, only later; tests/unit/test_contract.py covers it).


class _Strict(BaseModel):
    """Unknown fields are an error: used where an unexpected field could change the meaning of consent."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Lenient(BaseModel):
    """Unknown fields are ignored: used for public, additive data such as new Open311/NYC columns."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class Complaint(_Lenient):
    """A 311 service request: Open311 GeoReport v2 names where one exists, NYC 311 names otherwise."""

    service_request_id: ServiceRequestId
    service_name: ShortText
    service_code: ShortText
    description: LongText = ""
    agency_responsible: ShortText
    agency_name: ShortText = ""
    requested_datetime: AwareDatetime
    updated_datetime: AwareDatetime | None = None
    status: Open311Status
    status_notes: LongText = ""
    address: ShortText = ""
    zipcode: ShortText = ""
    lat: Coordinate | None = None
    long: Coordinate | None = None
    # NYC 311 fields
    complaint_type: ShortText
    descriptor: ShortText = ""
    descriptor_2: ShortText = ""
    borough: ShortText = ""
    council_district: District
    closed_datetime: AwareDatetime | None = None
    resolution_description: LongText = ""
    location_type: ShortText = ""
    open_data_channel_type: ShortText = ""
    nyc_status: ShortText = ""


class Contact(_Strict):
    """The filer's contact details, shared only under active consent."""

    first_name: ShortText
    last_name: ShortText
    phone: ShortText = ""
    email: ShortText = ""
    mailing_address: Annotated[str, StringConstraints(max_length=500)] = ""
    preferred_language: LanguageCode


class Consent(_Strict):
    """The consent receipt (§ 23-315 b): who agreed to what, when, through which channel, under which notice."""

    consent_id: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=64)]
    given_at: AwareDatetime
    channel: Literal["phone", "web", "app"]
    notice_version: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=32)]
    scope: Literal["share-contact-with-council-member"]
    district: District
    # Required and explicit: an upsert is valid only while this is null.
    withdrawn_at: AwareDatetime | None


class UpsertChange(_Strict):
    op: Literal["upsert"]
    seq: StrictInt = Field(ge=0)
    complaint: Complaint
    contact: Contact
    consent: Consent


class RemovalChange(_Strict):
    op: Literal["remove"]
    seq: StrictInt = Field(ge=0)
    service_request_id: ServiceRequestId
    reason: RemovalReason


Change = Annotated[UpsertChange | RemovalChange, Field(discriminator="op")]


class ComplaintPage(_Strict):
    """One page of the complaint sync feed. `next_cursor` is opaque; 410 means start again without one."""

    changes: list[Change]
    next_cursor: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=512)]
    has_more: StrictBool
    # True only on pages of a full snapshot (no cursor given, or after a 410): the client may purge what a
    # complete snapshot lacks.
    snapshot: StrictBool = False


class FollowUpIn(_Strict):
    """A follow-up as the client sends it. `id` is made by the client and doubles as the idempotency key."""

    id: uuid.UUID
    service_request_id: ServiceRequestId
    kind: FollowUpKind
    text: LongText = ""
    outcome: OutcomeCode | None = None
    office_status: OfficeStatus | None = None
    due_date: dt.date | None = None
    created_at: AwareDatetime
    # kind "assign" only: the user name of the office's caseworker the case is assigned to ("" = nobody).
    assignee: ShortText | None = None

    @model_validator(mode="after")
    def _assignee_only_on_assign(self) -> FollowUpIn:
        if (self.kind == "assign") != (self.assignee is not None):
            raise ValueError('an "assign" follow-up names an assignee ("" for nobody); no other kind does')
        return self


class FollowUp(FollowUpIn):
    """A follow-up as the office's shared log holds it."""

    author: ShortText
    author_name: ShortText = ""
    received_at: AwareDatetime
    seq: StrictInt = Field(ge=0)


class FollowUpPage(_Strict):
    followups: list[FollowUp]
    next_cursor: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=512)]
    has_more: StrictBool


class ReopenRequestIn(_Strict):
    """The office asks 311 to forward a reopen of a closed-but-unresolved complaint to the agency."""

    id: uuid.UUID
    reason: OutcomeCode
    text: LongText = ""
    created_at: AwareDatetime


class ReopenRequest(ReopenRequestIn):
    service_request_id: ServiceRequestId
    status: Literal["forwarded", "already_open"]
    received_at: AwareDatetime


AuditAction = Literal[
    "sign_in",
    "sign_out",
    "reveal_contact",
    "copy_contact",
    "print",
    "export",
    "purge",
    "share",
    "refused_record",
    "unsent_lost",
    "wipe",
    # Casework, not a disclosure (issue 14): who made a case whose. No disclosure class; never in the § 23-1205
    # report, but in the chain the privacy officer reads, since an owner is who needs to know.
    "assign",
]


# A device (one cache on one PC) names itself with 128 random bits, made once (cache schema v5).
DeviceId = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{32}$")]
Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class AuditEventIn(_Strict):
    """One entry of the client's hash-chained audit log. Never holds contact details in clear.

    `format` 2 (schema v5 on) also carries the device and the event's number on it (`seq`, counting from 1 with
    no gaps), which the server checks for continuity, and what the output was and to whom (`output`,
    `recipient`, `recipient_name`, for the § 23-1205 report). The hash rule is `council_desk.domain.chain`."""

    id: uuid.UUID
    at: AwareDatetime
    actor: ShortText
    action: AuditAction
    service_request_ids: list[ServiceRequestId] = Field(default_factory=list, max_length=10_000)
    fields: list[ShortText] = Field(default_factory=list, max_length=50)
    disclosure_class: DisclosureClass | None = None
    approval_ref: ShortText = ""
    reason: Annotated[str, StringConstraints(max_length=2000)] = ""
    count: StrictInt = Field(default=0, ge=0)
    prev_hash: Hash
    hash: Hash
    format: StrictInt = Field(default=1, ge=1, le=2)
    device_id: DeviceId | None = None
    seq: StrictInt | None = Field(default=None, ge=1)
    output: OutputKind | None = None
    recipient: RecipientType | None = None
    recipient_name: ShortText = ""


class AuditBatch(_Strict):
    """Events of one device, oldest first. `base_seq`: the number its witnessed record starts at (1 for a cache
    made with schema v5; after an upgrade, the first event not uploaded before it), the same in every batch."""

    events: list[AuditEventIn] = Field(max_length=1000)
    device_id: DeviceId | None = None
    base_seq: StrictInt | None = Field(default=None, ge=1)


class AuditReceipt(_Strict):
    seq: StrictInt = Field(ge=1)
    hash: Hash


class AuditAck(_Strict):
    """`acknowledged` names each event the server now holds, by its number and hash: the client marks uploaded
    those and no others."""

    accepted: StrictInt
    duplicates: StrictInt
    acknowledged: list[AuditReceipt] = Field(default_factory=list, max_length=1000)


class Policy(_Strict):
    """What the client must enforce locally, even offline."""

    retention_days_after_close: StrictInt = Field(ge=0, le=3650)
    idle_lock_minutes: StrictInt = Field(ge=1, le=240)
    absolute_session_hours: StrictInt = Field(ge=1, le=168)
    max_offline_days: StrictInt = Field(ge=0, le=90)
    device_status: Literal["active", "revoked"]


class Office(_Strict):
    name: ShortText
    address: Annotated[str, StringConstraints(max_length=500)]
    phone: ShortText
    email: ShortText = ""
    # The office's default reminder interval: a follow-up's reminder starts this many days ahead (issue 14).
    reminder_days: StrictInt = Field(default=7, ge=1, le=90)


class StaffMember(_Strict):
    """A colleague in the signed-in person's office: who a case or a reminder can be given to."""

    username: ShortText
    display_name: ShortText
    role: Role


class AccessChange(_Strict):
    """Announced by `/v1/me` ahead of time: on `effective_at` the office's access ends (the member's term) or its
    district changes (`new_district`). The client warns, sends what waits, and on that date removes the
    district's cases from the PC, even offline."""

    kind: AccessChangeKind
    effective_at: AwareDatetime
    new_district: District | None = None

    @model_validator(mode="after")
    def _district_for_redistricting(self) -> AccessChange:
        if (self.kind == "redistricting") != (self.new_district is not None):
            raise ValueError("a redistricting names the new district; a term end names none")
        return self


class Me(_Strict):
    user_id: ShortText
    username: ShortText
    display_name: ShortText
    roles: list[Role]
    district: District
    member: ShortText
    office: Office
    policy: Policy
    access_change: AccessChange | None = None
    # The office's staff (the signed-in person included), for assigning cases and reminders; empty from a server
    # that predates issue 14.
    staff: list[StaffMember] = Field(default_factory=list, max_length=500)


class TokenResponse(BaseModel):
    """RFC 6749 §5.1. Extra members are allowed by the RFC, so they are ignored here."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    access_token: Annotated[str, StringConstraints(min_length=16, max_length=4096)]
    token_type: Literal["Bearer", "bearer"]
    expires_in: StrictInt = Field(gt=0)
    refresh_token: Annotated[str, StringConstraints(min_length=16, max_length=4096)] | None = None
    scope: str = ""
    # When the person last proved who they are (POSIX seconds, the server's clock; OpenID Connect's claim of the
    # same name). The client checks it after a sign-in it asked to be fresh (`prompt=login`, `max_age=0`).
    auth_time: StrictInt | None = None


class Problem(BaseModel):
    """Error body for every 4xx/5xx of the access API."""

    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    error: ShortText
    detail: Annotated[str, StringConstraints(max_length=2000)] = ""


class MalformedJSON(ValueError):
    """The bytes are not the single, well-formed JSON document the contract requires."""


def parse_json_strict(raw: bytes) -> Any:
    """Parse a response body the way the contract demands: UTF-8 only, no duplicate keys, no NaN/Infinity.

    jiter (the JSON parser inside pydantic-core, as its own package) checks all three while it parses, in Rust:
    a 100k-case initial sync parsed in ~1.9 s instead of ~3.2 s with `json.loads` and a Python duplicate-key hook.
    It also refuses what `json.loads` let through: escaped lone surrogates, a byte-order mark, and nesting deeper
    than 200 levels. Floats that overflow to infinity ("1e999") are caught by the models (`allow_inf_nan=False`).
    Raises MalformedJSON; the caller rejects the whole page."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MalformedJSON("body is not bytes")
    try:
        # cache_mode="keys": a page repeats the same ~45 keys in every record, not its values (~15% faster
        # than caching every string, measured on the 100k pull).
        return jiter.from_json(bytes(raw), allow_inf_nan=False, catch_duplicate_keys=True, cache_mode="keys")
    except ValueError as exc:
        # jiter's message names a position and a kind ("Detected duplicate key", "invalid unicode code point"…);
        # it never quotes a value, but keep only the kind all the same: logs carry no response contents.
        kind = str(exc).split(" at line ", 1)[0]
        kind = kind.split('"', 1)[0].strip()[:60]
        raise MalformedJSON(f"body is not well-formed JSON ({kind})") from None
