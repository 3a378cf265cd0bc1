"""The Identifying Information Law report (§ 23-1205) as a PDF, laid out like an agency report
(`../shared/law/004_…`): the office and its privacy officer, the period, then the numbered questions it answers
from the office's own record — types of identifying information disclosed, disclosures by class (with the
case-by-case approvals and the exigent reasons), by recipient entity type, by staff member — and the health of the
record itself. The figures come from `domain.report.figures`; nothing here counts anything.

Text is drawn character by character (letters/layout.py): the reasons staff wrote are printed as written, never
read as markup.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.lib.units import inch

from council_desk.domain.disclosure import INFO_LABELS
from council_desk.domain.report import CountRow, ReportFigures
from council_desk.letters.bidi import first_strong
from council_desk.letters.layout import Page, draw_text, line_height, new_canvas

__all__ = ["render_report"]

_SIZE = 9.5


def _heading(page: Page, text: str) -> None:
    page.space(6)
    page.paragraph(text, "en", size=11.5, bold=True, space_after=4)


def _table(page: Page, head: tuple[str, ...], rows: Sequence[tuple[str, ...]], widths: tuple[float, ...]) -> None:
    """Columns at fixed widths (fractions of the text width); the first column wraps, the others are short."""
    lh = line_height("en", _SIZE)
    xs = [page.left]
    for w in widths[:-1]:
        xs.append(xs[-1] + w * page.width)

    def line(cells: tuple[str, ...], bold: bool) -> None:
        if page.y - lh < page.bottom:
            page.new_page()
        page.y -= lh
        for x, w, cell in zip(xs, widths, cells, strict=True):
            draw_text(
                page.canvas,
                cell,
                "en",
                x,
                page.y + (lh - _SIZE) * 0.45,
                _SIZE,
                w * page.width - 6,
                bold=bold,
                rtl=first_strong(cell) == "R",
            )

    line(head, True)
    for r in rows:
        line(r, False)
    if not rows:
        page.paragraph("None in this period.", "en", size=_SIZE, space_after=2)
    page.space(2)


def _counts(rows: list[CountRow]) -> list[tuple[str, ...]]:
    return [(r.label, str(r.events), str(r.cases)) for r in rows]


def render_report(f: ReportFigures, *, privacy_officer: str = "") -> bytes:
    """The report as PDF bytes (US Letter)."""
    buf = io.BytesIO()
    c = new_canvas(buf, "Identifying Information Law report")
    page = Page(c, left=0.8 * inch, right=0.8 * inch, top=0.7 * inch, bottom=0.7 * inch)
    page.paragraph(
        "AGENCY REPORT — Identifying Information Law (N.Y.C. Admin. Code § 23-1205)",
        "en",
        size=14,
        bold=True,
        space_after=6,
    )
    for label, value in (
        ("Agency", f"{f.office} (Council district {f.district})"),
        ("Agency privacy officer", privacy_officer or "—"),
        ("Period", f"{f.period_from.isoformat()} to {f.period_to.isoformat()} (UTC days)"),
        ("Date of report", f.generated_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")),
    ):
        page.paragraph(f"{label}: {value}", "en", size=10, space_after=1)
    page.space(4)
    warn = f.source != "server"
    page.paragraph(("OFFLINE — " if warn else "Source: ") + f.source_note, "en", size=10, bold=warn, space_after=4)
    page.paragraph(
        f"Disclosures in the period: {f.disclosures} (naming {f.cases} distinct 311 complaints).",
        "en",
        size=10.5,
        bold=True,
        space_after=2,
    )

    _heading(page, "1. Types of identifying information disclosed")
    shown = {r.key: r for r in f.by_type}
    rows: list[tuple[str, ...]] = []
    for key, label in INFO_LABELS.items():
        r = shown.get(key)
        rows.append((("[x] " if r else "[  ] ") + label, str(r.events if r else 0), str(r.cases if r else 0)))
    _table(page, ("Type", "Disclosures", "Complaints"), rows, (0.66, 0.17, 0.17))

    _heading(page, "2. Disclosures by class (routine / case-by-case approved by the privacy officer / exigent)")
    _table(page, ("Class", "Disclosures", "Complaints"), _counts(f.by_class), (0.66, 0.17, 0.17))
    page.paragraph("Case-by-case approvals used:", "en", size=10, bold=True, space_after=2)
    _table(
        page,
        ("Approval number", "Disclosures", "Complaints"),
        [(a.approval_id, str(a.events), str(a.cases)) for a in f.approvals],
        (0.66, 0.17, 0.17),
    )
    page.paragraph(
        "Exigent disclosures (the privacy officer was notified) and the reasons given:",
        "en",
        size=10,
        bold=True,
        space_after=2,
    )
    if not f.exigent:
        page.paragraph("None in this period.", "en", size=_SIZE, space_after=2)
    for x in f.exigent:
        when = x.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")
        page.paragraph(
            f"{when} UTC · {x.actor} · {x.cases} complaint(s)", "en", size=_SIZE, bold=True, space_after=0
        )
        page.paragraph(
            x.reason or "—",
            "en",
            size=_SIZE,
            x=page.left + 0.25 * inch,
            width=page.width - 0.25 * inch,
            rtl=first_strong(x.reason) == "R",
            space_after=3,
        )

    _heading(page, "3. Disclosures by type of entity disclosed to")
    _table(page, ("Type of entity", "Disclosures", "Complaints"), _counts(f.by_recipient), (0.66, 0.17, 0.17))

    _heading(page, "4. Disclosures by staff member")
    staff_rows = []
    for r in f.by_staff:
        k = f.staff_classes.get(r.key, {})
        staff_rows.append(
            (
                r.label,
                str(r.events),
                str(k.get("routine", 0)),
                str(k.get("case_by_case", 0)),
                str(k.get("exigent", 0)),
            )
        )
    _table(
        page,
        ("Staff account", "Disclosures", "Routine", "Case-by-case", "Exigent"),
        staff_rows,
        (0.44, 0.14, 0.14, 0.14, 0.14),
    )

    _heading(page, "5. The record itself (what the 311 access system witnessed)")
    if f.source != "server":
        page.paragraph("Not available offline.", "en", size=_SIZE)
    else:
        page.paragraph(
            f"Disclosures the server's witness flagged (altered, out of order, late, or case-by-case "
            f"without an approval it saw used): {f.flagged_events}.",
            "en",
            size=_SIZE,
            space_after=3,
        )
        dev_rows = []
        for d in f.devices:
            found = ", ".join(f"{k} ({n})" for k, n in d.findings.items())
            state = (f"events {d.missing} never arrived" if d.missing else "complete") + (
                f"; findings: {found}" if found else ""
            )
            dev_rows.append((f"{d.device} ({d.username})", str(d.received), state))
        _table(page, ("Device", "Events", "Continuity"), dev_rows, (0.3, 0.12, 0.58))
    c.showPage()
    c.save()
    return buf.getvalue()
