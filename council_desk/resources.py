"""Where the files that ship beside the code are: fonts, letter templates, data and translations.

From a source checkout (and the editable install `./dev setup` makes) they sit at the top of the repository, next
to the package. In the frozen app (PyInstaller, packaging/council-desk.spec) they are inside the bundle, under
`sys._MEIPASS`, in the same layout, so every caller asks here instead of counting parent folders of its own file.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["bundle_root", "frozen", "i18n_dir", "resource_dir"]


def frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds `resources/` and `i18n/`: the bundle's own folder when frozen, else the checkout."""
    meipass = getattr(sys, "_MEIPASS", None)
    if frozen() and meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def resource_dir(*parts: str) -> Path:
    """`resources/<parts...>`, e.g. `resource_dir("fonts")`."""
    return bundle_root().joinpath("resources", *parts)


def i18n_dir() -> Path:
    """The folder with the app's compiled translations (`council_desk_<lang>.qm`), when any were built."""
    return bundle_root() / "i18n"
