"""The application object: QApplication setup, one instance per user, translations, and the window flow
(sign-in → main window → lock → unlock / sign in again).

Deviations from docs/INTERFACES.md and notes for the other parts (see also the final report):
- The windows talk to the core through `ui.backend.Backend`; `ui.session_backend.SessionBackend` adapts
  `sync.session.Session`. On lock it also clears `Session._passphrase` (a private attribute) so that no
  passphrase-derived secret stays in memory; a public `Session.forget_secrets()` would be cleaner.
- `CaseQuery` is imported from `council_desk.cache.queries` (INTERFACES names `cache.store`).
- `store.reminders(today)` returns every open reminder; the Reminders view keeps those due today or overdue.
- PySide6 is pinned below 6.12: 6.12.0 on Python 3.11 drops references to None/True/False on every emit and slot
  return and aborts the interpreter (tests/ui/test_binding.py).
"""

from __future__ import annotations

import gc
import getpass
import hashlib
import logging
import os
from typing import Any

from council_desk import policy
from council_desk.api.models import Me
from council_desk.logs import setup_logging
from council_desk.resources import resource_dir
from council_desk.ui.backend import Backend
from council_desk.ui.error_text import error_message
from council_desk.ui.errors import install_excepthook
from council_desk.ui.i18n import chosen_language
from council_desk.ui.i18n import install_translations as _install
from council_desk.ui.main_window import MainWindow
from council_desk.ui.qt import (
    QApplication,
    QByteArray,
    QIcon,
    QLocalServer,
    QLocalSocket,
    QMessageBox,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from council_desk.ui.settings import MAIN_GEOMETRY, MAIN_SPLITTER, SYNC_MINUTES, UI_LANGUAGE, Settings
from council_desk.ui.signin import SignInWindow

log = logging.getLogger("council_desk.ui.app")


def instance_name() -> str:
    """Per OS user (and per data folder, so tests with their own folder do not collide); hashed, so the socket
    name does not reveal the user name."""
    who = f"{getpass.getuser()}|{os.environ.get('COUNCIL_DESK_DATA_DIR', '')}"
    return "council-desk-" + hashlib.sha256(who.encode()).hexdigest()[:16]


class SingleInstance(QObject):
    """The first instance listens on a local socket; a later one asks it to come forward and exits."""

    raise_requested = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or instance_name()
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def claim(self) -> bool:
        """True if this is the first instance (and now listens); False after asking the first one to show."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if sock.waitForConnected(500):
            sock.write(QByteArray(b"raise\n"))
            sock.flush()
            sock.waitForBytesWritten(500)
            sock.disconnectFromServer()
            return False
        # Nobody answered: a socket file left by a crashed instance would block listen(), so remove it.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance socket could not listen")
            return True
        server.newConnection.connect(self._incoming)
        self.server = server
        return True

    def _incoming(self) -> None:
        # Any connection is a second start: bring the window forward. The socket stays a child of the server
        # (deleted with it); deleting it from its own signal handlers is what crashes Qt.
        assert self.server is not None
        sock = self.server.nextPendingConnection()
        if sock is not None:
            self._clients.append(sock)
            self.raise_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            for sock in self._clients:
                sock.abort()
            self._clients.clear()
            self.server.close()
            self.server.deleteLater()
            self.server = None


def install_translations(app: QApplication, language: str = "") -> str:
    """Load the interface language (`ui.i18n`: the saved choice, else the PC's) and Qt's own translations; the
    layout turns right-to-left only when an Arabic or Urdu translation loaded. Returns the language used."""
    return _install(app, chosen_language(language)).language


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or ["council-desk"])
    app.setApplicationName("Council Desk")
    app.setOrganizationName("Council Desk")
    app.setApplicationDisplayName("Council Desk")
    app.setWindowIcon(QIcon(str(resource_dir("icons", "council-desk.png"))))
    return app


class DeskApp(QObject):
    """Owns the windows. `main` exists once signed in (or opened offline)."""

    main_shown = Signal()

    def __init__(self, backend: Backend, settings: Settings, **main_kw: Any) -> None:
        super().__init__()
        self.backend = backend
        self.settings = settings
        self._main_kw = main_kw
        self.sign_in_window = SignInWindow(backend, settings)
        self.sign_in_window.signed_in.connect(lambda me: self._open_main(me, sync=True))
        self.sign_in_window.opened_offline.connect(lambda me: self._open_main(me, sync=True))
        self.main: MainWindow | None = None

    def start(self) -> None:
        self.sign_in_window.show()

    def bring_to_front(self) -> None:
        w = self.main if self.main is not None and self.main.isVisible() else self.sign_in_window
        w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()

    def _open_main(self, _me: Me, *, sync: bool) -> None:
        if self.main is not None:
            self.main.close()
            self.main.deleteLater()
        main_kw = dict(self._main_kw)
        main_kw.setdefault("sync_minutes", self.settings.get(SYNC_MINUTES))
        self.main = MainWindow(self.backend, **main_kw)
        geometry = self.settings.get(MAIN_GEOMETRY)
        if not geometry.isEmpty():
            self.main.restoreGeometry(geometry)
        split = self.settings.get(MAIN_SPLITTER)
        if not split.isEmpty():
            self.main.splitter.restoreState(split)
        self.main.sign_in_needed.connect(self._sign_in_again)
        self.main.destroyed.connect(lambda *_: None)
        self.main.show()
        self.sign_in_window.hide()
        self.main.start(sync=sync)
        # The objects made so far (modules, Qt wrappers, the window) live as long as the app: out of the
        # collector's way, so its full passes (set off by a sync's pages of short-lived records) stop walking
        # them and pausing the window for as long as that takes.
        gc.freeze()
        self.main_shown.emit()

    def _sign_in_again(self) -> None:
        """Session over (absolute limit) or the server wants a new sign-in: back to the sign-in window."""
        if self.main is not None and not self.main.is_locked:
            self.main.lock(expired=True)
        self.sign_in_window.show()
        self.sign_in_window.raise_()

    def save_layout(self) -> None:
        if self.main is not None:
            self.settings.set(MAIN_GEOMETRY, self.main.saveGeometry())
            self.settings.set(MAIN_SPLITTER, self.main.splitter.saveState())
            self.settings.sync()

    def shutdown(self) -> None:
        self.save_layout()
        if self.main is not None:
            self.main.close()
        self.backend.close_store()


def _quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C / SIGTERM quit cleanly (so `council-desk demo` stops its sandbox). Python runs signal handlers only
    between bytecodes, so a light timer gives the interpreter a turn while Qt waits for events."""
    import signal

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_a: app.quit())
    timer = QTimer(app)
    timer.setInterval(300)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def run_app(backend: Backend | None = None, argv: list[str] | None = None, *, auto_sign_in: bool = False) -> int:
    """Start the desktop app; returns the process exit code."""
    setup_logging()
    app = make_qapplication(argv)
    try:
        office_policy = policy.current()
    except policy.PolicyFileProblem as exc:
        # Before any window: the app does not run half-configured, and a GUI start has no console to print to.
        log.error("policy file problem at start-up (line %s)", exc.line)
        QMessageBox.critical(None, "Council Desk", error_message(exc))  # names a file: English, as written
        return exc.exit_code
    settings = Settings()
    # The caseworker's own choice of language first, then the office's default, then the system's.
    install_translations(app, settings.get(UI_LANGUAGE) or office_policy.language or "")
    single = SingleInstance()
    if not single.claim():
        print("Council Desk is already running; it was brought to the front.")
        return 0
    install_excepthook()
    from council_desk.ui.taskman import TaskManager

    tm = TaskManager.current()
    if backend is None:
        from council_desk.ui.session_backend import SessionBackend

        backend = SessionBackend()
    desk = DeskApp(backend, settings)
    single.raise_requested.connect(desk.bring_to_front)
    _quit_on_signals(app)
    desk.start()
    if auto_sign_in:
        desk.sign_in_window.sign_in()
    app.aboutToQuit.connect(desk.shutdown)
    try:
        return int(app.exec())
    finally:
        single.release()
        tm.shutdown()
