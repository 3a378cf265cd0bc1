"""Letter templates: data files `resources/letters/<template>/<lang>.json`, overridable per office.

A template holds `review_status` (`reviewed`, `machine-draft`, `needs-review`), a `subject`, a `greeting`, `body`
paragraphs and a `closing`, with merge fields like `{first_name}`. Per-language phrases shared by all templates
(the member's title, "Re:", status words) live in `resources/letters/_common/<lang>.json`.

Merging is deliberately not `str.format`: only plain `{name}` fields from MERGE_FIELDS are allowed (no attribute
or index access, no format specs), so an office's override file cannot reach into Python objects, and merge
values are inserted as plain characters wrapped in a first-strong isolate (U+2068 ... U+2069) so a complaint
number or a Latin name keeps its own direction inside an Arabic or Urdu sentence.
"""

from __future__ import annotations

import json
import logging
import os
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from council_desk.domain.errors import KnownError
from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.resources import resource_dir

log = logging.getLogger("council_desk.letters.templates")

TEMPLATE_DIR = resource_dir("letters")
TEMPLATE_NAMES = ("acknowledgement", "status_update", "agency_response", "closed_unresolved", "closing")
REVIEW_STATUSES = ("reviewed", "machine-draft", "needs-review")
MERGE_FIELDS = frozenset({
    "first_name", "last_name", "full_name", "complaint_number", "complaint_type", "address", "received_date",
    "agency", "status", "resolution", "member", "district", "office_phone", "caseworker", "today",
})
FSI, PDI = "\u2068", "\u2069"


class TemplateError(KnownError):
    """A template (shipped or an office override) is missing or malformed."""

    exit_code = 2


@dataclass(frozen=True)
class TemplateInfo:
    """What the caseworker sees before printing: which template, which language, how far it was reviewed."""

    name: str
    language: str
    review_status: str
    source: str  # "shipped" or "office"

    @property
    def needs_warning(self) -> bool:
        return self.review_status != "reviewed"


@dataclass(frozen=True)
class Template:
    info: TemplateInfo
    subject: str
    greeting: str
    body: tuple[str, ...]
    closing: str


def _path(root: Path, name: str, lang: str) -> Path:
    return root / name / f"{lang}.json"


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"The letter template file {path.name} in {path.parent.name} cannot be read.") from exc
    if not isinstance(data, dict):
        raise TemplateError(f"The letter template file {path.name} in {path.parent.name} is not a template.")
    return data


def _check_fields(text: str, where: str) -> None:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise TemplateError(f"The letter template {where} has a broken merge field.") from exc
    for _literal, field, spec, conv in parsed:
        if field is None:
            continue
        if field not in MERGE_FIELDS or spec or conv:
            raise TemplateError(f"The letter template {where} uses an unknown merge field {{{field[:40]}}}.")


def load(name: str, lang: str, overrides_dir: Path | None = None) -> Template:
    """The template `name` in `lang`; an office override (same layout under `overrides_dir`) wins."""
    if name not in TEMPLATE_NAMES and not (overrides_dir and _path(overrides_dir, name, lang).is_file()):
        raise TemplateError(f"There is no letter template called {name[:60]!r}.")
    if lang not in LANGUAGE_CODES:
        raise TemplateError(f"Letters cannot be printed in language {lang[:20]!r}.")
    source, path = "shipped", _path(TEMPLATE_DIR, name, lang)
    if overrides_dir is not None and _path(overrides_dir, name, lang).is_file():
        source, path = "office", _path(overrides_dir, name, lang)
    if not path.is_file():
        raise TemplateError(f"The letter template {name} has no {lang} version.")
    data = _read(path)
    where = f"{name}/{lang} ({source})"
    try:
        status = str(data["review_status"])
        parts = [str(data["subject"]), str(data["greeting"]), *map(str, data["body"]), str(data["closing"])]
    except (KeyError, TypeError) as exc:
        raise TemplateError(f"The letter template {where} is missing a part.") from exc
    if status not in REVIEW_STATUSES:
        raise TemplateError(f"The letter template {where} has an unknown review status.")
    for part in parts:
        _check_fields(part, where)
    return Template(TemplateInfo(name, lang, status, source), parts[0], parts[1], tuple(parts[2:-1]), parts[-1])


def common(lang: str) -> dict[str, str]:
    """Per-language phrases shared by all letters (titles, labels, status words)."""
    data = _read(TEMPLATE_DIR / "_common" / f"{lang}.json")
    return {str(k): str(v) for k, v in data.items()}


OFFICE_TEMPLATES_ENV = "COUNCIL_DESK_LETTER_TEMPLATES"


def office_templates_dir() -> Path | None:
    """The office's own template folder, if it has one: the office policy file's `template_folder` (IT's, for every
    PC), else `COUNCIL_DESK_LETTER_TEMPLATES`, else `letter-templates` in the app's data folder. Same layout as
    `resources/letters/`. A folder that is not there (a share that is offline) means the shipped templates."""
    from council_desk.policy import current

    managed = current().template_folder
    configured = os.environ.get(OFFICE_TEMPLATES_ENV)
    if managed is not None:
        if not managed.is_dir():
            log.warning("the policy file's template folder cannot be reached; the shipped templates are used")
        folder = managed
    elif configured:
        folder = Path(configured)
    else:
        import platformdirs  # only when no folder is configured

        folder = Path(platformdirs.user_data_dir("CouncilDesk", appauthor=False)) / "letter-templates"
    return folder if folder.is_dir() else None


def templates(overrides_dir: Path | None = None) -> list[TemplateInfo]:
    """Every template in every language with its review status (office overrides shown as such)."""
    out = []
    for name in TEMPLATE_NAMES:
        for lang in LANGUAGE_CODES:
            if _path(TEMPLATE_DIR, name, lang).is_file() or (
                overrides_dir is not None and _path(overrides_dir, name, lang).is_file()
            ):
                out.append(load(name, lang, overrides_dir).info)
    return out


def merge(text: str, values: dict[str, str], *, isolate: bool = True) -> str:
    """Fill `{field}`s with values as literal text. Values are never parsed again (no markup, no format)."""
    out: list[str] = []
    for literal, field, _spec, _conv in string.Formatter().parse(text):
        if literal.startswith(".") and out and out[-1].rstrip(PDI).endswith("."):
            literal = literal[1:]  # "... 2026 г." + "." : one full stop is enough
        out.append(literal)
        if field is not None:
            value = values.get(field, "")
            out.append(f"{FSI}{value}{PDI}" if isolate and value else value)
    return "".join(out)


def isolate(value: str) -> str:
    """`value` as one directional unit (first-strong isolate), for text placed into a letter outside templates."""
    return f"{FSI}{value}{PDI}" if value else value
