"""Synthetic cases for the letter tests and the docs pictures (555-01xx phones, example.org mail,
real-looking 311 complaints). Names are in many scripts on purpose: a CJK name in an English letter, Arabic
and Bengali names.

These are whole `Case`s (what a letter is printed from: the complaint, the contact, the consent and the
follow-ups), not feed records, and their values are pinned by the reference PDFs in reference/: so they stay
here, but their parts are made by the one builder of tests/support/records.py."""

from __future__ import annotations

import datetime as dt
import uuid

from council_desk.api.models import Office
from council_desk.domain.case import Case, FollowUpEntry
from tests.support.records import followup_in, server_followup, upsert

NY = dt.timezone(dt.timedelta(hours=-5))
TODAY = dt.date(2026, 11, 22)
OFFICE = Office(
    name="Office of Council Member Alex Rivera",
    address="250 Broadway, Suite 1700\nNew York, NY 10007",
    phone="212-555-0142",
    email="district7@example.org",
)
MEMBER = "Alex Rivera"
DISTRICT = 7
CASEWORKER = "Sam Lee"

# (lang, first, last, mailing address)
PEOPLE: list[tuple[str, str, str, str]] = [
    ("en", "秀英", "王", "45 Hamilton Place, Apt 3B\nNew York, NY 10031"),
    ("es", "María José", "Núñez", "3520 Broadway, Apt 5C\nNew York, NY 10031"),
    ("zh-Hans", "秀英", "王", "610 W 145th St, Apt 2A\nNew York, NY 10031"),
    ("zh-Hant", "志明", "陳", "500 W 140th St, Apt 6D\nNew York, NY 10031"),
    ("ru", "Ольга", "Смирнова", "1 Convent Ave, Apt 4\nNew York, NY 10027"),
    ("bn", "রহিম", "উদ্দিন", "701 W 135th St, Apt 1F\nNew York, NY 10031"),
    ("ht", "Jean-Baptiste", "Désir", "3333 Broadway, Apt 12E\nNew York, NY 10031"),
    ("ko", "지은", "김", "122 Hamilton Pl, Apt 2\nNew York, NY 10031"),
    ("ar", "فاطمة", "الزهراء", "540 W 143rd St, Apt 3\nNew York, NY 10031"),
    ("ur", "عمران", "خان", "600 W 138th St, Apt 5A\nNew York, NY 10031"),
    ("fr", "Amélie", "Lefèvre", "3681 Broadway, Apt 7B\nNew York, NY 10031"),
    ("pl", "Małgorzata", "Wiśniewska", "420 W 145th St, Apt 9\nNew York, NY 10031"),
]

COMPLAINTS = [
    ("HEAT/HOT WATER", "ENTIRE BUILDING", "HPD", "Department of Housing Preservation and Development"),
    ("Noise - Residential", "Loud Music/Party", "NYPD", "New York City Police Department"),
    ("Street Light Condition", "Street Light Out", "DOT", "Department of Transportation"),
    ("Dirty Condition", "Trash", "DSNY", "Department of Sanitation"),
]


def make_case(
    i: int,
    lang: str,
    first: str,
    last: str,
    mailing: str,
    *,
    description: str | None = None,
    resolution: str | None = None,
    status: str = "closed",
) -> Case:
    """A whole case for a letter: a complaint closed three days after it was filed (the agency's resolution is
    what a letter reports), the person's own name and mailing address, and one follow-up call."""
    ctype, desc, agency, agency_name = COMPLAINTS[i % len(COMPLAINTS)]
    requested = dt.datetime(2026, 10, 3 + i % 20, 9, 15, tzinfo=NY)
    change = upsert(
        i,
        service_request_id=str(64_000_000 + 1000 * i + 17),
        district=DISTRICT,
        requested=requested,
        updated_after=dt.timedelta(days=3),
        status=status,
        closed=requested + dt.timedelta(days=3) if status == "closed" else None,
        resolution=resolution
        if resolution is not None
        else "The Department inspected the condition and issued a violation to the owner.",
        description=description if description is not None else f"{ctype}: {desc}",
        address=f"{500 + i} WEST 142 STREET",
        zipcode="10031",
        borough="MANHATTAN",
        agency=agency,
        agency_name=agency_name,
        complaint_type=ctype,
        descriptor=desc,
        service_name=ctype,
        service_code=ctype[:8],
        intake_channel="PHONE",
        first_name=first,
        last_name=last,
        email=f"resident{i}@example.org",
        mailing_address=mailing,
        language=lang,
        consent_id=f"c-{i:05d}",
        consent_after=dt.timedelta(minutes=2),
        consent_channel="phone",
        notice_version="2026-01",
    )
    fu_at = requested + dt.timedelta(days=1)
    fu = server_followup(
        followup_in(
            i,
            followup_id=uuid.UUID(int=i + 1),
            service_request_id=change.complaint.service_request_id,
            kind="call",
            text="Called the constituent; heat still off on the 4th floor.",
            created=fu_at,
        ),
        seq=i,
        author="slee",
        author_name=CASEWORKER,
        received=fu_at,
    )
    entry = FollowUpEntry(
        followup=fu,
        id=str(fu.id),
        kind="call",
        text=fu.text,
        outcome=None,
        office_status="in_progress",
        due_date=TODAY,
        created_at=fu_at,
        author="slee",
        author_name=CASEWORKER,
        pending=False,
    )
    return Case(
        complaint=change.complaint,
        contact=change.contact,
        consent=change.consent,
        office_status="in_progress",
        followups=(entry,),
    )


def sample_cases() -> list[Case]:
    """One case per letter language, each with a name in that language's script (English: 王秀英)."""
    return [make_case(i, *person) for i, person in enumerate(PEOPLE)]


def sender_kwargs() -> dict[str, object]:
    return {"office": OFFICE, "member": MEMBER, "district": DISTRICT, "caseworker": CASEWORKER, "today": TODAY}
