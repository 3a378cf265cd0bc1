"""Bulk actions on the chosen cases (issue 14): an office status, one follow-up logged to each, an owner, and
"reassign a caseworker's open cases" (a colleague on leave). Each case is recorded exactly as its single action
would record it, one outbox item each (cache/batch.py): written down first, carried out a chunk at a time, so a
crash leaves each case whole or untouched and the next start finishes the rest.

Printing several cases is the Print menu's own (letters, summaries, labels for the selection), unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from council_desk.domain.status import OFFICE_STATUSES
from council_desk.ui import labels
from council_desk.ui.accessibility import describe, polish
from council_desk.ui.changes import ChangeBus, Changes
from council_desk.ui.dialogs import FollowUpDialog
from council_desk.ui.errors import show_error
from council_desk.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QObject,
    QProgressDialog,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.taskman import Op, TaskManager

if TYPE_CHECKING:
    from council_desk.cache.batch import BulkResult
    from council_desk.ui.backend import Backend

__all__ = ["BulkActions", "ReassignDialog"]

# Above this many cases a progress window with Stop shows while the action runs.
PROGRESS_FROM = 250


class ReassignDialog(QDialog):
    """A colleague on leave: their open cases and open reminders go to someone else."""

    def __init__(self, staff: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reassignDialog")
        self.setWindowTitle(self.tr("Reassign a caseworker's cases"))
        self.source = QComboBox(self)
        self.source.setObjectName("reassignFrom")
        self.target = QComboBox(self)
        self.target.setObjectName("reassignTo")
        for username, name in staff:
            self.source.addItem(name, username)
            self.target.addItem(name, username)
        if self.target.count() > 1:
            self.target.setCurrentIndex(1)
        describe(self.source, self.tr("The caseworker whose open cases and reminders move"))
        describe(self.target, self.tr("The caseworker who takes them"))
        intro = QLabel(
            self.tr(
                "Every case the office still has open that is assigned to the first person, and "
                "every open reminder of theirs, goes to the second. Each change is recorded as if "
                "made one by one."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.source)
        form.addRow(self.tr("To"), self.target)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(box)
        polish(self)


class BulkActions(QObject):
    """The Bulk ▾ menu of the main window; `selected` gives the chosen cases (the list's or the grouped list's)."""

    finished = Signal(object)  # BulkResult (the last one of an action)

    def __init__(
        self, backend: Backend, changes: ChangeBus, selected: Callable[[], list[str]], window: QWidget
    ) -> None:
        super().__init__(window)
        self.backend = backend
        self.changes = changes
        self.selected = selected
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("bulkMenu")
        status = self.menu.addMenu(self.tr("Set office status"))
        for code in OFFICE_STATUSES:
            a = status.addAction(labels.office_status(code))
            a.triggered.connect(lambda _c=False, s=code: self.set_status(s))
        a = self.menu.addAction(self.tr("Log a follow-up to each…"))
        a.triggered.connect(lambda _c=False: self.log_followup())
        self.assign_menu = self.menu.addMenu(self.tr("Assign to"))
        self.assign_menu.aboutToShow.connect(self._fill_assign)
        self.menu.addSeparator()
        a = self.menu.addAction(self.tr("Reassign a caseworker's cases…"))
        a.triggered.connect(lambda _c=False: self.reassign())

    def _people(self) -> list[tuple[str, str]]:
        me = self.backend.me
        return [(m.username, m.display_name) for m in (me.staff if me else []) if m.role != "member"]

    def _fill_assign(self) -> None:
        self.assign_menu.clear()
        for username, name in [("", self.tr("Nobody")), *self._people()]:
            a = self.assign_menu.addAction(name)
            a.triggered.connect(lambda _c=False, u=username: self.assign(u))

    def _ids(self) -> list[str]:
        ids = self.selected()
        if not ids:
            QMessageBox.information(
                self.window, self.tr("Bulk actions"), self.tr("Choose one or more cases in the list first.")
            )
        return ids

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Bulk actions"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- the actions ------------------------------------------------------------------------------------------
    def set_status(self, status: str, *, confirm: bool = True) -> None:
        ids = self._ids()
        if not ids or (
            confirm
            and len(ids) > 1
            and not self._confirm(
                self.tr("Set the office status of %n case(s) to “%1”?", "", len(ids)).replace(
                    "%1", labels.office_status(status)
                )
            )
        ):
            return
        self.run("status", {"status": status}, ids)

    def assign(self, username: str, *, confirm: bool = True) -> None:
        ids = self._ids()
        names = dict(self._people())
        who = names.get(username, username) if username else self.tr("nobody")
        if not ids or (
            confirm
            and len(ids) > 1
            and not self._confirm(self.tr("Assign %n case(s) to %1?", "", len(ids)).replace("%1", who))
        ):
            return
        self.run("assign", {"assignee": username}, ids, audit=True)

    def log_followup(self, dialog: FollowUpDialog | None = None) -> None:
        ids = self._ids()
        if not ids:
            return
        me = self.backend.me
        dlg = dialog or FollowUpDialog(
            self.tr("%n case(s)", "", len(ids)),
            "",
            self.window,
            reminder_days=me.office.reminder_days if me else 7,
            staff=me.staff if me else (),
            me=me.username if me else "",
        )
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        fu = dlg.followup()
        params: dict[str, Any] = {
            "followup": {
                "kind": fu.kind,
                "text": fu.text,
                "outcome": fu.outcome,
                "office_status": fu.office_status,
                "due_date": fu.due_date.isoformat() if fu.due_date else None,
            }
        }
        if dlg.remind_owner():
            params["remind"] = dlg.remind_owner()
        self.run("followup", params, ids)

    def reassign(self, source: str | None = None, target: str | None = None) -> None:
        """A colleague's open cases and open reminders, to another (the office manager, someone on leave)."""
        store = self.backend.store
        if store is None:
            return
        if source is None or target is None:
            dlg = ReassignDialog(self._people(), self.window)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            source, target = dlg.source.currentData(), dlg.target.currentData()
        if not source or not target or source == target:
            return
        src, dst = source, target

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> list[BulkResult]:
            import datetime as dt

            from council_desk.cache.queries import CaseQuery

            cases = store.list_ids(CaseQuery(assignee=(src,), open_here=True))
            tasks = [r.task_id for r in store.reminders(dt.date.today(), owner=src, horizon_days=None)]
            done = [store.bulk("assign", {"assignee": dst}, cases, progress=progress, cancel=cancel)]
            if tasks and not cancel.is_set():
                done.append(
                    store.bulk("task_assign", {"assignee": dst}, task_ids=tasks, progress=progress, cancel=cancel)
                )
            return done

        self._go(work, None, audit=True)

    def run(self, kind: str, params: dict[str, Any], ids: Sequence[str], *, audit: bool = False) -> None:
        store = self.backend.store
        if store is None:
            return
        chosen = list(ids)

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> list[BulkResult]:
            return [store.bulk(kind, params, chosen, progress=progress, cancel=cancel)]  # type: ignore[arg-type]

        self._go(work, chosen, audit=audit)

    def _go(
        self,
        work: Callable[[Callable[[int, int], None], threading.Event], list[BulkResult]],
        ids: list[str] | None,
        *,
        audit: bool,
    ) -> None:
        cancel = threading.Event()
        bar: QProgressDialog | None = None
        if ids is None or len(ids) > PROGRESS_FROM:
            bar = QProgressDialog(self.tr("Recording the changes…"), self.tr("Stop"), 0, 0, self.window)
            bar.setObjectName("bulkProgress")
            bar.setWindowModality(Qt.WindowModality.WindowModal)
            bar.setMinimumDuration(400)
            bar.canceled.connect(cancel.set)
        tm = TaskManager.current()

        def show(done: int, total: int) -> None:
            if bar is not None:
                bar.setMaximum(total)
                bar.setValue(done)

        def progress(done: int, total: int) -> None:  # on the database worker: shown on the GUI thread
            tm.call_soon(lambda: show(done, total))

        def finished(results: list[BulkResult]) -> None:
            if bar is not None:
                bar.close()
            self.changes.report(
                Changes(
                    all_cases=ids is None, cases=frozenset(ids or ()), outbox=True, reminders=True, audit=audit
                )
            )
            if results:
                self.finished.emit(results[-1])

        def failed(error: BaseException) -> None:
            if bar is not None:
                bar.close()
            show_error(self.window, error)
            self.changes.report(Changes(all_cases=True, outbox=True, reminders=True))  # show what is stored

        Op(self.window, lambda: work(progress, cancel)).success(finished).failure(failed).run()
