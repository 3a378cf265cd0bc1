"""Case letters, case summaries and mailing labels (reportlab + harfbuzz; Qt-free).

Public API (docs/INTERFACES.md "Letters"): `render_letters`, `render_summaries`, `render_labels`, `templates`,
`release`. See docs/letters.md.

Deviations from docs/INTERFACES.md (all additive):
- `render_letters(..., overrides_dir=None)`: the office's template folder (the brief asks for it).
- `render_labels(cases, *, start=0)` (labels already used on the first sheet); `render_summaries(cases, *,
  include_contact=False)` takes no sender (summaries are office-internal, no letterhead).
- `release()` refuses bytes that are not a PDF (ValueError) before auditing; `atomic_file_writer(path)` is the
  `write` callable for files (temporary file + fsync + rename, no partial file on failure).
- CLI `--case ID` also needs `--server URL` (and optionally `--user`): the cache file is per (server, user).
- Right-to-left text is resolved by our own small UAX #9 subset (`bidi.py`), because reportlab's RTL support needs
  the optional `rlbidi` package, which is not a dependency.
"""

from __future__ import annotations

from council_desk.letters.release import atomic_file_writer, release
from council_desk.letters.render import render_labels, render_letters, render_summaries
from council_desk.letters.templates import TemplateError, TemplateInfo, templates

__all__ = [
    "TemplateError",
    "TemplateInfo",
    "atomic_file_writer",
    "release",
    "render_labels",
    "render_letters",
    "render_summaries",
    "templates",
]
