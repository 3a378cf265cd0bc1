"""The main window over a real cache: search as you type, filters, the audited reveal, follow-ups, idle lock."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.ui.main_window import MainWindow
from council_desk.ui.qt import (
    QAbstractItemView,
    QAction,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QTextBrowser,
    QWidget,
)
from tests.support.keys import type_text
from tests.support.records import CANARY_EMAIL, CANARY_FIRST, CANARY_LAST, CANARY_PHONE
from tests.support.stores import TEST_PIN

CANARY_ID = "60000005"


@pytest.fixture
def window(qtbot: Any, backend_factory: Any) -> Any:
    backend = backend_factory(2000, canary_index=5)
    win = MainWindow(backend, idle_ms=60_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
        win.start(sync=False)
    return win


def _search(qtbot: Any, win: MainWindow, text: str) -> None:
    with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
        win.focus_search()
        type_text(qtbot, win.filters.search, text)


def _open(qtbot: Any, win: MainWindow, case_id: str) -> None:
    row = win.model.row_of(case_id)
    assert row >= 0
    with qtbot.waitSignal(win.case_shown, timeout=10_000):
        win.table.selectRow(row)


def test_search_as_you_type_and_filters(qtbot: Any, window: MainWindow) -> None:
    assert window.model.rowCount() == 2000
    _search(qtbot, window, CANARY_LAST)
    assert window.model.ids() == [CANARY_ID]
    window.filters.search.clear()
    with qtbot.waitSignal(window.list_refreshed, timeout=10_000):
        window.filters.agency_status.setCurrentIndex(window.filters.agency_status.findData("closed"))
    n_closed = window.model.rowCount()
    assert 0 < n_closed < 2000
    assert all(window.model.data(window.model.index(r, 5)) == "Closed" for r in range(0, n_closed, 97))


def test_search_starts_at_the_second_letter_of_an_alphabet(qtbot: Any, window: MainWindow) -> None:
    first = CANARY_LAST[0]
    _search(qtbot, window, first)
    assert window.model.rowCount() == 2000  # one letter filters nothing…
    assert window.filters.hint.isVisible()  # …and says why
    with qtbot.waitSignal(window.list_refreshed, timeout=10_000):
        type_text(qtbot, window.filters.search, CANARY_LAST[1:])  # typed on: now it searches
    assert window.filters.search.text() == CANARY_LAST
    assert window.model.ids() == [CANARY_ID]
    assert not window.filters.hint.isVisible()
    # One Chinese character is a word (or a surname): searched at once.
    window.filters.search.setText("王")
    assert window.filters.search_text() == "王"
    window.filters.search.setText("b")
    assert window.filters.search_text() == ""


def test_reveal_is_audited_before_contact_is_shown(qtbot: Any, window: MainWindow) -> None:
    _search(qtbot, window, CANARY_LAST)
    _open(qtbot, window, CANARY_ID)
    assert not window.detail.contact.isVisible()
    assert CANARY_PHONE not in window.detail.body.toPlainText()
    with qtbot.waitSignal(window.contact_revealed, timeout=10_000):
        window.reveal_contact(CANARY_ID, reason="Call the constituent about this complaint")
    assert window.detail.contact.isVisible()
    assert CANARY_PHONE in window.detail.contact.text()
    from council_desk.audit.log import AuditLog

    pending = AuditLog(window.backend.store).pending_upload(100)  # the audit rows live in the same cache
    reveals = [e for e in pending if e.action == "reveal_contact"]
    assert len(reveals) == 1
    assert reveals[0].service_request_ids == [CANARY_ID]
    assert reveals[0].reason.startswith("Call the constituent")
    blob = reveals[0].model_dump_json()
    assert CANARY_PHONE not in blob and CANARY_LAST not in blob  # field names only, never values


def test_failed_audit_write_shows_nothing(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    from council_desk.audit.log import AuditLog, AuditWriteFailed

    _search(qtbot, window, CANARY_LAST)
    _open(qtbot, window, CANARY_ID)

    def refuse(self: Any, *a: Any, **k: Any) -> Any:
        raise AuditWriteFailed()

    monkeypatch.setattr(AuditLog, "record", refuse)
    window.reveal_contact(CANARY_ID, reason="Call")
    qtbot.waitUntil(lambda: window.tm.pending == 0, timeout=10_000)
    assert not window.detail.contact_shown
    assert not window.detail.contact.isVisible()
    assert CANARY_PHONE not in window.detail.contact.text()
    from council_desk.ui import errors

    assert any(d.objectName() == "knownErrorBox" for d in errors._open_dialogs)
    for d in list(errors._open_dialogs):
        d.close()


def test_followup_goes_to_outbox_and_shows_not_yet_sent(qtbot: Any, window: MainWindow) -> None:
    _search(qtbot, window, CANARY_LAST)
    _open(qtbot, window, CANARY_ID)
    fu = FollowUpIn(
        id=uuid.uuid4(),
        service_request_id=CANARY_ID,
        kind="call",
        text="Left a voicemail",
        outcome="no_response",
        due_date=dt.date.today(),
        created_at=dt.datetime.now(dt.UTC),
    )
    with qtbot.waitSignal(window.case_shown, timeout=10_000):
        window.save_followup(fu)
    # The follow-up and the reminder its date sets (issue 14: a task, its own outbox item).
    qtbot.waitUntil(lambda: "2 change" in window.outbox_label.text(), timeout=10_000)
    assert "not yet sent" in window.detail.body.toPlainText()
    assert "Left a voicemail" in window.detail.body.toPlainText()
    qtbot.waitUntil(lambda: window.reminders.rowCount() == 1, timeout=10_000)
    assert window.reminders.case_id(0) == CANARY_ID
    case = window.backend.store.case(CANARY_ID)
    assert window.reminders.data(window.reminders.index(0, 3)) == case.complaint.complaint_type
    assert window.reminders.data(window.reminders.index(0, 4)) == case.complaint.address


def test_office_status_change_is_queued(qtbot: Any, window: MainWindow) -> None:
    _search(qtbot, window, CANARY_LAST)
    _open(qtbot, window, CANARY_ID)
    with qtbot.waitSignal(window.followup_saved, timeout=10_000):
        window.change_status(CANARY_ID, "waiting_on_agency")
    qtbot.waitUntil(
        lambda: window.detail.case is not None and window.detail.case.office_status == "waiting_on_agency",
        timeout=10_000,
    )
    assert window.detail.status.currentData() == "waiting_on_agency"
    assert window.backend.store.outbox_count() == 1


def _visible_texts(root: QWidget) -> list[str]:
    """Every string a person (or a screen reader) could get from the visible widgets."""
    out: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        out += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.statusTip()]
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QLineEdit):
            out += [w.text(), w.placeholderText()]
        elif isinstance(w, QTextBrowser | QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(m.rowCount()):
                for c in range(m.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        out.append(str(m.data(m.index(r, c), role) or ""))
        text = getattr(w, "text", None)
        if callable(text) and not isinstance(w, QLabel | QLineEdit):
            with contextlib.suppress(TypeError):
                out.append(str(text()))
    return out


def test_idle_lock_hides_all_personal_data(qtbot: Any, backend_factory: Any) -> None:
    backend = backend_factory(300, canary_index=5)
    win = MainWindow(backend, idle_ms=600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
        win.start(sync=False)
    _search(qtbot, win, CANARY_LAST)
    _open(qtbot, win, CANARY_ID)
    with qtbot.waitSignal(win.contact_revealed, timeout=10_000):
        win.reveal_contact(CANARY_ID, reason="Call")
    win.set_clipboard(CANARY_PHONE)
    before = "\n".join(_visible_texts(win))
    assert CANARY_PHONE in before and CANARY_ID in before  # the walk does see data when it is there

    win.idle.idle_ms = 300  # short from here on, so a slow machine cannot lock it during the set-up above
    with qtbot.waitSignal(win.locked, timeout=10_000):
        win.idle.start_idle_only()  # no input from now: the idle timer fires
    qtbot.waitUntil(lambda: backend.store is None, timeout=10_000)  # store closed: key dropped
    after = "\n".join(_visible_texts(win))
    for secret in (
        CANARY_FIRST,
        CANARY_LAST,
        CANARY_PHONE,
        CANARY_EMAIL,
        CANARY_ID,
        "Example Street",
        "Complaint text number",
        "BROADWAY",
    ):
        assert secret not in after, secret
    assert win.lock_screen.isVisible()
    assert win.model.rowCount() == 0 and win.model.cached_count() == 0
    assert QApplication.clipboard().text() == ""
    assert "District 7" in win.windowTitle() and "locked" in win.windowTitle()

    type_text(qtbot, win.lock_screen.secret, TEST_PIN)  # the proof of identity (tests/ui/test_lock.py)
    with qtbot.waitSignal(win.unlocked, timeout=30_000):
        qtbot.mouseClick(win.lock_screen.unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.model.rowCount() == 300, timeout=10_000)
    assert not win.lock_screen.isVisible()


def test_absolute_session_limit_requires_sign_in(qtbot: Any, backend_factory: Any) -> None:
    backend = backend_factory(20)
    win = MainWindow(backend, idle_ms=60_000, session_ms=300, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.locked, timeout=10_000):
        win.start(sync=False)
    assert win.lock_screen.sign_in.isVisible()
    assert "daily limit" in win.lock_screen.why.text()
    qtbot.waitUntil(lambda: backend.store is None, timeout=10_000)


def test_offline_sync_says_why_in_plain_words(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync_finished, timeout=10_000) as blocker:
        window.sync_now()
    assert blocker.args == [False]
    assert "Offline" in window.online_label.text()
    assert "cannot be reached" in window.online_label.toolTip()


def test_ask_311_to_reopen_a_closed_case(qtbot: Any, window: MainWindow) -> None:
    closed = next(i for i in window.model.ids() if window.backend.store.case(i).complaint.status == "closed")
    _open(qtbot, window, closed)
    assert window.detail.reopen_button.isVisible()
    with qtbot.waitSignal(window.followup_saved, timeout=10_000):
        window.ask_reopen(closed, reason="not_fixed", text="Still no heat")
    qtbot.waitUntil(
        lambda: window.detail.case is not None and window.detail.case.reopen_requested_at is not None,
        timeout=10_000,
    )
    assert not window.detail.reopen_button.isVisible()  # asked once; the button goes
    assert "Reopen asked" in window.detail.body.toPlainText()
    kinds = [item.kind for item in window.backend.store.outbox()]
    assert kinds == ["reopen"]


def test_the_case_buttons_leave_no_hole_and_tab_as_they_read(qtbot: Any, window: MainWindow) -> None:
    """Print and Share share a row whether or not "Ask 311 to reopen…" shows (it comes last), and Tab walks the
    buttons in the order they are read."""
    d = window.detail
    closed = next(i for i in window.model.ids() if window.backend.store.case(i).complaint.status == "closed")
    _open(qtbot, window, closed)
    buttons = [d.followup_button, d.reveal_button, d.share_button, d.print_button, d.reopen_button]
    assert all(b.isVisible() for b in buttons)
    reading = sorted(
        buttons, key=lambda b: (b.mapTo(d, b.rect().topLeft()).y(), b.mapTo(d, b.rect().topLeft()).x())
    )
    assert reading == buttons
    tabbed: list[Any] = []
    w = d.followup_button
    for _ in range(200):
        if w in buttons and w not in tabbed:
            tabbed.append(w)
        w = w.nextInFocusChain()
    assert tabbed == buttons
    with qtbot.waitSignal(window.followup_saved, timeout=10_000):
        window.ask_reopen(closed, reason="not_fixed", text="Still no heat")
    qtbot.waitUntil(lambda: not d.reopen_button.isVisible(), timeout=10_000)
    assert d.share_button.y() == d.print_button.y() and d.share_button.x() == d.followup_button.x()


def test_statistics_open_from_the_toolbar_and_close_with_the_lock(qtbot: Any, window: MainWindow) -> None:
    action = window.findChild(QAction, "statsAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+T"
    action.trigger()
    stats = window._stats_window
    assert stats is not None and stats.isVisible() and "District 7" in stats.windowTitle()
    # This backend has no server: the window says why it shows nothing.
    qtbot.waitUntil(lambda: "cannot be reached" in stats.status.text(), timeout=10_000)
    action.trigger()
    assert window._stats_window is stats  # one window, brought forward
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    assert not stats.isVisible() and not action.isEnabled()
