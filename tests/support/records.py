"""The one home of the synthetic records the tests build: a complaint's upsert, a removal, follow-ups, the
signed-in user, and the keys of a test cache.

One builder makes an upsert (`upsert`), so the shape of a record (which fields, which part is the consent
receipt) is written once. The families of records the tests have always seen are named presets over it, each
keeping its own defaults, because tests look for them:

- `upsert(i)`: the cache tests' cases: problem words in the description ("boiler", "pothole"), "Ana Person{i}",
  agencies and types cycling with i, one hour apart from BASE_TIME.
- `app_upsert(i)`: the desktop app's cases: "Complaint text number {i}", streets such as BROADWAY, every third
  one closed, every fourth in Spanish; `canary=True` carries the canary contact the lock and log tests look for.
- `feed_upsert(sid, seq)`: what the sync engine's scripted feed sends ("CANARY{sid}Z" in the text), as JSON
  ready to serve; it can carry what the model refuses (a district "07", a scope "marketing").
- The letters' cases (tests/letters/samples.py) are made through `upsert` too.

`me` and `removal` work the same way (`app_me`, `feed_me`, `feed_removal`). Contact details are synthetic
(555-01xx numbers, example.org mail), as everywhere in the project.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from council_desk.api.models import FollowUp, FollowUpIn, Me, RemovalChange, UpsertChange

DISTRICT = 7
# Raw SQLCipher keys of a test cache (the product draws them from os.urandom and keeps them in the keyring).
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))

# The cache tests' family.
BASE_TIME = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
AGENCIES = ("HPD", "DOT", "DSNY", "NYPD", "DEP")
TYPES = ("HEAT/HOT WATER", "Noise - Residential", "Street Condition", "Dirty Condition", "Water Leak")
WORDS = ("boiler", "radiator", "pothole", "garbage", "music", "leak", "ceiling", "sidewalk", "hydrant", "tree")


def sid(i: int) -> str:
    """The complaint number of case i (a real-looking 311 number)."""
    return str(60_000_000 + i)


def upsert(
    i: int,
    *,
    seq: int | None = None,
    service_request_id: str | None = None,
    district: int = DISTRICT,
    # the complaint
    requested: dt.datetime | None = None,
    updated_after: dt.timedelta | None = dt.timedelta(0),
    status: str = "open",
    closed: dt.datetime | None = None,
    resolution: str = "",
    description: str | None = None,
    address: str | None = None,
    zipcode: str = "",
    borough: str = "",
    agency: str | None = None,
    agency_name: str = "",
    complaint_type: str | None = None,
    descriptor: str = "",
    service_name: str = "svc",
    service_code: str = "c1",
    intake_channel: str = "",
    # the contact
    first_name: str = "Ana",
    last_name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    mailing_address: str | None = None,
    language: str = "en",
    # the consent receipt
    consent_id: str | None = None,
    consent_after: dt.timedelta = dt.timedelta(minutes=1),
    consent_channel: str = "web",
    notice_version: str = "2025-01",
    withdrawn: dt.datetime | None = None,
) -> UpsertChange:
    """An upsert of case i, consented for `district`. Every default not given is the cache tests' (see above);
    `updated_after=None` leaves the complaint never updated, `consent_after` is when the consent was given after
    the complaint was filed."""
    req = requested or BASE_TIME + dt.timedelta(hours=i)
    return UpsertChange.model_validate(
        {
            "op": "upsert",
            "seq": i if seq is None else seq,
            "complaint": {
                "service_request_id": service_request_id or sid(i),
                "service_name": service_name,
                "service_code": service_code,
                "description": description
                if description is not None
                else f"{WORDS[i % len(WORDS)]} {WORDS[(i * 7 + 3) % len(WORDS)]} case {i}",
                "agency_responsible": agency if agency is not None else AGENCIES[i % len(AGENCIES)],
                "agency_name": agency_name,
                "requested_datetime": req.isoformat(),
                "updated_datetime": None if updated_after is None else (req + updated_after).isoformat(),
                "status": status,
                "address": address if address is not None else f"{100 + i % 900} Main Street",
                "zipcode": zipcode,
                "complaint_type": complaint_type if complaint_type is not None else TYPES[i % len(TYPES)],
                "descriptor": descriptor,
                "borough": borough,
                "council_district": district,
                "closed_datetime": closed.isoformat() if closed else None,
                "resolution_description": resolution,
                "open_data_channel_type": intake_channel,
            },
            "contact": {
                "first_name": first_name,
                "last_name": last_name if last_name is not None else f"Person{i}",
                "phone": phone if phone is not None else f"212-555-01{i % 100:02d}",
                "email": email if email is not None else f"p{i}@example.org",
                "mailing_address": mailing_address if mailing_address is not None else f"{i} Example Ave",
                "preferred_language": language,
            },
            "consent": {
                "consent_id": consent_id or f"c-{i}",
                "given_at": (req + consent_after).isoformat(),
                "channel": consent_channel,
                "notice_version": notice_version,
                "scope": "share-contact-with-council-member",
                "district": district,
                "withdrawn_at": withdrawn.isoformat() if withdrawn else None,
            },
        }
    )


def removal(
    i: int, reason: str = "consent_withdrawn", seq: int | None = None, *, service_request_id: str | None = None
) -> RemovalChange:
    return RemovalChange.model_validate(
        {
            "op": "remove",
            "seq": 10_000 + i if seq is None else seq,
            "service_request_id": service_request_id or sid(i),
            "reason": reason,
        }
    )


# ---- the desktop app's family (tests/ui, the UI benchmarks, scripts/print_screenshots.py) --------------------
APP_BASE_TIME = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)
APP_TYPES = (
    "Noise - Residential",
    "HEAT/HOT WATER",
    "Street Condition",
    "Illegal Parking",
    "Rodent",
    "Water Leak",
)
APP_AGENCIES = ("NYPD", "HPD", "DOT", "NYPD", "DOHMH", "DEP")
STREETS = ("BROADWAY", "AMSTERDAM AVENUE", "WEST 145 STREET", "RIVERSIDE DRIVE", "ST NICHOLAS AVENUE")
# Canary personal data: the lock walk, the log and the print tests look for these strings.
CANARY_FIRST = "Zebulonia"
CANARY_LAST = "Quixtable"
CANARY_PHONE = "212-555-0147"
CANARY_EMAIL = "zq.canary@example.org"


def app_upsert(i: int, *, district: int = DISTRICT, canary: bool = False) -> UpsertChange:
    """Case i as the app's tests see it: readable text, every third case closed, every fourth in Spanish."""
    # An hour apart, wrapping after 12,000 (to 2026-05): a 100k-case benchmark cache must not date its consents in
    # the future, which the cache refuses (domain/scope.py); the windows' tests use far fewer cases.
    requested = APP_BASE_TIME + dt.timedelta(hours=i % 12_000)
    closed = i % 3 == 0
    kind = APP_TYPES[i % len(APP_TYPES)]
    return upsert(
        i,
        district=district,
        requested=requested,
        updated_after=None,
        status="closed" if closed else "open",
        closed=requested + dt.timedelta(days=3) if closed else None,
        resolution="The agency inspected the condition." if closed else "",
        description=f"Complaint text number {i} about {kind.lower()}",
        address=f"{100 + i % 900} {STREETS[i % len(STREETS)]}",
        zipcode="10031",
        borough="MANHATTAN",
        agency=APP_AGENCIES[i % len(APP_AGENCIES)],
        complaint_type=kind,
        service_name=kind,
        service_code=f"C{i % len(APP_TYPES)}",
        first_name=CANARY_FIRST if canary else f"Given{i}",
        last_name=CANARY_LAST if canary else f"Family{i}",
        phone=CANARY_PHONE if canary else f"212-555-01{i % 100:02d}",
        email=CANARY_EMAIL if canary else f"person{i}@example.org",
        mailing_address=f"{i} Example Street, New York, NY",
        language="es" if i % 4 == 0 else "en",
        consent_after=dt.timedelta(minutes=5),
        consent_channel="phone",
    )


