"""Sign-in window details and the language hook (right-to-left for Arabic and Urdu)."""

from __future__ import annotations

from typing import Any

import pytest

from council_desk.ui.app import install_translations
from council_desk.ui.qt import QApplication, Qt
from council_desk.ui.settings import SERVER_URL, Settings
from council_desk.ui.signin import TRAINING_HINT_ENV, SignInWindow


def test_training_hint_only_for_the_local_sandbox(qtbot: Any, backend_factory: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
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


@pytest.mark.parametrize(("lang", "direction"), [("ar", Qt.LayoutDirection.RightToLeft),
                                                 ("ur", Qt.LayoutDirection.RightToLeft),
                                                 ("es", Qt.LayoutDirection.LeftToRight)])
def test_layout_direction_follows_language(qapp: QApplication, lang: str, direction: Qt.LayoutDirection) -> None:
    try:
        assert install_translations(qapp, lang) == lang
        assert qapp.layoutDirection() == direction
    finally:
        install_translations(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
