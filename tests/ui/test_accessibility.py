"""Accessibility through Qt's bridge (what a screen reader is told), the queue by keyboard, states said in words,
colours from the palette, and sizes from the font."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.ui import colors
from council_desk.ui.main_window import MainWindow
from council_desk.ui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QAccessible,
    QApplication,
    QColor,
    QComboBox,
    QFont,
    QHeaderView,
    QLineEdit,
    QPalette,
    QPlainTextEdit,
    QPoint,
    QPointF,
    Qt,
    QTabWidget,
    QTextEdit,
    QWheelEvent,
    QWidget,
)
from tests.support.keys import type_text

from .windows import CLOSED_CASE, open_all

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
INTERACTIVE = (QAbstractButton, QTabWidget, *INPUTS)


def _internal(w: QWidget) -> bool:
    """Qt's own parts of a composite widget (a spin box's line edit, a combo's popup list, a table's headers,
    scroll bars): the composite is what carries the name."""
    if w.objectName().startswith("qt_") or isinstance(w, QHeaderView):
        return True
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QComboBox | QAbstractSpinBox) or p.objectName().startswith("qt_"):
            return True
        p = p.parentWidget()
    return False


def _interactive(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if isinstance(w, INTERACTIVE) and not _internal(w)]


def _accessible(w: QWidget, what: QAccessible.Text) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(what).strip() if iface is not None else ""


def _describe(w: QWidget) -> str:
    return f"{type(w).__name__} {w.objectName() or '(no object name)'} in {w.window().objectName()}"


def test_every_interactive_widget_has_an_accessible_name(qtbot: Any, backend_factory: Any) -> None:
    windows = open_all(qtbot, backend_factory)
    missing, undescribed, checked = [], [], 0
    for title, window in windows.items():
        for w in _interactive(window):
            checked += 1
            name = _accessible(w, QAccessible.Text.Name)
            # Qt names a combo box after its current value when it has no name: that is not a name.
            if isinstance(w, QComboBox) and not w.accessibleName():
                name = ""
            if not name:
                missing.append(f"{title}: {_describe(w)}")
            if (
                isinstance(w, INPUTS)
                and not _accessible(w, QAccessible.Text.Description)
                and not isinstance(w, QComboBox | QAbstractSpinBox)
                and w.window() is not windows.get("known error message")
            ):
                undescribed.append(f"{title}: {_describe(w)}")
    assert checked > 60
    assert not missing, "no accessible name:\n" + "\n".join(missing)
    assert not undescribed, "no accessible description:\n" + "\n".join(undescribed)


def test_combo_and_date_boxes_say_what_they_hold(qtbot: Any, backend_factory: Any) -> None:
    """Boxes whose name is a short label also carry a description of what choosing there does."""
    windows = open_all(qtbot, backend_factory)
    bare = [
        f"{t}: {_describe(w)}"
        for t, win in windows.items()
        for w in _interactive(win)
        if isinstance(w, QComboBox | QAbstractSpinBox)
        and not _accessible(w, QAccessible.Text.Description)
        and w.window() is not windows["known error message"]
    ]
    assert not bare, "\n".join(bare)


@pytest.fixture
def window(qtbot: Any, backend_factory: Any) -> MainWindow:
    win = MainWindow(backend_factory(300), idle_ms=600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
        win.start(sync=False)
    return win


def test_down_from_the_search_box_moves_into_the_list(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    window.focus_search()
    assert window.filters.search.hasFocus()
    with qtbot.waitSignal(window.case_shown, timeout=10_000):
        qtbot.keyClick(window.filters.search, Qt.Key.Key_Down)
    assert window.table.hasFocus() and window.table.currentIndex().row() == 0
    with qtbot.waitSignal(window.case_shown, timeout=10_000):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)  # and on down the list, the detail following
    assert window.table.currentIndex().row() == 1


def test_tab_leaves_multi_line_text_boxes(qtbot: Any, backend_factory: Any) -> None:
    windows = open_all(qtbot, backend_factory)
    boxes = [w for win in windows.values() for w in win.findChildren(QPlainTextEdit)] + [
        w for win in windows.values() for w in win.findChildren(QTextEdit)
    ]
    assert len(boxes) >= 5
    assert all(b.tabChangesFocus() for b in boxes), [_describe(b) for b in boxes if not b.tabChangesFocus()]
    dialog = windows["follow-up dialog"]
    notes = dialog.findChild(QPlainTextEdit, "followUpText")
    dialog.activateWindow()
    notes.setFocus()
    type_text(qtbot, notes, "Called")
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert not notes.hasFocus() and notes.toPlainText() == "Called"


def _wheel(w: QWidget) -> QWheelEvent:
    pos = QPointF(w.rect().center())
    return QWheelEvent(
        pos,
        QPointF(w.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def test_wheel_over_a_box_without_focus_changes_nothing(qtbot: Any, window: MainWindow) -> None:
    box = window.filters.office
    before = box.currentIndex()
    window.table.setFocus()
    assert not box.hasFocus()
    for _ in range(3):
        QApplication.sendEvent(box, _wheel(box))
    assert box.currentIndex() == before
    box.setFocus()  # with the focus (the user chose the box) the wheel works as usual
    QApplication.sendEvent(box, _wheel(box))
    assert box.currentIndex() != before


def _open_case(qtbot: Any, win: MainWindow, case_id: str) -> None:
    with qtbot.waitSignal(win.case_shown, timeout=10_000):
        win.table.selectRow(win.model.row_of(case_id))


def test_case_actions_have_keys(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "reveal_contact", lambda cid, **_k: asked.append(("reveal", cid)))
    monkeypatch.setattr(window, "ask_reopen", lambda cid, **_k: asked.append(("reopen", cid)))
    _open_case(qtbot, window, CLOSED_CASE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_C, ctrl_shift)
    qtbot.keyClick(window.table, Qt.Key.Key_R, ctrl_shift)
    assert asked == [("reveal", CLOSED_CASE), ("reopen", CLOSED_CASE)]
    qtbot.keyClick(window.table, Qt.Key.Key_S, ctrl_shift)
    qtbot.waitUntil(window.detail.status.view().isVisible)  # the status list is open, ready for the arrows
    window.detail.status.hidePopup()
    assert window.detail.status.hasFocus()
    assert window.act_print_letter.shortcut().toString() == "Ctrl+P"
    assert window.act_print_summary.shortcut().toString() == "Ctrl+Shift+P"
    window.lock()
    asked.clear()
    window.act_reveal.trigger()
    assert asked == []  # nothing to act on behind the lock


def test_overdue_is_said_in_words_not_colour_alone(qtbot: Any, window: MainWindow) -> None:
    store = window.backend.store
    long_ago = dt.date.today() - dt.timedelta(days=9)
    store.add_followup(
        FollowUpIn(
            id=uuid.uuid4(),
            service_request_id=CLOSED_CASE,
            kind="call",
            text="Call back",
            due_date=long_ago,
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    window.model.invalidate([CLOSED_CASE])
    row = window.model.row_of(CLOSED_CASE)
    due = window.model.data(window.model.index(row, 7))
    assert due == f"{long_ago.isoformat()} (overdue)"
    assert isinstance(window.model.data(window.model.index(row, 7), Qt.ItemDataRole.ForegroundRole), QColor)
    with qtbot.waitSignal(window.reminders.modelReset, timeout=10_000):
        window.refresh_reminders()
    assert window.reminders.data(window.reminders.index(0, 0)) == f"{long_ago.isoformat()} (overdue)"


def _palette(window: str, text: str, base: str, tip: str = "#ffffdc") -> QPalette:
    pal = QPalette(QColor(window))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        pal.setColor(group, QPalette.ColorRole.Text, QColor(text))
        pal.setColor(group, QPalette.ColorRole.Window, QColor(window))
        pal.setColor(group, QPalette.ColorRole.Base, QColor(base))
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(tip))
    return pal


@pytest.mark.parametrize(
    ("theme", "palette"),
    [
        ("light", _palette("#efefef", "#000000", "#ffffff")),
        ("dark", _palette("#2d2d2d", "#ffffff", "#1e1e1e", "#3a3a3a")),
        ("high contrast black", _palette("#000000", "#ffffff", "#000000", "#000000")),
        ("high contrast white", _palette("#ffffff", "#000000", "#ffffff", "#ffffff")),
    ],
)
def test_state_colours_read_on_every_theme(theme: str, palette: QPalette) -> None:
    for role in ("ok", "warning", "error", "muted"):
        on_window = colors.role_color(role, palette)  # type: ignore[arg-type]
        on_base = colors.view_color(role, palette)  # type: ignore[arg-type]
        assert colors.contrast(on_window, palette.color(QPalette.ColorRole.Window)) >= 4.5, (theme, role)
        assert colors.contrast(on_base, palette.color(QPalette.ColorRole.Base)) >= 4.5, (theme, role)


def test_status_bar_follows_a_theme_change(qtbot: Any, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = _palette("#2d2d2d", "#ffffff", "#1e1e1e")
    try:
        app.setPalette(dark)
        qtbot.waitUntil(
            lambda: (
                colors.contrast(
                    window.error_label.palette().color(QPalette.ColorRole.WindowText), QColor("#2d2d2d")
                )
                >= 4.5
            )
        )
        window.online = False
        window._show_connection()
        fg = window.online_label.palette().color(QPalette.ColorRole.WindowText)
        assert colors.contrast(fg, QColor("#2d2d2d")) >= 4.5
        assert "Offline" in window.online_label.text()  # in words too
    finally:
        app.setPalette(before)


def test_no_fixed_colours_in_style_sheets(qtbot: Any, backend_factory: Any) -> None:
    windows = open_all(qtbot, backend_factory)
    sheets = [
        f"{t}: {_describe(w)}: {w.styleSheet()}"
        for t, win in windows.items()
        for w in [win, *win.findChildren(QWidget)]
        if "#" in w.styleSheet() or "color" in w.styleSheet()
    ]
    assert not sheets, "\n".join(sheets)


def test_rows_and_columns_grow_with_the_font(qtbot: Any, backend_factory: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    sizes = []
    try:
        for points in (9, 16):
            font = QFont(before)
            font.setPointSize(points)
            app.setFont(font)
            win = MainWindow(backend_factory(10), idle_ms=600_000, sync_minutes=60)
            qtbot.addWidget(win)
            sizes.append(
                (
                    win.table.verticalHeader().defaultSectionSize(),
                    win.table.columnWidth(2),
                    win.reminder_table.verticalHeader().defaultSectionSize(),
                )
            )
    finally:
        app.setFont(before)
    small, large = sizes
    assert large[0] > small[0] * 1.4 and large[1] > small[1] * 1.4 and large[2] > small[2] * 1.4
    assert small[0] >= 20  # no smaller than the old fixed 24 px rows at a normal font, give or take


def test_a_reminder_opens_its_case_in_a_right_to_left_window(
    qtbot: Any, backend_factory: Any, qapp: QApplication
) -> None:
    """Arabic and Urdu lay the list out right to left; opening a case from Reminders (Enter or double-click) must
    still select it. (QTableView.selectRow finds no column to make current in a scrolled right-to-left table.)"""
    from council_desk.ui.i18n import install_translations

    try:
        assert install_translations(qapp, "ar").right_to_left
        win = MainWindow(backend_factory(300), idle_ms=600_000, sync_minutes=60)
        qtbot.addWidget(win)
        win.resize(900, 700)  # narrower than the list's columns: the table scrolls sideways
        win.show()
        with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
            win.start(sync=False)
        win.backend.store.add_followup(
            FollowUpIn(
                id=uuid.uuid4(),
                service_request_id=CLOSED_CASE,
                kind="call",
                text="Call back",
                due_date=dt.date.today(),
                created_at=dt.datetime.now(dt.UTC),
            )
        )
        with qtbot.waitSignal(win.reminders.modelReset, timeout=10_000):
            win.refresh_reminders()
        with qtbot.waitSignal(win.case_shown, timeout=10_000) as shown:
            win.reminder_table.activated.emit(win.reminders.index(0, 1))
        assert shown.args == [CLOSED_CASE]
        assert win.model.id_at(win.table.currentIndex().row()) == CLOSED_CASE
    finally:
        install_translations(qapp, "en")


def test_dates_read_left_to_right_in_arabic(qtbot: Any, backend_factory: Any, qapp: QApplication) -> None:
    """Seen in the Arabic screenshots: Qt turned a date box round to 09-12-2026 and laid "2026-12-01 05:20" out
    as "05:20 01-12-2026" in the list and the detail. Dates are kept left to right inside right-to-left text."""
    from council_desk.ui.dialogs import FollowUpDialog
    from council_desk.ui.i18n import install_translations

    try:
        assert install_translations(qapp, "ar").right_to_left
        dlg = FollowUpDialog(CLOSED_CASE, "new")
        qtbot.addWidget(dlg)
        assert dlg.due.text().strip("\u200e") == dlg.due.date().toString("yyyy-MM-dd")
        assert dlg.due.layoutDirection() == Qt.LayoutDirection.LeftToRight
        win = MainWindow(backend_factory(20), idle_ms=600_000, sync_minutes=60)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
            win.start(sync=False)
        received = win.model.data(win.model.index(0, 1))
        assert received.startswith("\u2066") and received.endswith("\u2069")  # isolated left to right
    finally:
        install_translations(qapp, "en")
    win.model.invalidate()
    assert "\u2066" not in win.model.data(win.model.index(0, 1))  # English text stays as it was
