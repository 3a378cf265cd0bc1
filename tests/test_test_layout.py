"""The tests' own layout, enforced (issue 12).

Every test runs isolated (tests/conftest.py): the app's data folder under its own tmp_path and an in-memory
keyring, whatever the test itself sets up or forgets to.
"""

from __future__ import annotations

from pathlib import Path

import keyring

from council_desk.cache.paths import data_root
from tests.support.keyrings import MemoryKeyring


def test_every_test_has_its_own_data_folder_and_an_in_memory_keyring(tmp_path: Path) -> None:
    # What any test sees before it sets anything: never the caseworker's real folder or the machine's keyring.
    assert data_root() == tmp_path / "data"
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    assert keyring.get_keyring().items == {}  # a fresh one: nothing left by an earlier test
