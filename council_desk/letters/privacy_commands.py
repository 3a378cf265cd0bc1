"""`council-desk privacy …`: the privacy officer's side without the app, and case-by-case approvals for scripts.

    council-desk privacy report --from DATE --to DATE --format csv|pdf -o FILE   (supervisor)
    council-desk privacy log [--from DATE] [--to DATE] [--person NAME] [--class CLASS] [--case ID]
                             [--format table|csv] [-o FILE]                          (supervisor)
    council-desk privacy continuity                                                  (supervisor)
    council-desk privacy approvals                      the approvals and requests this PC holds
    council-desk privacy request --case ID ... --output summary_contact|csv|share_agency --recipient TYPE
                                 --purpose TEXT [--recipient-name NAME] [--share name,phone,...] [--send]
    council-desk privacy decide REQUEST_ID --approve|--refuse [--note TEXT] [--days N] [--send]   (supervisor)
    … each with --server URL [--user NAME] [--passphrase-stdin] [--pin-stdin]

The report and the log come from the 311 access system's record of every device of the office; when it cannot
be reached, from this PC's own log, and they say so (the report on its first lines, the log on stderr). The
roles table decides who may (domain/roles.py): anyone else gets exit 5 and one plain line, before anything is
fetched. Requests and decisions are queued like follow-ups and go with the next sync (`--send`: now).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
import uuid
from pathlib import Path
from typing import Any

from council_desk.api.codes import OUTPUT_KINDS, RECIPIENT_TYPES
from council_desk.api.models import AuditEventIn
from council_desk.api.privacy import ApprovalRequestIn, RecordedEvent
from council_desk.domain.disclosure import OUTPUTS
from council_desk.domain.errors import Offline, UsageError
from council_desk.domain.report import figures, to_csv
from council_desk.domain.roles import require
from council_desk.letters.cache_access import add_account_arguments, proven_session
from council_desk.letters.release import atomic_file_writer

HELP = "the privacy officer's report and disclosure log; case-by-case approvals"

OFFLINE_NOTE = (
    "council-desk: the 311 access system cannot be reached: this is this PC's own log only (other "
    "devices' events are not included)."
)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a date is YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="privacy_command", metavar="ACTION")

    def account(p: argparse.ArgumentParser) -> None:
        add_account_arguments(p, server_help="the 311 access system (default: the office policy file's)")

    p = sub.add_parser("report", help="the Identifying Information Law report (§ 23-1205) for a period")
    account(p)
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE")
    p.add_argument("--format", choices=("csv", "pdf"), required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("log", help="the office's disclosure log (filter by person, class, case, period)")
    account(p)
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    p.add_argument("--person", help="a staff account")
    p.add_argument("--class", dest="disclosure_class", choices=("routine", "case-by-case", "exigent"))
    p.add_argument("--case", help="a 311 complaint number")
    p.add_argument("--all", action="store_true", help="every event, not only disclosures")
    p.add_argument("--format", choices=("table", "csv"), default="table")
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of the screen")
    p = sub.add_parser("continuity", help="per device: events that never reached the server, and findings")
    account(p)
    p = sub.add_parser("approvals", help="the case-by-case approvals and requests this PC holds")
    account(p)
    p = sub.add_parser("request", help="ask a supervisor for a case-by-case approval")
    account(p)
    p.add_argument("--case", action="append", required=True, metavar="ID")
    p.add_argument(
        "--output",
        dest="kind",
        choices=OUTPUT_KINDS,
        required=True,
        help="what will be released (summary_contact, csv, share_agency)",
    )
    p.add_argument("--recipient", choices=RECIPIENT_TYPES, required=True)
    p.add_argument("--recipient-name", default="")
    p.add_argument("--share", help="for share_agency: name,home_address,phone,email,language,complaint,location")
    p.add_argument("--purpose", required=True, help="why (the supervisor reads this)")
    p.add_argument("--send", action="store_true", help="send it now instead of with the next sync")
    p = sub.add_parser("decide", help="approve or refuse a request of your office (supervisor)")
    account(p)
    p.add_argument("request_id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--approve", action="store_true")
    group.add_argument("--refuse", action="store_true")
    p.add_argument("--note", default="")
    p.add_argument("--days", type=int, default=7, help="how long the approval may wait to be used (1-30)")
    p.add_argument("--send", action="store_true", help="send it now instead of with the next sync")


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "privacy_command", None)
    if action is None:
        raise UsageError("Say what to do: report, log, continuity, approvals, request or decide.")
    # The office's log and approvals are the lock's to guard too: the same proof as the app (`cache_access`).
    with proven_session(args) as (session, me):
        handler = {
            "report": _report,
            "log": _log,
            "continuity": _continuity,
            "approvals": _approvals,
            "request": _request,
            "decide": _decide,
        }[action]
        return handler(args, session, me)


# --------------------------------------------------------------------------------------------- officer's views
def _server_or_local(session: Any, params: dict[str, str | int]) -> tuple[list[RecordedEvent | AuditEventIn], str]:
    """The office's events from the server, or offline this PC's own log (then marked "local")."""
    try:
        page = session.client.privacy_events(params)
        return list(page.events), "server"
    except Offline:
        session.open_store()
        audit = session.audit
        assert audit is not None
        return list(audit.events()), "local"


def _report(args: argparse.Namespace, session: Any, me: Any) -> int:
    require(me.roles, "privacy_report")
    if args.date_to < args.date_from:
        raise UsageError("--to is before --from.")
    params: dict[str, str | int] = {"from": args.date_from.isoformat(), "to": args.date_to.isoformat()}
    events, source = _server_or_local(session, params)
    continuity = session.client.continuity() if source == "server" else None
    f = figures(
        events,
        office=me.office.name,
        district=me.district,
        period_from=args.date_from,
        period_to=args.date_to,
        source=source,
        continuity=continuity,
    )
    if args.format == "csv":
        data = to_csv(f).encode("utf-8")
    else:
        from council_desk.letters.report import render_report

        data = render_report(f, privacy_officer=me.display_name)
    atomic_file_writer(args.output)(data)
    if source != "server":
        print(OFFLINE_NOTE, file=sys.stderr)
    print(
        f"Wrote the report for {args.date_from} to {args.date_to}: {f.disclosures} disclosure(s) "
        f"({source}) to {args.output.name}."
    )
    return 0


LOG_COLUMNS = ("at", "staff", "action", "output", "class", "approval", "recipient", "cases", "reason", "findings")


def _log_rows(events: list[RecordedEvent | AuditEventIn], args: argparse.Namespace) -> list[list[str]]:
    klass = {"case-by-case": "case_by_case"}.get(args.disclosure_class or "", args.disclosure_class)
    rows = []
    for item in events:
        ev = item.event if isinstance(item, RecordedEvent) else item
        found = ",".join(item.findings) if isinstance(item, RecordedEvent) else ""
        day = ev.at.astimezone(dt.UTC).date()
        if (args.date_from and day < args.date_from) or (args.date_to and day > args.date_to):
            continue
        if (
            not args.all
            and ev.disclosure_class is None
            and ev.action not in ("reveal_contact", "print", "export", "share", "copy_contact")
        ):
            continue
        if (args.person and ev.actor != args.person) or (klass and ev.disclosure_class != klass):
            continue
        if args.case and args.case not in ev.service_request_ids:
            continue
        rows.append(
            [
                ev.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"),
                ev.actor,
                ev.action,
                ev.output or "",
                ev.disclosure_class or "",
                ev.approval_ref,
                ev.recipient or "",
                " ".join(ev.service_request_ids),
                ev.reason,
                found,
            ]
        )
    return rows


def _log(args: argparse.Namespace, session: Any, me: Any) -> int:
    require(me.roles, "read_disclosure_log")
    params: dict[str, str | int] = {}
    if args.date_from:
        params["from"] = args.date_from.isoformat()
    if args.date_to:
        params["to"] = args.date_to.isoformat()
    events, source = _server_or_local(session, params)
    rows = _log_rows(events, args)
    if args.format == "csv":
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(LOG_COLUMNS)
        w.writerows([[("'" + c) if c[:1] in "=+-@" else c for c in r] for r in rows])
        text = out.getvalue()
    else:
        widths = (16, 10, 14, 15, 12, 20, 14)
        lines = ["  ".join(c.ljust(w) for c, w in zip(LOG_COLUMNS, widths, strict=False)) + "  cases / reason"]
        for r in rows:
            head = "  ".join(c[:w].ljust(w) for c, w in zip(r, widths, strict=False))
            lines.append(f"{head}  {r[7]}" + (f" — {r[8]}" if r[8] else "") + (f" [{r[9]}]" if r[9] else ""))
        text = "\n".join(lines) + "\n"
    if source != "server":
        print(OFFLINE_NOTE, file=sys.stderr)
    if args.output:
        atomic_file_writer(args.output)(text.encode("utf-8"))
        print(f"Wrote {len(rows)} event(s) to {args.output.name}.")
    else:
        sys.stdout.write(text)
    return 0


def _continuity(args: argparse.Namespace, session: Any, me: Any) -> int:
    require(me.roles, "read_disclosure_log")
    report = session.client.continuity()
    if not report.devices:
        print("No device of this office has uploaded events yet.")
    for d in report.devices:
        missing = ", ".join(f"{r.first}" if r.first == r.last else f"{r.first}–{r.last}" for r in d.missing)
        state = f"events {missing} never arrived" if missing else "complete"
        print(f"device {d.device_id[:8]} ({d.username}): {d.received} events up to {d.last_seq}; {state}")
        for fl in d.flags:
            span = str(fl.first_seq) if fl.first_seq == fl.last_seq else f"{fl.first_seq}–{fl.last_seq}"
            print(f"    {fl.detected_at.astimezone(dt.UTC):%Y-%m-%d %H:%M} {fl.kind} {span}: {fl.detail}")
    return 0


# --------------------------------------------------------------------------------------------- approvals
def _approvals(args: argparse.Namespace, session: Any, me: Any) -> int:
    held = session.open_store().approvals()
    if not held:
        print("No approvals or requests on this PC.")
    for h in held:
        a = h.approval
        extra = (
            " (not yet sent)"
            if h.waiting_to_send
            else (f" ({h.decision_waiting} not yet sent)" if h.decision_waiting else "")
        )
        expires = f", expires {a.expires_at.astimezone(dt.UTC):%Y-%m-%d}" if a.expires_at else ""
        print(
            f"{a.id}  {a.status}{extra}  {a.approval_id or '-'}  {a.output} to {a.recipient}"
            f"  {len(a.service_request_ids)} case(s)  by {a.requested_by}{expires}"
        )
    return 0


def _request(args: argparse.Namespace, session: Any, me: Any) -> int:
    require(me.roles, "request_approval")
    spec = OUTPUTS[args.kind]
    if args.recipient in spec.routine_for or args.recipient not in spec.recipients:
        raise UsageError(f"{spec.label} to {args.recipient} needs no approval, or cannot go there.")
    fields = list(spec.fields)
    if args.share:
        from council_desk.letters.commands import _share_fields

        fields = _share_fields(args.share)
    store = session.open_store()
    if any(store.case(c) is None for c in args.case):
        raise UsageError("A complaint number given with --case is not in this PC's cache.")
    req = ApprovalRequestIn(
        id=uuid.uuid4(),
        output=args.kind,
        service_request_ids=list(dict.fromkeys(args.case)),
        fields=fields,
        recipient=args.recipient,
        recipient_name=args.recipient_name,
        purpose=args.purpose,
        created_at=dt.datetime.now(dt.UTC),
    )
    session.request_approval(req)
    sent = session.push_outbox() if args.send else 0
    print(f"Request {req.id} {'sent' if sent else 'queued (it goes with the next sync)'}.")
    return 0


def _decide(args: argparse.Namespace, session: Any, me: Any) -> int:
    require(me.roles, "decide_approval")
    if not 1 <= args.days <= 30:
        raise UsageError("--days is between 1 and 30.")
    session.decide_approval(args.request_id, args.approve, args.note, args.days)
    sent = session.push_outbox() if args.send else 0
    print(f"Decision {'sent' if sent else 'queued (it goes with the next sync)'}.")
    return 0
