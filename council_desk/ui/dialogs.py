"""Small dialogs: log a follow-up, reveal contact details (with a purpose), ask 311 to reopen, cache passphrase."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from council_desk.api.models import FollowUpIn, StaffMember
from council_desk.domain.secret_rules import MIN_PASSPHRASE, passphrase_problem
from council_desk.domain.status import OFFICE_STATUSES, OUTCOME_CODES
from council_desk.ui import labels
from council_desk.ui.accessibility import name, polish
from council_desk.ui.error_text import rule_message
from council_desk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from council_desk.ui.sizing import char_width
from council_desk.ui.sizing import form as translatable_form


def _buttons(dlg: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("okButton")
    box.accepted.connect(dlg.accept)
    box.rejected.connect(dlg.reject)
    return box


class FollowUpDialog(QDialog):
    """Log a call, email, letter, visit or note, with an outcome, an optional new office status, and a reminder:
    on by default, the office's interval ahead (issue 14: CRMs' "default reminder intervals", USERS.md item 5),
    for the caseworker or a colleague."""

    def __init__(
        self,
        case_id: str,
        office_status: str,
        parent: QWidget | None = None,
        *,
        reminder_days: int = 7,
        staff: Sequence[StaffMember] = (),
        me: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.case_id = case_id
        self.setWindowTitle(self.tr("Log a follow-up — complaint %1").replace("%1", case_id))
        self.setMinimumWidth(char_width(self, 72))
        self.kind = QComboBox(self)
        self.kind.setObjectName("followUpKind")
        for code in labels.LOGGED_KINDS:
            self.kind.addItem(labels.follow_up_kind(code), code)
        self.kind.setAccessibleDescription(self.tr("How you were in touch: call, email, letter, visit or a note"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("followUpText")
        self.text.setPlaceholderText(self.tr("What was done or said, and what happens next"))
        self.text.setAccessibleDescription(self.text.placeholderText())
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("followUpOutcome")
        self.outcome.addItem(self.tr("(no outcome yet)"), None)
        for code in OUTCOME_CODES:
            self.outcome.addItem(labels.outcome(code), code)
        self.outcome.setAccessibleDescription(self.tr("What came of it, if anything yet"))
        self.status = QComboBox(self)
        self.status.setObjectName("followUpStatus")
        self.status.addItem(self.tr("(leave as is: %1)").replace("%1", labels.office_status(office_status)), None)
        for code in OFFICE_STATUSES:
            if code != office_status:
                self.status.addItem(labels.office_status(code), code)
        self.status.setAccessibleDescription(self.tr("A new office status for the case, if it changed"))
        self.has_due = QCheckBox(self.tr("Remind on"), self)
        self.has_due.setObjectName("followUpRemind")
        self.due = QDateEdit(self)
        self.due.setObjectName("followUpDue")
        name(self.due, self.tr("Reminder date"), self.tr("The day this case shows in Reminders"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(reminder_days))
        self.remind_for = QComboBox(self)
        self.remind_for.setObjectName("followUpRemindFor")
        name(self.remind_for, self.tr("Whose reminder"), self.tr("Who is reminded: you or a colleague"))
        people = [m for m in staff if m.role != "member"]  # the member does not work the queue
        if me:
            self.remind_for.addItem(self.tr("for me"), me)
        for m in people:
            if m.username != me:
                self.remind_for.addItem(self.tr("for %1").replace("%1", m.display_name), m.username)
        self.remind_for.setVisible(self.remind_for.count() > 1)
        self.has_due.setChecked(True)  # on by default: a case without a next step is how cases fall through
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.toggled.connect(self.remind_for.setEnabled)
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.due)
        remind_row.addWidget(self.remind_for)
        remind_row.addStretch(1)

        form = translatable_form()
        form.addRow(self.tr("What"), self.kind)
        form.addRow(self.tr("Notes"), self.text)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Office status"), self.status)
        form.addRow(self.has_due, remind_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(self.tr("Saved on this PC at once; sent to the shared office log at the next sync."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(_buttons(self, self.tr("Save follow-up")))
        polish(self)

    def followup(self, now: dt.datetime | None = None) -> FollowUpIn:
        """The follow-up as entered (a fresh client-made id, which is also its idempotency key)."""
        d = self.due.date()
        return FollowUpIn(
            id=uuid.uuid4(),
            service_request_id=self.case_id,
            kind=self.kind.currentData(),
            text=self.text.toPlainText().strip(),
            outcome=self.outcome.currentData(),
            office_status=self.status.currentData(),
            due_date=dt.date(d.year(), d.month(), d.day()) if self.has_due.isChecked() else None,
            created_at=now or dt.datetime.now(dt.UTC),
        )

    def remind_owner(self) -> str | None:
        """Whose the reminder is (None: the caseworker's own, the store's default)."""
        who = self.remind_for.currentData()
        return str(who) if who and self.has_due.isChecked() else None


class RevealDialog(QDialog):
    """Asks why contact details are needed; the answer goes to the audit log before anything is shown."""

    def __init__(self, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealDialog")
        self.setWindowTitle(self.tr("Show contact details"))
        self.setMinimumWidth(char_width(self, 66))
        intro = QLabel(
            self.tr(
                "Contact details are shown only when you need them. Why do you need them for complaint %1? "
                "Your answer is recorded in the privacy log."
            ).replace("%1", case_id),
            self,
        )
        intro.setWordWrap(True)
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("revealPurpose")
        for p in labels.REVEAL_PURPOSES:
            # The privacy log records the English purpose (`reason()`); the caseworker reads it translated.
            self.purpose.addItem(labels.reveal_purpose(p), p)
        self.purpose.addItem(self.tr("Other (say why below)"), "")
        name(
            self.purpose,
            self.tr("Why you need the contact details"),
            self.tr("Recorded in the privacy log with your name and the time"),
        )
        self.other = QLineEdit(self)
        self.other.setObjectName("revealOther")
        self.other.setPlaceholderText(self.tr("Reason"))
        name(
            self.other,
            self.tr("Reason, in your words"),
            self.tr("Needed when you choose Other; otherwise added to the reason chosen"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.purpose)
        layout.addWidget(self.other)
        self.buttons = _buttons(self, self.tr("Show and record"))
        layout.addWidget(self.buttons)
        self.purpose.currentIndexChanged.connect(self._check)
        self.other.textChanged.connect(self._check)
        self._check()
        polish(self)

    def _check(self) -> None:
        ok = bool(self.reason())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def reason(self) -> str:
        chosen = str(self.purpose.currentData() or "")
        extra = self.other.text().strip()
        if chosen:
            return chosen + (f" — {extra}" if extra else "")
        return extra


class ReopenDialog(QDialog):
    """Ask 311 to forward a reopen to the agency: why the office considers the complaint unresolved."""

    def __init__(self, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Ask 311 to reopen complaint %1").replace("%1", case_id))
        self.setMinimumWidth(char_width(self, 66))
        self.reason = QComboBox(self)
        self.reason.setObjectName("reopenReason")
        for code in ("not_fixed", "partly_fixed", "no_response", "other"):
            self.reason.addItem(labels.outcome(code), code)
        self.reason.setAccessibleDescription(self.tr("Why the office considers the complaint unresolved"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reopenText")
        self.text.setPlaceholderText(self.tr("What is still wrong (sent to 311 and the agency)"))
        self.text.setAccessibleDescription(self.text.placeholderText())
        form = translatable_form()
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(self.tr("Details"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Ask 311 to reopen")))
        polish(self)


class PassphraseDialog(QDialog):
    """Cache passphrase where the PC has no usable keyring; says why it is asked for."""

    def __init__(self, message: str, *, confirm: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Cache passphrase"))
        label = QLabel(message, self)
        label.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("passphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleDescription(
            self.tr("At least %1 characters, not one character repeated, no space at the start or end").replace(
                "%1", str(MIN_PASSPHRASE)
            )
            if confirm
            else self.tr("The passphrase chosen for this cache")
        )
        self.again = QLineEdit(self)
        self.again.setObjectName("passphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleDescription(self.tr("The same passphrase once more, to catch a typing mistake"))
        self.again.setVisible(confirm)
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        form = translatable_form()
        form.addRow(self.tr("Passphrase"), self.edit)
        if confirm:
            form.addRow(self.tr("Again"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.buttons = _buttons(self, self.tr("Unlock"))
        layout.addWidget(self.buttons)
        self._confirm = confirm
        self.edit.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self._check()
        polish(self)

    def _check(self) -> None:
        # A new passphrase follows the same rules the CLI applies (domain.secret_rules); an existing one is
        # whatever was chosen then.
        text = self.edit.text()
        rule = passphrase_problem(text) if self._confirm else None
        problem = rule_message(rule) if rule else None
        if problem is None and self._confirm and text != self.again.text():
            problem = self.tr("The two passphrases differ.")
        ok = bool(text) and problem is None
        self.problem.setText(problem or "" if text else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def passphrase(self) -> str:
        return self.edit.text()
