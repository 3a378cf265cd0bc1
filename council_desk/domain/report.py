"""The figures of the Identifying Information Law report (Admin. Code § 23-1205; shaped like `../shared/law/004_…`)
for one office and one period, computed from audit events: the server's witnessed record of every device of the
office, or offline this PC's own log (and then the report says so on its first line).

What it counts, each from the events alone (a test recomputes every figure from the raw events):
- disclosures: events whose action hands details out (a reveal on screen, a copy, a print, a save or export, a
  share), with the distinct cases they named;
- the types of identifying information disclosed (the report form's question 1), read from the field names
  through the one vocabulary (domain/disclosure.py);
- counts by class, with the approval numbers of the case-by-case disclosures and the reasons of the exigent ones
  (questions 3 and 10); by recipient entity type (question 14); by staff member (question 11);
- the record's own health: per device, the events that never reached the server and what its witness found.

Nothing here names a constituent: the report carries counts, approval numbers, staff accounts and the reasons
staff wrote. The CSV and the PDF (letters/report.py) are made from these figures only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from council_desk.api.models import AuditEventIn
from council_desk.api.privacy import ContinuityReport, RecordedEvent
from council_desk.domain.disclosure import CLASS_LABELS, INFO_LABELS, RECIPIENT_LABELS, info_types

__all__ = [
    "DISCLOSURE_ACTIONS",
    "CountRow",
    "DeviceLine",
    "ExigentLine",
    "ReportFigures",
    "figures",
    "to_csv",
]

DISCLOSURE_ACTIONS = ("reveal_contact", "copy_contact", "print", "export", "share")
UNCLASSIFIED = "unclassified"  # an event written before classes were recorded
NOT_RECORDED = "not_recorded"  # an event written before recipients were recorded (format 1)


@dataclass(frozen=True)
class CountRow:
    key: str
    label: str
    events: int
    cases: int  # distinct cases named by those events


@dataclass(frozen=True)
class ExigentLine:
    at: dt.datetime
    actor: str
    reason: str
    cases: int


@dataclass(frozen=True)
class ApprovalLine:
    approval_id: str
    events: int
    cases: int


@dataclass(frozen=True)
class DeviceLine:
    device: str  # short form of the device id
    username: str
    received: int
    missing: str  # "41–57, 60" or ""
    findings: dict[str, int]


@dataclass(frozen=True)
class ReportFigures:
    office: str
    district: int
    period_from: dt.date
    period_to: dt.date
    generated_at: dt.datetime
    source: str  # "server" | "local"
    disclosures: int
    cases: int
    by_type: list[CountRow]
    by_class: list[CountRow]
    approvals: list[ApprovalLine]
    exigent: list[ExigentLine]
    by_recipient: list[CountRow]
    by_staff: list[CountRow]
    staff_classes: dict[str, dict[str, int]]
    devices: list[DeviceLine] = field(default_factory=list)
    flagged_events: int = 0  # disclosures the server's witness found something wrong with

    @property
    def source_note(self) -> str:
        if self.source == "server":
            return "Built from the 311 access system's record of the events every device of this office uploaded."
        return (
            "Built OFFLINE from this PC's own log only: events of other devices, and anything not yet "
            "uploaded from them, are not included. Make it again when the 311 access system can be reached."
        )


def _in_period(at: dt.datetime, lo: dt.date, hi: dt.date) -> bool:
    day = at.astimezone(dt.UTC).date()
    return lo <= day <= hi


def _count(rows: Iterable[tuple[str, AuditEventIn]], labels: dict[str, str]) -> list[CountRow]:
    events: Counter[str] = Counter()
    cases: dict[str, set[str]] = {}
    for key, ev in rows:
        events[key] += 1
        cases.setdefault(key, set()).update(ev.service_request_ids)
    ordered = [k for k in labels if k in events] + sorted(k for k in events if k not in labels)
    return [CountRow(k, labels.get(k, k), events[k], len(cases[k])) for k in ordered]


def _ranges(first_last: Sequence[tuple[int, int]]) -> str:
    return ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in first_last)


def figures(
    recorded: Sequence[RecordedEvent | AuditEventIn],
    *,
    office: str,
    district: int,
    period_from: dt.date,
    period_to: dt.date,
    source: str,
    continuity: ContinuityReport | None = None,
    generated_at: dt.datetime | None = None,
) -> ReportFigures:
    """The report's figures for the disclosures in `recorded` dated within the period (UTC days, inclusive)."""
    flagged = 0
    events: list[AuditEventIn] = []
    for item in recorded:
        ev = item.event if isinstance(item, RecordedEvent) else item
        if ev.action not in DISCLOSURE_ACTIONS or not _in_period(ev.at, period_from, period_to):
            continue
        events.append(ev)
        if isinstance(item, RecordedEvent) and item.findings:
            flagged += 1
    all_cases = {c for ev in events for c in ev.service_request_ids}
    by_type = _count(((t, ev) for ev in events for t in info_types(ev.fields)), INFO_LABELS)
    classes = {**CLASS_LABELS, UNCLASSIFIED: "Not classified (recorded before classes were)"}
    by_class = _count(((ev.disclosure_class or UNCLASSIFIED, ev) for ev in events), classes)
    recipients = {**RECIPIENT_LABELS, NOT_RECORDED: "Not recorded (events from before recipients were)"}
    by_recipient = _count(((ev.recipient or NOT_RECORDED, ev) for ev in events), recipients)
    staff = sorted({ev.actor for ev in events})
    by_staff = _count(((ev.actor, ev) for ev in events), {a: a for a in staff})
    staff_classes: dict[str, dict[str, int]] = {}
    for ev in events:
        row = staff_classes.setdefault(ev.actor, {})
        key = ev.disclosure_class or UNCLASSIFIED
        row[key] = row.get(key, 0) + 1
    approval_events: Counter[str] = Counter()
    approval_cases: dict[str, set[str]] = {}
    for ev in events:
        if ev.disclosure_class == "case_by_case":
            ref = ev.approval_ref or "(none)"
            approval_events[ref] += 1
            approval_cases.setdefault(ref, set()).update(ev.service_request_ids)
    approvals = [ApprovalLine(a, approval_events[a], len(approval_cases[a])) for a in sorted(approval_events)]
    exigent = [
        ExigentLine(ev.at, ev.actor, ev.reason, len(set(ev.service_request_ids)))
        for ev in sorted(events, key=lambda e: e.at)
        if ev.disclosure_class == "exigent"
    ]
    devices = []
    for d in continuity.devices if continuity else []:
        kinds = Counter(f.kind for f in d.flags)
        devices.append(
            DeviceLine(
                d.device_id[:8],
                d.username,
                d.received,
                _ranges([(r.first, r.last) for r in d.missing]),
                dict(sorted(kinds.items())),
            )
        )
    return ReportFigures(
        office=office,
        district=district,
        period_from=period_from,
        period_to=period_to,
        generated_at=generated_at or dt.datetime.now(dt.UTC),
        source=source,
        disclosures=len(events),
        cases=len(all_cases),
        by_type=by_type,
        by_class=by_class,
        approvals=approvals,
        exigent=exigent,
        by_recipient=by_recipient,
        by_staff=by_staff,
        staff_classes=staff_classes,
        devices=devices,
        flagged_events=flagged,
    )


