"""Background work: one serialised database worker, a pool for the network, results back on the GUI thread.

Shape taken from Anki (`aqt/taskman.py`, `aqt/operations`): small `Op` objects with success and failure handlers;
a failure is shown to the user by default. The database worker is a single long-lived thread because an SQLite
connection belongs to the thread that uses it and because writes must never race each other ("database is locked").
Tests switch the manager to synchronous mode, where every op runs inline on the calling thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, Literal, TypeVar

from council_desk.cache.errors import StoreClosed
from council_desk.ui.qt import QObject, QThreadPool, QWidget, Signal, is_alive

log = logging.getLogger("council_desk.ui.taskman")

T = TypeVar("T")
Pool = Literal["db", "net"]


class _Bridge(QObject):
    """Lives on the GUI thread; a queued signal carries closures from workers to it."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class TaskManager(QObject):
    """Owns the worker threads. `pending` counts ops whose result has not yet reached the GUI thread."""

    idle = Signal()

    _current: TaskManager | None = None

    def __init__(self, *, synchronous: bool = False, net_threads: int = 4) -> None:
        super().__init__()
        self.synchronous = synchronous
        self._bridge = _Bridge()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="council-desk-db")
        self._net = QThreadPool()
        self._net.setMaxThreadCount(net_threads)
        self.pending = 0
        self._lock = threading.Lock()
        TaskManager._current = self

    @classmethod
    def current(cls) -> TaskManager:
        """The app's task manager (created on first use, so dialogs work in tests without an app object)."""
        if cls._current is None:
            cls._current = TaskManager()
        return cls._current

    def submit(self, pool: Pool, fn: Callable[[], Any], done: Callable[[Any, BaseException | None], None]) -> None:
        """Run `fn` on `pool`; `done(result, error)` runs on the GUI thread afterwards."""
        if self.synchronous:
            self.pending += 1
            try:
                result = fn()
            except BaseException as exc:  # handed to the failure handler, never swallowed
                self._finish(done, None, exc)
            else:
                self._finish(done, result, None)
            return

        self.pending += 1

        def work() -> None:
            try:
                result = fn()
            except BaseException as exc:
                # `exc` is unbound after the except block, so bind it into the closure now.
                self._bridge.call.emit(lambda err=exc: self._finish(done, None, err))
            else:
                self._bridge.call.emit(lambda: self._finish(done, result, None))

        if pool == "db":
            self._db.submit(work)
        else:
            self._net.start(work)

    def call_soon(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the GUI thread at the next turn of the event loop (callable from any thread)."""
        self._bridge.call.emit(fn)

    def db_future(self, fn: Callable[[], T]) -> Future[T]:
        """Start `fn` on the database thread and return its Future (the caller decides how long to wait)."""
        if self.synchronous:
            fut: Future[T] = Future()
            try:
                fut.set_result(fn())
            except BaseException as exc:
                fut.set_exception(exc)
            return fut
        return self._db.submit(fn)

    def run_db_blocking(self, fn: Callable[[], T]) -> T:
        """Run `fn` on the database thread and wait for it (used by the list model's on-demand row fetch, which
        Qt's `data()` needs synchronously). Never call this from the database thread itself."""
        if self.synchronous:
            return fn()
        return self._db.submit(fn).result()

    def _finish(
        self, done: Callable[[Any, BaseException | None], None], result: Any, error: BaseException | None
    ) -> None:
        self.pending -= 1
        try:
            done(result, error)
        finally:
            if self.pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Wait for running work to end (the app is quitting)."""
        self._net.waitForDone(10_000)
        self._db.shutdown(wait=True, cancel_futures=True)
        if TaskManager._current is self:
            TaskManager._current = None


class Op(Generic[T]):
    """A piece of background work: `Op(parent, fn).success(cb).failure(cb).run()`.

    Without a failure handler an error is shown to the user (a plain message for known errors, the crash dialog
    for bugs). Handlers are skipped when `parent` was deleted meanwhile (its window closed)."""

    def __init__(self, parent: QObject | None, fn: Callable[[], T], *, pool: Pool = "db") -> None:
        self._parent = parent
        self._fn = fn
        self._pool: Pool = pool
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._finally: Callable[[], None] | None = None

    def success(self, cb: Callable[[T], None]) -> Op[T]:
        self._success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op[T]:
        self._failure = cb
        return self

    def always(self, cb: Callable[[], None]) -> Op[T]:
        """Runs after success or failure (e.g. to re-enable a button)."""
        self._finally = cb
        return self

    def run(self, taskman: TaskManager | None = None) -> None:
        (taskman or TaskManager.current()).submit(self._pool, self._fn, self._done)

    def _done(self, result: Any, error: BaseException | None) -> None:
        if self._parent is not None and not is_alive(self._parent):
            return
        try:
            if isinstance(error, StoreClosed):
                # Queued before the cache was closed (lock, sign-out, quit): its answer is no longer wanted.
                log.info("background work dropped: the cache was closed meanwhile")
            elif error is None:
                if self._success is not None:
                    self._success(result)
            elif self._failure is not None:
                self._failure(error)
            else:
                from council_desk.ui.errors import show_error

                # A controller (a QObject) shows the error over its window; a widget over itself.
                owner = self._parent
                while owner is not None and not isinstance(owner, QWidget):
                    owner = owner.parent()
                show_error(owner, error)
        finally:
            if self._finally is not None:
                self._finally()
