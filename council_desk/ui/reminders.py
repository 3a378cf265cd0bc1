"""Reminders: the caseworker's tasks — overdue, due today and the next seven days — the first thing they see in the
morning (issue 14). A reminder is a task with an owner (cache/tasks.py): it stays until someone marks it Done or
moves it (Snooze, Reschedule), or gives it to a colleague; nothing else clears it.

"Mine" by default (a reminder is someone's), "Everyone's" for the office manager who covers for a colleague on
leave. Several lines can be chosen: Done, Snooze, Reschedule and "Give to" then apply to each, recorded as each
single action would be (cache/batch.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from council_desk.ui import accessibility, labels
from council_desk.ui.changes import ChangeBus, Changes
from council_desk.ui.colors import view_color
from council_desk.ui.errors import show_error
from council_desk.ui.i18n import isolate, ltr
from council_desk.ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QToolButton,
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
# Snooze choices: days from today (a week is what CRMs' "snooze" offers longest; further is a reschedule).
SNOOZE_DAYS = (1, 3, 7)


def _get(obj: Any, *names: str) -> Any:
    for n in names:
        v = getattr(obj, n, None)
        if v is not None:
            return v
    return None


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


class RemindersModel(QAbstractTableModel):
    """Rows of `store.reminders(today)`: overdue first, then today, then the next days; each says which in words
    (and overdue ones in the error colour)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._cases: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self.today = dt.date.today()

    def set_items(self, items: Sequence[Any], today: dt.date, cases: Mapping[str, Any] | None = None) -> None:
        """Show `items` (`cache.tasks.Reminder`s: they carry their case's type and address; `cases` may add
        them for other items)."""
        self.beginResetModel()
        self._cases = dict(cases or {})
        self._items = [r for r in items if self._due(r) is not None]
        self.today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([], self.today)

    def item(self, row: int) -> Any:
        return self._items[row] if 0 <= row < len(self._items) else None

    def case_id(self, row: int) -> str | None:
        if 0 <= row < len(self._items):
            return str(_get(self._items[row], "service_request_id", "case_id"))
        return None

    def task_id(self, row: int) -> str | None:
        item = self.item(row)
        return None if item is None else str(_get(item, "task_id", "followup_id") or "") or None

    def overdue_count(self) -> int:
        return sum(1 for r in self._items if (d := self._due(r)) is not None and d < self.today)

    def due_now_count(self) -> int:
        """Overdue and due today: what the tab's title counts."""
        return sum(1 for r in self._items if (d := self._due(r)) is not None and d <= self.today)

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
            if overdue:
                return self.tr("Overdue")
            return self.tr("Due today") if due == self.today else self.tr("Due in the next 7 days")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            text = ltr(due.isoformat()) if due else ""
            if overdue:
                return self.tr("%1 (overdue)").replace("%1", text)
            return self.tr("%1 (today)").replace("%1", text) if due == self.today else text
        if col == 1:
            mark = " •" if _get(item, "pending") else ""  # not yet sent, as in the case list
            return str(_get(item, "service_request_id", "case_id") or "") + mark
        if col == 2:
            owner = str(_get(item, "owner") or "")
            return isolate(self.names.get(owner, owner))
        if col in (3, 4):
            field = "complaint_type" if col == 3 else "address"
            value = _get(item, field)
            if value is None:
                case = self._cases.get(str(_get(item, "service_request_id", "case_id")))
                value = getattr(case, field, "") if case else ""
            return isolate(str(value or ""))
        text = str(_get(item, "text") or "")
        return isolate(text.splitlines()[0][:120]) if text else ""


REMINDER_COLUMN_CHARS = (21, 14, 16, 22, 27)


