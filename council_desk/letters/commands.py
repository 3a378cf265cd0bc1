"""`council-desk letters ...`: print letters, labels and summaries without the app.

    council-desk letters render  --case-json FILE  --template NAME [--lang CODE] -o FILE.pdf
    council-desk letters batch   --cases-json FILE --template NAME [--lang CODE] -o FILE.pdf
    council-desk letters labels  --cases-json FILE [--start N] -o FILE.pdf
    council-desk letters summary --cases-json FILE [--include-contact] -o FILE.pdf
    council-desk letters csv     --case ID ... --class case-by-case --approval ID | --class exigent --reason TEXT
                                 [--recipient TYPE] -o FILE.csv
    council-desk letters share   --case ID ... [--agency CODE] [--share name,phone,...] --class … -o FILE.pdf
    council-desk letters templates [--overrides-dir DIR]
    council-desk letters glossary  [--check-csv FILE] [--overrides-dir DIR]
    ... or --case ID (repeatable) --server URL [--user NAME] instead of a JSON file: the cases come from this
    PC's encrypted cache (works offline), and the disclosure follows the one vocabulary and policy of the app
    (domain/disclosure.py): the policy check first (role, class, approval or reason: refused with exit 5 and one
    plain line), then the output is made, a case-by-case approval is confirmed and spent by the 311 access system
    (online only), the disclosure is written to the audit log, and only then is the file saved. `--class`
    routine | case-by-case (with `--approval ID`) | exigent (with `--reason TEXT`, sent to the officer at once).

A JSON file holds one serialized case ({"complaint", "contact", "consent", ...}), a list of them, or
{"sender": {...}, "cases": [...]}. `sender` = {"office": {name, address, phone, email}, "member", "district",
"caseworker"}; it can also come from --sender-json FILE. Known failures print one plain line (exit codes of
docs/INTERFACES.md); never a traceback, never personal data.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from council_desk import policy
from council_desk.api.codes import RECIPIENT_TYPES, DisclosureClass, OutputKind
from council_desk.api.models import Complaint, Consent, Contact, Office
from council_desk.domain.case import Case, FollowUpEntry
from council_desk.domain.disclosure import FIELD_INFO, OUTPUTS, Disclosure, DisclosureRefused, plan
from council_desk.domain.errors import UsageError
from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters import glossary
from council_desk.letters.cache_access import add_account_arguments, from_cache
from council_desk.letters.exports import cases_csv, render_referral
from council_desk.letters.release import atomic_file_writer, release
from council_desk.letters.render import Sender, render_labels, render_letters, render_summaries
from council_desk.letters.templates import TEMPLATE_NAMES, office_templates_dir, templates

if TYPE_CHECKING:
    pass

HELP = "print case letters, mailing labels and case summaries to PDF"

# What each command hands out: the disclosure vocabulary's output (its fields, default class and recipient).
OUTPUT_OF: dict[str, OutputKind] = {
    "render": "letter",
    "batch": "letter",
    "labels": "labels",
    "summary": "summary",
    "csv": "csv",
    "share": "share_agency",
}
CLASS_ARGS: dict[str, DisclosureClass] = {
    "routine": "routine",
    "case-by-case": "case_by_case",
    "exigent": "exigent",
}
# `letters share --share name,phone`: the types of information chosen, each standing for its fields.
SHARE_DEFAULT = ("name", "phone", "complaint")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="letters_command", metavar="ACTION")

    def source(p: argparse.ArgumentParser, single: bool) -> None:
        if single:
            p.add_argument("--case-json", type=Path, help="a JSON file holding one case")
        p.add_argument("--cases-json", type=Path, help="a JSON file holding a list of cases")
        p.add_argument(
            "--case",
            action="append",
            default=[],
            metavar="ID",
            help="a complaint number from this PC's cache (repeatable; needs --server)",
        )
        add_account_arguments(p, server_help="the 311 access system whose cache to read (with --case)")
        p.add_argument("--sender-json", type=Path, help="office letterhead settings (JSON), for --case-json")
        p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")

    for name, single, text in (("render", True, "one letter"), ("batch", False, "a mail merge of letters")):
        p = sub.add_parser(name, help=f"print {text} from a template")
        source(p, single)
        p.add_argument("--template", required=True, choices=TEMPLATE_NAMES)
        p.add_argument("--lang", choices=LANGUAGE_CODES, help="letter language (default: each constituent's)")
        p.add_argument(
            "--overrides-dir",
            type=Path,
            help="the office's own template folder (default: $COUNCIL_DESK_LETTER_TEMPLATES, else the "
            "app data folder's letter-templates)",
        )
        p.add_argument("--date", type=dt.date.fromisoformat, help="the letter date (default: today)")
    p = sub.add_parser("labels", help="print Avery 5160 mailing labels")
    source(p, True)
    p.add_argument("--start", type=int, default=0, help="labels already used on the first sheet (0-29)")
    p = sub.add_parser("summary", help="print case summaries (contact details redacted unless asked)")
    source(p, True)
    p.add_argument("--include-contact", action="store_true", help="include contact details (a disclosure)")
    _disclosure_args(p)
    p = sub.add_parser("csv", help="export a contact list as CSV (case-by-case or exigent; from the cache only)")
    source(p, False)
    _disclosure_args(p)
    p = sub.add_parser(
        "share",
        help="share a constituent's details with a City agency: a referral sheet "
        "(case-by-case or exigent; from the cache only)",
    )
    source(p, False)
    p.add_argument("--agency", help="the agency (default: the one responsible for the complaint)")
    p.add_argument(
        "--share",
        default=",".join(SHARE_DEFAULT),
        help="what to share, among: name, home_address, phone, email, language, complaint, location "
        f"(default: {','.join(SHARE_DEFAULT)})",
    )
    _disclosure_args(p)
    p = sub.add_parser("templates", help="list templates, languages and review status (with the glossary's)")
    p.add_argument("--overrides-dir", type=Path, help="the office's own template folder (default as for render)")
    p = sub.add_parser(
        "glossary",
        help="list the glossary files (agencies, complaint types) and their review "
        "status; with --check-csv, count the values that would print in English",
    )
    p.add_argument(
        "--check-csv",
        type=Path,
        metavar="FILE",
        help="a 311 CSV (columns complaint_type and agency): report every value with no entry",
    )
    p.add_argument("--overrides-dir", type=Path, help="the office's own template folder (default as for render)")


def _disclosure_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--class",
        dest="disclosure_class",
        choices=tuple(CLASS_ARGS),
        help="routine (letters to the constituent, internal casework), case-by-case (needs --approval) "
        "or exigent (needs --reason); default: routine where it is routine",
    )
    p.add_argument("--approval", default="", metavar="ID", help="the approval a supervisor granted (APR-…)")
    p.add_argument("--reason", default="", metavar="TEXT", help="why (required for exigent)")
    p.add_argument(
        "--recipient",
        choices=RECIPIENT_TYPES,
        help="who receives it (default: the approval's, else the output's usual recipient)",
    )
    p.add_argument("--recipient-name", default="", metavar="NAME", help="e.g. the agency or organisation")


def run(args: argparse.Namespace) -> int:
    # Known failures and bugs are turned into one plain line by `council_desk.cli.guarded`.
    return _run(args)


def _read_json(path: Path, what: str) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"The {what} file {path.name} does not exist.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"The {what} file {path.name} is not readable JSON.") from exc


def case_from_json(data: Any) -> Case:
    """A `Case` from its JSON form (the api models' field names; follow-ups optional)."""
    if not isinstance(data, dict):
        raise UsageError("A case in the JSON file is not an object.")
    try:
        followups = tuple(
            FollowUpEntry(
                followup=None,
                id=str(f.get("id", "")),
                kind=str(f["kind"]),
                text=str(f.get("text", "")),
                outcome=f.get("outcome"),
                office_status=f.get("office_status"),
                due_date=dt.date.fromisoformat(f["due_date"]) if f.get("due_date") else None,
                created_at=dt.datetime.fromisoformat(f["created_at"]),
                author=str(f.get("author", "")),
                author_name=str(f.get("author_name", "")),
                pending=bool(f.get("pending", False)),
            )
            for f in data.get("followups", [])
        )
        return Case(
            complaint=Complaint.model_validate(data["complaint"]),
            contact=Contact.model_validate(data["contact"]),
            consent=Consent.model_validate(data["consent"]),
            office_status=str(data.get("office_status", "new")),
            followups=followups,
        )
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        # The message names no value from the file: it holds personal data.
        raise UsageError(
            "A case in the JSON file does not match the case format (complaint, contact, consent)."
        ) from exc


def sender_from_json(data: Any) -> Sender:
    try:
        return Sender(
            office=Office.model_validate(data["office"]),
            member=str(data["member"]),
            district=int(data["district"]),
            caseworker=str(data.get("caseworker", "")),
        )
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise UsageError("The sender settings need office {name, address, phone}, member and district.") from exc


def _load_file_cases(args: argparse.Namespace) -> tuple[list[Case], Sender | None]:
    path = getattr(args, "case_json", None) or args.cases_json
    data = _read_json(path, "cases")
    sender_data = None
    if isinstance(data, dict) and "cases" in data:
        sender_data = data.get("sender")
        data = data["cases"]
    items = data if isinstance(data, list) else [data]
    if not items:
        raise UsageError("The cases file holds no cases.")
    if args.sender_json:
        sender_data = _read_json(args.sender_json, "sender")
    return [case_from_json(item) for item in items], sender_from_json(sender_data) if sender_data else None


def _run(args: argparse.Namespace) -> int:
    action = getattr(args, "letters_command", None)
    if action is None:
        raise UsageError("Say what to print: render, batch, labels, summary or templates.")
    if action == "templates":
        for info in templates(args.overrides_dir or office_templates_dir()):
            parts = "; ".join(r.describe() for r in info.reviews)
            print(f"{info.name:18s} {info.language:8s} {info.review_status:13s} {parts}")
        return 0
    if action == "glossary":
        return _glossary(args.check_csv, args.overrides_dir or office_templates_dir())
    sources = [bool(getattr(args, "case_json", None)), bool(args.cases_json), bool(args.case)]
    if sum(sources) != 1:
        raise UsageError("Give exactly one of --case-json, --cases-json or --case.")
    if args.case:
        return _run_from_cache(args, action)
    if action in ("csv", "share"):
        raise UsageError(f"`letters {action}` works on this PC's cases only: give them with --case.")
    cases, sender = _load_file_cases(args)
    if action in ("render", "batch") and sender is None:
        raise UsageError('Letters need the office letterhead: add a "sender" block or --sender-json.')
    pdf = _render(args, action, cases, sender)
    # Cases read from a file are not a disclosure from this PC's cache: there is no audit log to write to.
    release(pdf, atomic_file_writer(args.output), lambda: None)
    print(f"Wrote {len(cases)} case(s) to {args.output.name}.")
    return 0


def _glossary(csv_path: Path | None, overrides_dir: Path | None) -> int:
    """List the glossary files; with a CSV, report coverage per kind and language. Exit 1 when a value in the
    CSV has no entry in some language (it would print in English), so a check can fail on it."""
    print(f"{'kind':16s} {'language':8s} {'status':13s} {'entries':>7s}  source / reviewed")
    for kind in glossary.KINDS:
        for lang in glossary.KIND_LANGUAGES[kind]:
            for gf in glossary.files(kind, lang, overrides_dir):
                r = gf.review
                who = f", by {r.reviewed_by} on {r.reviewed_on}" if r.reviewed else ""
                print(f"{kind:16s} {lang:8s} {r.status:13s} {len(gf.entries):7d}  {r.source}{who}")
    if csv_path is None:
        return 0
    columns = {"complaint_types": ("complaint_type",), "agencies": ("agency", "agency_responsible")}
    values: dict[str, list[str]] = {kind: [] for kind in columns}
    try:
        with csv_path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            header = set(reader.fieldnames or ())
            found = {kind: next((c for c in cols if c in header), None) for kind, cols in columns.items()}
            if not any(found.values()):
                raise UsageError("The CSV file has neither a complaint_type nor an agency column.")
            for row in reader:
                for kind, col in found.items():
                    if col:
                        values[kind].append(row.get(col) or "")
    except FileNotFoundError as exc:
        raise UsageError(f"The CSV file {csv_path.name} does not exist.") from exc
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"The CSV file {csv_path.name} cannot be read.") from exc
    missing_any = False
    print(f"\nCoverage of the distinct values in {csv_path.name} (a value with no entry prints in English):")
    for kind, vals in values.items():
        if not vals:
            continue
        for cov in glossary.coverage(kind, vals, overrides_dir):
            print(f"{kind:16s} {cov.language:8s} {cov.covered}/{cov.total}")
            for value in cov.missing:
                missing_any = True
                print(f"    no entry: {value}")
    return 1 if missing_any else 0


