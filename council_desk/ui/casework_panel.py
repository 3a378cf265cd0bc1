"""The open case's casework (issue 14), under its actions in the case detail: who has the case, its reminders
(Done, Snooze, a new one), what became of a reopen request at 311 and the survey answer when the filer shared
it, and the other cases the office has open at the same building.

Everything shown is the case's own or the office's; nothing of the filer's contact details. Text from the server
is escaped before it goes into rich text.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING, Any

from council_desk.domain.case import Case
from council_desk.ui import accessibility, labels
from council_desk.ui.changes import ChangeBus, Changes
from council_desk.ui.colors import html_color
from council_desk.ui.errors import show_error
from council_desk.ui.i18n import isolate, ltr
from council_desk.ui.qt import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.reminders import RescheduleDialog
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.cache.queries import CaseRow
    from council_desk.ui.backend import Backend

__all__ = ["CaseworkPanel"]

# Other open cases at the building listed by number; more are counted ("and 12 more").
SAME_BUILDING_SHOWN = 5
SNOOZE_DAYS = 7


def _day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone().date() if value.tzinfo else value.date()
    return ltr(value.isoformat())


class CaseworkPanel(QWidget):
    case_requested = Signal(str)  # a case at the same building was clicked
    changed = Signal()  # a change of ours to this case is stored (tests)

    def __init__(self, backend: Backend, changes: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseworkPanel")
        self.backend = backend
        self.changes = changes
        self.case: Case | None = None
        self._serial = 0

        self.writable = True  # the roles table lets this person change casework (ui/privacy_ui.py says)
        self.owner = QComboBox(self)
        self.owner.setObjectName("caseOwner")
        owner_label = QLabel(self.tr("Assigned to:"), self)
        owner_label.setBuddy(self.owner)
        accessibility.describe(
            self.owner, self.tr("The caseworker who has this case; recorded in the shared log and the privacy log")
        )
        self.owner.activated.connect(self._owner_chosen)

        # One line: the detail pane shares the window's height with the case list (a laptop's 768 pixels).
        self.tasks = QComboBox(self)
        self.tasks.setObjectName("caseReminders")
        accessibility.name(
            self.tasks,
            self.tr("This case's reminders"),
            self.tr("Its open reminders, soonest first; Done and Snooze act on the one shown"),
        )
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("caseReminderDone")
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton(self.tr("Snooze a week"), self)
        self.snooze_button.setObjectName("caseReminderSnooze")
        self.snooze_button.clicked.connect(self.snooze)
        self.add_button = QPushButton(self.tr("Add reminder…"), self)
        self.add_button.setObjectName("caseReminderAdd")
        self.add_button.clicked.connect(self.add_reminder)
        self.lifecycle = QLabel(self)
        self.lifecycle.setObjectName("caseLifecycle")
        self.lifecycle.setWordWrap(True)
        self.lifecycle.setTextFormat(Qt.TextFormat.RichText)
        self.building = QLabel(self)
        self.building.setObjectName("sameBuilding")
        self.building.setWordWrap(True)
        self.building.setTextFormat(Qt.TextFormat.RichText)
        self.building.linkActivated.connect(self.case_requested)

        # Owner, then the reminders with their buttons: a name and a reminder each get the pane's width.
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(owner_label)
        top.addWidget(self.owner, 1)
        self.tasks_label = QLabel(self.tr("Reminders:"), self)
        self.tasks_label.setBuddy(self.tasks)
        reminders = QHBoxLayout()
        reminders.setContentsMargins(0, 0, 0, 0)
        reminders.addWidget(self.tasks_label)
        reminders.addWidget(self.tasks, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.done_button, self.snooze_button, self.add_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(reminders)
        layout.addLayout(buttons)
        layout.addWidget(self.lifecycle)
        layout.addWidget(self.building)
        self.clear()

    # --- showing ----------------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing shown (no case open, or the lock)."""
        self._serial += 1
        self.case = None
        self.tasks.clear()
        self.lifecycle.clear()
        self.building.clear()
        self.hide()

    def show_case(self, case: Case | None) -> None:
        if case is None:
            self.clear()
            return
        self.case = case
        self._fill_owner(case)
        self.tasks.clear()
        for t in case.open_tasks:
            who = self._name(t.owner)
            self.tasks.addItem(
                " · ".join(
                    p
                    for p in (
                        _day(t.due_date) + (self.tr(" (overdue)") if t.due_date < dt.date.today() else ""),
                        self.tr("for %1").replace("%1", who),
                        t.text.splitlines()[0][:60] if t.text else "",
                        self.tr("not yet sent") if t.pending else "",
                    )
                    if p
                ),
                t.id,
            )
        if not self.tasks.count():
            self.tasks.addItem(self.tr("none open"), None)
        has = self.tasks.currentData() is not None and self.writable
        self.done_button.setEnabled(has)
        self.snooze_button.setEnabled(has)
        self.lifecycle.setText(self._lifecycle_html(case))
        self.lifecycle.setVisible(bool(case.reopens or case.surveys))
        self.building.clear()
        self.show()
        store = self.backend.store
        if store is None:
            return
        self._serial += 1
        serial, cid = self._serial, case.id
        Op(self, lambda: store.same_building(cid)).success(lambda rows: self._show_building(serial, rows)).run()

    def _name(self, username: str) -> str:
        me = self.backend.me
        if me is not None and username == me.username:
            return self.tr("me")
        names = {m.username: m.display_name for m in (me.staff if me else [])}
        return isolate(names.get(username, username))

    def _fill_owner(self, case: Case) -> None:
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Nobody"), "")
        me = self.backend.me
        people = [m for m in (me.staff if me else []) if m.role != "member"]
        for m in people:
            self.owner.addItem(m.display_name, m.username)
        if case.assignee and self.owner.findData(case.assignee) < 0:
            self.owner.addItem(case.assignee, case.assignee)  # someone no longer on the staff list
        self.owner.setCurrentIndex(max(0, self.owner.findData(case.assignee)))
        self.owner.blockSignals(False)

    def _lifecycle_html(self, case: Case) -> str:
        muted = html_color("muted", self.palette())
        at_311 = self.tr("At 311:")  # not inside the f-string: lupdate would not see it
        out = [f"<b>{escape(at_311)}</b>"]
        for r in case.reopens:
            line = escape(
                self.tr("Reopen asked %1: %2")
                .replace("%1", _day(r.created_at))
                .replace("%2", labels.reopen_stage(r.status))
            )
            if r.answered_at is not None:
                line += escape(self.tr(" (%1)").replace("%1", _day(r.answered_at)))
            if r.agency_answer:
                line += f"<br><span style='color:{muted}'>{escape(isolate(r.agency_answer))}</span>"
            out.append(line)
        for s in case.surveys:
            out.append(
                escape(
                    self.tr("Survey after it closed again (%1): %2")
                    .replace("%1", _day(s.surveyed_at))
                    .replace("%2", labels.survey_answer(s.answer))
                )
            )
        return "<br>".join(out)

    def _show_building(self, serial: int, rows: list[CaseRow]) -> None:
        if serial != self._serial or self.case is None:
            return
        if not rows:
            self.building.clear()
            self.building.hide()
            return
        links = [
            f"<a href='{escape(r.id)}'>{escape(r.id)}</a> {escape(isolate(r.complaint_type))} "
            f"({escape(labels.office_status(r.office_status))})"
            for r in rows[:SAME_BUILDING_SHOWN]
        ]
        more = len(rows) - SAME_BUILDING_SHOWN
        head = self.tr("%n other open case(s) at this building:", "", len(rows))
        text = f"<b>{escape(head)}</b> " + "; ".join(links)
        if more > 0:
            text += escape(self.tr(" and %n more", "", more))
        self.building.setText(text)
        self.building.show()

    # --- changing ---------------------------------------------------------------------------------------------
    def _write(self, work: Any, *, audit: bool = False) -> None:
        store, case = self.backend.store, self.case
        if store is None or case is None:
            return
        cid = case.id

        def done(_r: object) -> None:
            self.changes.report(Changes.of_cases([cid], outbox=True, reminders=True, audit=audit))
            self.changed.emit()

        def failed(error: BaseException) -> None:
            show_error(self.window(), error)
            self.changes.report(Changes.of_cases([cid]))  # show what is stored again

        Op(self, lambda: work(store, cid)).success(done).failure(failed).run()

    def _owner_chosen(self, _index: int) -> None:
        if self.case is None:
            return
        who = str(self.owner.currentData() or "")
        if who != self.case.assignee:
            self.assign(who)

    def assign(self, username: str) -> None:
        """Give the case to `username` ("" = nobody): an "assign" follow-up, audited as casework."""
        me = self.backend.me
        actor = me.username if me else ""
        self._write(lambda store, cid: store.assign(cid, username, actor=actor), audit=True)

    def _chosen_task(self) -> str | None:
        task = self.tasks.currentData()
        return None if task is None else str(task)

    def mark_done(self) -> None:
        task = self._chosen_task()
        if task is not None:
            self._write(lambda store, cid: store.task_done(task, cid))

    def snooze(self) -> None:
        task = self._chosen_task()
        until = dt.date.today() + dt.timedelta(days=SNOOZE_DAYS)
        if task is not None:
            self._write(lambda store, cid: store.task_snooze(task, cid, until))

    def add_reminder(self, due: dt.date | None = None) -> None:
        """A reminder on its own (no follow-up): the office's interval ahead unless a date is chosen."""
        me = self.backend.me
        if due is None:
            days = me.office.reminder_days if me else 7
            dlg = RescheduleDialog(dt.date.today() + dt.timedelta(days=days), 1, self)
            dlg.setWindowTitle(self.tr("Add a reminder"))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            due = dlg.chosen()
        when = due
        self._write(lambda store, cid: store.add_task(cid, when))