class RescheduleDialog(QDialog):
    """Choose a reminder's new date."""

    def __init__(self, current: dt.date, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleDialog")
        self.setWindowTitle(self.tr("Reschedule %n reminder(s)", "", count))
        self.date = QDateEdit(self)
        self.date.setObjectName("rescheduleDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate.currentDate())
        self.date.setDate(QDate(current.year, current.month, current.day))
        accessibility.describe(self.date, self.tr("The day the reminders are due"))
        label = QLabel(self.tr("New date:"), self)
        label.setBuddy(self.date)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.date)
        layout.addLayout(row)
        layout.addWidget(box)
        accessibility.polish(self)

    def chosen(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())


class RemindersTab(QWidget):
    """The Reminders tab. A double-click or Enter asks for the case (`case_requested`); the buttons change the
    chosen reminders and report it on the window's `ChangeBus`."""

    case_requested = Signal(str)
    counted = Signal(int)  # how many are due today or overdue: the tab's title says it
    changed = Signal()  # a change of ours is stored (tests)

    def __init__(self, backend: Backend, parent: QWidget | None = None, changes: ChangeBus | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.changes = changes
        self.model = RemindersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reminderTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        fit_rows(self.table)
        fit_columns(self.table, REMINDER_COLUMN_CHARS)
        self.table.horizontalHeader().setStretchLastSection(True)
        accessibility.name(
            self.table,
            self.tr("Reminders"),
            self.tr("Reminders overdue, due today and in the next 7 days; Enter opens the case"),
        )
        self.table.doubleClicked.connect(self._opened)
        self.table.activated.connect(self._opened)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.whose = QComboBox(self)
        self.whose.setObjectName("reminderOwner")
        self.whose.addItem(self.tr("My reminders"), "mine")
        self.whose.addItem(self.tr("Everyone's"), "all")
        accessibility.name(self.whose, self.tr("Whose reminders"))
        self.whose.currentIndexChanged.connect(lambda _i: self.refresh())

        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("reminderDone")
        accessibility.describe(self.done_button, self.tr("Mark the chosen reminders done (Ctrl+D)"))
        self.done_button.setShortcut("Ctrl+D")
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setObjectName("reminderSnooze")
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        snooze = QMenu(self.snooze_button)
        for days in SNOOZE_DAYS:
            text = self.tr("Tomorrow") if days == 1 else self.tr("%n day(s)", "", days)
            a = snooze.addAction(text)
            a.triggered.connect(lambda _c=False, d=days: self.snooze(dt.date.today() + dt.timedelta(days=d)))
        a = snooze.addAction(self.tr("Next Monday"))
        a.triggered.connect(lambda _c=False: self.snooze(next_monday(dt.date.today())))
        self.snooze_button.setMenu(snooze)
        self.reschedule_button = QPushButton(self.tr("Reschedule…"), self)
        self.reschedule_button.setObjectName("reminderReschedule")
        self.reschedule_button.clicked.connect(self.reschedule)
        self.give_button = QToolButton(self)
        self.give_button.setObjectName("reminderGive")
        self.give_button.setText(self.tr("Give to"))
        self.give_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.give_menu = QMenu(self.give_button)
        self.give_button.setMenu(self.give_menu)
        self.give_menu.aboutToShow.connect(self._fill_give_menu)
        self.open_button = QPushButton(self.tr("Open case"), self)
        self.open_button.clicked.connect(lambda: self._opened(self.table.currentIndex()))

        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        show = QLabel(self.tr("Show:"), self)
        show.setBuddy(self.whose)
        top.addWidget(show)
        top.addWidget(self.whose)
        buttons = QHBoxLayout()
        for w in (
            self.done_button,
            self.snooze_button,
            self.reschedule_button,
            self.give_button,
            self.open_button,
        ):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._locked = False

    def on_changes(self, changes: Changes) -> None:
        if changes.reminders or changes.all_cases:
            self.refresh()

    def _owner(self) -> str | None:
        me = self.backend.me
        return me.username if (me is not None and self.whose.currentData() == "mine") else None

    def refresh(self, *, first: bool = False, then: Callable[[int], None] | None = None) -> None:
        """Load what is due; `then(n)` after (the morning view: the window shows the tab when something is)."""
        store = self.backend.store
        if store is None:
            return
        today = dt.date.today()
        owner = self._owner()
        me = self.backend.me
        self.model.names = {m.username: m.display_name for m in (me.staff if me else [])}

        def apply(items: list[Any]) -> None:
            if self._locked:
                return
            self.model.set_items(items, today)
            overdue = self.model.overdue_count()
            now = self.model.due_now_count()
            n = self.model.rowCount()
            self.intro.setText(
                self.tr(
                    "%1 overdue, %2 due today, %3 in the next 7 days. Double-click one (or press Enter) to "
                    "open the case."
                )
                .replace("%1", str(overdue))
                .replace("%2", str(now - overdue))
                .replace("%3", str(n - now))
                if n
                else self.tr(
                    "Nothing is due in the next 7 days. A follow-up logged with a reminder appears "
                    "here when its day comes near."
                )
            )
            self.counted.emit(now)
            if then is not None:
                then(now)

        Op(self, lambda: store.reminders(today, owner)).success(apply).run()

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

    # --- changing reminders -----------------------------------------------------------------------------------
    def chosen(self) -> list[tuple[str, str]]:
        """(task id, case id) of the chosen lines, in list order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        out = []
        for r in rows:
            tid, cid = self.model.task_id(r), self.model.case_id(r)
            if tid and cid:
                out.append((tid, cid))
        return out

    def _apply(self, kind: str, params: dict[str, Any], single: Callable[[Any, str, str], object]) -> None:
        """One reminder: its single action; several: the bulk action, which records each exactly alike."""
        store = self.backend.store
        picked = self.chosen()
        if store is None or not picked:
            return

        def work() -> None:
            if len(picked) == 1:
                single(store, *picked[0])
            else:
                store.bulk(kind, params, task_ids=[t for t, _c in picked])  # type: ignore[arg-type]

        def done(_r: object) -> None:
            if self.changes is not None:
                self.changes.report(Changes.of_cases([c for _t, c in picked], reminders=True, outbox=True))
            else:
                self.refresh()
            self.changed.emit()

        Op(self, work).success(done).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        self.refresh()

    def mark_done(self) -> None:
        self._apply("task_done", {}, lambda s, t, c: s.task_done(t, c))

    def snooze(self, until: dt.date) -> None:
        self._apply("task_snooze", {"due_date": until.isoformat()}, lambda s, t, c: s.task_snooze(t, c, until))

    def reschedule(self, due: dt.date | None = None) -> None:
        picked = self.chosen()
        if not picked:
            return
        if due is None:
            item = self.model.item(self.table.currentIndex().row())
            current = RemindersModel._due(item) if item is not None else None
            dlg = RescheduleDialog(max(current or dt.date.today(), dt.date.today()), len(picked), self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            due = dlg.chosen()
        when = due
        self._apply(
            "task_reschedule", {"due_date": when.isoformat()}, lambda s, t, c: s.task_reschedule(t, c, when)
        )

    def give_to(self, username: str) -> None:
        self._apply("task_assign", {"assignee": username}, lambda s, t, c: s.task_assign(t, c, username))

    def _fill_give_menu(self) -> None:
        self.give_menu.clear()
        me = self.backend.me
        for m in me.staff if me else []:
            if m.role == "member":
                continue
            a = self.give_menu.addAction(m.display_name)
            a.triggered.connect(lambda _c=False, u=m.username: self.give_to(u))
