"""The support log: one rotating file in the user's log folder, set up by `setup_logging()` and nowhere else.

Every subsystem already logs to its own `council_desk.<part>` logger, and those lines name kinds and counts, never
values: no names, addresses, complaint text, tokens or keys. This module adds two more guards:
- Only the `council_desk` loggers reach the file (the handler sits on that logger, not on the root). Libraries
  log to their own loggers, and some of their lines hold values (urllib3 logs request paths, which carry cursors
  and one-time codes). Our records still propagate to the root, so pytest's log capture sees them.
- An exception is written as its type and where it was raised (file, line, function), never its message or the
  values in its frames: a message can quote a record (a validation error quotes the field it refused).

The folder: `COUNCIL_DESK_DATA_DIR/logs` when that is set (tests, the demo), else platformdirs' user log folder
(Windows `%LOCALAPPDATA%\\CouncilDesk\\Logs`, Linux `~/.local/state/CouncilDesk/log`, macOS
`~/Library/Logs/CouncilDesk`). Logging is best effort: a folder that cannot be written costs the log, not the app.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

import platformdirs

__all__ = ["LOG_NAME", "log_dir", "log_file", "setup_logging"]

LOG_NAME = "council-desk.log"
LOG_DIR_ENV = "COUNCIL_DESK_LOG_DIR"  # tests: never the real home's log folder
MAX_BYTES = 1_000_000
BACKUPS = 3  # four files of at most 1 MB: weeks of a normal office's use
_PACKAGE_LOGGER = "council_desk"
_MARK = "_council_desk_handler"  # set on the handlers made here, so a second call adds none twice

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def log_dir() -> Path:
    explicit = os.environ.get(LOG_DIR_ENV)
    if explicit:
        return Path(explicit)
    override = os.environ.get("COUNCIL_DESK_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir("CouncilDesk", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


class _Formatter(logging.Formatter):
    """Plain lines; exceptions by type and place only."""

    def formatException(self, ei: ExcInfo) -> str:
        exc_type, _exc, tb = ei
        frames = traceback.extract_tb(tb) if tb is not None else []
        where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-8:]))
        return f"  {exc_type.__name__ if exc_type else 'exception'} at {where or '?'}"

    def formatStack(self, stack_info: str) -> str:
        return ""  # stack_info=True is not used here; never let one print source lines with values


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """Two processes (the app and a CLI command) can share the file; a failed write or rotation is dropped
    rather than printed on the console as logging's "--- Logging error ---" report."""

    def handleError(self, record: logging.LogRecord) -> None:
        return None


def _ours(logger: logging.Logger, kind: str) -> logging.Handler | None:
    return next((h for h in logger.handlers if getattr(h, _MARK, None) == kind), None)


def setup_logging(*, console: bool = False, level: int = logging.INFO) -> Path | None:
    """Send the `council_desk` loggers to the rotating file (once per process) and, with `console`, to stderr
    too. Returns the log file, or None when it cannot be written."""
    logger = logging.getLogger(_PACKAGE_LOGGER)
    logger.setLevel(level)
    root = logging.getLogger()
    if not root.handlers:
        # Without any handler, Python prints WARNING lines on stderr by itself ("last resort"): a CLI command's
        # output is its own plain lines, and the log file has the rest.
        quiet = logging.NullHandler()
        setattr(quiet, _MARK, "root")
        root.addHandler(quiet)
    fmt = _Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    wanted = log_file()
    path: Path | None = wanted
    existing = _ours(logger, "file")
    if existing is not None and getattr(existing, "baseFilename", None) != os.path.abspath(wanted):
        # The log folder changed (tests, the demo set COUNCIL_DESK_DATA_DIR): follow it.
        logger.removeHandler(existing)
        existing.close()
        existing = None
    if existing is None:
        handler: logging.Handler
        try:
            wanted.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = _QuietRotatingHandler(wanted, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            handler.setFormatter(fmt)
        except OSError:
            handler = logging.NullHandler()  # no log rather than no app
            path = None
        setattr(handler, _MARK, "file")
        logger.addHandler(handler)
    if console and _ours(logger, "console") is None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(_Formatter("%(levelname)s %(name)s: %(message)s"))
        setattr(stream, _MARK, "console")
        logger.addHandler(stream)
    return path
