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

    def set_session_remaining(self, remaining_ms: int) -> None:
        """Count the absolute limit down from `remaining_ms` (the session began before this window)."""
        self.session_ms = max(0, remaining_ms)
        self._session.restart()
        if self.active and self.session_ms == 0:
            self._check()

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


def _fit(label: QLabel) -> None:
    """Reserve a wrapped label's full height for its fixed width: the centred column takes its children's size
    hints, which for wrapped text are worked out for another width (the last line was cut off)."""
    label.setMinimumHeight(label.heightForWidth(label.width()) if label.text() else 0)


class LockScreen(QWidget):
    """What the window shows while locked: no case data; the caseworker proves who they are with the unlock PIN or
    passphrase (tries counted), or signs in again through the browser. A password manager's lock is the model."""

    unlock_requested = Signal(str)  # the PIN or passphrase typed
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.busy = False
        self.locked_out = False
        self.heading = QLabel(self.tr("Council Desk is locked"), self)
        self.heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.why = QLabel(self)
        self.why.setObjectName("lockWhy")
        self.why.setWordWrap(True)
        self.why.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret_label = QLabel(self.tr("Your unlock PIN or passphrase"), self)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("unlockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaximumWidth(320)
        self.secret.setMinimumWidth(240)
        self.secret_label.setBuddy(self.secret)
        self.secret.setAccessibleName(self.tr("Unlock PIN or passphrase"))
        self.secret.setAccessibleDescription(self.tr("The PIN or passphrase you chose for this PC"))
        self.unlock = QPushButton(self.tr("Unlock"), self)
        self.unlock.setObjectName("unlockButton")
        self.unlock.setDefault(True)
        self.unlock.setMinimumWidth(200)
        self.unlock.clicked.connect(self._unlock)
        self.secret.returnPressed.connect(self._unlock)
        self.secret.textChanged.connect(lambda text: self.unlock.setEnabled(bool(text) and not self.busy))
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-weight: 600;")
        self.sign_in = QPushButton(self.tr("Sign in with your browser…"), self)
        self.sign_in.setObjectName("lockSignInButton")
        self.sign_in.setMinimumWidth(200)
        self.sign_in.clicked.connect(self.sign_in_requested)
        # One centred column, as wide as a sentence or two: wrapped messages get their full height in it.
        column = QWidget(self)
        # The wrapped labels get a fixed width: their height is then worked out for the width they really have
        # (in a column of free width Qt sized them for one width and laid them out at another, cutting a line).
        for label in (self.why, self.message):
            label.setFixedWidth(520)
        col = QVBoxLayout(column)
        col.addWidget(self.heading)
        col.addWidget(self.why, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addSpacing(12)
        for w in (self.secret_label, self.secret, self.unlock):
            col.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addWidget(self.sign_in, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.configure(expired=False)

    def configure(self, *, expired: bool, locked_out: bool = False) -> None:
        """Set the screen for an idle lock, the end of the session, or a PIN locked out by wrong tries."""
        self.secret.clear()
        self.message.clear()
        self.busy = False
        self.locked_out = locked_out
        if locked_out:
            self.why.setText(
                self.tr(
                    "Too many wrong tries. Sign in again with your browser to unlock Council Desk on this PC. "
                    "Your work is saved."
                )
            )
        elif expired:
            self.why.setText(
                self.tr(
                    "Your session has reached its daily limit. Sign in again with your browser to continue. "
                    "No network? Your PIN or passphrase keeps you working offline."
                )
            )
        else:
            self.why.setText(
                self.tr(
                    "Locked after a period without use, to keep constituents' details private. Your work is saved."
                )
            )
        for w in (self.secret_label, self.secret, self.unlock):
            w.setVisible(not locked_out)
        self.unlock.setEnabled(False)
        self.sign_in.setDefault(locked_out)
        _fit(self.why)
        _fit(self.message)
        if not locked_out:
            self.secret.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While a try is checked (the slow verifier takes a moment): no second try, no typing."""
        self.busy = busy
        self.secret.setEnabled(not busy)
        self.unlock.setEnabled(not busy and bool(self.secret.text()))
        if busy:
            self.message.setText(self.tr("Checking…"))
            _fit(self.message)

    def show_refusal(self, text: str, *, locked_out: bool = False) -> None:
        self.set_busy(False)
        if locked_out:
            self.configure(expired=False, locked_out=True)
        self.message.setText(text)
        _fit(self.message)
        self.secret.clear()
        if not locked_out:
            self.secret.setFocus()

    def _unlock(self) -> None:
        text = self.secret.text()
        if not text or self.busy:
            return
        self.secret.clear()
        self.unlock_requested.emit(text)
