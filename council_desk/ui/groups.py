"""The case list grouped by building or by filer (issue 14): one line per building (its normalised address) or per
filer (never named: "Same filer"), biggest open caseload first, its cases under it when opened.

The groups come from one query over the (key, office status) index (cache/groups.py); a group's cases are
fetched when it is opened, up to `GROUP_ROWS` (then a line offers the whole group in the flat list). Choosing a
case opens it beside, as in the flat list; several chosen cases are what the bulk actions and printing act on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from council_desk.ui import accessibility, labels
from council_desk.ui.i18n import isolate, ltr
from council_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractItemView,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.cache.groups import Group
    from council_desk.cache.queries import CaseQuery, CaseRow
    from council_desk.ui.backend import Backend

__all__ = ["GROUP_ROWS", "GroupModel", "GroupedCases"]

Index = QModelIndex | QPersistentModelIndex
# Cases shown under an opened group; a bigger one offers "Show all N cases in the list" instead of the rest.
GROUP_ROWS = 500
_COLUMNS = (
    QT_TRANSLATE_NOOP("GroupModel", "Complaint #"),
    QT_TRANSLATE_NOOP("GroupModel", "Received"),
    QT_TRANSLATE_NOOP("GroupModel", "Type"),
    QT_TRANSLATE_NOOP("GroupModel", "Office status"),
    QT_TRANSLATE_NOOP("GroupModel", "Assigned to"),
)
_MORE = "__more__"


@dataclass
class _Node:
    group: Group
    rows: list[CaseRow] = field(default_factory=list)
    loaded: bool = False
    loading: bool = False
    more: int = 0  # cases beyond GROUP_ROWS


class GroupModel(QAbstractItemModel):
    """Groups at the top level, their cases beneath (fetched when a group is opened: `fetchMore`)."""

    def __init__(
        self, load: Callable[[Group, Callable[[list[CaseRow], int], None]], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._nodes: list[_Node] = []
        self.names: dict[str, str] = {}

    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self._nodes = [_Node(g) for g in groups]
        self.endResetModel()

    def clear(self) -> None:
        self.set_groups([])

    def group_at(self, index: Index) -> Group | None:
        if index.isValid() and not index.parent().isValid() and index.row() < len(self._nodes):
            return self._nodes[index.row()].group
        return None

    def case_id(self, index: Index) -> str | None:
        """The case of a case line (None for a group line, or the "show all" line)."""
        parent = index.parent()
        if not index.isValid() or not parent.isValid():
            return None
        node = self._nodes[parent.row()]
        return node.rows[index.row()].id if index.row() < len(node.rows) else None

    def is_more(self, index: Index) -> bool:
        parent = index.parent()
        return index.isValid() and parent.isValid() and index.row() >= len(self._nodes[parent.row()].rows)

    # --- Qt model API ------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)  # a group: internal id 0
        return self.createIndex(row, column, parent.row() + 1)  # a case: its group's row + 1

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        group_row = int(index.internalId()) - 1
        if group_row < 0 or group_row >= len(self._nodes):
            return QModelIndex()
        return self.createIndex(group_row, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._nodes)
        if parent.parent().isValid() or parent.column() != 0:
            return 0
        node = self._nodes[parent.row()]
        return len(node.rows) + (1 if node.more else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(_COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._nodes)
        return not parent.parent().isValid() and parent.column() == 0

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.parent().isValid():
            return False
        node = self._nodes[parent.row()]
        return not node.loaded and not node.loading

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        row = parent.row()
        node = self._nodes[row]
        node.loading = True
        nodes = self._nodes

        def arrived(rows: list[CaseRow], total: int) -> None:
            if nodes is not self._nodes or row >= len(self._nodes):
                return  # the groups were replaced meanwhile
            node.loading = False
            node.loaded = True
            if not rows and total <= 0:
                return
            more = max(0, total - len(rows))
            self.beginInsertRows(self.index(row, 0), 0, len(rows) - 1 + (1 if more else 0))
            node.rows = list(rows)
            node.more = more
            self.endInsertRows()

        self._load(node.group, arrived)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("GroupModel", _COLUMNS[section])
                if 0 <= section < len(_COLUMNS)
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        group = self.group_at(index)
        if group is not None:
            if index.column() != 0:
                return None
            text = self._group_text(group)
            return text
        node = self._nodes[index.parent().row()]
        if index.row() >= len(node.rows):
            return (
                self.tr("Show all %n case(s) of this group in the list…", "", node.group.count)
                if index.column() == 0
                else None
            )
        r = node.rows[index.row()]
        col = index.column()
        if col == 0:
            return r.id
        if col == 1:
            return ltr(r.requested.strftime("%Y-%m-%d"))
        if col == 2:
            return isolate(r.complaint_type)
        if col == 3:
            return labels.office_status(r.office_status) + (" •" if r.pending_count else "")
        who = r.assignee
        return isolate(self.names.get(who, who)) if who else ""

    def _group_text(self, g: Group) -> str:
        counts = self.tr("%n case(s)", "", g.count) + ", " + self.tr("%n open here", "", g.open_count)
        if g.by == "building":
            label = isolate(g.key) if g.key else self.tr("(no street address)")
        else:
            label = self.tr("Same filer") if g.key else self.tr("(no contact details to match)")
        return f"{label} — {counts}"


class GroupedCases(QWidget):
    """The grouped list. `case_chosen` when a case line is chosen; `show_group` when the caseworker asks to see a
    whole big group in the flat list."""

    case_chosen = Signal(str)
    show_group = Signal(object)  # Group
    shown = Signal()  # the groups are in (tests, and the benchmark's first paint)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.query: CaseQuery | None = None
        self.by = "building"
        self._serial = 0
        self.model = GroupModel(self._load, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("groupedCases")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)  # 10,000 buildings: no per-row size query
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        accessibility.name(
            self.tree,
            self.tr("Cases by group"),
            self.tr("Open a group (Right arrow) to see its cases; choose one to see it beside"),
        )
        self.tree.selectionModel().currentChanged.connect(self._current)
        self.tree.activated.connect(self._activated)
        self.tree.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)

    def refresh(self, query: CaseQuery, by: str) -> None:
        """Group what `query` matches, by "building" or "filer"."""
        store = self.backend.store
        if store is None:
            return
        self.query, self.by = query, by
        me = self.backend.me
        self.model.names = {m.username: m.display_name for m in (me.staff if me else [])}
        self._serial += 1
        serial = self._serial

        def apply(groups: list[Group]) -> None:
            if serial != self._serial:
                return
            self.model.set_groups(groups)
            for row in range(len(groups)):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            self.shown.emit()

        Op(self, lambda: store.groups(query, by)).success(apply).run()  # type: ignore[arg-type]

    def _load(self, group: Group, arrived: Callable[[list[CaseRow], int], None]) -> None:
        store, query = self.backend.store, self.query
        if store is None or query is None:
            return
        from council_desk.cache.groups import group_query

        q = group_query(query, group)

        def load() -> tuple[list[CaseRow], int]:
            ids = store.list_ids(q, limit=GROUP_ROWS)
            rows = store.rows(ids)
            return [rows[i] for i in ids if i in rows], group.count

        Op(self, load).success(lambda got: arrived(*got)).run()

    def selected_ids(self) -> list[str]:
        ids = []
        for index in self.tree.selectionModel().selectedRows():
            cid = self.model.case_id(index)
            if cid:
                ids.append(cid)
        return list(dict.fromkeys(ids))

    def forget(self) -> None:
        self._serial += 1
        self.query = None
        self.model.clear()

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cid = self.model.case_id(current)
        if cid:
            self.case_chosen.emit(cid)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.is_more(index):
            group = self.model.group_at(index.parent())
            if group is not None:
                self.show_group.emit(group)
        elif self.model.group_at(index) is not None:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
