"""Paragraph layout on a reportlab canvas: itemise, break lines, reorder for bidi, draw. No markup anywhere.

Text reaches the canvas only as characters (never through reportlab's Paragraph mini-language), so a merge value
such as `<font color="[[[getattr(pow, ...` is printed as the characters it is (CVE-2023-33733 cannot apply).

Line breaking: at spaces in every language; in Chinese also between any two ideographs / CJK punctuation (the
equivalent of reportlab's `wordWrap='CJK'`), with the usual kinsoku rules (no line starts with a closing mark
and no line ends with an opening one). Korean breaks at spaces (between words, as Korean is typeset today) and
between syllables only when a word alone is wider than the line.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from council_desk.letters import fonts, shaping
from council_desk.letters.bidi import CONTROLS, FSI, PDI, first_strong, levels, visual_order

NO_LINE_START = set("，。、；：？！）」』》〉】〕…‥・ー％,.;:?!)]}%’”»、・ゝゞー")
NO_LINE_END = set("（「『《〈【〔([{‘“«")

LINE_FACTOR = {"ur": 2.1, "ar": 1.75, "bn": 1.65}


def line_height(lang: str, size: float) -> float:
    return size * LINE_FACTOR.get(lang, 1.45)


def is_rtl(lang: str) -> bool:
    return lang in ("ar", "ur")


@dataclass
class _Para:
    text: str
    fonts: list[str | None]
    levels: list[int]


KEEP_TOGETHER = 40  # a merge value up to this many characters is not broken inside an opposite-direction text


def _unbreakable(text: str, rtl: bool) -> set[int]:
    """Positions inside short isolates whose direction differs from the paragraph's (an address or a phone
    number inside an Arabic sentence): splitting those across lines makes them hard to read."""
    out: set[int] = set()
    i = 0
    while True:
        start = text.find(FSI, i)
        if start < 0:
            return out
        end = text.find(PDI, start)
        if end < 0:
            return out
        inner = text[start + 1 : end]
        if len(inner) <= KEEP_TOGETHER and (first_strong(inner) == "R") != rtl:
            out.update(range(start + 1, end + 1))
        i = end + 1


def _break_points(text: str, rtl: bool = False) -> list[int]:
    """Indices where a line may end (a line ends *before* index i)."""
    cjk = {fonts.HAN, fonts.KANA, fonts.CJK_PUNCT}
    keep = _unbreakable(text, rtl)
    points = []
    for i in range(1, len(text)):
        prev, ch = text[i - 1], text[i]
        if i in keep or (i >= 3 and text[i - 2] in "-–—" and text[i - 3] == " "):
            continue  # inside a short opposite-direction value, or a spaced dash that must not end a line
        after_space = prev == " " and ch != " "
        between_cjk = (
            " " not in (prev, ch)
            and (fonts.script_of(prev) in cjk or fonts.script_of(ch) in cjk)
            and ch not in NO_LINE_START
            and prev not in NO_LINE_END
        )
        if after_space or between_cjk:
            points.append(i)
    points.append(len(text))
    return points


def _segments(para: _Para, start: int, end: int) -> list[tuple[str, str]]:
    """(text, font) pieces of para.text[start:end], controls dropped."""
    out: list[tuple[str, str]] = []
    for i in range(start, end):
        font = para.fonts[i]
        if font is None:
            continue
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + para.text[i], font)
        else:
            out.append((para.text[i], font))
    return out


def _width(para: _Para, start: int, end: int, size: float) -> float:
    return sum(shaping.width(t, f, size) for t, f in _segments(para, start, end))


def _char_breaks(para: _Para, start: int, end: int, size: float, avail: float) -> list[int]:
    """Emergency breaks inside a word wider than the line (a long e-mail address, a Korean compound)."""
    out, line_start = [], start
    for i in range(start + 1, end):
        if _width(para, line_start, i + 1, size) > avail and i > line_start:
            out.append(i)
            line_start = i
    return out


def break_lines(
    text: str, lang: str, size: float, avail: float, bold: bool = False, rtl: bool | None = None
) -> tuple[_Para, list[tuple[int, int]]]:
    """Greedy line breaking; returns the itemised paragraph and (start, end) per line in logical order.

    Widths are measured per breakable chunk (a word and its trailing space, or one ideograph), so each chunk is
    shaped once; shaping does not act across a space or a CJK break, so the sum is the line's width."""
    rtl = is_rtl(lang) if rtl is None else rtl
    para = _Para(text, shaping.itemise(text, lang, bold), levels(text, rtl))
    lines: list[tuple[int, int]] = []
    line_start, line_width = 0, 0.0
    prev = 0
    for point in _break_points(text, rtl):
        full = _width(para, prev, point, size)
        trimmed = _width(para, prev, _trim(text, prev, point), size)
        if line_width + trimmed > avail and prev > line_start:
            lines.append((line_start, prev))
            line_start, line_width = prev, 0.0
        if line_width == 0.0 and trimmed > avail:
            # One unbreakable piece wider than the line: cut it by characters.
            for cut in _char_breaks(para, line_start, _trim(text, line_start, point), size, avail):
                lines.append((line_start, cut))
                line_start = cut
            full = _width(para, line_start, point, size)
        line_width += full
        prev = point
    if line_start < len(text):
        lines.append((line_start, len(text)))
    return para, lines


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


