"""Desktop app benchmarks with 100k cached cases (run: `./dev bench` or `pytest tests/bench -m bench -s`).

Figures printed: process start → interactive, painted main window, and the same for a bare PySide6 window started
the same way (ratio); RSS of the app process; search keystroke → list repaint (p50/p95); scrolling the list top to
bottom. Budgets (issue 4): start ≤ 1.5 s, RSS ≤ 250 MB, keystroke p95 ≤ 50 ms.
"""

from __future__ import annotations

import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

N_CASES = int(os.environ.get("COUNCIL_DESK_BENCH_CASES", "100000"))

# Child process: started cold, like the app. Prints one JSON line once the window is painted and idle.
CHILD = r"""
import os, sys, time, json
T0 = float(os.environ["BENCH_T0"])
mode = sys.argv[1]
from council_desk.ui.qt import QApplication, QMainWindow, QLabel, QObject, QEvent, QTimer
app = QApplication(["bench"])
painted = {"t": None}
class PaintWatch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and painted["t"] is None and ready["v"]:
            painted["t"] = time.time()
            QTimer.singleShot(0, app.quit)
        return False
ready = {"v": False}
watch = PaintWatch()
if mode == "bare":
    w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1280, 800)
    w.centralWidget().installEventFilter(watch)
    ready["v"] = True
    w.show()
else:
    from pathlib import Path
    from council_desk.cache.store import CaseStore
    from council_desk.ui.main_window import MainWindow
    from council_desk.ui.taskman import TaskManager
    class B:
        server = "bench"
        def __init__(self):
            key = bytes.fromhex(os.environ["BENCH_KEY"])
            self._s = CaseStore.open(Path(os.environ["BENCH_DB"]), key, create=False)
        @property
        def me(self): return self._s.me()
        @property
        def store(self): return self._s
        audit = None
        def needs_passphrase(self): return False
        def session_remaining_ms(self): return 12 * 3_600_000
        def close_store(self): pass
    tm = TaskManager()
    w = MainWindow(B(), sync_minutes=60)
    w.table.viewport().installEventFilter(watch)
    def on_list():
        ready["v"] = True
        w.table.viewport().update()
    # The first screen of the list is what the caseworker sees first (the rest of the ids follow, see
    # MainWindow.refresh_list); the full list's arrival is reported as well.
    full = {"t": None}
    def on_full():
        full["t"] = time.time()
    w.list_shown.connect(on_list)
    w.list_refreshed.connect(on_full)
    w.show()
    w.start(sync=False)
app.exec()
if mode != "bare":
    while full["t"] is None:  # let the whole id list arrive too (for its time and for RSS)
        app.processEvents()
        time.sleep(0.005)
import psutil
out = {"start_s": painted["t"] - T0, "rss_mb": psutil.Process().memory_info().rss / 2**20}
if mode != "bare":
    out["full_s"] = full["t"] - T0
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def big_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    from council_desk.cache.store import CaseStore
    from tests.support.records import app_me
    from tests.support.stores import fill_app

    path = tmp_path_factory.mktemp("bench") / "cache.db"
    key = secrets.token_bytes(32)
    store = CaseStore.open(path, key)
    store.save_me(app_me())
    t = time.perf_counter()
    fill_app(store, N_CASES, page=5000)
    print(f"\n[bench-ui] filled {N_CASES} cases in {time.perf_counter() - t:.1f} s")
    store.close()
    return path, key


def _child(mode: str, path: Path, key: bytes) -> dict[str, Any]:
    env = dict(
        os.environ,
        BENCH_DB=str(path),
        BENCH_KEY=key.hex(),
        QT_QPA_PLATFORM="offscreen",
        BENCH_T0=repr(time.time()),
    )
    out = subprocess.run([sys.executable, "-c", CHILD, mode], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.bench
def test_cold_start_and_memory(big_cache: tuple[Path, bytes]) -> None:
    path, key = big_cache
    runs_app, runs_bare, runs_full = [], [], []
    rss = 0.0
    for _ in range(3):
        runs_bare.append(_child("bare", path, key)["start_s"])
        r = _child("app", path, key)
        runs_app.append(r["start_s"])
        runs_full.append(r["full_s"])
        rss = max(rss, r["rss_mb"])
    app_s, bare_s = statistics.median(runs_app), statistics.median(runs_bare)
    print(
        f"\n[bench-ui] start to painted main window ({N_CASES} cases): {app_s:.3f} s (median of 3); "
        f"bare PySide6 window: {bare_s:.3f} s; ratio {app_s / bare_s:.2f}; RSS {rss:.0f} MB; "
        f"all {N_CASES} ids in the list at {statistics.median(runs_full):.3f} s"
    )
    print(
        f"[bench-ui] start budget 1.5 s: {'met' if app_s <= 1.5 else 'NOT met'}; RSS budget 250 MB: "
        f"{'met' if rss <= 250 else 'NOT met'}"
    )
    assert rss <= 250


@pytest.mark.bench
@pytest.mark.timeout(1200)
def test_search_keystroke_and_scroll(qtbot: Any, big_cache: tuple[Path, bytes]) -> None:
    from council_desk.cache.store import CaseStore
    from council_desk.ui.main_window import MainWindow
    from council_desk.ui.qt import QApplication
    from council_desk.ui.taskman import TaskManager

    path, key = big_cache
    store = CaseStore.open(path, key, create=False)

    class B:
        server = "bench"
        audit = None

        @property
        def me(self) -> Any:
            return store.me()

        @property
        def store(self) -> Any:
            return store

        def needs_passphrase(self) -> bool:
            return False

        def session_remaining_ms(self) -> int:
            return 12 * 3_600_000  # the session began a moment ago (ui/backend.py)

        def close_store(self) -> None:
            pass

    TaskManager()
    win = MainWindow(B(), sync_minutes=60)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=30_000):
        win.start(sync=False)
    times: list[float] = []
    by_word: dict[str, float] = {}
    words = [
        "b",
        "br",
        "bro",
        "broa",
        "broad",
        "broadw",
        "broadwa",
        "broadway",
        "broadway ",
        "broadway 1",
        "n",
        "no",
        "noi",
        "nois",
        "noise",
        "r",
        "ro",
        "rod",
        "rode",
        "roden",
        "rodent",
        "h",
        "he",
        "hea",
        "heat",
        "w",
        "wa",
        "wat",
        "wate",
        "water",
    ]
    for w in words:
        win.filters.search.setText(w)
        t = time.perf_counter()
        with qtbot.waitSignal(win.list_shown, timeout=10_000):
            win.filters.apply_now()  # the keystroke after its debounce
        win.table.viewport().repaint()
        times.append(time.perf_counter() - t)
        by_word[w] = times[-1]
    times.sort()
    slowest = sorted(by_word.items(), key=lambda kv: -kv[1])[:6]
    print("\n[bench-ui] slowest keystrokes: " + ", ".join(f"{w!r} {s * 1000:.0f} ms" for w, s in slowest))
    p50 = times[len(times) // 2]
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(
        f"\n[bench-ui] search keystroke → list repaint over {N_CASES} cases: p50 {p50 * 1000:.1f} ms, "
        f"p95 {p95 * 1000:.1f} ms ({len(times)} keystrokes; the 150 ms typing debounce not included)"
    )
    # When typing pauses: keystroke → every matching id in the list (count and scroll range final). This
    # includes MainWindow.FULL_LIST_DELAY_MS, the wait that lets a next keystroke make the full list moot.
    full_times: list[float] = []
    for w in ["broadway", "noise", "street", "department", "h", "water"]:
        win.filters.search.setText(w)
        t = time.perf_counter()
        with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
            win.filters.apply_now()
        full_times.append(time.perf_counter() - t)
    print(
        f"[bench-ui] keystroke → full id list (typing paused; includes the 120 ms wait): "
        f"median {statistics.median(full_times) * 1000:.0f} ms, max {max(full_times) * 1000:.0f} ms"
    )

    win.filters.search.setText("")
    with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
        win.filters.apply_now()
    bar = win.table.verticalScrollBar()
    rows = win.model.rowCount()
    # 1) dragging the scroll bar's thumb from top to bottom: 400 positions, each painted with its rows.
    t = time.perf_counter()
    for i in range(1, 401):
        bar.setValue(bar.maximum() * i // 400)
        win.table.viewport().repaint()
        QApplication.processEvents()
    drag = time.perf_counter() - t
    # 2) Page Down through the first 300 pages (the steady per-page cost, including block fetches).
    bar.setValue(0)
    t = time.perf_counter()
    for _ in range(300):
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
        win.table.viewport().repaint()
        QApplication.processEvents()
    per_page = (time.perf_counter() - t) / 300
    pages = rows / max(1, bar.pageStep())
    print(
        f"[bench-ui] scroll top to bottom over {rows} rows by dragging the thumb (400 painted positions): "
        f"{drag:.2f} s; Page Down: {per_page * 1000:.1f} ms a page (≈ {per_page * pages:.0f} s for all "
        f"{pages:.0f} pages); rows held in memory: {win.model.cached_count()}"
    )
    # Baseline in the same run: a table of the same size over a trivial model (Qt's own painting cost).
    from council_desk.ui.qt import QAbstractTableModel, QModelIndex, Qt, QTableView

    class Trivial(QAbstractTableModel):
        def rowCount(self, p: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if p.isValid() else rows

        def columnCount(self, p: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if p.isValid() else 8

        def data(self, i: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return "cell text" if role == Qt.ItemDataRole.DisplayRole else None

    plain = QTableView()
    qtbot.addWidget(plain)
    trivial = Trivial()
    plain.setModel(trivial)
    plain.verticalHeader().setDefaultSectionSize(24)
    plain.resize(win.table.size())
    plain.show()
    pbar = plain.verticalScrollBar()
    t = time.perf_counter()
    for _ in range(300):
        pbar.setValue(min(pbar.maximum(), pbar.value() + pbar.pageStep()))
        plain.viewport().repaint()
        QApplication.processEvents()
    base = (time.perf_counter() - t) / 300
    print(
        f"[bench-ui] Page Down on a same-size table over a trivial model: {base * 1000:.1f} ms a page "
        f"(case list / trivial = {per_page / base:.2f})"
    )
    store.close()
    print(f"[bench-ui] keystroke budget 50 ms p95: {'met' if p95 <= 0.050 else 'NOT met'}")
    assert win.model.cached_count() <= 3000  # rows are fetched on demand, never all 100k


@pytest.mark.bench
@pytest.mark.timeout(1800)
def test_gui_responsive_during_big_first_sync(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window must not freeze while a big first sync runs: measure the longest gap between 10 ms timer ticks
    on the GUI thread during the whole sync (sandbox on loopback, every complaint in district 7 consented)."""
    import keyring
    import keyring.backend

    from council_desk.ui.app import DeskApp
    from council_desk.ui.qt import QElapsedTimer, QTimer
    from council_desk.ui.session_backend import SessionBackend
    from council_desk.ui.settings import SERVER_URL, Settings
    from council_desk.ui.taskman import TaskManager
    from tests.support.sandbox import RunningSandbox

    n = int(os.environ.get("COUNCIL_DESK_BENCH_SYNC_CASES", str(N_CASES)))
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "app"))
    previous = keyring.get_keyring()
    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    t = time.perf_counter()
    sb = RunningSandbox(tmp_path, complaints=n, seed=7, consent_share=1.0, only_district=7, test_mode=False)
    print(f"\n[bench-ui] sandbox with {n} complaints ready in {time.perf_counter() - t:.1f} s")
    tm = TaskManager()
    try:
        for k, v in sb.browser_env("caseworker", 7).items():
            monkeypatch.setenv(k, v)
        # The first sign-in on a PC asks for an unlock PIN (issue 11): nobody is here to type it.
        monkeypatch.setenv("COUNCIL_DESK_TRAINING_PIN", "246813")
        settings = Settings()
        settings.set(SERVER_URL, sb.url)
        desk = DeskApp(SessionBackend(sb.url), settings, sync_minutes=60)
        qtbot.addWidget(desk.sign_in_window)
        desk.start()
        gaps: list[int] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(10)

        def tick() -> None:
            gaps.append(int(clock.restart()))

        ticker.timeout.connect(tick)
        with qtbot.waitSignal(desk.main_shown, timeout=120_000):
            desk.sign_in_window.sign_in()
        main = desk.main
        assert main is not None
        qtbot.addWidget(main)
        clock.start()
        ticker.start()
        t = time.perf_counter()
        with qtbot.waitSignal(main.sync_finished, timeout=1_200_000) as done:
            pass
        took = time.perf_counter() - t
        ticker.stop()
        assert done.args == [True], main.last_sync_error
        cases = desk.backend.store.case_count() if desk.backend.store is not None else 0
        gaps.sort()
        worst = gaps[-1] if gaps else 0
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0
        print(
            f"[bench-ui] first sync of {cases} cases with the window open: {took:.1f} s; GUI thread tick gap "
            f"p99 {p99} ms, worst {worst} ms, ticks over 100 ms: {sum(1 for g in gaps if g > 100)}"
        )
        desk.shutdown()
        main.close()
    finally:
        sb.stop()
        tm.shutdown()
        keyring.set_keyring(previous)
