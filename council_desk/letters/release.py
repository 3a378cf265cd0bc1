"""Releasing a PDF: the disclosure is audited first, and nothing leaves the program if the audit fails.

"Released" means written to a file, handed to a printer or to a preview another program could read. The caller
passes the two steps as callables so the UI (QPrinter, preview) and the CLI (a file) share the same rule.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from council_desk.domain.errors import NotSaved


def release(
    pdf: bytes, write: Callable[[bytes], None], audit: Callable[[], None], *, pdf_only: bool = True
) -> None:
    """Record the disclosure (`audit`), then hand the bytes to `write`. If `audit` raises, `write` is never
    called and the exception propagates unchanged (e.g. `AuditWriteFailed`). `pdf_only=False` for the other
    outputs of the disclosure vocabulary (a CSV export)."""
    if pdf_only and not pdf.startswith(b"%PDF-"):
        raise ValueError("release() expects PDF bytes")
    audit()
    write(pdf)


def atomic_file_writer(path: Path) -> Callable[[bytes], None]:
    """A `write` callable that puts the bytes at `path` atomically: a temporary file in the same folder,
    flushed to disk, then renamed over the destination; on any failure no partial file is left behind."""

    def write(data: bytes) -> None:
        folder = path.parent if str(path.parent) else Path(".")
        try:
            fd, tmp = tempfile.mkstemp(prefix=".council-desk-", suffix=".part", dir=folder)
        except OSError as exc:
            raise NotSaved(f"The PDF was NOT saved: the folder {folder.name or '.'} cannot be written.") from exc
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise NotSaved("The PDF was NOT saved: the disk is full or the file cannot be written.") from exc
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    return write
