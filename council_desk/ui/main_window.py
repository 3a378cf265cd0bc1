"""The main window: layout and actions. What happens inside lives with what it is about:

- `ui/search.py` (`CaseSearch`): the filters and search text to the case list;
- `ui/case_actions.py` (`CaseActions`): the open case, the audited reveal, follow-ups, office status, reopen;
- `ui/reminders.py` (`RemindersTab`): what is due;
- `ui/sync_status.py` (`SyncStatus`): sync and the status bar;
- `ui/locking.py` (`LockProcedure`): the lock, and the proof of identity to come back;
- issue 14's casework: `ui/views.py` (`ViewBar`: views, more filters, grouping), `ui/groups.py` (the grouped
  list), `ui/bulk.py` (bulk actions), `ui/casework_panel.py` (the open case's owner, reminders, 311 lifecycle,
  building), `ui/caseload.py` (the office's numbers and worklist).

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
from council_desk.ui.detail import REOPEN_KEYS, REVEAL_KEYS, STATUS_KEYS, SUMMARY_KEYS, CaseDetail
from council_desk.ui.dialogs import FollowUpDialog
from council_desk.ui.filters import FilterBar
from council_desk.ui.groups import GroupedCases
from council_desk.ui.lock import IdleWatcher, LockScreen
from council_desk.ui.locking import LockProcedure
from council_desk.ui.qt import (
    QAbstractItemView,
    QAction,
    QCloseEvent,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QModelIndex,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTabWidget,
    QToolBar,
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
        self._printing: PrintController | None = None
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
        self.view_bar.grouping_changed.connect(self._group_by)
        self.filters.changed.connect(self._refresh_groups)
        self.grouped.case_chosen.connect(self.open_case)
        self.grouped.show_group.connect(self._show_group)
        self._caseload: CaseloadWindow | None = None
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

        self._build_toolbar()
        install_help_menu(self)
        self.status = SyncStatus(backend, self, self.changes, sync_minutes)
        self.online_label, self.outbox_label = self.status.online_label, self.status.outbox_label
        self.error_label, self.progress = self.status.error_label, self.status.progress
        self.cancel_button, self.sync_timer = self.status.cancel_button, self.status.timer
        self.status.finished.connect(self.sync_finished)
        self.status.finished.connect(lambda _ok: self._prepare_grouping())
        self.status.sign_in_needed.connect(self.sign_in_needed)
        self.status.running.connect(lambda on: self.act_sync.setEnabled(not on))
        self._build_keyboard()
        install_menu(self, Settings())
        self.changes.changed.connect(self.search.on_changes)
        self.changes.changed.connect(lambda c: self._refresh_groups() if (c.all_cases or c.cases) else None)
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

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main"), self)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(tb)

        def action(text: str, shortcut: str, slot: Any, name: str) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            a.triggered.connect(slot)
            tb.addAction(a)
            return a

        self.act_sync = action(self.tr("Sync now"), "F5", self.sync_now, "syncAction")
        self.act_followup = action(self.tr("Log follow-up"), "Ctrl+N", lambda: self.new_followup(""), "fuAction")
        self.act_search = action(self.tr("Search"), "Ctrl+F", self.focus_search, "searchAction")
        self.act_reminders = action(self.tr("Reminders"), "Ctrl+R", self.show_reminders, "remindersAction")
        self.act_stats = action(self.tr("Statistics"), "Ctrl+T", self.show_statistics, "statsAction")
        self.act_caseload = action(self.tr("Caseload"), "Ctrl+Shift+L", self.show_caseload, "caseloadAction")
        self.act_lock = action(self.tr("Lock"), "Ctrl+L", lambda: self.lock(expired=False), "lockAction")
        self._build_print_menu(tb)
        # Bulk ▾: actions on the chosen cases, each recorded as its single action would be (ui/bulk.py).
        self.bulk = BulkActions(self.backend, self.changes, self.selected_ids, self)
        button = QToolButton(tb)
        button.setObjectName("bulkToolButton")
        button.setText(self.tr("Bulk"))
        button.setToolTip(self.tr("Office status, a follow-up, an owner for every chosen case"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self.bulk.menu)
        self.bulk_tool_button = button
        tb.addWidget(button)

    def _build_keyboard(self) -> None:
        """The queue by keyboard: Down from the search into the list, keys for the case actions (see
        `ui.accessibility`), and the wheel/Tab fixes on every box."""
        accessibility.down_into(self.filters.search, self.table)
        self.act_reveal = accessibility.shortcut(
            self, REVEAL_KEYS, self._reveal_key, "revealAction", self.tr("Show contact details…")
        )
        self.act_reopen = accessibility.shortcut(
            self, REOPEN_KEYS, self._reopen_key, "reopenAction", self.tr("Ask 311 to reopen…")
        )
        self.act_status = accessibility.shortcut(
            self, STATUS_KEYS, self._status_key, "statusAction", self.tr("Office status")
        )
        self.act_print_summary.setShortcut(SUMMARY_KEYS)
        accessibility.polish(self)

    # The keys act on the open case, as its buttons do, and only when the button would be offered.
    def _reveal_key(self) -> None:
        if self.detail.case is not None and not self.is_locked:
            self.reveal_contact(self.detail.case.id)

    def _reopen_key(self) -> None:
        if self.detail.case is not None and not self.is_locked and not self.detail.reopen_button.isHidden():
            self.ask_reopen(self.detail.case.id)

    def _status_key(self) -> None:
        if self.detail.case is not None and not self.is_locked:
            self.tabs.setCurrentIndex(0)
            self.detail.status.setFocus()
            self.detail.status.showPopup()

    def _build_print_menu(self, tb: QToolBar) -> None:
        """Print ▾ on the toolbar: letters, summaries and labels for the cases selected in the list."""
        menu = QMenu(self)
        made = []
        for text, what, name in (
            (self.tr("Print letter…"), "letter", "printLetterAction"),
            (self.tr("Print case summary…"), "summary", "printSummaryAction"),
            (self.tr("Print mailing labels…"), "labels", "printLabelsAction"),
        ):
            a = menu.addAction(text)
            a.setObjectName(name)
            a.triggered.connect(lambda _c=False, w=what: self.print_cases(w))
            self.addAction(a)  # shortcuts work while the menu is closed
            made.append(a)
        self.act_print_letter, self.act_print_summary, self.act_print_labels = made
        self.act_print_letter.setShortcut(QKeySequence("Ctrl+P"))
        button = QToolButton(tb)
        button.setObjectName("printToolButton")
        button.setText(self.tr("Print"))
        button.setToolTip(self.tr("Letters, case summaries and mailing labels for the selected cases"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        self.print_tool_button = button
        tb.addWidget(button)

    def selected_ids(self) -> list[str]:
        """The cases selected in the list (or the grouped list), in list order (the open case if none is)."""
        if self.list_stack.currentWidget() is self.grouped:
            ids = self.grouped.selected_ids()
        else:
            rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
            ids = [cid for cid in (self.model.id_at(r) for r in rows) if cid]
        if not ids and self.detail.case is not None:
            ids = [self.detail.case.id]
        return ids

    def print_cases(self, what: str, case_ids: Sequence[str] | None = None) -> None:
        """Print letter / case summary / mailing labels for `case_ids` (default: the selection)."""
        if self.is_locked:
            return
        ids = list(case_ids) if case_ids is not None else self.selected_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select one or more cases in the list first."), 5000)
            return
        {
            "letter": self.printing.print_letter,
            "summary": self.printing.print_summary,
            "labels": self.printing.print_labels,
        }[what](ids)

    def _after_print(self, case_ids: list[str]) -> None:
        """A letter was printed or saved: its follow-ups are in the outbox."""
        self.case_actions.written(case_ids, audit=True)

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
    @property
    def printing(self) -> PrintController:
        """The print flows, made on first use: importing them loads reportlab, HarfBuzz and the letter
        templates (~0.15 s), which the window's cold start does not need."""
        if self._printing is None:
            from council_desk.ui.printing import PrintController

            self._printing = PrintController(self.backend, self, self._after_print)
        return self._printing

    def start(self, *, sync: bool = True) -> None:
        """Show data from the cache at once, then sync in the background."""
        self.idle.start()
        if self._session_ms_from_backend:
            # The absolute limit counts from the last browser sign-in (kept in the cache), not from this window:
            # closing and opening the app does not start a new 12 hours.
            Op(self, self.backend.session_remaining_ms).success(self.idle.set_session_remaining).run()
        self.refresh_all()
        self.resume_bulk()
        if sync:
            self.sync_now()
        self.sync_timer.start()

    def _prepare_grouping(self) -> None:
        """The building's and the filer's indexes, made once after a sync (cache/groups.py) while nobody waits."""
        store = self.backend.store
        if store is not None and not self.is_locked:
            Op(self, store.prepare_grouping).run()

    def resume_bulk(self) -> None:
        """A bulk action a stop interrupted is finished now (cache/batch.py): the caseworker asked for it, and
        each case is recorded once."""
        store = self.backend.store
        if store is None:
            return

        def done(results: Any) -> None:
            n = sum(r.recorded for r in results)
            if n:
                self.statusBar().showMessage(
                    self.tr(
                        "Finished a bulk change Council Desk was making when it stopped: %n more case(s).", "", n
                    ),
                    15_000,
                )
                self.changes.report(Changes(all_cases=True, outbox=True, reminders=True))

        Op(self, store.bulk_resume).success(done).run()

    # --- the grouped list, the caseload (issue 14) ---------------------------------------------------------------
    def _group_by(self, by: str) -> None:
        self.list_stack.setCurrentWidget(self.grouped if by else self.table)
        self._refresh_groups()

    def _refresh_groups(self) -> None:
        by = self.view_bar.group.currentData()
        if by and not self.is_locked:
            self.grouped.refresh(self.search.query(), by)

    def _show_group(self, group: Any) -> None:
        """A big group's every case, in the flat list (the grouped list shows its first `GROUP_ROWS`)."""
        self.view_bar.extra[group.by] = group.key
        self.view_bar.group.setCurrentIndex(0)
        self.search.refresh()

    def show_caseload(self) -> CaseloadWindow:
        if self._caseload is None or not is_alive(self._caseload):
            self._caseload = CaseloadWindow(self.backend, self.changes, lambda: self.printing, self)
            self._caseload.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._caseload.show()
        self._caseload.raise_()
        self._caseload.refresh()
        return self._caseload

    def refresh_all(self) -> None:
        # The list first: it is what the first paint needs; the rest queues behind it on the database worker.
        self.search.refresh()
        self.search.refresh_facets()
        self.view_bar.refresh()
        self._refresh_groups()
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
        self.view_bar.forget()
        self.grouped.forget()
        if self._caseload is not None and is_alive(self._caseload):
            self._caseload.forget()
        self.reminders_tab.forget()
        for a in self._lockable_actions():
            a.setEnabled(False)
        self.print_tool_button.setEnabled(False)
        self.bulk_tool_button.setEnabled(False)
        self.stack.setCurrentWidget(self.lock_screen)
        self._update_title()

    def _resume(self) -> None:
        for a in self._lockable_actions():
            a.setEnabled(True)
        self.print_tool_button.setEnabled(True)
        self.bulk_tool_button.setEnabled(True)
        self.stack.setCurrentWidget(self.work)
        self._update_title()
        self.reminders_tab.resume()
        self.status.resume()
        self.refresh_all()

    def _lockable_actions(self) -> tuple[QAction, ...]:
        return (
            self.act_sync,
            self.act_followup,
            self.act_search,
            self.act_reminders,
            self.act_stats,
            self.act_lock,
            self.act_print_letter,
            self.act_print_summary,
            self.act_print_labels,
            self.act_caseload,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_sync()
        self.idle.stop()
        self.sync_timer.stop()
        super().closeEvent(event)
