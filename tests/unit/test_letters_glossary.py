"""The letters' glossary (agencies, complaint types), its review status, and the grammar at the seams of merge
values (contractions, capitals, Korean particles)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from council_desk.cli import main
from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters import glossary, render_letters
from council_desk.letters.grammar import Grammar, hangul_final, korean_particle, last_sound
from council_desk.letters.render import Sender, merge_letter
from council_desk.letters.templates import TemplateError, grammar, load, merge, templates
from tests.letters.samples import CASEWORKER, DISTRICT, MEMBER, OFFICE, TODAY, make_case, sender_kwargs
from tests.letters.support import normalise, pdf_text

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CSV = ROOT / "resources" / "data" / "nyc311_pooled_sample.csv"
SENDER = Sender(OFFICE, MEMBER, DISTRICT, CASEWORKER)


def _column(name: str) -> list[str]:
    with SAMPLE_CSV.open(encoding="utf-8", newline="") as f:
        return [row[name] for row in csv.DictReader(f)]


# --- coverage ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "column"), [("complaint_types", "complaint_type"), ("agencies", "agency")])
def test_every_value_in_the_311_data_has_an_entry_in_every_language(kind: str, column: str) -> None:
    """Fails as soon as the sandbox data (or a new 311 export copied there) has a value some language lacks."""
    values = [v for v in _column(column) if v.strip()]
    assert values
    gaps = {c.language: c.missing for c in glossary.coverage(kind, values) if c.missing}
    assert not gaps, f"no {kind} entry for: {gaps}"
    langs = {c.language for c in glossary.coverage(kind, values)}
    assert langs == set(glossary.KIND_LANGUAGES[kind])


def test_glossary_files_say_honestly_who_reviewed_them() -> None:
    for kind in glossary.KINDS:
        for lang in glossary.KIND_LANGUAGES[kind]:
            (gf,) = glossary.files(kind, lang)
            if lang == "en":
                assert gf.review.reviewed and gf.review.reviewed_by and gf.review.reviewed_on
            else:  # written without a qualified translator: a machine draft, nobody signed it off
                assert gf.review.status == "machine-draft" and not gf.review.reviewed_by, (kind, lang)


def test_every_language_has_the_same_agencies() -> None:
    keys = {lang: set(glossary.files("agencies", lang)[0].entries) for lang in LANGUAGE_CODES}
    assert all(k == keys["en"] for k in keys.values())
    assert {"hpd", "dsny", "nypd", "dot", "dep", "dob", "dohmh", "dpr"} <= keys["en"]


def test_keys_match_whatever_case_and_punctuation_311_used() -> None:
    a = glossary.lookup("complaint_types", "PAINT - PLASTER", "es")
    b = glossary.lookup("complaint_types", "paint/plaster", "es")
    assert a is not None and b is not None and a.text == b.text == "pintura o yeso"
    lower, upper = glossary.lookup("agencies", "hpd", "ko"), glossary.lookup("agencies", "HPD", "ko")
    assert lower is not None and upper is not None and lower.text == upper.text == "주택보존개발국"
    assert glossary.lookup("complaint_types", "Nothing Like This", "es") is None


# --- fallbacks and review status --------------------------------------------------------------------------------


def _unknown_case() -> Any:
    case = make_case(40, "es", "Ana", "Ruiz", "1 Main St\nNew York, NY 10031")
    c = case.complaint.model_copy(
        update={
            "complaint_type": "Brand New Type",
            "descriptor": "Odd Thing",
            "agency_responsible": "XYZ",
            "agency_name": "Some Unit",
        }
    )
    return case.__class__(
        complaint=c,
        contact=case.contact,
        consent=case.consent,
        office_status=case.office_status,
        followups=case.followups,
    )


def test_a_value_the_glossary_lacks_prints_in_english_and_the_letter_needs_review() -> None:
    case = _unknown_case()
    merged = merge_letter(case, "acknowledgement", "es", SENDER, TODAY)
    assert {t.kind for t in merged.fallbacks} == {"agencies", "complaint_types"}
    assert merged.review_status == "needs-review"
    text = normalise(pdf_text(render_letters([case], "acknowledgement", **sender_kwargs())), False)  # type: ignore[arg-type]
    assert normalise("Brand New Type – Odd Thing", False) in text
    assert normalise("Some Unit (XYZ)", False) in text


def _office(root: Path, lang: str, *, reviewed: bool = True, glossary_too: bool = True) -> None:
    sign = (
        {"review_status": "reviewed", "reviewed_by": "R. Díaz", "reviewed_on": "2026-12-01"}
        if reviewed
        else {"review_status": "machine-draft"}
    )
    shipped = ROOT / "resources" / "letters"
    for rel in (
        f"acknowledgement/{lang}.json",
        f"_common/{lang}.json",
        *([f"_glossary/agencies/{lang}.json", f"_glossary/complaint_types/{lang}.json"] if glossary_too else []),
    ):
        data = json.loads((shipped / rel).read_text(encoding="utf-8"))
        data.update(sign)
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_letter_is_reviewed_only_when_its_template_phrases_and_glossary_are(tmp_path: Path) -> None:
    case = make_case(2, "es", "Ana", "Ruiz", "1 Main St\nNew York, NY 10031")
    _office(tmp_path, "es", glossary_too=False)  # the office signed off the template and the phrases only
    listed = {(i.name, i.language): i for i in templates(tmp_path)}[("acknowledgement", "es")]
    assert listed.needs_warning and {r.what for r in listed.reviews if not r.reviewed} == {
        "glossary agencies",
        "glossary complaint_types",
    }
    assert merge_letter(case, "acknowledgement", "es", SENDER, TODAY, tmp_path).review_status == "machine-draft"
    _office(tmp_path, "es")  # and now the glossary files too
    listed = {(i.name, i.language): i for i in templates(tmp_path)}[("acknowledgement", "es")]
    assert not listed.needs_warning and all(r.source == "office" for r in listed.reviews)
    assert merge_letter(case, "acknowledgement", "es", SENDER, TODAY, tmp_path).review_status == "reviewed"
    # Other templates in Spanish are still the shipped machine drafts.
    assert {(i.name, i.language): i for i in templates(tmp_path)}[("closing", "es")].needs_warning


def test_reviewed_without_a_name_and_a_date_is_refused(tmp_path: Path) -> None:
    _office(tmp_path, "fr")
    path = tmp_path / "_glossary" / "agencies" / "fr.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reviewed_by"] = ""
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match="who reviewed"):
        glossary.lookup("agencies", "HPD", "fr", tmp_path)
    data.update(reviewed_by="R. Díaz", reviewed_on="last week")
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match="who reviewed"):
        glossary.lookup("agencies", "HPD", "fr", tmp_path)


def test_an_office_entry_wins_and_the_rest_still_come_from_the_shipped_file(tmp_path: Path) -> None:
    path = tmp_path / "_glossary" / "agencies" / "es.json"
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "review_status": "reviewed",
                "reviewed_by": "R. Díaz",
                "reviewed_on": "2026-12-01",
                "entries": {"DSNY": "el Departamento de Limpieza"},
            }
        ),
        encoding="utf-8",
    )
    own = glossary.lookup("agencies", "DSNY", "es", tmp_path)
    other = glossary.lookup("agencies", "HPD", "es", tmp_path)
    assert own is not None and own.text == "el Departamento de Limpieza" and own.review is not None
    assert own.review.source == "office" and own.review.reviewed
    assert other is not None and other.review is not None and other.review.source == "shipped"


def test_glossary_entries_cannot_smuggle_merge_fields(tmp_path: Path) -> None:
    path = tmp_path / "_glossary" / "agencies" / "es.json"
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"review_status": "machine-draft", "entries": {"HPD": "{first_name.__class__}"}}),
        encoding="utf-8",
    )
    with pytest.raises(TemplateError):
        glossary.lookup("agencies", "HPD", "es", tmp_path)


# --- grammar at the seams ----------------------------------------------------------------------------------------


def test_french_and_spanish_contract_the_article_a_glossary_name_brings() -> None:
    fr, es = grammar("fr"), grammar("es")
    assert (
        merge("auprès de {agency} en", {"agency": "le Département"}, isolate=False, rules=fr)
        == "auprès du Département en"
    )
    assert (
        merge("la transmettre à {agency}.", {"agency": "les Parcs"}, isolate=False, rules=fr)
        == "la transmettre aux Parcs."
    )
    assert (
        merge("transmettre à {agency}.", {"agency": "la Commission"}, isolate=False, rules=fr)
        == "transmettre à la Commission."
    )
    assert (
        merge("la envíe a {agency}.", {"agency": "el Departamento"}, isolate=False, rules=es)
        == "la envíe al Departamento."
    )
    assert (
        merge("{agency} ha respondido", {"agency": "la Comisión"}, isolate=False, rules=es)
        == "La Comisión ha respondido"
    )  # a value that opens the paragraph starts with a capital


@pytest.mark.parametrize(
    ("word", "marker", "particle"),
    [
        ("위생국", "이(가)", "이"),
        ("택시리무진위원회", "이(가)", "가"),
        ("경제개발공사", "을(를)", "를"),
        ("교통국", "은(는)", "은"),
        ("노인국", "과(와)", "과"),
        ("위원회", "과(와)", "와"),
        ("교통국", "(으)로", "으로"),
        ("보안관실", "(으)로", "로"),
        ("위원회", "(으)로", "로"),
        ("노인국(DFTA, Department for the Aging)", "이(가)", "이"),  # the bracket is skipped, as Koreans read it
        ("기술혁신실（OTI）", "을(를)", "을"),
    ],
)
def test_korean_particles_follow_the_last_syllables_final_consonant(word: str, marker: str, particle: str) -> None:
    assert korean_particle(word, marker) == particle


def test_korean_particles_after_text_that_is_not_hangul_take_a_noun_not_a_slash() -> None:
    assert hangul_final("국") == 1 and hangul_final("가") == 0 and hangul_final("A") is None
    assert last_sound("Department of Sanitation (DSNY)") == "n"
    assert korean_particle("Department of Sanitation (DSNY)", "이(가)") is None
    ko = grammar("ko")
    fallback = {"agency": "Department of Sanitation (DSNY)"}
    out = merge("{agency}이(가) 답변했습니다.", fallback, isolate=False, rules=ko)
    assert out == "Department of Sanitation (DSNY) 기관이 답변했습니다."
    out = merge("{agency}이(가) 답변했습니다.", {"agency": "택시리무진위원회"}, isolate=False, rules=ko)
    assert out == "택시리무진위원회가 답변했습니다."
    assert Grammar("es").after_value("agency", "x", "이(가)") == "이(가)"  # only Korean letters decide particles


@pytest.mark.parametrize(
    "body",
    [
        "민원 {complaint_number}을(를) 받았습니다.",
        "{full_name}이(가) 보냈습니다.",
        "{office_phone}(으)로 전화하십시오.",
        "민원을(를) 받았습니다.",
    ],
)
def test_korean_templates_may_not_put_a_particle_after_a_number_or_a_name(tmp_path: Path, body: str) -> None:
    (tmp_path / "closing").mkdir()
    (tmp_path / "closing" / "ko.json").write_text(
        json.dumps(
            {"review_status": "machine-draft", "subject": "S", "greeting": "G", "body": [body], "closing": "C"}
        ),
        encoding="utf-8",
    )
    with pytest.raises(TemplateError, match="particle"):
        load("closing", "ko", tmp_path)


# --- the commands ------------------------------------------------------------------------------------------------


def test_letters_glossary_lists_files_and_counts_what_would_print_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["letters", "glossary", "--check-csv", str(SAMPLE_CSV)]) == 0
    out = capsys.readouterr().out
    assert "complaint_types  es       machine-draft     155" in out and "complaint_types  pl       155/155" in out
    assert "agencies         en       reviewed" in out and "agencies         ar       20/20" in out
    odd = tmp_path / "odd.csv"
    odd.write_text("complaint_type,agency\nHEAT/HOT WATER,HPD\nBrand New Type,XYZ\n", encoding="utf-8")
    assert main(["letters", "glossary", "--check-csv", str(odd)]) == 1
    out = capsys.readouterr().out
    assert "complaint_types  ko       1/2" in out and "no entry: Brand New Type" in out and "no entry: XYZ" in out


def test_letters_templates_shows_the_status_of_each_file_a_letter_uses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["letters", "templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    es = next(ln for ln in lines if ln.startswith("acknowledgement    es "))
    assert "machine-draft" in es and "glossary agencies: machine-draft" in es and "phrases: machine-draft" in es
    en = next(ln for ln in lines if ln.startswith("acknowledgement    en "))
    assert " reviewed " in en and "glossary agencies: reviewed by" in en
