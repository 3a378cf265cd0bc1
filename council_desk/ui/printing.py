"""Letters, case summaries and mailing labels in the app: choose, render off the GUI thread, preview, then print
or save — each print or save written to the audit log BEFORE any byte reaches the printer or the file.

Flow: load the cases on the database worker → options dialog (`ui.print_dialog`) → render with reportlab on a
worker thread (busy indicator for batches) → `PreviewWindow` (QtPdf, from memory) → Print… / Save as PDF… →
audit on the database worker → only on success: pages painted to the QPrinter / `letters.release` to the file →
for letters, a "letter" follow-up on each case through the outbox (pending until the next sync). This module
chooses and renders; the preview and its release, from the window to the follow-ups, are `ui/print_release.py`.

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

Deviations from docs/INTERFACES.md: none in the interfaces used.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from council_desk import policy
from council_desk.api.codes import OutputKind
from council_desk.domain import disclosure as vocabulary
from council_desk.domain.case import Case
from council_desk.domain.errors import KnownError
from council_desk.domain.roles import allowed
from council_desk.letters import personal as personal_paragraph
from council_desk.letters import templates
from council_desk.letters.render import render_labels, render_letters, render_summaries
from council_desk.letters.templates import office_templates_dir
from council_desk.ui import labels
from council_desk.ui.backend import Backend
from council_desk.ui.errors import show_error
from council_desk.ui.pdf_preview import PreviewWindow
from council_desk.ui.print_dialog import LetterDialog, SummaryDialog
from council_desk.ui.print_parts import Disclosure, NoOffice
from council_desk.ui.print_release import PrintRelease
from council_desk.ui.qt import (
    QDialog,
    QObject,
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
        self.release = PrintRelease(self, after_write)  # the preview's Print… and Save as PDF… (print_release.py)

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
                self.release.audit("reveal_contact", disc, preview=True)(
                    lambda: self.release.open_preview(pdf, disc, full_title)
                )
            else:
                self.release.open_preview(pdf, disc, full_title)

        # Rendering is CPU work without the store: the worker pool, so it neither blocks the GUI nor the database.
        Op(self.window, render, pool="net").success(rendered).failure(self._failed).run()

    # --- the preview's release (print_release.py) -------------------------------------------------------------
    def print_preview(self, win: PreviewWindow, printer: QPrinter | None = None) -> None:
        """Print… : the print dialog (unless `printer` is given), then the approval confirmed (case-by-case), the
        audit, and only then the pages painted."""
        self.release.print_preview(win, printer)

    def save_preview(self, win: PreviewWindow, path: Path | None = None) -> None:
        """Save as PDF…: choose a file (unless `path` is given); the file appears only after the audit."""
        self.release.save_preview(win, path)

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
