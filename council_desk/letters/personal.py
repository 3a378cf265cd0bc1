"""The caseworker's own paragraph in a letter (issue 14): a few sentences written before printing, about this
constituent's case, placed after the template's body and before the closing.

It is the caseworker's text, so it is taken as text and nothing else:
- never a merge template: "{member}" in it prints as those characters (it is added after the merge);
- never markup: the letters draw characters, never reportlab's Paragraph mini-language (letters/layout.py), so
  "<font …>" prints as typed (CVE-2023-33733 cannot apply);
- control characters and bidirectional overrides are removed (an override would make the printed text read
  differently from what the preview's reader thinks it says); line breaks separate paragraphs;
- at most `MAX_CHARS` characters: the letter keeps to its pages, and a longer note belongs in a follow-up.

It is stored with the letter's follow-up (its text, in the shared office log), and the letter's audit event lists
the field "personal_paragraph" (names only, never contents), like every other field the letter prints.
"""

from __future__ import annotations

import unicodedata

from council_desk.domain.errors import KnownError

__all__ = ["AUDIT_FIELD", "MAX_CHARS", "ParagraphTooLong", "clean", "followup_text", "paragraphs"]

MAX_CHARS = 1500
AUDIT_FIELD = "personal_paragraph"
# Explicit embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI): the letters put
# their own isolates around what needs them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class ParagraphTooLong(KnownError):
    code = "letter_paragraph_too_long"
    exit_code = 2
    default_message = (
        f"The personal paragraph is longer than {MAX_CHARS} characters. Shorten it (a longer note "
        "belongs in a follow-up), then print again."
    )


def clean(text: str) -> str:
    """The paragraph as it will print: controls and bidi overrides out, spaces tidied, blank lines kept as
    paragraph breaks. ParagraphTooLong past MAX_CHARS."""
    kept = []
    for ch in unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")):
        if ch == "\n" or ch == "\t":
            kept.append(" " if ch == "\t" else ch)
        elif ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(ch)
    lines = [" ".join(line.split()) for line in "".join(kept).split("\n")]
    out = "\n".join(lines).strip("\n")
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    if len(out) > MAX_CHARS:
        raise ParagraphTooLong()
    return out


def paragraphs(text: str) -> list[str]:
    """The cleaned text as printed paragraphs (a blank line, or a single line break, starts a new one)."""
    return [p for p in (line.strip() for line in clean(text).split("\n")) if p]


def followup_text(note: str, personal: str) -> str:
    """The letter follow-up's text: which letter was printed, then the personal paragraph, if any."""
    cleaned = clean(personal)
    return note if not cleaned else f"{note}\nPersonal paragraph:\n{cleaned}"
