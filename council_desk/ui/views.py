"""The case list's views and the filters the filter bar cannot show (issue 14), in a bar above it:

- **View**: the built-in views ("All cases", "Mine", "Unassigned", "Overdue", "Closed at agency, still open here")
  and the caseworker's own saved ones (kept in this user's encrypted cache: cache/views.py). Choosing one sets the
  search, the filters and the sort it was saved with. **Save view…** keeps what the list shows under a name;
  **Delete view** removes one of the user's own.
- **More filters…**: several choices at once of the office status, the agency's status, the agency, the
  complaint type and the owner (the bar's own boxes take one each).
- **Group by**: none, building or filer (ui/groups.py shows the grouped list).
- **Clear filters**: the search, every filter and the view back to "All cases".

The bar lays what the filter bar cannot show over its query (`adjust`, CaseSearch's hook).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from council_desk.domain.status import OFFICE_STATUSES
from council_desk.ui import accessibility, labels
from council_desk.ui.errors import show_error
from council_desk.ui.filters import _ANY_DATE, FilterBar
from council_desk.ui.qt import (
    QComboBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.cache.queries import CaseQuery
    from council_desk.cache.views import SavedView
    from council_desk.ui.backend import Backend
    from council_desk.ui.search import CaseSearch

__all__ = ["MoreFiltersDialog", "ViewBar"]

# The fields "More filters…" offers several choices of, with the filter bar's box for the same field.
MULTI_FIELDS = ("office_status", "agency_status", "agency", "complaint_type", "assignee")


class MoreFiltersDialog(QDialog):
    """Several choices of each filter; nothing ticked in a list means "any"."""

    def __init__(
        self,
        choices: dict[str, list[tuple[str, str]]],
        chosen: dict[str, tuple[str, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moreFiltersDialog")
        self.setWindowTitle(self.tr("More filters"))
        titles = {
            "office_status": self.tr("Office status"),
            "agency_status": self.tr("Agency status"),
            "agency": self.tr("Agency"),
            "complaint_type": self.tr("Complaint type"),
            "assignee": self.tr("Assigned to"),
        }
        self.lists: dict[str, QListWidget] = {}
        grid = QGridLayout()
        for n, field in enumerate(MULTI_FIELDS):
            box = QListWidget(self)
            box.setObjectName(f"more_{field}")
            for code, text in choices.get(field, []):
                item = QListWidgetItem(text, box)
                item.setData(Qt.ItemDataRole.UserRole, code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if code in chosen.get(field, ()) else Qt.CheckState.Unchecked
                )
            label = QLabel(titles[field], self)
            label.setBuddy(box)
            accessibility.name(box, titles[field], self.tr("Tick one or more; none ticked means any"))
            grid.addWidget(label, 0 if n < 3 else 2, n % 3)
            grid.addWidget(box, 1 if n < 3 else 3, n % 3)
            self.lists[field] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        accessibility.polish(self)

    def chosen(self) -> dict[str, tuple[str, ...]]:
        out = {}
        for field, box in self.lists.items():
            picked = tuple(
                str(box.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked
            )
            if picked:
                out[field] = picked
        return out

    def tick(self, field: str, codes: Sequence[str]) -> None:
        """Tick these (tests, and a view that chose them)."""
        box = self.lists[field]
        for i in range(box.count()):
            item = box.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class ViewBar(QWidget):
    grouping_changed = Signal(str)  # "" | "building" | "filer"
    view_applied = Signal(str)  # the view's name

    def __init__(
        self, backend: Backend, filters: FilterBar, search: CaseSearch, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("viewBar")
        self.backend = backend
        self.filters = filters
        self.search = search
        self.extra: dict[str, Any] = {}  # a view's owner / "open here" / several choices: laid over the bar
        self._views: list[SavedView] = []

        self.view = QComboBox(self)
        self.view.setObjectName("viewChoice")
        accessibility.name(self.view, self.tr("View"), self.tr("A saved way of looking at the cases"))
        self.view.activated.connect(self._view_chosen)
        self.save_button = QPushButton(self.tr("Save view…"), self)
        self.save_button.setObjectName("saveView")
        self.save_button.clicked.connect(lambda: self.save_view())
        self.delete_button = QPushButton(self.tr("Delete view"), self)
        self.delete_button.setObjectName("deleteView")
        self.delete_button.clicked.connect(self.delete_view)
        self.more_button = QPushButton(self.tr("More filters…"), self)
        self.more_button.setObjectName("moreFilters")
        self.more_button.clicked.connect(lambda: self.more_filters())
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.group = QComboBox(self)
        self.group.setObjectName("groupBy")
        self.group.addItem(self.tr("No grouping"), "")
        self.group.addItem(self.tr("Group by building"), "building")
        self.group.addItem(self.tr("Group by filer"), "filer")
        accessibility.name(
            self.group,
            self.tr("Group the list"),
            self.tr("By building (the address, normalised) or by filer (without any contact detail)"),
        )
        self.group.currentIndexChanged.connect(lambda _i: self.grouping_changed.emit(self.group.currentData()))
        label = QLabel(self.tr("View:"), self)
        label.setBuddy(self.view)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (label, self.view, self.save_button, self.delete_button, self.more_button, self.clear_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.group)
        search.adjust = self.adjust
        self._fill([])

    # --- the views --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, store.views).success(self._fill).run()

    def _fill(self, views: list[SavedView]) -> None:
        current = self.view.currentText()
        self._views = list(views)
        self.view.blockSignals(True)
        self.view.clear()
        if not views:
            self.view.addItem(labels.view_name("all"), 0)
        for i, v in enumerate(views):
            self.view.addItem(labels.view_name(v.key) if v.key else v.name, i)
        self.view.setCurrentIndex(max(0, self.view.findText(current)))
        self.view.blockSignals(False)
        self._update_delete()

    def _update_delete(self) -> None:
        v = self.current_view()
        self.delete_button.setEnabled(v is not None and not v.key)

    def current_view(self) -> SavedView | None:
        i = self.view.currentData()
        return self._views[i] if isinstance(i, int) and 0 <= i < len(self._views) else None

    def _view_chosen(self, _index: int) -> None:
        v = self.current_view()
        self._update_delete()
        if v is not None:
            self.apply(v.query)
            self.view_applied.emit(v.name)

    def select(self, key_or_name: str) -> None:
        """Choose a view by its built-in key or its saved name."""
        for n, v in enumerate(self._views):
            if key_or_name in (v.key, v.name):
                self.view.setCurrentIndex(self.view.findData(n))
                self._view_chosen(n)
                return

    def apply(self, q: CaseQuery) -> None:
        """Show `q`: the filter bar takes what it can show; the rest is laid over it."""
        f = self.filters
        boxes = {
            "office_status": f.office,
            "agency_status": f.agency_status,
            "agency": f.agency,
            "complaint_type": f.ctype,
        }
        widgets = [f.search, f.due, f.date_from, f.date_to, *boxes.values()]
        for w in widgets:
            w.blockSignals(True)
        try:
            f.search.setText(q.text)
            extra: dict[str, Any] = {}
            for field, box in boxes.items():
                values: tuple[str, ...] = getattr(q, field)
                if len(values) == 1 and box.findData(values[0]) >= 0:
                    box.setCurrentIndex(box.findData(values[0]))
                else:
                    box.setCurrentIndex(0)
                    if values:
                        extra[field] = values
            f.due.setCurrentIndex(max(0, f.due.findData(q.due)))
            for edit, day in ((f.date_from, q.date_from), (f.date_to, q.date_to)):
                edit.setDate(QDate(day.year, day.month, day.day) if day else _ANY_DATE)
            if q.assignee:
                extra["assignee"] = q.assignee
            if q.open_here is not None:
                extra["open_here"] = q.open_here
            for key in ("building", "filer"):
                if getattr(q, key) is not None:
                    extra[key] = getattr(q, key)
            self.extra = extra
            self.search.sort = (q.sort, q.descending)
        finally:
            for w in widgets:
                w.blockSignals(False)
        f.apply_now()

    def adjust(self, q: CaseQuery) -> CaseQuery:
        """The filter bar's query with the view's other parts laid over (CaseSearch asks for it)."""
        if not self.extra:
            return q
        changes = {k: v for k, v in self.extra.items() if k in {x.name for x in dataclasses.fields(q)}}
        return dataclasses.replace(q, **changes)

    def save_view(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Save view"), self.tr("A name for this view (the search, filters and sort):")
            )
            if not ok:
                return
        store = self.backend.store
        if store is None:
            return
        from council_desk.cache.views import BUILTIN_NAMES, MAX_NAME

        name = " ".join((name or "").split())
        builtin = {n.casefold() for n in BUILTIN_NAMES.values()} | {
            labels.view_name(k).casefold() for k in BUILTIN_NAMES
        }
        problem = (
            self.tr("Give the view a name.")
            if not name
            else self.tr("A view's name can be at most %1 characters.").replace("%1", str(MAX_NAME))
            if len(name) > MAX_NAME
            else self.tr("That name belongs to one of the built-in views; choose another.")
            if name.casefold() in builtin
            else ""
        )
        if problem:  # said plainly; nothing is lost, the list stays as it is
            QMessageBox.information(self, self.tr("Save view"), problem)
            return
        query = dataclasses.replace(self.search.query(), today=None)

        def saved(view: SavedView) -> None:
            self.refresh()
            self.view.setCurrentText(view.name)

        Op(self, lambda: store.save_view(name, query)).success(saved).failure(lambda e: _shown(self, e)).run()

    def delete_view(self) -> None:
        v = self.current_view()
        store = self.backend.store
        if v is None or v.key or store is None:
            return
        Op(self, lambda: store.delete_view(v.name)).success(lambda _r: self._deleted()).run()

    def _deleted(self) -> None:
        self.view.setCurrentIndex(0)
        self.refresh()
        self.clear()

    # --- more filters, clear ----------------------------------------------------------------------------------
    def _choices(self) -> dict[str, list[tuple[str, str]]]:
        f = self.filters

        def from_box(box: QComboBox) -> list[tuple[str, str]]:
            return [(str(box.itemData(i)), box.itemText(i)) for i in range(1, box.count())]

        me = self.backend.me
        people = [("", self.tr("Nobody"))] + [
            (m.username, m.display_name) for m in (me.staff if me else []) if m.role != "member"
        ]
        return {
            "office_status": [(c, labels.office_status(c)) for c in OFFICE_STATUSES],
            "agency_status": [(s, labels.agency_status(s)) for s in ("open", "closed")],
            "agency": from_box(f.agency),
            "complaint_type": from_box(f.ctype),
            "assignee": people,
        }

    def current_multi(self) -> dict[str, tuple[str, ...]]:
        q = self.search.query()
        return {field: getattr(q, field) for field in MULTI_FIELDS if getattr(q, field)}

    def more_filters(self, chosen: dict[str, tuple[str, ...]] | None = None) -> None:
        if chosen is None:
            dlg = MoreFiltersDialog(self._choices(), self.current_multi(), self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dlg.chosen()
        q = self.search.query()
        self.apply(
            dataclasses.replace(
                q,
                office_status=chosen.get("office_status", ()),
                agency_status=chosen.get("agency_status", ()),
                agency=chosen.get("agency", ()),
                complaint_type=chosen.get("complaint_type", ()),
                assignee=chosen.get("assignee", ()),
            )
        )

    def clear(self) -> None:
        self.extra = {}
        self.view.setCurrentIndex(0)
        self._update_delete()
        self.filters.reset()
        self.search.sort = ("requested", True)
        self.filters.apply_now()

    def forget(self) -> None:
        """The lock: a view's search text may hold a name."""
        self.extra = {}
        self._fill([])


def _shown(parent: QWidget, error: BaseException) -> None:
    show_error(parent, error)
