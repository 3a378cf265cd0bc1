"""Case-by-case approvals in the app: the caseworker's request (what, which cases, to whom, why) and the Approvals
tab — a caseworker's own requests and their answers; for a supervisor, the office's queue, decided here.

Requests and decisions are stored on this PC at once and go with the next sync (the outbox, cache/approvals.py);
the tab shows the server's answers as they sync back. Nothing here releases anything: ui/printing.py and
ui/share.py release an output only under an approval the 311 access system confirms at that moment.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from council_desk.api.privacy import ApprovalRequestIn
from council_desk.cache.approvals import HeldApproval
from council_desk.domain.disclosure import FIELD_INFO, OUTPUTS, info_types
from council_desk.domain.roles import allowed
from council_desk.ui import accessibility, labels
from council_desk.ui.changes import Changes
from council_desk.ui.errors import show_error
from council_desk.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from council_desk.ui.row_table import RowTableModel
from council_desk.ui.sizing import char_width, fit_rows
from council_desk.ui.sizing import form as translatable_form
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend

__all__ = ["ApprovalRequestDialog", "ApprovalsModel", "ApprovalsTab", "DecisionDialog"]

# Outputs a request can be for: those not routine for some recipient.
REQUESTABLE = ("summary_contact", "share_agency", "csv")


class ApprovalRequestDialog(QDialog):
    """Ask a supervisor: what will be released, for which cases, to whom, and why."""

    def __init__(
        self,
        case_ids: Sequence[str],
        parent: QWidget | None = None,
        *,
        output: str = "summary_contact",
        recipient: str = "",
        recipient_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalRequestDialog")
        self.case_ids = list(dict.fromkeys(case_ids))
        self.setWindowTitle(self.tr("Ask for a case-by-case approval"))
        self.setMinimumWidth(char_width(self, 76))
        intro = QLabel(
            self.tr(
                "A supervisor decides in their own Council Desk. Your request goes with the next "
                "sync; the approval comes back the same way. Complaints: %1"
            ).replace("%1", ", ".join(self.case_ids)),
            self,
        )
        intro.setWordWrap(True)
        self.output = QComboBox(self)
        self.output.setObjectName("requestOutput")
        for code in REQUESTABLE:
            self.output.addItem(labels.output(code), code)
        self.output.setCurrentIndex(max(0, self.output.findData(output)))
        accessibility.name(
            self.output,
            self.tr("What will be released"),
            self.tr("The output the approval is for: it names the details it shows"),
        )
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("requestRecipient")
        accessibility.name(
            self.recipient,
            self.tr("To whom"),
            self.tr("The type of recipient; the approval covers only this type"),
        )
        self.recipient_name = QLineEdit(recipient_name, self)
        self.recipient_name.setObjectName("requestRecipientName")
        self.recipient_name.setMaxLength(200)
        self.recipient_name.setPlaceholderText(self.tr("e.g. HPD, a tenants' association"))
        accessibility.name(
            self.recipient_name,
            self.tr("Who, by name"),
            self.tr("The agency or organisation, as the supervisor should read it"),
        )
        self.details = QWidget(self)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        dl = QVBoxLayout(self.details)
        dl.setContentsMargins(0, 0, 0, 0)
        # What a fixed output shows (the vocabulary's), or for a share, what the caseworker ticks.
        self.fixed_details = QLabel(self.details)
        self.fixed_details.setObjectName("requestFixedDetails")
        self.fixed_details.setWordWrap(True)
        dl.addWidget(self.fixed_details)
        self.detail_boxes: dict[str, QCheckBox] = {}
        for code in labels.INFO_TYPE:
            box = QCheckBox(labels.info_type(code), self.details)
            box.setObjectName(f"share_{code}")
            box.setChecked(code in ("name", "phone", "complaint"))
            box.toggled.connect(self._check)
            self.detail_boxes[code] = box
            dl.addWidget(box)
        self.purpose = QPlainTextEdit(self)
        self.purpose.setObjectName("requestPurpose")
        self.purpose.setPlaceholderText(self.tr("Why this is needed, and why it cannot be done another way"))
        self.purpose.setMaximumHeight(90)
        accessibility.name(self.purpose, self.tr("Why"), self.tr("The supervisor reads this before deciding"))
        form = translatable_form()
        form.addRow(self.tr("What:"), self.output)
        form.addRow(self.tr("To:"), self.recipient)
        form.addRow(self.tr("Who:"), self.recipient_name)
        form.addRow(self.tr("Details:"), self.details)
        form.addRow(self.tr("Why:"), self.purpose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Ask"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("askButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._wanted_recipient = recipient
        self.output.currentIndexChanged.connect(self._output_changed)
        self.purpose.textChanged.connect(self._check)
        self._output_changed()
        accessibility.polish(self)

    def _output_changed(self) -> None:
        spec = OUTPUTS[self.output.currentData()]
        keep = self.recipient.currentData() or self._wanted_recipient
        self.recipient.clear()
        for code in labels.RECIPIENT:
            if code in spec.recipients and code not in spec.routine_for:
                self.recipient.addItem(labels.recipient(code), code)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(keep)))
        for code, box in self.detail_boxes.items():
            box.setVisible(spec.choose_fields and any(FIELD_INFO.get(f) == code for f in spec.fields))
        self.fixed_details.setText(", ".join(labels.info_type(t) for t in info_types(spec.fields)))
        self.fixed_details.setVisible(not spec.choose_fields)
        self._check()

    def fields(self) -> list[str]:
        spec = OUTPUTS[self.output.currentData()]
        if not spec.choose_fields:
            return list(spec.fields)
        chosen = {c for c, box in self.detail_boxes.items() if box.isChecked()}
        return [f for f in spec.fields if FIELD_INFO.get(f) in chosen]

    def _check(self) -> None:
        self.ok.setEnabled(
            bool(self.purpose.toPlainText().strip()) and bool(self.fields()) and self.recipient.count() > 0
        )

    def request(self) -> ApprovalRequestIn:
        return ApprovalRequestIn(
            id=uuid.uuid4(),
            output=self.output.currentData(),
            service_request_ids=self.case_ids,
            fields=self.fields(),
            recipient=self.recipient.currentData(),
            recipient_name=self.recipient_name.text().strip(),
            purpose=self.purpose.toPlainText().strip()[:2000],
            created_at=dt.datetime.now(dt.UTC),
        )


class DecisionDialog(QDialog):
    """A supervisor's answer: a note for the caseworker and, for an approval, how long it may wait to be used."""

    def __init__(self, held: HeldApproval, approve: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        a = held.approval
        self.setWindowTitle(self.tr("Approve the request") if approve else self.tr("Refuse the request"))
        self.setMinimumWidth(char_width(self, 70))
        what = QLabel(
            self.tr("%1 to %2 (%3), for %n complaint(s). Asked by %4: “%5”", "", len(a.service_request_ids))
            .replace("%1", labels.output(a.output))
            .replace("%2", labels.recipient(a.recipient))
            .replace("%3", a.recipient_name or "—")
            .replace("%4", a.requested_by_name or a.requested_by)
            .replace("%5", a.purpose),
            self,
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)  # the purpose is someone's free text
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("decisionNote")
        self.note.setPlaceholderText(self.tr("A note for the caseworker (recorded with the decision)"))
        self.note.setMaximumHeight(80)
        accessibility.name(
            self.note, self.tr("Note"), self.tr("Recorded with the decision; the caseworker reads it")
        )
        self.days = QSpinBox(self)
        self.days.setObjectName("decisionDays")
        self.days.setRange(1, 30)
        self.days.setValue(7)
        accessibility.name(
            self.days,
            self.tr("Valid for (days)"),
            self.tr("How long the approval may wait to be used: 1 to 30 days"),
        )
        form = translatable_form()
        form.addRow(self.tr("Note:"), self.note)
        if approve:
            form.addRow(self.tr("Valid for (days):"), self.days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.addButton(
            self.tr("Approve") if approve else self.tr("Refuse"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        ok.setObjectName("decideButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(buttons)
        accessibility.polish(self)


class ApprovalsModel(RowTableModel[HeldApproval]):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Status"),
            self.tr("Approval"),
            self.tr("What"),
            self.tr("To"),
            self.tr("Complaints"),
            self.tr("Asked by"),
            self.tr("Expires"),
            self.tr("Why"),
        )

    def cell(self, h: HeldApproval, col: int) -> Any:
        a = h.approval
        if col == 0:
            text = labels.approval_status(a.status)
            if h.waiting_to_send or h.decision_waiting:
                text += " · " + self.tr("not yet sent")
            return text
        if col == 1:
            return a.approval_id or "—"
        if col == 2:
            return labels.output(a.output)
        if col == 3:
            return labels.recipient(a.recipient) + (f" — {a.recipient_name}" if a.recipient_name else "")
        if col == 4:
            return " ".join(a.service_request_ids)
        if col == 5:
            return a.requested_by_name or a.requested_by
        if col == 6:
            return a.expires_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.expires_at else ""
        return a.purpose + (f" [{a.note}]" if a.note else "")


class ApprovalsTab(QWidget):
    """The Approvals tab. A supervisor decides the office's pending requests here (never their own)."""

    decided = Signal(str)  # request id
    requested = Signal(str)  # request id

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsTab")
        self.backend = backend
        me = backend.me
        self.supervisor = me is not None and allowed(me.roles, "decide_approval")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Requests of your office for case-by-case approvals. Approve or refuse those waiting for you; "
                "your own go to another supervisor."
            )
            if self.supervisor
            else self.tr(
                "Your requests for case-by-case approvals and the answers. An approval is used once, for the "
                "cases, details and recipient it names, before it expires."
            )
        )
        self.model = ApprovalsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("approvalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # A small table (an office's requests): every column as wide as its heading and its widest cell, but the
        # last (why, in the caseworker's words) takes the room left; its tooltip holds all of it.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.table)
        accessibility.name(
            self.table,
            self.tr("Approvals"),
            self.tr("Requests for case-by-case approvals and the answers; select one to decide"),
        )
        self.approve = QPushButton(self.tr("Approve…"), self)
        self.approve.setObjectName("approveButton")
        self.refuse = QPushButton(self.tr("Refuse…"), self)
        self.refuse.setObjectName("refuseButton")
        for b in (self.approve, self.refuse):
            b.setVisible(self.supervisor)
        self.approve.clicked.connect(lambda: self.decide_selected(True))
        self.refuse.clicked.connect(lambda: self.decide_selected(False))
        row = QHBoxLayout()
        row.addWidget(self.approve)
        row.addWidget(self.refuse)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._buttons())
        self._buttons()

    def refresh(self) -> None:
        store = self.backend.store
        if store is None:
            return
        Op(self, store.approvals).success(self._show).run()

    def on_changes(self, changes: Changes) -> None:
        if changes.all_cases or changes.outbox or changes.audit:
            self.refresh()

    def forget(self) -> None:
        self.model.set_items([])

    def _show(self, items: list[HeldApproval]) -> None:
        self.model.set_items(items)
        self._buttons()

    def selected(self) -> HeldApproval | None:
        row = self.table.currentIndex().row()
        return self.model.item(row)

    def decidable(self, h: HeldApproval | None) -> bool:
        me = self.backend.me
        return (
            self.supervisor
            and h is not None
            and h.approval.status == "pending"
            and not h.waiting_to_send
            and h.decision_waiting is None
            and me is not None
            and h.approval.requested_by != me.username
        )

    def _buttons(self) -> None:
        ok = self.decidable(self.selected())
        self.approve.setEnabled(ok)
        self.refuse.setEnabled(ok)

    def decide_selected(self, approve: bool, *, dialog: DecisionDialog | None = None) -> None:
        h = self.selected()
        if not self.decidable(h):
            return
        assert h is not None
        dlg = dialog or DecisionDialog(h, approve, self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.backend.store
        if store is None:
            return
        from council_desk.api.privacy import ApprovalDecisionIn

        decision = ApprovalDecisionIn(
            id=uuid.uuid4(),
            decision="approve" if approve else "refuse",
            note=dlg.note.toPlainText().strip()[:2000],
            valid_days=dlg.days.value(),
        )
        rid = str(h.approval.id)
        Op(self, lambda: store.decide_approval(rid, decision)).success(lambda _r: self.decided.emit(rid)).failure(
            self._failed
        ).run()

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