def line_runs(para: _Para, start: int, end: int) -> list[shaping.Run]:
    """The runs of one line in visual (drawing) order."""
    end = _trim(para.text, start, end)
    runs: list[shaping.Run] = []
    for i in range(start, end):
        ch, font = para.text[i], para.fonts[i]
        if font is None or ch in CONTROLS:
            continue
        lv = para.levels[i]
        if runs and runs[-1].font == font and runs[-1].level == lv:
            runs[-1] = shaping.Run(runs[-1].text + ch, font, lv)
        else:
            runs.append(shaping.Run(ch, font, lv))
    order = visual_order([r.level for r in runs])
    return [runs[i] for i in order]


class Page:
    """A letter-size canvas with a text cursor, margins and automatic page breaks."""

    def __init__(
        self,
        canvas: Canvas,
        *,
        left: float,
        right: float,
        top: float,
        bottom: float,
        on_new_page: Callable[[Page], None] | None = None,
    ) -> None:
        self.canvas = canvas
        self.page_width, self.page_height = float(canvas._pagesize[0]), float(canvas._pagesize[1])
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.y = self.page_height - top
        self.on_new_page = on_new_page

    @property
    def width(self) -> float:
        return self.page_width - self.left - self.right

    def new_page(self) -> None:
        self.canvas.showPage()
        self.y = self.page_height - self.top
        if self.on_new_page is not None:
            self.on_new_page(self)

    def paragraph(
        self,
        text: str,
        lang: str,
        *,
        size: float = 10.5,
        bold: bool = False,
        align: str | None = None,
        space_after: float = 6.0,
        x: float | None = None,
        width: float | None = None,
        rtl: bool | None = None,
    ) -> None:
        """Lay out and draw one paragraph at the cursor, breaking pages as needed."""
        x0 = self.left if x is None else x
        avail = self.width if width is None else width
        rtl = is_rtl(lang) if rtl is None else rtl
        align = align or ("right" if rtl else "left")
        lh = line_height(lang, size)
        if not text.strip():
            self.y -= lh
            return
        para, lines = break_lines(text, lang, size, avail, bold, rtl)
        for start, end in lines:
            if self.y - lh < self.bottom:
                self.new_page()
            self.y -= lh
            draw_line(self.canvas, para, start, end, x0, self.y + (lh - size) * 0.45, size, avail, align)
        self.y -= space_after

    def space(self, points: float) -> None:
        self.y -= points


def draw_line(
    canvas: Canvas,
    para: _Para,
    start: int,
    end: int,
    x: float,
    baseline: float,
    size: float,
    avail: float,
    align: str,
) -> float:
    """Draw one laid-out line; returns its width."""
    runs = line_runs(para, start, end)
    total = sum(shaping.width(r.text, r.font, size) for r in runs)
    if align == "right":
        cx = x + avail - total
    elif align == "center":
        cx = x + (avail - total) / 2
    else:
        cx = x
    for run in runs:
        cx += shaping.draw_run(canvas, run, cx, baseline, size)
    return total


def draw_text(
    canvas: Canvas,
    text: str,
    lang: str,
    x: float,
    baseline: float,
    size: float,
    avail: float,
    *,
    bold: bool = False,
    align: str = "left",
    rtl: bool | None = None,
    max_lines: int = 1,
    leading: float | None = None,
) -> int:
    """Draw `text` in a fixed box (labels, address blocks), at most `max_lines` lines; returns lines drawn."""
    para, lines = break_lines(text, lang, size, avail, bold, rtl)
    lh = leading or line_height(lang, size)
    for n, (start, end) in enumerate(lines[:max_lines]):
        draw_line(canvas, para, start, end, x, baseline - n * lh, size, avail, align)
    return min(len(lines), max_lines)


def new_canvas(
    buf: io.BytesIO, title: str, *, pagesize: tuple[float, float] = LETTER, font_size: float = 10
) -> Canvas:
    """The canvas every printout starts from (letters, summaries, labels, the referral, the report, the worklist).
    invariant=1: no timestamps or random ids, so the same input gives the same bytes (reference tests). The initial
    font is one of ours too: reportlab would otherwise list an unembedded Helvetica. `title` is never personal
    data: print queues show it."""
    c = Canvas(
        buf,
        pagesize=pagesize,
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.ensure("CD-Sans"),
        initialFontSize=font_size,
    )
    c.setTitle(title)
    c.setAuthor("Council Desk")
    c.setCreator("Council Desk")
    return c
