"""Case letters, case summaries and mailing labels (reportlab + harfbuzz; Qt-free).

Public API (docs/INTERFACES.md "Letters"): `render_letters`, `render_summaries`, `render_labels`, `templates`,
`release`. See docs/letters.md.
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
