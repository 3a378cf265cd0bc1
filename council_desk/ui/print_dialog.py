"""The choices made before a letter or a case summary is rendered: template and language (with the warning for a
translation nobody has reviewed yet), and whether a summary includes contact details (and under which disclosure
class). The dialogs only collect choices; `ui.printing` renders, audits and releases.
"""

from __future__ import annotations

from collections.abc import Sequence

from council_desk.domain.languages import LANGUAGES
from council_desk.letters.templates import TEMPLATE_NAMES, TemplateInfo
from council_desk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

TEMPLATE_LABELS = {
    "acknowledgement": "Acknowledgement (we received the complaint)",
    "status_update": "Status update",
    "agency_response": "Agency response",
    "closed_unresolved": "Closed but not fixed (we asked 311 to reopen)",
    "closing": "Closing (case finished)",
}
REVIEW_LABELS = {"machine-draft": "a machine draft", "needs-review": "marked as needing review"}
EACH_OWN = ""  # the language box's value for "each constituent's preferred language"

_WARNING_STYLE = "QLabel { background: #fff3cd; border: 1px solid #d39e00; padding: 6px; color: #5c4300; }"


def language_label(code: str) -> str:
    lang = LANGUAGES.get(code)
    return f"{lang.english_name} — {lang.native_name}" if lang and lang.native_name != lang.english_name else (
        lang.english_name if lang else code)


