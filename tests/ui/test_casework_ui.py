"""Issue 14 in the app, over a real SQLCipher cache: the regression through the real print flow, the reminders tab
(Done, Snooze, Give to), the follow-up dialog's reminder, the case's owner, views and filters, the grouped list,
bulk actions, the caseload window and the worklist, and the personal paragraph of a letter."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.audit.log import AuditLog
from council_desk.cache.views import view_query
from council_desk.ui import errors as ui_errors
from council_desk.ui.accessibility import select_row
from council_desk.ui.dialogs import FollowUpDialog
from council_desk.ui.main_window import MainWindow
from council_desk.ui.print_dialog import LetterDialog
from council_desk.ui.qt import QItemSelectionModel
from tests.support.records import app_me as make_me

CASE = "60000005"
CLOSED = "60000003"
WAIT = 15_000


@pytest.fixture
def window(qtbot: Any, backend_factory: Any) -> Any:
    backend = backend_factory(60, canary_index=5)
    win = MainWindow(backend, idle_ms=600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.start(sync=False)
    return win


@pytest.fixture(autouse=True)
def _close_boxes() -> Any:
    yield
    for d in list(ui_errors._open_dialogs):
        d.done(0)


def _settle(qtbot: Any, win: MainWindow) -> None:
    if win.tm.pending:
        with qtbot.waitSignal(win.tm.idle, timeout=30_000):
            pass


def _db(win: MainWindow, fn: Any) -> Any:
    return win.tm.run_db_blocking(fn)


def _call(case: str, due: dt.date | None) -> FollowUpIn:
    return FollowUpIn(
        id=uuid.uuid4(),
        service_request_id=case,
        kind="call",
        text="Call back about the boiler",
        due_date=due,
        created_at=dt.datetime.now(dt.UTC),
    )


def test_printing_a_letter_keeps_the_reminder(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    """The regression, through the print flow itself: the letter's follow-up leaves the call-back reminder."""
    win = window
    today = dt.date.today()
    _db(win, lambda: win.backend.store.add_followup(_call(CASE, today)))
    win.refresh_reminders()
    qtbot.waitUntil(lambda: win.reminders.rowCount() == 1, timeout=WAIT)

    def english(dlg: LetterDialog) -> bool:
        dlg.language.setCurrentIndex(dlg.language.findData("en"))
        dlg.personal.setPlainText("I spoke with the inspector myself; <b>{member}</b> will follow up.")
        return dlg.ok.isEnabled()

    with qtbot.waitSignal(win.printing.preview_opened, timeout=30_000) as blk:
        win.printing.print_letter([CASE], dialog=english)
    preview = blk.args[0]
    if not preview.print_button.isEnabled():
        with qtbot.waitSignal(preview.ready, timeout=WAIT):
            pass
    with qtbot.waitSignal(win.printing.followups_logged, timeout=30_000):
        win.printing.save_preview(preview, path=tmp_path / "letter.pdf")
    _settle(qtbot, win)
    case = _db(win, lambda: win.backend.store.case(CASE))
    letter = next(f for f in case.followups if f.kind == "letter")
    assert "Personal paragraph:\nI spoke with the inspector myself; <b>{member}</b> will follow up." in letter.text
    events = _db(win, lambda: AuditLog(win.backend.store).pending_upload(1000))
    export = next(e for e in events if e.action == "export")
    assert "personal_paragraph" in export.fields
    # The reminder is still there, in the store and in the tab.
    assert [r.service_request_id for r in _db(win, lambda: win.backend.store.reminders(today))] == [CASE]
    qtbot.waitUntil(lambda: win.reminders.rowCount() == 1, timeout=WAIT)


