"""Keyboard and assistive-technology support shared by every window (WCAG 2.2 AA as it applies to a desktop app;
screen readers see the app through Qt's accessibility bridge: UI Automation on Windows, AT-SPI on Linux).

- `polish(window)` at the end of each window's constructor: Tab leaves multi-line text boxes (2.1.2, no keyboard
  trap), and the mouse wheel no longer changes a combo box or date box it merely passes over (3.2.2: a value
  changes only when the user means it; the wheel scrolls the page instead).
- `name(widget, ...)`: an accessible name (and description) for a widget that has no label of its own; widgets
  with a visible label get theirs from it (`QLabel.setBuddy`, which `QFormLayout.addRow(text, widget)` sets).
- `down_into(line_edit, view)`: Down in the search box moves into the list, so the queue works without a mouse.
- `shortcut(window, keys, slot)`: a window-wide key for an action that otherwise needs a click.

tests/ui/test_accessibility.py walks every window and dialog and fails on an interactive widget without a name.
"""

from __future__ import annotations

from collections.abc import Callable

from council_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractSpinBox,
    QAction,
    QApplication,
    QComboBox,
    QCoreApplication,
    QDateEdit,
    QDialogButtonBox,
    QEvent,
    QItemSelectionModel,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    Qt,
    QTextEdit,
    QWidget,
)
from council_desk.ui.sizing import grow_to_fit

DATE_FORMAT = "\u200eyyyy-MM-dd"


class _WheelGuard(QObject):
    """Keeps the wheel from changing a combo or spin box that does not have the keyboard focus. The event is
    ignored rather than eaten, so Qt passes it on to the scrolling parent, as if the box were not there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


class _DownInto(QObject):
    """Down in a line edit: focus the view, on its current row or else the first."""

    def __init__(self, view: QAbstractItemView, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            view = self.view
            model = view.model()
            if model is None or model.rowCount() == 0:
                return False
            view.setFocus(Qt.FocusReason.TabFocusReason)
            if not view.currentIndex().isValid():
                view.selectionModel().setCurrentIndex(
                    model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            return True
        return False


class _FitOnShow(QObject):
    """When a window is shown, make it tall enough for its word-wrapped text: Qt sizes a new window from a guess
    at the wrapped height that falls short for long translations and tall scripts (Urdu's Nastaliq)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            grow_to_fit(watched)
        return False


_guard: _WheelGuard | None = None
_fit: _FitOnShow | None = None


def _wheel_guard() -> _WheelGuard:
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QApplication.instance())
    return _guard


def polish(root: QWidget) -> None:
    """Keyboard and pointer fixes for every widget under `root` (and `root` itself); safe to call again after
    widgets were added."""
    global _fit
    guard = _wheel_guard()
    if root.isWindow():
        if _fit is None:
            _fit = _FitOnShow(QApplication.instance())
        root.removeEventFilter(_fit)
        root.installEventFilter(_fit)
    widgets = [root, *root.findChildren(QWidget)]
    labels = [lbl for lbl in root.findChildren(QLabel) if lbl.buddy() is not None]
    for w in widgets:
        if isinstance(w, QDateEdit):
            # A date reads the same in every language here: 2026-12-09, as in the case list. In a right-to-left
            # window Qt turns the format around (dd-MM-yyyy) and shows digits and hyphens right to left; the box
            # is kept left to right and its format starts with a left-to-right mark (a literal, never part of
            # the date).
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            w.setDisplayFormat(DATE_FORMAT)
        if isinstance(w, QComboBox | QAbstractSpinBox):
            # The default WheelFocus lets a passing wheel take the focus, and with it the value.
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.removeEventFilter(guard)
            w.installEventFilter(guard)
            # Qt names a combo box by its current value unless told otherwise: give it its label's words.
            label = next((lbl for lbl in labels if lbl.buddy() is w), None)
            if label is not None and not w.accessibleName():
                w.setAccessibleName(label.text().replace("&", "").rstrip(":：").strip())
        elif isinstance(w, QDialogButtonBox):
            translate_buttons(w)
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            # A tab character is never wanted in a note or a reason; Tab moves on (Ctrl+Tab still types one).
            w.setTabChangesFocus(True)


# Qt's standard buttons, in the words Qt uses, marked here so the languages Qt has no translation for (Bengali,
# Haitian Creole, Urdu) get them from the app's own files.
_STANDARD = {
    QDialogButtonBox.StandardButton.Ok: QT_TRANSLATE_NOOP("StandardButtons", "OK"),
    QDialogButtonBox.StandardButton.Cancel: QT_TRANSLATE_NOOP("StandardButtons", "Cancel"),
    QDialogButtonBox.StandardButton.Close: QT_TRANSLATE_NOOP("StandardButtons", "Close"),
    QDialogButtonBox.StandardButton.Save: QT_TRANSLATE_NOOP("StandardButtons", "Save"),
    QDialogButtonBox.StandardButton.Yes: QT_TRANSLATE_NOOP("StandardButtons", "Yes"),
    QDialogButtonBox.StandardButton.No: QT_TRANSLATE_NOOP("StandardButtons", "No"),
}


def translate_buttons(box: QDialogButtonBox) -> None:
    """Give standard buttons still in Qt's English the app's translation (Qt's own, where it has one, stays)."""
    for which, english in _STANDARD.items():
        button = box.button(which)
        if button is not None and button.text().replace("&", "") == english:
            button.setText(QCoreApplication.translate("StandardButtons", english))


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Accessible name (and description) for a widget without a visible label of its own."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def describe(widget: QWidget, description: str) -> None:
    """Accessible description and tooltip: the same words for the screen reader and the mouse."""
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


def down_into(line_edit: QLineEdit, view: QAbstractItemView) -> None:
    line_edit.installEventFilter(_DownInto(view, line_edit))


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the current, selected row and scroll to it. (QTableView.selectRow leaves no current row in a
    right-to-left table scrolled sideways, so nothing opened from Reminders in Arabic or Urdu.)"""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.scrollTo(index)


def shortcut(window: QWidget, keys: str, slot: Callable[[], object], object_name: str, text: str) -> QAction:
    """A window-wide key (works wherever the focus is in the window) for `slot`."""
    action = QAction(text, window)
    action.setObjectName(object_name)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def key_text(keys: str) -> str:
    """A key sequence as the platform writes it (Ctrl+Shift+C; ⌘⇧C on a Mac)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
