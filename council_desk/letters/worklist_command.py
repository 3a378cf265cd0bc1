"""`council-desk worklist`: the office's worklist without the app, for scripts and support staff (issue 14).

    council-desk worklist --server URL [--user NAME] --view mine|unassigned|overdue|closed-open|all
                          [--format csv|pdf] -o FILE [--passphrase-stdin] [--pin-stdin]

It reads this PC's encrypted cache as the last sync left it (it works offline; run `council-desk sync` first for
the latest), writes the audit event first and only then the file (atomically), and prints one line. No contact
detail is ever in a worklist (letters/worklist.py). Known failures: one plain line and the exit codes of
docs/INTERFACES.md (2 a bad option or no identity on this PC yet, 6 keyring, 7 cache, 8 not saved).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from council_desk.domain.errors import NotSaved, UsageError
from council_desk.letters.cache_access import add_account_arguments, from_cache
from council_desk.letters.release import atomic_file_writer, release
from council_desk.letters.worklist import render_worklist, worklist_csv, worklist_events, worklist_rows

HELP = "write the office's worklist (a view of the cases, no contact details) as CSV or PDF"
VIEWS = ("mine", "unassigned", "overdue", "closed-open", "all")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_account_arguments(parser, server_help="the 311 access system whose cache to read (default: the policy's)")
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default="mine",
        help="which cases: assigned to you, to nobody, with an overdue reminder, closed by the "
        "agency but open in the office, or all (default: mine)",
    )
    parser.add_argument("--format", choices=("csv", "pdf"), help="default: from the file name's extension")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the file to write")


def run(args: argparse.Namespace) -> int:
    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if fmt not in ("csv", "pdf"):
        raise UsageError("Say --format csv or --format pdf, or name the file .csv or .pdf.")
    from council_desk.cache.views import BUILTIN_NAMES, view_query

    with from_cache(args) as (_session, store, me, audit):
        today = dt.date.today()
        ids = store.list_ids(view_query(args.view, me.username))
        found = store.rows(ids)
        names = {m.username: m.display_name for m in me.staff}
        rows = worklist_rows([found[i] for i in ids if i in found], today, names)
        label = BUILTIN_NAMES[args.view]
        if fmt == "csv":
            data = worklist_csv(rows)
        else:
            data = render_worklist(
                rows, title=f"Worklist: {label}", office=me.office.name, generated=dt.datetime.now(), today=today
            )
        ids = [r.service_request_id for r in rows]

        # Checked (the roles table) before anything is written; recorded before the file exists.
        events = worklist_events(
            ids, action="export", actor=me.username, roles=me.roles, reason=f"worklist {args.view} {fmt}"
        )

        def record() -> None:
            for event in events:
                audit.record(**event)

        if fmt == "pdf":
            release(data, atomic_file_writer(args.output), record)
        else:  # the same order for the CSV: the audit event first, then the file (atomically)
            record()
            try:
                atomic_file_writer(args.output)(data)
            except NotSaved as exc:
                raise NotSaved(exc.user_message.replace("The PDF", "The worklist")) from None
        print(f'Wrote the worklist "{label}": {len(rows)} case(s) to {args.output.name}.')
        return 0
