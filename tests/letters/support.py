"""Helpers for the letter tests: extracting text and rasterising pages with poppler (pdftotext, pdftoppm)."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

from council_desk.letters.bidi import CONTROLS

REFERENCE_DIR = Path(__file__).resolve().parent / "reference"
REFERENCE_DPI = 40
# Embedding marks pdftotext adds around right-to-left and left-to-right runs.
_POPPLER_MARKS = set("\u202a\u202b\u202c\u202d\u202e\u200e\u200f")


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")


def normalise(text: str, rtl: bool) -> str:
    """What extraction can give back faithfully, for comparison with the merged text.

    Whitespace is dropped everywhere (line breaks and pdftotext's spacing are layout, not content), and so are
    bidi controls (our isolates, poppler's embedding marks). In right-to-left letters punctuation is dropped too:
    poppler's own bidi pass attaches a neutral mark next to an embedded left-to-right run (a comma after an
    address, the colon before a Latin name) to the wrong side, although the page shows it in the right place
    (checked by the reference images). Letters, digits and their logical order are compared exactly."""
    out = []
    for ch in text:
        if ch.isspace() or ch in CONTROLS or ch in _POPPLER_MARKS:
            continue
        if rtl and unicodedata.category(ch).startswith("P"):
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def pdf_fonts(pdf_path: Path) -> list[dict[str, str]]:
    """Rows of `pdffonts`: name, type, emb, sub, uni."""
    out = subprocess.run(
        ["pdffonts", str(pdf_path)], capture_output=True, check=True, text=True, timeout=60
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def rasterise(
    pdf_path: Path, out_prefix: Path, dpi: int = REFERENCE_DPI, first: int = 1, last: int | None = None
) -> list[Path]:
    """Pages as greyscale PNGs (`pdftoppm -gray`); returns the files in page order."""
    args = ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf_path), str(out_prefix)], check=True, timeout=120)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))


def words(text: str) -> list[str]:
    """Letter/digit words of `text` (controls and punctuation are separators), NFC-normalised."""
    out, cur = [], []
    for ch in unicodedata.normalize("NFC", text):
        if ch in CONTROLS or ch in _POPPLER_MARKS or ch.isspace() or unicodedata.category(ch)[0] in "PSZ":
            if cur:
                out.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
    if cur:
        out.append("".join(cur))
    return out
