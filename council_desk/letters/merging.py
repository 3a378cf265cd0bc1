"""A letter's text: the merge values of one case in one language, and the template merged with them.

The agency and the complaint type come from the glossary (`glossary.py`), in the letter's language:

- **Agency**: its name in the letter's language, then in brackets its code and its own English name, because that
  is the name the constituent sees on the agency's web site, hears on its phone line and has to give 311: es
  "el Departamento de Saneamiento (DSNY, Department of Sanitation)". The pattern is data (`agency_format` and
  `agency_reference` in `_common/<lang>.json`: full-width brackets in Chinese, none of the space before them in
  Korean). English letters print "Department of Sanitation (DSNY)". The English name is the agency's, from the
  English glossary file, not 311's `agency_name`, which is often a unit ("BCC - Brooklyn North").
- **Complaint type**: its name in the letter's language, never in brackets (the complaint number is what
  identifies the complaint to 311). 311's descriptor ("Street Light Out") is printed in English letters only:
  it is free-form and has no glossary.
- A value the glossary lacks prints in English, as 311 wrote it, and makes the letter `needs-review`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from council_desk.api.models import Office
from council_desk.domain.case import Case
from council_desk.letters import fonts, glossary
from council_desk.letters import templates as tpl
from council_desk.letters.bidi import FSI, LRI, PDI
from council_desk.letters.dates import format_date, local_digits
from council_desk.letters.review import Review, worst

NEW_YORK = ZoneInfo("America/New_York")


@dataclass(frozen=True)
class Sender:
    """Who the letter is from: the office settings (letterhead and signature block)."""

    office: Office
    member: str
    district: int
    caseworker: str


def full_name(first: str, last: str) -> str:
    """The name as its own script writes it: family name first and no space for Chinese, Korean, Japanese."""
    cjk = (fonts.HAN, fonts.HANGUL, fonts.KANA)
    if first and last and all(fonts.script_of(ch) in cjk for ch in first + last):
        return f"{last}{first}"
    return f"{first} {last}".strip()


def local_date(value: dt.datetime) -> dt.date:
    return value.astimezone(NEW_YORK).date()


def _fill(pattern: str, **values: str) -> str:
    """`pattern` with {name}-style placeholders replaced in one pass (values are never read as placeholders)."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), pattern)


def agency_term(case: Case, lang: str, overrides_dir: Path | None = None) -> glossary.Term:
    """The responsible agency as the letter names it (see the module docstring)."""
    c = case.complaint
    code = c.agency_responsible.strip()
    own = glossary.lookup("agencies", code, "en", overrides_dir)
    english = own.text if own else (c.agency_name.strip() or code)
    english_form = english
    if code and english != code:
        english_form = _fill(tpl.common("en", overrides_dir)["agency_format"], name=english, code=code)
    if lang == "en":
        return glossary.Term("agencies", code, english_form, own.review if own else None)
    term = glossary.lookup("agencies", code, lang, overrides_dir)
    if term is None or own is None:
        return glossary.Term("agencies", code, english_form, None)
    common = tpl.common(lang, overrides_dir)
    # The bracket's content is English: one left-to-right isolate, so in an Arabic or Urdu sentence the code
    # and the name stay in their order ("HPD, Department of …") instead of being reordered around the comma.
    reference = f"{LRI}{_fill(common['agency_reference'], code=code, english=english)}{PDI}"
    return glossary.Term(
        "agencies", code, _fill(common["agency_format"], name=term.text, reference=reference), term.review
    )


def complaint_type_term(case: Case, lang: str, overrides_dir: Path | None = None) -> glossary.Term:
    c = case.complaint
    english = " – ".join(p for p in (c.complaint_type, c.descriptor) if p)
    if lang == "en":
        return glossary.Term("complaint_types", c.complaint_type, english, None)  # 311's own words
    term = glossary.lookup("complaint_types", c.complaint_type, lang, overrides_dir)
    return term if term is not None else glossary.Term("complaint_types", c.complaint_type, english, None)


