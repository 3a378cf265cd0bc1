"""Letters, case summaries and mailing labels in the app: choose, render off the GUI thread, preview, then print
or save — each print or save written to the audit log BEFORE any byte reaches the printer or the file.

Flow: load the cases on the database worker → options dialog (`ui.print_dialog`) → render with reportlab on a
worker thread (busy indicator for batches) → `PreviewWindow` (QtPdf, from memory) → Print… / Save as PDF… →
audit on the database worker → only on success: pages painted to the QPrinter / `letters.release` to the file →
for letters, a "letter" follow-up on each case through the outbox (pending until the next sync).

Is the preview a disclosure? No: nothing leaves the program, the PDF is held in memory and shown inside the app.
But a letter, a label sheet or an unredacted summary puts contact details (name, mailing address, and for a
summary phone and email) on screen that the case detail keeps hidden until an audited reveal; so before such a
preview is shown an audited `reveal_contact` event is written (same fields, the class chosen, reason "print
preview"), and if that write fails the preview is not shown. A redacted summary preview shows nothing beyond what
the case detail already shows and is not logged.

Deviations from docs/INTERFACES.md: none in the interfaces used. Notes: pages are painted to the printer on the
GUI thread (QPdfDocument lives there) at the printer's resolution capped at 600 dpi, with a progress dialog; the
"letter" follow-up is logged once per preview window, at its first print or save.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from council_desk import policy
from council_desk.api.models import FollowUpIn
from council_desk.domain.case import Case
from council_desk.domain.errors import KnownError
from council_desk.domain.languages import LANGUAGES
from council_desk.letters import atomic_file_writer, release, templates
from council_desk.letters import personal as personal_paragraph
from council_desk.letters.render import render_labels, render_letters, render_summaries
from council_desk.letters.templates import office_templates_dir
from council_desk.ui import labels
from council_desk.ui.backend import Backend
from council_desk.ui.colors import html_color
from council_desk.ui.errors import show_error
from council_desk.ui.pdf_preview import PreviewWindow
from council_desk.ui.print_dialog import LetterDialog, SummaryDialog
from council_desk.ui.qt import (
    QDialog,
    QFileDialog,
    QObject,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfDocument,
    QPrintDialog,
    QPrinter,
    QProgressDialog,
    QRect,
    QSize,
    Qt,
    QWidget,
    Signal,
)
from council_desk.ui.taskman import Op

log = logging.getLogger("council_desk.ui.printing")

# Field names written to the audit log (names only, never values).
COMPLAINT_FIELDS = ("service_request_id", "complaint_type", "address", "requested_datetime", "agency", "status",
                    "resolution_description")
LETTER_FIELDS = ("first_name", "last_name", "mailing_address", "preferred_language", *COMPLAINT_FIELDS)
LABEL_FIELDS = ("first_name", "last_name", "mailing_address")
SUMMARY_FIELDS = (*COMPLAINT_FIELDS, "description", "agency_status", "consent", "followups", "office_status")
CONTACT_FIELDS = ("first_name", "last_name", "phone", "email", "mailing_address", "preferred_language")
CONTACT_NAMES = frozenset(CONTACT_FIELDS)
MAX_PRINT_DPI = 600  # a Letter page at 600 dpi is a 135 MB image; more buys nothing on office printers


class NotPrinted(KnownError):
    code = "not_printed"
    exit_code = 8
    default_message = "The printer could not be started, so nothing was printed. Check the printer and try again."


class NoOffice(KnownError):
    code = "no_office"
    default_message = ("Letters need the office's letterhead, which arrives when you sign in. "
                       "Sign in, then try again.")


@dataclass
class Disclosure:
    """What one preview would release: which cases, which fields, under which class; letters also carry the
    follow-up text for each case."""

    kind: str  # "letter" | "summary" | "labels"
    case_ids: list[str]
    fields: tuple[str, ...]
    disclosure_class: str = "routine"
    approval_ref: str = ""
    reason: str = ""
    letter_langs: dict[str, tuple[str, str]] = field(default_factory=dict)  # case id -> (template, language)
    followups_logged: bool = False
    unreviewed: tuple[str, ...] = ()  # languages whose translation nobody has reviewed (shown on the preview)
    personal: str = ""  # the caseworker's own paragraph in a letter (issue 14), cleaned

    @property
    def shows_contact(self) -> bool:
        return bool(CONTACT_NAMES.intersection(self.fields))


def letter_note(template: str, lang: str, how: str = "printed") -> str:
    """The follow-up text for a letter: which letter, in which language (no personal data)."""
    # English, whatever the interface language: the note goes to the office's shared log.
    name = labels.LETTER_TEMPLATE.get(template, template).split(" (")[0]
    language = LANGUAGES[lang].english_name if lang in LANGUAGES else lang
    return f"Letter {how}: {name} ({language})."


def paint_pdf(document: QPdfDocument, printer: QPrinter,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint the document's pages (or the range chosen in the print dialog) to `printer`, each rendered at the
    printer's resolution (capped at MAX_PRINT_DPI). Returns the number of pages sent; NotPrinted if the printer
    cannot start. `progress(done, total)` returning False stops early."""
    total = document.pageCount()
    first = max(1, printer.fromPage() or 1)
    last = min(total, printer.toPage() or total)
    printer.setFullPage(True)  # the PDF has its own margins; paint from the paper's corner
    painter = QPainter()
    if not painter.begin(printer):
        raise NotPrinted()
    sent = 0
    try:
        res = printer.resolution()
        dpi = min(res, MAX_PRINT_DPI)
        for index in range(first - 1, last):
            if sent:
                printer.newPage()
            pts = document.pagePointSize(index)
            image = document.render(index, QSize(round(pts.width() * dpi / 72), round(pts.height() * dpi / 72)))
            target = QRect(0, 0, round(pts.width() * res / 72), round(pts.height() * res / 72))
            painter.drawImage(target, image)
            sent += 1
            if progress is not None and not progress(sent, last - first + 1):
                break
    finally:
        painter.end()
    return sent