def test_reminders_tab_done_snooze_and_give(qtbot: Any, window: MainWindow) -> None:
    win = window
    today = dt.date.today()
    store = win.backend.store
    for i, days in ((10, -2), (11, 0), (12, 3)):
        _db(
            win,
            lambda i=i, days=days: store.add_followup(_call(str(60_000_000 + i), today + dt.timedelta(days=days))),
        )
    win.refresh_reminders(first=True)
    qtbot.waitUntil(lambda: win.reminders.rowCount() == 3, timeout=WAIT)
    assert win.tabs.tabText(1) == "Reminders (2)"  # overdue and today; the one in 3 days is listed, not counted
    tab = win.reminders_tab
    select_row(win.reminder_table, 0)
    with qtbot.waitSignal(tab.changed, timeout=WAIT):
        tab.mark_done()
    qtbot.waitUntil(lambda: win.reminders.rowCount() == 2, timeout=WAIT)
    # Snooze both that are left (a bulk change: each recorded as a single snooze).
    win.reminder_table.selectAll()
    with qtbot.waitSignal(tab.changed, timeout=WAIT):
        tab.snooze(today + dt.timedelta(days=1))
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    qtbot.waitUntil(
        lambda: [win.reminders.data(win.reminders.index(r, 0)) for r in range(2)] == [tomorrow, tomorrow],
        timeout=WAIT,
    )
    # Give one to a colleague: it leaves "My reminders", and shows under "Everyone's".
    select_row(win.reminder_table, 0)
    with qtbot.waitSignal(tab.changed, timeout=WAIT):
        tab.give_to("caseworker7b")
    qtbot.waitUntil(lambda: win.reminders.rowCount() == 1, timeout=WAIT)
    tab.whose.setCurrentIndex(tab.whose.findData("all"))
    qtbot.waitUntil(lambda: win.reminders.rowCount() == 2, timeout=WAIT)
    owners = {win.reminders.data(win.reminders.index(r, 2)) for r in range(2)}
    assert owners == {"Training Caseworker", "Second Caseworker"}
    kinds = [i.kind for i in _db(win, store.outbox)]
    assert kinds.count("task") == 3 + 1 + 2 + 1  # three created, one done, two snoozed, one given


def test_the_follow_up_dialog_sets_a_reminder_by_default(qtbot: Any, window: MainWindow) -> None:
    me = window.backend.me
    dlg = FollowUpDialog(CASE, "new", reminder_days=me.office.reminder_days, staff=me.staff, me=me.username)
    qtbot.addWidget(dlg)
    assert dlg.has_due.isChecked()
    assert dlg.followup().due_date == dt.date.today() + dt.timedelta(days=me.office.reminder_days)
    assert dlg.remind_owner() == "caseworker7"
    dlg.remind_for.setCurrentIndex(dlg.remind_for.findData("caseworker7b"))
    assert dlg.remind_owner() == "caseworker7b"
    assert [dlg.remind_for.itemData(i) for i in range(dlg.remind_for.count())] == [
        "caseworker7",
        "caseworker7b",
        "sup7",
    ]  # not the member
    dlg.has_due.setChecked(False)
    assert dlg.followup().due_date is None and dlg.remind_owner() is None


def test_the_case_panel_assigns_and_the_views_follow(qtbot: Any, window: MainWindow) -> None:
    win = window
    with qtbot.waitSignal(win.case_shown, timeout=WAIT):
        select_row(win.table, win.model.row_of(CLOSED))
    qtbot.waitUntil(lambda: win.casework.isVisible(), timeout=WAIT)
    panel = win.casework
    with qtbot.waitSignal(panel.changed, timeout=WAIT):
        panel.assign("caseworker7")
    qtbot.waitUntil(lambda: panel.owner.currentData() == "caseworker7", timeout=WAIT)
    events = _db(win, lambda: AuditLog(win.backend.store).pending_upload(1000))
    assert [(e.action, e.service_request_ids, e.disclosure_class) for e in events] == [("assign", [CLOSED], None)]
    # "Mine": the list shows that one case; the column says whose it is.
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.view_bar.select("mine")
    assert win.model.ids() == [CLOSED]
    assert win.model.data(win.model.index(0, 8)) == "Training Caseworker"
    # Closed at the agency, still open here: what the store says, no more, no less.
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.view_bar.select("closed-open")
    expected = _db(win, lambda: win.backend.store.list_ids(view_query("closed-open", "caseworker7")))
    assert win.model.ids() == expected and len(expected) == 20
    # Several office statuses at once, then Clear filters.
    _db(win, lambda: win.backend.store.set_office_status("60000001", "in_progress"))
    _db(win, lambda: win.backend.store.set_office_status("60000002", "waiting_on_agency"))
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.view_bar.more_filters({"office_status": ("in_progress", "waiting_on_agency")})
    assert sorted(win.model.ids()) == ["60000001", "60000002"]
    # Saved under a name (per user, in the encrypted cache), chosen again later.
    win.view_bar.save_view("Waiting or in progress")
    qtbot.waitUntil(lambda: win.view_bar.view.findText("Waiting or in progress") >= 0, timeout=WAIT)
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.view_bar.clear()
    assert len(win.model.ids()) == 60
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.view_bar.select("Waiting or in progress")
    assert sorted(win.model.ids()) == ["60000001", "60000002"]


