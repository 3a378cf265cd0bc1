"""Case letters, case summaries and mailing labels as PDF bytes (reportlab canvas + our own text layout).

Page geometry is US Letter. The recipient block sits where a #10 single-window envelope shows it when the letter
is tri-folded (window 4.5 in x 1.125 in, 7/8 in from the left edge; block from 2 1/8 in below the top edge).
Labels are Avery 5160 / 8160: 3 x 10 labels of 2 5/8 in x 1 in, 3/16 in side margin, 1/2 in top margin,
1/8 in between columns.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from council_desk.api.models import Office
from council_desk.domain.case import Case
from council_desk.domain.status import OFFICE_STATUS_LABELS
from council_desk.letters import personal as personal_text
from council_desk.letters import templates as tpl
from council_desk.letters.bidi import first_strong
from council_desk.letters.layout import Page, draw_text, is_rtl, line_height, new_canvas
from council_desk.letters.merging import NEW_YORK, MergedLetter, Sender, full_name, merge_letter, merge_values

# Re-exported: callers and tests import these from here.
__all__ = [
    "MergedLetter",
    "Sender",
    "full_name",
    "merge_letter",
    "merge_values",
    "render_labels",
    "render_letters",
    "render_summaries",
]

# Binary (zlib-only) content streams: ASCII85 on top only makes them 7-bit safe, and without reportlab's optional
# C accelerator (rl-accel, not a dependency) its pure-Python encoder was a fifth of a batch's time. reportlab is
# used by the letters only, so this process-wide setting affects nothing else.
rl_config.useA85 = 0

# #10 window envelope: recipient block position on the letter (from the page's top-left corner).
WINDOW_LEFT = 0.875 * inch
WINDOW_TOP = 2.125 * inch
WINDOW_WIDTH = 4.0 * inch
WINDOW_LINES = 5

# Avery 5160 geometry.
LABEL_COLS, LABEL_ROWS = 3, 10
LABEL_W, LABEL_H = 2.625 * inch, 1.0 * inch
LABEL_LEFT, LABEL_TOP = 0.1875 * inch, 0.5 * inch
LABEL_PITCH_X, LABEL_PITCH_Y = 2.75 * inch, 1.0 * inch
LABEL_INSET_X, LABEL_INSET_Y = 0.15 * inch, 0.14 * inch


def _letterhead(page: Page, letter: MergedLetter, sender: Sender) -> None:
    lang = letter.lang
    rtl = is_rtl(lang)
    page.paragraph(tpl.isolate(sender.member), lang, size=15, bold=True, space_after=1)
    page.paragraph(letter.signature[1], lang, size=10, space_after=1)  # the member's title and district
    office = sender.office
    lines = [office.name, *office.address.splitlines(), " · ".join(p for p in (office.phone, office.email) if p)]
    for line in lines:
        if line.strip():
            # Office details are Latin: fixed leading whatever the letter's script, so the block never grows
            # into the envelope window.
            page.paragraph(tpl.isolate(line), "en", size=8.5, space_after=0, rtl=rtl)
    y = page.y - 4
    page.canvas.setLineWidth(0.6)
    page.canvas.line(page.left, y, page.page_width - page.right, y)


def address_lines(case: Case) -> list[str]:
    """Name and mailing address lines as they go on an envelope or a label."""
    contact = case.contact
    return [
        full_name(contact.first_name, contact.last_name),
        *[ln.strip() for ln in contact.mailing_address.splitlines() if ln.strip()],
    ]


def _recipient(page: Page, case: Case, lang: str) -> None:
    """The address block in the #10 window: name, then the mailing address lines (left to right, as mailed).

    The name prints in the letter's typeface for its script (an Urdu name in an Urdu letter in Nastaliq, as in the
    greeting); the address lines are for the Post Office and print as English text."""
    c = page.canvas
    lines = address_lines(case)
    baseline = page.page_height - WINDOW_TOP - 10
    for n, line in enumerate(lines[:WINDOW_LINES]):
        draw_text(
            c,
            line,
            lang if n == 0 else "en",
            WINDOW_LEFT,
            baseline,
            10.5,
            WINDOW_WIDTH,
            rtl=first_strong(line) == "R",
        )
        baseline -= 13.5


def render_letter_pages(c: Canvas, letter: MergedLetter, case: Case, sender: Sender, personal: str = "") -> None:
    """Draw one letter (one or more pages) on `c`, ending with a page break. `personal`: the caseworker's own
    paragraph(s), after the body (letters/personal.py: taken as plain text, never merged)."""
    lang = letter.lang
    size = 11.0 if lang not in ("zh-Hans", "zh-Hant", "ko") else 10.5

    def continuation(page: Page) -> None:
        page.paragraph(
            tpl.merge("{member} · {complaint_number}", {"member": sender.member, "complaint_number": case.id}),
            lang,
            size=8.5,
            space_after=14,
        )

    page = Page(c, left=1.0 * inch, right=1.0 * inch, top=0.55 * inch, bottom=0.8 * inch, on_new_page=continuation)
    _letterhead(page, letter, sender)
    _recipient(page, case, lang)
    page.y = page.page_height - 3.45 * inch
    page.paragraph(letter.date, lang, size=size, space_after=10)
    page.paragraph(letter.subject, lang, size=size, bold=True, space_after=10)
    page.paragraph(letter.greeting, lang, size=size, space_after=8)
    for para in letter.body:
        page.paragraph(para, lang, size=size, space_after=8)
    for para in personal_text.paragraphs(personal):
        # Its own direction: an English note in an Arabic letter reads left to right, and the reverse.
        page.paragraph(para, lang, size=size, space_after=8, rtl=first_strong(para) == "R")
    for line in letter.closing_lines():
        page.paragraph(line, lang, size=size, space_after=2)
    page.space(line_height(lang, size) * 2.2)  # room for the signature
    page.paragraph(letter.signature[0], lang, size=size, bold=True, space_after=0)
    page.paragraph(letter.signature[1], lang, size=size * 0.9, space_after=10)
    page.paragraph(letter.prepared_by, lang, size=8.5, space_after=0)
    c.showPage()


def render_letters(
    cases: Sequence[Case],
    template: str,
    *,
    lang: str | None = None,
    office: Office,
    member: str,
    district: int,
    caseworker: str,
    today: dt.date,
    overrides_dir: Path | None = None,
    personal: str = "",
) -> bytes:
    """One PDF: each case's letter on its own pages, in `lang` or else the constituent's preferred language.
    `personal`: the caseworker's paragraph, in every letter of the batch (letters/personal.py)."""
    personal = personal_text.clean(personal)
    if not cases:
        raise tpl.TemplateError("No cases were selected, so there is no letter to print.")
    sender = Sender(office, member, district, caseworker)
    merged = [
        merge_letter(case, template, lang or case.contact.preferred_language, sender, today, overrides_dir)
        for case in cases
    ]
    buf = io.BytesIO()
    c = new_canvas(buf, "Council Desk letters")
    for case, letter in zip(cases, merged, strict=True):
        render_letter_pages(c, letter, case, sender, personal)
    c.save()
    return buf.getvalue()