class PrintController(QObject):
    """Owns the print flows for one main window. Signals are for the window and the tests."""

    preview_opened = Signal(object)  # PreviewWindow
    released = Signal(str, int)  # action ("print" / "export"), pages or bytes
    followups_logged = Signal(list)  # case ids

    def __init__(self, backend: Backend, parent: QWidget, after_write: Callable[[list[str]], None]) -> None:
        super().__init__(parent)
        self.backend = backend
        self.window = parent
        self._after_write = after_write
        self.previews: list[PreviewWindow] = []
        self.busy: QProgressDialog | None = None

    # --- entry points ------------------------------------------------------------------------------------------
    def print_letter(self, case_ids: Sequence[str], *,
                     dialog: Callable[[LetterDialog], bool] | None = None) -> None:
        """Ask template and language, then preview. `dialog` (tests) fills the dialog instead of a user."""

        def chosen(cases: list[Case]) -> None:
            office_dir = office_templates_dir()  # the office's own templates win over the shipped ones
            dlg = LetterDialog([c.contact.preferred_language for c in cases], templates(office_dir), self.window)
            if not (dialog(dlg) if dialog else dlg.exec() == QDialog.DialogCode.Accepted):
                return
            template, lang = dlg.template_name(), dlg.lang()
            me = self.backend.me
            if me is None:
                show_error(self.window, NoOffice())
                return
            try:
                personal = personal_paragraph.clean(dlg.personal_text())
            except KnownError as exc:  # too long: said plainly, nothing printed, the dialog's text is kept
                show_error(self.window, exc)
                return
            langs = {c.id: (template, lang or c.contact.preferred_language) for c in cases}
            # The paragraph is printed in each letter: its field is listed in the audit, as every field is.
            fields = (*LETTER_FIELDS, personal_paragraph.AUDIT_FIELD) if personal else LETTER_FIELDS
            disc = Disclosure("letter", [c.id for c in cases], fields, letter_langs=langs,
                              unreviewed=tuple(code for code, _s in dlg.unreviewed()), personal=personal)
            today = dt.date.today()

            def render() -> bytes:
                # The office block IT set in the policy file wins over the server's, field by field.
                office = policy.current().letterhead.apply(me.office)
                return render_letters(cases, template, lang=lang, office=office, member=me.member,
                                      district=me.district, caseworker=me.display_name, today=today,
                                      overrides_dir=office_dir, personal=personal)

            self._render(render, disc, self.tr("Letter preview"))

        self._load(case_ids, chosen)

    def print_summary(self, case_ids: Sequence[str], *,
                      dialog: Callable[[SummaryDialog], bool] | None = None) -> None:
        def chosen(cases: list[Case]) -> None:
            dlg = SummaryDialog(len(cases), self.window)
            if not (dialog(dlg) if dialog else dlg.exec() == QDialog.DialogCode.Accepted):
                return
            if not dlg.is_complete():
                return  # fail closed: an incomplete disclosure choice prints nothing
            include = dlg.include.isChecked()
            fields = (*SUMMARY_FIELDS, *CONTACT_FIELDS) if include else SUMMARY_FIELDS
            disc = Disclosure(
                "summary", [c.id for c in cases], fields,
                disclosure_class=dlg.disclosure_class() or "routine", approval_ref=dlg.approval_ref(),
                reason=dlg.reason_text(),
            )
            self._render(lambda: render_summaries(cases, include_contact=include), disc,
                         self.tr("Case summary preview"))

        self._load(case_ids, chosen)

    def print_labels(self, case_ids: Sequence[str]) -> None:
        def chosen(cases: list[Case]) -> None:
            disc = Disclosure("labels", [c.id for c in cases], LABEL_FIELDS)
            self._render(lambda: render_labels(cases), disc, self.tr("Mailing labels preview"))

        self._load(case_ids, chosen)

    def print_worklist(self, view_key: str) -> None:
        """The office's worklist of a view (issue 14: no contact details): preview, then Print… or Save as PDF…,
        each audited first like any print of case numbers."""
        store, me = self.backend.store, self.backend.me
        if store is None or me is None:
            return
        from council_desk.cache.views import view_query
        from council_desk.letters.worklist import AUDIT_FIELDS, render_worklist, worklist_rows

        today = dt.date.today()
        names = {m.username: m.display_name for m in me.staff}

        def load() -> Any:
            ids = store.list_ids(view_query(view_key, me.username))
            found = store.rows(ids)
            return worklist_rows([found[i] for i in ids if i in found], today, names)

        def loaded(rows: Any) -> None:
            self._hide_busy()
            disc = Disclosure("worklist", [r.service_request_id for r in rows], AUDIT_FIELDS,
                              reason=f"worklist {view_key}")
            title = self.tr("Worklist: %1").replace("%1", labels.view_name(view_key))
            self._render(lambda: render_worklist(rows, title=f"Worklist: {labels.VIEW_NAME[view_key]}",
                                                 office=me.office.name, generated=dt.datetime.now(),
                                                 today=today), disc, title)

        Op(self.window, load).success(loaded).failure(self._failed).run()

    # --- steps -------------------------------------------------------------------------------------------------
    def _load(self, case_ids: Sequence[str], then: Callable[[list[Case]], None]) -> None:
        store = self.backend.store
        ids = list(dict.fromkeys(case_ids))
        if store is None or not ids:
            return

        def load() -> list[Case]:
            found = [store.case(i) for i in ids]
            return [c for c in found if c is not None]

        def loaded(cases: list[Case]) -> None:
            self._hide_busy()
            if not cases:
                show_error(self.window, KnownError("The selected cases are no longer on this PC.",
                                                        code="cases_gone"))
                return
            then(cases)

        self._show_busy(len(ids))
        Op(self.window, load).success(loaded).failure(self._failed).run()

    def _render(self, render: Callable[[], bytes], disc: Disclosure, title: str) -> None:
        n = len(disc.case_ids)
        full_title = self.tr("%1 — %n case(s)", "", n).replace("%1", title) if n > 1 else title
        self._show_busy(n)

        def rendered(pdf: bytes) -> None:
            self._hide_busy()
            if disc.shows_contact:
                # Contact details on screen: the same audited reveal the case detail requires.
                self._audit("reveal_contact", disc, reason_prefix="print preview")(
                    lambda: self._open_preview(pdf, disc, full_title))
            else:
                self._open_preview(pdf, disc, full_title)

        # Rendering is CPU work without the store: the worker pool, so it neither blocks the GUI nor the database.
        Op(self.window, render, pool="net").success(rendered).failure(self._failed).run()

    def _open_preview(self, pdf: bytes, disc: Disclosure, title: str) -> None:
        win: PreviewWindow | None = None

        def on_print() -> None:
            assert win is not None
            self.print_preview(win)

        def on_save() -> None:
            assert win is not None
            self.save_preview(win)

        win = PreviewWindow(pdf, title, on_print, on_save, self.window)
        win.disclosure = disc
        if disc.kind == "letter":
            note = self.tr("Printing or saving logs a “letter” follow-up on each case.")
            if disc.unreviewed:
                names = ", ".join(labels.language_name(c) for c in disc.unreviewed)
                warning = self.tr("Translation not reviewed by a person: %1.").replace("%1", names)
                note = f"<b style='color:{html_color('warning', win.palette())}'>{warning}</b> {note}"
            win.note.setText(note)
        elif disc.kind == "summary" and not disc.shows_contact:
            win.note.setText(self.tr("Contact details are left out of this summary."))
        elif disc.kind == "worklist":
            win.note.setText(self.tr("No contact details. Printing or saving it is recorded in the privacy log: "
                                     "complaint numbers are personal information."))
        self.previews.append(win)
        win.finished.connect(lambda _r, w=win: self.previews.remove(w) if w in self.previews else None)
        win.open()
        self.preview_opened.emit(win)

    def print_preview(self, win: PreviewWindow, printer: QPrinter | None = None) -> None:
        """Print… : the print dialog (unless `printer` is given), then audit, then paint the pages."""
        disc: Disclosure = win.disclosure
        action = "print"
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
                action = "export"
        chosen = printer
        win.set_busy(True)

        def go() -> None:
            try:
                pages = paint_pdf(win.document, chosen, self._page_progress(win))
            except NotPrinted as exc:
                show_error(win, exc)
                return
            finally:
                win.set_busy(False)
            win.released.emit(action)
            self.released.emit(action, pages)
            self._log_letters(disc, "printed" if action == "print" else "saved as PDF")

        self._audit(action, disc, on_fail=lambda: win.set_busy(False))(go)

    def save_preview(self, win: PreviewWindow, path: Path | None = None) -> None:
        """Save as PDF…: choose a file (unless `path` is given); the audit and the write run together through
        `letters.release` on the database worker, so the file appears only after the audit is committed."""
        disc: Disclosure = win.disclosure
        if path is None:
            name, _ = QFileDialog.getSaveFileName(win, self.tr("Save as PDF"), f"{disc.kind}.pdf",
                                                  self.tr("PDF files (*.pdf)"))
            if not name:
                return
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        audit, actor = self.backend.audit, self._actor()
        pdf = win.pdf
        target = path
        win.set_busy(True)

        def work() -> int:
            if audit is None:
                raise KnownError("The cache is locked, so nothing was saved.", code="locked_not_saved")
            release(pdf, atomic_file_writer(target), lambda: self._record(audit, "export", actor, disc))
            return len(pdf)

        def saved(size: int) -> None:
            win.released.emit("export")
            self.released.emit("export", size)
            self._log_letters(disc, "saved as PDF")

        def failed(exc: BaseException) -> None:
            show_error(win, exc)

        Op(win, work).success(saved).failure(failed).always(lambda: win.set_busy(False)).run()

    # --- audit and follow-ups ----------------------------------------------------------------------------------
    def _actor(self) -> str:
        return self.backend.me.username if self.backend.me else ""

    @staticmethod
    def _record(audit: Any, action: str, actor: str, disc: Disclosure, reason_prefix: str = "") -> Any:
        """One event, or one per 10,000 cases (what one event may list: a worklist of the whole caseload)."""
        from council_desk.letters.worklist import audit_chunks

        reason = "; ".join(p for p in (reason_prefix, disc.kind if reason_prefix else "", disc.reason) if p)
        event = None
        for chunk in audit_chunks(disc.case_ids):
            event = audit.record(action, actor=actor, service_request_ids=chunk, fields=list(disc.fields),
                                 disclosure_class=disc.disclosure_class, approval_ref=disc.approval_ref,
                                 reason=reason, count=len(chunk))
        return event

    def _audit(self, action: str, disc: Disclosure, *, reason_prefix: str = "",
               on_fail: Callable[[], None] | None = None) -> Callable[[Callable[[], None]], None]:
        """Returns `then -> None`: writes the audit event on the database worker and calls `then` on the GUI
        thread only once it is committed. On failure a plain message, and `then` never runs."""
        audit, actor = self.backend.audit, self._actor()

        def start(then: Callable[[], None]) -> None:
            def record() -> Any:
                if audit is None:
                    raise KnownError("The cache is locked, so nothing was printed.",
                                     code="locked_not_printed")
                return self._record(audit, action, actor, disc, reason_prefix)

            def failed(exc: BaseException) -> None:
                if on_fail is not None:
                    on_fail()
                show_error(self.window, exc)

            Op(self.window, record).success(lambda _e: then()).failure(failed).run()

        return start

    def _log_letters(self, disc: Disclosure, how: str) -> None:
        if disc.kind != "letter" or disc.followups_logged or not disc.letter_langs:
            return
        store = self.backend.store
        if store is None:
            return
        disc.followups_logged = True
        now = dt.datetime.now(dt.UTC)
        # The personal paragraph is stored with the letter's follow-up (issue 14).
        items = [FollowUpIn(id=uuid.uuid4(), service_request_id=cid, kind="letter",
                            text=personal_paragraph.followup_text(letter_note(template, lang, how), disc.personal),
                            created_at=now)
                 for cid, (template, lang) in disc.letter_langs.items()]

        def add() -> list[str]:
            for fu in items:
                store.add_followup(fu)
            return [fu.service_request_id for fu in items]

        def done(ids: list[str]) -> None:
            self._after_write(ids)
            self.followups_logged.emit(ids)

        Op(self.window, add).success(done).run()

    def _page_progress(self, win: PreviewWindow) -> Callable[[int, int], bool]:
        """Pages are painted on the GUI thread (QPrinter's painter lives there): between pages, show how far it
        got and let the window repaint and the caseworker stop a long batch. The dialog appears only if painting
        takes more than a moment."""
        bar = QProgressDialog(self.tr("Sending pages to the printer…"), self.tr("Stop"), 0, 0, win)
        bar.setObjectName("printProgress")
        bar.setWindowTitle(self.tr("Council Desk"))
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

    # --- busy indicator ----------------------------------------------------------------------------------------
    def _show_busy(self, n: int) -> None:
        if n <= 1 or self.busy is not None:
            return
        bar = QProgressDialog(self.tr("Preparing %n case(s)…", "", n), "", 0, 0, self.window)
        bar.setObjectName("printBusy")
        bar.setWindowTitle(self.tr("Council Desk"))
        bar.setCancelButton(None)
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(0)
        bar.show()
        self.busy = bar

    def _hide_busy(self) -> None:
        if self.busy is not None:
            self.busy.close()
            self.busy.deleteLater()
            self.busy = None

    def _failed(self, exc: BaseException) -> None:
        self._hide_busy()
        show_error(self.window, exc)

