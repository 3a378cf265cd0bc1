"""`council-desk sign-out [--server URL] [--user NAME] [--remove-data] [--all] [--yes]`: what the app's sign-out
does, for IT and for the uninstaller.

`--remove-data` is "remove data from this PC": the cache key leaves the keyring, then the cache files are
deleted (`Session.sign_out(remove_data=True)`, the same code the app runs). `--all --remove-data --yes` does it
for every account this PC's keyring lists and then deletes any cache folder left over: the Windows uninstaller
runs exactly that when the caseworker says yes to "remove this PC's case data". The sign-in is revoked at the
server when it answers within a few seconds, and forgotten locally either way.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

from council_desk.cache import vault
from council_desk.cache.errors import KeyringProblem
from council_desk.cache.unlock import wipe_leftovers
from council_desk.domain.errors import UsageError
from council_desk.policy import PolicyFileProblem, current, server_default

from .http import RetryPolicy, Timeouts
from .session import Session
from .tokens import remembered_user

HELP = "sign out on this PC, optionally removing its case data (--all: every account, for uninstalling)"

# An uninstaller must not hang on a server that is down: one short try to revoke, then the local part.
_QUICK = Timeouts(connect_s=3.0, read_s=5.0, deadline_s=8.0, page_deadline_s=8.0)
_ONCE = RetryPolicy(attempts=1)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", help="the 311 access system (default: the office policy file's)")
    parser.add_argument("--user", help="the account (default: the last one used with that server on this PC)")
    parser.add_argument("--all", action="store_true", help="every account on this PC (for this OS user)")
    parser.add_argument(
        "--remove-data",
        action="store_true",
        help="also remove the case cache and its key from this PC (unsent work in it is lost)",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask before removing data")


def _accounts(args: argparse.Namespace) -> list[tuple[str, str]]:
    if not args.all:
        server = server_default(args.server)
        user = args.user or remembered_user(server)
        return [(server, user)] if user else []
    return accounts_on_this_pc()


def accounts_on_this_pc() -> list[tuple[str, str]]:
    """Every (server, user) this PC holds anything for: the keyring's list of caches, and the policy server's
    remembered account (signed in, but its cache kept with a passphrase). Also used by the support bundle."""
    found: list[tuple[str, str]] = []
    # A keyring that cannot be read: the files still go (wipe_leftovers), and the policy's account below.
    with contextlib.suppress(KeyringProblem):
        found += vault.known_accounts()
    try:
        policy_server = current().server
    except PolicyFileProblem:
        policy_server = None  # the support bundle reports the file's problem itself
    if policy_server:
        user = remembered_user(policy_server)
        if user:
            found.append((policy_server, user))
    seen: set[tuple[str, str]] = set()
    out = []
    for server, user in found:
        key = (server.rstrip("/").lower(), user)
        if key not in seen:
            seen.add(key)
            out.append((server, user))
    return out


def _confirmed(args: argparse.Namespace, how_many: int) -> bool:
    if not args.remove_data or args.yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("Refusing to remove case data without confirmation: add --yes.")
    what = "every account's case data" if args.all else "this account's case data"
    answer = input(f"Remove {what} from this PC ({how_many} account(s))? Unsent work is lost. [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    if args.all and (args.server or args.user):
        raise UsageError("--all takes every account on this PC: leave out --server and --user.")
    accounts = _accounts(args)
    if not _confirmed(args, len(accounts)):
        print("Nothing was changed.")
        return 0
    for server, user in accounts:
        session = Session(server, user=user, timeouts=_QUICK, retry=_ONCE)
        try:
            session.sign_out(remove_data=args.remove_data)
        finally:
            session.close()
    leftovers = wipe_leftovers() if args.all and args.remove_data else 0
    line = f"Signed out {len(accounts)} account(s)"
    if args.remove_data:
        line += (
            f" and removed their case data from this PC (and {leftovers} other cache folder(s))"
            if args.all
            else " and removed its case data from this PC"
        )
    print(line + ".")
    return 0