def render_labels(cases: Sequence[Case], *, start: int = 0) -> bytes:
    """Avery 5160 mailing labels (name + mailing address), 30 a sheet; `start` skips used labels on a sheet."""
    buf = io.BytesIO()
    c = new_canvas(buf, "Council Desk labels")
    slot = start % (LABEL_COLS * LABEL_ROWS)
    for case in cases:
        if slot == LABEL_COLS * LABEL_ROWS:
            c.showPage()
            slot = 0
        row, col = divmod(slot, LABEL_COLS)
        x, top = label_origin(col, row)
        lines = address_lines(case)
        baseline = top - LABEL_INSET_Y - 8.5
        for n, line in enumerate(lines[:5]):
            # The name in the typeface its constituent's language uses for its script (Nastaliq for Urdu).
            draw_text(
                c,
                line,
                case.contact.preferred_language if n == 0 else "en",
                x + LABEL_INSET_X,
                baseline,
                8.5,
                LABEL_W - 2 * LABEL_INSET_X,
                rtl=first_strong(line) == "R",
            )
            baseline -= 10.5
        slot += 1
    c.showPage()
    c.save()
    return buf.getvalue()


def label_origin(col: int, row: int) -> tuple[float, float]:
    """Left edge and top edge (PDF points from the bottom-left corner) of Avery 5160 label (col, row)."""
    _, page_h = LETTER
    return LABEL_LEFT + col * LABEL_PITCH_X, page_h - LABEL_TOP - row * LABEL_PITCH_Y


