"""Two more outputs of the disclosure vocabulary: a contact list as CSV (`csv`) and the sheet the office sends an
agency when it shares a constituent's details (`share_agency`). Each shows exactly the fields its `Disclosure`
names (domain/disclosure.py), and nothing else: what was recorded is what went out.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence

from reportlab.lib.units import inch

from council_desk.domain.case import Case
from council_desk.letters.bidi import first_strong
from council_desk.letters.layout import Page, new_canvas
from council_desk.letters.merging import NEW_YORK, Sender

__all__ = ["FIELD_TITLES", "cases_csv", "field_value", "render_referral"]

FIELD_TITLES: dict[str, str] = {
    "service_request_id": "311 complaint",
    "complaint_type": "Complaint type",
    "address": "Location",
    "requested_datetime": "Received",
    "agency_responsible": "Agency",
    "status": "Agency status",
    "description": "Complaint text",
    "first_name": "First name",
    "last_name": "Last name",
    "phone": "Phone",
    "email": "Email",
    "mailing_address": "Mailing address",
    "preferred_language": "Preferred language",
}


def field_value(case: Case, name: str) -> str:
    """One field of a case, as text (contact fields from the contact block, the rest from the complaint)."""
    if hasattr(case.contact, name):
        return str(getattr(case.contact, name) or "")
    value = getattr(case.complaint, name, "")
    if isinstance(value, dt.datetime):
        return value.astimezone(NEW_YORK).strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def _cell(text: str) -> str:
    # A cell a spreadsheet would run as a formula gets a leading apostrophe: the values come from 311 and filers.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def cases_csv(cases: Sequence[Case], fields: Sequence[str]) -> bytes:
    """The chosen fields of each case, one line per case, UTF-8 with a byte-order mark (spreadsheets then keep
    accents and non-Latin names)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([FIELD_TITLES.get(f, f) for f in fields])
    for case in cases:
        w.writerow([_cell(field_value(case, f).replace("\n", ", ")) for f in fields])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def render_referral(
    cases: Sequence[Case], fields: Sequence[str], *, agency: str, sender: Sender, purpose: str, today: dt.date
) -> bytes:
    """The referral sheet: from the office, to the agency, why, and for each case exactly the details shared."""
    buf = io.BytesIO()
    c = new_canvas(buf, "Council Desk referral")
    page = Page(c, left=0.9 * inch, right=0.9 * inch, top=0.8 * inch, bottom=0.8 * inch)
    page.paragraph(f"Referral to {agency}", "en", size=15, bold=True, space_after=4)
    page.paragraph(
        f"From: {sender.office.name}, {sender.office.address} · {sender.office.phone}",
        "en",
        size=10,
        space_after=1,
    )
    page.paragraph(
        f"Council Member {sender.member}, district {sender.district} · {today.isoformat()}",
        "en",
        size=10,
        space_after=6,
    )
    if purpose:
        page.paragraph(
            "Why we are sharing this: " + purpose, "en", size=10, space_after=6, rtl=first_strong(purpose) == "R"
        )
    page.paragraph(
        "The constituent consented to share their contact details with the Council Member's office "
        "(Admin. Code § 23-315). Use them only for this complaint; do not share them further.",
        "en",
        size=9,
        space_after=8,
    )
    for case in cases:
        page.paragraph(f"311 complaint {case.id}", "en", size=11.5, bold=True, space_after=2)
        lang = case.contact.preferred_language
        for name in fields:
            value = field_value(case, name).replace("\n", ", ") or "—"
            page.paragraph(
                f"{FIELD_TITLES.get(name, name)}: {value}",
                lang if name in ("first_name", "last_name") else "en",
                size=10,
                space_after=1,
                rtl=first_strong(value) == "R",
            )
        page.space(8)
    c.showPage()
    c.save()
    return buf.getvalue()
