"""Every window and dialog in the pseudo-locale (each message accented, ~40% longer, inside ⟦ ⟧): no label, button,
tab, heading or box clipped or elided, and no English left on screen (a string never marked for translation shows
up as plain English among the accented ones)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from council_desk.ui.i18n import PSEUDO, TRANSLATED, install_translations
from council_desk.ui.qt import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTextBrowser,
    QToolBar,
    QWidget,
)
from tests.support.i18n_build import build

from .windows import open_all

SLACK = 1  # pixels of rounding


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    loaded = install_translations(qapp, PSEUDO)
    assert loaded.translated and not loaded.right_to_left
    yield
    install_translations(qapp, "en")


def _english_sources() -> set[str]:
    _, messages = build.read_ts(build.ts_path("es"))
    return {m.source.replace("&", "") for m in messages if "%" not in m.source}


def _texts(w: QWidget) -> list[str]:
    """The words a widget puts on screen."""
    if isinstance(w, QLabel | QAbstractButton):
        return [w.text()]
    if isinstance(w, QComboBox):
        return [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QTabBar):
        return [w.tabText(i) for i in range(w.count())]
    if isinstance(w, QTableView):
        model = w.model()
        horizontal = w.horizontalHeader().orientation()
        return [str(model.headerData(c, horizontal) or "") for c in range(model.columnCount())]
    if isinstance(w, QToolBar | QMainWindow | QMenuBar | QMenu):
        # A menu bar's menus and their items too (what the Settings menu holds is only seen when it opens).
        texts = []
        for a in w.actions():
            texts.append(a.text())
            if a.menu() is not None:
                texts += [sub.text() for sub in a.menu().actions()]
        return texts
    if isinstance(w, QTextBrowser):
        # Headings and labels in rich text; a line of data never equals a message.
        return [line.strip() for line in w.toPlainText().splitlines() if line.strip()]
    return []


def _problem(w: QWidget) -> str | None:
    """Why the widget's text does not fit, or None."""
    if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + SLACK:
                return f"wrapped text needs {need} px of height, has {w.height()}"
        elif w.sizeHint().width() > w.width() + SLACK:
            return f"needs {w.sizeHint().width()} px, has {w.width()}"
    elif isinstance(w, QAbstractButton) and w.text():
        if w.sizeHint().width() > w.width() + SLACK:
            return f"needs {w.sizeHint().width()} px, has {w.width()}"
    elif isinstance(w, QComboBox) and w.currentText():
        opt = QStyleOptionComboBox()
        w.initStyleOption(opt)
        field = w.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, w
        )
        need = w.fontMetrics().horizontalAdvance(w.currentText())
        if need > field.width() + SLACK:
            return f"shows {w.currentText()!r} elided ({need} px in {field.width()})"
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            if w.tabSizeHint(i).width() > w.tabRect(i).width() + SLACK:
                return f"tab {w.tabText(i)!r} elided"
    elif isinstance(w, QHeaderView) and w.orientation().name == "Horizontal":
        last = w.count() - 1
        for i in range(w.count()):
            if w.isSectionHidden(i) or (i == last and w.stretchLastSection()):
                continue
            if w.sectionSizeHint(i) > w.sectionSize(i) + SLACK:
                return f"heading {i} needs {w.sectionSizeHint(i)} px, has {w.sectionSize(i)}"
    else:
        return None
    if not isinstance(w, QLabel | QAbstractButton | QComboBox):
        return None
    visible = w.visibleRegion().boundingRect()
    if w.width() > 0 and (visible.width() < w.width() - SLACK or visible.height() < w.height() - SLACK):
        return f"partly cut off by its parent ({visible.width()}×{visible.height()} of {w.width()}×{w.height()})"
    return None


def _walk(windows: dict[str, QWidget]) -> tuple[list[str], list[str], int]:
    """(clipped, untranslated, widgets checked) over every shown widget."""
    QApplication.processEvents()
    english = _english_sources()
    clipped, untranslated, checked = [], [], 0
    for title, window in windows.items():
        for w in [window, *window.findChildren(QWidget)]:
            if not w.isVisible():
                continue
            problem = _problem(w)
            checked += 1
            if problem:
                clipped.append(f"{title}: {type(w).__name__} {w.objectName()!r} {_texts(w)[:1]}: {problem}")
            for text in _texts(w):
                if text.replace("&", "").strip() in english:
                    untranslated.append(f"{title}: {type(w).__name__} {w.objectName()!r}: {text!r}")
        if window.windowTitle() in english:
            untranslated.append(f"{title}: window title {window.windowTitle()!r}")
    return clipped, untranslated, checked


def test_every_window_fits_its_text_in_the_pseudo_locale(qtbot: Any, backend_factory: Any, pseudo: None) -> None:
    clipped, untranslated, checked = _walk(open_all(qtbot, backend_factory))
    assert checked > 150
    assert not untranslated, "English left in the pseudo-locale:\n" + "\n".join(sorted(set(untranslated)))
    assert not clipped, "clipped in the pseudo-locale:\n" + "\n".join(clipped)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_window_fits_its_text_in_each_language(
    qtbot: Any, backend_factory: Any, qapp: QApplication, lang: str
) -> None:
    """The real translations too: some run longer than the pseudo-locale's 40% in places (and a word that
    fits in Latin letters may not in Bengali or Arabic script)."""
    try:
        assert install_translations(qapp, lang).translated
        clipped, _untranslated, checked = _walk(open_all(qtbot, backend_factory))
    finally:
        install_translations(qapp, "en")
    assert checked > 150
    assert not clipped, f"clipped in {lang}:\n" + "\n".join(clipped)


def test_the_main_window_still_fits_a_laptop_screen(qtbot: Any, backend_factory: Any, pseudo: None) -> None:
    windows = open_all(qtbot, backend_factory)
    for title, window in windows.items():
        hint = window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740, (
            f"{title} needs at least {hint.width()}×{hint.height()}"
        )


def test_the_pin_rules_are_said_in_the_interface_language(qtbot: Any, backend_factory: Any, pseudo: None) -> None:
    """The rules come from the Qt-free core in English; the window shows them translated."""
    from council_desk.ui.settings import Settings
    from council_desk.ui.signin import SignInWindow

    win = SignInWindow(backend_factory(5), Settings())
    qtbot.addWidget(win)
    win.pages.setCurrentWidget(win.choose_page)
    win.new_secret.setText("12345")
    assert win.choose_problem.text().startswith("⟦"), win.choose_problem.text()
