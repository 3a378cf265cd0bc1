"""The choices made before a letter or a case summary is rendered: template and language (with the warning for a
translation nobody has reviewed yet), and whether a summary includes contact details (and under which disclosure
class). The dialogs only collect choices; `ui.printing` renders, audits and releases.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from council_desk.api.codes import OutputKind
from council_desk.api.privacy import Approval
from council_desk.domain.languages import LANGUAGES
from council_desk.letters.templates import TEMPLATE_NAMES, TemplateInfo
from council_desk.ui import labels
from council_desk.ui.accessibility import name, polish
from council_desk.ui.colors import callout, set_role
from council_desk.ui.disclosure_choice import DisclosureChoice
from council_desk.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from council_desk.ui.sizing import char_width, grow_to_fit
from council_desk.ui.sizing import form as translatable_form

EACH_OWN = ""  # the language box's value for "each constituent's preferred language"


class LetterDialog(QDialog):
    """Template and language for the selected case(s). `preferred` holds each selected constituent's preferred
    language (codes only: the dialog never shows a name)."""

    def __init__(
        self, preferred: Sequence[str], infos: Sequence[TemplateInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self.setWindowTitle(self.tr("Print letter"))
        self.setMinimumWidth(char_width(self, 72))
        self._preferred = list(preferred)
        self._status = {(i.name, i.language): i.review_status for i in infos}
        n = len(self._preferred)

        intro = QLabel(
            self.tr("A letter for %n case(s). You will see it before anything is printed.", "", n), self
        )
        intro.setWordWrap(True)
        self.template = QComboBox(self)
        self.template.setObjectName("letterTemplate")
        for template in TEMPLATE_NAMES:
            self.template.addItem(labels.letter_template(template), template)
        self.template.setAccessibleDescription(self.tr("Which approved letter to print"))
        self.language = QComboBox(self)
        self.language.setObjectName("letterLanguage")
        distinct = sorted(set(self._preferred))
        if len(distinct) > 1:
            # A batch: each letter in its constituent's own language unless the caseworker picks one for all.
            self.language.addItem(self.tr("Each constituent's preferred language"), EACH_OWN)
            intro.setText(
                intro.text()
                + " "
                + self.tr("Their preferred languages: %1.").replace(
                    "%1", ", ".join(labels.language_name(c) for c in distinct)
                )
            )
        for code in LANGUAGES:
            label = labels.language_label(code)
            self.language.addItem(
                self.tr("%1 (preferred)").replace("%1", label) if distinct == [code] else label, code
            )
        self.language.setAccessibleDescription(self.tr("The language the letter is printed in"))
        self.language.setCurrentIndex(0 if len(distinct) > 1 else max(0, self.language.findData(distinct[0])))

        self.warning = QLabel(self)
        self.warning.setObjectName("translationWarning")
        self.warning.setWordWrap(True)
        callout(self.warning, "warning")
        self.confirm = QCheckBox(self.tr("I understand; use this translation anyway"), self)
        self.confirm.setObjectName("confirmUnreviewed")

        form = translatable_form()
        form.addRow(self.tr("Letter template:"), self.template)
        form.addRow(self.tr("Language:"), self.language)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("previewButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Issue 14: a paragraph of the caseworker's own, printed after the template's body (letters/personal.py).
        from council_desk.letters.personal import MAX_CHARS

        self.personal = QPlainTextEdit(self)
        self.personal.setObjectName("personalParagraph")
        self.personal.setPlaceholderText(
            self.tr(
                "Optional: a few sentences of your own for this letter. Printed "
                "as you type them, after the letter's text."
            )
        )
        name(self.personal, self.tr("Personal paragraph"), self.personal.placeholderText())
        self.personal.setMaximumHeight(self.fontMetrics().height() * 6)
        self.personal_count = QLabel(self)
        self.personal_count.setObjectName("personalCount")
        self._personal_max = MAX_CHARS
        self.personal.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        personal_label = QLabel(self.tr("Personal paragraph"), self)
        personal_label.setBuddy(self.personal)
        layout.addWidget(personal_label)
        layout.addWidget(self.personal)
        layout.addWidget(self.personal_count)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.template.currentIndexChanged.connect(self._update)
        self.language.currentIndexChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)
        self._update()
        polish(self)

    def template_name(self) -> str:
        return str(self.template.currentData())

    def personal_text(self) -> str:
        """The caseworker's paragraph as typed (cleaned where it is used: letters/personal.py)."""
        return self.personal.toPlainText()

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
            parts = [
                self.tr("%1 is %2").replace("%1", labels.language_name(c)).replace("%2", labels.letter_review(s))
                for c, s in bad
            ]
            self.warning.setText(
                "<b>"
                + self.tr("This translation has not been reviewed by a person.")
                + "</b> "
                + "; ".join(parts)
                + ". "
                + self.tr("Ask a colleague who reads the language to check the preview before it is sent.")
            )
        self.warning.setVisible(bool(bad))
        self.confirm.setVisible(bool(bad))
        if not bad:
            self.confirm.setChecked(False)
        length = len(self.personal.toPlainText().strip())
        too_long = length > self._personal_max
        self.personal_count.setText(
            self.tr("%1 of %2 characters").replace("%1", str(length)).replace("%2", str(self._personal_max))
            if length
            else ""
        )
        self.ok.setEnabled((not bad or self.confirm.isChecked()) and not too_long)
        grow_to_fit(self)  # the warning (longer in some languages) is never cut off