def test_grouped_by_building_then_a_bulk_status_change(qtbot: Any, window: MainWindow) -> None:
    win = window
    with qtbot.waitSignal(win.grouped.shown, timeout=WAIT):
        win.view_bar.group.setCurrentIndex(win.view_bar.group.findData("building"))
    model = win.grouped.model
    assert model.rowCount() > 1 and win.list_stack.currentWidget() is win.grouped
    first = model.index(0, 0)
    assert "case" in model.data(first)
    win.grouped.tree.expand(first)
    qtbot.waitUntil(lambda: model.rowCount(first) > 0, timeout=WAIT)
    n = model.rowCount(first)
    sel = win.grouped.tree.selectionModel()
    for r in range(n):
        sel.select(
            model.index(r, 0, first),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    ids = win.selected_ids()
    assert len(ids) == n and all(i.startswith("6000") for i in ids)
    with qtbot.waitSignal(win.bulk.finished, timeout=WAIT) as done:
        win.bulk.set_status("waiting_on_agency", confirm=False)
    assert done.args[0].recorded == n
    rows = _db(win, lambda: win.backend.store.rows(ids))
    assert {r.office_status for r in rows.values()} == {"waiting_on_agency"}
    assert _db(win, win.backend.store.outbox_count) == n
    win.view_bar.group.setCurrentIndex(0)
    assert win.list_stack.currentWidget() is win.table


def test_caseload_window_and_the_worklist_csv(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    win = window
    store = win.backend.store
    _db(win, lambda: store.assign("60000001", "caseworker7b"))
    _db(win, lambda: store.set_office_status("60000002", "resolved"))
    _db(
        win,
        lambda: store.add_followup(
            _call("60000004", dt.date.today() - dt.timedelta(days=1)), remind="caseworker7b"
        ),
    )
    cl = win.show_caseload()
    qtbot.waitUntil(lambda: cl.caseload is not None, timeout=WAIT)
    assert cl.caseload.open_total == 59 and cl.caseload.resolved == 1
    people = {
        cl.tables["people"].item(r, 0).text(): cl.tables["people"].item(r, 1).text()
        for r in range(cl.tables["people"].rowCount())
    }
    assert people["Second Caseworker"] == "1" and "Unassigned" in people
    out = tmp_path / "worklist.csv"
    with qtbot.waitSignal(cl.exported, timeout=WAIT):
        cl.export_csv(out, "all")
    table = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(table) == 61 and "Given1" not in out.read_text(encoding="utf-8-sig")
    events = _db(win, lambda: AuditLog(store).pending_upload(1000))
    export = [e for e in events if e.action == "export"]
    assert len(export) == 1 and export[0].count == 60 and export[0].reason == "worklist all csv"
    assert (export[0].output, export[0].recipient, export[0].disclosure_class) == (
        "worklist",
        "council_office",
        "routine",
    )


def test_a_member_sees_the_casework_but_cannot_change_it(qtbot: Any, backend_factory: Any) -> None:
    """The roles table, mirrored on issue 14's controls: a member sees owners and reminders, changes none."""
    backend = backend_factory(10, me=make_me().model_copy(update={"roles": ["member"]}))
    backend.store.add_followup(_call(CASE, dt.date.today()), remind="caseworker7")
    win = MainWindow(backend, idle_ms=600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.start(sync=False)
    qtbot.waitUntil(lambda: win.tabs.currentIndex() == 1, timeout=WAIT)  # the morning view: a reminder is due
    win.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(win.case_shown, timeout=WAIT):
        select_row(win.table, win.model.row_of(CASE))
    qtbot.waitUntil(lambda: win.casework.isVisible(), timeout=WAIT)
    panel, tab = win.casework, win.reminders_tab
    assert panel.tasks.currentData() is not None  # the reminder is shown…
    for control in (
        panel.done_button,
        panel.snooze_button,
        panel.owner,
        panel.add_button,
        win.bulk_tool_button,
        tab.done_button,
        tab.snooze_button,
        tab.reschedule_button,
        tab.give_button,
    ):
        assert not control.isEnabled(), control.objectName()  # …and nothing changes it


def test_lock_clears_the_new_views(qtbot: Any, window: MainWindow) -> None:
    win = window
    with qtbot.waitSignal(win.grouped.shown, timeout=WAIT):
        win.view_bar.group.setCurrentIndex(win.view_bar.group.findData("building"))
    with qtbot.waitSignal(win.case_shown, timeout=WAIT):
        win.open_case(CASE)
    cl = win.show_caseload()
    qtbot.waitUntil(lambda: cl.caseload is not None, timeout=WAIT)
    with qtbot.waitSignal(win.locked, timeout=WAIT):
        win.lock()
    assert win.grouped.model.rowCount() == 0 and not win.casework.isVisible()
    assert win.casework.case is None and not cl.isVisible()
