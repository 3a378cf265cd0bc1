"""The main window: search and filters, the case list, the case detail, reminders, the status bar, the lock.

Every store call runs on the database worker through `Op`; every network call (sync) on the network pool. The
window only ever holds case data in its models and the detail view, which `lock()` clears.

The case list paints from the first screen of a search (`list_shown`), then fills in every matching id
(`list_refreshed`, as before: "the whole list is in"); see `refresh_list`. `printing` is made on first use.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from council_desk.domain.case import Case
from council_desk.domain.errors import KnownError, Offline, SignInRequired
from council_desk.ui import accessibility
from council_desk.ui.about import install_help_menu
from council_desk.ui.backend import Backend, SyncSummary
from council_desk.ui.case_model import BLOCK, CaseListModel, RowLike
from council_desk.ui.colors import Role, set_role
from council_desk.ui.detail import REOPEN_KEYS, REVEAL_KEYS, STATUS_KEYS, SUMMARY_KEYS, CaseDetail
from council_desk.ui.dialogs import FollowUpDialog, ReopenDialog, RevealDialog
from council_desk.ui.error_text import error_message
from council_desk.ui.errors import show_error
from council_desk.ui.filters import FilterBar
from council_desk.ui.lock import IdleWatcher, LockScreen
from council_desk.ui.qt import (
    QAbstractItemView,
    QAction,
    QApplication,
    QCloseEvent,
    QDialog,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMenu,
    QModelIndex,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    is_alive,
)
from council_desk.ui.reminders import RemindersModel
from council_desk.ui.settings import Settings
from council_desk.ui.settings_dialog import install_menu
from council_desk.ui.sizing import char_width, fit_columns, fit_rows
from council_desk.ui.stats_window import StatsWindow
from council_desk.ui.taskman import Op, TaskManager

if TYPE_CHECKING:
    from council_desk.ui.printing import PrintController

log = logging.getLogger("council_desk.ui.main")

# The list's first screen (more rows than any window shows) is asked for on its own, so it paints at once.
FIRST_SCREEN = 300
# Wait this long after the first screen before listing every match: a keystroke in between makes it moot.
FULL_LIST_DELAY_MS = 120
# Column widths in average characters of the list's font (so they grow with the system font size); a column is
# never narrower than its translated heading.
# The last is wide enough for "2026-11-29 (overdue)": the word, not the colour, says it is overdue.
CASE_COLUMN_CHARS = (11.5, 15, 17, 6.5, 21, 11.5, 16, 20)
REMINDER_COLUMN_CHARS = (19.5, 14, 12.5, 24, 29.5)


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
        self._sort = ("requested", True)
        self._query_serial = 0
        self._sync_cancel: threading.Event | None = None
        self._clipboard_text: str | None = None
        self._stats_window: StatsWindow | None = None
        self.is_locked = False
        self.online: bool | None = None
        self.last_synced: dt.datetime | None = None
        self.last_sync_error = ""
        self._update_title()
        self.resize(1280, 800)

        # --- central: work area and lock screen ---
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.work = QWidget(self.stack)
        self.lock_screen = LockScreen(self.stack)
        self.stack.addWidget(self.work)
        self.stack.addWidget(self.lock_screen)

        self.filters = FilterBar(self.work)
        self.filters.changed.connect(self.refresh_list)
        self.model = CaseListModel(self._fetch_rows, self)
        self.model.sort_requested.connect(self._sort_changed)
        self.table = QTableView(self.work)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Extended: a batch of letters / labels is printed for a multi-selection (ui.printing).
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        fit_rows(self.table)
        # Widths from the font, not from the rows: ResizeToContents would read every row of a 100k list.
        fit_columns(self.table, CASE_COLUMN_CHARS)
        self.table.horizontalHeader().setStretchLastSection(True)
        accessibility.name(self.table, self.tr("Cases"),
                           self.tr("The cases matching the search and filters; the selected one is shown beside"))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel(self.work)
        self.count_label.setObjectName("countLabel")

        self.detail = CaseDetail(self.work)
        if backend.me is not None:
            self.detail.names[backend.me.username] = backend.me.display_name
        self.detail.reveal_requested.connect(self.reveal_contact)
        self.detail.followup_requested.connect(self.new_followup)
        self.detail.status_change_requested.connect(self.change_status)
        self.detail.reopen_requested.connect(self.ask_reopen)
        self._printing: PrintController | None = None
        self.detail.print_requested.connect(lambda cid, what: self.print_cases(what, [cid]))

        cases_page = QWidget(self.work)
        cl = QVBoxLayout(cases_page)
        cl.addWidget(self.filters)
        split = QSplitter(Qt.Orientation.Horizontal, cases_page)
        left = QWidget(split)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count_label)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([1010, 490])  # the list's columns fit without scrolling on a 1500-pixel window
        self.splitter = split
        cl.addWidget(split, 1)

        self.reminders = RemindersModel(self)
        self.reminder_table = QTableView(self.work)
        self.reminder_table.setObjectName("reminderTable")
        self.reminder_table.setModel(self.reminders)
        self.reminder_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reminder_table.verticalHeader().hide()
        fit_rows(self.reminder_table)
        fit_columns(self.reminder_table, REMINDER_COLUMN_CHARS)
        self.reminder_table.horizontalHeader().setStretchLastSection(True)
        accessibility.name(self.reminder_table, self.tr("Reminders"),
                           self.tr("Follow-ups due today or overdue; Enter opens the case"))
        self.reminder_table.doubleClicked.connect(self._reminder_opened)
        self.reminder_table.activated.connect(self._reminder_opened)
        rem_page = QWidget(self.work)
        rl = QVBoxLayout(rem_page)
        self.reminder_intro = QLabel(rem_page)
        self.reminder_intro.setWordWrap(True)
        rl.addWidget(self.reminder_intro)
        rl.addWidget(self.reminder_table, 1)

        self.tabs = QTabWidget(self.work)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(cases_page, self.tr("Cases"))
        self.tabs.addTab(rem_page, self.tr("Reminders"))
        accessibility.name(self.tabs, self.tr("Cases and reminders"))
        wl = QVBoxLayout(self.work)
        wl.setContentsMargins(4, 4, 4, 4)
        wl.addWidget(self.tabs)

        self._build_toolbar()
        install_help_menu(self)
        self._build_status_bar()
        self._build_keyboard()
        install_menu(self, Settings())

        # --- idle lock, periodic sync ---
        policy = backend.me.policy if backend.me else None
        if idle_ms is None:
            idle_ms = (policy.idle_lock_minutes if policy else 15) * 60_000
        self._session_ms_from_backend = session_ms is None
        if session_ms is None:
            session_ms = (policy.absolute_session_hours if policy else 12) * 3_600_000
        self.idle = IdleWatcher(idle_ms, session_ms, parent=self)
        self.idle.idle.connect(lambda: self.lock(expired=False))
        self.idle.expired.connect(lambda: self.lock(expired=True))
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.lock_screen.sign_in_requested.connect(self.sign_in_needed)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(max(1, sync_minutes) * 60_000)
        self.sync_timer.timeout.connect(self.sync_now)

    # --- building ----------------------------------------------------------------------------------------------
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
        self.act_lock = action(self.tr("Lock"), "Ctrl+L", lambda: self.lock(expired=False), "lockAction")
        self._build_print_menu(tb)

    def _build_keyboard(self) -> None:
        """The queue by keyboard: Down from the search into the list, keys for the case actions (see
        `ui.accessibility`), and the wheel/Tab fixes on every box."""
        accessibility.down_into(self.filters.search, self.table)
        self.act_reveal = accessibility.shortcut(self, REVEAL_KEYS, self._reveal_key, "revealAction",
                                                 self.tr("Show contact details…"))
        self.act_reopen = accessibility.shortcut(self, REOPEN_KEYS, self._reopen_key, "reopenAction",
                                                 self.tr("Ask 311 to reopen…"))
        self.act_status = accessibility.shortcut(self, STATUS_KEYS, self._status_key, "statusAction",
                                                 self.tr("Office status"))
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
        for text, what, name in ((self.tr("Print letter…"), "letter", "printLetterAction"),
                                 (self.tr("Print case summary…"), "summary", "printSummaryAction"),
                                 (self.tr("Print mailing labels…"), "labels", "printLabelsAction")):
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
        """The cases selected in the list, in list order (the open case if nothing is selected)."""
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
        {"letter": self.printing.print_letter, "summary": self.printing.print_summary,
         "labels": self.printing.print_labels}[what](ids)

    def _after_print(self, case_ids: list[str]) -> None:
        """A letter was printed or saved: its follow-ups are in the outbox."""
        for cid in case_ids:
            self.model.invalidate([cid])
            self.followup_saved.emit(cid)
        if self.detail.case is not None and self.detail.case.id in case_ids:
            self.open_case(self.detail.case.id)
        self.refresh_outbox()
        if self.online:
            self.sync_now()

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.online_label = QLabel(self)
        self.online_label.setObjectName("onlineLabel")
        self.synced_label = QLabel(self)
        self.synced_label.setObjectName("syncedLabel")
        self.outbox_label = QLabel(self)
        self.outbox_label.setObjectName("outboxLabel")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("syncErrorLabel")
        set_role(self.error_label, "muted")
        # A long reason (or a long translation) wraps onto a second line instead of widening the window.
        self.error_label.setWordWrap(True)
        self.error_label.setMinimumWidth(char_width(self.error_label, 30))
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel sync"), self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_sync)
        sb.addWidget(self.online_label)
        sb.addWidget(self.synced_label)
        sb.addWidget(self.outbox_label)
        sb.addWidget(self.error_label, 1)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        self._show_connection()

    def _update_title(self) -> None:
        me = self.backend.me
        # Only the office and district: never a case number or a constituent's name in the title.
        title = self.tr("Council Desk — District %1").replace("%1", str(me.district)) if me else \
            self.tr("Council Desk")
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
        if sync:
            self.sync_now()
        self.sync_timer.start()

    def refresh_all(self) -> None:
        # The list first: it is what the first paint needs; the rest queues behind it on the database worker.
        self.refresh_list()
        self.refresh_facets()
        self.refresh_reminders(first=True)
        self.refresh_outbox()

    # --- list --------------------------------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[str]) -> Future[Mapping[str, RowLike]]:
        store = self.backend.store
        if store is None:
            done: Future[Mapping[str, RowLike]] = Future()
            done.set_result({})
            return done
        ids = list(ids)
        return self.tm.db_future(lambda: store.rows(ids))

    def _sort_changed(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh_list()

    def refresh_list(self) -> None:
        """Re-run the search; keeps the selected case selected if it is still in the list.

        The first screen of ids is asked for first and painted; only when it is full is the whole list asked
        for, a moment later (`FULL_LIST_DELAY_MS`) and only if no newer search started meanwhile. Listing every
        id of a common word over 100k cases takes ~100 ms, its first screen a fraction: the list follows the
        keystrokes, and the count and scroll range complete when typing pauses (see docs/cache.md,
        "Performance"). `list_shown` is emitted once the first screen is shown, `list_refreshed` once the whole
        list is (both at once when the first screen holds every match)."""
        store = self.backend.store
        if store is None or self.is_locked:
            return
        query = self.filters.state(*self._sort)
        self._query_serial += 1
        serial = self._query_serial

        def current() -> bool:
            return serial == self._query_serial and not self.is_locked

        def keep_selection(selected: str | None) -> None:
            if selected:
                row = self.model.row_of(selected)
                if row >= 0:
                    self.table.selectionModel().blockSignals(True)
                    self.table.selectRow(row)
                    self.table.selectionModel().blockSignals(False)

        def apply_full(ids: list[str] | None) -> None:
            if ids is None or not current():
                return
            selected = self.detail.case.id if self.detail.case else None
            if not self.model.extend_ids(ids):
                self.model.set_ids(ids)  # the data changed between the two queries: show the new list whole
            keep_selection(selected)
            self.count_label.setText(self.tr("%n case(s)", "", len(ids)))
            self.list_refreshed.emit()

        def load_full() -> None:
            if not current():
                return  # a newer keystroke already asked again: its own first screen comes first

            def full() -> list[str] | None:
                # Skipped on the worker too if a newer search was queued meanwhile.
                return store.list_ids(query) if serial == self._query_serial else None

            Op(self, full).success(apply_full).run()

        def first_screen() -> tuple[list[str], Mapping[str, RowLike]]:
            # The ids and the rows of the first block together: the first paint needs both, and one trip to the
            # worker instead of two (the second made the painting GUI thread wait) saves ~5-10 ms a keystroke.
            ids = store.list_ids(query, limit=FIRST_SCREEN)
            return ids, store.rows(ids[:BLOCK])

        def apply(first: tuple[list[str], Mapping[str, RowLike]]) -> None:
            if not current():
                return  # a newer keystroke already asked again
            ids, rows = first
            selected = self.detail.case.id if self.detail.case else None
            self.model.prime(rows)
            self.model.set_ids(ids)
            complete = len(ids) < FIRST_SCREEN
            # Until the whole list is in, say only that there are at least this many.
            self.count_label.setText(
                self.tr("%n case(s)", "", len(ids))
                if complete
                else self.tr("%1+ cases").replace("%1", str(len(ids)))
            )
            keep_selection(selected)
            self.list_shown.emit()
            if complete:
                self.list_refreshed.emit()
            else:
                QTimer.singleShot(FULL_LIST_DELAY_MS, load_full)

        Op(self, first_screen).success(apply).run()

    def refresh_facets(self) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, store.facets).success(
            lambda f: self.filters.set_facets(list(f.agencies), list(f.complaint_types))
        ).run()

    def refresh_reminders(self, *, first: bool = False) -> None:
        store = self.backend.store
        if store is None:
            return
        today = dt.date.today()

        def load() -> tuple[list[Any], Any]:
            items = store.reminders(today)
            return items, store.rows([r.service_request_id for r in items])

        def apply(loaded: tuple[list[Any], Any]) -> None:
            if self.is_locked:
                return
            items, cases = loaded
            self.reminders.set_items(items, today, cases)
            overdue = self.reminders.overdue_count()
            n = self.reminders.rowCount()
            self.tabs.setTabText(1, self.tr("Reminders (%1)").replace("%1", str(n)) if n else self.tr("Reminders"))
            self.reminder_intro.setText(
                self.tr("%1, %2. Double-click one (or press Enter) to open the case.")
                .replace("%1", self.tr("%n follow-up(s) due today or earlier", "", n))
                .replace("%2", self.tr("%n overdue", "", overdue))
                if n else self.tr("Nothing is due. Reminders appear here when a follow-up's date comes.")
            )
            # The morning view: when something is due, reminders are the first thing shown.
            if first and n:
                self.tabs.setCurrentIndex(1)

        Op(self, load).success(apply).run()

    def refresh_outbox(self) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, store.outbox_count).success(self._show_outbox).run()

    def _show_outbox(self, n: int) -> None:
        self.outbox_count = n
        self.outbox_label.setText(
            self.tr("All changes sent")
            if n == 0
            else self.tr("%n change(s) waiting to be sent", "", n)
        )

    # --- detail ------------------------------------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.id_at(current.row())
        if case_id:
            self.open_case(case_id)

    def open_case(self, case_id: str) -> None:
        store = self.backend.store
        if store is None:
            return

        def apply(case: Case | None) -> None:
            if self.is_locked:
                return
            self.detail.show_case(case)
            if case is not None:
                self.case_shown.emit(case.id)

        Op(self, lambda: store.case(case_id)).success(apply).run()

    def _reminder_opened(self, index: QModelIndex) -> None:
        case_id = self.reminders.case_id(index.row())
        if case_id:
            self.tabs.setCurrentIndex(0)
            row = self.model.row_of(case_id)
            if row >= 0:
                accessibility.select_row(self.table, row)
            else:
                self.open_case(case_id)

    def reveal_contact(self, case_id: str, *, reason: str | None = None) -> None:
        """Ask why, write the reveal to the audit log, and only then show the contact details."""
        if reason is None:
            dlg = RevealDialog(case_id, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dlg.reason()
        audit = self.backend.audit
        actor = self.backend.me.username if self.backend.me else ""
        fields = ["first_name", "last_name", "phone", "email", "mailing_address", "preferred_language"]

        def record() -> Any:
            return audit.record(
                "reveal_contact", actor=actor, service_request_ids=[case_id], fields=fields,
                disclosure_class="routine", reason=reason,
            )

        def shown(_event: Any) -> None:
            if self.detail.case is not None and self.detail.case.id == case_id and not self.is_locked:
                self.detail.show_contact()
                self.contact_revealed.emit(case_id)

        Op(self, record).success(shown).run()

    def new_followup(self, case_id: str = "", *, dialog: FollowUpDialog | None = None) -> None:
        case = self.detail.case
        if case is None or (case_id and case.id != case_id):
            return
        dlg = dialog or FollowUpDialog(case.id, case.office_status, self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_followup(dlg.followup())

    def save_followup(self, fu: Any) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, lambda: store.add_followup(fu)).success(lambda _r: self._after_write(fu.service_request_id)).run()

    def change_status(self, case_id: str, status: str) -> None:
        store = self.backend.store
        if store is None:
            return
        actor = self.backend.me.username if self.backend.me else ""
        Op(self, lambda: store.set_office_status(case_id, status, "", actor)).success(
            lambda _r: self._after_write(case_id)
        ).failure(lambda e: self._write_failed(e, case_id)).run()

    def _write_failed(self, error: BaseException, case_id: str) -> None:
        show_error(self, error)
        self.open_case(case_id)  # put the status box back to what is stored

    def ask_reopen(self, case_id: str, *, reason: str | None = None, text: str = "") -> None:
        """Queue a reopen request (asks why first unless `reason` is given)."""
        if reason is None:
            dlg = ReopenDialog(case_id, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            reason, text = dlg.reason.currentData(), dlg.text.toPlainText().strip()
        store = self.backend.store
        if store is None:
            return
        Op(self, lambda: store.request_reopen(case_id, reason, text)).success(
            lambda _r: self._after_write(case_id)
        ).run()

    def _after_write(self, case_id: str) -> None:
        self.model.invalidate([case_id])
        self.open_case(case_id)
        self.refresh_outbox()
        self.refresh_reminders()
        self.followup_saved.emit(case_id)
        # Send it now if we can; offline it waits in the outbox.
        if self.online:
            self.sync_now()

    # --- sync --------------------------------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self._sync_cancel is not None or self.is_locked or self.backend.store is None:
            return
        cancel = threading.Event()
        self._sync_cancel = cancel
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Syncing…"))
        self.progress.show()
        self.cancel_button.show()
        self.act_sync.setEnabled(False)

        def progress(phase: str, done: int, total: int) -> None:
            self.tm.call_soon(lambda: self._show_progress(phase, done, total))

        (
            Op(self, lambda: self.backend.sync(progress, cancel), pool="net")
            .success(self._sync_ok)
            .failure(self._sync_failed)
            .always(self._sync_over)
            .run()
        )

    def _show_progress(self, phase: str, done: int, total: int) -> None:
        if self._sync_cancel is None:
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

    def cancel_sync(self) -> None:
        if self._sync_cancel is not None:
            self._sync_cancel.set()

    def _sync_ok(self, summary: SyncSummary | None) -> None:
        self.online = True
        self.last_sync_error = ""
        self.last_synced = dt.datetime.now()
        self._show_connection()
        if not self.is_locked:
            self.model.invalidate()
            self.refresh_all_after_sync()
        self.sync_finished.emit(True)

    def refresh_all_after_sync(self) -> None:
        self.refresh_facets()
        self.refresh_list()
        self.refresh_reminders()
        self.refresh_outbox()
        if self.detail.case is not None and not self.detail.contact_shown:
            self.open_case(self.detail.case.id)

    def _sync_failed(self, error: BaseException) -> None:
        from council_desk.sync.errors import Cancelled

        if self.is_locked:
            return  # the lock cancelled it; nothing to say on a locked screen
        if isinstance(error, Cancelled):
            self.last_sync_error = self.tr("Sync cancelled.")
        elif isinstance(error, Offline):
            self.online = False
            self.last_sync_error = error_message(error)
        elif isinstance(error, SignInRequired):
            self.online = False
            self.last_sync_error = error_message(error)
            self.sign_in_needed.emit()
        elif isinstance(error, KnownError):
            self.last_sync_error = error_message(error)
            show_error(self, error)
        else:
            show_error(self, error)
            self.last_sync_error = self.tr("Sync failed because of a problem in Council Desk.")
        self._show_connection()
        self.refresh_outbox()
        self.sync_finished.emit(False)

    def _sync_over(self) -> None:
        self._sync_cancel = None
        self.progress.hide()
        self.cancel_button.hide()
        self.act_sync.setEnabled(True)

    def _show_connection(self) -> None:
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
        self.online_label.setToolTip(self.last_sync_error)
        synced = self.last_synced.strftime("%H:%M") if self.last_synced else self.tr("not yet")
        self.synced_label.setText(self.tr("Last synced: %1").replace("%1", synced))
        # Why the last sync failed, in the status bar itself (a temporary message would hide the indicators).
        self.error_label.setText(self.last_sync_error)
        self.error_label.setToolTip(self.last_sync_error)

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
        QApplication.clipboard().setText(text)
        self._clipboard_text = text

    def lock(self, *, expired: bool = False) -> None:
        """Hide every piece of personal data and drop the store (and its key) from memory."""
        if self.is_locked and not expired:
            return
        self.is_locked = True
        self.idle.stop()
        self.cancel_sync()
        self.sync_timer.stop()
        self._query_serial += 1  # results of searches still running are thrown away
        self.detail.show_case(None)
        self.model.clear()
        self.reminders.clear()
        self.filters.reset()
        self.count_label.clear()
        self.tabs.setTabText(1, self.tr("Reminders"))
        self.reminder_intro.clear()
        self.error_label.clear()
        for a in self._lockable_actions():
            a.setEnabled(False)
        self.print_tool_button.setEnabled(False)
        clip = QApplication.clipboard()
        # Whatever this app put there (a copied phone number, selected complaint text) goes; other apps' not.
        if clip.ownsClipboard() or (self._clipboard_text is not None and clip.text() == self._clipboard_text):
            clip.clear()
        self._clipboard_text = None
        for w in QApplication.topLevelWidgets():
            if w is not self and isinstance(w, QDialog) and w.isVisible():
                w.reject()  # an open dialog may show case data
        self.lock_screen.configure(expired=expired)
        self.stack.setCurrentWidget(self.lock_screen)
        self._update_title()
        backend = self.backend
        # Close on the database worker, after any queued store call, so the connection is not pulled from under it.
        Op(None, backend.close_store).run()
        self.locked.emit()

    def _lockable_actions(self) -> tuple[QAction, ...]:
        return (self.act_sync, self.act_followup, self.act_search, self.act_reminders, self.act_stats,
                self.act_lock, self.act_print_letter, self.act_print_summary, self.act_print_labels)

    def unlock(self, secret: str) -> None:
        """The lock screen's proof of identity: the PIN or passphrase, checked (slowly, tries counted) on the
        database worker; the cache opens only if it is right. A wrong one says how many tries are left; the fifth
        locks the PIN out until a browser sign-in."""
        from council_desk.cache.errors import WrongKey
        from council_desk.cache.local_unlock import UnlockLockedOut, UnlockNotSet, WrongUnlockSecret

        backend = self.backend

        def done(_r: Any) -> None:
            self.is_locked = False
            self.lock_screen.set_busy(False)
            for a in self._lockable_actions():
                a.setEnabled(True)
            self.print_tool_button.setEnabled(True)
            self.stack.setCurrentWidget(self.work)
            self._update_title()
            self.idle.start_idle_only()
            self.sync_timer.start()
            self.refresh_all()
            self.unlocked.emit()

        def refused(error: BaseException) -> None:
            if isinstance(error, UnlockLockedOut | UnlockNotSet):
                self.lock_screen.show_refusal(error_message(error), locked_out=True)
            elif isinstance(error, WrongUnlockSecret | WrongKey):
                self.lock_screen.show_refusal(
                    error_message(error) if isinstance(error, WrongUnlockSecret)
                    else self.tr("That passphrase is not right.")
                )
            elif isinstance(error, SignInRequired):  # past the session limit with the server reachable
                self.lock_screen.show_refusal(error_message(error))
            else:
                self.lock_screen.show_refusal("")
                show_error(self, error)
            self.unlock_refused.emit()

        self.lock_screen.set_busy(True)
        Op(self, lambda: backend.unlock(secret)).success(done).failure(refused).run()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_sync()
        self.idle.stop()
        self.sync_timer.stop()
        super().closeEvent(event)
