"""The disclosure part of a print or share dialog: to whom, and under which class — routine where the vocabulary
says it is (domain/disclosure.py), otherwise a server-issued approval held on this PC (case-by-case) or a written
reason (exigent). Nothing here decides: `domain.disclosure.plan` checks the choice, and the 311 access system
confirms the approval when the output is released (ui/printing.py).

Only approvals that could cover this release are offered: approved, not expired on this PC's clock, for this
output and recipient type, naming every case chosen. (The server checks the same again, and the details too.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from council_desk.api.codes import OutputKind
from council_desk.api.privacy import Approval
from council_desk.domain import approvals as rules
from council_desk.domain.disclosure import OUTPUTS
from council_desk.ui import labels
from council_desk.ui.accessibility import name
from council_desk.ui.colors import set_role
from council_desk.ui.qt import (
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

__all__ = ["DisclosureChoice", "covering"]

MIN_REASON = 10  # domain.disclosure.plan's rule for an exigent reason


def covering(
    approvals: Sequence[Approval],
    *,
    output: str,
    recipient: str,
    case_ids: Sequence[str],
    district: int,
    now: dt.datetime,
) -> list[Approval]:
    """The held approvals that cover this release (any details: the output's own are checked at release)."""
    out = []
    for a in approvals:
        found = rules.check(
            a, district=district, output=output, case_ids=case_ids, fields=[], recipient=recipient, now=now
        )
        if found is None:
            out.append(a)
    return out


class DisclosureChoice(QWidget):
    changed = Signal()
    ask_requested = Signal()  # the person wants to ask a supervisor for an approval

    def __init__(
        self,
        output: OutputKind,
        *,
        case_ids: Sequence[str],
        approvals: Sequence[Approval],
        district: int,
        now: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureChoice")
        self._output = output
        self._case_ids = list(case_ids)
        self._approvals = list(approvals)
        self._district = district
        self._now = now or dt.datetime.now(dt.UTC)
        self.recipient = QComboBox(self)
        self.recipient.setObjectName("recipientType")
        self.recipient_label = QLabel(QCoreApplication.translate("DisclosureChoice", "For:"), self)
        self.recipient_label.setBuddy(self.recipient)
        name(
            self.recipient,
            QCoreApplication.translate("DisclosureChoice", "Who receives it"),
            QCoreApplication.translate(
                "DisclosureChoice",
                "Decides whether this is routine or needs a supervisor's approval or an exigent reason",
            ),
        )
        self.routine_note = QLabel(
            QCoreApplication.translate(
                "DisclosureChoice", "Routine for this recipient: recorded in the privacy log, no approval needed."
            ),
            self,
        )
        self.routine_note.setObjectName("routineNote")
        self.routine_note.setWordWrap(True)
        set_role(self.routine_note, "muted")
        self.case_by_case = QRadioButton(
            QCoreApplication.translate("SummaryDialog", "Case-by-case — approved by the privacy officer"), self
        )
        self.case_by_case.setObjectName("classCaseByCase")
        self.approval = QComboBox(self)
        self.approval.setObjectName("approvalChoice")
        name(
            self.approval,
            QCoreApplication.translate("DisclosureChoice", "Approval"),
            QCoreApplication.translate(
                "DisclosureChoice",
                "An approval a supervisor granted through the 311 "
                "access system for these cases and this recipient",
            ),
        )
        self.no_approval = QLabel(
            QCoreApplication.translate(
                "DisclosureChoice",
                "No approval on this PC covers these cases for this recipient. Ask a supervisor; "
                "the approval arrives with a sync.",
            ),
            self,
        )
        self.no_approval.setObjectName("noApproval")
        self.no_approval.setWordWrap(True)
        set_role(self.no_approval, "muted")
        self.ask = QPushButton(QCoreApplication.translate("DisclosureChoice", "Ask for approval…"), self)
        self.ask.setObjectName("askApprovalButton")
        self.ask.clicked.connect(self.ask_requested)
        self.exigent = QRadioButton(
            QCoreApplication.translate("SummaryDialog", "Exigent — urgent, to protect someone's health or safety"),
            self,
        )
        self.exigent.setObjectName("classExigent")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("exigentReason")
        self.reason.setPlaceholderText(
            QCoreApplication.translate("SummaryDialog", "Why this cannot wait (required)")
        )
        self.reason.setMaximumHeight(70)
        name(
            self.reason,
            QCoreApplication.translate("SummaryDialog", "Why this cannot wait"),
            QCoreApplication.translate("SummaryDialog", "Recorded in the privacy log with the printout"),
        )
        row = QHBoxLayout()
        row.addWidget(self.recipient_label)
        row.addWidget(self.recipient, 1)
        approvals_row = QHBoxLayout()
        approvals_row.setContentsMargins(20, 0, 0, 0)
        approvals_row.addWidget(self.approval, 1)
        approvals_row.addWidget(self.ask)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.routine_note)
        layout.addWidget(self.case_by_case)
        layout.addLayout(approvals_row)
        layout.addWidget(self.no_approval)
        layout.addWidget(self.exigent)
        layout.addWidget(self.reason)
        self.recipient.currentIndexChanged.connect(self._update)
        for sig in (self.case_by_case.toggled, self.exigent.toggled, self.approval.currentIndexChanged):
            sig.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self.set_output(output)

    # --- what was chosen ---------------------------------------------------------------------------------------
    def output(self) -> OutputKind:
        return self._output

    def recipient_type(self) -> str:
        return str(self.recipient.currentData() or "")

    def is_routine(self) -> bool:
        return self.recipient_type() in OUTPUTS[self._output].routine_for

    def disclosure_class(self) -> str | None:
        if self.is_routine():
            return "routine"
        if self.case_by_case.isChecked():
            return "case_by_case"
        if self.exigent.isChecked():
            return "exigent"
        return None

    def approval_id(self) -> str:
        return str(self.approval.currentData() or "") if self.disclosure_class() == "case_by_case" else ""

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip() if self.disclosure_class() == "exigent" else ""

    def is_complete(self) -> bool:
        cls = self.disclosure_class()
        if cls == "case_by_case":
            return bool(self.approval_id())
        if cls == "exigent":
            return len(self.reason_text()) >= MIN_REASON
        return cls == "routine"

    # --- changes -----------------------------------------------------------------------------------------------
    def set_output(self, output: OutputKind) -> None:
        """The output changed (a summary with or without contact details): its recipients and their rules."""
        self._output = output
        spec = OUTPUTS[output]
        keep = self.recipient_type() or spec.default_recipient
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for code in labels.RECIPIENT:
            if code in spec.recipients:
                self.recipient.addItem(labels.recipient(code), code)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(keep)))
        self.recipient.blockSignals(False)
        self._update()

    def _fill_approvals(self) -> None:
        chosen = self.approval.currentData()
        found = covering(
            self._approvals,
            output=self._output,
            recipient=self.recipient_type(),
            case_ids=self._case_ids,
            district=self._district,
            now=self._now,
        )
        self.approval.blockSignals(True)
        self.approval.clear()
        for a in found:
            expires = a.expires_at.astimezone().date().isoformat() if a.expires_at else ""
            self.approval.addItem(
                QCoreApplication.translate("DisclosureChoice", "%1 — expires %2")
                .replace("%1", a.approval_id or "")
                .replace("%2", expires),
                a.approval_id,
            )
        if chosen:
            self.approval.setCurrentIndex(max(0, self.approval.findData(chosen)))
        self.approval.blockSignals(False)

    def _update(self) -> None:
        routine = self.is_routine()
        self._fill_approvals()
        self.routine_note.setVisible(routine)
        for w in (self.case_by_case, self.exigent):
            w.setVisible(not routine)
        cbc = not routine and self.case_by_case.isChecked()
        self.approval.setVisible(cbc and self.approval.count() > 0)
        self.no_approval.setVisible(cbc and self.approval.count() == 0)
        self.ask.setVisible(cbc)
        self.reason.setVisible(not routine and self.exigent.isChecked())
        self.changed.emit()
