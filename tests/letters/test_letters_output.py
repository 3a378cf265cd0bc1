"""Letters read back from real PDFs: text in logical order for every language, pictures against references,
fonts embedded, markup injection printed literally."""

from __future__ import annotations

import io
import os
from collections import Counter
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageChops

from council_desk.domain.languages import LANGUAGE_CODES
from council_desk.letters import fonts, render_labels, render_letters, render_summaries
from council_desk.letters.layout import is_rtl
from council_desk.letters.render import Sender, merge_letter
from council_desk.letters.templates import TEMPLATE_NAMES
from tests.letters.regenerate import reference_pdfs
from tests.letters.samples import (
    CASEWORKER,
    DISTRICT,
    MEMBER,
    OFFICE,
    TODAY,
    make_case,
    sample_cases,
    sender_kwargs,
)
from tests.letters.support import REFERENCE_DIR, normalise, pdf_fonts, pdf_text, rasterise, words

SENDER = Sender(OFFICE, MEMBER, DISTRICT, CASEWORKER)
CASES = {case.contact.preferred_language: case for case in sample_cases()}
# A page differs from its reference if more than this share of its pixels moved by more than 64 grey levels.
# Anti-aliasing noise between poppler builds stays far below; a swapped font or lost shaping is far above.
PIXEL_TOLERANCE = 0.002


def _assert_in_order(extracted: str, paragraphs: list[str], rtl: bool) -> None:
    if rtl:
        _assert_rtl_words(extracted, paragraphs)
        return
    text = normalise(extracted, rtl)
    pos = 0
    for para in paragraphs:
        want = normalise(para, rtl)
        found = text.find(want, pos)
        assert found >= 0, f"paragraph not found in order: {want[:80]!r}"
        pos = found + len(want)


def _assert_rtl_words(extracted: str, paragraphs: list[str]) -> None:
    """Right-to-left letters: every word of the letter, with its characters in logical order, comes back.

    pdftotext decides per page whether the page reads right to left; with enough Latin text on an Arabic or Urdu
    page (an English agency response) it prints the lines in visual order, each run logical but the runs swapped.
    So across runs only the words are compared here (each word exact, as many times as the letter has it); the
    placement of runs on the line is what the reference images check."""
    got = Counter(words(extracted))
    want = Counter(w for para in paragraphs for w in words(para))
    missing = want - got
    assert not missing, f"words missing from the PDF text: {list(missing)[:10]}"


@pytest.mark.parametrize("template", TEMPLATE_NAMES)
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_extracted_text_is_the_merged_text_in_logical_order(lang: str, template: str) -> None:
    case = CASES[lang]
    pdf = render_letters([case], template, **sender_kwargs())  # type: ignore[arg-type]
    merged = merge_letter(case, template, lang, SENDER, TODAY)
    # Every paragraph (date, subject, greeting, body, closing, signature) in the letter's order; the name in
    # its own script (王秀英 in the English letter, an Arabic name in the Arabic one) is part of the greeting.
    _assert_in_order(pdf_text(pdf), merged.paragraphs(), is_rtl(lang))
    assert normalise(case.contact.first_name, False) in normalise(pdf_text(pdf), False)


def test_a_name_in_another_script_prints_in_its_own_font() -> None:
    en = CASES["en"]  # 王秀英 in an English letter
    ar_name = make_case(20, "en", "فاطمة", "الزهراء", "1 Main St\nNew York, NY 10031")
    bn_name = make_case(21, "en", "রহিম", "উদ্দিন", "2 Main St\nNew York, NY 10031")
    pdf = render_letters([en, ar_name, bn_name], "status_update", **sender_kwargs())  # type: ignore[arg-type]
    text = normalise(pdf_text(pdf), False)
    for name in ("王秀英", "রহিমউদ্দিন"):  # CJK names family name first, as written
        assert name in text
    # The Arabic name comes back right to left as written (poppler reorders the right-to-left run itself).
    assert "فاطمةالزهراء" in text


def test_every_font_is_embedded_and_none_comes_from_the_pc(tmp_path: Path) -> None:
    cases = sample_cases()
    path = tmp_path / "all.pdf"
    path.write_bytes(render_letters(cases, "agency_response", **sender_kwargs()))  # type: ignore[arg-type]
    rows = pdf_fonts(path)
    assert rows, "no fonts listed"
    for row in rows:
        assert row["emb"] == "yes" and row["uni"] == "yes", row
        assert "Noto" in row["name"], row
    families = {row["name"].split("+", 1)[1] for row in rows}
    assert {
        "NotoSansBengali-Regular",
        "NotoNaskhArabic-Regular",
        "NotoNastaliqUrdu-Regular",
        "NotoSansCJKsc-Regular",
        "NotoSansCJKtc-Regular",
        "NotoSansCJKkr-Regular",
    } <= families
    for pdf in (render_labels(cases), render_summaries(cases, include_contact=True)):
        path.write_bytes(pdf)
        assert all(r["emb"] == "yes" and "Noto" in r["name"] for r in pdf_fonts(path))


