"""`council-desk app` (also what `council-desk` with no arguments runs): the desktop app."""

from __future__ import annotations

import argparse

HELP = "start the desktop app (the default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", help="server address to show on the sign-in screen (remembered)")
    parser.add_argument(
        "--self-test",
        choices=("start", "main"),
        help="check this PC without a person: `start` shows the sign-in window and quits; "
        "`main` signs in through the browser, syncs, opens the main window and quits "
        "(docs/install.md)",
    )


def run(args: argparse.Namespace) -> int:
    # Qt is imported only when the app is really started, so other sub-commands stay light.
    from council_desk.ui.app import run_app
    from council_desk.ui.settings import SERVER_URL, Settings

    if getattr(args, "self_test", None):
        from council_desk.ui.selftest import run_self_test

        return run_self_test(args.self_test)
    if getattr(args, "server", None):
        from council_desk.ui.app import make_qapplication

        make_qapplication()
        Settings().set(SERVER_URL, args.server)
    return run_app()
