"""`council-desk cache info | verify | wipe`: look at, check or remove one cache, without personal data."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable
from pathlib import Path

from council_desk.audit.log import AuditLog
from council_desk.cache.errors import KeyringUnavailable, PassphraseRequired
from council_desk.cache.store import CaseStore
from council_desk.cache.unlock import CacheLocation, cache_exists, locate, unlock, wipe
from council_desk.domain.errors import KnownError
from council_desk.policy import server_default

HELP = "look at, verify or wipe the encrypted case cache on this PC"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("info", "verify", "wipe"))
    parser.add_argument("--server", help="the 311 access system URL (default: the office policy file's)")
    parser.add_argument("--user", required=True, help="your user name on that system")
    parser.add_argument("--yes", action="store_true", help="wipe without asking")
    parser.add_argument(
        "--passphrase-stdin", action="store_true", help="read the cache passphrase (no-keyring PCs) from stdin"
    )


def _passphrase(args: argparse.Namespace) -> str | None:
    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\n")
    if sys.stdin.isatty():
        return getpass.getpass("Cache passphrase: ")
    return None


def _open(args: argparse.Namespace) -> CaseStore:
    try:
        return unlock(args.server, args.user, create=False)
    except (KeyringUnavailable, PassphraseRequired):
        phrase = _passphrase(args)
        if not phrase:
            raise
        return unlock(args.server, args.user, passphrase=phrase, create=False)


def _size(loc_files: list[Path]) -> int:
    return sum(p.stat().st_size for p in loc_files if p.exists())


def info_lines(loc: CacheLocation, open_store: Callable[[], CaseStore]) -> list[str]:
    """What `cache info` prints (also put in the support bundle): counts and places, no case data."""
    if not cache_exists(loc):
        return [f"No case cache for this server and user on this PC (it would be in {loc.paths.folder})."]
    with open_store() as store:
        with store.reading() as conn:
            last = conn.execute("SELECT max(updated_at) FROM sync_state").fetchone()[0]
        return [
            f"Cache:          {loc.paths.db}",
            f"Size:           {_size([loc.paths.db, loc.paths.wal]) / 1_048_576:.1f} MiB",
            f"Key kept in:    {'system keyring' if loc.mode == 'keyring' else 'cache passphrase'}",
            f"Schema version: {store.schema_version()}",
            f"Cases:          {store.case_count()}",
            f"Unsent items:   {store.outbox_count()}",
            f"Last sync:      {dt.datetime.fromisoformat(last).astimezone():%Y-%m-%d %H:%M}"
            if last
            else "Last sync:      never",
        ]


def _info(args: argparse.Namespace) -> int:
    print("\n".join(info_lines(locate(args.server, args.user), lambda: _open(args))))
    return 0


def _verify(args: argparse.Namespace) -> int:
    with _open(args) as store:
        pages = store.verify()
        chain = AuditLog(store).verify()
    ok = not pages and chain.ok
    print(f"Encryption pages: {'intact' if not pages else f'{len(pages)} problem(s)'}")
    print(f"Audit log:        {'intact' if chain.ok else chain.problem} ({chain.checked} entries checked)")
    if not ok:
        print("The cache failed verification. Call support; do not delete it yourself.", file=sys.stderr)
        return 7
    return 0


def _wipe(args: argparse.Namespace) -> int:
    loc = locate(args.server, args.user)
    if not cache_exists(loc) and not loc.paths.fingerprint.exists():
        print("No case cache for this server and user on this PC; nothing to wipe.")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            print("Refusing to wipe without confirmation: add --yes.", file=sys.stderr)
            return 2
        answer = input("Delete the case cache and its key from this PC? Unsent work in it is lost. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was deleted.")
            return 0
    removed = wipe(args.server, args.user)
    print(f"Wiped: key removed from the keyring, {len(removed)} file(s) deleted.")
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        args.server = server_default(args.server)
        return {"info": _info, "verify": _verify, "wipe": _wipe}[args.action](args)
    except KnownError as exc:
        print(exc.user_message, file=sys.stderr)
        return exc.exit_code
    except FileNotFoundError:
        print("No case cache for this server and user on this PC.", file=sys.stderr)
        return 7
