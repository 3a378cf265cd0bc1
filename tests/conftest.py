"""Test-wide settings: headless Qt, no real user folders or keyrings touched by accident."""

from __future__ import annotations

import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
