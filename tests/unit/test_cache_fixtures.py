"""Shared builders for the cache tests (imported by the cache unit, reliability and bench tests).

Contact details are synthetic (555-01xx numbers, example.org mail), as everywhere in the project.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from council_desk.api.models import FollowUp, FollowUpIn, Me, RemovalChange, UpsertChange
from council_desk.cache.store import CaseStore
from tests.support.keyrings import MemoryKeyring  # noqa: F401  (re-exported for other tests)

DISTRICT = 7
KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
BASE_TIME = dt.datetime(2025, 3, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
AGENCIES = ("HPD", "DOT", "DSNY", "NYPD", "DEP")
TYPES = ("HEAT/HOT WATER", "Noise - Residential", "Street Condition", "Dirty Condition", "Water Leak")
WORDS = ("boiler", "radiator", "pothole", "garbage", "music", "leak", "ceiling", "sidewalk", "hydrant", "tree")


def sid(i: int) -> str:
    return str(60_000_000 + i)


def upsert(
    i: int,
    *,
    seq: int | None = None,
    description: str | None = None,
    resolution: str = "",
    address: str | None = None,
    first_name: str = "Ana",
    last_name: str | None = None,
    status: str = "open",
    closed: dt.datetime | None = None,
    district: int = DISTRICT,
    requested: dt.datetime | None = None,
    agency: str | None = None,
    complaint_type: str | None = None,
    withdrawn: dt.datetime | None = None,
) -> UpsertChange:
    req = requested or BASE_TIME + dt.timedelta(hours=i)
    return UpsertChange.model_validate(
        {
            "op": "upsert",
            "seq": i if seq is None else seq,
            "complaint": {
                "service_request_id": sid(i),
                "service_name": "svc",
                "service_code": "c1",
                "description": description
                if description is not None
                else f"{WORDS[i % len(WORDS)]} {WORDS[(i * 7 + 3) % len(WORDS)]} case {i}",
                "agency_responsible": agency or AGENCIES[i % len(AGENCIES)],
                "requested_datetime": req.isoformat(),
                "updated_datetime": req.isoformat(),
                "status": status,
                "address": address if address is not None else f"{100 + i % 900} Main Street",
                "complaint_type": complaint_type or TYPES[i % len(TYPES)],
                "council_district": district,
                "closed_datetime": closed.isoformat() if closed else None,
                "resolution_description": resolution,
            },
            "contact": {
                "first_name": first_name,
                "last_name": last_name if last_name is not None else f"Person{i}",
                "phone": f"212-555-01{i % 100:02d}",
                "email": f"p{i}@example.org",
                "mailing_address": f"{i} Example Ave",
                "preferred_language": "en",
            },
            "consent": {
                "consent_id": f"c-{i}",
                "given_at": (req + dt.timedelta(minutes=1)).isoformat(),
                "channel": "web",
                "notice_version": "2025-01",
                "scope": "share-contact-with-council-member",
                "district": district,
                "withdrawn_at": withdrawn.isoformat() if withdrawn else None,
            },
        }
    )


def removal(i: int, reason: str = "consent_withdrawn", seq: int | None = None) -> RemovalChange:
    return RemovalChange.model_validate(
        {"op": "remove", "seq": 10_000 + i if seq is None else seq, "service_request_id": sid(i), "reason": reason}
    )


def followup_in(
    i: int,
    *,
    kind: str = "call",
    text: str = "called back",
    due: dt.date | None = None,
    created: dt.datetime | None = None,
    office_status: str | None = None,
) -> FollowUpIn:
    return FollowUpIn.model_validate(
        {
            "id": str(uuid.uuid4()),
            "service_request_id": sid(i),
            "kind": kind,
            "text": text,
            "due_date": due.isoformat() if due else None,
            "office_status": office_status,
            "created_at": (created or dt.datetime.now(dt.UTC)).isoformat(),
        }
    )


def server_followup(fu: FollowUpIn, seq: int = 1, author: str = "colleague") -> FollowUp:
    data = fu.model_dump(mode="json")
    data.update(author=author, received_at=dt.datetime.now(dt.UTC).isoformat(), seq=seq)
    return FollowUp.model_validate(data)


def me(district: int = DISTRICT, retention_days: int = 30) -> Me:
    return Me.model_validate(
        {
            "user_id": "u1",
            "username": "caseworker1",
            "display_name": "Case Worker",
            "roles": ["caseworker"],
            "district": district,
            "member": "Member",
            "office": {"name": "Office", "address": "250 Broadway", "phone": "212-555-0100"},
            "policy": {
                "retention_days_after_close": retention_days,
                "idle_lock_minutes": 15,
                "absolute_session_hours": 12,
                "max_offline_days": 14,
                "device_status": "active",
            },
        }
    )


def new_store(tmp_path: Path, name: str = "cache.db", key: bytes = KEY) -> CaseStore:
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True, mode=0o700)
    return CaseStore.open(folder / name, key)


def fill(store: CaseStore, n: int, start: int = 0, cursor: str = "c1") -> None:
    store.apply_complaint_page([upsert(i) for i in range(start, start + n)], [], cursor, snapshot=False)


def test_builders_make_valid_records() -> None:
    ch = upsert(3)
    assert ch.complaint.service_request_id == sid(3)
    assert ch.consent.district == ch.complaint.council_district == DISTRICT
