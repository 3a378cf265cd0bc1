"""Letter templates: data files `resources/letters/<template>/<lang>.json`, overridable per office.

A template holds its review status (`review_status`, and `reviewed_by` / `reviewed_on` once a person checked it;
see `review.py`), a `subject`, a `greeting`, `body` paragraphs and a `closing` (lines separated by a newline: the
Chinese closing is two lines), with merge fields like `{first_name}`. Per-language phrases shared by all templates
(the member's title, "Re:", status words, how an agency is named, grammar data) live in
`resources/letters/_common/<lang>.json`. Agency names and complaint types come from the glossary (`glossary.py`),
whose files have their own review status: the status of a letter is that of the least reviewed file it used.

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
from functools import lru_cache
from pathlib import Path
from typing import Any

from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters import glossary
from council_desk.letters.grammar import KOREAN_MARKERS, Grammar, leading_marker
from council_desk.letters.review import LETTERS_DIR, REVIEW_STATUSES, Review, TemplateError, parse_review, worst

log = logging.getLogger("council_desk.letters.templates")

TEMPLATE_DIR = LETTERS_DIR
TEMPLATE_NAMES = ("acknowledgement", "status_update", "agency_response", "closed_unresolved", "closing")
__all__ = [
    "REVIEW_STATUSES",
    "TEMPLATE_DIR",
    "TEMPLATE_NAMES",
    "TemplateError",
    "TemplateInfo",
    "load",
    "merge",
    "templates",
]
MERGE_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "full_name",
        "complaint_number",
        "complaint_type",
        "address",
        "received_date",
        "agency",
        "status",
        "resolution",
        "member",
        "district",
        "office_phone",
        "caseworker",
        "today",
    }
)
FSI, PDI = "\u2068", "\u2069"


@dataclass(frozen=True)
class TemplateInfo:
    """What the caseworker sees before printing: which template, which language, how far it was reviewed.

    `review_status` is the least reviewed of the template and the glossary files a letter in this language uses
    (`reviews` lists each); `source` is the template's ("shipped" or "office")."""

    name: str
    language: str
    review_status: str
    source: str
    reviews: tuple[Review, ...] = ()

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
        stat = path.stat()
    except OSError as exc:
        raise TemplateError(f"The letter template file {path.name} in {path.parent.name} cannot be read.") from exc
    return dict(_parse(str(path), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=256)
def _parse(file: str, _mtime: int, _size: int) -> dict[str, Any]:
    # Cached per file version (mtime and size in the key): a batch of letters reads each file once, and an edit
    # (a reviewer signing a file off) is seen by the next letter. Callers get a copy.
    path = Path(file)
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
        parts = [str(data["subject"]), str(data["greeting"]), *map(str, data["body"]), str(data["closing"])]
    except (KeyError, TypeError) as exc:
        raise TemplateError(f"The letter template {where} is missing a part.") from exc
    review = parse_review(data, f"template {name}", where, source)
    for part in parts:
        _check_fields(part, where)
        if lang == "ko":
            _check_particles(part, where, grammar(lang, overrides_dir))
    reviews = (review, *phrases_reviews(lang, overrides_dir))
    info = TemplateInfo(name, lang, worst(r.status for r in reviews), source, reviews)
    return Template(info, parts[0], parts[1], tuple(parts[2:-1]), parts[-1])


def _check_particles(text: str, where: str, rules: Grammar) -> None:
    """A Korean particle marker ("을(를)") may follow only a field whose value is Korean when the glossary has it
    and has a noun to fall back on (grammar.py): never a name, a number or an address, whose reading is unknown."""
    prev_field: str | None = None
    for literal, field, _spec, _conv in string.Formatter().parse(text):
        marker = leading_marker(literal)
        if marker is not None and (prev_field is None or prev_field not in rules.particle_nouns):
            raise TemplateError(
                f"The letter template {where} puts the particle {marker} after "
                f"{'{' + prev_field + '}' if prev_field else 'fixed text'}; write the particle "
                "itself, or rephrase so that no particle follows a name or a number."
            )
        for m in KOREAN_MARKERS:
            if m in literal[len(marker or "") :]:
                raise TemplateError(f"The letter template {where} prints the undecided particle {m}.")
        prev_field = field


REVIEW_FIELDS = frozenset({"review_status", "reviewed_by", "reviewed_on"})


def common(lang: str, overrides_dir: Path | None = None) -> dict[str, str]:
    """Per-language phrases shared by all letters (titles, labels, status words, agency name patterns).

    An office's `_common/<lang>.json` wins phrase by phrase over the shipped one."""
    return {
        str(k): v
        for k, v in _common_data(lang, overrides_dir).items()
        if isinstance(v, str) and k not in REVIEW_FIELDS
    }


def grammar(lang: str, overrides_dir: Path | None = None) -> Grammar:
    """The seam rules of `lang` (contractions, Korean particle nouns), from its `_common` file."""
    data = _common_data(lang, overrides_dir)
    try:
        contractions = tuple((str(a), str(b), str(c)) for a, b, c in data.get("contractions", []))
        nouns = {str(k): str(v) for k, v in dict(data.get("particle_nouns", {})).items()}
    except (TypeError, ValueError) as exc:
        raise TemplateError(f"The letter phrases file _common/{lang}.json has malformed grammar data.") from exc
    return Grammar(lang, contractions, nouns)


def _common_files(lang: str, overrides_dir: Path | None) -> list[tuple[str, dict[str, Any]]]:
    """(source, data) of the phrase files for `lang`: the shipped one, then the office's if it has one."""
    if lang not in LANGUAGE_CODES:
        raise TemplateError(f"Letters cannot be printed in language {lang[:20]!r}.")
    out = [("shipped", _read(TEMPLATE_DIR / "_common" / f"{lang}.json"))]
    if overrides_dir is not None and (overrides_dir / "_common" / f"{lang}.json").is_file():
        out.append(("office", _read(overrides_dir / "_common" / f"{lang}.json")))
    return out


def _common_data(lang: str, overrides_dir: Path | None = None) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for _source, data in _common_files(lang, overrides_dir):
        merged.update(data)
    return merged


def phrases_reviews(lang: str, overrides_dir: Path | None = None) -> tuple[Review, ...]:
    """The review of the phrase files a letter in `lang` uses: the office's alone if it has every phrase of the
    shipped file, else both (the phrases it lacks still come from the shipped file)."""
    files = _common_files(lang, overrides_dir)
    reviews = [parse_review(data, "phrases", f"_common/{lang}.json ({source})", source) for source, data in files]
    if len(files) == 2 and set(files[0][1]) - REVIEW_FIELDS <= set(files[1][1]):
        return (reviews[1],)
    return tuple(reviews)


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


def with_glossary(info: TemplateInfo, overrides_dir: Path | None = None) -> TemplateInfo:
    """`info` with the glossary files of its language counted in its review status."""
    parts = (*info.reviews, *glossary.reviews(info.language, overrides_dir))
    return TemplateInfo(info.name, info.language, worst(r.status for r in parts), info.source, parts)


def templates(overrides_dir: Path | None = None) -> list[TemplateInfo]:
    """Every template in every language with the review status of a letter made from it: the least reviewed of
    the template and the glossary files of its language (office overrides shown as such)."""
    out = []
    for name in TEMPLATE_NAMES:
        for lang in LANGUAGE_CODES:
            if _path(TEMPLATE_DIR, name, lang).is_file() or (
                overrides_dir is not None and _path(overrides_dir, name, lang).is_file()
            ):
                out.append(with_glossary(load(name, lang, overrides_dir).info, overrides_dir))
    return out


def merge(text: str, values: dict[str, str], *, isolate: bool = True, rules: Grammar | None = None) -> str:
    """Fill `{field}`s with values as literal text. Values are never parsed again (no markup, no format).

    With `rules`, the words at each seam follow the language's grammar (grammar.py): contractions, a capital
    when a value opens the paragraph, Korean particles."""
    out: list[str] = []
    prev: tuple[str, str] | None = None  # the field just merged and its value
    for literal, field, _spec, _conv in string.Formatter().parse(text):
        if literal.startswith(".") and out and out[-1].rstrip(PDI).endswith("."):
            literal = literal[1:]  # "... 2026 г." + "." : one full stop is enough
        if rules is not None and prev is not None:
            literal = rules.after_value(prev[0], prev[1], literal)
        value = values.get(field, "") if field is not None else ""
        if rules is not None and field is not None and value:
            literal, value = rules.before_value(literal, value, opens_paragraph=not out and not literal)
        out.append(literal)
        prev = None
        if field is not None:
            out.append(f"{FSI}{value}{PDI}" if isolate and value else value)
            prev = (field, value)
    return "".join(out)


def isolate(value: str) -> str:
    """`value` as one directional unit (first-strong isolate), for text placed into a letter outside templates."""
    return f"{FSI}{value}{PDI}" if value else value
