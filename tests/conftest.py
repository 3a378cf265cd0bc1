"""Test-wide settings: headless Qt, no real user folders or keyrings touched by accident."""

from __future__ import annotations

import os
import tempfile

_POLICY_ENV = "COUNCIL_DESK_POLICY_FILE"

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A policy file IT put on this machine must not change what the tests see (tests of the policy point this at
# their own files), and the support log goes to a temporary folder, never the real home's.
os.environ[_POLICY_ENV] = os.path.join(tempfile.gettempdir(), "council-desk-tests-no-policy.ini")
os.environ.setdefault("COUNCIL_DESK_LOG_DIR", tempfile.mkdtemp(prefix="council-desk-test-logs-"))
