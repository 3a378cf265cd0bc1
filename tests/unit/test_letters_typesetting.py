"""Bidi resolution, line breaking, dates and templates of the letters (no PDF needed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters import fonts, glossary
from council_desk.letters.bidi import levels, visual_order
from council_desk.letters.dates import format_date
from council_desk.letters.layout import break_lines, line_runs
from council_desk.letters.shaping import itemise
from council_desk.letters.templates import FSI, PDI, TEMPLATE_NAMES, TemplateError, common, load, merge
from council_desk.letters.templates import templates as list_templates


def _visual(text: str, rtl: bool) -> str:
    lv = levels(text, rtl)
    return "".join(text[i] for i in visual_order(lv) if text[i] not in (FSI, PDI))


def test_numbers_and_latin_stay_left_to_right_inside_arabic() -> None:
    text = f"رقم {FSI}311-12345678{PDI} في {FSI}500 WEST 142 STREET{PDI}"
    shown = _visual(text, rtl=True)
    assert "311-12345678" in shown and "500 WEST 142 STREET" in shown
    # Drawn left to right, the last logical item (the address) comes first and the first word last.
    assert shown.startswith("500 WEST 142 STREET") and shown.endswith("مقر")


def test_an_arabic_name_in_a_left_to_right_sentence_reads_right_to_left() -> None:
    text = f"Dear {FSI}فاطمة الزهراء{PDI}, thank you."
    shown = _visual(text, rtl=False)
    assert shown.startswith("Dear ") and shown.endswith(", thank you.")
    assert "ءارهزلا ةمطاف" in shown  # character order reversed for drawing, word order too


def test_plain_left_to_right_text_is_not_reordered() -> None:
    assert _visual("Complaint 311-123 (HPD).", rtl=False) == "Complaint 311-123 (HPD)."


def test_each_script_gets_its_own_font_and_digits_the_latin_one() -> None:
    keys = itemise("Dear 王秀英, রহিম فاطمة 42", "en", bold=False)
    text = "Dear 王秀英, রহিম فاطمة 42"
    by_char = dict(zip(text, keys, strict=True))
    assert by_char["D"] == "CD-Sans"
    assert by_char["王"] == "CD-SC"
    assert by_char["র"] == "CD-Bengali"
    assert by_char["ف"] == "CD-Arabic"
    assert by_char["4"] == "CD-Sans"
    assert itemise("王", "zh-Hant", False) == ["CD-TC"]
    assert itemise("김", "en", False) == ["CD-KR"]
    assert itemise("عمران", "ur", False)[0] == "CD-Urdu"


def _letter_texts() -> list[tuple[str, str, str]]:
    """(where, lang, text) for every text the letters draw from data: templates, phrases and glossary entries."""
    out = []
    for info in list_templates():
        t = load(info.name, info.language)
        for part in (t.subject, t.greeting, *t.body, *t.closing.split("\n")):
            out.append((info.name, info.language, part))
    for lang in LANGUAGE_CODES:
        out += [("_common", lang, v) for v in common(lang).values()]
        for kind in glossary.KINDS:
            for gf in glossary.files(kind, lang):
                out += [(kind, lang, text) for _key, text in gf.entries.values()]
    return out


@pytest.mark.parametrize("bold", [False, True])
def test_shipped_fonts_cover_every_character_of_the_letter_data(bold: bool) -> None:
    # Bold too: a heading in a CJK or Urdu letter must find its glyphs in the bold face or the regular one.
    for where, lang, text in _letter_texts():
        for ch, key in zip(text, itemise(text, lang, bold), strict=True):
            if key is not None:
                assert fonts.covers(key, ch), (where, lang, hex(ord(ch)), text[:30])


def test_chinese_breaks_between_ideographs_but_not_before_closing_punctuation() -> None:
    text = "感谢您同意311将您的联系方式提供给本办公室。我们已收到您的投诉，编号64000017。" * 3
    _, lines = break_lines(text, "zh-Hans", 11, 200)
    assert len(lines) > 3
    for start, _end in lines[1:]:
        assert text[start] not in "，。、）"
    assert "".join(text[a:b] for a, b in lines) == text


def test_short_left_to_right_values_are_not_split_in_right_to_left_lines() -> None:
    text = " ".join(["نشكرك على السماح"] * 6 + [f"{FSI}500 WEST 142 STREET, Manhattan{PDI}"] + ["في"] * 10)
    for width in range(200, 400, 7):  # the value alone is about 170 pt wide
        para, lines = break_lines(text, "ar", 11, width)
        start = text.index(FSI)
        assert any(a <= start and text.index(PDI) < b for a, b in lines), width
        for a, b in lines:
            assert line_runs(para, a, b)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "November 22, 2026"),
        ("es", "22 de noviembre de 2026"),
        ("fr", "22 novembre 2026"),
        ("pl", "22 listopada 2026"),
        ("ru", "22 ноября 2026 г."),
        ("ht", "22 novanm 2026"),
        ("zh-Hans", "2026年11月22日"),
        ("zh-Hant", "2026年11月22日"),
        ("ko", "2026년 11월 22일"),
        ("bn", "২২ নভেম্বর ২০২৬"),
        ("ar", "22 نوفمبر 2026"),
        ("ur", "22 نومبر 2026"),
    ],
)
def test_dates_are_written_the_way_the_language_writes_them(lang: str, expected: str) -> None:
    assert format_date(dt.date(2026, 11, 22), lang) == expected


def test_every_template_exists_in_every_language_with_an_honest_review_status() -> None:
    infos = list_templates()
    assert len(infos) == len(TEMPLATE_NAMES) * len(LANGUAGE_CODES)
    for info in infos:
        assert info.review_status == ("reviewed" if info.language == "en" else "machine-draft")
        assert info.needs_warning == (info.language != "en")


def test_merge_inserts_values_as_text_and_never_formats_them_again() -> None:
    out = merge(
        "Re: {complaint_number} {first_name}",
        {"complaint_number": "{last_name}", "first_name": "<b>x"},
        isolate=False,
    )
    assert out == "Re: {last_name} <b>x"


def _write(root: Path, name: str, lang: str, **over: object) -> None:
    data = {
        "review_status": "reviewed",
        "reviewed_by": "A. Reviewer",
        "reviewed_on": "2026-12-01",
        "subject": "S {complaint_number}",
        "greeting": "Hi {first_name},",
        "body": ["Office text."],
        "closing": "Bye,",
    }
    data.update(over)
    (root / name).mkdir(parents=True, exist_ok=True)
    (root / name / f"{lang}.json").write_text(json.dumps(data), encoding="utf-8")


def test_an_office_override_wins_and_is_labelled_as_such(tmp_path: Path) -> None:
    _write(tmp_path, "acknowledgement", "es", review_status="reviewed", body=["Texto de la oficina."])
    t = load("acknowledgement", "es", tmp_path)
    assert t.body == ("Texto de la oficina.",) and t.info.source == "office"
    assert t.info.reviews[0].status == "reviewed" and t.info.reviews[0].reviewed_by == "A. Reviewer"
    # The shipped Spanish phrases (titles, status words) are still a machine draft: the letter is not reviewed.
    assert t.info.needs_warning
    assert load("acknowledgement", "fr", tmp_path).info.source == "shipped"
    listed = {(i.name, i.language): i for i in list_templates(tmp_path)}
    assert listed[("acknowledgement", "es")].source == "office"


@pytest.mark.parametrize(
    "bad", ["{first_name.__class__}", "{contact[0]}", "{first_name!r}", "{unknown}", "{first_name:>10}", "{"]
)
def test_override_templates_cannot_reach_into_objects(tmp_path: Path, bad: str) -> None:
    _write(tmp_path, "closing", "en", greeting=bad)
    with pytest.raises(TemplateError):
        load("closing", "en", tmp_path)


def test_unknown_template_or_language_is_a_plain_error() -> None:
    with pytest.raises(TemplateError):
        load("nope", "en")
    with pytest.raises(TemplateError):
        load("closing", "de")


def test_a_date_ending_in_a_full_stop_does_not_get_a_second_one() -> None:
    assert (
        merge("поданную {received_date}.", {"received_date": "7 октября 2026 г."}, isolate=False)
        == "поданную 7 октября 2026 г."
    )
    assert merge("on {received_date}.", {"received_date": "October 7, 2026"}) == f"on {FSI}October 7, 2026{PDI}."


def test_full_names_follow_their_script() -> None:
    from council_desk.letters.render import full_name

    assert full_name("秀英", "王") == "王秀英"
    assert full_name("지은", "김") == "김지은"
    assert full_name("John", "王") == "John 王"
    assert full_name("María José", "Núñez") == "María José Núñez"
