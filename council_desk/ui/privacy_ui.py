"""The privacy officer's side on the main window, installed by one call (`install_privacy(window)`):

- the roles table mirrored (domain/roles.py): what the signed-in role may not do is disabled, with the reason as
  its tooltip (the 311 access system refuses it anyway);
- the Approvals tab (a caseworker's requests; a supervisor's queue) and, for a supervisor, the Privacy log tab;
- "Share with agency…" on a case (ui/share.py through the print flow);
- a banner when the office's access ends or its district changes (domain/access.py);
- for a supervisor, the alerts each sync brings (exigent disclosures, findings about the record), at once;
- Help → What this PC keeps (ui/transparency.py).

Everything is wired to the window's change bus, sync and lock, so the window itself only calls this.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from council_desk.domain import access
from council_desk.domain.roles import Action, allowed, refusal
from council_desk.ui.approvals import ApprovalsTab
from council_desk.ui.backend import SyncSummary
from council_desk.ui.colors import callout
from council_desk.ui.qt import QAction, QCoreApplication, QLabel, QVBoxLayout, QWidget
from council_desk.ui.transparency import install_transparency

if TYPE_CHECKING:
    from council_desk.ui.main_window import MainWindow
    from council_desk.ui.privacy_log import PrivacyLogTab

__all__ = ["PrivacyUI", "install_privacy"]


class PrivacyUI:
    """What `install_privacy` added to a window (kept on it as `window.privacy`, for the tests and the lock)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        backend = window.backend
        me = backend.me
        self.roles: list[str] = list(me.roles) if me else []
        self.banner = QLabel(window.work)
        self.banner.setObjectName("accessBanner")
        self.banner.setWordWrap(True)
        callout(self.banner, "warning")
        self.banner.hide()
        layout = window.work.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.banner)
        self.approvals: ApprovalsTab | None = None
        self.log: PrivacyLogTab | None = None
        if allowed(self.roles, "request_approval"):
            self.approvals = ApprovalsTab(backend, window.work)
            window.tabs.addTab(self.approvals, QCoreApplication.translate("PrivacyUI", "Approvals"))
            window.changes.changed.connect(self.approvals.on_changes)
        if allowed(self.roles, "read_disclosure_log"):
            from council_desk.ui.privacy_log import PrivacyLogTab

            self.log = PrivacyLogTab(backend, window.work)
            window.tabs.addTab(self.log, QCoreApplication.translate("PrivacyUI", "Privacy log"))
            window.tabs.currentChanged.connect(self._tab_shown)
        window.detail.share_requested.connect(lambda cid: window.printing.share_cases([cid]))
        window.status.summarized.connect(self._synced)
        window.sync_finished.connect(lambda _ok: self.show_notice())
        self.keeps_action: QAction = install_transparency(window, backend)
        window.lock_procedure.on_lock(self._forget)
        window.lock_procedure.on_unlock(self._resume)
        self.gate()
        self.show_notice()
        if self.approvals is not None:
            self.approvals.refresh()

    # --- the roles table, mirrored -----------------------------------------------------------------------------
    def _controls(self) -> list[tuple[Action, Any]]:
        w = self.window
        d = w.detail
        menu = {a.objectName(): a for a in d.print_menu.actions()}
        return [
            ("log_casework", w.act_followup),
            ("log_casework", d.followup_button),
            ("log_casework", d.status),
            ("log_casework", d.reopen_button),
            ("log_casework", w.act_reopen),
            ("log_casework", w.act_status),
            ("reveal_contact", d.reveal_button),
            ("reveal_contact", w.act_reveal),
            ("print_letter", w.act_print_letter),
            ("print_letter", menu.get("print_letter")),
            ("print_labels", w.act_print_labels),
            ("print_labels", menu.get("print_labels")),
            ("print_summary", w.act_print_summary),
            ("print_summary", menu.get("print_summary")),
            ("share_with_agency", d.share_button),
            # Issue 14's casework: bulk actions, the case's owner and reminders, the reminders view's actions.
            ("log_casework", w.bulk_tool_button),
            ("log_casework", w.casework.owner),
            ("log_casework", w.casework.add_button),
            ("log_casework", w.reminders_tab.done_button),
            ("log_casework", w.reminders_tab.snooze_button),
            ("log_casework", w.reminders_tab.reschedule_button),
            ("log_casework", w.reminders_tab.give_button),
        ]

    def gate(self) -> None:
        """Disable what the role may not do, saying why (after every unlock too: the lock re-enables actions)."""
        # The case's Done / Snooze are enabled per case shown (a reminder to act on): the panel asks `writable`.
        self.window.casework.writable = allowed(self.roles, "log_casework")
        if not self.window.casework.writable:
            self.window.casework.done_button.setEnabled(False)
            self.window.casework.snooze_button.setEnabled(False)
        for action, control in self._controls():
            if control is None:
                continue
            why = refusal(self.roles, action)
            if why is not None:
                control.setEnabled(False)
                control.setToolTip(why)

    def may(self, action: Action) -> bool:
        return allowed(self.roles, action)

    # --- sync, notices, alerts ---------------------------------------------------------------------------------
    def show_notice(self) -> None:
        me = self.window.backend.me
        found = access.notice(me.access_change if me else None, dt.datetime.now(dt.UTC))
        self.banner.setText(found.text if found else "")
        self.banner.setVisible(found is not None and not self.window.is_locked)

    def _synced(self, summary: SyncSummary) -> None:
        if self.approvals is not None:
            self.approvals.refresh()
        if self.log is not None and (summary.new_exigent or summary.new_flags):
            self.log.show_alerts()
            tab = self.window.tabs.indexOf(self.log)
            self.window.tabs.setTabText(tab, QCoreApplication.translate("PrivacyUI", "Privacy log (new)"))
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "PrivacyUI",
                    "New for the privacy officer: %1 exigent disclosure(s), %2 finding(s) about the record.",
                )
                .replace("%1", str(summary.new_exigent))
                .replace("%2", str(summary.new_flags)),
                15_000,
            )

    def _tab_shown(self, index: int) -> None:
        if self.log is not None and self.window.tabs.widget(index) is self.log:
            self.window.tabs.setTabText(index, QCoreApplication.translate("PrivacyUI", "Privacy log"))
            self.log.refresh()

    # --- the lock ------------------------------------------------------------------------------------------------
    def _forget(self) -> None:
        self.banner.hide()
        for tab in (self.approvals, self.log):
            if tab is not None:
                tab.forget()

    def _resume(self) -> None:
        self.gate()
        self.show_notice()
        if self.approvals is not None:
            self.approvals.refresh()


def install_privacy(window: MainWindow) -> PrivacyUI:
    window.privacy = PrivacyUI(window)
    return window.privacy


def tab_widget(window: MainWindow, name: str) -> QWidget | None:
    """The tab with this object name (tests, screenshots)."""
    for i in range(window.tabs.count()):
        w = window.tabs.widget(i)
        if w is not None and w.objectName() == name:
            return w
    return None