PAYLOAD = (
    "<font color=\"[[[getattr(pow, Word('__globals__'))['os'].system('touch /tmp/pwn') for Word in "
    "[ orgTypeFun( 'Word', (str,), { 'mutated': 1, 'startswith': lambda self, x: 1 == 0, "
    "'__eq__': lambda self, x: self.mutate() and self.mutated < 0 and str(self) == x, 'mutate': "
    "lambda self: { setattr(self, 'mutated', self.mutated - 1) }, "
    "'__hash__': lambda self: hash(str(self)), }, ) ] ] for orgTypeFun in [type(type(1))] "
    "for none in [[].append(1)]]] and 'red'\">exploit</font>"
    " <b>bold?</b> &amp; {first_name}"
)


def test_markup_in_constituent_text_prints_literally_and_runs_nothing(tmp_path: Path) -> None:
    marker = Path("/tmp/pwn")
    existed = marker.exists()
    case = make_case(
        30,
        "en",
        "<b>Eve</b>",
        "O'Hara & Sons",
        "1 <i>Main</i> St\nNew York, NY 10031",
        resolution=PAYLOAD,
        description=PAYLOAD,
    )
    letter = render_letters([case], "agency_response", **sender_kwargs())  # type: ignore[arg-type]
    summary = render_summaries([case], include_contact=True)
    labels = render_labels([case])
    if not existed:
        assert not marker.exists(), "the payload ran"
    for pdf in (letter, summary):
        text = normalise(pdf_text(pdf), False)
        assert normalise(PAYLOAD, False) in text  # every character, including "{first_name}", printed as is
    assert normalise("<b>Eve</b> O'Hara & Sons", False) in normalise(pdf_text(labels), False)


def _diff_share(a: Path, b: Path) -> float:
    img_a, img_b = Image.open(a).convert("L"), Image.open(b).convert("L")
    if img_a.size != img_b.size:
        return 1.0
    diff = ImageChops.difference(img_a, img_b).point(lambda v: 255 if v > 64 else 0)
    hist = diff.histogram()
    return hist[255] / (img_a.size[0] * img_a.size[1])


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("letters-ref")
    out = {}
    for name, pdf in reference_pdfs().items():
        path = tmp / f"{name}.pdf"
        path.write_bytes(pdf)
        out[name] = rasterise(path, tmp / name, last=1)[0]
    return out


@pytest.mark.parametrize("name", [f"letter-{lang}" for lang in LANGUAGE_CODES] + ["labels"])
def test_page_matches_reference_image(name: str, rendered: dict[str, Path]) -> None:
    reference = REFERENCE_DIR / f"{name}.png"
    assert reference.is_file(), "run `python -m tests.letters.regenerate` and look at the pictures"
    share = _diff_share(rendered[name], reference)
    assert share <= PIXEL_TOLERANCE, f"{name}: {share:.2%} of pixels differ from the reference"


@pytest.mark.parametrize("lang", ["ar", "bn", "ur"])
def test_reference_check_catches_lost_shaping(lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The picture check is sensitive enough: the same letter without harfbuzz shaping must fail it."""
    monkeypatch.setattr(fonts, "is_shaped", lambda key: False)
    path = tmp_path / "unshaped.pdf"
    path.write_bytes(render_letters([CASES[lang]], "acknowledgement", **sender_kwargs()))  # type: ignore[arg-type]
    page = rasterise(path, tmp_path / "unshaped", last=1)[0]
    assert _diff_share(page, REFERENCE_DIR / f"letter-{lang}.png") > PIXEL_TOLERANCE * 5


def test_batch_puts_each_letter_on_its_own_pages_in_its_own_language() -> None:
    cases = sample_cases()
    pdf = render_letters(cases, "closed_unresolved", **sender_kwargs())  # type: ignore[arg-type]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == len(cases)
    forced = render_letters(cases[:3], "closed_unresolved", lang="es", **sender_kwargs())  # type: ignore[arg-type]
    assert normalise("Pedimos al 311 que reabra", False) in normalise(pdf_text(forced), False)
    assert os.environ.get("QT_QPA_PLATFORM", "offscreen")  # Qt-free: nothing here needs a display


def test_summaries_redact_contact_details_unless_asked() -> None:
    case = CASES["ar"]
    redacted = normalise(pdf_text(render_summaries([case])), False)
    full = normalise(pdf_text(render_summaries([case], include_contact=True)), False)
    for value in (case.contact.phone, case.contact.email, "540W143rdSt"):
        assert normalise(value, False) not in redacted
        assert normalise(value, False) in full
    assert "redacted" in redacted
    for part in (case.complaint.service_request_id, case.consent.consent_id, "Calledtheconstituent"):
        assert part in redacted  # the case itself, the consent receipt and the timeline are there
