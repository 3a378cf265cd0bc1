"""The main window's actions: the toolbar (Sync now, Log follow-up, Search, Reminders, Statistics, Caseload, Lock),
Print ▾ and Bulk ▾ for the chosen cases, the keys that act on the open case, and which of them the lock disables;
and what Print ▾ runs (`print_cases`: the print flows, made on first use).

Made by the window once, where its toolbar belongs in its making (`WindowActions(window)`, then `keyboard()` once
its parts exist); the actions stay the window's attributes (`window.act_sync`, `window.bulk_tool_button`, …), as
the privacy side, the tests and the accessibility checks reach them there. What the other actions run is the
window's (its operations) or a controller's.

Apart from main_window.py, which keeps the layout and what the window shows: this is what the window offers to
do. Its words keep the window's translation context, "MainWindow", where their translations are; hence
`QCoreApplication.translate("MainWindow", …)` here (lupdate files a `window.tr` under a context "window").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from council_desk.ui import accessibility
from council_desk.ui.bulk import BulkActions
from council_desk.ui.detail import REOPEN_KEYS, REVEAL_KEYS, STATUS_KEYS, SUMMARY_KEYS
from council_desk.ui.qt import QAction, QCoreApplication, QKeySequence, QMenu, Qt, QToolBar, QToolButton

if TYPE_CHECKING:
    from council_desk.ui.main_window import MainWindow
    from council_desk.ui.printing import PrintController

__all__ = ["WindowActions"]


class WindowActions:
    """The window's toolbar, menus and keys, made on `window` (kept on it as `window.window_actions`)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = w = window
        self._printing: PrintController | None = None
        tb = QToolBar(QCoreApplication.translate("MainWindow", "Main"), w)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        w.addToolBar(tb)

        def action(text: str, shortcut: str, slot: Any, name: str) -> QAction:
            a = QAction(text, w)
            a.setObjectName(name)
            a.setShortcut(QKeySequence(shortcut))
            a.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            a.triggered.connect(slot)
            tb.addAction(a)
            return a

        w.act_sync = action(QCoreApplication.translate("MainWindow", "Sync now"), "F5", w.sync_now, "syncAction")
        w.act_followup = action(
            QCoreApplication.translate("MainWindow", "Log follow-up"),
            "Ctrl+N",
            lambda: w.new_followup(""),
            "fuAction",
        )
        w.act_search = action(
            QCoreApplication.translate("MainWindow", "Search"), "Ctrl+F", w.focus_search, "searchAction"
        )
        w.act_reminders = action(
            QCoreApplication.translate("MainWindow", "Reminders"), "Ctrl+R", w.show_reminders, "remindersAction"
        )
        w.act_stats = action(
            QCoreApplication.translate("MainWindow", "Statistics"), "Ctrl+T", w.show_statistics, "statsAction"
        )
        w.act_caseload = action(
            QCoreApplication.translate("MainWindow", "Caseload"), "Ctrl+Shift+L", w.show_caseload, "caseloadAction"
        )
        w.act_lock = action(
            QCoreApplication.translate("MainWindow", "Lock"), "Ctrl+L", lambda: w.lock(expired=False), "lockAction"
        )
        self._print_menu(tb)
        # Bulk ▾: actions on the chosen cases, each recorded as its single action would be (ui/bulk.py).
        w.bulk = BulkActions(w.backend, w.changes, w.selected_ids, w)
        button = QToolButton(tb)
        button.setObjectName("bulkToolButton")
        button.setText(QCoreApplication.translate("MainWindow", "Bulk"))
        button.setToolTip(
            QCoreApplication.translate("MainWindow", "Office status, a follow-up, an owner for every chosen case")
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(w.bulk.menu)
        w.bulk_tool_button = button
        tb.addWidget(button)

    def _print_menu(self, tb: QToolBar) -> None:
        """Print ▾ on the toolbar: letters, summaries and labels for the cases selected in the list."""
        w = self.window
        menu = QMenu(w)
        made = []
        for text, what, name in (
            (QCoreApplication.translate("MainWindow", "Print letter…"), "letter", "printLetterAction"),
            (QCoreApplication.translate("MainWindow", "Print case summary…"), "summary", "printSummaryAction"),
            (QCoreApplication.translate("MainWindow", "Print mailing labels…"), "labels", "printLabelsAction"),
        ):
            a = menu.addAction(text)
            a.setObjectName(name)
            a.triggered.connect(lambda _c=False, what=what: w.print_cases(what))
            w.addAction(a)  # shortcuts work while the menu is closed
            made.append(a)
        w.act_print_letter, w.act_print_summary, w.act_print_labels = made
        w.act_print_letter.setShortcut(QKeySequence("Ctrl+P"))
        button = QToolButton(tb)
        button.setObjectName("printToolButton")
        button.setText(QCoreApplication.translate("MainWindow", "Print"))
        button.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Letters, case summaries and mailing labels for the selected cases"
            )
        )
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        w.print_tool_button = button
        tb.addWidget(button)

    def selected_ids(self) -> list[str]:
        """The cases selected in the list (or the grouped list), in list order (the open case if none is)."""
        w = self.window
        if w.list_stack.currentWidget() is w.grouped:
            ids = w.grouped.selected_ids()
        else:
            rows = sorted({i.row() for i in w.table.selectionModel().selectedRows()})
            ids = [cid for cid in (w.model.id_at(r) for r in rows) if cid]
        if not ids and w.detail.case is not None:
            ids = [w.detail.case.id]
        return ids

    def print_cases(self, what: str, case_ids: Sequence[str] | None = None) -> None:
        """Print letter / case summary / mailing labels for `case_ids` (default: the selection)."""
        w = self.window
        if w.is_locked:
            return
        ids = list(case_ids) if case_ids is not None else self.selected_ids()
        if not ids:
            w.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Select one or more cases in the list first."), 5000
            )
            return
        {
            "letter": self.printing.print_letter,
            "summary": self.printing.print_summary,
            "labels": self.printing.print_labels,
        }[what](ids)

    def _after_print(self, case_ids: list[str]) -> None:
        """A letter was printed or saved: its follow-ups are in the outbox."""
        self.window.case_actions.written(case_ids, audit=True)

    @property
    def printing(self) -> PrintController:
        """The print flows, made on first use: importing them loads reportlab, HarfBuzz and the letter
        templates (~0.15 s), which the window's cold start does not need."""
        if self._printing is None:
            from council_desk.ui.printing import PrintController

            self._printing = PrintController(self.window.backend, self.window, self._after_print)
        return self._printing

    def keyboard(self) -> None:
        """The queue by keyboard: Down from the search into the list, keys for the case actions (see
        `ui.accessibility`), and the wheel/Tab fixes on every box."""
        w = self.window
        accessibility.down_into(w.filters.search, w.table)
        w.act_reveal = accessibility.shortcut(
            w,
            REVEAL_KEYS,
            self._reveal_key,
            "revealAction",
            QCoreApplication.translate("MainWindow", "Show contact details…"),
        )
        w.act_reopen = accessibility.shortcut(
            w,
            REOPEN_KEYS,
            self._reopen_key,
            "reopenAction",
            QCoreApplication.translate("MainWindow", "Ask 311 to reopen…"),
        )
        w.act_status = accessibility.shortcut(
            w,
            STATUS_KEYS,
            self._status_key,
            "statusAction",
            QCoreApplication.translate("MainWindow", "Office status"),
        )
        w.act_print_summary.setShortcut(SUMMARY_KEYS)
        accessibility.polish(w)

    # The keys act on the open case, as its buttons do, and only when the button would be offered.
    def _reveal_key(self) -> None:
        w = self.window
        if w.detail.case is not None and not w.is_locked:
            w.reveal_contact(w.detail.case.id)

    def _reopen_key(self) -> None:
        w = self.window
        if w.detail.case is not None and not w.is_locked and not w.detail.reopen_button.isHidden():
            w.ask_reopen(w.detail.case.id)

    def _status_key(self) -> None:
        w = self.window
        if w.detail.case is not None and not w.is_locked:
            w.tabs.setCurrentIndex(0)
            w.detail.status.setFocus()
            w.detail.status.showPopup()

    def set_enabled(self, on: bool) -> None:
        """The lock disables what would act on cases or the cache (`on` False), the unlock enables it again."""
        w = self.window
        for a in (
            w.act_sync,
            w.act_followup,
            w.act_search,
            w.act_reminders,
            w.act_stats,
            w.act_lock,
            w.act_print_letter,
            w.act_print_summary,
            w.act_print_labels,
            w.act_caseload,
        ):
            a.setEnabled(on)
        w.print_tool_button.setEnabled(on)
        w.bulk_tool_button.setEnabled(on)
