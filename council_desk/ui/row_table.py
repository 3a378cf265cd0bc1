"""A read-only table over a list of records, for the lists that are only read: the approvals queue and the
privacy log. A subclass says what its columns are called (`headers`) and what a cell shows (`cell`); the row
bookkeeping Qt asks for is here once. (The case list has its own model: it pages rows in from the cache.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from council_desk.ui.qt import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

__all__ = ["Index", "RowTableModel"]

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class RowTableModel(QAbstractTableModel, Generic[T]):
    """The rows are `items`; the text of a cell is both what is shown and its tooltip (long cells are cut)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []

    def headers(self) -> Sequence[str]:
        """The columns' titles, translated: their number is the table's width."""
        raise NotImplementedError

    def cell(self, item: T, column: int) -> Any:
        raise NotImplementedError

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's own signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 -- Qt's own signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self.headers()
            return titles[section] if 0 <= section < len(titles) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.item(index.row())
        return None if item is None else self.cell(item, index.column())
