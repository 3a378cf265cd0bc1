"""Review status of the letters' data files (templates, per-language phrases, glossary), shared by all of them.

Every translated file says how far a person has checked it: `machine-draft` (written without a qualified
translator), `needs-review` (someone flagged it), or `reviewed`. A reviewer marks a file reviewed by editing it:
`"review_status": "reviewed"`, `"reviewed_by": "<name>"`, `"reviewed_on": "YYYY-MM-DD"`. A file that says
`reviewed` without a name and a date is refused: the status is what the app shows before anything is printed, so
it must say who vouched for the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from council_desk.domain.errors import KnownError
from council_desk.resources import resource_dir

LETTERS_DIR = resource_dir("letters")  # in the checkout and inside the frozen bundle
# Best first: a letter is as reviewed as the least reviewed file it used.
REVIEW_STATUSES = ("reviewed", "machine-draft", "needs-review")


class TemplateError(KnownError):
    """A letter data file (a template, a glossary; shipped or an office override) is missing or malformed."""

    exit_code = 2


@dataclass(frozen=True)
class Review:
    """The review status of one data file (`what` names it: "template acknowledgement", "glossary agencies")."""

    what: str
    status: str
    source: str  # "shipped" or "office"
    reviewed_by: str = ""
    reviewed_on: str = ""

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"

    def describe(self) -> str:
        who = f" by {self.reviewed_by} on {self.reviewed_on}" if self.reviewed else ""
        office = " (office copy)" if self.source == "office" else ""
        return f"{self.what}{office}: {self.status}{who}"


def parse_review(data: dict[str, Any], what: str, where: str, source: str) -> Review:
    """The review fields of a data file; raises TemplateError for an unknown status or an unsigned review."""
    status = str(data.get("review_status", ""))
    if status not in REVIEW_STATUSES:
        raise TemplateError(f"The letter file {where} has an unknown review status.")
    by = str(data.get("reviewed_by") or "").strip()
    on = str(data.get("reviewed_on") or "").strip()
    if status == "reviewed":
        try:
            dt.date.fromisoformat(on)
        except ValueError:
            on = ""
        if not by or not on:
            raise TemplateError(
                f"The letter file {where} is marked reviewed but does not say who reviewed it and "
                "when (reviewed_by, and reviewed_on as YYYY-MM-DD)."
            )
    return Review(what, status, source, by, on)


def worst(statuses: Iterable[str]) -> str:
    """The least reviewed of `statuses` ("reviewed" if there are none)."""
    return max(statuses, key=REVIEW_STATUSES.index, default="reviewed")
