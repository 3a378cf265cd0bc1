"""Letters a native reader accepts (issue 15, item 4), read back from real PDFs: the agency and the complaint type
in the letter's language, salutations that need no gender, the Chinese closing, Korean particles, digits, fonts.

Run against the letters as they were before the glossary, 90 of these cases failed: every English complaint type,
agency, gender guess, Chinese closing, Korean particle and Bengali digit case, and the Urdu (Naskh name) and CJK
bold font cases. The Arabic and Urdu digit rule already held and the Arabic and Bengali fonts were already right:
those cases pin the rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters import glossary, render_letters
from council_desk.letters.render import Sender, merge_letter
from council_desk.letters.templates import TEMPLATE_NAMES
from tests.letters.samples import CASEWORKER, DISTRICT, MEMBER, OFFICE, TODAY, sample_cases, sender_kwargs
from tests.letters.support import normalise, pdf_fonts, pdf_text, words

SENDER = Sender(OFFICE, MEMBER, DISTRICT, CASEWORKER)
CASES = {case.contact.preferred_language: case for case in sample_cases()}
TRANSLATED = [lang for lang in LANGUAGE_CODES if lang != "en"]


def _pdf(lang: str, template: str = "acknowledgement") -> bytes:
    return render_letters([CASES[lang]], template, **sender_kwargs())  # type: ignore[arg-type]


# --- agency and complaint type ---------------------------------------------------------------------------------


@pytest.mark.parametrize("template", ["acknowledgement", "agency_response"])
@pytest.mark.parametrize("lang", TRANSLATED)
def test_complaint_type_is_not_printed_in_english_in_a_translated_letter(lang: str, template: str) -> None:
    case = CASES[lang]
    got = words(pdf_text(_pdf(lang, template)))
    english = words(f"{case.complaint.complaint_type} {case.complaint.descriptor}")
    assert not [w for w in english if w in got], f"English complaint type words in the {lang} letter"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_agency_is_named_in_the_letters_language_with_its_own_name_in_brackets(lang: str) -> None:
    case = CASES[lang]
    text = pdf_text(_pdf(lang))
    code = case.complaint.agency_responsible
    english = case.complaint.agency_name
    # The English name only ever appears with the agency's code, inside the brackets after the translation.
    flat = normalise(text, False)
    if lang in ("ar", "ur"):
        # poppler may print the left-to-right bracket content before or after its brackets: compare words.
        got = words(text)
        assert code in got and all(w in got for w in words(english))
    else:
        assert normalise(f"{code}, {english}", False) in flat, f"no '({code}, {english})' in the {lang} letter"
    # The name before the brackets is the glossary's, in the letter's language (its article may have contracted:
    # "de le Département" prints "du Département", so the article is left out of the comparison).
    term = glossary.lookup("agencies", code, lang)
    assert term is not None
    name = term.text.split(" ", 1)[1] if lang in ("es", "fr") else term.text
    body = normalise(" ".join(merge_letter(case, "acknowledgement", lang, SENDER, TODAY).body), False)
    at = body.find(normalise(name, False))
    assert at >= 0 and body.find(code) > at, f"{name!r} is not the name before the brackets"


# --- salutations and other gender guesses ----------------------------------------------------------------------

# A slash or parenthesised ending chooses between genders the record does not hold.
GENDER_GUESS = re.compile(r"[^\W\d_]\((a|e|ая|ый|ой|ة|ه|ہ)\)|[^\W\d_]\s?/\s?[^\W\d_]")


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_letter_guesses_a_gender(lang: str, template: str) -> None:
    merged = merge_letter(CASES[lang], template, lang, SENDER, TODAY)
    case = CASES[lang]
    values = [case.complaint.complaint_type, case.complaint.descriptor]  # 311's own text may hold slashes
    for para in merged.paragraphs():
        text = para
        for v in values:
            text = text.replace(v, "")
        found = GENDER_GUESS.search(text)
        assert found is None, f"{lang}/{template}: {found.group(0)!r} in {para[:60]!r}"


def test_french_and_polish_greetings_put_no_name_after_a_title_of_both_genders() -> None:
    fr = merge_letter(CASES["fr"], "acknowledgement", "fr", SENDER, TODAY).greeting
    pl = merge_letter(CASES["pl"], "acknowledgement", "pl", SENDER, TODAY).greeting
    assert "Amélie" not in fr and "Lefèvre" not in fr
    assert "Małgorzata" not in pl and "Wiśniewska" not in pl  # a nominative name after a vocative title


# --- grammar -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_chinese_closing_is_ci_zhi_then_jing_li_on_the_next_line(lang: str, template: str) -> None:
    lines = [ln.strip() for ln in pdf_text(_pdf(lang, template)).splitlines() if ln.strip()]
    at = next(i for i, ln in enumerate(lines) if "此致" in ln)
    assert lines[at] == "此致", lines[at]
    assert lines[at + 1].startswith("敬礼" if lang == "zh-Hans" else "敬禮"), lines[at + 1]


KOREAN_UNDECIDED = re.compile(
    r"을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|과\(와\)|와\(과\)"
    r"|\(으\)로|\(이\)"
)


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_korean_letters_choose_their_particles(template: str) -> None:
    text = pdf_text(_pdf("ko", template))
    assert not KOREAN_UNDECIDED.search(text), KOREAN_UNDECIDED.search(text)


# --- numerals ----------------------------------------------------------------------------------------------------


def _identifiers(lang: str) -> list[str]:
    """What people key into a phone or a 311 system, and what the Post Office reads: these keep Western digits."""
    case = CASES[lang]
    c = case.complaint
    return [
        c.service_request_id,
        OFFICE.phone,
        OFFICE.email,
        *OFFICE.address.splitlines(),
        *case.contact.mailing_address.splitlines(),
        f"{c.address}, {c.borough.title()}",
        "311",
    ]


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_bengali_letters_write_dates_and_counts_in_bengali_digits(template: str) -> None:
    text = normalise(pdf_text(_pdf("bn", template)), False)
    for ident in sorted(_identifiers("bn"), key=len, reverse=True):
        text = text.replace(normalise(ident, False), "")
    assert not re.search(r"[0-9]", text), f"Western digits outside identifiers: {re.findall(r'.{8}[0-9]+', text)}"
    assert "২২নভেম্বর২০২৬" in text  # the letter's date
    assert "ডিস্ট্রিক্ট৭" in text  # the district number (letterhead and signature)


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
@pytest.mark.parametrize("lang", ["ar", "ur"])
def test_arabic_and_urdu_letters_use_western_digits_only(lang: str, template: str) -> None:
    text = pdf_text(_pdf(lang, template))
    assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", text), "Arabic-Indic digits in the letter"
    assert "2026" in words(text) and "22" in words(text)  # the date, in Western digits


# --- fonts -------------------------------------------------------------------------------------------------------


def _families(tmp_path: Path, pdf: bytes) -> set[str]:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return {row["name"].split("+", 1)[1] for row in pdf_fonts(path)}


NASKH = {"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"}
NASTALIQ = {"NotoNastaliqUrdu-Regular", "NotoNastaliqUrdu-Bold"}
EXPECTED_FONTS = {
    # language: (must be embedded, must not be)
    "ur": (NASTALIQ, NASKH),
    "ar": (NASKH, NASTALIQ),
    "zh-Hans": ({"NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold"}, {"NotoSansCJKkr-Regular"}),
    "zh-Hant": ({"NotoSansCJKtc-Regular", "NotoSansCJKtc-Bold"}, {"NotoSansCJKkr-Regular"}),
    "ko": ({"NotoSansCJKkr-Regular", "NotoSansCJKkr-Bold"}, {"NotoSansCJKsc-Regular", "NotoSansCJKtc-Regular"}),
    "bn": ({"NotoSansBengali-Regular", "NotoSansBengali-Bold"}, set()),
}


@pytest.mark.parametrize("template", ["acknowledgement", "closing"])
@pytest.mark.parametrize("lang", sorted(EXPECTED_FONTS))
def test_each_letter_embeds_its_scripts_own_faces_and_bold(lang: str, template: str, tmp_path: Path) -> None:
    families = _families(tmp_path, _pdf(lang, template))
    must, must_not = EXPECTED_FONTS[lang]
    assert must <= families, f"missing {must - families}"
    assert not families & must_not, f"unexpected {families & must_not}"
