"""The fonts the letters print with: shipped in `resources/fonts/` (Noto, SIL OFL), registered once; never the
PC's fonts.

Font choice is per character (per run once itemised): a name in another script than the letter gets its own font.
Which CJK face prints a Han character depends on the letter's language (Simplified vs Traditional shapes), with a
coverage fallback through the other CJK faces because the shipped CJK fonts are subsets.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from council_desk.resources import resource_dir

FONT_DIR = resource_dir("fonts")


@dataclass(frozen=True)
class FontSpec:
    key: str  # our registered reportlab name
    file: str
    shaped: bool  # needs harfbuzz (complex script)


FONTS: dict[str, FontSpec] = {
    spec.key: spec
    for spec in (
        FontSpec("CD-Sans", "NotoSans-Regular.ttf", False),
        FontSpec("CD-Sans-Bold", "NotoSans-Bold.ttf", False),
        FontSpec("CD-Bengali", "NotoSansBengali-Regular.ttf", True),
        FontSpec("CD-Bengali-Bold", "NotoSansBengali-Bold.ttf", True),
        FontSpec("CD-Arabic", "NotoNaskhArabic-Regular.ttf", True),
        FontSpec("CD-Arabic-Bold", "NotoNaskhArabic-Bold.ttf", True),
        FontSpec("CD-Urdu", "NotoNastaliqUrdu-Regular.ttf", True),
        FontSpec("CD-Urdu-Bold", "NotoNastaliqUrdu-Bold.ttf", True),
        FontSpec("CD-SC", "NotoSansSC-Regular.ttf", False),
        FontSpec("CD-TC", "NotoSansTC-Regular.ttf", False),
        FontSpec("CD-KR", "NotoSansKR-Regular.ttf", False),
        # The CJK bold faces hold only what headings print (the letters' own text, not every common character:
        # see scripts/build_fonts.py); a character they lack prints in the regular weight of the same face.
        FontSpec("CD-SC-Bold", "NotoSansSC-Bold.ttf", False),
        FontSpec("CD-TC-Bold", "NotoSansTC-Bold.ttf", False),
        FontSpec("CD-KR-Bold", "NotoSansKR-Bold.ttf", False),
    )
}

_lock = threading.Lock()


class FontMissing(RuntimeError):
    """A shipped font file is missing: the install is broken (never fall back to the PC's fonts)."""


def ensure(key: str) -> str:
    """Register font `key` with reportlab on first use (registration parses the file: CJK ones cost ~0.2 s)."""
    return _ensure(key)


@cache
def _ensure(key: str) -> str:
    spec = FONTS[key]
    with _lock:
        path = FONT_DIR / spec.file
        if not path.is_file():
            raise FontMissing(f"letter font {spec.file} is missing from {FONT_DIR}")
        pdfmetrics.registerFont(TTFont(spec.key, str(path)))
    return key


@cache
def _cmap(key: str) -> frozenset[int]:
    font = pdfmetrics.getFont(ensure(key))
    return frozenset(font.face.charToGlyph)


def covers(key: str, ch: str) -> bool:
    """Whether shipped font `key` has a glyph for `ch`."""
    return ord(ch) in _cmap(key)


def is_shaped(key: str) -> bool:
    return FONTS[key].shaped


# --- scripts ---------------------------------------------------------------------------------------------------

ARABIC, BENGALI, HAN, HANGUL, KANA, CJK_PUNCT, COMMON, LATIN = (
    "arabic",
    "bengali",
    "han",
    "hangul",
    "kana",
    "cjk_punct",
    "common",
    "latin",
)


@cache
def script_of(ch: str) -> str:
    """A coarse script class, enough to choose a font. Digits, spaces and punctuation are COMMON."""
    cp = ord(ch)
    if (
        0x0600 <= cp <= 0x06FF
        or 0x0750 <= cp <= 0x077F
        or 0x08A0 <= cp <= 0x08FF
        or 0xFB50 <= cp <= 0xFDFF
        or 0xFE70 <= cp <= 0xFEFE
    ):
        return ARABIC
    if 0x0980 <= cp <= 0x09FF:
        return BENGALI
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FFFF:
        return HAN
    if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
        return HANGUL
    if 0x3040 <= cp <= 0x30FF:
        return KANA
    if 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF:
        return CJK_PUNCT
    if ch.isalpha():
        return LATIN  # Latin, Cyrillic, Greek: all in Noto Sans
    return COMMON


def _cjk_order(lang: str) -> tuple[str, ...]:
    if lang == "zh-Hant":
        return ("CD-TC", "CD-SC", "CD-KR")
    if lang == "ko":
        return ("CD-KR", "CD-SC", "CD-TC")
    return ("CD-SC", "CD-TC", "CD-KR")


def font_for(ch: str, lang: str, bold: bool) -> str | None:
    """The shipped font for a character in a letter of language `lang`, or None for COMMON characters, which take
    the font of their neighbours (see shaping.itemise)."""
    script = script_of(ch)
    if script == COMMON:
        return None
    if script == LATIN:
        return "CD-Sans-Bold" if bold else "CD-Sans"
    if script == ARABIC:
        # Urdu letters print in Nastaliq, names included; an Arabic-script name in any other letter in Naskh.
        if lang == "ur":
            return "CD-Urdu-Bold" if bold else "CD-Urdu"
        return "CD-Arabic-Bold" if bold else "CD-Arabic"
    if script == BENGALI:
        return "CD-Bengali-Bold" if bold else "CD-Bengali"
    for key in _cjk_order(lang):
        if covers(key, ch):
            return f"{key}-Bold" if bold and covers(f"{key}-Bold", ch) else key
    return _cjk_order(lang)[0]  # not in any subset: prints as a missing glyph, never from a PC font


def base_font(lang: str, bold: bool) -> str:
    """The font for COMMON characters with no script neighbour (digits, punctuation) in a letter of `lang`."""
    return "CD-Sans-Bold" if bold else "CD-Sans"
