"""`council-desk letters ...`: print letters, labels and summaries without the app.

    council-desk letters render  --case-json FILE  --template NAME [--lang CODE] -o FILE.pdf
    council-desk letters batch   --cases-json FILE --template NAME [--lang CODE] -o FILE.pdf
    council-desk letters labels  --cases-json FILE [--start N] -o FILE.pdf
    council-desk letters summary --cases-json FILE [--include-contact] -o FILE.pdf
    council-desk letters templates [--overrides-dir DIR]
    council-desk letters glossary  [--check-csv FILE] [--overrides-dir DIR]
    ... or --case ID (repeatable) --server URL [--user NAME] instead of a JSON file: the cases come from this
    PC's encrypted cache (works offline) and the disclosure is written to the audit log before the PDF is saved.

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
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from council_desk import policy
from council_desk.api.models import Complaint, Consent, Contact, Office
from council_desk.domain.case import Case, FollowUpEntry
from council_desk.domain.errors import UsageError
from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters import glossary
from council_desk.letters.release import atomic_file_writer, release
from council_desk.letters.render import Sender, render_labels, render_letters, render_summaries
from council_desk.letters.templates import TEMPLATE_NAMES, office_templates_dir, templates
from council_desk.policy import server_default

HELP = "print case letters, mailing labels and case summaries to PDF"

LETTER_FIELDS = ("first_name", "last_name", "mailing_address", "service_request_id", "complaint_type", "address",
                 "requested_datetime", "agency_responsible", "status", "resolution_description")
LABEL_FIELDS = ("first_name", "last_name", "mailing_address")
SUMMARY_FIELDS = ("service_request_id", "complaint_type", "description", "address", "requested_datetime",
                  "agency_responsible", "status", "resolution_description", "consent", "followups")
CONTACT_FIELDS = ("first_name", "last_name", "phone", "email", "mailing_address", "preferred_language")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="letters_command", metavar="ACTION")

    def source(p: argparse.ArgumentParser, single: bool) -> None:
        if single:
            p.add_argument("--case-json", type=Path, help="a JSON file holding one case")
        p.add_argument("--cases-json", type=Path, help="a JSON file holding a list of cases")
        p.add_argument("--case", action="append", default=[], metavar="ID",
                       help="a complaint number from this PC's cache (repeatable; needs --server)")
        p.add_argument("--server", help="the 311 access system whose cache to read (with --case)")
        p.add_argument("--user", help="your account name (default: the last one used on this PC)")
        p.add_argument("--passphrase-stdin", action="store_true",
                       help="read the cache passphrase from standard input (PCs without a keyring)")
        p.add_argument("--sender-json", type=Path, help="office letterhead settings (JSON), for --case-json")
        p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")

    for name, single, text in (("render", True, "one letter"), ("batch", False, "a mail merge of letters")):
        p = sub.add_parser(name, help=f"print {text} from a template")
        source(p, single)
        p.add_argument("--template", required=True, choices=TEMPLATE_NAMES)
        p.add_argument("--lang", choices=LANGUAGE_CODES, help="letter language (default: each constituent's)")
        p.add_argument("--overrides-dir", type=Path,
                       help="the office's own template folder (default: $COUNCIL_DESK_LETTER_TEMPLATES, else the "
                            "app data folder's letter-templates)")
        p.add_argument("--date", type=dt.date.fromisoformat, help="the letter date (default: today)")
    p = sub.add_parser("labels", help="print Avery 5160 mailing labels")
    source(p, True)
    p.add_argument("--start", type=int, default=0, help="labels already used on the first sheet (0-29)")
    p = sub.add_parser("summary", help="print case summaries (contact details redacted unless asked)")
    source(p, True)
    p.add_argument("--include-contact", action="store_true", help="include contact details (a disclosure)")
    p = sub.add_parser("templates", help="list templates, languages and review status (with the glossary's)")
    p.add_argument("--overrides-dir", type=Path, help="the office's own template folder (default as for render)")
    p = sub.add_parser("glossary", help="list the glossary files (agencies, complaint types) and their review "
                                        "status; with --check-csv, count the values that would print in English")
    p.add_argument("--check-csv", type=Path, metavar="FILE",
                   help="a 311 CSV (columns complaint_type and agency): report every value with no entry")
    p.add_argument("--overrides-dir", type=Path, help="the office's own template folder (default as for render)")


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
            FollowUpEntry(followup=None, id=str(f.get("id", "")), kind=str(f["kind"]), text=str(f.get("text", "")),
                          outcome=f.get("outcome"), office_status=f.get("office_status"),
                          due_date=dt.date.fromisoformat(f["due_date"]) if f.get("due_date") else None,
                          created_at=dt.datetime.fromisoformat(f["created_at"]), author=str(f.get("author", "")),
                          author_name=str(f.get("author_name", "")), pending=bool(f.get("pending", False)))
            for f in data.get("followups", [])
        )
        return Case(complaint=Complaint.model_validate(data["complaint"]),
                    contact=Contact.model_validate(data["contact"]),
                    consent=Consent.model_validate(data["consent"]),
                    office_status=str(data.get("office_status", "new")), followups=followups)
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        # The message names no value from the file: it holds personal data.
        raise UsageError("A case in the JSON file does not match the case format (complaint, contact, "
                         "consent).") from exc


def sender_from_json(data: Any) -> Sender:
    try:
        return Sender(office=Office.model_validate(data["office"]), member=str(data["member"]),
                      district=int(data["district"]), caseworker=str(data.get("caseworker", "")))
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
    cases, sender = _load_file_cases(args)
    if action in ("render", "batch") and sender is None:
        raise UsageError("Letters need the office letterhead: add a \"sender\" block or --sender-json.")
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
        return render_letters(cases, args.template, lang=args.lang, office=sender.office, member=sender.member,
                              district=sender.district, caseworker=sender.caseworker,
                              today=args.date or dt.date.today(),
                              overrides_dir=args.overrides_dir or office_templates_dir())
    if action == "labels":
        if not 0 <= args.start < 30:
            raise UsageError("--start must be between 0 and 29.")
        return render_labels(cases, start=args.start)
    return render_summaries(cases, include_contact=args.include_contact)


def _run_from_cache(args: argparse.Namespace, action: str) -> int:
    args.server = server_default(args.server)
    from council_desk.sync.session import Session  # only when needed: keeps `letters` usable without sync

    passphrase = sys.stdin.readline().rstrip("\r\n") if args.passphrase_stdin else None
    session = Session(args.server, user=args.user, passphrase=passphrase)
    try:
        store = session.open_store()
        me = session.me or store.me()
        if me is None or session.audit is None:
            raise UsageError("This PC has no signed-in identity for that server yet: run `council-desk sync` "
                             "first.")
        cases = []
        for cid in args.case:
            case = store.case(cid)
            if case is None:
                raise UsageError("A complaint number given with --case is not in this PC's cache.")
            cases.append(case)
        # The office block IT set in the policy file wins over the server's, field by field.
        sender = Sender(policy.current().letterhead.apply(me.office), me.member, me.district, me.display_name)
        pdf = _render(args, action, cases, sender)
        fields: tuple[str, ...] = {"labels": LABEL_FIELDS, "summary": SUMMARY_FIELDS}.get(action, LETTER_FIELDS)
        if action == "summary" and args.include_contact:
            fields = fields + CONTACT_FIELDS
        audit = session.audit
        ids = [c.id for c in cases]

        def record() -> None:
            audit.record("export", actor=me.username, service_request_ids=ids, fields=fields,
                         disclosure_class="routine", reason=f"letters {action}", count=len(ids))

        release(pdf, atomic_file_writer(args.output), record)
        print(f"Wrote {len(cases)} case(s) to {args.output.name}.")
        return 0
    finally:
        session.close()
