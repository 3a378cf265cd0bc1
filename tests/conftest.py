"""Test-wide settings: headless Qt, no real user folders or keyrings touched by accident."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.support.keyrings import MemoryKeyring

_POLICY_ENV = "COUNCIL_DESK_POLICY_FILE"

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A policy file IT put on this machine must not change what the tests see (tests of the policy point this at
# their own files), and the support log goes to a temporary folder, never the real home's.
os.environ[_POLICY_ENV] = os.path.join(tempfile.gettempdir(), "council-desk-tests-no-policy.ini")
os.environ.setdefault("COUNCIL_DESK_LOG_DIR", tempfile.mkdtemp(prefix="council-desk-test-logs-"))


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test: the app's data folder under the test's own tmp_path, and a fresh in-memory keyring, so that no
    test reads or writes a caseworker's real cache or keyring on the machine it runs on, whatever it forgets to
    set. A test that needs its own keyring or folder (a FileKeyring shared with a subprocess, gnome-keyring in a
    private D-Bus session, a locked or failing keyring) sets it in the test, after this, and restores it."""
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)
