"""Letters, case summaries and mailing labels in the app: choose, render off the GUI thread, preview, then print
or save — each print or save written to the audit log BEFORE any byte reaches the printer or the file.

Flow: load the cases on the database worker → options dialog (`ui.print_dialog`) → render with reportlab on a
worker thread (busy indicator for batches) → `PreviewWindow` (QtPdf, from memory) → Print… / Save as PDF… →
audit on the database worker → only on success: pages painted to the QPrinter / `letters.release` to the file →
for letters, a "letter" follow-up on each case through the outbox (pending until the next sync).

What each output shows, to whom and under which class is the one disclosure vocabulary's
(`domain.disclosure.plan`, which also checks the role): the events here are `Disclosure.event`, the very ones the
CLI records. A case-by-case release is confirmed, and its approval spent, by the 311 access system just before the
audit (on the network pool); an exigent one sends the audit log right after, so the officer is told at once.

Is the preview a disclosure? No: nothing leaves the program, the PDF is held in memory and shown inside the app.
But a letter, a label sheet or an unredacted summary puts contact details (name, mailing address, and for a
summary phone and email) on screen that the case detail keeps hidden until an audited reveal; so before such a
preview is shown an audited `reveal_contact` event is written (the same fields, routine, to this office: the
caseworker is who sees it; reason "print preview"), and if that write fails the preview is not shown. A redacted
summary preview shows nothing beyond what the case detail already shows and is not logged.

Deviations from docs/INTERFACES.md: none in the interfaces used. Notes: pages are painted to the printer on the
GUI thread (QPdfDocument lives there) at the printer's resolution capped at 600 dpi, with a progress dialog; the
"letter" follow-up is logged once per preview window, at its first print or save.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from council_desk import policy
from council_desk.api.codes import OutputKind
from council_desk.api.models import FollowUpIn
from council_desk.domain import disclosure as vocabulary
from council_desk.domain.case import Case
from council_desk.domain.errors import KnownError
from council_desk.domain.roles import allowed
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
from council_desk.ui.print_parts import Disclosure, NoOffice, NotPrinted, letter_note, paint_pdf
from council_desk.ui.qt import (
    QDialog,
    QFileDialog,
    QObject,
    QPageLayout,
    QPageSize,
    QPrintDialog,
    QPrinter,
    QProgressDialog,
    Qt,
    QWidget,
    Signal,
)
from council_desk.ui.taskman import Op

log = logging.getLogger("council_desk.ui.printing")

# The contact block's field names (the vocabulary's): the tests look for them in the events.
CONTACT_FIELDS = vocabulary.CONTACT_FIELDS


class PrintController(QObject):
    """Owns the print flows for one main window. Signals are for the window and the tests."""

    preview_opened = Signal(object)  # PreviewWindow
    approval_requested = Signal(str)  # request id (stored and queued)
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
    def print_letter(
        self, case_ids: Sequence[str], *, dialog: Callable[[LetterDialog], bool] | None = None
    ) -> None:
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
            planned = self._plan("letter", cases)
            if planned is None:
                return
            if personal:  # printed in each letter: its field is listed in the audit, as every field is
                planned = dataclasses.replace(planned, fields=(*planned.fields, personal_paragraph.AUDIT_FIELD))
            disc = Disclosure(
                "letter",
                planned,
                letter_langs=langs,
                unreviewed=tuple(code for code, _s in dlg.unreviewed()),
                personal=personal,
            )
            today = dt.date.today()

            def render() -> bytes:
                # The office block IT set in the policy file wins over the server's, field by field.
                office = policy.current().letterhead.apply(me.office)
                return render_letters(
                    cases,
                    template,
                    lang=lang,
                    office=office,
                    member=me.member,
                    district=me.district,
                    caseworker=me.display_name,
                    today=today,
                    overrides_dir=office_dir,
                    personal=personal,
                )

            self._render(render, disc, self.tr("Letter preview"))

        self._load(case_ids, chosen)

    def print_summary(
        self, case_ids: Sequence[str], *, dialog: Callable[[SummaryDialog], bool] | None = None
    ) -> None:
        def chosen(cases: list[Case], held: list[Any], now: dt.datetime) -> None:
            me = self.backend.me
            ids = [c.id for c in cases]
            dlg = SummaryDialog(
                len(cases),
                self.window,
                case_ids=ids,
                approvals=held,
                district=me.district if me else 0,
                now=now,
                may_include=me is not None and allowed(me.roles, "disclose_contact"),
            )
            if not (dialog(dlg) if dialog else dlg.exec() == QDialog.DialogCode.Accepted):
                if dlg.ask_wanted:
                    self.ask_approval(ids, output=dlg.output(), recipient=dlg.choice.recipient_type())
                return
            if not dlg.is_complete():
                return  # fail closed: an incomplete disclosure choice prints nothing
            include = dlg.include.isChecked()
            planned = self._plan(
                dlg.output(),
                cases,
                recipient=dlg.choice.recipient_type(),
                disclosure_class=dlg.disclosure_class(),
                approval_id=dlg.approval_ref(),
                reason=dlg.reason_text(),
            )
            if planned is None:
                return
            self._render(
                lambda: render_summaries(cases, include_contact=include),
                Disclosure("summary", planned),
                self.tr("Case summary preview"),
            )

        self._load_with_approvals(case_ids, chosen)

    def share_cases(self, case_ids: Sequence[str], *, dialog: Callable[[Any], bool] | None = None) -> None:
        """Share with an agency (ui/share.py): what, to which agency, under which class; then the referral sheet
        is previewed and released like any printout (confirmed, recorded, a note left on each case)."""
        from council_desk.letters.exports import render_referral
        from council_desk.letters.merging import Sender
        from council_desk.ui.share import ShareDialog

        def chosen(cases: list[Case], held: list[Any], now: dt.datetime) -> None:
            me = self.backend.me
            if me is None:
                show_error(self.window, NoOffice())
                return
            dlg = ShareDialog(cases, self.window, approvals=held, district=me.district, now=now)
            if not (dialog(dlg) if dialog else dlg.exec() == QDialog.DialogCode.Accepted):
                if dlg.ask_wanted:
                    self.ask_approval(
                        [c.id for c in cases],
                        output="share_agency",
                        recipient=dlg.choice.recipient_type(),
                        recipient_name=dlg.agency.text(),
                    )
                return
            if not dlg.is_complete():
                return
            planned = self._plan(
                "share_agency",
                cases,
                recipient=dlg.choice.recipient_type(),
                disclosure_class=dlg.choice.disclosure_class(),
                approval_id=dlg.choice.approval_id(),
                reason=dlg.choice.reason_text(),
                recipient_name=dlg.agency.text(),
                fields=dlg.fields(),
            )
            if planned is None:
                return
            today = dt.date.today()

            def render() -> bytes:
                office = policy.current().letterhead.apply(me.office)
                sender = Sender(office, me.member, me.district, me.display_name)
                return render_referral(
                    cases,
                    planned.fields,
                    agency=planned.recipient_name,
                    sender=sender,
                    purpose=planned.reason,
                    today=today,
                )

            self._render(render, Disclosure("share", planned), self.tr("Referral preview"))

        self._load_with_approvals(case_ids, chosen)

    def ask_approval(
        self,
        case_ids: Sequence[str],
        *,
        output: str = "summary_contact",
        recipient: str = "",
        recipient_name: str = "",
        dialog: Callable[[Any], bool] | None = None,
    ) -> None:
        """The caseworker asks a supervisor for an approval: stored and queued at once, sent with a sync now."""
        from council_desk.ui.approvals import ApprovalRequestDialog

        dlg = ApprovalRequestDialog(
            case_ids, self.window, output=output, recipient=recipient, recipient_name=recipient_name
        )
        if not (dialog(dlg) if dialog else dlg.exec() == QDialog.DialogCode.Accepted):
            return
        store, me = self.backend.store, self.backend.me
        if store is None or me is None:
            return
        req = dlg.request()

        def done(_r: Any) -> None:
            self.approval_requested.emit(str(req.id))
            self._after_write([])

        Op(
            self.window,
            lambda: store.request_approval(
                req, requested_by=me.username, requested_by_name=me.display_name, district=me.district
            ),
        ).success(done).failure(self._failed).run()

    def print_labels(self, case_ids: Sequence[str]) -> None:
        def chosen(cases: list[Case]) -> None:
            planned = self._plan("labels", cases)
            if planned is not None:
                self._render(
                    lambda: render_labels(cases), Disclosure("labels", planned), self.tr("Mailing labels preview")
                )

        self._load(case_ids, chosen)

    def print_worklist(self, view_key: str) -> None:
        """The office's worklist of a view (issue 14: no contact details): preview, then Print… or Save as PDF…,
        each audited first like any print of case numbers."""
        store, me = self.backend.store, self.backend.me
        if store is None or me is None:
            return
        from council_desk.cache.views import view_query
        from council_desk.letters.worklist import render_worklist, worklist_rows

        today = dt.date.today()
        names = {m.username: m.display_name for m in me.staff}

        def load() -> Any:
            ids = store.list_ids(view_query(view_key, me.username))
            found = store.rows(ids)
            return worklist_rows([found[i] for i in ids if i in found], today, names)

        def loaded(rows: Any) -> None:
            self._hide_busy()
            try:  # the disclosure vocabulary's "worklist" output (internal, routine, no contact details)
                planned = vocabulary.plan(
                    "worklist", [r.service_request_id for r in rows], roles=me.roles, reason=f"worklist {view_key}"
                )
            except KnownError as exc:  # an empty view: nothing to print
                show_error(self.window, exc)
                return
            disc = Disclosure("worklist", planned)
            title = self.tr("Worklist: %1").replace("%1", labels.view_name(view_key))
            self._render(
                lambda: render_worklist(
                    rows,
                    title=f"Worklist: {labels.VIEW_NAME[view_key]}",
                    office=me.office.name,
                    generated=dt.datetime.now(),
                    today=today,
                ),
                disc,
                title,
            )

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
                show_error(
                    self.window, KnownError("The selected cases are no longer on this PC.", code="cases_gone")
                )
                return
            then(cases)

        self._show_busy(len(ids))
        Op(self.window, load).success(loaded).failure(self._failed).run()

    def _load_with_approvals(
        self, case_ids: Sequence[str], then: Callable[[list[Case], list[Any], dt.datetime], None]
    ) -> None:
        """The cases, the approvals held on this PC, and the cache's trusted clock (for their expiry)."""
        store = self.backend.store

        def more(cases: list[Case]) -> None:
            if store is None:
                return

            def load() -> tuple[list[Any], dt.datetime]:
                return [h.approval for h in store.approvals()], store.trusted_now()

            Op(self.window, load).success(lambda got: then(cases, got[0], got[1])).failure(self._failed).run()

        self._load(case_ids, more)

    def _plan(self, output: OutputKind, cases: Sequence[Case], **choice: Any) -> vocabulary.Disclosure | None:
        """The policy check (role, recipient, class, approval or reason): a plain message and None if refused."""
        me = self.backend.me
        try:
            return vocabulary.plan(
                output,
                [c.id for c in cases],
                roles=list(me.roles) if me else [],
                **choice,
            )
        except KnownError as exc:
            show_error(self.window, exc)
            return None

    def _render(self, render: Callable[[], bytes], disc: Disclosure, title: str) -> None:
        n = len(disc.case_ids)
        full_title = self.tr("%1 — %n case(s)", "", n).replace("%1", title) if n > 1 else title
        self._show_busy(n)

        def rendered(pdf: bytes) -> None:
            self._hide_busy()
            if disc.shows_contact:
                # Contact details on screen: the same audited reveal the case detail requires.
                self._audit("reveal_contact", disc, preview=True)(
                    lambda: self._open_preview(pdf, disc, full_title)
                )
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
            win.note.setText(
                self.tr(
                    "No contact details. Printing or saving it is recorded in the privacy log: "
                    "complaint numbers are personal information."
                )
            )
        if disc.plan.needs_server:
            win.note.setText(
                self.tr(
                    "Printing or saving uses approval %1 once: the 311 access system confirms it first."
                ).replace("%1", disc.approval_ref)
            )
        self.previews.append(win)
        win.finished.connect(lambda _r, w=win: self.previews.remove(w) if w in self.previews else None)
        win.open()
        self.preview_opened.emit(win)

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
                pages = paint_pdf(win.document, chosen, self._page_progress(win))
            except NotPrinted as exc:
                show_error(win, exc)
                return
            finally:
                win.set_busy(False)
            win.released.emit(action)
            self.released.emit(action, pages)
            self._log_letters(disc, "printed" if medium == "print" else "saved as PDF")
            self._after_release(disc)

        self._confirm(disc, win, lambda: self._audit(action, disc, on_fail=lambda: win.set_busy(False))(go))

    def save_preview(self, win: PreviewWindow, path: Path | None = None) -> None:
        """Save as PDF…: choose a file (unless `path` is given); the audit and the write run together through
        `letters.release` on the database worker, so the file appears only after the audit is committed."""
        disc: Disclosure = win.disclosure
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                win, self.tr("Save as PDF"), f"{disc.kind}.pdf", self.tr("PDF files (*.pdf)")
            )
            if not name:
                return
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        audit, actor = self.backend.audit, self._actor()
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
            self.released.emit(action, size)
            self._log_letters(disc, "saved as PDF")
            self._after_release(disc)

        def failed(exc: BaseException) -> None:
            show_error(win, exc)

        def write() -> None:
            Op(win, work).success(saved).failure(failed).always(lambda: win.set_busy(False)).run()

        self._confirm(disc, win, write)

    # --- audit and follow-ups ----------------------------------------------------------------------------------
    def _actor(self) -> str:
        return self.backend.me.username if self.backend.me else ""

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
        backend, planned = self.backend, disc.plan

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
            backend, planned = self.backend, disc.plan
            Op(self.window, lambda: backend.flag_exigent(planned), pool="net").run()
        if disc.kind == "share" and not disc.followups_logged:
            disc.followups_logged = True
            from council_desk.letters.commands import share_note

            store = self.backend.store
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

            Op(self.window, add).success(self._after_write).run()

    def _audit(
        self, action: str, disc: Disclosure, *, preview: bool = False, on_fail: Callable[[], None] | None = None
    ) -> Callable[[Callable[[], None]], None]:
        """Returns `then -> None`: writes the audit event on the database worker and calls `then` on the GUI
        thread only once it is committed. On failure a plain message, and `then` never runs."""
        audit, actor = self.backend.audit, self._actor()

        def start(then: Callable[[], None]) -> None:
            def record() -> Any:
                if audit is None:
                    raise KnownError("The cache is locked, so nothing was printed.", code="locked_not_printed")
                return self._record(audit, action, actor, disc, preview=preview)

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
