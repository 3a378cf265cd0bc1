"""Reminders: due and overdue follow-ups across all cases — the first thing a caseworker sees in the morning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from council_desk.ui import accessibility, labels
from council_desk.ui.changes import Changes
from council_desk.ui.colors import view_color
from council_desk.ui.i18n import isolate, ltr
from council_desk.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QLabel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.sizing import fit_columns, fit_rows
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend

Index = QModelIndex | QPersistentModelIndex

_COLUMNS = labels.REMINDER_COLUMNS


def _get(obj: Any, *names: str) -> Any:
    for n in names:
        v = getattr(obj, n, None)
        if v is not None:
            return v
    return None


class RemindersModel(QAbstractTableModel):
    """Rows of `store.reminders(today)`, oldest first; overdue ones say so in words (and in the error colour)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._cases: dict[str, Any] = {}
        self.today = dt.date.today()

    def set_items(self, items: Sequence[Any], today: dt.date, cases: Mapping[str, Any] | None = None) -> None:
        """Keep what is due today or overdue (the store also returns later reminders). `cases` are the list
        rows of those cases (`store.rows`), for their type and address."""
        self.beginResetModel()
        self._cases = dict(cases or {})
        self._items = [r for r in items if (d := self._due(r)) is not None and d <= today]
        self.today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([], self.today)

    def case_id(self, row: int) -> str | None:
        if 0 <= row < len(self._items):
            return str(_get(self._items[row], "service_request_id", "case_id"))
        return None

    def overdue_count(self) -> int:
        dues = [self._due(r) for r in self._items]
        return sum(1 for d in dues if d is not None and d < self.today)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_COLUMNS):
            return labels.reminder_column(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _due(item: Any) -> dt.date | None:
        due = _get(item, "due_date", "due")
        if isinstance(due, dt.datetime):
            return due.date()
        if isinstance(due, str):
            try:
                return dt.date.fromisoformat(due[:10])
            except ValueError:
                return None
        return due if isinstance(due, dt.date) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        due = self._due(item)
        overdue = due is not None and due < self.today
        if role == Qt.ItemDataRole.ForegroundRole:
            return view_color("error") if overdue else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.tr("Overdue") if overdue else self.tr("Due today")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            text = ltr(due.isoformat()) if due else ""
            return self.tr("%1 (overdue)").replace("%1", text) if overdue else text
        if col == 1:
            return str(_get(item, "service_request_id", "case_id") or "")
        if col == 2:
            kind = str(_get(item, "kind") or "")
            return labels.follow_up_kind(kind)
        if col in (3, 4):
            case = self._cases.get(str(_get(item, "service_request_id", "case_id")))
            field = "complaint_type" if col == 3 else "address"
            return isolate(str(getattr(case, field, "") or "")) if case else ""
        text = str(_get(item, "text") or "")
        return isolate(text.splitlines()[0][:120]) if text else ""


REMINDER_COLUMN_CHARS = (19.5, 14, 12.5, 24, 29.5)


class RemindersTab(QWidget):
    """The Reminders tab: what is due today or overdue, refreshed when an operation changes the reminders. A
    double-click or Enter asks for the case (`case_requested`)."""

    case_requested = Signal(str)
    counted = Signal(int)  # how many are due: the tab's title says it

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.model = RemindersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reminderTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        fit_rows(self.table)
        fit_columns(self.table, REMINDER_COLUMN_CHARS)
        self.table.horizontalHeader().setStretchLastSection(True)
        accessibility.name(self.table, self.tr("Reminders"),
                           self.tr("Follow-ups due today or overdue; Enter opens the case"))
        self.table.doubleClicked.connect(self._opened)
        self.table.activated.connect(self._opened)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self._locked = False

    def on_changes(self, changes: Changes) -> None:
        if changes.reminders:
            self.refresh()

    def refresh(self, *, first: bool = False, then: Callable[[int], None] | None = None) -> None:
        """Load what is due; `then(n)` after (the morning view: the window shows the tab when something is)."""
        store = self.backend.store
        if store is None:
            return
        today = dt.date.today()

        def load() -> tuple[list[Any], Any]:
            items = store.reminders(today)
            return items, store.rows([r.service_request_id for r in items])

        def apply(loaded: tuple[list[Any], Any]) -> None:
            if self._locked:
                return
            items, cases = loaded
            self.model.set_items(items, today, cases)
            overdue = self.model.overdue_count()
            n = self.model.rowCount()
            self.intro.setText(
                self.tr("%1, %2. Double-click one (or press Enter) to open the case.")
                .replace("%1", self.tr("%n follow-up(s) due today or earlier", "", n))
                .replace("%2", self.tr("%n overdue", "", overdue))
                if n else self.tr("Nothing is due. Reminders appear here when a follow-up's date comes.")
            )
            self.counted.emit(n)
            if then is not None:
                then(n)

        Op(self, load).success(apply).run()

    def forget(self) -> None:
        """The lock: nothing of the cases stays on screen."""
        self._locked = True
        self.model.clear()
        self.intro.clear()
        self.counted.emit(0)

    def resume(self) -> None:
        self._locked = False

    def _opened(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id:
            self.case_requested.emit(case_id)
