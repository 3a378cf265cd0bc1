"""A print preview's release: the preview opened with what it will log, then Print… or Save as PDF…, each written
to the audit log BEFORE any byte reaches the printer or the file, and what follows a release.

Print… : the print dialog, then (case-by-case) the approval confirmed and spent by the 311 access system, the audit
on the database worker, and only on success the pages painted to the QPrinter, on the GUI thread (QPdfDocument
lives there) at the printer's resolution capped at 600 dpi, with a progress dialog that can stop a long batch.
Save as PDF… : the audit and the write together through `letters.release`, so the file appears only after the
audit is committed. Afterwards: for letters, a "letter" follow-up on each case through the outbox, logged once per
preview window, at its first print or save; for a share, a note on each case of what went to which agency; after
an exigent release, the audit log sent at once (the privacy officer is told).

Apart from printing.py, which chooses what to print and renders it: this is the one rule of letting it out. The
controller keeps its signals, its open previews and its entry points (`print_preview`, `save_preview`), which
call this. The words keep the print controller's translation context, "PrintController", where their
translations are; hence `QCoreApplication.translate("PrintController", …)` here.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from council_desk.api.models import FollowUpIn
from council_desk.domain.errors import KnownError
from council_desk.letters import atomic_file_writer, release
from council_desk.letters import personal as personal_paragraph
from council_desk.ui import labels
from council_desk.ui.colors import html_color
from council_desk.ui.errors import show_error
from council_desk.ui.pdf_preview import PreviewWindow
from council_desk.ui.print_parts import Disclosure, NotPrinted, letter_note, paint_pdf
from council_desk.ui.qt import (
    QCoreApplication,
    QDialog,
    QFileDialog,
    QPageLayout,
    QPageSize,
    QPrintDialog,
    QPrinter,
    QProgressDialog,
    Qt,
)
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.printing import PrintController

__all__ = ["PrintRelease"]


class PrintRelease:
    """The release of one print controller's previews (kept on it as `controller.release`)."""

    def __init__(self, controller: PrintController, after_write: Callable[[list[str]], None]) -> None:
        self.controller = controller
        self._after_write = after_write

    def open_preview(self, pdf: bytes, disc: Disclosure, title: str) -> None:
        """The preview window, its note saying what printing or saving it records, and its two buttons."""
        win: PreviewWindow | None = None

        def on_print() -> None:
            assert win is not None
            self.controller.print_preview(win)

        def on_save() -> None:
            assert win is not None
            self.controller.save_preview(win)

        win = PreviewWindow(pdf, title, on_print, on_save, self.controller.window)
        win.disclosure = disc
        if disc.kind == "letter":
            note = QCoreApplication.translate(
                "PrintController", "Printing or saving logs a “letter” follow-up on each case."
            )
            if disc.unreviewed:
                names = ", ".join(labels.language_name(c) for c in disc.unreviewed)
                warning = QCoreApplication.translate(
                    "PrintController", "Translation not reviewed by a person: %1."
                ).replace("%1", names)
                note = f"<b style='color:{html_color('warning', win.palette())}'>{warning}</b> {note}"
            win.note.setText(note)
        elif disc.kind == "summary" and not disc.shows_contact:
            win.note.setText(
                QCoreApplication.translate("PrintController", "Contact details are left out of this summary.")
            )
        elif disc.kind == "worklist":
            win.note.setText(
                QCoreApplication.translate(
                    "PrintController",
                    "No contact details. Printing or saving it is recorded in the privacy log: "
                    "complaint numbers are personal information.",
                )
            )
        if disc.plan.needs_server:
            win.note.setText(
                QCoreApplication.translate(
                    "PrintController",
                    "Printing or saving uses approval %1 once: the 311 access system confirms it first.",
                ).replace("%1", disc.approval_ref)
            )
        self.controller.previews.append(win)
        win.finished.connect(
            lambda _r, w=win: self.controller.previews.remove(w) if w in self.controller.previews else None
        )
        win.open()
        self.controller.preview_opened.emit(win)

    def print_preview(self, win: PreviewWindow, printer: QPrinter | None = None) -> None:
        """Print… : the print dialog (unless `printer` is given), then the approval confirmed (case-by-case), the
        audit, and only then the pages painted."""
        disc: Disclosure = win.disclosure
        medium = "print"
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            printer.setDocName(win.windowTitle())
            dlg = QPrintDialog(printer, win)
            dlg.setMinMax(1, max(1, win.document.pageCount()))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
                # "Print to File" in the dialog: a PDF on disk, as from Save as PDF, and audited as that.
                medium = "export"
        action = disc.action(medium)
        chosen = printer
        win.set_busy(True)

        def go() -> None:
            try:
                pages = paint_pdf(win.document, chosen, self.page_progress(win))
            except NotPrinted as exc:
                show_error(win, exc)
                return
            finally:
                win.set_busy(False)
            win.released.emit(action)
            self.controller.released.emit(action, pages)
            self._log_letters(disc, "printed" if medium == "print" else "saved as PDF")
            self._after_release(disc)

        self._confirm(disc, win, lambda: self.audit(action, disc, on_fail=lambda: win.set_busy(False))(go))

    def save_preview(self, win: PreviewWindow, path: Path | None = None) -> None:
        """Save as PDF…: choose a file (unless `path` is given); the audit and the write run together through
        `letters.release` on the database worker, so the file appears only after the audit is committed."""
        disc: Disclosure = win.disclosure
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                win,
                QCoreApplication.translate("PrintController", "Save as PDF"),
                f"{disc.kind}.pdf",
                QCoreApplication.translate("PrintController", "PDF files (*.pdf)"),
            )
            if not name:
                return
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        audit, actor = self.controller.backend.audit, self._actor()
        pdf = win.pdf
        target = path
        action = disc.action("export")
        win.set_busy(True)

        def work() -> int:
            if audit is None:
                raise KnownError("The cache is locked, so nothing was saved.", code="locked_not_saved")
            release(pdf, atomic_file_writer(target), lambda: self._record(audit, action, actor, disc))
            return len(pdf)

        def saved(size: int) -> None:
            win.released.emit(action)
            self.controller.released.emit(action, size)
            self._log_letters(disc, "saved as PDF")
            self._after_release(disc)

        def failed(exc: BaseException) -> None:
            show_error(win, exc)

        def write() -> None:
            Op(win, work).success(saved).failure(failed).always(lambda: win.set_busy(False)).run()

        self._confirm(disc, win, write)

    # --- audit and follow-ups ----------------------------------------------------------------------------------
    def _actor(self) -> str:
        return self.controller.backend.me.username if self.controller.backend.me else ""

    @staticmethod
    def _record(audit: Any, action: str, actor: str, disc: Disclosure, *, preview: bool = False) -> Any:
        """The release's events (one per 10,000 cases: a worklist of a whole caseload), each committed in turn;
        returns the last."""
        planned = disc.preview() if preview else disc.plan
        prefix = f"print preview; {disc.kind}" if preview else ""
        event = None
        for kwargs in planned.events(action, actor=actor, reason_prefix=prefix):
            event = audit.record(**kwargs)
        return event

    def _confirm(self, disc: Disclosure, win: PreviewWindow, then: Callable[[], None]) -> None:
        """A case-by-case release: the 311 access system confirms and spends the approval first (network pool);
        `then` runs only if it did. Routine and exigent releases go straight on."""
        if not disc.plan.needs_server:
            then()
            return
        backend, planned = self.controller.backend, disc.plan

        def failed(exc: BaseException) -> None:
            win.set_busy(False)
            show_error(win, exc)

        Op(win, lambda: backend.confirm_release(planned, threading.Event()), pool="net").success(
            lambda _r: then()
        ).failure(failed).run()

    def _after_release(self, disc: Disclosure) -> None:
        """After an exigent release the audit log goes up now (the officer is told at once); after a share, a note
        on each case says what went to which agency."""
        if disc.plan.disclosure_class == "exigent":
            backend, planned = self.controller.backend, disc.plan
            Op(self.controller.window, lambda: backend.flag_exigent(planned), pool="net").run()
        if disc.kind == "share" and not disc.followups_logged:
            disc.followups_logged = True
            from council_desk.letters.commands import share_note

            store = self.controller.backend.store
            if store is None:
                return
            now = dt.datetime.now(dt.UTC)
            items = [
                FollowUpIn(
                    id=uuid.uuid4(),
                    service_request_id=cid,
                    kind="note",
                    text=share_note(disc.plan),
                    created_at=now,
                )
                for cid in disc.case_ids
            ]

            def add() -> list[str]:
                for fu in items:
                    store.add_followup(fu)
                return [fu.service_request_id for fu in items]

            Op(self.controller.window, add).success(self._after_write).run()

    def audit(
        self, action: str, disc: Disclosure, *, preview: bool = False, on_fail: Callable[[], None] | None = None
    ) -> Callable[[Callable[[], None]], None]:
        """Returns `then -> None`: writes the audit event on the database worker and calls `then` on the GUI
        thread only once it is committed. On failure a plain message, and `then` never runs."""
        audit, actor = self.controller.backend.audit, self._actor()

        def start(then: Callable[[], None]) -> None:
            def record() -> Any:
                if audit is None:
                    raise KnownError("The cache is locked, so nothing was printed.", code="locked_not_printed")
                return self._record(audit, action, actor, disc, preview=preview)

            def failed(exc: BaseException) -> None:
                if on_fail is not None:
                    on_fail()
                show_error(self.controller.window, exc)

            Op(self.controller.window, record).success(lambda _e: then()).failure(failed).run()

        return start

    def _log_letters(self, disc: Disclosure, how: str) -> None:
        if disc.kind != "letter" or disc.followups_logged or not disc.letter_langs:
            return
        store = self.controller.backend.store
        if store is None:
            return
        disc.followups_logged = True
        now = dt.datetime.now(dt.UTC)
        # The personal paragraph is stored with the letter's follow-up (issue 14).
        items = [
            FollowUpIn(
                id=uuid.uuid4(),
                service_request_id=cid,
                kind="letter",
                text=personal_paragraph.followup_text(letter_note(template, lang, how), disc.personal),
                created_at=now,
            )
            for cid, (template, lang) in disc.letter_langs.items()
        ]

        def add() -> list[str]:
            for fu in items:
                store.add_followup(fu)
            return [fu.service_request_id for fu in items]

        def done(ids: list[str]) -> None:
            self._after_write(ids)
            self.controller.followups_logged.emit(ids)

        Op(self.controller.window, add).success(done).run()

    def page_progress(self, win: PreviewWindow) -> Callable[[int, int], bool]:
        """Pages are painted on the GUI thread (QPrinter's painter lives there): between pages, show how far it
        got and let the window repaint and the caseworker stop a long batch. The dialog appears only if painting
        takes more than a moment."""
        bar = QProgressDialog(
            QCoreApplication.translate("PrintController", "Sending pages to the printer…"),
            QCoreApplication.translate("PrintController", "Stop"),
            0,
            0,
            win,
        )
        bar.setObjectName("printProgress")
        bar.setWindowTitle(QCoreApplication.translate("PrintController", "Council Desk"))
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(700)

        def step(done: int, total: int) -> bool:
            bar.setMaximum(total)
            bar.setValue(done)  # also runs the event loop while the dialog is up (a modal progress dialog does)
            if done >= total or bar.wasCanceled() or not win.isVisible():  # finished, stopped, or locked away
                bar.close()
                bar.deleteLater()
                return False
            return True

        return step
