"""How a command gets at this PC's cases: `letters --case`, `worklist` and `privacy` name the account the same way
(`--server`, `--user`, `--passphrase-stdin`, `--pin-stdin`) and prove who is at the keyboard the same way the
app's lock does (`Session.prove`), so a terminal is no way round a locked, unattended PC.

The proof, in order: the cache passphrase where the cache is locked with one; else the unlock PIN or passphrase
(from standard input with `--pin-stdin`, or asked for when a person is at a terminal; wrong tries count with the
app's); else a fresh sign-in through the browser. Secrets are read from standard input, never from an argument,
so they stay out of the shell's history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from council_desk.domain.errors import UsageError
from council_desk.policy import server_default

if TYPE_CHECKING:
    from council_desk.api.models import Me
    from council_desk.audit.log import AuditLog
    from council_desk.cache.store import CaseStore
    from council_desk.sync.session import Session

__all__ = ["FromCache", "add_account_arguments", "from_cache", "proven_session"]

PIN_PROMPT = "Your Council Desk unlock PIN or passphrase (leave empty to sign in with the browser instead): "


def add_account_arguments(p: argparse.ArgumentParser, *, server_help: str) -> None:
    p.add_argument("--server", help=server_help)
    p.add_argument("--user", help="your account name (default: the last one used on this PC)")
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the cache passphrase from standard input (PCs without a keyring)",
    )
    p.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read your unlock PIN or passphrase from standard input (after the cache passphrase, if both); "
        "without it you are asked at a terminal, or sign in with the browser",
    )


def _secrets(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """(cache passphrase, unlock PIN) as given: one line each from standard input, in that order."""
    passphrase = sys.stdin.readline().rstrip("\r\n") if args.passphrase_stdin else None
    if getattr(args, "pin_stdin", False):
        pin: str | None = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin is not None and sys.stdin.isatty():
        pin = getpass.getpass(PIN_PROMPT) or None
    else:
        pin = None  # a script with no PIN given: the browser is the proof
    return passphrase, pin


@contextmanager
def proven_session(args: argparse.Namespace) -> Iterator[tuple[Session, Me]]:
    """A session for the account `args` name, once whoever is here has proved who they are; closed however the
    command ends."""
    from council_desk.sync.session import Session  # only when needed: keeps `letters` usable without sync

    args.server = server_default(args.server)
    passphrase, pin = _secrets(args)
    session = Session(args.server, user=args.user, passphrase=passphrase)
    try:
        me = session.prove(pin)
        yield session, me
    finally:
        session.close()


class FromCache(NamedTuple):
    """What a command working from this PC's cache holds: the session, its open store, who proved who they are,
    and the audit log its outputs are recorded in."""

    session: Session
    store: CaseStore
    me: Me
    audit: AuditLog


@contextmanager
def from_cache(args: argparse.Namespace) -> Iterator[FromCache]:
    """The cache named by `args`, opened after the proof, for `letters --case` and `worklist`."""
    with proven_session(args) as (session, me):
        store = session.open_store()
        if session.audit is None:
            raise UsageError(
                "This PC has no signed-in identity for that server yet: run `council-desk sync` first."
            )
        yield FromCache(session, store, me, session.audit)
