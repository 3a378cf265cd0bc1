"""Sign-in window details and the language hook (right-to-left for Arabic and Urdu)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from council_desk.ui import i18n
from council_desk.ui.app import install_translations
from council_desk.ui.qt import QApplication, QLocale, Qt
from council_desk.ui.settings import SERVER_URL, Settings
from council_desk.ui.signin import TRAINING_HINT_ENV, SignInWindow


def test_training_hint_only_for_the_local_sandbox(
    qtbot: Any, backend_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TRAINING_HINT_ENV, "User cw07 · password example")
    settings = Settings()
    settings.set(SERVER_URL, "http://127.0.0.1:8311")
    win = SignInWindow(backend_factory(5), settings)
    qtbot.addWidget(win)
    win.show()
    assert win.hint.isVisible() and "cw07" in win.hint.text()
    assert win.offline_button.isEnabled()  # a cache exists for this backend
    win.server.setText("https://access.311.nyc.example")
    assert not win.hint.isVisible()  # never show a training account next to a real server


def test_server_address_is_remembered(qtbot: Any, backend_factory: Any) -> None:
    settings = Settings()
    settings.set(SERVER_URL, "http://127.0.0.1:9999")
    settings.sync()
    win = SignInWindow(backend_factory(5), Settings())
    qtbot.addWidget(win)
    assert win.server.text() == "http://127.0.0.1:9999"


@pytest.mark.parametrize(
    ("lang", "direction"),
    [
        ("ar", Qt.LayoutDirection.RightToLeft),
        ("ur", Qt.LayoutDirection.RightToLeft),
        ("es", Qt.LayoutDirection.LeftToRight),
    ],
)
def test_layout_direction_follows_language(qapp: QApplication, lang: str, direction: Qt.LayoutDirection) -> None:
    try:
        assert install_translations(qapp, lang) == lang
        assert qapp.layoutDirection() == direction
    finally:
        install_translations(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install_translations(qapp, "en")


def test_arabic_loads_from_the_package_and_mirrors_the_window(
    qtbot: Any, backend_factory: Any, english: QApplication
) -> None:
    loaded = i18n.install_translations(english, "ar")
    assert loaded.translated and loaded.right_to_left and loaded.qt_translated  # ours and Qt's own
    win = SignInWindow(backend_factory(5), Settings())
    qtbot.addWidget(win)
    assert win.sign_in_button.text() == "تسجيل الدخول عبر المتصفح"
    assert win.windowTitle() == "Council Desk — تسجيل الدخول"
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Plurals by Arabic's six forms, from the compiled file.
    counts = [QApplication.translate("CaseSearch", "%n case(s)", "", n) for n in (1, 2, 5, 11, 100)]
    assert counts == ["حالة واحدة", "حالتان", "5 حالات", "11 حالة", "100 حالة"]


def test_a_missing_translation_keeps_left_to_right(tmp_path: Path, english: QApplication) -> None:
    loaded = i18n.install_translations(english, "ar", directory=tmp_path)  # no .qm there
    assert not loaded.translated
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QApplication.translate("SignInWindow", "Sign in with your browser") == "Sign in with your browser"


def test_an_empty_translation_keeps_left_to_right(tmp_path: Path, english: QApplication) -> None:
    """A .qm built before anything was translated loads, but translates nothing: still left to right."""
    from tests.support.i18n_build import build

    ts = tmp_path / "empty.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar_EG">'
        "<context><name>X</name><message><source>Hello</source>"
        '<translation type="unfinished"></translation></message></context></TS>\n',
        encoding="utf-8",
    )
    build.lrelease(ts, tmp_path / "council_desk_ar.qm")
    loaded = i18n.install_translations(english, "ar", directory=tmp_path)
    assert not loaded.translated and english.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("locale", "lang"),
    [
        ("zh_CN", "zh-Hans"),
        ("zh_SG", "zh-Hans"),
        ("zh_TW", "zh-Hant"),
        ("zh_HK", "zh-Hant"),
        ("zh_MO", "zh-Hant"),
        ("es_US", "es"),
        ("ht_HT", "ht"),
        ("bn_BD", "bn"),
        ("de_DE", "en"),
        ("en_US", "en"),
    ],
)
def test_system_locale_maps_to_an_interface_language(locale: str, lang: str) -> None:
    assert i18n.language_for_locale(QLocale(locale)) == lang
    assert i18n.system_language(QLocale(locale)) == lang


def test_chinese_locale_loads_the_simplified_translation(
    english: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: i18n.language_for_locale(QLocale("zh_CN")))
    assert install_translations(english) == "zh-Hans"  # no saved choice: the PC's language
    assert QApplication.translate("MainWindow", "Sync now") == "立即同步"
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_saved_choice_and_developer_override(english: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.chosen_language("pl") == "pl"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "pseudo")
    assert i18n.chosen_language("pl") == "pseudo"
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "xx")  # not a language of the app: the saved choice, else the PC's
    assert i18n.chosen_language("ko") == "ko"


def test_language_menu_saves_the_choice_and_answers_in_that_language(qtbot: Any, backend_factory: Any) -> None:
    from council_desk.ui.qt import QMessageBox
    from council_desk.ui.settings import UI_LANGUAGE
    from council_desk.ui.settings_dialog import choose_language, language_menu

    settings = Settings()
    win = SignInWindow(backend_factory(5), settings)
    qtbot.addWidget(win)
    menu = language_menu(win, settings)
    codes = [a.data() for a in menu.actions()]
    assert codes[0] == "" and set(codes[1:]) == set(i18n.LANGUAGE_CODES)
    assert "বাংলা (Bengali)" in [a.text() for a in menu.actions()]  # its own name first
    box = choose_language(win, settings, "ko")
    qtbot.addWidget(box)
    assert Settings().get(UI_LANGUAGE) == "ko"
    assert "다음에 Council Desk를 시작하면" in box.text()  # in Korean, from the Korean file
    assert "The interface will be in 한국어 the next time Council Desk starts." in box.text()
    assert isinstance(box, QMessageBox)


def test_english_says_its_plurals_properly(english: QApplication) -> None:
    loaded = i18n.install_translations(english, "en")
    assert not loaded.right_to_left
    assert QApplication.translate("CaseSearch", "%n case(s)", "", 1) == "1 case"
    assert QApplication.translate("CaseSearch", "%n case(s)", "", 168) == "168 cases"
    assert QApplication.translate("MainWindow", "Sync now") == "Sync now"


def test_settings_show_each_translations_review_status(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from council_desk.ui import settings_dialog
    from council_desk.ui.settings import UI_LANGUAGE

    status = tmp_path / "review_status.json"
    status.write_text(
        json.dumps(
            {
                "languages": {
                    "es": {
                        "status": "reviewed",
                        "reviewer": "Marisol Ortiz",
                        "reviewed_on": "2026-12-10",
                        "drafted_on": "2026-12-02",
                    },
                    "ko": {"status": "machine-draft", "drafted_on": "2026-12-02"},
                }
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(settings_dialog, "review_status", lambda: i18n.review_status(status))
    dlg = settings_dialog.SettingsDialog(Settings())
    qtbot.addWidget(dlg)
    rows = {dlg.status.item(r, 0).text(): dlg.status.item(r, 1).text() for r in range(dlg.status.rowCount())}
    assert len(rows) == 11
    assert rows["Español (Spanish)"] == "Reviewed by Marisol Ortiz on 2026-12-10"
    assert rows["한국어 (Korean)"] == "Machine draft (2026-12-02), not yet reviewed by a person"
    dlg.language.setCurrentIndex(dlg.language.findData("ar"))
    dlg.accept()
    assert Settings().get(UI_LANGUAGE) == "ar"