class SummaryDialog(QDialog):
    """Redacted by default. To whom, and under which class (ui/disclosure_choice.py): routine for the office's own
    casework or the constituent; for anyone else a server-issued approval held on this PC, or an exigent reason.
    With contact details, only the constituent is routine."""

    def __init__(
        self,
        n_cases: int,
        parent: QWidget | None = None,
        *,
        case_ids: Sequence[str] = (),
        approvals: Sequence[Approval] = (),
        district: int = 0,
        now: dt.datetime | None = None,
        may_include: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryDialog")
        self.setWindowTitle(self.tr("Print case summary"))
        self.setMinimumWidth(char_width(self, 72))
        self.ask_wanted = False  # the person chose "Ask for approval…" (the controller opens the request)
        intro = QLabel(
            self.tr(
                "A summary of %n case(s): complaint, location, agency status, consent receipt and "
                "follow-ups. Contact details are left out unless you include them.",
                "",
                n_cases,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.include = QCheckBox(self.tr("Include contact details"), self)
        self.include.setObjectName("includeContact")
        self.include.setToolTip(self.tr("Name, phone, email and mailing address"))
        self.include.setVisible(may_include)  # the roles table: not for every role
        self.choice = DisclosureChoice(
            "summary", case_ids=case_ids, approvals=approvals, district=district, now=now, parent=self
        )
        self.case_by_case, self.exigent = self.choice.case_by_case, self.choice.exigent
        self.approval, self.reason = self.choice.approval, self.choice.reason
        self.recipient = self.choice.recipient
        self.hint = QLabel(
            self.tr(
                "Every printout or saved copy with contact details is recorded in the privacy "
                "log with the class you choose."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("previewButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.include)
        layout.addWidget(self.choice)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.include.toggled.connect(self._included)
        self.choice.changed.connect(self._update)
        self.choice.ask_requested.connect(self._ask)
        self._update()
        polish(self)

    def output(self) -> OutputKind:
        return self.choice.output()

    def disclosure_class(self) -> str | None:
        return self.choice.disclosure_class()

    def approval_ref(self) -> str:
        return self.choice.approval_id()

    def reason_text(self) -> str:
        return self.choice.reason_text()

    def is_complete(self) -> bool:
        return self.choice.is_complete()

    def _included(self, on: bool) -> None:
        self.choice.set_output("summary_contact" if on else "summary")

    def _ask(self) -> None:
        self.ask_wanted = True
        self.reject()

    def _update(self) -> None:
        self.hint.setVisible(self.include.isChecked())
        self.ok.setEnabled(self.is_complete())
        self.adjustSize()
