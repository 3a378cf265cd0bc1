"""`council-desk` command line: the app by default, plus headless sub-commands for scripts and support staff.

Each sub-command lives beside the code it drives and registers itself here by module path, so importing the CLI
stays cheap (no Qt, no reportlab) until a command is chosen.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from council_desk import __version__
from council_desk.domain.errors import KnownError
from council_desk.resources import frozen

EXIT_BUG = 70  # EX_SOFTWARE: not a known failure


def guarded(command: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a sub-command: a known failure is one plain line and its exit code, never a traceback; a bug names only
    its type (an unexpected error's message could hold personal data). COUNCIL_DESK_DEBUG=1 shows the traceback."""
    try:
        return int(command(args))
    except KnownError as exc:
        print(f"council-desk: {exc.user_message}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("council-desk: cancelled.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("COUNCIL_DESK_DEBUG"):
            raise
        print(
            f"council-desk: unexpected error ({type(exc).__name__}); run with COUNCIL_DESK_DEBUG=1 for details.",
            file=sys.stderr,
        )
        return EXIT_BUG


# name -> module exposing `add_arguments(parser)`, `run(args) -> int` and a one-line `HELP`.
COMMANDS: dict[str, str] = {
    "app": "council_desk.ui.commands",
    "demo": "council_desk.ui.demo",
    "sync": "council_desk.sync.commands",
    "cache": "council_desk.cache.commands",
    "letters": "council_desk.letters.commands",
    "privacy": "council_desk.letters.privacy_commands",
    "worklist": "council_desk.letters.worklist_command",
    "sign-out": "council_desk.sync.signout",
    "support-bundle": "council_desk.ui.support",
}
# The app shows a bad policy file in a window (a GUI start has no console); the support bundle records it, so IT
# can still collect one from a PC whose policy file is broken. Every other command stops on it at once.
_POLICY_CHECKED_ELSEWHERE = frozenset({"app", "support-bundle"})


def _available() -> dict[str, object]:
    found: dict[str, object] = {}
    for name, module_path in COMMANDS.items():
        try:
            found[name] = importlib.import_module(module_path)
        except ModuleNotFoundError as exc:
            # Only "this command is not built yet"; a missing dependency inside a command is a real error.
            if exc.name != module_path:
                raise
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="council-desk", description="Council Desk: consented 311 complaints.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in _available().items():
        p = sub.add_parser(name, help=getattr(module, "HELP", name))
        module.add_arguments(p)  # type: ignore[attr-defined]
        p.set_defaults(_module=module)
    return parser


# The sync's page-parsing process in a frozen app (sync/pages.py: `worker_command`); not listed in the help.
_PAGE_WORKER = "_page-worker"


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == [_PAGE_WORKER]:
        # Before any logging is set up: the worker reads pages of personal data and writes nothing anywhere.
        from council_desk.sync import pageworker

        return pageworker.main()
    from council_desk.logs import setup_logging

    setup_logging()
    parser = build_parser()
    if not args_list:
        if "app" in COMMANDS and "app" in _available():
            args_list = ["app"]
        else:
            parser.print_help()
            return 0
    args = parser.parse_args(args_list)
    if not getattr(args, "_module", None):
        parser.print_help()
        return 2
    logging.getLogger("council_desk.cli").info(
        "council-desk %s: %s (%s)", __version__, args.command, "frozen" if frozen() else "source"
    )
    return guarded(_checked(args._module.run, args.command), args)


def _checked(run: Callable[[argparse.Namespace], int], command: str) -> Callable[[argparse.Namespace], int]:
    """The command, after the office policy file is read: a bad one stops it with its plain message."""

    def start(args: argparse.Namespace) -> int:
        if command not in _POLICY_CHECKED_ELSEWHERE:
            from council_desk import policy

            policy.current()
        return run(args)

    return start


if __name__ == "__main__":
    sys.exit(main())
