"""A small bidirectional-text resolver for letter paragraphs (a subset of UAX #9).

reportlab's own right-to-left support needs `rlbidi`, which is not a dependency, so the letters resolve levels
here. The subset covers what letters contain: Arabic-script text, Latin/Cyrillic/CJK/Bengali text, European
digits, neutrals (spaces, punctuation) and directional isolates (LRI/RLI/FSI ... PDI), which every merge value is
wrapped in, so a complaint number, a phone number or a Latin name stays one left-to-right unit inside an Arabic
sentence. No explicit embeddings/overrides (LRE/RLO...): they are dropped like other controls.
"""

from __future__ import annotations

from collections.abc import Sequence

from council_desk.letters.fonts import ARABIC, script_of

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ISOLATES = {LRI, RLI, FSI}
# Characters that take part in bidi resolution but are never drawn.
CONTROLS = frozenset("\u2066\u2067\u2068\u2069\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u061c")

_MIRROR = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))


def mirror(ch: str) -> str:
    """The mirrored glyph for a bracket printed in a right-to-left run (UAX #9 L4)."""
    return _MIRROR.get(ch, ch)


def _strong(ch: str) -> str | None:
    """'R', 'L', 'EN' (digit) or None (neutral)."""
    if ch.isdigit() and ord(ch) < 0x0660:
        return "EN"
    if 0x0660 <= ord(ch) <= 0x0669 or 0x06F0 <= ord(ch) <= 0x06F9:
        return "EN"  # Arabic-Indic digits also read left to right as a number
    if script_of(ch) == ARABIC:
        return "R"
    if ch.isalpha() or "\u0980" <= ch <= "\u09ff":
        return "L"
    return None


def first_strong(text: str) -> str:
    for ch in text:
        kind = _strong(ch)
        if kind in ("L", "R"):
            return kind
    return "L"


def levels(text: str, rtl: bool) -> list[int]:
    """Embedding level per character of a paragraph in logical order; even = left to right.

    Isolates are resolved as one neutral unit from outside (W/N rules), and inside with their own direction."""
    base = 1 if rtl else 0
    n = len(text)
    if not rtl and not any(_strong(ch) == "R" for ch in text if ch > "\u05ff"):
        return [0] * n  # left-to-right text with nothing right-to-left in it: the common case, keep it cheap
    out = [base] * n
    # Outer sequence: characters outside isolates, isolate spans appear as single neutral units.
    units: list[tuple[int, int, str | None]] = []  # (start, end, strong class or None)
    i = 0
    while i < n:
        ch = text[i]
        if ch in ISOLATES:
            depth, j = 1, i + 1
            while j < n and depth:
                if text[j] in ISOLATES:
                    depth += 1
                elif text[j] == PDI:
                    depth -= 1
                j += 1
            _resolve_isolate(text, i, j, base, out)
            units.append((i, j, None))
            i = j
            continue
        units.append((i, i + 1, _strong(ch)))
        i += 1
    _resolve_run(units, base, out)
    return out


def _resolve_isolate(text: str, start: int, end: int, outer: int, out: list[int]) -> None:
    opener = text[start]
    inner_end = end - 1 if end - 1 > start and text[end - 1] == PDI else end
    inner = text[start + 1 : inner_end]
    if opener == LRI:
        direction = "L"
    elif opener == RLI:
        direction = "R"
    else:
        direction = first_strong(inner)
    rtl = direction == "R"
    # The isolate's level: the lowest level of its direction not below the surrounding one.
    level = (outer if outer % 2 else outer + 1) if rtl else (outer if outer % 2 == 0 else outer + 1)
    sub = levels(inner, rtl)
    shift = level - (1 if rtl else 0)
    for k, lv in enumerate(sub):
        out[start + 1 + k] = lv + shift
    out[start] = outer
    if inner_end < end:
        out[end - 1] = outer


def _resolve_run(units: Sequence[tuple[int, int, str | None]], base: int, out: list[int]) -> None:
    # For neutral resolution digits count as R (UAX #9 N1) in a right-to-left paragraph; in left-to-right
    # text they count as L.
    def direction(kind: str | None) -> str | None:
        if kind == "EN":
            return "R" if base % 2 else "L"
        return kind

    dirs = [direction(kind) for _, _, kind in units]
    resolved: list[str] = []
    n = len(units)
    for idx, d in enumerate(dirs):
        if d is not None:
            resolved.append(d)
            continue
        before = next((dirs[k] for k in range(idx - 1, -1, -1) if dirs[k] is not None), "R" if base else "L")
        after = next((dirs[k] for k in range(idx + 1, n) if dirs[k] is not None), "R" if base else "L")
        resolved.append(str(before) if before == after else ("R" if base else "L"))
    for (start, end, kind), d in zip(units, resolved, strict=True):
        if end - start > 1:
            continue  # isolate: already resolved inside, its marks keep the outer level
        if kind == "EN":
            out[start] = base + 1 if base % 2 else base  # digits: left-to-right number inside RTL text
        elif d == "R":
            out[start] = base if base % 2 else base + 1
        else:
            out[start] = base + 1 if base % 2 else base


def visual_order(line_levels: Sequence[int]) -> list[int]:
    """Indices of a line's items in visual (left-to-right drawing) order, by UAX #9 rule L2."""
    order = list(range(len(line_levels)))
    if not order:
        return order
    highest = max(line_levels)
    lowest_odd = min((lv for lv in line_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if line_levels[order[i]] >= level:
                j = i
                while j < len(order) and line_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