class LetterDialog(QDialog):
    """Template and language for the selected case(s). `preferred` holds each selected constituent's preferred
    language (codes only: the dialog never shows a name)."""

    def __init__(self, preferred: Sequence[str], infos: Sequence[TemplateInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Print letter"))
        self.setMinimumWidth(520)
        self._preferred = list(preferred)
        self._status = {(i.name, i.language): i.review_status for i in infos}
        n = len(self._preferred)

        intro = QLabel(self.tr("A letter for %n case(s). You will see it before anything is printed.", "", n),
                       self)
        intro.setWordWrap(True)
        self.template = QComboBox(self)
        self.template.setObjectName("letterTemplate")
        for name in TEMPLATE_NAMES:
            self.template.addItem(self.tr(TEMPLATE_LABELS.get(name, name)), name)
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        distinct = sorted(set(self._preferred))
        if len(distinct) > 1:
            # A batch: each letter in its constituent's own language unless the caseworker picks one for all.
            self.language.addItem(self.tr("Each constituent's preferred language (%1)")
                                  .replace("%1", ", ".join(LANGUAGES[c].english_name if c in LANGUAGES else c
                                                           for c in distinct)), EACH_OWN)
        for code in LANGUAGES:
            suffix = self.tr(" (preferred)") if distinct == [code] else ""
            self.language.addItem(language_label(code) + suffix, code)
        self.language.setCurrentIndex(0 if len(distinct) > 1 else max(0, self.language.findData(distinct[0])))

        self.warning = QLabel(self)
        self.warning.setObjectName("translationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(_WARNING_STYLE)
        self.confirm = QCheckBox(self.tr("I understand; use this translation anyway"), self)
        self.confirm.setObjectName("confirmUnreviewed")

        form = QFormLayout()
        form.addRow(self.tr("Letter:"), self.template)
        form.addRow(self.tr("Language:"), self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("previewButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.template.currentIndexChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self._update()

    def template_name(self) -> str:
        return str(self.template.currentData())

    def lang(self) -> str | None:
        """The chosen language, or None for each constituent's own."""
        code = self.language.currentData()
        return None if code == EACH_OWN else str(code)

    def languages(self) -> list[str]:
        """The languages the letters will actually be printed in."""
        chosen = self.lang()
        return [chosen] if chosen else sorted(set(self._preferred))

    def unreviewed(self) -> list[tuple[str, str]]:
        """(language, review status) of each translation to be used that is not `reviewed`."""
        name = self.template_name()
        out = []
        for code in self.languages():
            status = self._status.get((name, code), "needs-review")  # unknown = not reviewed (fail closed)
            if status != "reviewed":
                out.append((code, status))
        return out

    def _update(self) -> None:
        bad = self.unreviewed()
        if bad:
            parts = [self.tr("%1 is %2").replace("%1", LANGUAGES[c].english_name if c in LANGUAGES else c)
                     .replace("%2", self.tr(REVIEW_LABELS.get(s, s))) for c, s in bad]
            self.warning.setText(
                "<b>" + self.tr("This translation has not been reviewed by a person.") + "</b> "
                + "; ".join(parts) + ". "
                + self.tr("Ask a colleague who reads the language to check the preview before it is sent.")
            )
        self.warning.setVisible(bool(bad))
        self.confirm.setVisible(bool(bad))
        if not bad:
            self.confirm.setChecked(False)
        self.ok.setEnabled(not bad or self.confirm.isChecked())


class SummaryDialog(QDialog):
    """Redacted by default; including contact details needs a disclosure class, and for case-by-case an approval
    reference, for exigent a reason."""

    def __init__(self, n_cases: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Print case summary"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("A summary of %n case(s): complaint, location, agency status, consent receipt and "
                               "follow-ups. Contact details are left out unless you include them.", "", n_cases),
                       self)
        intro.setWordWrap(True)
        self.include = QCheckBox(self.tr("Include contact details (name, phone, email, mailing address)"), self)
        self.include.setObjectName("includeContact")
        self.disclosure_box = QWidget(self)
        self.routine = QRadioButton(self.tr("Routine — for the constituent's own case work"), self.disclosure_box)
        self.routine.setObjectName("classRoutine")
        self.case_by_case = QRadioButton(self.tr("Case-by-case — approved by the privacy officer"),
                                         self.disclosure_box)
        self.case_by_case.setObjectName("classCaseByCase")
        self.exigent = QRadioButton(self.tr("Exigent — urgent, to protect someone's health or safety"),
                                    self.disclosure_box)
        self.exigent.setObjectName("classExigent")
        self.approval = QLineEdit(self.disclosure_box)
        self.approval.setObjectName("approvalRef")
        self.approval.setPlaceholderText(self.tr("Approval reference (required)"))
        self.approval.setMaxLength(200)
        self.reason = QPlainTextEdit(self.disclosure_box)
        self.reason.setObjectName("exigentReason")
        self.reason.setPlaceholderText(self.tr("Why this cannot wait (required)"))
        self.reason.setMaximumHeight(70)
        self.hint = QLabel(self.tr("Every printout or saved copy with contact details is recorded in the privacy "
                                   "log with the class you choose."), self.disclosure_box)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        dl = QVBoxLayout(self.disclosure_box)
        dl.setContentsMargins(20, 0, 0, 0)
        for w in (self.routine, self.case_by_case, self.approval, self.exigent, self.reason, self.hint):
            dl.addWidget(w)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("previewButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.include)
        layout.addWidget(self.disclosure_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for sig in (self.include.toggled, self.routine.toggled, self.case_by_case.toggled, self.exigent.toggled):
            sig.connect(self._update)
        self.approval.textChanged.connect(self._update)
        self.reason.textChanged.connect(self._update)
        self._update()

    def disclosure_class(self) -> str | None:
        if not self.include.isChecked():
            return None
        if self.routine.isChecked():
            return "routine"
        if self.case_by_case.isChecked():
            return "case_by_case"
        if self.exigent.isChecked():
            return "exigent"
        return None

    def approval_ref(self) -> str:
        return self.approval.text().strip() if self.disclosure_class() == "case_by_case" else ""

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip() if self.disclosure_class() == "exigent" else ""

    def is_complete(self) -> bool:
        if not self.include.isChecked():
            return True
        cls = self.disclosure_class()
        if cls == "case_by_case":
            return bool(self.approval_ref())
        if cls == "exigent":
            return bool(self.reason_text())
        return cls == "routine"

    def _update(self) -> None:
        self.disclosure_box.setVisible(self.include.isChecked())
        self.approval.setEnabled(self.case_by_case.isChecked())
        self.reason.setEnabled(self.exigent.isChecked())
        self.ok.setEnabled(self.is_complete())
        self.adjustSize()
