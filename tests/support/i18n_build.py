"""`i18n/build.py` (a script, not a package module) loaded for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "i18n" / "build.py"
_spec = importlib.util.spec_from_file_location("council_desk_i18n_build", _PATH)
assert _spec is not None and _spec.loader is not None
build = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = build  # dataclasses look their module up by name
_spec.loader.exec_module(build)
