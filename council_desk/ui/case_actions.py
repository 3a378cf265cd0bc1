"""What a caseworker does to the open case — show it, reveal the filer's contact details (audited first), log a
follow-up, change the office status, ask 311 to reopen — each a store call on the database worker whose result is
reported as `Changes` (the list, the reminders, the outbox count and the detail then refresh themselves)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from council_desk.api.models import FollowUpIn
from council_desk.domain.case import Case
from council_desk.domain.disclosure import OUTPUTS, plan
from council_desk.domain.errors import KnownError
from council_desk.ui.changes import ChangeBus, Changes
from council_desk.ui.detail import CaseDetail
from council_desk.ui.dialogs import FollowUpDialog, ReopenDialog, RevealDialog
from council_desk.ui.errors import show_error
from council_desk.ui.qt import QDialog, QObject, QWidget, Signal
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend

__all__ = ["CONTACT_FIELDS", "CaseActions"]

# What a reveal shows (and the audit event lists): the filer's contact block, as the one vocabulary says.
CONTACT_FIELDS = OUTPUTS["reveal"].fields


class CaseActions(QObject):
    case_shown = Signal(str)
    contact_revealed = Signal(str)
    followup_saved = Signal(str)  # a write to this case's follow-ups or status is stored (pending)

    def __init__(
        self, backend: Backend, detail: CaseDetail, changes: ChangeBus, locked: Callable[[], bool], window: QWidget
    ) -> None:
        super().__init__(window)
        self.backend = backend
        self.detail = detail
        self.changes = changes
        self.window = window
        self._locked = locked
        detail.reveal_requested.connect(self.reveal_contact)
        detail.followup_requested.connect(self.new_followup)
        detail.status_change_requested.connect(self.change_status)
        detail.reopen_requested.connect(self.ask_reopen)
        changes.changed.connect(self._on_changes)

    def _actor(self) -> str:
        me = self.backend.me
        return me.username if me else ""

    def _on_changes(self, changes: Changes) -> None:
        case = self.detail.case
        if case is None:
            return
        # A sync may have changed the open case (its agency status, a colleague's follow-up), but a detail showing
        # revealed contact details stays as it is: re-opening would hide them again mid-call.
        if case.id in changes.cases or (changes.all_cases and not self.detail.contact_shown):
            self.open_case(case.id)

    def open_case(self, case_id: str) -> None:
        store = self.backend.store
        if store is None:
            return

        def apply(case: Case | None) -> None:
            if self._locked():
                return
            self.detail.show_case(case)
            if case is not None:
                self.case_shown.emit(case.id)

        Op(self, lambda: store.case(case_id)).success(apply).run()

    def reveal_contact(self, case_id: str, *, reason: str | None = None) -> None:
        """Ask why, write the reveal to the audit log, and only then show the contact details."""
        if reason is None:
            dlg = RevealDialog(case_id, self.window)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dlg.reason()
        audit, me = self.backend.audit, self.backend.me
        if audit is None:
            return
        try:  # the roles table: a member is never shown contact details (nor sent them)
            planned = plan("reveal", [case_id], roles=list(me.roles) if me else [], reason=reason)
        except KnownError as exc:
            show_error(self.window, exc)
            return
        event = planned.event("reveal_contact", actor=self._actor())

        def record() -> Any:
            return audit.record(**event)

        def shown(_event: Any) -> None:
            self.changes.report(Changes(audit=True))
            if self.detail.case is not None and self.detail.case.id == case_id and not self._locked():
                self.detail.show_contact()
                self.contact_revealed.emit(case_id)

        Op(self, record).success(shown).run()

    def new_followup(self, case_id: str = "", *, dialog: FollowUpDialog | None = None) -> None:
        case = self.detail.case
        if case is None or (case_id and case.id != case_id):
            return
        me = self.backend.me
        dlg = dialog or FollowUpDialog(
            case.id,
            case.office_status,
            self.window,
            reminder_days=me.office.reminder_days if me else 7,
            staff=me.staff if me else (),
            me=me.username if me else "",
        )
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_followup(dlg.followup(), remind=dlg.remind_owner())

    def save_followup(self, fu: FollowUpIn, *, remind: str | None = None) -> None:
        """Store the follow-up (with its reminder if it has a date: `remind`'s task, or the caseworker's own)."""
        store = self.backend.store
        if store is None:
            return
        Op(self, lambda: store.add_followup(fu, remind=remind)).success(
            lambda _r: self.written([fu.service_request_id])
        ).failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        show_error(self.window, error)

    def change_status(self, case_id: str, status: str) -> None:
        store = self.backend.store
        if store is None:
            return
        actor = self._actor()
        Op(self, lambda: store.set_office_status(case_id, status, "", actor)).success(
            lambda _r: self.written([case_id])
        ).failure(lambda e: self._write_failed(e, case_id)).run()

    def _write_failed(self, error: BaseException, case_id: str) -> None:
        show_error(self.window, error)
        self.open_case(case_id)  # put the status box back to what is stored

    def ask_reopen(self, case_id: str, *, reason: str | None = None, text: str = "") -> None:
        """Queue a reopen request (asks why first unless `reason` is given)."""
        if reason is None:
            dlg = ReopenDialog(case_id, self.window)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            reason, text = dlg.reason.currentData(), dlg.text.toPlainText().strip()
        store = self.backend.store
        if store is None:
            return
        Op(self, lambda: store.request_reopen(case_id, reason, text)).success(
            lambda _r: self.written([case_id])
        ).run()

    def written(self, case_ids: list[str], *, audit: bool = False) -> None:
        """Work on these cases is stored and queued: say so (the views refresh, the outbox is sent if online)."""
        self.changes.report(Changes.of_cases(case_ids, outbox=True, reminders=True, audit=audit))
        for cid in case_ids:
            self.followup_saved.emit(cid)
