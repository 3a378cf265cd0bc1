"""What a merge value does to the words around it: the few grammar rules the letters need at the seams.

- **Contractions** (French, Spanish): a glossary name carries its article ("le Département…", "el Departamento…"),
  so "auprès de {agency}" must print "auprès du Département…" and "a {agency}" "al Departamento…". The pairs are
  data (`contractions` in `_common/<lang>.json`).
- **Capital at the start of a sentence**: a value that opens a paragraph starts with a capital ("El
  Departamento… ha respondido"), whatever case the glossary wrote it in.
- **Korean particles**: 을/를, 이/가, 은/는, 과/와, (으)로 depend on whether the word before ends in a final
  consonant (batchim). A template writes the undecided form right after a field ("{agency}이(가)") and it is
  decided here from the value's last Hangul syllable (a trailing bracket such as "(HPD, …)" is skipped, as Korean
  writers do). A value whose reading we cannot know (Latin letters, digits: a glossary fallback in English) gets a
  plain noun of the field's kind between it and the particle ("Department of X 기관이"), so no "을(를)" is ever
  printed; templates may use a marker only after a field that has such a noun (`particle_nouns` in
  `_common/ko.json`), which `templates.load` checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from council_desk.letters.bidi import CONTROLS

# marker -> (after a final consonant, after a vowel)
KOREAN_MARKERS: dict[str, tuple[str, str]] = {
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
}
_RIEUL = 8  # index of ㄹ among final consonants: "(으)로" takes 로 after it, as after a vowel


def hangul_final(ch: str) -> int | None:
    """Index of the final consonant of a precomposed Hangul syllable (0 = none), or None if `ch` is not one."""
    cp = ord(ch)
    if 0xAC00 <= cp <= 0xD7A3:
        return (cp - 0xAC00) % 28
    return None


def last_sound(value: str) -> str | None:
    """The last character that decides a particle: trailing spaces, bidi controls and one trailing bracketed
    group are skipped. None for an empty value."""
    text = "".join(ch for ch in value if ch not in CONTROLS).rstrip()
    for close, open_ in ((")", "("), ("）", "（")):
        if text.endswith(close) and open_ in text:
            head = text[: text.rindex(open_)].rstrip()
            if head:
                text = head
            break
    return text[-1] if text else None


def korean_particle(value: str, marker: str) -> str | None:
    """The particle for `marker` after `value`, or None when the value's last sound is not Hangul."""
    consonant, vowel = KOREAN_MARKERS[marker]
    last = last_sound(value)
    final = hangul_final(last) if last else None
    if final is None:
        return None
    if marker == "(으)로":
        return vowel if final in (0, _RIEUL) else consonant
    return consonant if final else vowel


def leading_marker(literal: str) -> str | None:
    return next((m for m in KOREAN_MARKERS if literal.startswith(m)), None)


@dataclass(frozen=True)
class Grammar:
    """The seam rules of one letter language (from its `_common` file)."""

    lang: str
    contractions: tuple[tuple[str, str, str], ...] = ()  # (word before, value's first word, replacement)
    particle_nouns: dict[str, str] = field(default_factory=dict)  # Korean: field -> noun for unreadable values

    def before_value(self, literal: str, value: str, opens_paragraph: bool) -> tuple[str, str]:
        """The literal before a value and the value, adjusted: contraction, capital at the start."""
        for before, first, joined in self.contractions:
            tail = f"{before} "
            if value.startswith(f"{first} ") and (literal == tail or literal.endswith(f" {tail}")):
                literal = literal[: len(literal) - len(tail)] + f"{joined} "
                value = value[len(first) + 1 :]
                break
        if opens_paragraph and value[:1].islower():
            value = value[0].upper() + value[1:]
        return literal, value

    def after_value(self, name: str, value: str, literal: str) -> str:
        """The literal after value `name`: a Korean particle marker at its start decided."""
        marker = leading_marker(literal) if self.lang == "ko" else None
        if marker is None:
            return literal
        rest = literal[len(marker) :]
        particle = korean_particle(value, marker)
        if particle is not None:
            return particle + rest
        noun = self.particle_nouns.get(name)
        if noun is None:  # templates.load refuses this; kept safe for values merged outside templates
            noun = "것"
        chosen = korean_particle(noun, marker)
        return f" {noun}{chosen}{rest}"
