"""The sign-in window: server address (remembered), sign in through the system browser, or open the cache offline.

Sign-in follows RFC 8252: the system browser shows the server's own login page and redirects to a one-shot
loopback listener; there is no embedded web view. While the browser is in front the window says so, and it comes
back to the front when the callback arrives.

Every way to the cases needs proof of who is at the PC: a browser sign-in (a new one each time: the app asks the
server for it and checks it), or the unlock PIN or passphrase the caseworker chose at their first sign-in here
(the second page) — the only way in offline, tries counted (the third page).
"""

from __future__ import annotations

import os
import threading

from council_desk import policy
from council_desk.api.models import Me
from council_desk.cache.errors import InsecureKeyring, KeyringUnavailable, PassphraseRequired
from council_desk.domain.errors import KnownError
from council_desk.domain.secret_rules import unlock_secret_problem
from council_desk.ui.accessibility import describe, polish
from council_desk.ui.backend import Backend
from council_desk.ui.colors import callout
from council_desk.ui.dialogs import PassphraseDialog
from council_desk.ui.error_text import error_message, rule_message
from council_desk.ui.errors import show_error
from council_desk.ui.qt import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.settings import SERVER_URL, Settings
from council_desk.ui.settings_dialog import language_button
from council_desk.ui.sizing import grow_to_fit
from council_desk.ui.taskman import Op

TRAINING_HINT_ENV = "COUNCIL_DESK_TRAINING_HINT"
# The demo's training PIN (`council-desk demo`): chosen for the caseworker when the server is the local sandbox.
TRAINING_PIN_ENV = "COUNCIL_DESK_TRAINING_PIN"


def is_local_server(url: str) -> bool:
    from urllib.parse import urlsplit

    host = (urlsplit(url.strip()).hostname or "").lower()
    return host in ("127.0.0.1", "::1", "localhost")