def _render(args: argparse.Namespace, action: str, cases: list[Case], sender: Sender | None) -> bytes:
    if action in ("render", "batch"):
        assert sender is not None
        return render_letters(
            cases,
            args.template,
            lang=args.lang,
            office=sender.office,
            member=sender.member,
            district=sender.district,
            caseworker=sender.caseworker,
            today=args.date or dt.date.today(),
            overrides_dir=args.overrides_dir or office_templates_dir(),
        )
    if action == "labels":
        if not 0 <= args.start < 30:
            raise UsageError("--start must be between 0 and 29.")
        return render_labels(cases, start=args.start)
    return render_summaries(cases, include_contact=args.include_contact)


def _output(args: argparse.Namespace, action: str) -> OutputKind:
    if action == "summary" and args.include_contact:
        return "summary_contact"
    return OUTPUT_OF[action]


def _share_fields(text: str) -> list[str]:
    wanted = [w.strip() for w in text.split(",") if w.strip()]
    allowed = OUTPUTS["share_agency"].fields
    unknown = [w for w in wanted if w not in set(FIELD_INFO.values())]
    if unknown or not wanted:
        raise UsageError("--share takes: name, home_address, phone, email, language, complaint, location.")
    return [f for f in allowed if FIELD_INFO.get(f) in wanted]


