"""The case list model over a real SQLCipher cache: ids only, rows on demand, placeholders while the db is busy."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from council_desk.cache.queries import CaseQuery
from council_desk.ui.case_model import BLOCK, COLUMNS, PLACEHOLDER, CaseListModel
from council_desk.ui.qt import QAbstractItemView, Qt, QTableView
from council_desk.ui.reminders import RemindersModel
from council_desk.ui.taskman import TaskManager


def _model(backend: Any) -> CaseListModel:
    tm = TaskManager.current()
    store = backend.store
    return CaseListModel(lambda ids: tm.db_future(lambda: store.rows(list(ids))))


def test_model_passes_qtmodeltester(qtmodeltester: Any, backend_factory: Any) -> None:
    backend = backend_factory(1000)
    model = _model(backend)
    model.set_ids(backend.store.list_ids(CaseQuery()))
    assert model.rowCount() == 1000
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_in_blocks_on_demand(backend_factory: Any) -> None:
    backend = backend_factory(10_000)
    ids = backend.store.list_ids(CaseQuery(sort="id", descending=False))
    model = _model(backend)
    model.set_ids(ids)
    assert model.rowCount() == 10_000
    assert model.cached_count() == 0  # nothing loaded up front
    row = 5_123
    shown = model.data(model.index(row, 0))
    assert shown == ids[row]
    assert model.cached_count() == BLOCK  # only the block around the row
    expected = backend.store.rows([ids[row]])[ids[row]]
    assert model.data(model.index(row, 2)) == expected.complaint_type
    assert model.data(model.index(row, 4)) == expected.address
    assert model.data(model.index(row, 1)).startswith(expected.requested.strftime("%Y-%m-%d"))


def test_placeholder_while_database_busy_then_repaint(qtbot: Any, backend_factory: Any) -> None:
    backend = backend_factory(500)
    ids = backend.store.list_ids(CaseQuery())
    model = _model(backend)
    model.set_ids(ids)
    release = threading.Event()
    started = threading.Event()

    def busy() -> None:  # e.g. a big sync page being written
        started.set()
        release.wait(10)

    fut = TaskManager.current().db_future(busy)
    assert started.wait(5)
    assert model.data(model.index(0, 0)) == PLACEHOLDER
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        release.set()
    fut.result(5)
    assert model.data(model.index(0, 0)) == ids[0]


def test_header_click_sorts_through_the_store(qtbot: Any, backend_factory: Any) -> None:
    backend = backend_factory(300)
    model = _model(backend)
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    seen: list[tuple[str, bool]] = []

    def resort(key: str, descending: bool) -> None:
        seen.append((key, descending))
        model.set_ids(backend.store.list_ids(CaseQuery(sort=key, descending=descending)))  # type: ignore[arg-type]

    model.sort_requested.connect(resort)
    col = [c.key for c in COLUMNS].index("address")
    view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert seen[-1] == ("address", False)
    addresses = [model.data(model.index(r, col)) for r in range(model.rowCount())]
    assert addresses == sorted(addresses, key=str.casefold) or addresses == sorted(addresses)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)


def test_reminders_model(qtmodeltester: Any, backend_factory: Any) -> None:
    import uuid

    from council_desk.api.models import FollowUpIn

    backend = backend_factory(50)
    store = backend.store
    ids = store.list_ids(CaseQuery())
    today = dt.date(2026, 3, 10)
    for n, days in enumerate((-3, 0, 5, 9)):
        store.add_followup(
            FollowUpIn(
                id=uuid.uuid4(),
                service_request_id=ids[n],
                kind="call",
                text=f"call back {n}",
                due_date=today + dt.timedelta(days=days),
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    model = RemindersModel()
    model.set_items(store.reminders(today), today)
    # Issue 14: overdue, today and the next 7 days (not the one 9 days ahead); what is due now is counted apart.
    assert model.rowCount() == 3
    assert model.overdue_count() == 1 and model.due_now_count() == 2
    qtmodeltester.check(model, force_py=True)
    shown = [model.data(model.index(r, 0)) for r in range(3)]
    assert shown == [
        f"{today - dt.timedelta(days=3)} (overdue)",
        f"{today} (today)",
        (today + dt.timedelta(days=5)).isoformat(),
    ]
    assert model.data(model.index(0, 2)) == "caseworker7"  # whose: the one who logged it
