"""What an installed office PC shows: the server locked by the policy file, a bad policy file stopping the app with
its message, Help → About, and the self-test IT runs on a new PC."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from council_desk import policy
from council_desk.api.models import Me
from council_desk.ui.about import AboutDialog, about_rows
from council_desk.ui.main_window import MainWindow
from council_desk.ui.qt import QApplication, QMessageBox, Qt, QTimer
from council_desk.ui.settings import SERVER_URL, Settings
from council_desk.ui.signin import SignInWindow


@pytest.fixture(autouse=True)
def _no_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv(policy.POLICY_ENV, str(tmp_path / "none.ini"))
    policy.reset()
    yield
    policy.reset()


def _policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "policy.ini"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(policy.POLICY_ENV, str(path))
    policy.reset()
    return path


def test_policy_server_is_shown_read_only_and_used_for_sign_in(
    qtbot: Any, backend_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _policy(tmp_path, monkeypatch, "[server]\naddress = https://access.example.gov\n")
    settings = Settings()
    settings.set(SERVER_URL, "http://127.0.0.1:8311")  # what this user typed once, before IT locked it
    backend = backend_factory(5)
    asked: list[str] = []

    def sign_in(server: str, cancel: threading.Event) -> Me:
        asked.append(server)
        cancel.set()  # as if the caseworker pressed Cancel: no error box outlives this test's window
        raise policy.KnownError("cancelled for the test")

    backend.sign_in = sign_in
    win = SignInWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.server.text() == "https://access.example.gov"
    assert win.server.isReadOnly() and win.server_note.isVisible()
    assert "IT" in win.server_note.text()
    qtbot.keyClicks(win.server, "x")  # typing does nothing
    assert win.server.text() == "https://access.example.gov"
    win.sign_in()
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["https://access.example.gov"]


def test_without_policy_the_server_field_is_editable(qtbot: Any, backend_factory: Any) -> None:
    win = SignInWindow(backend_factory(5), Settings())
    qtbot.addWidget(win)
    win.show()
    assert not win.server.isReadOnly() and not win.server_note.isVisible()


def test_a_bad_policy_file_stops_the_app_with_its_message(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from council_desk.ui.app import run_app

    path = _policy(tmp_path, monkeypatch, "[interface]\nlanguage = es\n[interface]\n")
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_box)

    QTimer.singleShot(50, close_box)
    assert run_app() == 10
    assert seen and f"{path}, line 3" in seen[0] and "appears twice" in seen[0]


def test_about_shows_versions_and_help_menu_opens_it(qtbot: Any, backend_factory: Any) -> None:
    rows = dict(about_rows())
    assert rows["Council Desk"] and rows["Qt"].startswith("6.") and rows["PySide6"].startswith("6.")
    assert rows["SQLCipher"].startswith("4.") and rows["Office policy file"] == "none"
    win = MainWindow(backend_factory(20))
    qtbot.addWidget(win)
    win.show()
    menu = next(a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().objectName() == "helpMenu")
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["whatThisPCKeepsAction", "supportFileAction", "aboutAction"]  # the first: issue 13
    next(a for a in menu.actions() if a.objectName() == "aboutAction").trigger()
    qtbot.waitUntil(
        lambda: (
            isinstance(QApplication.activeModalWidget(), AboutDialog)
            or any(isinstance(w, AboutDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
    )
    dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible())
    assert "SQLCipher: 4." in dlg.text() and "Qt: 6." in dlg.text()
    dlg.copy()
    assert QApplication.clipboard().text() == dlg.text()
    dlg.close()


def test_self_test_start_uses_the_office_default_language(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from council_desk.ui.app import install_translations
    from council_desk.ui.selftest import run_self_test

    _policy(tmp_path, monkeypatch, "[interface]\nlanguage = ar\n")
    try:
        assert run_self_test("start") == 0
        out = capsys.readouterr().out
        assert "sign-in window shown" in out and "language ar" in out
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_translations(qapp, "en")
        for w in QApplication.topLevelWidgets():
            w.close()
