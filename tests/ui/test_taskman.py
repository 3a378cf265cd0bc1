"""Background ops: results on the GUI thread, errors shown by default, a synchronous mode for tests."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from council_desk.cache.errors import StoreClosed
from council_desk.cache.store import CaseStore
from council_desk.domain.errors import Offline
from council_desk.ui import errors
from council_desk.ui.taskman import Op, TaskManager


def test_results_come_back_on_the_gui_thread(qtbot: Any) -> None:
    tm = TaskManager.current()
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    got: list[int] = []

    def done(result: int) -> None:
        got.append(result)
        seen["cb"] = threading.get_ident()

    for pool in ("db", "net"):
        Op(None, work, pool=pool).success(done).run(tm)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    assert got == [42, 42]
    assert seen["worker"] != gui and seen["cb"] == gui


def test_db_ops_are_serialised(qtbot: Any) -> None:
    tm = TaskManager.current()
    order: list[int] = []
    for i in range(20):
        Op(None, lambda i=i: order.append(i)).run(tm)
    qtbot.waitUntil(lambda: tm.pending == 0, timeout=5000)
    assert order == list(range(20))


def test_synchronous_mode_and_default_error_display(qtbot: Any) -> None:
    tm = TaskManager(synchronous=True)
    try:
        out: list[str] = []
        Op(None, lambda: "done").success(out.append).run(tm)
        assert out == ["done"]  # already there: no event loop needed

        def fail() -> None:
            raise Offline()

        before = len(errors._open_dialogs)
        Op(None, fail).run(tm)
        assert len(errors._open_dialogs) == before + 1
        box = errors._open_dialogs[-1]
        assert box.objectName() == "knownErrorBox"
        box.close()
        handled: list[BaseException] = []
        Op(None, fail).failure(handled.append).run(tm)
        assert isinstance(handled[0], Offline)
    finally:
        tm.shutdown()


def test_work_that_meets_a_closed_cache_is_dropped_quietly(qtbot: Any, tmp_path: Any) -> None:
    """A refresh queued just before a lock or sign-out closed the cache: no crash dialog, no error box."""
    store = CaseStore.open(tmp_path / "cache.db", b"k" * 32)
    store.close()
    store.close()  # twice is harmless
    with pytest.raises(StoreClosed):
        store.outbox_count()
    with pytest.raises(StoreClosed):
        store.set_meta("x", "y")
    tm = TaskManager(synchronous=True)
    try:
        before = len(errors._open_dialogs)
        ran: list[str] = []
        Op(None, store.outbox_count).success(lambda _n: ran.append("success")).always(
            lambda: ran.append("always")
        ).run(tm)
        assert len(errors._open_dialogs) == before
        assert ran == ["always"]
    finally:
        tm.shutdown()