# ---- the scripted feed's family (tests/unit/test_sync_*.py) --------------------------------------------------
FEED_REQUESTED = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))


def feed_upsert(service_request_id: str, seq: int, *, district: Any = DISTRICT, **consent: Any) -> dict[str, Any]:
    """The JSON of one upsert as the scripted feed serves it. `district` and the `consent` fields are written into
    the JSON as given, after the builder, so that a test can send what the model would refuse (`district="07"`,
    `scope="marketing"`, a `withdrawn_at`): the client's contract is what those tests check."""
    change = upsert(
        int(service_request_id),
        seq=seq,
        service_request_id=service_request_id,
        requested=FEED_REQUESTED,
        updated_after=None,
        description=f"CANARY{service_request_id}Z loud music",
        address="",
        agency="NYPD",
        complaint_type="Noise - Residential",
        service_name="Noise",
        service_code="noise",
        last_name=f"Canary{service_request_id}",
        phone="",
        email="",
        mailing_address="",
        language="es",
        consent_id=f"c-{service_request_id}",
        consent_after=dt.timedelta(minutes=5),
    )
    doc = change.model_dump(mode="json")
    doc["complaint"]["council_district"] = district
    doc["consent"]["district"] = district
    doc["consent"].update(consent)
    return doc


def feed_removal(service_request_id: str, seq: int) -> dict[str, Any]:
    return removal(0, seq=seq, service_request_id=service_request_id).model_dump(mode="json")


