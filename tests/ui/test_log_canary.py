"""Proof, not promise (issue 11 item 8): the main flows run with canary personal values — sign-in, first sync, a
search by the filer's name, the case, an audited reveal, a printed letter, the lock and the PIN, a crash — and no
log record (any logger, any level), support log file, crash report, settings file, temporary file or unencrypted
file of the data folder holds one of them, nor a token or the PIN."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from council_desk.ui import errors as ui_errors
from council_desk.ui.app import DeskApp
from council_desk.ui.qt import QPrinter
from council_desk.ui.settings import SERVER_URL, Settings
from tests.support.keys import type_text
from tests.support.sandbox import RunningSandbox

WAIT = 60_000
PIN = "864209"
CANARIES = ("Zebulonia", "Quixtable", "555-0147", "zq.canary@example.org", "Vorpalwick", "Canarywick")


class Everything(logging.Handler):
    """Every record of every logger, formatted with its exception text, as a log file would have it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture()
def all_records() -> Iterator[Everything]:
    handler = Everything()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def _files_holding(folder: Path, needles: tuple[str, ...], skip: tuple[Path, ...] = ()) -> list[str]:
    found = []
    for p in folder.rglob("*"):
        if p.is_file() and not any(p == s or s in p.parents for s in skip):
            data = p.read_bytes()
            found += [f"{p.name}: {n}" for n in needles if n.encode() in data or n.encode("utf-16-le") in data]
    return found


@pytest.mark.timeout(600)
def test_no_personal_value_token_or_pin_reaches_a_log_report_setting_or_temp_file(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, all_records: Everything
) -> None:
    from council_desk.logs import log_dir, setup_logging

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    setup_logging(level=logging.DEBUG)
    sb = RunningSandbox(tmp_path / "server", complaints=1500, seed=7)
    try:
        for k, v in sb.browser_env("caseworker", 7).items():
            monkeypatch.setenv(k, v)
        filed = sb.file_complaint(
            district=7,
            consent=True,
            address="77 Canarywick Lane",
            description="Loud generator behind the Vorpalwick bakery",
            contact={
                "first_name": "Zebulonia",
                "last_name": "Quixtable",
                "phone": "(212) 555-0147",
                "email": "zq.canary@example.org",
                "mailing_address": "77 Canarywick Lane, New York, NY",
                "preferred_language": "en",
            },
        )
        canary_id = filed["service_request_id"]
        settings = Settings()
        settings.set(SERVER_URL, sb.url)
        from council_desk.ui.session_backend import SessionBackend

        desk = DeskApp(SessionBackend(sb.url), settings, idle_ms=3_600_000, sync_minutes=60)
        signin = desk.sign_in_window
        qtbot.addWidget(signin)
        desk.start()
        # --- sign in, choose the PIN, first sync ---
        signin.sign_in_button.click()
        qtbot.waitUntil(lambda: signin.pages.currentWidget() is signin.choose_page, timeout=WAIT)
        type_text(qtbot, signin.new_secret, PIN)
        type_text(qtbot, signin.new_secret_again, PIN)
        with qtbot.waitSignal(desk.main_shown, timeout=WAIT):
            signin.choose_button.click()
        main = desk.main
        assert main is not None
        qtbot.addWidget(main)
        with qtbot.waitSignal(main.sync_finished, timeout=WAIT) as synced:
            pass
        assert synced.args == [True], main.last_sync_error
        # --- search by the filer's name, open, reveal (audited) ---
        main.focus_search()
        with qtbot.waitSignal(main.list_refreshed, timeout=WAIT):
            type_text(qtbot, main.filters.search, "Quixtable")
        qtbot.waitUntil(lambda: main.model.row_of(canary_id) >= 0, timeout=WAIT)
        with qtbot.waitSignal(main.case_shown, timeout=WAIT):
            main.table.selectRow(main.model.row_of(canary_id))
        with qtbot.waitSignal(main.contact_revealed, timeout=WAIT):
            main.reveal_contact(canary_id, reason="Call the constituent back")
        assert "Quixtable" in main.detail.contact.text()  # the values really went through the app

        # --- a letter: previewed, printed to a PDF the caseworker chose ---
        def english(dlg: Any) -> bool:
            dlg.language.setCurrentIndex(dlg.language.findData("en"))
            if not dlg.confirm.isHidden():
                dlg.confirm.setChecked(True)
            return bool(dlg.ok.isEnabled())

        with qtbot.waitSignal(main.printing.preview_opened, timeout=WAIT) as opened:
            main.printing.print_letter([canary_id], dialog=english)
        preview = opened.args[0]
        if not preview.print_button.isEnabled():
            with qtbot.waitSignal(preview.ready, timeout=WAIT):
                pass
        chosen = tmp_path / "chosen-output"
        chosen.mkdir()
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(chosen / "letter.pdf"))
        with qtbot.waitSignal(main.printing.followups_logged, timeout=WAIT):
            main.printing.print_preview(preview, printer=printer)
        assert (chosen / "letter.pdf").stat().st_size > 0
        # --- the lock, a wrong PIN, the right one ---
        with qtbot.waitSignal(main.locked, timeout=WAIT):
            main.lock()
        type_text(qtbot, main.lock_screen.secret, "102938")
        with qtbot.waitSignal(main.unlock_refused, timeout=WAIT):
            main.lock_screen.unlock.click()
        type_text(qtbot, main.lock_screen.secret, PIN)
        with qtbot.waitSignal(main.unlocked, timeout=WAIT):
            main.lock_screen.unlock.click()
        # --- a bug whose message quotes a record: the crash report leaves the message out ---
        try:
            raise KeyError("Zebulonia Quixtable, (212) 555-0147, zq.canary@example.org")
        except KeyError as exc:
            ui_errors.excepthook(type(exc), exc, exc.__traceback__)
        crash = [d for d in ui_errors._open_dialogs if d.objectName() == "crashDialog"]
        assert crash
        report = crash[-1].report.toPlainText()
        assert "KeyError" in report
        tokens = [t for t in (desk.backend.session().tokens._read_refresh() or "",) if t]
        desk.shutdown()
        main.close()
        for d in list(ui_errors._open_dialogs):
            d.done(0)
    finally:
        sb.stop()

    needles = (*CANARIES, canary_id, PIN, *tokens)
    assert not [n for n in needles if n in report], report
    assert not [(n, line) for line in all_records.lines for n in needles if n in line]
    data_dir = Path(__import__("os").environ["COUNCIL_DESK_DATA_DIR"])
    # The data folder: settings, fingerprints, the encrypted cache (no clear text inside), the log folder.
    assert _files_holding(data_dir, needles) == []
    assert _files_holding(log_dir(), needles) == []
    assert _files_holding(temp, needles) == []
    assert all_records.lines  # the flows did log (kinds and counts): the scan had something to look at
