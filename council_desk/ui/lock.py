"""Idle lock and absolute session limit (NIST SP 800-63B: idle ≤ 15 min, re-authentication ≤ 12 h).

`IdleWatcher` is an app-wide event filter: any key, mouse or wheel input counts as activity. Time is measured on
the monotonic clock (QElapsedTimer), so changing the wall clock neither unlocks nor postpones the lock.
When it fires, the main window hides all personal data, clears its models, drops the store (and with it the key)
and clears the clipboard if the app put something there; `LockScreen` is what remains on screen.
"""

from __future__ import annotations

from council_desk.ui.qt import (
    QApplication,
    QElapsedTimer,
    QEvent,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` once after `idle_ms` without input, and `expired` once `session_ms` after `start()`."""

    idle = Signal()
    expired = Signal()

    def __init__(self, idle_ms: int, session_ms: int, *, check_ms: int = 1000, parent: QObject | None = None):
        super().__init__(parent)
        self.idle_ms = idle_ms
        self.session_ms = session_ms
        self._last_input = QElapsedTimer()
        self._session = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(min(check_ms, max(50, idle_ms // 4)))
        self._timer.timeout.connect(self._check)
        self.active = False

    def start(self) -> None:
        """Start (or restart after sign-in) both clocks and watch the whole application's input."""
        self._last_input.start()
        self._session.start()
        self.active = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def start_idle_only(self) -> None:
        """After an unlock: the idle clock restarts, the session clock keeps running."""
        self._last_input.restart()
        self.active = True
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self.active = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in _INPUT_EVENTS:
            self._last_input.restart()
        return False

    def session_elapsed_ms(self) -> int:
        return int(self._session.elapsed()) if self._session.isValid() else 0

    def _check(self) -> None:
        if not self.active:
            return
        if self._session.isValid() and self._session.elapsed() >= self.session_ms:
            self.active = False
            self._timer.stop()
            self.expired.emit()
        elif self._last_input.elapsed() >= self.idle_ms:
            self.active = False
            self._timer.stop()
            self.idle.emit()


class LockScreen(QWidget):
    """What the window shows while locked: no case data, an unlock button (and a passphrase field if needed)."""

    unlock_requested = Signal(str)  # passphrase, or "" when the keyring holds the key
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.heading = QLabel(self.tr("Council Desk is locked"), self)
        self.heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Cache passphrase"))
        self.passphrase.setAccessibleName(self.passphrase.placeholderText())
        self.passphrase.setMaximumWidth(320)
        self.unlock = QPushButton(self.tr("Unlock"), self)
        self.unlock.setObjectName("unlockButton")
        self.unlock.setDefault(True)
        self.unlock.setMinimumWidth(200)
        self.unlock.clicked.connect(self._unlock)
        self.passphrase.returnPressed.connect(self._unlock)
        self.sign_in = QPushButton(self.tr("Sign in again…"), self)
        self.sign_in.setObjectName("lockSignInButton")
        self.sign_in.setMinimumWidth(200)
        self.sign_in.clicked.connect(self.sign_in_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.why)
        layout.addSpacing(12)
        for w in (self.passphrase, self.unlock, self.sign_in):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.configure(expired=False, needs_passphrase=False)

    def configure(self, *, expired: bool, needs_passphrase: bool) -> None:
        self.passphrase.clear()
        if expired:
            self.why.setText(
                self.tr("Your session has ended (the daily limit for signed-in time). Sign in again to continue.")
            )
        else:
            self.why.setText(
                self.tr("Locked after a period without use, to keep constituents' details private. "
                        "Your work is saved.")
            )
        self.passphrase.setVisible(needs_passphrase and not expired)
        self.unlock.setVisible(not expired)
        self.sign_in.setVisible(expired)

    def _unlock(self) -> None:
        text = self.passphrase.text() if self.passphrase.isVisible() else ""
        self.passphrase.clear()
        self.unlock_requested.emit(text)
