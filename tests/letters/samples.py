"""Synthetic cases for the letter tests and the docs pictures (555-01xx phones, example.org mail,
real-looking 311 complaints). Names are in many scripts on purpose: a CJK name in an English letter, Arabic
and Bengali names."""

from __future__ import annotations

import datetime as dt
import uuid

from council_desk.api.models import Complaint, Consent, Contact, FollowUp, Office
from council_desk.domain.case import Case, FollowUpEntry

NY = dt.timezone(dt.timedelta(hours=-5))
TODAY = dt.date(2026, 11, 22)
OFFICE = Office(name="Office of Council Member Alex Rivera",
                address="250 Broadway, Suite 1700\nNew York, NY 10007", phone="212-555-0142",
                email="district7@example.org")
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


def make_case(i: int, lang: str, first: str, last: str, mailing: str, *, description: str | None = None,
              resolution: str | None = None, status: str = "closed") -> Case:
    ctype, desc, agency, agency_name = COMPLAINTS[i % len(COMPLAINTS)]
    requested = dt.datetime(2026, 10, 3 + i % 20, 9, 15, tzinfo=NY)
    complaint = Complaint(
        service_request_id=str(64_000_000 + 1000 * i + 17), service_name=ctype, service_code=ctype[:8],
        description=description if description is not None else f"{ctype}: {desc}",
        agency_responsible=agency, agency_name=agency_name, requested_datetime=requested,
        updated_datetime=requested + dt.timedelta(days=3), status=status,  # type: ignore[arg-type]
        address=f"{500 + i} WEST 142 STREET", zipcode="10031", complaint_type=ctype, descriptor=desc,
        borough="MANHATTAN", council_district=DISTRICT,
        closed_datetime=requested + dt.timedelta(days=3) if status == "closed" else None,
        resolution_description=resolution if resolution is not None else
        "The Department inspected the condition and issued a violation to the owner.",
        open_data_channel_type="PHONE",
    )
    contact = Contact(first_name=first, last_name=last, phone=f"212-555-01{i % 100:02d}",
                      email=f"resident{i}@example.org", mailing_address=mailing,
                      preferred_language=lang)  # type: ignore[arg-type]
    consent = Consent(consent_id=f"c-{i:05d}", given_at=requested + dt.timedelta(minutes=2), channel="phone",
                      notice_version="2026-01", scope="share-contact-with-council-member", district=DISTRICT,
                      withdrawn_at=None)
    fu_at = requested + dt.timedelta(days=1)
    fu = FollowUp(id=uuid.UUID(int=i + 1), service_request_id=complaint.service_request_id, kind="call",
                  text="Called the constituent; heat still off on the 4th floor.", created_at=fu_at,
                  author="slee", author_name=CASEWORKER, received_at=fu_at, seq=i)
    entry = FollowUpEntry(followup=fu, id=str(fu.id), kind="call", text=fu.text, outcome=None,
                          office_status="in_progress", due_date=TODAY, created_at=fu_at, author="slee",
                          author_name=CASEWORKER, pending=False)
    return Case(complaint=complaint, contact=contact, consent=consent, office_status="in_progress",
                followups=(entry,))


def sample_cases() -> list[Case]:
    """One case per letter language, each with a name in that language's script (English: 王秀英)."""
    return [make_case(i, *person) for i, person in enumerate(PEOPLE)]


def sender_kwargs() -> dict[str, object]:
    return {"office": OFFICE, "member": MEMBER, "district": DISTRICT, "caseworker": CASEWORKER, "today": TODAY}
