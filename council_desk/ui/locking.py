"""The lock procedure: hide every piece of personal data, drop the cache (and its key) from memory, clear what the
app put on the clipboard, close any dialog that may show case data — and back only with proof of identity (the
unlock PIN or passphrase, checked on the database worker with its tries counted, or a browser sign-in).

The views that hold case data register how to forget it (`on_lock`) and how to come back (`on_unlock`); the
procedure itself knows none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from council_desk.domain.errors import SignInRequired
from council_desk.ui.error_text import error_message
from council_desk.ui.errors import show_error
from council_desk.ui.lock import IdleWatcher, LockScreen
from council_desk.ui.qt import QApplication, QDialog, QObject, QWidget, Signal
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend

__all__ = ["LockProcedure"]


class LockProcedure(QObject):
    locked = Signal()
    unlocked = Signal()
    unlock_refused = Signal()

    def __init__(self, backend: Backend, screen: LockScreen, idle: IdleWatcher, window: QWidget) -> None:
        super().__init__(window)
        self.backend = backend
        self.screen = screen
        self.idle = idle
        self.window = window
        self.is_locked = False
        self._clipboard_text: str | None = None
        self._on_lock: list[Callable[[], None]] = []
        self._on_unlock: list[Callable[[], None]] = []
        idle.idle.connect(lambda: self.lock(expired=False))
        idle.expired.connect(lambda: self.lock(expired=True))
        screen.unlock_requested.connect(self.unlock)

    def on_lock(self, forget: Callable[[], None]) -> None:
        """`forget` runs when the app locks: it must leave nothing of a case on screen or in a model."""
        self._on_lock.append(forget)

    def on_unlock(self, resume: Callable[[], None]) -> None:
        self._on_unlock.append(resume)

    def set_clipboard(self, text: str) -> None:
        """Put text on the clipboard and remember it, so the lock can clear what the app placed there."""
        QApplication.clipboard().setText(text)
        self._clipboard_text = text

    def lock(self, *, expired: bool = False) -> None:
        """Hide every piece of personal data and drop the store (and its key) from memory."""
        if self.is_locked and not expired:
            return
        self.is_locked = True
        self.idle.stop()
        for forget in self._on_lock:
            forget()
        clip = QApplication.clipboard()
        # Whatever this app put there (a copied phone number, selected complaint text) goes; other apps' not.
        if clip.ownsClipboard() or (self._clipboard_text is not None and clip.text() == self._clipboard_text):
            clip.clear()
        self._clipboard_text = None
        for w in QApplication.topLevelWidgets():
            if w is not self.window and isinstance(w, QDialog) and w.isVisible():
                w.reject()  # an open dialog may show case data
        self.screen.configure(expired=expired)
        # Close on the database worker, after any queued store call, so the connection is not pulled from under it.
        Op(None, self.backend.close_store).run()
        self.locked.emit()

    def unlock(self, secret: str) -> None:
        """The lock screen's proof of identity: the PIN or passphrase, checked (slowly, tries counted) on the
        database worker; the cache opens only if it is right. A wrong one says how many tries are left; the fifth
        locks the PIN out until a browser sign-in."""
        from council_desk.cache.errors import WrongKey
        from council_desk.cache.local_unlock import UnlockLockedOut, UnlockNotSet, WrongUnlockSecret

        backend = self.backend

        def done(_r: Any) -> None:
            self.is_locked = False
            self.screen.set_busy(False)
            self.idle.start_idle_only()
            for resume in self._on_unlock:
                resume()
            self.unlocked.emit()

        def refused(error: BaseException) -> None:
            if isinstance(error, UnlockLockedOut | UnlockNotSet):
                self.screen.show_refusal(error_message(error), locked_out=True)
            elif isinstance(error, WrongUnlockSecret | WrongKey):
                self.screen.show_refusal(
                    error_message(error)
                    if isinstance(error, WrongUnlockSecret)
                    else self.tr("That passphrase is not right.")
                )
            elif isinstance(error, SignInRequired):  # past the session limit with the server reachable
                self.screen.show_refusal(error_message(error))
            else:
                self.screen.show_refusal("")
                show_error(self.window, error)
            self.unlock_refused.emit()

        self.screen.set_busy(True)
        Op(self, lambda: backend.unlock(secret)).success(done).failure(refused).run()
