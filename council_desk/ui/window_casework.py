"""What issue 14's casework does on the main window, beyond its own widgets: the list grouped by building or by
filer (the view bar's choice, refreshed with the filters and after each change), a big group opened in full in the
flat list, the caseload window, the grouping's indexes made after a sync, and a bulk action a stop interrupted
finished at start.

The widgets are made by the window, in its layout's order (`ViewBar`, `GroupedCases`, the list's stack); this
controller moves between them, refreshes and clears them, and keeps the caseload window. Apart from
main_window.py, which keeps the layout, as the search, the case actions and the sync have their controllers. Its
one message (the bulk resumed, a plural) is the window's, passed in: it keeps its translation under "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from council_desk.ui.caseload import CaseloadWindow
from council_desk.ui.changes import Changes
from council_desk.ui.qt import Qt, is_alive
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.main_window import MainWindow

__all__ = ["WindowCasework"]


class WindowCasework:
    """The grouped list, the caseload window and the bulk resume of one main window (`window.window_casework`)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.caseload: CaseloadWindow | None = None

    def prepare_grouping(self) -> None:
        """The building's and the filer's indexes, made once after a sync (cache/groups.py) while nobody waits."""
        w = self.window
        store = w.backend.store
        if store is not None and not w.is_locked:
            Op(w, store.prepare_grouping).run()

    def resume_bulk(self, said: Callable[[int], str]) -> None:
        """A bulk action a stop interrupted is finished now (cache/batch.py): the caseworker asked for it, and
        each case is recorded once. `said(n)` is the window's message for the n cases it recorded."""
        w = self.window
        store = w.backend.store
        if store is None:
            return

        def done(results: Any) -> None:
            n = sum(r.recorded for r in results)
            if n:
                w.statusBar().showMessage(said(n), 15_000)
                w.changes.report(Changes(all_cases=True, outbox=True, reminders=True))

        Op(w, store.bulk_resume).success(done).run()

    # --- the grouped list, the caseload ------------------------------------------------------------------------
    def refresh(self) -> None:
        """The saved views in the view bar, then the grouped list (behind the flat list the first paint needs)."""
        self.window.view_bar.refresh()
        self.refresh_groups()

    def group_by(self, by: str) -> None:
        w = self.window
        w.list_stack.setCurrentWidget(w.grouped if by else w.table)
        self.refresh_groups()

    def refresh_groups(self) -> None:
        w = self.window
        by = w.view_bar.group.currentData()
        if by and not w.is_locked:
            w.grouped.refresh(w.search.query(), by)

    def show_group(self, group: Any) -> None:
        """A big group's every case, in the flat list (the grouped list shows its first `GROUP_ROWS`)."""
        w = self.window
        w.view_bar.extra[group.by] = group.key
        w.view_bar.group.setCurrentIndex(0)
        w.search.refresh()

    def show_caseload(self) -> CaseloadWindow:
        w = self.window
        if self.caseload is None or not is_alive(self.caseload):
            self.caseload = CaseloadWindow(w.backend, w.changes, lambda: w.printing, w)
            self.caseload.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.caseload.show()
        self.caseload.raise_()
        self.caseload.refresh()
        return self.caseload

    def forget(self) -> None:
        """The lock: the view bar, the grouped list and the caseload window, if open, drop what they show."""
        self.window.view_bar.forget()
        self.window.grouped.forget()
        if self.caseload is not None and is_alive(self.caseload):
            self.caseload.forget()
