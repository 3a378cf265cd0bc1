"""The search controller: the filters and search text to the case list, fast (first screen first), and the list
kept in step with what changed (`Changes`).

The case list paints from the first screen of a search (`shown`), then fills in every matching id (`refreshed`:
"the whole list is in"); see `refresh`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING

from council_desk.ui.case_model import BLOCK, CaseListModel, RowLike
from council_desk.ui.changes import Changes
from council_desk.ui.detail import CaseDetail
from council_desk.ui.filters import FilterBar
from council_desk.ui.qt import QLabel, QObject, QTableView, QTimer, Signal
from council_desk.ui.taskman import Op, TaskManager

if TYPE_CHECKING:
    from council_desk.cache.queries import CaseQuery
    from council_desk.ui.backend import Backend

__all__ = ["FIRST_SCREEN", "FULL_LIST_DELAY_MS", "CaseSearch"]

# The list's first screen (more rows than any window shows) is asked for on its own, so it paints at once.
FIRST_SCREEN = 300
# Wait this long after the first screen before listing every match: a keystroke in between makes it moot.
FULL_LIST_DELAY_MS = 120


class CaseSearch(QObject):
    shown = Signal()  # the list shows the new search's first screen (and maybe more)
    refreshed = Signal()  # the list shows every case of the new search

    def __init__(
        self,
        backend: Backend,
        filters: FilterBar,
        model: CaseListModel,
        table: QTableView,
        count_label: QLabel,
        detail: CaseDetail,
        locked: Callable[[], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.tm = TaskManager.current()
        self.filters, self.model, self.table = filters, model, table
        self.count_label, self.detail = count_label, detail
        self._locked = locked
        self.sort = ("requested", True)
        self.serial = 0
        # What the filter bar cannot show (a view's owner or "open here", several choices of one filter) is laid
        # over its query here (ui/views.py, issue 14).
        self.adjust: Callable[[CaseQuery], CaseQuery] = lambda q: q
        filters.changed.connect(self.refresh)
        model.sort_requested.connect(self._sort_changed)

    def fetch_rows(self, ids: Sequence[str]) -> Future[Mapping[str, RowLike]]:
        """The model's row fetch, on the database worker."""
        store = self.backend.store
        if store is None:
            done: Future[Mapping[str, RowLike]] = Future()
            done.set_result({})
            return done
        ids = list(ids)
        return self.tm.db_future(lambda: store.rows(ids))

    def on_changes(self, changes: Changes) -> None:
        if changes.all_cases:
            self.model.invalidate()
            self.refresh_facets()
            self.refresh()
        elif changes.cases:
            self.model.invalidate(list(changes.cases))

    def forget(self) -> None:
        """The lock: results of searches still running are thrown away, and the list shows nothing."""
        self.serial += 1
        self.model.clear()
        self.filters.reset()
        self.count_label.clear()

    def query(self) -> CaseQuery:
        """What the list shows: the filter bar's query, sorted as the list is, with the view's parts laid over."""
        return self.adjust(self.filters.state(*self.sort))

    def _sort_changed(self, key: str, descending: bool) -> None:
        self.sort = (key, descending)
        self.refresh()

    def refresh_facets(self) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, store.facets).success(
            lambda f: self.filters.set_facets(list(f.agencies), list(f.complaint_types))
        ).run()

    def refresh(self) -> None:
        """Re-run the search; keeps the selected case selected if it is still in the list.

        The first screen of ids is asked for first and painted; only when it is full is the whole list asked
        for, a moment later (`FULL_LIST_DELAY_MS`) and only if no newer search started meanwhile. Listing every
        id of a common word over 100k cases takes ~100 ms, its first screen a fraction: the list follows the
        keystrokes, and the count and scroll range complete when typing pauses (see docs/cache.md,
        "Performance"). `shown` is emitted once the first screen is shown, `refreshed` once the whole list is
        (both at once when the first screen holds every match)."""
        store = self.backend.store
        if store is None or self._locked():
            return
        query = self.query()
        self.serial += 1
        serial = self.serial

        def current() -> bool:
            return serial == self.serial and not self._locked()

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
            self.refreshed.emit()

        def load_full() -> None:
            if not current():
                return  # a newer keystroke already asked again: its own first screen comes first

            def full() -> list[str] | None:
                # Skipped on the worker too if a newer search was queued meanwhile.
                return store.list_ids(query) if serial == self.serial else None

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
            self.shown.emit()
            if complete:
                self.refreshed.emit()
            else:
                QTimer.singleShot(FULL_LIST_DELAY_MS, load_full)

        Op(self, first_screen).success(apply).run()