class SignInWindow(QWidget):
    signed_in = Signal(object)  # Me
    opened_offline = Signal(object)  # Me
    secret_refused = Signal(str)  # the reason, on the offline page

    def __init__(self, backend: Backend, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInWindow")
        self.backend = backend
        self.settings = settings
        self._cancel: threading.Event | None = None
        self._me: Me | None = None
        self.setWindowTitle(self.tr("Council Desk — sign in"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._build_sign_in_page()
        self._build_choose_page()
        self._build_offline_page()
        self._server_changed()
        polish(self)
        # A page's wrapped text (longer in some languages) gets the height it needs when the page changes.
        self.pages.currentChanged.connect(lambda _i: grow_to_fit(self))

    # --- pages -------------------------------------------------------------------------------------------------
    def _build_sign_in_page(self) -> None:
        page = QWidget(self.pages)
        title = QLabel(self.tr("Council Desk"), page)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        sub = QLabel(self.tr("311 complaints shared with your council member's office, with the filer's consent."))
        sub.setWordWrap(True)
        self.server = QLineEdit(self.settings.get(SERVER_URL), page)
        self.server.setObjectName("serverEdit")
        managed = policy.current().server
        self.server_note = QLabel(self.tr("Set by your office's IT (Council Desk policy file)."), self)
        self.server_note.setObjectName("serverLockedNote")
        self.server_note.setVisible(managed is not None)
        if managed is not None:
            # IT set the server for every PC of the office: shown so people know where they sign in, not editable.
            self.server.setText(managed)
            self.server.setReadOnly(True)
            self.server.setStyleSheet("QLineEdit { background: palette(window); }")  # looks as fixed as it is
            self.server.setToolTip(self.server_note.text())
        self.server.textChanged.connect(self._server_changed)
        describe(self.server, self.tr("The 311 access system's address, from your office's IT contact"))
        self.sign_in_button = QPushButton(self.tr("Sign in with your browser"), page)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setMinimumHeight(36)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setObjectName("cancelSignIn")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.offline_button = QPushButton(self.tr("Open offline…"), page)
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setToolTip(self.tr("Work with the cases already on this PC until the server is back"))
        self.offline_button.clicked.connect(lambda: self.open_offline())
        self.status = QLabel(page)
        self.status.setObjectName("signInStatus")
        self.status.setWordWrap(True)
        self.hint = QLabel(page)
        self.hint.setObjectName("trainingHint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        callout(self.hint, "info")
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server)
        form.addRow("", self.server_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button, 2)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.offline_button, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(language_button(self, self.settings), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(sub)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.sign_in_page = page
        self.pages.addWidget(page)

    def _build_choose_page(self) -> None:
        """After the first sign-in on this PC: the caseworker chooses the PIN or passphrase that unlocks the app
        after the idle lock, and offline. Nothing is shown until one is chosen."""
        page = QWidget(self.pages)
        title = QLabel(self.tr("Choose your unlock PIN"), page)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        title.setWordWrap(True)  # longer in French or Polish than the window is wide
        text = QLabel(
            self.tr(
                "Council Desk locks itself when the PC is left alone. Choose a PIN of at least 6 digits, or a "
                "passphrase of at least 8 characters, to unlock it, and to open your cases when there is no "
                "network. "
                "After 5 wrong tries you will need to sign in again with your browser. Council Desk keeps only a "
                "scrambled check of it, never the PIN itself."
            ),
            page,
        )
        text.setWordWrap(True)
        self.new_secret = QLineEdit(page)
        self.new_secret.setObjectName("newUnlockSecret")
        self.new_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_secret_again = QLineEdit(page)
        self.new_secret_again.setObjectName("newUnlockSecretAgain")
        self.new_secret_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_secret.setAccessibleDescription(
            self.tr("At least 6 digits, or a passphrase of at least 8 characters")
        )
        self.new_secret_again.setAccessibleDescription(self.tr("The same once more, to catch a typing mistake"))
        self.choose_problem = QLabel(page)
        self.choose_problem.setObjectName("chooseProblem")
        self.choose_problem.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Continue"), page)
        self.choose_button.setObjectName("chooseSecretButton")
        self.choose_button.setDefault(True)
        self.choose_button.setEnabled(False)
        self.choose_button.clicked.connect(self._choose_secret)
        back = QPushButton(self.tr("Cancel"), page)
        back.setObjectName("chooseCancel")
        back.clicked.connect(self._cancel_choose)
        for edit in (self.new_secret, self.new_secret_again):
            edit.textChanged.connect(self._check_new_secret)
        self.new_secret_again.returnPressed.connect(self._choose_secret)
        self.choose_page = self._secret_page(
            page,
            title,
            text,
            [(self.tr("PIN or passphrase"), self.new_secret), (self.tr("Again"), self.new_secret_again)],
            self.choose_problem,
            back,
            self.choose_button,
        )

    def _build_offline_page(self) -> None:
        page = QWidget(self.pages)
        title = QLabel(self.tr("Open the cases on this PC"), page)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        title.setWordWrap(True)
        text = QLabel(
            self.tr(
                "Without the 311 access system, your unlock PIN or passphrase proves it is you. Changes you make "
                "are "
                "sent when the network is back."
            ),
            page,
        )
        text.setWordWrap(True)
        self.offline_secret = QLineEdit(page)
        self.offline_secret.setObjectName("offlineSecret")
        self.offline_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.offline_secret.setAccessibleDescription(self.tr("The PIN or passphrase you chose for this PC"))
        self.offline_message = QLabel(page)
        self.offline_message.setObjectName("offlineMessage")
        self.offline_message.setWordWrap(True)
        self.offline_message.setStyleSheet("font-weight: 600;")
        self.offline_open = QPushButton(self.tr("Open"), page)
        self.offline_open.setObjectName("offlineOpenButton")
        self.offline_open.setDefault(True)
        self.offline_open.clicked.connect(self._submit_offline)
        self.offline_secret.returnPressed.connect(self._submit_offline)
        back = QPushButton(self.tr("Back"), page)
        back.setObjectName("offlineBack")
        back.clicked.connect(self.show_sign_in_page)
        self.offline_page = self._secret_page(
            page,
            title,
            text,
            [(self.tr("PIN or passphrase"), self.offline_secret)],
            self.offline_message,
            back,
            self.offline_open,
        )

    def _secret_page(
        self,
        page: QWidget,
        title: QLabel,
        text: QLabel,
        fields: list[tuple[str, QLineEdit]],
        message: QLabel,
        back: QPushButton,
        go: QPushButton,
    ) -> QWidget:
        """The layout both PIN pages share: a title, why, the fields, a message line, Back/Cancel and Go."""
        form = QFormLayout()
        for label, edit in fields:
            form.addRow(label, edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(go)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        for w in (title, text):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.pages.addWidget(page)
        return page

    def show_sign_in_page(self) -> None:
        self.offline_secret.clear()
        self.new_secret.clear()
        self.new_secret_again.clear()
        self.pages.setCurrentWidget(self.sign_in_page)
        self._server_changed()

    # --- the sign-in page --------------------------------------------------------------------------------------
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
        self.show_sign_in_page()
        cancel = threading.Event()
        self._cancel = cancel
        self._busy(
            True, self.tr("Your web browser is opening the sign-in page. Sign in there, then come back here.")
        )

        def ok(me: Me) -> None:
            self._busy(False)
            self._cancel = None
            self.bring_to_front()
            self._signed_in(me)

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

    def _signed_in(self, me: Me) -> None:
        """Signed in: on to the cases, or first to choose the unlock PIN if this account has none on this PC."""
        self._me = me
        training_pin = os.environ.get(TRAINING_PIN_ENV, "")

        def decided(has_secret: bool) -> None:
            if has_secret:
                self.signed_in.emit(me)
            elif training_pin and is_local_server(self.server.text().strip()):
                # The demo on the local training sandbox: its training PIN (shown in the hint) is chosen for you.
                Op(self, lambda: self.backend.set_unlock_secret(training_pin)).success(
                    lambda _r: self.signed_in.emit(me)
                ).run()
            else:
                self.pages.setCurrentWidget(self.choose_page)
                self.new_secret.setFocus()

        Op(self, self.backend.has_unlock_secret).success(decided).run()

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

    # --- choosing the unlock secret ----------------------------------------------------------------------------
    def _check_new_secret(self) -> None:
        text = self.new_secret.text()
        rule = unlock_secret_problem(text) if text else None  # English words from the Qt-free core
        problem = rule_message(rule) if rule else None
        if problem is None and text and self.new_secret_again.text() and text != self.new_secret_again.text():
            problem = self.tr("The two entries differ.")
        self.choose_problem.setText(problem or "")
        self.choose_button.setEnabled(bool(text) and problem is None and text == self.new_secret_again.text())

    def _choose_secret(self) -> None:
        if not self.choose_button.isEnabled() or self._me is None:
            return
        secret, me = self.new_secret.text(), self._me
        self.choose_button.setEnabled(False)

        def chosen(_r: object) -> None:
            self.new_secret.clear()
            self.new_secret_again.clear()
            self.pages.setCurrentWidget(self.sign_in_page)
            self.signed_in.emit(me)

        def failed(error: BaseException) -> None:
            self._check_new_secret()
            show_error(self, error)

        Op(self, lambda: self.backend.set_unlock_secret(secret)).success(chosen).failure(failed).run()

    def _cancel_choose(self) -> None:
        """No PIN, no cases: the cache closes again (the sign-in stays, so choosing later needs no new one)."""
        self._me = None
        Op(None, self.backend.close_store).run()
        self.show_sign_in_page()
        self.status.setText(self.tr("Choose an unlock PIN to see your cases."))

    # --- opening offline ---------------------------------------------------------------------------------------
    def open_offline(self, *, secret: str | None = None) -> None:
        """Ask for the unlock PIN or passphrase (or take `secret`), then open the cases on this PC."""
        url = self.server.text().strip()
        self.settings.set(SERVER_URL, url)
        self.offline_message.clear()
        self.pages.setCurrentWidget(self.offline_page)
        self.offline_secret.setFocus()
        if secret is not None:
            self.offline_secret.setText(secret)
            self._submit_offline()

    def _submit_offline(self) -> None:
        secret = self.offline_secret.text()
        if not secret or not self.offline_open.isEnabled():
            return
        url = self.server.text().strip()
        self.offline_secret.clear()
        self.offline_open.setEnabled(False)
        self.offline_message.setText(self.tr("Checking…"))

        def ok(me: Me) -> None:
            self.offline_open.setEnabled(True)
            self.offline_message.clear()
            self.pages.setCurrentWidget(self.sign_in_page)
            self.opened_offline.emit(me)

        def failed(error: BaseException) -> None:
            self.offline_open.setEnabled(True)
            if isinstance(error, KnownError):
                self.offline_message.setText(error_message(error))
                self.secret_refused.emit(error_message(error))
            else:
                self.offline_message.clear()
                show_error(self, error)
            self.offline_secret.setFocus()

        Op(self, lambda: self.backend.open_offline(url, secret)).success(ok).failure(failed).run()

    def bring_to_front(self) -> None:
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
