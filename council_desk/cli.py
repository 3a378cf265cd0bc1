"""`council-desk` command line: the app by default, plus headless sub-commands for scripts and support staff.

Each sub-command lives beside the code it drives and registers itself here by module path, so importing the CLI
stays cheap (no Qt, no reportlab) until a command is chosen.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# name -> module exposing `add_arguments(parser)`, `run(args) -> int` and a one-line `HELP`.
COMMANDS: dict[str, str] = {
    "app": "council_desk.ui.commands",
    "demo": "council_desk.ui.demo",
    "sync": "council_desk.sync.commands",
    "cache": "council_desk.cache.commands",
    "letters": "council_desk.letters.commands",
}


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


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
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
    return int(args._module.run(args))


if __name__ == "__main__":
    sys.exit(main())
