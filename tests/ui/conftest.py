"""Fixtures for the desktop app tests: a task manager per test, and a backend over a real SQLCipher cache filled
with the app's synthetic consented cases (tests/support/stores.py), for tests that need no network. The folders
and the keyring are isolated for every test of the suite (tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import Me
from tests.support.records import app_me
from tests.support.stores import StoreBackend, fill_app


@pytest.fixture(autouse=True)
def _taskman() -> Iterator[Any]:
    """Every test gets a fresh task manager in the threaded mode the app uses."""
    from council_desk.ui.taskman import TaskManager

    tm = TaskManager(synchronous=False)
    yield tm
    tm.shutdown()


@pytest.fixture
def backend_factory(tmp_path: Path) -> Iterator[Any]:
    made: list[StoreBackend] = []

    def make(n: int = 1000, *, canary_index: int | None = None, me: Me | None = None) -> StoreBackend:
        b = StoreBackend(tmp_path / "data" / f"cache{len(made)}" / "cache.db", me or app_me())
        fill_app(b.store, n, canary_index=canary_index)
        made.append(b)
        return b

    yield make
    for b in made:
        b.close_store()


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns on every top-level show() (and a popup list's keyboard grab); that is
    # the test platform, not the app.
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
                )
            )
