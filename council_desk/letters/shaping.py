"""Runs of text: which font each character prints in, how wide a run is, and drawing a run on a canvas.

Complex scripts (Bengali, Arabic, Urdu) are shaped with harfbuzz through reportlab's `shapeStr`, which returns
glyphs in visual order. reportlab maps shaped glyphs to private-use code points, so text extraction from the PDF
would be garbage; every run is therefore wrapped in a `/Span <</ActualText ...>> BDC ... EMC` marked-content
sequence holding the run's real characters in visual order (what a PDF text extractor expects from glyphs; it
then applies its own bidi to give back the logical text). Plain-text runs get one too, for uniform extraction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas

from council_desk.letters import fonts
from council_desk.letters.bidi import CONTROLS, mirror


def itemise(text: str, lang: str, bold: bool) -> list[str | None]:
    """Font key per character of `text` (None for bidi controls, which are never drawn).

    Digits always print in the Latin face (a number is a number in every letter); other common characters
    (spaces, punctuation) take the font of a neighbour that has the glyph, so a run of Arabic words stays one
    shaped run across its spaces."""
    own: list[str | None] = []
    for ch in text:
        if ch in CONTROLS:
            own.append(None)
        elif ch.isdigit() and ord(ch) < 0x80:
            own.append(fonts.base_font(lang, bold))
        else:
            own.append(fonts.font_for(ch, lang, bold))
    out: list[str | None] = list(own)
    prev: str | None = None
    for i, ch in enumerate(text):
        if ch in CONTROLS:
            continue
        if own[i] is not None:
            prev = own[i]
            continue
        chosen = None
        if prev is not None and fonts.covers(prev, ch):
            chosen = prev
        else:
            nxt = next((own[k] for k in range(i + 1, len(text)) if own[k] is not None), None)
            if nxt is not None and fonts.covers(nxt, ch):
                chosen = nxt
        if chosen is None:
            chosen = fonts.base_font(lang, bold)
            if not fonts.covers(chosen, ch):
                chosen = next((k for k in ("CD-SC", "CD-Arabic", "CD-Bengali") if fonts.covers(k, ch)), chosen)
        out[i] = chosen
        prev = chosen
    return out


@lru_cache(maxsize=20_000)
def _shaped(text: str, font: str, size: float) -> tuple[ShapedStr, float]:
    s = shapeStr(text, font, size, force=True)
    width = sum(g.x_advance for g in s.__shapeData__) * size / 1000
    return s, width


def _needs_own_order(text: str) -> bool:
    """A right-to-left run that harfbuzz would shape left to right (no strong right-to-left letter in it)."""
    return not any(fonts.script_of(ch) == fonts.ARABIC for ch in text)


@lru_cache(maxsize=50_000)
def width(text: str, font: str, size: float) -> float:
    """Advance width of `text` in `font` (shaped if the font is a complex-script one). Cached: a batch of
    letters measures the same words over and over."""
    fonts.ensure(font)
    if fonts.is_shaped(font):
        return _shaped(text, font, size)[1]
    return float(pdfmetrics.stringWidth(text, font, size))


@dataclass(frozen=True)
class Run:
    """A piece of one line: same font, same embedding level; `text` in logical order, controls removed."""

    text: str
    font: str
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1

    def visual_text(self) -> str:
        """The characters in the order their glyphs are drawn (what the ActualText carries)."""
        return "".join(mirror(c) for c in reversed(self.text)) if self.rtl else self.text


def _pdf_text_string(text: str) -> str:
    return "<" + (b"\xfe\xff" + text.encode("utf-16-be")).hex().upper() + ">"


def draw_run(canvas: Canvas, run: Run, x: float, y: float, size: float) -> float:
    """Draw one run with its left edge at x; returns its width."""
    fonts.ensure(run.font)
    canvas.setFont(run.font, size)
    shaped = fonts.is_shaped(run.font)
    drawn: str
    if shaped and not (run.rtl and _needs_own_order(run.text)):
        drawn, w = _shaped(run.text, run.font, size)
    else:
        drawn = run.visual_text()
        w = float(pdfmetrics.stringWidth(drawn, run.font, size))
    # Marked content must not cut a text object: reportlab's drawString makes its own BT/ET, so this nests.
    canvas._code.append(f"/Span <</ActualText {_pdf_text_string(run.visual_text())}>> BDC")
    canvas.drawString(x, y, drawn)
    canvas._code.append("EMC")
    return w