# ---- follow-ups ------------------------------------------------------------------------------------------------
def followup_in(
    i: int,
    *,
    kind: str = "call",
    text: str = "called back",
    due: dt.date | None = None,
    created: dt.datetime | None = None,
    office_status: str | None = None,
    followup_id: uuid.UUID | None = None,
    service_request_id: str | None = None,
) -> FollowUpIn:
    """A follow-up the caseworker writes on case i (a fresh id, written now, unless given)."""
    return FollowUpIn.model_validate(
        {
            "id": str(followup_id or uuid.uuid4()),
            "service_request_id": service_request_id or sid(i),
            "kind": kind,
            "text": text,
            "due_date": due.isoformat() if due else None,
            "office_status": office_status,
            "created_at": (created or dt.datetime.now(dt.UTC)).isoformat(),
        }
    )


def server_followup(
    fu: FollowUpIn,
    seq: int = 1,
    author: str = "colleague",
    *,
    author_name: str = "",
    received: dt.datetime | None = None,
) -> FollowUp:
    """`fu` as the server hands it back: with its author, when it arrived, and its place in the feed."""
    data = fu.model_dump(mode="json")
    data.update(author=author, received_at=(received or dt.datetime.now(dt.UTC)).isoformat(), seq=seq)
    if author_name:
        data["author_name"] = author_name
    return FollowUp.model_validate(data)


# ---- the signed-in user ----------------------------------------------------------------------------------------
def me(
    district: int = DISTRICT,
    retention_days: int = 30,
    *,
    user_id: str = "u1",
    username: str = "caseworker1",
    display_name: str = "Case Worker",
    member: str = "Member",
    office_name: str = "Office",
    office_address: str = "250 Broadway",
    office_phone: str = "212-555-0100",
    idle_minutes: int = 15,
    session_hours: int = 12,
    max_offline_days: int = 14,
    staff: list[dict[str, str]] | None = None,
) -> Me:
    """The caseworker signed in (the cache tests' defaults: 30 days' retention after a case closes). `staff`:
    the office's people (issue 14), none by default."""
    return Me.model_validate(
        {
            "user_id": user_id,
            "username": username,
            "display_name": display_name,
            "roles": ["caseworker"],
            "district": district,
            "member": member,
            "office": {"name": office_name, "address": office_address, "phone": office_phone},
            "policy": {
                "retention_days_after_close": retention_days,
                "idle_lock_minutes": idle_minutes,
                "absolute_session_hours": session_hours,
                "max_offline_days": max_offline_days,
                "device_status": "active",
            },
            "staff": staff or [],
        }
    )


def app_me(district: int = DISTRICT, *, idle: int = 15, hours: int = 12) -> Me:
    """The training caseworker the app's windows show (a year's retention)."""
    return me(
        district,
        365,
        user_id="u-1",
        username="caseworker7",
        display_name="Training Caseworker",
        member="Council Member (training)",
        office_name="District 7 office",
        office_address="1 Centre St",
        idle_minutes=idle,
        session_hours=hours,
        # The office's people (issue 14): two caseworkers, the chief of staff and the member.
        staff=[
            {"username": "caseworker7", "display_name": "Training Caseworker", "role": "caseworker"},
            {"username": "caseworker7b", "display_name": "Second Caseworker", "role": "caseworker"},
            {"username": "sup7", "display_name": "Chief of Staff", "role": "supervisor"},
            {"username": "mem7", "display_name": "Council Member (training)", "role": "member"},
        ],
    )


def feed_me() -> dict[str, Any]:
    """`/v1/me` as the scripted feed serves it: a fresh dict each time, for a test to change."""
    user = me(retention_days=365, username="cw7", office_address="1 Main", office_phone="212")
    return user.model_dump(mode="json")
