"""The letters' glossary: NYC agency names and 311 complaint types in each letter language.

Data, not code: `resources/letters/_glossary/<kind>/<lang>.json`, one file per kind and language, each with its own
review status (see `review.py`), overridable per office (same layout under the office's template folder:
`_glossary/<kind>/<lang>.json`; its entries win, entries it lacks still come from the shipped file).

    {"kind": "complaint_types", "language": "es", "review_status": "machine-draft", "reviewed_by": "",
     "reviewed_on": "", "entries": {"HEAT/HOT WATER": "calefacción y agua caliente", ...}}

Kinds: `agencies` (key: the agency's code as 311 gives it in `agency`, e.g. "HPD"; the English file holds the
agency's own English name, the other files its name in that language) and `complaint_types` (key: 311's
`complaint_type`; no English file, English letters print 311's own text). Keys match case-insensitively and
ignoring punctuation, because 311 spells one type several ways ("PAINT/PLASTER", "PAINT - PLASTER").

A value with no entry prints in English (the letter says what 311 says) and is reported: `Term.review` is None,
the letter's review status becomes `needs-review`, and `council-desk letters glossary --check-csv` counts them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters.review import LETTERS_DIR, Review, TemplateError, parse_review

GLOSSARY = "_glossary"
KINDS = ("agencies", "complaint_types")
# English letters print 311's complaint type as 311 writes it, so there is no English complaint type file.
KIND_LANGUAGES: dict[str, tuple[str, ...]] = {
    "agencies": LANGUAGE_CODES,
    "complaint_types": tuple(lang for lang in LANGUAGE_CODES if lang != "en"),
}


def normalise_key(value: str) -> str:
    """The lookup form of a key: case-folded, every run of punctuation and spaces one space."""
    return " ".join(re.sub(r"[\W_]+", " ", value.casefold()).split())


@dataclass(frozen=True)
class GlossaryFile:
    kind: str
    language: str
    review: Review
    entries: dict[str, tuple[str, str]]  # normalised key -> (key as written in the file, text)


@dataclass(frozen=True)
class Term:
    """One glossary value as a letter prints it. `review` is None when the glossary has no entry: then `text` is
    311's own English."""

    kind: str
    key: str
    text: str
    review: Review | None

    @property
    def fallback(self) -> bool:
        return self.review is None


def path(root: Path, kind: str, lang: str) -> Path:
    return root / GLOSSARY / kind / f"{lang}.json"


def _read(file: Path, kind: str, lang: str, source: str) -> GlossaryFile:
    where = f"{GLOSSARY}/{kind}/{lang}.json ({source})"
    try:
        stat = file.stat()
    except OSError as exc:
        raise TemplateError(f"The letter glossary {where} cannot be read.") from exc
    return _parse(str(file), stat.st_mtime_ns, stat.st_size, kind, lang, source, where)


@lru_cache(maxsize=128)
def _parse(file: str, _mtime: int, _size: int, kind: str, lang: str, source: str, where: str) -> GlossaryFile:
    # Cached per file version (mtime and size are part of the key): a batch reads each file once, and an office
    # reviewer's edit is seen by the next letter.
    try:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateError(f"The letter glossary {where} cannot be read.") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
        raise TemplateError(f"The letter glossary {where} has no entries.")
    if data.get("kind", kind) != kind or data.get("language", lang) != lang:
        raise TemplateError(f"The letter glossary {where} says it is for another kind or language.")
    review = parse_review(data, f"glossary {kind}", where, source)
    entries: dict[str, tuple[str, str]] = {}
    for key, text in data["entries"].items():
        if not isinstance(text, str) or not text.strip() or "{" in text or "}" in text:
            raise TemplateError(f"The letter glossary {where} has an empty or malformed entry.")
        norm = normalise_key(str(key))
        if norm in entries:
            raise TemplateError(f"The letter glossary {where} has the same entry twice.")
        entries[norm] = (str(key), text.strip())
    return GlossaryFile(kind, lang, review, entries)


def files(kind: str, lang: str, overrides_dir: Path | None = None) -> list[GlossaryFile]:
    """The glossary files for (kind, lang), the office's first."""
    out = []
    if overrides_dir is not None and path(overrides_dir, kind, lang).is_file():
        out.append(_read(path(overrides_dir, kind, lang), kind, lang, "office"))
    if path(LETTERS_DIR, kind, lang).is_file():
        out.append(_read(path(LETTERS_DIR, kind, lang), kind, lang, "shipped"))
    return out


def lookup(kind: str, key: str, lang: str, overrides_dir: Path | None = None) -> Term | None:
    """The entry for `key` in `lang`, or None when no glossary file has it."""
    norm = normalise_key(key)
    if not norm:
        return None
    for gf in files(kind, lang, overrides_dir):
        hit = gf.entries.get(norm)
        if hit is not None:
            return Term(kind, key, hit[1], gf.review)
    return None


def reviews(lang: str, overrides_dir: Path | None = None) -> tuple[Review, ...]:
    """The review of every glossary file a letter in `lang` may draw on (the status shown before printing): an
    office file alone when it has every entry of the shipped one, else both."""
    out: list[Review] = []
    for kind in KINDS:
        if lang not in KIND_LANGUAGES[kind]:
            continue
        found = files(kind, lang, overrides_dir)
        if len(found) == 2 and set(found[1].entries) <= set(found[0].entries):
            found = found[:1]
        out += [gf.review for gf in found]
    return tuple(out)


@dataclass(frozen=True)
class Coverage:
    kind: str
    language: str
    total: int
    missing: tuple[str, ...]

    @property
    def covered(self) -> int:
        return self.total - len(self.missing)


def coverage(kind: str, values: Iterable[str], overrides_dir: Path | None = None) -> list[Coverage]:
    """For each language of `kind`: how many of the distinct `values` (as 311 writes them) have an entry."""
    distinct: dict[str, str] = {}
    for v in values:
        if normalise_key(v):
            distinct.setdefault(normalise_key(v), v)
    out = []
    for lang in KIND_LANGUAGES[kind]:
        missing = tuple(sorted(v for v in distinct.values() if lookup(kind, v, lang, overrides_dir) is None))
        out.append(Coverage(kind, lang, len(distinct), missing))
    return out
