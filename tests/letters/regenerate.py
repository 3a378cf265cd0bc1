"""Regenerate the letter reference images (tests/letters/reference/) and the docs pictures (docs/letters/).

    .venv/bin/python -m tests.letters.regenerate          # after an intended change in fonts, layout or templates

Look at every changed picture before committing it: the references are what "correct" means for the tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from council_desk.letters import render_labels, render_letters
from tests.letters.samples import sample_cases, sender_kwargs
from tests.letters.support import REFERENCE_DIR, rasterise

ROOT = Path(__file__).resolve().parent.parent.parent
DOCS_DIR = ROOT / "docs" / "letters"
REFERENCE_TEMPLATE = "acknowledgement"


def reference_pdfs() -> dict[str, bytes]:
    """name -> PDF: one acknowledgement letter per language (page 1 is compared) and one sheet of labels."""
    out = {}
    cases = sample_cases()
    for case in cases:
        out[f"letter-{case.contact.preferred_language}"] = render_letters(
            [case], REFERENCE_TEMPLATE, **sender_kwargs()
        )  # type: ignore[arg-type]
    out["labels"] = render_labels(cases)
    return out


def main() -> int:
    REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
    DOCS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf in reference_pdfs().items():
            path = Path(tmp) / f"{name}.pdf"
            path.write_bytes(pdf)
            ref = rasterise(path, Path(tmp) / f"ref-{name}", last=1)[0]
            shutil.copy(ref, REFERENCE_DIR / f"{name}.png")
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", str(path), str(Path(tmp) / f"doc-{name}")],
                check=True,
            )
            doc = sorted(Path(tmp).glob(f"doc-{name}-*.png"))[0]
            shutil.copy(doc, DOCS_DIR / f"{name}.png")
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
