"""Translation build step: `python i18n/build.py` (lupdate → .ts, then lrelease → .qm).

The .ts files are the Qt Linguist sources translators edit, one per interface language (English plus the city's
designated languages). The app loads `council_desk_<lang>.qm` from this folder when it exists, and Qt's own
`qtbase_<lang>.qm`; Arabic and Urdu switch the layout to right-to-left.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LANGS = ("es", "zh_CN", "zh_TW", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"{name} not found (it comes with PySide6)")
    return found


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "council_desk" / "ui").glob("*.py"))
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    for lang in LANGS:
        ts = HERE / f"council_desk_{lang}.ts"
        subprocess.run([lupdate, "-silent", *sources, "-ts", str(ts)], check=True)  # noqa: S603
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)  # noqa: S603
    print(f"updated {len(LANGS)} translation files in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
