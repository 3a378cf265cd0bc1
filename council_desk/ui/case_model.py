"""The case list model: it holds ids only and fetches rows on demand (after Anki's browser table model).

`store.list_ids(query)` gives the ordered ids of the current search; `data()` asks for the row it needs, and the
model fetches the whole block around it with `store.rows(ids)` into a small LRU cache. The fetch runs on the
database worker: when the worker answers quickly (the usual case) the row is shown at once; when it is busy (a big
sync page being written) the cell shows a placeholder and is repainted when the block arrives, so the GUI thread
never waits on the database for long.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, Protocol

from council_desk.ui import labels
from council_desk.ui.colors import view_color
from council_desk.ui.i18n import isolate, ltr
from council_desk.ui.qt import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

BLOCK = 200
CACHE_ROWS = 3000
# How long data() may wait for the database worker before showing a placeholder instead.
SYNC_WAIT_S = 0.05
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex


class RowLike(Protocol):
    """The list columns of a case (`council_desk.cache.queries.CaseRow`, a frozen dataclass: read-only)."""

    @property
    def id(self) -> str: ...
    @property
    def requested(self) -> Any: ...
    @property
    def complaint_type(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def agency_status(self) -> str: ...
    @property
    def office_status(self) -> str: ...
    @property
    def next_due(self) -> Any: ...
    @property
    def pending_count(self) -> int: ...
    @property
    def assignee(self) -> str: ...


RowFetch = Callable[[Sequence[str]], "Future[Mapping[str, RowLike]] | Mapping[str, RowLike]"]


@dataclass(frozen=True)
class Column:
    key: str  # the sort key understood by `CaseQuery.sort`
    title: str  # English; shown translated (`labels.case_column`)


_KEYS = (
    "id",
    "requested",
    "complaint_type",
    "agency",
    "address",
    "agency_status",
    "office_status",
    "next_due",
    "assignee",
)
COLUMNS: tuple[Column, ...] = tuple(Column(k, t) for k, t in zip(_KEYS, labels.CASE_COLUMNS, strict=True))


def _fmt_date(value: Any) -> str:
    return ltr(_date_text(value))


def _date_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        # Shown in the PC's local time (New York for an office PC); stored times carry their offset.
        return (value.astimezone() if value.tzinfo else value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    # ISO strings from the store: show date and minutes only.
    return text[:16].replace("T", " ")


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset({_DISPLAY, Qt.ItemDataRole.ToolTipRole, _FOREGROUND})
_DUE_COL = [c.key for c in COLUMNS].index("next_due")
_OFFICE_COL = [c.key for c in COLUMNS].index("office_status")
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class CaseListModel(QAbstractTableModel):
    """Table model over case ids. `fetch(ids)` returns rows (or a Future of them) for a block of ids."""

    sort_requested = Signal(str, bool)  # column key, descending
    rows_arrived = Signal()

    def __init__(self, fetch: RowFetch, parent: QObject | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[str] = []
        self._cache: OrderedDict[str, RowLike] = OrderedDict()
        self._texts: dict[str, tuple[RowLike, tuple[str, ...], bool]] = {}
        self._inflight: dict[int, Future[Mapping[str, RowLike]]] = {}
        self._today = today
        self._generation = 0
        # user name -> name, for the "Assigned to" column (the office's staff, from /v1/me)
        self.names: dict[str, str] = {}

    # --- contents ---------------------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[str]) -> None:
        """Show a new result list. Cached rows stay valid (a row's content does not depend on the search)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._generation += 1
        self._inflight.clear()
        self.endResetModel()

    def prime(self, rows: Mapping[str, RowLike]) -> None:
        """Hold rows fetched ahead (the first block of a new search, fetched with its ids in one trip to the
        database worker), so the first paint does not wait for them."""
        self._store_rows(rows)

    def extend_ids(self, ids: Sequence[str]) -> bool:
        """Grow the shown list to `ids` if it starts with the ids shown now (the rest of a search whose first
        screen is shown): rows are appended, nothing is reset, so selection and scroll position stay. Returns
        False, changing nothing, if `ids` does not continue the current list."""
        n = len(self._ids)
        if len(ids) < n or list(ids[:n]) != self._ids:
            return False
        if len(ids) > n:
            self.beginInsertRows(QModelIndex(), n, len(ids) - 1)
            self._ids.extend(ids[n:])
            self.endInsertRows()
        return True

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, case_id: str) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def invalidate(self, ids: Sequence[str] | None = None) -> None:
        """Forget cached rows (all, or the given ones) after a change, and repaint what is visible."""
        if ids is None:
            self._cache.clear()
            self._texts.clear()
        else:
            for i in ids:
                self._cache.pop(i, None)
                self._texts.pop(i, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def clear(self) -> None:
        """Drop every id and cached row (the app is locking: no case data may stay in memory)."""
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self._texts.clear()
        self._inflight.clear()
        self._generation += 1
        self.endResetModel()

    def cached_count(self) -> int:
        return len(self._cache)

    # --- Qt model API ------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return labels.case_column(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every visible cell on every paint: the combined flag is computed once (module level).
        return _CELL_FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The store sorts (an index-backed ORDER BY over all matches); the owner re-runs the query.
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for many roles per cell on every paint; the role test comes first because it is the cheapest.
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        if not (0 <= r < len(self._ids)):
            return None
        entry = self._entry(r)
        col = index.column()
        if entry is None:
            return PLACEHOLDER if role == _DISPLAY else None
        row, texts, overdue = entry
        if role == _DISPLAY:
            return texts[col]
        if role == _FOREGROUND:
            # The colour only underlines what the cell already says in words ("overdue").
            return view_color("error") if overdue and col == _DUE_COL else None
        # tooltip
        if col == _DUE_COL and overdue:
            return self.tr("Overdue")
        if col == _OFFICE_COL and row.pending_count:
            return self.tr("%n change(s) not yet sent (marked •)", "", row.pending_count)
        return None

    # --- internals ---------------------------------------------------------------------------------------------
    def _text(self, row: RowLike, col: str) -> str:
        if col == "id":
            return row.id
        if col == "requested":
            return _fmt_date(row.requested)
        if col == "next_due":
            due = _fmt_date(row.next_due)
            # Said in words, not by colour alone (WCAG 1.4.1).
            return self.tr("%1 (overdue)").replace("%1", due) if due and self._overdue(row) else due
        if col == "office_status":
            label = labels.office_status(row.office_status)
            return label + (" •" if row.pending_count else "")
        if col == "agency_status":
            return labels.agency_status(str(row.agency_status))
        if col == "assignee":
            who = str(getattr(row, "assignee", "") or "")
            return isolate(self.names.get(who, who)) if who else ""
        return isolate(str(getattr(row, col, "") or ""))

    def _overdue(self, row: RowLike) -> bool:
        due = row.next_due
        if due is None or due == "":
            return False
        today = self._today or dt.date.today()
        if isinstance(due, dt.datetime):
            due = due.date()
        if isinstance(due, str):
            try:
                due = dt.date.fromisoformat(due[:10])
            except ValueError:
                return False
        return bool(due < today)

    def _entry(self, r: int) -> tuple[RowLike, tuple[str, ...], bool] | None:
        """The row with its display texts, formatted once per row (painting asks for them again and again)."""
        case_id = self._ids[r]
        hit = self._texts.get(case_id)
        if hit is not None:
            return hit
        row = self._row(r)
        if row is None:
            return None
        entry = (row, tuple(self._text(row, c.key) for c in COLUMNS), self._overdue(row))
        self._texts[case_id] = entry
        return entry

    def _row(self, r: int) -> RowLike | None:
        case_id = self._ids[r]
        hit = self._cache.get(case_id)
        if hit is not None:
            self._cache.move_to_end(case_id)
            return hit
        block = r // BLOCK
        pending = self._inflight.get(block)
        if pending is not None and not pending.done():
            return None
        start = block * BLOCK
        ids = self._ids[start : start + BLOCK]
        result = self._fetch(ids)
        if isinstance(result, Future):
            try:
                rows = result.result(timeout=SYNC_WAIT_S)
            except FutureTimeout:
                # Busy worker: show placeholders now, repaint when the block lands.
                self._inflight[block] = result
                generation = self._generation
                result.add_done_callback(lambda f: self._late_block(generation, block, f))
                return None
        else:
            rows = result
        self._store_rows(rows)
        return self._cache.get(case_id)

    def _store_rows(self, rows: Mapping[str, RowLike]) -> None:
        for k, v in rows.items():
            self._cache[k] = v
            self._cache.move_to_end(k)
        while len(self._cache) > CACHE_ROWS:
            gone, _ = self._cache.popitem(last=False)
            self._texts.pop(gone, None)

    def _late_block(self, generation: int, block: int, fut: Future[Mapping[str, RowLike]]) -> None:
        # Called on the worker thread: hop to the GUI thread through a queued signal-slot call.
        from council_desk.ui.taskman import TaskManager

        def apply() -> None:
            if generation != self._generation or fut.exception() is not None:
                return
            self._inflight.pop(block, None)
            self._store_rows(fut.result())
            start = block * BLOCK
            end = min(len(self._ids), start + BLOCK) - 1
            if end >= start:
                self.dataChanged.emit(self.index(start, 0), self.index(end, len(COLUMNS) - 1))
            self.rows_arrived.emit()

        TaskManager.current().call_soon(apply)
