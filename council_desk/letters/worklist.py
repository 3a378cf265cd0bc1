"""The office's worklist (issue 14): the cases of a view as a printable PDF and a CSV, without any contact detail.

What it holds per case: the complaint number, when 311 received it and how many days ago, the complaint type, the
incident address, the agency and its status, the office's status, who has the case, and its next reminder. Never
the filer's name, phone, e-mail or mailing address. Complaint numbers and dates are still personal information
under § 23-315 (DESIGN.md §3), so saving or printing a worklist is audited like any other export, before a byte
is written (`worklist_events`: the disclosure vocabulary's "worklist" output, domain/disclosure.py), and the page
says to keep it in the office.

Used by the app (the caseload view's Print / Export) and by `council-desk worklist` (worklist_command.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.units import inch as _inch

from council_desk.cache.queries import CaseRow
from council_desk.domain.disclosure import WORKLIST_FIELDS, plan
from council_desk.domain.status import OFFICE_STATUS_LABELS
from council_desk.letters.layout import draw_text, new_canvas

__all__ = [
    "AUDIT_FIELDS",
    "CSV_COLUMNS",
    "WorklistRow",
    "render_worklist",
    "worklist_csv",
    "worklist_events",
    "worklist_rows",
]

inch = float(_inch)
# Field names for the audit log (names only): what a worklist discloses.
AUDIT_FIELDS = WORKLIST_FIELDS
CSV_COLUMNS = (
    "complaint_number",
    "received",
    "age_days",
    "complaint_type",
    "address",
    "agency",
    "agency_status",
    "office_status",
    "assigned_to",
    "assigned_to_name",
    "next_reminder",
)
_PDF_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Complaint #", 0.95),
    ("Received", 0.8),
    ("Age", 0.45),
    ("Type", 1.55),
    ("Address", 2.05),
    ("Agency", 0.6),
    ("311", 0.5),
    ("Office status", 1.1),
    ("Assigned to", 1.15),
    ("Next reminder", 0.85),
)


@dataclass(frozen=True)
class WorklistRow:
    service_request_id: str
    received: dt.date
    age_days: int
    complaint_type: str
    address: str
    agency: str
    agency_status: str
    office_status: str
    assignee: str
    assignee_name: str
    next_due: dt.date | None


def worklist_rows(rows: Sequence[CaseRow], today: dt.date, names: Mapping[str, str]) -> list[WorklistRow]:
    """Worklist lines from the list's rows (`CaseStore.rows`, in list order); `names`: user name → name. The
    received date is the one 311 recorded (its own local time), as on the case."""
    out = []
    for r in rows:
        received = r.requested.date()
        out.append(
            WorklistRow(
                service_request_id=r.id,
                received=received,
                age_days=max(0, (today - received).days),
                complaint_type=r.complaint_type,
                address=r.address,
                agency=r.agency,
                agency_status=r.agency_status,
                office_status=r.office_status,
                assignee=r.assignee,
                assignee_name=names.get(r.assignee, r.assignee) if r.assignee else "",
                next_due=r.next_due,
            )
        )
    return out


def worklist_events(
    ids: Sequence[str], *, action: str, actor: str, roles: Iterable[str], reason: str
) -> list[dict[str, Any]]:
    """The audit events of releasing a worklist of these cases (`AuditLog.record`'s keyword arguments), the same
    for the app and the CLI: one per 10,000 cases. None for an empty worklist: it names nobody."""
    if not ids:
        return []
    return plan("worklist", ids, roles=roles, reason=reason).events(action, actor=actor)


def _cell(text: str) -> str:
    """A CSV cell a spreadsheet would run as a formula gets a leading apostrophe (as domain/stats.to_csv)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def worklist_csv(rows: Sequence[WorklistRow]) -> bytes:
    """UTF-8 with a byte-order mark (spreadsheet programs on Windows then read accents and non-Latin text right),
    CRLF lines, one header line."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        w.writerow(
            [
                r.service_request_id,
                r.received.isoformat(),
                r.age_days,
                _cell(r.complaint_type),
                _cell(r.address),
                _cell(r.agency),
                r.agency_status,
                OFFICE_STATUS_LABELS.get(r.office_status, r.office_status),
                _cell(r.assignee),
                _cell(r.assignee_name),
                r.next_due.isoformat() if r.next_due else "",
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def render_worklist(
    rows: Sequence[WorklistRow], *, title: str, office: str, generated: dt.datetime, today: dt.date
) -> bytes:
    """A landscape Letter table with a header on every page; overdue reminders are marked in words."""
    buf = io.BytesIO()
    page_w, page_h = (float(v) for v in landscape(LETTER))
    c = new_canvas(buf, "Council Desk worklist", pagesize=(page_w, page_h), font_size=9)
    left, top, bottom = 0.5 * inch, page_h - 0.5 * inch, 0.55 * inch
    size, row_h = 8.0, 22.0
    widths = [w * inch for _name, w in _PDF_COLUMNS]
    first_y = top - 0.75 * inch - row_h + 4  # the first row's baseline under the header (see `header`)
    per_page = int((first_y - bottom) // row_h) + 1
    pages = max(1, -(-len(rows) // per_page))
    page_no = 0

    def header() -> float:
        nonlocal page_no
        page_no += 1
        draw_text(c, title, "en", left, top - 12, 13, page_w - 2 * left, bold=True)
        sub = (
            f"{office} · {len(rows)} case(s) · as of {generated.strftime('%Y-%m-%d %H:%M')} · "
            "no contact details; complaint numbers and addresses are personal information: keep in the office"
        )
        draw_text(c, sub, "en", left, top - 28, 8, page_w - 2 * left)
        y = top - 0.75 * inch
        x = left
        for (name, _w), width in zip(_PDF_COLUMNS, widths, strict=True):
            draw_text(c, name, "en", x, y, size, width - 4, bold=True)
            x += width
        c.setLineWidth(0.6)
        c.line(left, y - 5, page_w - left, y - 5)
        draw_text(c, f"Page {page_no} of {pages}", "en", left, bottom - 18, 7.5, page_w - 2 * left, align="right")
        return first_y

    y = header()
    if not rows:
        draw_text(c, "No cases in this view.", "en", left, y, 9, page_w - 2 * left)
    for r in rows:
        if y < bottom:
            c.showPage()
            y = header()
        due = ""
        if r.next_due is not None:
            due = r.next_due.isoformat() + (" overdue" if r.next_due < today else "")
        cells = (
            r.service_request_id,
            r.received.isoformat(),
            str(r.age_days),
            r.complaint_type,
            r.address,
            r.agency,
            r.agency_status,
            OFFICE_STATUS_LABELS.get(r.office_status, r.office_status),
            r.assignee_name or "—",
            due,
        )
        x = left
        for text, width in zip(cells, widths, strict=True):
            draw_text(c, text, "en", x, y, size, width - 4, max_lines=2, leading=size * 1.2)
            x += width
        c.setLineWidth(0.2)
        c.line(left, y - 12, page_w - left, y - 12)
        y -= row_h
    c.showPage()
    c.save()
    return buf.getvalue()