def _cell(text: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (staff wrote the reasons)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(f: ReportFigures) -> str:
    """One table, one line per figure: section, key, label, events, cases, detail. Easy to read back and sum."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["section", "key", "label", "events", "cases", "detail"])
    w.writerow(["report", "office", _cell(f.office), "", "", f"district {f.district}"])
    w.writerow(["report", "period", "", "", "", f"{f.period_from.isoformat()} to {f.period_to.isoformat()}"])
    w.writerow(["report", "source", f.source, "", "", f.source_note])
    w.writerow(["report", "generated", "", "", "", f.generated_at.astimezone(dt.UTC).isoformat()])
    w.writerow(["total", "disclosures", "All disclosures", f.disclosures, f.cases, ""])
    for section, rows in (
        ("type", f.by_type),
        ("class", f.by_class),
        ("recipient", f.by_recipient),
        ("staff", f.by_staff),
    ):
        for r in rows:
            w.writerow([section, _cell(r.key), _cell(r.label), r.events, r.cases, ""])
    for a in f.approvals:
        w.writerow(["approval", _cell(a.approval_id), "Case-by-case approval used", a.events, a.cases, ""])
    for x in f.exigent:
        w.writerow(["exigent", x.at.astimezone(dt.UTC).isoformat(), _cell(x.actor), 1, x.cases, _cell(x.reason)])
    for d in f.devices:
        found = ", ".join(f"{k} ({n})" for k, n in d.findings.items())
        state = (f"never arrived: {d.missing}" if d.missing else "complete") + (
            f"; findings: {found}" if found else ""
        )
        w.writerow(["device", d.device, _cell(d.username), d.received, "", state])
    w.writerow(["total", "flagged", "Disclosures the server's witness flagged", f.flagged_events, "", ""])
    return out.getvalue()
