"""The office's own numbers (issue 14, USERS.md item 10): open cases by age, by office status, by caseworker (with
their overdue reminders) and by agency, and the median days from 311's receipt to the office's resolution. Counted
from this PC's cache (domain/caseload.py says what each figure means), so it works offline and shows no case.

From here the office prints its **worklist** of a view (no contact details; audited like any print of case
numbers) or exports it as CSV for its own reports (audited before the file is written).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from council_desk.domain.caseload import Caseload
from council_desk.ui import accessibility, labels
from council_desk.ui.changes import ChangeBus, Changes
from council_desk.ui.errors import show_error
from council_desk.ui.i18n import isolate
from council_desk.ui.qt import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.sizing import heading
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend
    from council_desk.ui.printing import PrintController

__all__ = ["CaseloadWindow"]

VIEW_KEYS = ("mine", "unassigned", "overdue", "closed-open", "all")


class CaseloadWindow(QWidget):
    """A window of its own (like the statistics); refreshed when cases change while it is open."""

    shown = Signal()  # the figures are in (tests, screenshots)
    exported = Signal(str)  # the CSV's file name

    def __init__(self, backend: Backend, changes: ChangeBus, printing: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("caseloadWindow")
        self.setWindowTitle(self.tr("Caseload — the office's own numbers"))
        self.backend = backend
        self._printing: Any = printing  # a callable giving the PrintController (made on first use)
        self.caseload: Caseload | None = None
        changes.changed.connect(self._on_changes)

        self.headline = QLabel(self)
        self.headline.setObjectName("caseloadHeadline")
        self.headline.setWordWrap(True)
        heading(self.headline, 1.15)
        self.resolution = QLabel(self)
        self.resolution.setObjectName("caseloadResolution")
        self.resolution.setWordWrap(True)
        self.tables: dict[str, QTableWidget] = {}
        grid = QGridLayout()
        titles = {
            "age": self.tr("Open cases by age (days since 311 received them)"),
            "status": self.tr("Open cases by office status"),
            "people": self.tr("By caseworker"),
            "agency": self.tr("Open cases by agency"),
        }
        for n, (key, title) in enumerate(titles.items()):
            table = QTableWidget(self)
            table.setObjectName(f"caseload_{key}")
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setStretchLastSection(False)
            label = QLabel(f"<b>{title}</b>", self)
            label.setBuddy(table)
            accessibility.name(table, title, self.tr("Counted from the cases on this PC; no case is listed"))
            grid.addWidget(label, (n // 2) * 2, n % 2)
            grid.addWidget(table, (n // 2) * 2 + 1, n % 2)
            self.tables[key] = table

        self.view = QComboBox(self)
        self.view.setObjectName("worklistView")
        for key in VIEW_KEYS:
            self.view.addItem(labels.view_name(key), key)
        accessibility.describe(self.view, self.tr("Which cases the worklist lists"))
        view_label = QLabel(self.tr("Worklist of:"), self)
        view_label.setBuddy(self.view)
        self.print_button = QPushButton(self.tr("Preview and print…"), self)
        self.print_button.setObjectName("worklistPrint")
        self.print_button.clicked.connect(lambda: self.print_worklist())
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setObjectName("worklistCsv")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        note = QLabel(
            self.tr(
                "A worklist holds no contact details. Printing or saving one is recorded in the "
                "privacy log: complaint numbers are personal information."
            ),
            self,
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        for w in (view_label, self.view, self.print_button, self.csv_button):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.resolution)
        layout.addLayout(grid, 1)
        layout.addLayout(row)
        layout.addWidget(note)
        self.resize(980, 720)
        accessibility.polish(self)

    # --- figures ----------------------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible() and (changes.all_cases or changes.cases or changes.reminders):
            self.refresh()

    def refresh(self) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, store.caseload).success(self.show_caseload).failure(lambda e: self._failed(e)).run()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _name(self, username: str) -> str:
        if not username:
            return self.tr("Unassigned")
        me = self.backend.me
        names = {m.username: m.display_name for m in (me.staff if me else [])}
        return isolate(names.get(username, username))

    def show_caseload(self, c: Caseload) -> None:
        self.caseload = c
        self.headline.setText(
            self.tr("%n open case(s)", "", c.open_total)
            + " · "
            + self.tr("%n reminder(s) overdue", "", c.overdue_reminders)
            + " · "
            + self.tr("%n due today", "", c.due_today)
        )
        if c.median_days_to_resolution is None:
            self.resolution.setText(self.tr("No case on this PC has been resolved or closed by the office yet."))
        else:
            self.resolution.setText(
                self.tr(
                    "Median %1 days from 311's receipt to the office's resolution, over the %n case(s) the "
                    "office resolved or closed that are still on this PC.",
                    "",
                    c.resolved,
                ).replace("%1", f"{c.median_days_to_resolution:.1f}")
            )
        self._fill(
            "age",
            [self.tr("Age"), self.tr("Open cases")],
            [(labels.age_bucket(label), n) for label, n in c.by_age],
        )
        self._fill(
            "status",
            [self.tr("Office status"), self.tr("Open cases")],
            [(labels.office_status(s), n) for s, n in c.by_office_status],
        )
        self._fill(
            "people",
            [self.tr("Caseworker"), self.tr("Open cases"), self.tr("Overdue reminders"), self.tr("Due today")],
            [(self._name(p.username), p.open_cases, p.overdue_reminders, p.due_today) for p in c.by_caseworker],
        )
        self._fill("agency", [self.tr("Agency"), self.tr("Open cases")], [(isolate(a), n) for a, n in c.by_agency])
        self.shown.emit()

    def _fill(self, key: str, headers: list[str], rows: list[tuple[Any, ...]]) -> None:
        table = self.tables[key]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, col, item)
        table.resizeColumnsToContents()

    def forget(self) -> None:
        """The lock: the window closes (it shows no case, but the lock leaves nothing of the cache on screen)."""
        for t in self.tables.values():
            t.clear()
            t.setRowCount(0)
        self.close()

    # --- the worklist -----------------------------------------------------------------------------------------
    def print_worklist(self, view_key: str | None = None) -> None:
        printing: PrintController = self._printing()
        printing.print_worklist(view_key or str(self.view.currentData()))

    def export_csv(self, path: Path | None = None, view_key: str | None = None) -> None:
        """The worklist as CSV: the audit event first (one per 10,000 cases), then the file, atomically."""
        key = view_key or str(self.view.currentData())
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the worklist"),
                f"worklist-{key}-{dt.date.today().isoformat()}.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return
            path = Path(name if name.lower().endswith(".csv") else name + ".csv")
        store, audit, me = self.backend.store, self.backend.audit, self.backend.me
        if store is None or audit is None or me is None:
            return
        target = path

        def work() -> int:
            from council_desk.cache.views import view_query
            from council_desk.letters.release import atomic_file_writer
            from council_desk.letters.worklist import worklist_csv, worklist_events, worklist_rows

            ids = store.list_ids(view_query(key, me.username))
            found = store.rows(ids)
            rows = worklist_rows(
                [found[i] for i in ids if i in found],
                dt.date.today(),
                {m.username: m.display_name for m in me.staff},
            )
            data = worklist_csv(rows)
            for event in worklist_events(
                [r.service_request_id for r in rows],
                action="export",
                actor=me.username,
                roles=me.roles,
                reason=f"worklist {key} csv",
            ):
                audit.record(**event)
            atomic_file_writer(target)(data)
            return len(rows)

        Op(self, work).success(lambda _n: self.exported.emit(target.name)).failure(self._failed).run()
