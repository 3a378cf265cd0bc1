"""Sync and the status bar: Online / Offline, when the last sync finished, what waits to be sent, why the last sync
failed, a progress bar with Cancel. Sync runs on the network pool; its result is reported as `Changes`."""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING

from council_desk.domain.errors import KnownError, Offline, SignInRequired
from council_desk.ui.changes import ChangeBus, Changes
from council_desk.ui.colors import Role, set_role
from council_desk.ui.error_text import error_message
from council_desk.ui.errors import show_error
from council_desk.ui.qt import QLabel, QMainWindow, QObject, QProgressBar, QPushButton, QTimer, Signal
from council_desk.ui.sizing import char_width
from council_desk.ui.taskman import Op, TaskManager

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend, SyncSummary

__all__ = ["SyncStatus"]


class SyncStatus(QObject):
    finished = Signal(bool)  # ok
    summarized = Signal(object)  # the SyncSummary of a sync that succeeded
    sign_in_needed = Signal()
    running = Signal(bool)  # a sync started (True) or ended (False): the window's Sync action follows it

    def __init__(self, backend: Backend, window: QMainWindow, changes: ChangeBus, sync_minutes: int) -> None:
        super().__init__(window)
        self.backend = backend
        self.window = window
        self.changes = changes
        self.tm = TaskManager.current()
        self._cancel: threading.Event | None = None
        self.paused = False  # the lock: no sync starts, answers are not shown
        self.online: bool | None = None
        self.last_synced: dt.datetime | None = None
        self.last_error = ""
        self.outbox_count = 0
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, sync_minutes) * 60_000)
        self.timer.timeout.connect(self.sync_now)
        self._build(window)
        changes.changed.connect(self._on_changes)

    def _build(self, window: QMainWindow) -> None:
        sb = window.statusBar()
        self.online_label = QLabel(window)
        self.online_label.setObjectName("onlineLabel")
        self.synced_label = QLabel(window)
        self.synced_label.setObjectName("syncedLabel")
        self.outbox_label = QLabel(window)
        self.outbox_label.setObjectName("outboxLabel")
        self.error_label = QLabel(window)
        self.error_label.setObjectName("syncErrorLabel")
        set_role(self.error_label, "muted")
        # A long reason (or a long translation) wraps onto a second line instead of widening the window.
        self.error_label.setWordWrap(True)
        self.error_label.setMinimumWidth(char_width(self.error_label, 30))
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel sync"), window)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        sb.addWidget(self.online_label)
        sb.addWidget(self.synced_label)
        sb.addWidget(self.outbox_label)
        sb.addWidget(self.error_label, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        self.show_connection()

    # --- what changed --------------------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox:
            self.refresh_outbox()
            # Send it now if we can; offline it waits in the outbox. (A sync's own report says the outbox
            # changed too: it is not followed by another sync, as none starts while one runs.)
            if self.online and not changes.all_cases:
                self.sync_now()

    def refresh_outbox(self) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, store.outbox_count).success(self.show_outbox).run()

    def show_outbox(self, n: int) -> None:
        self.outbox_count = n
        self.outbox_label.setText(
            self.tr("All changes sent") if n == 0 else self.tr("%n change(s) waiting to be sent", "", n)
        )

    # --- sync ---------------------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self._cancel is not None or self.paused or self.backend.store is None:
            return
        cancel = threading.Event()
        self._cancel = cancel
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Syncing…"))
        self.progress.show()
        self.cancel_button.show()
        self.running.emit(True)

        def progress(phase: str, done: int, total: int) -> None:
            self.tm.call_soon(lambda: self._show_progress(phase, done, total))

        (
            Op(self, lambda: self.backend.sync(progress, cancel), pool="net")
            .success(self._ok)
            .failure(self._failed)
            .always(self._over)
            .run()
        )

    def _show_progress(self, phase: str, done: int, total: int) -> None:
        if self._cancel is None:
            return
        label = {
            "me": self.tr("Connecting"),
            "push": self.tr("Sending changes"),
            "audit": self.tr("Sending the privacy log"),
            "complaints": self.tr("Receiving cases"),
            "followups": self.tr("Receiving follow-ups"),
        }.get(phase, self.tr("Syncing"))
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(f"{label} %v/%m")
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat(f"{label} {done}" if done else label)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _ok(self, summary: SyncSummary | None) -> None:
        if summary is not None:
            self.summarized.emit(summary)  # what a sync brought besides cases (the privacy officer's alerts)
        self.online = True
        self.last_error = ""
        self.last_synced = dt.datetime.now()
        self.show_connection()
        if not self.paused:
            self.changes.report(Changes(all_cases=True, outbox=True, reminders=True, audit=True))
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        from council_desk.sync.errors import Cancelled

        if self.paused:
            return  # the lock cancelled it; nothing to say on a locked screen
        if isinstance(error, Cancelled):
            self.last_error = self.tr("Sync cancelled.")
        elif isinstance(error, Offline):
            self.online = False
            self.last_error = error_message(error)
        elif isinstance(error, SignInRequired):
            self.online = False
            self.last_error = error_message(error)
            self.sign_in_needed.emit()
        elif isinstance(error, KnownError):
            self.last_error = error_message(error)
            show_error(self.window, error)
        else:
            show_error(self.window, error)
            self.last_error = self.tr("Sync failed because of a problem in Council Desk.")
        self.show_connection()
        self.refresh_outbox()
        self.finished.emit(False)

    def _over(self) -> None:
        self._cancel = None
        self.progress.hide()
        self.cancel_button.hide()
        self.running.emit(False)

    def show_connection(self) -> None:
        role: Role
        if self.online is None:
            text, role = self.tr("Connecting…"), "muted"
        elif self.online:
            text, role = self.tr("● Online"), "ok"
        else:
            # Short: the reason beside it (the error label) says the rest, and says that work is kept.
            text, role = self.tr("● Offline"), "warning"
        self.online_label.setText(text)  # the words say it; the palette-derived colour only helps the eye
        set_role(self.online_label, role)
        font = self.online_label.font()
        font.setBold(True)
        self.online_label.setFont(font)
        self.online_label.setToolTip(self.last_error)
        synced = self.last_synced.strftime("%H:%M") if self.last_synced else self.tr("not yet")
        self.synced_label.setText(self.tr("Last synced: %1").replace("%1", synced))
        # Why the last sync failed, in the status bar itself (a temporary message would hide the indicators).
        self.error_label.setText(self.last_error)
        self.error_label.setToolTip(self.last_error)

    # --- the lock ------------------------------------------------------------------------------------------------
    def pause(self) -> None:
        """The lock: the running sync is cancelled, none starts, and the reason of the last failure goes."""
        self.paused = True
        self.cancel()
        self.timer.stop()
        self.error_label.clear()

    def resume(self) -> None:
        self.paused = False
        self.timer.start()