def plan_from_args(
    args: argparse.Namespace, action: str, cases: list[Case], roles: list[str], find_approval: Any
) -> Disclosure:
    """The policy check, from the command line: the same `plan` the app uses."""
    output = _output(args, action)
    klass = CLASS_ARGS.get(getattr(args, "disclosure_class", None) or "")
    approval_id = (getattr(args, "approval", "") or "").strip()
    recipient = getattr(args, "recipient", None)
    if recipient is None and approval_id:
        held = find_approval(approval_id)
        recipient = held.recipient if held is not None else None  # the server checks it at release all the same
    fields = _share_fields(args.share) if action == "share" else None
    name = getattr(args, "recipient_name", "") or ""
    if action == "share" and not name:
        agencies = {c.complaint.agency_responsible for c in cases}
        name = args.agency or (agencies.pop() if len(agencies) == 1 else "")
        if not name:
            raise UsageError("These cases have different agencies: say which one with --agency.")
    return plan(
        output,
        [c.id for c in cases],
        roles=roles,
        recipient=recipient,
        disclosure_class=klass,
        approval_id=approval_id,
        reason=getattr(args, "reason", "") or "",
        recipient_name=name,
        fields=fields,
    )


def _run_from_cache(args: argparse.Namespace, action: str) -> int:
    with from_cache(args) as (session, store, me, audit):
        cases = []
        for cid in dict.fromkeys(args.case):
            case = store.case(cid)
            if case is None:
                raise UsageError("A complaint number given with --case is not in this PC's cache.")
            cases.append(case)
        # The policy check comes first: nothing is rendered for a role or a class that may not have it.
        disclosure = plan_from_args(args, action, cases, list(me.roles), store.find_approval)
        # The office block IT set in the policy file wins over the server's, field by field.
        sender = Sender(policy.current().letterhead.apply(me.office), me.member, me.district, me.display_name)
        if action == "csv":
            data = cases_csv(cases, disclosure.fields)
        elif action == "share":
            data = render_referral(
                cases,
                disclosure.fields,
                agency=disclosure.recipient_name,
                sender=sender,
                purpose=disclosure.reason,
                today=dt.date.today(),
            )
        else:
            data = _render(args, action, cases, sender)
        session.confirm_release(disclosure)  # case-by-case: the server confirms and spends the approval
        event = disclosure.event("share" if action == "share" else "export", actor=me.username)

        def record() -> None:
            audit.record(**event)

        release(data, atomic_file_writer(args.output), record, pdf_only=action != "csv")
        if action == "share":
            _log_share(store, disclosure)
        session.flag_exigent(disclosure)
        print(f"Wrote {len(cases)} case(s) to {args.output.name}.")
        return 0


def share_note(disclosure: Disclosure) -> str:
    """The follow-up a share leaves on each case: what went to which agency, under which class (no values)."""
    from council_desk.domain.disclosure import INFO_LABELS, info_types

    what = ", ".join(INFO_LABELS[t].split(" (")[0].lower() for t in info_types(disclosure.fields))
    how = {"case_by_case": f"approval {disclosure.approval_id}", "exigent": "exigent"}.get(
        disclosure.disclosure_class, disclosure.disclosure_class
    )
    return f"Shared with {disclosure.recipient_name}: {what} ({how})."


def _log_share(store: Any, disclosure: Disclosure) -> None:
    """A share is casework too: a note on each case, sent with the next sync like any follow-up."""
    from council_desk.api.models import FollowUpIn

    now = dt.datetime.now(dt.UTC)
    for cid in disclosure.case_ids:
        store.add_followup(
            FollowUpIn(
                id=uuid.uuid4(), service_request_id=cid, kind="note", text=share_note(disclosure), created_at=now
            )
        )


__all__ = ["CLASS_ARGS", "HELP", "DisclosureRefused", "add_arguments", "plan_from_args", "run", "share_note"]
