"""`council-desk sync --server URL [--user NAME] [--passphrase-stdin]`: sign in if needed, sync, print a summary.

Every known failure prints one plain line to stderr and exits with the code of docs/INTERFACES.md; never a
traceback. Set COUNCIL_DESK_DEBUG=1 to see tracebacks of unexpected errors (bugs).
"""

from __future__ import annotations

import argparse
import sys
import threading

from council_desk.domain.errors import SignInRequired
from council_desk.logs import setup_logging
from council_desk.policy import server_default

from .engine import PAGE_LIMIT, SyncSummary
from .errors import DeviceRevoked
from .session import Session

HELP = "sign in if needed and sync this PC's case cache with the 311 access system"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--server",
        help="the 311 access system, e.g. https://access.example.gov (default: the "
        "one the office policy file sets)",
    )
    parser.add_argument("--user", default=None, help="your account name (default: the last one used on this PC)")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the cache passphrase from standard input (only on PCs without a system keyring)",
    )
    parser.add_argument("--no-sign-in", action="store_true", help="fail instead of opening a browser to sign in")
    parser.add_argument("--page-size", type=int, default=1000, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (never personal data)")


def _print_summary(s: SyncSummary) -> None:
    lines = [
        "Sync finished." + (" (full resync)" if s.full_resync else ""),
        f"  sent to 311:        {s.pushed}",
        f"  complaints updated: {s.pulled}",
        f"  complaints removed: {s.removed + s.purged_by_snapshot}",
        f"  follow-ups updated: {s.followups_pulled}",
        f"  records refused:    {s.refused}",
        f"  duration:           {s.duration_s:.1f} s",
    ]
    if s.unsent_lost:
        lines.append(
            f"  NOTE: {s.unsent_lost} unsent follow-up(s) could not be delivered: the complaint is no "
            "longer shared with your office."
        )
    if s.failed_push:
        lines.append(f"  NOTE: {s.failed_push} item(s) were refused by 311 and stay queued.")
    if s.refused:
        lines.append(
            "  NOTE: the server sent records this office may not hold; they were not stored. "
            "Tell your privacy officer."
        )
    lines += _privacy_lines(s)
    print("\n".join(lines))


def _privacy_lines(s: SyncSummary) -> list[str]:
    """What the privacy side of the sync found: the office's access ending, events not yet acknowledged, and
    for a supervisor the requests waiting and the new alerts (`council-desk privacy approvals|continuity`)."""
    lines = []
    if s.access_notice:
        lines.append(f"  NOTE: {s.access_notice}")
    if s.access_purged:
        lines.append(
            f"  NOTE: {s.access_purged} case(s) were removed from this PC: the office's access to them ended."
        )
    if s.audit_waiting:
        lines.append(
            f"  NOTE: {s.audit_waiting} disclosure record(s) are not yet acknowledged by 311; "
            "they are kept and sent again next sync."
        )
    if s.pending_approvals:
        lines.append(f"  approvals waiting for a decision: {s.pending_approvals} (council-desk privacy approvals)")
    if s.new_exigent or s.new_flags:
        lines.append(
            f"  NOTE for the privacy officer: {s.new_exigent} new exigent disclosure(s), "
            f"{s.new_flags} new finding(s) about the disclosure records "
            "(council-desk privacy log, privacy continuity)."
        )
    return lines


def run(args: argparse.Namespace) -> int:
    # Default: only the one plain line per failure (the log file has the rest); -v also shows the
    # (content-free) log of what happened on the console.
    setup_logging(console=args.verbose)
    # Known failures and bugs are turned into one plain line by `council_desk.cli.guarded`.
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    passphrase = None
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\r\n")

    def show_url(url: str) -> None:
        print(
            "Signing in: your web browser should open. If it does not, open this address yourself:\n  " + url,
            file=sys.stderr,
        )

    session = Session(server_default(args.server), user=args.user, passphrase=passphrase, show_url=show_url)
    try:
        if not session.signed_in():
            if args.no_sign_in:
                raise SignInRequired()
            session.sign_in(args.user)
        cancel = threading.Event()
        page = args.page_size if args.page_size > 0 else PAGE_LIMIT
        try:
            summary = _sync(session, cancel, page)
        except SignInRequired as exc:
            if isinstance(exc, DeviceRevoked) or args.no_sign_in:
                raise
            session.sign_in(args.user)  # the refresh token was refused or expired: one fresh sign-in
            summary = _sync(session, cancel, page)
        _print_summary(summary)
        return 0
    finally:
        session.close()


def _sync(session: Session, cancel: threading.Event, page: int) -> SyncSummary:
    session.page_limit = page
    return session.sync(cancel=cancel)
