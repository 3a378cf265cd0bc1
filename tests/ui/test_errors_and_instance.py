"""Crash reports hold no personal data; known errors read plainly; one app instance per user."""

from __future__ import annotations

from typing import Any

from council_desk.cache.errors import KeyringLocked
from council_desk.ui import errors
from council_desk.ui.app import SingleInstance
from council_desk.ui.errors import CrashDialog, crash_report, show_error
from council_desk.ui.qt import QApplication
from tests.support.records import CANARY_EMAIL, CANARY_LAST, CANARY_PHONE


def _boom(contact: dict[str, str]) -> None:
    raise KeyError(f"{contact['name']} {contact['phone']}")


def test_crash_report_has_types_and_locations_but_no_values() -> None:
    try:
        try:
            _boom({"name": CANARY_LAST, "phone": CANARY_PHONE})
        except KeyError as inner:
            raise ValueError(CANARY_EMAIL) from inner
    except ValueError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    assert "builtins.ValueError" in report and "builtins.KeyError" in report
    assert "test_errors_and_instance.py" in report and "_boom" in report
    for secret in (CANARY_LAST, CANARY_PHONE, CANARY_EMAIL):
        assert secret not in report
    assert "/home/" not in report and "/tmp/" not in report


def test_bug_opens_crash_dialog_with_copy(qtbot: Any) -> None:
    try:
        raise RuntimeError(CANARY_PHONE)
    except RuntimeError as exc:
        dlg = show_error(None, exc)
    qtbot.addWidget(dlg)
    assert isinstance(dlg, CrashDialog)
    dlg.copy_report()
    assert "RuntimeError" in QApplication.clipboard().text()
    assert CANARY_PHONE not in QApplication.clipboard().text()
    dlg.close()


def test_known_error_is_a_plain_message(qtbot: Any) -> None:
    box = show_error(None, KeyringLocked())
    qtbot.addWidget(box)
    assert box.objectName() == "knownErrorBox"
    assert "keyring is locked" in box.text()  # type: ignore[attr-defined]
    box.close()
    assert all(d is not box for d in errors._open_dialogs)


def test_second_instance_asks_first_to_come_forward(qtbot: Any, tmp_path: Any) -> None:
    name = f"council-desk-test-{tmp_path.name}"
    first = SingleInstance(name)
    assert first.claim() is True
    try:
        second = SingleInstance(name)
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.claim() is False
    finally:
        first.release()
    third = SingleInstance(name)  # after the first quits, a new start is the first again
    assert third.claim() is True
    third.release()
