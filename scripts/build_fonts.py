"""Build the fonts that the letters ship with, from Debian's Noto packages (fonts-noto-core, fonts-noto-cjk).

Why a build step: reportlab embeds TrueType (glyf) outlines only; Noto CJK ships as CFF inside .ttc collections.
We pull one face out of the collection, subset it to a broad common-character set (GB2312 level 1, Big5 level 1,
KS X 1001 Hangul, plus every character in the letter templates and the glossary) and convert its cubic CFF outlines
to quadratic glyf outlines with fontTools' cu2qu. The other scripts are subset to their blocks with all OpenType
layout kept, because harfbuzz needs GSUB/GPOS for Bengali conjuncts and Arabic joining.

The CJK bold faces print headings only (the subject line, the member's name), which are the letters' own text: they
are subset to the characters of the letter data files (templates, phrases, glossary) plus punctuation, a few
hundred KiB instead of megabytes; a character they lack prints in the regular weight (fonts.font_for).

Run:  .venv/bin/python scripts/build_fonts.py        (writes resources/fonts/, about a minute on 2 cores)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
TEMPLATES = ROOT / "resources" / "letters"
CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")

# Latin (extended, for French/Polish/Haitian/Vietnamese names), Cyrillic, Greek, punctuation, symbols.
COMMON_RANGES = [
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x2B0, 0x36F),
    (0x370, 0x3FF),
    (0x400, 0x52F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20BF),
    (0x2100, 0x215F),
    (0x2190, 0x21FF),
    (0xFEFF, 0xFEFF),
]
BENGALI_RANGES = [(0x0980, 0x09FF), (0x200C, 0x200D), (0x25CC, 0x25CC), (0x0964, 0x0965)]
ARABIC_RANGES = [
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x200C, 0x200F),
    (0x2066, 0x2069),
    (0x25CC, 0x25CC),
]
CJK_PUNCT_RANGES = [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2010, 0x2027), (0x2030, 0x203B), (0x20, 0x7E)]


def _ranges(ranges: list[tuple[int, int]]) -> set[int]:
    return {cp for lo, hi in ranges for cp in range(lo, hi + 1)}


def _codec_chars(codec: str, lead: range, trail: range) -> set[int]:
    """Every character a double-byte codec maps in the given lead/trail byte ranges."""
    out: set[int] = set()
    for a in lead:
        for b in trail:
            try:
                out.add(ord(bytes([a, b]).decode(codec)))
            except (UnicodeDecodeError, TypeError):
                continue
    return out


def template_chars() -> set[int]:
    """Characters used by the shipped templates: they must always be in the subsets."""
    chars: set[int] = set()
    for path in TEMPLATES.rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        chars.update(ord(c) for c in json.dumps(data, ensure_ascii=False))
    return chars


def _subset(font: TTFont, unicodes: set[int], *, hinting: bool) -> None:
    opts = subset.Options()
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.hinting = hinting
    opts.drop_tables += ["VORG", "vhea", "vmtx", "DSIG", "BASE", "JSTF", "MATH"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(unicodes))
    sub.subset(font)


def cff_to_glyf(font: TTFont, max_err: float = 1.0) -> None:
    """Replace CFF outlines by quadratic TrueType ones (reportlab cannot embed CFF)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(None)
        # CFF contours run counter-clockwise, TrueType clockwise: reverse while converting.
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and reportlab does not need them
    font.sfntVersion = "\x00\x01\x00\x00"


def build_core(src: str, dst: str, unicodes: set[int]) -> None:
    font = TTFont(CORE / src, recalcTimestamp=False)  # reproducible: same input, same bytes
    _subset(font, unicodes, hinting=False)
    font.save(OUT / dst)


def build_cjk(collection: str, family: str, dst: str, unicodes: set[int]) -> None:
    ttc = TTCollection(CJK / collection, recalcTimestamp=False)
    for font in ttc.fonts:
        if font["name"].getDebugName(1) == family:  # the Bold collection names its faces' family the same way
            break
    else:
        raise SystemExit(f"{family} not found in {collection}")
    _subset(font, unicodes, hinting=False)
    cff_to_glyf(font)
    font.save(OUT / dst)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    common = _ranges(COMMON_RANGES)
    tmpl = template_chars()
    gb2312_l1 = _codec_chars("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    big5_l1 = _codec_chars("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
    ksx_hangul = _codec_chars("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
    punct = _ranges(CJK_PUNCT_RANGES)
    # Latin fonts get whatever non-CJK, non-complex characters the templates use (e.g. typographic quotes).
    latin_extra = {c for c in tmpl if c < 0x0590 or 0x2000 <= c < 0x2E00}
    for style in ("Regular", "Bold"):
        build_core(f"NotoSans-{style}.ttf", f"NotoSans-{style}.ttf", common | latin_extra)
        build_core(
            f"NotoSansBengali-{style}.ttf",
            f"NotoSansBengali-{style}.ttf",
            _ranges(BENGALI_RANGES) | _ranges([(0x20, 0x7E)]),
        )
        build_core(
            f"NotoNaskhArabic-{style}.ttf",
            f"NotoNaskhArabic-{style}.ttf",
            _ranges(ARABIC_RANGES) | _ranges([(0x20, 0x7E)]),
        )
        build_core(
            f"NotoNastaliqUrdu-{style}.ttf",
            f"NotoNastaliqUrdu-{style}.ttf",
            _ranges(ARABIC_RANGES) | _ranges([(0x20, 0x7E)]),
        )
    han_tmpl = {c for c in tmpl if c >= 0x2E80}
    hangul_tmpl = {c for c in han_tmpl if 0xAC00 <= c <= 0xD7AF}
    build_cjk(
        "NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "NotoSansSC-Regular.ttf", gb2312_l1 | punct | han_tmpl
    )
    build_cjk("NotoSansCJK-Regular.ttc", "Noto Sans CJK TC", "NotoSansTC-Regular.ttf", big5_l1 | punct | han_tmpl)
    # Korean letters are written in Hangul: the KR face gets no Han beyond KS X 1001's Hangul set.
    build_cjk(
        "NotoSansCJK-Regular.ttc", "Noto Sans CJK KR", "NotoSansKR-Regular.ttf", ksx_hangul | punct | hangul_tmpl
    )
    # Bold: headings only, so the letter data's own characters are enough.
    build_cjk("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC", "NotoSansSC-Bold.ttf", punct | han_tmpl)
    build_cjk("NotoSansCJK-Bold.ttc", "Noto Sans CJK TC", "NotoSansTC-Bold.ttf", punct | han_tmpl)
    build_cjk("NotoSansCJK-Bold.ttc", "Noto Sans CJK KR", "NotoSansKR-Bold.ttf", punct | hangul_tmpl)
    for path in sorted(OUT.glob("*.ttf")):
        print(f"{path.name:32s} {path.stat().st_size / 1024:8.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
