"""The Qt binding must not leak references to Python's singletons.

PySide6 6.12.0 on Python 3.11 drops a reference to True/False on every signal emit (and to None on every Python
slot return); the interpreter aborts after a few thousand events. pyproject pins PySide6 below 6.12 for that
reason; this test fails loudly if a future version range lets a leaking binding back in.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
    app = QCoreApplication([])

    class Emitter(QObject):
        sig = Signal()

        @Slot()
        def slot(self):
            return None

    def counts():
        return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)

    e = Emitter()
    e.sig.connect(e.slot)
    before = counts()
    for _ in range(20000):
        e.sig.emit()
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1) or (len(ticks) >= 2000 and app.quit()))
    timer.start(0)
    app.exec()
    after = counts()
    print(*[a - b for a, b in zip(after, before)])
    """
)


def test_signals_and_slots_do_not_leak_singleton_references() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"the binding aborted the interpreter: {proc.stderr[-500:]}"
    deltas = [int(x) for x in proc.stdout.split()]
    # A few references may be held by live objects (the timer, the list); a leak would be thousands.
    assert all(abs(d) < 100 for d in deltas), deltas
