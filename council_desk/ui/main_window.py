"""The main window: its layout, and what it shows. What happens inside lives with what it is about:

- `ui/window_actions.py` (`WindowActions`): the toolbar, Print ▾ and Bulk ▾ for the chosen cases, the keys;
- `ui/search.py` (`CaseSearch`): the filters and search text to the case list;
- `ui/case_actions.py` (`CaseActions`): the open case, the audited reveal, follow-ups, office status, reopen;
- `ui/reminders.py` (`RemindersTab`): what is due;
- `ui/sync_status.py` (`SyncStatus`): sync and the status bar;
- `ui/locking.py` (`LockProcedure`): the lock, and the proof of identity to come back;
- issue 14's casework: `ui/views.py` (`ViewBar`: views, more filters, grouping), `ui/groups.py` (the grouped
  list), `ui/bulk.py` (bulk actions), `ui/casework_panel.py` (the open case's owner, reminders, 311 lifecycle,
  building), `ui/caseload.py` (the office's numbers and worklist), and `ui/window_casework.py`
  (`WindowCasework`: the grouping, the caseload window and the bulk resume on this window).

Operations report what they changed on the window's `ChangeBus` (`ui/changes.py`); each of those decides what to
refresh. Every store call runs on the database worker through `Op`, every network call on the network pool. The
window only ever holds case data in its models and the detail view, which the lock clears.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from council_desk.api.models import FollowUpIn
from council_desk.ui import accessibility
from council_desk.ui.about import install_help_menu
from council_desk.ui.backend import Backend
from council_desk.ui.bulk import BulkActions
from council_desk.ui.case_actions import CaseActions
from council_desk.ui.case_model import CaseListModel
from council_desk.ui.caseload import CaseloadWindow
from council_desk.ui.casework_panel import CaseworkPanel
from council_desk.ui.changes import ChangeBus, Changes
from council_desk.ui.detail import CaseDetail
from council_desk.ui.dialogs import FollowUpDialog
from council_desk.ui.filters import FilterBar
from council_desk.ui.groups import GroupedCases
from council_desk.ui.lock import IdleWatcher, LockScreen
from council_desk.ui.locking import LockProcedure
from council_desk.ui.qt import (
    QAbstractItemView,
    QAction,
    QCloseEvent,
    QLabel,
    QMainWindow,
    QModelIndex,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from council_desk.ui.reminders import RemindersTab
from council_desk.ui.search import CaseSearch
from council_desk.ui.settings import Settings
from council_desk.ui.settings_dialog import install_menu
from council_desk.ui.sizing import fit_columns, fit_rows
from council_desk.ui.stats_window import StatsWindow
from council_desk.ui.sync_status import SyncStatus
from council_desk.ui.taskman import Op, TaskManager
from council_desk.ui.views import ViewBar
from council_desk.ui.window_actions import WindowActions
from council_desk.ui.window_casework import WindowCasework

if TYPE_CHECKING:
    from council_desk.ui.printing import PrintController
    from council_desk.ui.privacy_ui import PrivacyUI

log = logging.getLogger("council_desk.ui.main")

# Column widths in average characters of the list's font (so they grow with the system font size); a column is
# never narrower than its translated heading.
# The last is wide enough for "2026-11-29 (overdue)": the word, not the colour, says it is overdue.
CASE_COLUMN_CHARS = (11.5, 15, 17, 6.5, 21, 11.5, 16, 20, 16)


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    unlock_refused = Signal()
    sign_in_needed = Signal()
    list_shown = Signal()  # the list shows the new search's first screen (and maybe more)
    list_refreshed = Signal()  # the list shows every case of the new search
    case_shown = Signal(str)
    contact_revealed = Signal(str)
    followup_saved = Signal(str)
    sync_finished = Signal(bool)  # ok
    # The actions, made by ui/window_actions.py and reached here (by the privacy side, the tests, the keys).
    act_sync: QAction
    act_followup: QAction
    act_search: QAction
    act_reminders: QAction
    act_stats: QAction
    act_caseload: QAction
    act_lock: QAction
    act_print_letter: QAction
    act_print_summary: QAction
    act_print_labels: QAction
    act_reveal: QAction
    act_reopen: QAction
    act_status: QAction
    print_tool_button: QToolButton
    bulk: BulkActions
    bulk_tool_button: QToolButton

    def __init__(
        self,
        backend: Backend,
        *,
        idle_ms: int | None = None,
        session_ms: int | None = None,
        sync_minutes: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.backend = backend
        self.tm = TaskManager.current()
        self.changes = ChangeBus(self)
        self._stats_window: StatsWindow | None = None
        self.resize(1280, 800)

        # --- central: work area and lock screen ---
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.work = QWidget(self.stack)
        self.lock_screen = LockScreen(self.stack)
        self.stack.addWidget(self.work)
        self.stack.addWidget(self.lock_screen)

        self.filters = FilterBar(self.work)
        self.table = QTableView(self.work)
        self.count_label = QLabel(self.work)
        self.count_label.setObjectName("countLabel")
        self.detail = CaseDetail(self.work)
        if backend.me is not None:
            self.detail.names[backend.me.username] = backend.me.display_name
        self.search = CaseSearch(
            backend,
            self.filters,
            CaseListModel(self._fetch_rows, self),
            self.table,
            self.count_label,
            self.detail,
            lambda: self.is_locked,
            self,
        )
        self.model = self.search.model
        if backend.me is not None:
            self.model.names = {m.username: m.display_name for m in backend.me.staff}
        self.view_bar = ViewBar(backend, self.filters, self.search, self.work)
        self.grouped = GroupedCases(backend, self.work)
        self.window_casework = WindowCasework(self)  # grouping, the caseload, bulk resume (ui/window_casework.py)
        self.view_bar.grouping_changed.connect(self.window_casework.group_by)
        self.filters.changed.connect(self.window_casework.refresh_groups)
        self.grouped.case_chosen.connect(self.open_case)
        self.grouped.show_group.connect(self.window_casework.show_group)
        self.search.shown.connect(self.list_shown)
        self.search.refreshed.connect(self.list_refreshed)
        self._build_case_table()
        self.case_actions = CaseActions(backend, self.detail, self.changes, lambda: self.is_locked, self)
        for mine, theirs in (
            (self.case_shown, self.case_actions.case_shown),
            (self.contact_revealed, self.case_actions.contact_revealed),
            (self.followup_saved, self.case_actions.followup_saved),
        ):
            theirs.connect(mine)
        self.detail.print_requested.connect(lambda cid, what: self.print_cases(what, [cid]))
        # Issue 14: the open case's owner, reminders, 311 lifecycle and building, under its actions.
        self.casework = CaseworkPanel(backend, self.changes, self.detail)
        detail_layout = self.detail.layout()
        assert isinstance(detail_layout, QVBoxLayout)
        detail_layout.insertWidget(detail_layout.indexOf(self.detail.contact), self.casework)
        self.case_actions.case_shown.connect(lambda _cid: self.casework.show_case(self.detail.case))
        self.casework.case_requested.connect(self._reminder_opened)
        self.reminders_tab = RemindersTab(backend, self.work, changes=self.changes)
        self.reminders, self.reminder_table = self.reminders_tab.model, self.reminders_tab.table
        self.reminder_intro = self.reminders_tab.intro
        self.reminders_tab.case_requested.connect(self._reminder_opened)
        self.reminders_tab.counted.connect(self._show_due)
        self._build_layout()

        self.window_actions = WindowActions(self)  # the toolbar, Print ▾ and Bulk ▾ (ui/window_actions.py)
        install_help_menu(self)
        self.status = SyncStatus(backend, self, self.changes, sync_minutes)
        self.online_label, self.outbox_label = self.status.online_label, self.status.outbox_label
        self.error_label, self.progress = self.status.error_label, self.status.progress
        self.cancel_button, self.sync_timer = self.status.cancel_button, self.status.timer
        self.status.finished.connect(self.sync_finished)
        self.status.finished.connect(lambda _ok: self.window_casework.prepare_grouping())
        self.status.sign_in_needed.connect(self.sign_in_needed)
        self.status.running.connect(lambda on: self.act_sync.setEnabled(not on))
        self.window_actions.keyboard()
        install_menu(self, Settings())
        self.changes.changed.connect(self.search.on_changes)
        self.changes.changed.connect(
            lambda c: self.window_casework.refresh_groups() if (c.all_cases or c.cases) else None
        )
        self.changes.changed.connect(self.reminders_tab.on_changes)

        # --- idle lock, session limit ---
        policy = backend.me.policy if backend.me else None
        if idle_ms is None:
            idle_ms = (policy.idle_lock_minutes if policy else 15) * 60_000
        self._session_ms_from_backend = session_ms is None
        if session_ms is None:
            session_ms = (policy.absolute_session_hours if policy else 12) * 3_600_000
        self.idle = IdleWatcher(idle_ms, session_ms, parent=self)
        self.lock_procedure = LockProcedure(backend, self.lock_screen, self.idle, self)
        self.lock_procedure.on_lock(self._forget)
        self.lock_procedure.on_unlock(self._resume)
        for mine, theirs in (
            (self.locked, self.lock_procedure.locked),
            (self.unlocked, self.lock_procedure.unlocked),
            (self.unlock_refused, self.lock_procedure.unlock_refused),
        ):
            theirs.connect(mine)
        self.lock_screen.sign_in_requested.connect(self.sign_in_needed)
        # The privacy officer's side (roles, approvals, the privacy log, share, term end, What this PC keeps).
        from council_desk.ui.privacy_ui import install_privacy

        self.privacy: PrivacyUI = install_privacy(self)
        self._update_title()

    # --- building ----------------------------------------------------------------------------------------------
    def _build_case_table(self) -> None:
        t = self.table
        t.setObjectName("caseTable")
        t.setModel(self.model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Extended: a batch of letters / labels is printed for a multi-selection (ui.printing).
        t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        t.setSortingEnabled(True)
        t.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        t.setAlternatingRowColors(True)
        t.verticalHeader().hide()
        fit_rows(t)
        # Widths from the font, not from the rows: ResizeToContents would read every row of a 100k list.
        fit_columns(t, CASE_COLUMN_CHARS)
        t.horizontalHeader().setStretchLastSection(True)
        accessibility.name(
            t,
            self.tr("Cases"),
            self.tr("The cases matching the search and filters; the selected one is shown beside"),
        )
        t.selectionModel().currentRowChanged.connect(self._row_changed)

    def _build_layout(self) -> None:
        cases_page = QWidget(self.work)
        cl = QVBoxLayout(cases_page)
        cl.addWidget(self.view_bar)
        cl.addWidget(self.filters)
        split = QSplitter(Qt.Orientation.Horizontal, cases_page)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list_stack = QStackedWidget(left)  # the flat list, or the grouped one (issue 14)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.grouped)
        ll.addWidget(self.list_stack, 1)
        ll.addWidget(self.count_label)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([1010, 490])  # the list's columns fit without scrolling on a 1500-pixel window
        self.splitter = split
        cl.addWidget(split, 1)
        self.tabs = QTabWidget(self.work)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(cases_page, self.tr("Cases"))
        self.tabs.addTab(self.reminders_tab, self.tr("Reminders"))
        accessibility.name(self.tabs, self.tr("Cases and reminders"))
        wl = QVBoxLayout(self.work)
        wl.setContentsMargins(4, 4, 4, 4)
        wl.addWidget(self.tabs)

    def _update_title(self) -> None:
        me = self.backend.me
        # Only the office and district: never a case number or a constituent's name in the title.
        title = (
            self.tr("Council Desk — District %1").replace("%1", str(me.district))
            if me
            else self.tr("Council Desk")
        )
        self.setWindowTitle(self.tr("%1 (locked)").replace("%1", title) if self.is_locked else title)

    # --- start -------------------------------------------------------------------------------------------------
    def start(self, *, sync: bool = True) -> None:
        """Show data from the cache at once, then sync in the background."""
        self.idle.start()
        if self._session_ms_from_backend:
            # The absolute limit counts from the last browser sign-in (kept in the cache), not from this window:
            # closing and opening the app does not start a new 12 hours.
            Op(self, self.backend.session_remaining_ms).success(self.idle.set_session_remaining).run()
        self.refresh_all()
        self.window_casework.resume_bulk(
            lambda n: self.tr(
                "Finished a bulk change Council Desk was making when it stopped: %n more case(s).", "", n
            )
        )
        if sync:
            self.sync_now()
        self.sync_timer.start()

    def refresh_all(self) -> None:
        # The list first: it is what the first paint needs; the rest queues behind it on the database worker.
        self.search.refresh()
        self.search.refresh_facets()
        self.window_casework.refresh()
        self.reminders_tab.refresh(first=True, then=self._morning_view)
        self.status.refresh_outbox()

    def _morning_view(self, due: int) -> None:
        if due:  # the morning view: when something is due, reminders are the first thing shown
            self.tabs.setCurrentIndex(1)

    def _show_due(self, n: int) -> None:
        self.tabs.setTabText(1, self.tr("Reminders (%1)").replace("%1", str(n)) if n else self.tr("Reminders"))

    def _fetch_rows(self, ids: Sequence[str]) -> Any:
        return self.search.fetch_rows(ids)

    # --- what the controllers do, as the window's own (the shortcuts, the tests and the printing use them) ---
    @property
    def printing(self) -> PrintController:
        """The print flows (ui/printing.py), made on first use by the actions that print."""
        return self.window_actions.printing

    def selected_ids(self) -> list[str]:
        return self.window_actions.selected_ids()

    def print_cases(self, what: str, case_ids: Sequence[str] | None = None) -> None:
        self.window_actions.print_cases(what, case_ids)

    def refresh_list(self) -> None:
        self.search.refresh()

    def refresh_reminders(self, *, first: bool = False) -> None:
        self.reminders_tab.refresh(first=first, then=self._morning_view if first else None)

    def open_case(self, case_id: str) -> None:
        self.case_actions.open_case(case_id)

    def reveal_contact(self, case_id: str, *, reason: str | None = None) -> None:
        self.case_actions.reveal_contact(case_id, reason=reason)

    def new_followup(self, case_id: str = "", *, dialog: FollowUpDialog | None = None) -> None:
        self.case_actions.new_followup(case_id, dialog=dialog)

    def save_followup(self, fu: FollowUpIn) -> None:
        self.case_actions.save_followup(fu)

    def change_status(self, case_id: str, status: str) -> None:
        self.case_actions.change_status(case_id, status)

    def ask_reopen(self, case_id: str, *, reason: str | None = None, text: str = "") -> None:
        self.case_actions.ask_reopen(case_id, reason=reason, text=text)

    def sync_now(self) -> None:
        if not self.is_locked:
            self.status.sync_now()

    def cancel_sync(self) -> None:
        self.status.cancel()

    def report(self, changes: Changes) -> None:
        self.changes.report(changes)

    @property
    def is_locked(self) -> bool:
        return bool(getattr(self, "lock_procedure", None)) and self.lock_procedure.is_locked

    @property
    def online(self) -> bool | None:
        return self.status.online

    @online.setter
    def online(self, value: bool | None) -> None:
        self.status.online = value

    @property
    def last_sync_error(self) -> str:
        return self.status.last_error

    @last_sync_error.setter
    def last_sync_error(self, text: str) -> None:
        self.status.last_error = text

    @property
    def outbox_count(self) -> int:
        return self.status.outbox_count

    def _show_connection(self) -> None:
        self.status.show_connection()

    def _show_outbox(self, n: int) -> None:
        self.status.show_outbox(n)

    # --- the list and the reminders ------------------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.id_at(current.row())
        if case_id:
            self.open_case(case_id)

    def _reminder_opened(self, case_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(case_id)
        if row >= 0:
            accessibility.select_row(self.table, row)
        else:
            self.open_case(case_id)

    # --- keyboard ----------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def show_reminders(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.reminder_table.setFocus()

    def show_caseload(self) -> CaseloadWindow:
        return self.window_casework.show_caseload()

    def show_statistics(self) -> StatsWindow:
        """The district's 311 statistics (aggregates from the server), in one window kept until closed."""
        if self._stats_window is None or not is_alive(self._stats_window):
            me = self.backend.me
            self._stats_window = StatsWindow(self.backend.stats, None if me is None else me.district, self)
            self._stats_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._stats_window.show()
        self._stats_window.raise_()
        self._stats_window.activateWindow()
        return self._stats_window

    # --- lock --------------------------------------------------------------------------------------------------
    def set_clipboard(self, text: str) -> None:
        """Put text on the clipboard and remember it, so the lock can clear what the app placed there."""
        self.lock_procedure.set_clipboard(text)

    def lock(self, *, expired: bool = False) -> None:
        """Hide every piece of personal data and drop the store (and its key) from memory (ui/locking.py)."""
        self.lock_procedure.lock(expired=expired)

    def unlock(self, secret: str) -> None:
        self.lock_procedure.unlock(secret)

    def _forget(self) -> None:
        """What the lock takes off this window: the case views, the actions, and the sync."""
        self.status.pause()
        self.search.forget()
        self.detail.show_case(None)
        self.casework.clear()
        self.window_casework.forget()
        self.reminders_tab.forget()
        self.window_actions.set_enabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self._update_title()

    def _resume(self) -> None:
        self.window_actions.set_enabled(True)
        self.stack.setCurrentWidget(self.work)
        self._update_title()
        self.reminders_tab.resume()
        self.status.resume()
        self.refresh_all()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_sync()
        self.idle.stop()
        self.sync_timer.stop()
        super().closeEvent(event)
