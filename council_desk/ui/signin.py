"""The sign-in window: server address (remembered), sign in through the system browser, or open the cache offline.

Sign-in follows RFC 8252: the system browser shows the server's own login page and redirects to a one-shot
loopback listener; there is no embedded web view. While the browser is in front the window says so, and it comes
back to the front when the callback arrives.
"""

from __future__ import annotations

import os
import threading

from council_desk.api.models import Me
from council_desk.cache.errors import InsecureKeyring, KeyringUnavailable, PassphraseRequired
from council_desk.domain.errors import KnownError
from council_desk.ui.accessibility import describe
from council_desk.ui.backend import Backend
from council_desk.ui.colors import callout
from council_desk.ui.dialogs import PassphraseDialog
from council_desk.ui.error_text import error_message
from council_desk.ui.errors import show_error
from council_desk.ui.qt import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.settings import SERVER_URL, Settings
from council_desk.ui.settings_dialog import language_button
from council_desk.ui.taskman import Op

TRAINING_HINT_ENV = "COUNCIL_DESK_TRAINING_HINT"


def is_local_server(url: str) -> bool:
    from urllib.parse import urlsplit

    host = (urlsplit(url.strip()).hostname or "").lower()
    return host in ("127.0.0.1", "::1", "localhost")


class SignInWindow(QWidget):
    signed_in = Signal(object)  # Me
    opened_offline = Signal(object)  # Me

    def __init__(self, backend: Backend, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInWindow")
        self.backend = backend
        self.settings = settings
        self._cancel: threading.Event | None = None
        self.setWindowTitle(self.tr("Council Desk — sign in"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Council Desk"), self)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        sub = QLabel(self.tr("311 complaints shared with your council member's office, with the filer's consent."))
        sub.setWordWrap(True)
        self.server = QLineEdit(settings.get(SERVER_URL), self)
        self.server.setObjectName("serverEdit")
        self.server.textChanged.connect(self._server_changed)
        describe(self.server, self.tr("The 311 access system's address, from your office's IT contact"))
        self.sign_in_button = QPushButton(self.tr("Sign in with your browser"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setMinimumHeight(36)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSignIn")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.offline_button = QPushButton(self.tr("Open offline"), self)
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setToolTip(self.tr("Work with the cases already on this PC until the server is back"))
        self.offline_button.clicked.connect(self.open_offline)
        self.status = QLabel(self)
        self.status.setObjectName("signInStatus")
        self.status.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("trainingHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        callout(self.hint, "info")

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button, 2)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.offline_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(language_button(self, settings), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(sub)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._server_changed()

    def _server_changed(self) -> None:
        url = self.server.text().strip()
        hint = os.environ.get(TRAINING_HINT_ENV, "")
        # The training account is shown only for the local training sandbox, never for a real server.
        self.hint.setVisible(bool(hint) and is_local_server(url))
        self.hint.setText(self.tr("Training sandbox on this PC. Training account:") + "\n" + hint)
        try:
            offline = self.backend.can_open_offline(url)
        except KnownError:
            offline = False
        self.offline_button.setEnabled(offline)
        self.offline_button.setToolTip(
            self.tr("Work with the cases already on this PC until the server is back")
            if offline
            else self.tr("No usable cases on this PC for this server (never synced, or offline too long)")
        )

    def _busy(self, busy: bool, message: str = "") -> None:
        self.sign_in_button.setEnabled(not busy)
        self.offline_button.setEnabled(not busy and self.backend.can_open_offline(self.server.text().strip()))
        self.server.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.status.setText(message)

    def sign_in(self) -> None:
        url = self.server.text().strip()
        self.settings.set(SERVER_URL, url)
        self.settings.sync()
        cancel = threading.Event()
        self._cancel = cancel
        self._busy(
            True, self.tr("Your web browser is opening the sign-in page. Sign in there, then come back here.")
        )

        def ok(me: Me) -> None:
            self._busy(False)
            self._cancel = None
            self.bring_to_front()
            self.signed_in.emit(me)

        def failed(error: BaseException) -> None:
            self._cancel = None
            self._busy(False, error_message(error) if isinstance(error, KnownError) else "")
            self.bring_to_front()
            if isinstance(error, KeyringUnavailable | InsecureKeyring | PassphraseRequired):
                # Signed in, but this PC has no usable keyring: the cache needs a passphrase.
                self._open_with_passphrase(error_message(error), signed_in=True)
                return
            if not isinstance(error, KnownError) or not cancel.is_set():
                show_error(self, error)

        Op(self, lambda: self.backend.sign_in(url, cancel), pool="net").success(ok).failure(failed).run()

    def _open_with_passphrase(self, why: str, *, signed_in: bool) -> None:
        first = not self.backend.can_open_offline(self.server.text().strip())
        dlg = PassphraseDialog(why, confirm=first, parent=self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        phrase = dlg.passphrase()

        def opened(_r: object) -> None:
            me = self.backend.me
            if me is not None:
                (self.signed_in if signed_in else self.opened_offline).emit(me)

        Op(self, lambda: self.backend.reopen_store(phrase)).success(opened).run()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def open_offline(self, *, passphrase: str | None = None) -> None:
        url = self.server.text().strip()
        self.settings.set(SERVER_URL, url)
        if passphrase is None and self.backend.needs_passphrase():
            dlg = PassphraseDialog(
                self.tr("This PC has no system keyring, so the case cache is locked with a passphrase. "
                        "Enter it to open the cases offline."),
                parent=self,
            )
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            passphrase = dlg.passphrase()
        self._busy(True, self.tr("Opening the cases on this PC…"))

        def ok(me: Me) -> None:
            self._busy(False)
            self.opened_offline.emit(me)

        def failed(error: BaseException) -> None:
            self._busy(False, error_message(error) if isinstance(error, KnownError) else "")
            show_error(self, error)

        Op(self, lambda: self.backend.open_offline(url, passphrase)).success(ok).failure(failed).run()

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
