"""The sync's page-parsing process: `python -m council_desk.sync.pageworker`, started by `pages.PageParser`.

Reads (page bytes, district) frames on stdin. For each, it answers on stdout ("cursor", (next cursor, has more))
as soon as the envelope is checked, so the sync can fetch the next page meanwhile, then ("page", ParsedPage);
or, instead of either, ("rejected", note) or ("error", the exception's type name). It never logs or prints a
record: a page it cannot parse is described only by the kind of fault. It exits at the end of its input, or with
the sync's process.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import sys


def _end_with_parent() -> None:
    # Linux ties the signal to the parent *thread* that started this process: the thread running the pull (or
    # its prefetch thread), which outlives the pull; the pull itself ends the worker when it is done with it.
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def main() -> int:
    _end_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the sync's to handle
    # The answers go to a private copy of stdout; anything else printing to stdout lands on stderr instead, so
    # no stray text can break a frame.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    source = sys.stdin.buffer
    # Each page's records are freed by reference counting; the collector would only re-walk them (engine.py).
    gc.set_threshold(50_000, 50, 100)

    from council_desk.sync.pages import PageRejected, parse_changes, parse_envelope, read_frame, write_frame

    while True:
        try:
            body, district = read_frame(source)
        except EOFError:
            return 0
        try:
            try:
                envelope = parse_envelope(body)
                write_frame(out, ("cursor", (envelope.next_cursor, envelope.has_more)))
                answer: tuple[str, object] = ("page", parse_changes(envelope, district).to_plain())
            except PageRejected as exc:
                answer = ("rejected", exc.note)
            except OSError:
                raise
            except Exception as exc:  # reported by kind only: its message could quote a record
                answer = ("error", type(exc).__name__)
            write_frame(out, answer)
        except OSError:  # the sync closed its end (it stopped wanting answers): nothing to report, to no one
            return 0


if __name__ == "__main__":
    sys.exit(main())