def merge_values(
    case: Case, lang: str, sender: Sender, today: dt.date, overrides_dir: Path | None = None
) -> tuple[dict[str, str], tuple[glossary.Term, ...]]:
    """The merge fields for one case in one language (plain text; the layout never interprets it), and the
    glossary terms they used."""
    common = tpl.common(lang, overrides_dir)
    c = case.complaint
    address = ", ".join(p for p in (c.address, c.borough.title() if c.borough else "") if p)
    agency, ctype = agency_term(case, lang, overrides_dir), complaint_type_term(case, lang, overrides_dir)
    values = {
        "first_name": case.contact.first_name,
        "last_name": case.contact.last_name,
        "full_name": full_name(case.contact.first_name, case.contact.last_name),
        "complaint_number": c.service_request_id,
        "complaint_type": ctype.text,
        "address": address,
        "received_date": format_date(local_date(c.requested_datetime), lang),
        "agency": agency.text,
        "status": common["status_open"] if c.status == "open" else common["status_closed"],
        "resolution": _resolution(c.resolution_description, common),
        "member": sender.member,
        "district": local_digits(str(sender.district), lang),  # a count, not an identifier: see dates.py
        "office_phone": sender.office.phone,
        "caseworker": sender.caseworker,
        "today": format_date(today, lang),
    }
    return values, (agency, ctype)


def _resolution(text: str, common: dict[str, str]) -> str:
    """The agency's resolution text, which 311 publishes in English only: quoted and said to be English in a
    translated letter (`resolution_quote`), so the reader knows why a paragraph switches language."""
    if not text.strip():
        return common["no_resolution"]
    return _fill(common.get("resolution_quote", "{text}"), text=f"{FSI}{text}{PDI}")


@dataclass(frozen=True)
class MergedLetter:
    """A letter's text after merging, in logical order (what the tests compare the PDF's text with).

    `closing` may hold several lines (newline-separated: the Chinese "此致" / "敬礼"). `terms` are the glossary
    values the letter used; `review_status` is the least reviewed of its template and those terms' files, and
    `needs-review` if a value had to print in English."""

    lang: str
    info: tpl.TemplateInfo
    date: str
    subject: str
    greeting: str
    body: tuple[str, ...]
    closing: str
    signature: tuple[str, ...]
    prepared_by: str
    terms: tuple[glossary.Term, ...] = ()

    def closing_lines(self) -> list[str]:
        return self.closing.split("\n")

    def paragraphs(self) -> list[str]:
        return [
            self.date,
            self.subject,
            self.greeting,
            *self.body,
            *self.closing_lines(),
            *self.signature,
            self.prepared_by,
        ]

    @property
    def fallbacks(self) -> tuple[glossary.Term, ...]:
        """Glossary values that printed in English because the glossary has no entry for them."""
        return tuple(t for t in self.terms if t.fallback and self.lang != "en")

    @property
    def reviews(self) -> tuple[Review, ...]:
        used = {t.review for t in self.terms if t.review is not None}
        return (*self.info.reviews, *sorted(used, key=lambda r: r.what))

    @property
    def review_status(self) -> str:
        return worst([*(r.status for r in self.reviews), *(["needs-review"] if self.fallbacks else [])])


def merge_letter(
    case: Case, template: str, lang: str, sender: Sender, today: dt.date, overrides_dir: Path | None = None
) -> MergedLetter:
    t = tpl.load(template, lang, overrides_dir)
    common = tpl.common(lang, overrides_dir)
    rules = tpl.grammar(lang, overrides_dir)
    values, terms = merge_values(case, lang, sender, today, overrides_dir)

    def m(text: str) -> str:
        return tpl.merge(text, values, rules=rules)

    return MergedLetter(
        lang=lang,
        info=t.info,
        date=format_date(today, lang),
        # No space after a full-width colon ("事由：").
        subject=common["re"] + ("" if common["re"].endswith("：") else " ") + m(t.subject),
        greeting=m(t.greeting),
        body=tuple(m(p) for p in t.body),
        closing=m(t.closing),
        signature=(tpl.isolate(sender.member), m(common["member_title"] + " · " + common["district_line"])),
        prepared_by=m(common["prepared_by"]),
        terms=terms,
    )
