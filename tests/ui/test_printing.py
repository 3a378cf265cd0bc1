"""Letters, summaries and labels in the app, over a real SQLCipher cache: audit before release (also when the audit
write fails), the pending "letter" follow-up, redaction, the unreviewed-translation warning, and real printing to a
PDF-format QPrinter whose pages are read back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdf
import pytest

from council_desk.audit.log import AuditLog, AuditWriteFailed
from council_desk.letters import templates
from council_desk.ui import errors as ui_errors
from council_desk.ui.main_window import MainWindow
from council_desk.ui.pdf_preview import PreviewWindow
from council_desk.ui.print_dialog import LetterDialog, SummaryDialog
from council_desk.ui.printing import CONTACT_FIELDS
from council_desk.ui.qt import QDialog, QMessageBox, QPrinter, QProgressDialog
from tests.support.privacy import hold_approval
from tests.support.records import CANARY_EMAIL, CANARY_FIRST, CANARY_LAST, CANARY_PHONE

CANARY_ID = "60000005"


@pytest.fixture
def window(qtbot: Any, backend_factory: Any) -> Any:
    backend = backend_factory(40, canary_index=5)
    win = MainWindow(backend, idle_ms=600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=10_000):
        win.start(sync=False)
    return win


def _settle(qtbot: Any, win: MainWindow) -> None:
    """Wait until every queued database / render op has delivered its result on the GUI thread."""
    if win.tm.pending:
        with qtbot.waitSignal(win.tm.idle, timeout=30_000):
            pass


def _preview(qtbot: Any, win: MainWindow, start: Any) -> PreviewWindow:
    with qtbot.waitSignal(win.printing.preview_opened, timeout=30_000) as blk:
        start()
    preview: PreviewWindow = blk.args[0]
    if not preview.print_button.isEnabled():
        with qtbot.waitSignal(preview.ready, timeout=10_000):
            pass
    assert preview.document.pageCount() >= 1
    return preview


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # 96 dpi keeps the test fast
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _events(win: MainWindow) -> list[Any]:
    audit = AuditLog(win.backend.store)
    return win.tm.run_db_blocking(lambda: audit.pending_upload(10_000))


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _known_error_boxes() -> list[QMessageBox]:
    return [d for d in ui_errors._open_dialogs if isinstance(d, QMessageBox) and d.isVisible()]


@pytest.fixture(autouse=True)
def _close_error_boxes() -> Any:
    yield
    for d in list(ui_errors._open_dialogs):  # they belong to windows the test deletes
        d.done(0)


def _letter(dlg: LetterDialog, lang: str | None = None) -> bool:
    if lang:
        dlg.language.setCurrentIndex(dlg.language.findData(lang))
    if not dlg.confirm.isHidden():
        dlg.confirm.setChecked(True)
    return dlg.ok.isEnabled()


def _english(dlg: LetterDialog) -> bool:
    return _letter(dlg, "en")


def test_letter_printed_after_audit_and_logged_as_pending_followup(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    win = window
    preview = _preview(qtbot, win, lambda: win.printing.print_letter([CANARY_ID], dialog=_english))
    # The preview shows name and address: an audited reveal came first.
    reveal = [e for e in _events(win) if e.action == "reveal_contact"]
    assert reveal and reveal[-1].service_request_ids == [CANARY_ID]
    assert "print preview" in reveal[-1].reason

    out = tmp_path / "printed.pdf"
    with qtbot.waitSignal(win.printing.followups_logged, timeout=30_000) as logged:
        win.printing.print_preview(preview, printer=_pdf_printer(out))
    _settle(qtbot, win)
    assert logged.args[0] == [CANARY_ID]
    # The printer received every page of the document.
    assert len(pypdf.PdfReader(out).pages) == preview.document.pageCount()
    printed = [e for e in _events(win) if e.action == "print"]
    assert len(printed) == 1
    assert printed[0].service_request_ids == [CANARY_ID]
    assert {"first_name", "mailing_address"} <= set(printed[0].fields)
    assert printed[0].disclosure_class == "routine"

    case = win.tm.run_db_blocking(lambda: win.backend.store.case(CANARY_ID))
    letters = [f for f in case.followups if f.kind == "letter"]
    assert len(letters) == 1 and letters[0].pending
    assert "Acknowledgement" in letters[0].text and "English" in letters[0].text
    assert CANARY_FIRST not in letters[0].text
    win.open_case(CANARY_ID)
    _settle(qtbot, win)
    assert "not yet sent" in win.detail.body.toPlainText()
    assert win.outbox_count >= 1

    # Saving the same letter afterwards is audited again but does not log a second follow-up.
    saved = tmp_path / "letter.pdf"
    with qtbot.waitSignal(preview.released, timeout=30_000):
        win.printing.save_preview(preview, path=saved)
    _settle(qtbot, win)
    assert saved.read_bytes() == preview.pdf
    assert CANARY_LAST in _text(saved.read_bytes())
    assert [e.action for e in _events(win)].count("export") == 1
    case = win.tm.run_db_blocking(lambda: win.backend.store.case(CANARY_ID))
    assert len([f for f in case.followups if f.kind == "letter"]) == 1


def test_print_to_file_in_the_print_dialog_is_audited_as_an_export(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = window
    preview = _preview(qtbot, win, lambda: win.printing.print_letter([CANARY_ID], dialog=_english))
    out = tmp_path / "to-file.pdf"

    class PrintToFile:  # the system print dialog, with "Print to File" chosen by the caseworker
        def __init__(self, printer: QPrinter, _parent: Any) -> None:
            self.printer = printer

        def setMinMax(self, _lo: int, _hi: int) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            self.printer.setResolution(96)  # keeps the test fast
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("council_desk.ui.print_release.QPrintDialog", PrintToFile)
    with qtbot.waitSignal(preview.released, timeout=30_000) as done:
        win.printing.print_preview(preview)
    _settle(qtbot, win)
    assert done.args == ["export"]
    assert len(pypdf.PdfReader(out).pages) == preview.document.pageCount()  # pages are painted as images
    actions = [e.action for e in _events(win) if CANARY_ID in e.service_request_ids]
    assert "export" in actions and "print" not in actions
    case = win.tm.run_db_blocking(lambda: win.backend.store.case(CANARY_ID))
    assert [f.text for f in case.followups if f.kind == "letter"] and all(
        "saved as PDF" in f.text for f in case.followups if f.kind == "letter"
    )


def test_a_long_print_shows_progress_and_can_be_stopped(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    win = window
    preview = _preview(qtbot, win, lambda: win.printing.print_letter([CANARY_ID], dialog=_english))
    step = win.printing.release.page_progress(preview)
    assert step(1, 40) is True  # page 1 of 40 sent: go on
    bar = preview.findChild(QProgressDialog, "printProgress")
    assert bar is not None and bar.maximum() == 40 and bar.value() == 1
    bar.cancel()  # the caseworker presses Stop
    assert step(2, 40) is False
    # A whole run: every page reaches the printer and the dialog goes away.
    out = tmp_path / "all.pdf"
    with qtbot.waitSignal(preview.released, timeout=30_000):
        win.printing.print_preview(preview, printer=_pdf_printer(out))
    _settle(qtbot, win)
    assert len(pypdf.PdfReader(out).pages) == preview.document.pageCount()


def test_audit_failure_releases_nothing(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = window
    preview = _preview(qtbot, win, lambda: win.printing.print_letter([CANARY_ID], dialog=_english))
    real = AuditLog.record

    def failing(self: AuditLog, action: str, **kw: Any) -> Any:
        if action in ("print", "export"):
            raise AuditWriteFailed()
        return real(self, action, **kw)

    monkeypatch.setattr(AuditLog, "record", failing)
    before = win.tm.run_db_blocking(win.backend.store.outbox_count)

    out = tmp_path / "printed.pdf"
    win.printing.print_preview(preview, printer=_pdf_printer(out))
    _settle(qtbot, win)
    assert not out.exists()  # no print job was started
    boxes = _known_error_boxes()
    assert boxes and "audit log could not be written" in boxes[-1].text()
    for b in boxes:
        b.close()

    saved = tmp_path / "letter.pdf"
    win.printing.save_preview(preview, path=saved)
    _settle(qtbot, win)
    assert not saved.exists()
    assert list(tmp_path.glob(".council-desk-*")) == []  # no partial file either
    assert _known_error_boxes()
    for b in _known_error_boxes():
        b.close()
    assert win.tm.run_db_blocking(win.backend.store.outbox_count) == before  # no letter follow-up
    assert preview.print_button.isEnabled()  # the caseworker can try again


def test_summary_redacted_by_default_and_contact_needs_a_class(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    win = window
    n_events = len(_events(win))
    preview = _preview(qtbot, win, lambda: win.printing.print_summary([CANARY_ID], dialog=lambda d: True))
    assert len(_events(win)) == n_events  # a redacted preview shows nothing new: not logged
    redacted = tmp_path / "redacted.pdf"
    with qtbot.waitSignal(preview.released, timeout=30_000):
        win.printing.save_preview(preview, path=redacted)
    text = _text(redacted.read_bytes())
    assert CANARY_ID in text
    for secret in (CANARY_FIRST, CANARY_LAST, CANARY_PHONE, CANARY_EMAIL):
        assert secret not in text
    export = _events(win)[-1]
    assert export.action == "export" and not set(CONTACT_FIELDS) & set(export.fields)
    preview.close()

    # Issue 13: a case-by-case approval is one the server issued, never a reference typed in. (Before, any text
    # typed as the approval reference released the summary and was recorded as case-by-case.)
    def typed(dlg: SummaryDialog) -> bool:
        dlg.include.setChecked(True)
        dlg.recipient.setCurrentIndex(dlg.recipient.findData("city_agency"))
        dlg.case_by_case.setChecked(True)
        if hasattr(dlg.approval, "setText"):  # the free-text box of before
            dlg.approval.setText("PO-2025-17")
        else:
            assert dlg.approval.count() == 0 and not dlg.ok.isEnabled()  # no approval held: nothing to pick
        return dlg.ok.isEnabled()

    before = len(_events(win))
    win.printing.print_summary([CANARY_ID], dialog=typed)
    _settle(qtbot, win)
    assert not win.printing.previews and len(_events(win)) == before
    assert not [e for e in _events(win) if e.approval_ref == "PO-2025-17"]

    # An approval held on this PC (forged into it here: this backend has no server) is offered, but the release
    # needs the 311 access system to confirm it: offline nothing is written and nothing is recorded as released.
    win.tm.run_db_blocking(lambda: hold_approval(win.backend.store, CANARY_ID, "APR-0000000000000000"))

    def approved(dlg: SummaryDialog) -> bool:
        dlg.include.setChecked(True)
        dlg.recipient.setCurrentIndex(dlg.recipient.findData("city_agency"))
        dlg.case_by_case.setChecked(True)
        assert dlg.approval.count() == 1 and dlg.approval_ref() == "APR-0000000000000000"
        return dlg.ok.isEnabled()

    preview = _preview(qtbot, win, lambda: win.printing.print_summary([CANARY_ID], dialog=approved))
    reveal = _events(win)[-1]
    # The preview is the caseworker's own look (routine, this office); the release would be the disclosure.
    assert reveal.action == "reveal_contact" and reveal.disclosure_class == "routine"
    assert reveal.recipient == "council_office" and {"phone", "email"} <= set(reveal.fields)
    full = tmp_path / "full.pdf"
    win.printing.save_preview(preview, path=full)
    qtbot.waitUntil(lambda: bool(_known_error_boxes()), timeout=30_000)
    assert "confirm its approval" in _known_error_boxes()[-1].text()
    assert not full.exists() and _events(win)[-1] == reveal
    # Nothing but a letter logs a letter follow-up.
    case = win.tm.run_db_blocking(lambda: win.backend.store.case(CANARY_ID))
    assert not [f for f in case.followups if f.kind == "letter"]


def test_exigent_needs_a_reason(qtbot: Any) -> None:
    dlg = SummaryDialog(2)
    qtbot.addWidget(dlg)
    # Redacted, for the office's own casework: routine, nothing to choose.
    assert dlg.ok.isEnabled() and dlg.disclosure_class() == "routine"
    dlg.include.setChecked(True)
    dlg.recipient.setCurrentIndex(dlg.recipient.findData("city_agency"))  # with contact details: not routine
    assert not dlg.ok.isEnabled() and dlg.disclosure_class() is None
    dlg.exigent.setChecked(True)
    assert not dlg.ok.isEnabled()
    dlg.reason.setPlainText("Constituent without heat, welfare check requested by FDNY")
    assert dlg.ok.isEnabled() and dlg.disclosure_class() == "exigent" and dlg.approval_ref() == ""
    dlg.recipient.setCurrentIndex(dlg.recipient.findData("constituent"))  # to the constituent: routine again
    assert dlg.ok.isEnabled() and dlg.disclosure_class() == "routine"


def test_unreviewed_translation_warns_and_needs_confirmation(qtbot: Any) -> None:
    infos = templates()
    dlg = LetterDialog(["ar"], infos)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.lang() == "ar"  # the constituent's preferred language is the default
    status = {(i.name, i.language): i.review_status for i in infos}[(dlg.template_name(), "ar")]
    assert status != "reviewed"
    assert dlg.warning.isVisible() and "Arabic" in dlg.warning.text()
    assert not dlg.ok.isEnabled()
    dlg.confirm.setChecked(True)
    assert dlg.ok.isEnabled()
    dlg.language.setCurrentIndex(dlg.language.findData("en"))  # English is reviewed
    assert not dlg.warning.isVisible() and dlg.ok.isEnabled()
    dlg.language.setCurrentIndex(dlg.language.findData("bn"))
    assert dlg.warning.isVisible() and not dlg.ok.isEnabled()  # the confirmation does not carry over

    batch = LetterDialog(["en", "en", "zh-Hans"], infos)
    qtbot.addWidget(batch)
    assert batch.lang() is None and batch.languages() == ["en", "zh-Hans"]
    assert [c for c, _s in batch.unreviewed()] == ["zh-Hans"]


def test_batch_from_selection_each_in_own_language(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = window
    rows = [0, 1, 2, 3]
    for r in rows:
        win.table.selectionModel().select(
            win.model.index(r, 0),
            win.table.selectionModel().SelectionFlag.Select | win.table.selectionModel().SelectionFlag.Rows,
        )
    ids = win.selected_ids()
    assert len(ids) == 4

    def accept(dlg: LetterDialog) -> int:
        assert _letter(dlg)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LetterDialog, "exec", accept)
    preview = _preview(qtbot, win, lambda: win.print_cases("letter"))
    assert win.printing.busy is None  # the busy indicator is gone once the preview is up
    out = tmp_path / "batch.pdf"
    with qtbot.waitSignal(win.printing.followups_logged, timeout=30_000) as logged:
        win.printing.save_preview(preview, path=out)
    _settle(qtbot, win)
    assert sorted(logged.args[0]) == sorted(ids)
    text = _text(out.read_bytes())
    for cid in ids:
        assert cid in text
    cases = win.tm.run_db_blocking(lambda: [win.backend.store.case(i) for i in ids])
    assert {c.contact.preferred_language for c in cases} == {"en", "es"}  # each letter in its own language
    for case in cases:
        note = next(f for f in case.followups if f.kind == "letter").text
        assert ("Spanish" if case.contact.preferred_language == "es" else "English") in note

    # Labels for the same selection: one sheet, audited with name and address only.
    preview = _preview(qtbot, win, lambda: win.print_cases("labels"))
    assert preview.document.pageCount() == 1
    printed = tmp_path / "labels.pdf"
    with qtbot.waitSignal(win.printing.released, timeout=30_000):
        win.printing.print_preview(preview, printer=_pdf_printer(printed))
    assert len(pypdf.PdfReader(printed).pages) == 1
    last = _events(win)[-1]
    assert last.action == "print" and sorted(last.service_request_ids) == sorted(ids)
    assert set(last.fields) == {"first_name", "last_name", "mailing_address"}


def test_lock_closes_the_preview(qtbot: Any, window: MainWindow) -> None:
    win = window
    preview = _preview(qtbot, win, lambda: win.printing.print_labels([CANARY_ID]))
    assert preview.isVisible()
    win.lock()
    assert not preview.isVisible() and preview.pdf == b""
    _settle(qtbot, win)


def test_office_template_override_is_used_without_code(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An office drops its own acknowledgement letter into its template folder; the app prints that one."""
    import json

    from council_desk.letters.templates import OFFICE_TEMPLATES_ENV, TEMPLATE_DIR

    own = json.loads((TEMPLATE_DIR / "acknowledgement" / "en.json").read_text(encoding="utf-8"))
    own["body"] = ["Our office wrote this paragraph itself, about {complaint_number}."]
    folder = tmp_path / "office-templates" / "acknowledgement"
    folder.mkdir(parents=True)
    (folder / "en.json").write_text(json.dumps(own), encoding="utf-8")
    monkeypatch.setenv(OFFICE_TEMPLATES_ENV, str(tmp_path / "office-templates"))

    preview = _preview(qtbot, window, lambda: window.printing.print_letter([CANARY_ID], dialog=_english))
    text = " ".join(_text(preview.pdf).split())
    assert f"Our office wrote this paragraph itself, about {CANARY_ID}." in text
    assert "Thank you for allowing 311" not in text