def _fmt_dt(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone(NEW_YORK).strftime("%Y-%m-%d %H:%M")


def render_summaries(cases: Sequence[Case], *, include_contact: bool = False) -> bytes:
    """Case summaries (office-internal, English): complaint, location, agency status and resolution, consent
    receipt, follow-up timeline. Contact details are redacted unless `include_contact` (a disclosure)."""
    buf = io.BytesIO()
    c = new_canvas(buf, "Council Desk case summaries")
    for case in cases:
        _summary(c, case, include_contact)
    if not cases:
        c.showPage()
    c.save()
    return buf.getvalue()


def _row(page: Page, label: str, value: str, lang: str = "en") -> None:
    """A label and its value; `lang` chooses the value's typefaces (a name in its constituent's language)."""
    size = 9.5
    lh = line_height("en", size)
    if page.y - lh < page.bottom:
        page.new_page()
    label_w = 1.55 * inch
    draw_text(page.canvas, label, "en", page.left, page.y - lh + (lh - size) * 0.45, size, label_w - 6, bold=True)
    text = value if value.strip() else "—"
    page.paragraph(
        text,
        lang,
        size=size,
        x=page.left + label_w,
        width=page.width - label_w,
        space_after=2,
        rtl=first_strong(text) == "R",
    )


def _summary(c: Canvas, case: Case, include_contact: bool) -> None:
    page = Page(c, left=0.75 * inch, right=0.75 * inch, top=0.6 * inch, bottom=0.7 * inch)
    cp = case.complaint
    page.paragraph(
        f"Case summary · 311 complaint {cp.service_request_id}", "en", size=14, bold=True, space_after=8
    )
    _row(page, "Complaint", " – ".join(p for p in (cp.complaint_type, cp.descriptor, cp.descriptor_2) if p))
    _row(page, "Received", f"{_fmt_dt(cp.requested_datetime)} via {cp.open_data_channel_type or '—'}")
    _row(
        page,
        "Location",
        ", ".join(p for p in (cp.address, cp.borough, cp.zipcode) if p)
        + (f" ({cp.location_type})" if cp.location_type else ""),
    )
    _row(page, "Council district", str(cp.council_district))
    _row(page, "Description", cp.description)
    _row(page, "Agency", f"{cp.agency_responsible} {('– ' + cp.agency_name) if cp.agency_name else ''}")
    _row(
        page,
        "Agency status",
        f"{cp.status}{(' (' + cp.nyc_status + ')') if cp.nyc_status else ''}, "
        f"updated {_fmt_dt(cp.updated_datetime)}, closed {_fmt_dt(cp.closed_datetime)}",
    )
    _row(page, "Resolution", cp.resolution_description)
    _row(page, "Office status", OFFICE_STATUS_LABELS.get(case.office_status, case.office_status))
    if case.reopen_requested_at is not None:
        _row(page, "Reopen requested", _fmt_dt(case.reopen_requested_at))
    cs = case.consent
    _row(
        page,
        "Consent receipt",
        f"{cs.consent_id}: given {_fmt_dt(cs.given_at)} by {cs.channel}, notice "
        f"{cs.notice_version}, scope {cs.scope}, district {cs.district}, "
        f"{'withdrawn ' + _fmt_dt(cs.withdrawn_at) if cs.withdrawn_at else 'active'}",
    )
    ct = case.contact
    if include_contact:
        _row(page, "Name", full_name(ct.first_name, ct.last_name), ct.preferred_language)
        _row(page, "Phone", ct.phone)
        _row(page, "Email", ct.email)
        _row(page, "Mailing address", ct.mailing_address.replace("\n", ", "))
        _row(page, "Language", ct.preferred_language)
    else:
        _row(page, "Contact", "[redacted – contact details not included in this printout]")
    page.space(6)
    page.paragraph("Follow-up timeline", "en", size=11, bold=True, space_after=4)
    if not case.followups:
        page.paragraph("No follow-ups logged yet.", "en", size=9.5)
    for fu in sorted(case.followups, key=lambda f: f.created_at):
        head = f"{_fmt_dt(fu.created_at)} · {fu.kind} · {fu.author_name or fu.author}"
        extras = [
            OFFICE_STATUS_LABELS.get(fu.office_status, fu.office_status) if fu.office_status else "",
            f"outcome {fu.outcome}" if fu.outcome else "",
            f"due {fu.due_date}" if fu.due_date else "",
            "not yet sent" if fu.pending else "",
        ]
        _row(page, head.split(" · ")[0], " · ".join(p for p in [*head.split(" · ")[1:], *extras, fu.text] if p))
    c.showPage()
