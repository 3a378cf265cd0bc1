"""Share with an agency: a first-class, recorded action on a case. Offices pass residents' details to HPD, DSNY and
others every day; here the agency comes from the case (the one 311 sent it to; another can be named), the
caseworker ticks exactly what is shared, and the share is case-by-case (a supervisor's approval, confirmed by the
311 access system) or exigent (a written reason). The output is a referral sheet naming only those details
(letters/exports.py); the print flow (ui/printing.py) previews, confirms, records and releases it, and leaves a
note on each case saying what went to whom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from council_desk.api.privacy import Approval
from council_desk.domain.case import Case
from council_desk.domain.disclosure import FIELD_INFO, OUTPUTS
from council_desk.ui import accessibility, labels
from council_desk.ui.disclosure_choice import DisclosureChoice
from council_desk.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from council_desk.ui.sizing import char_width
from council_desk.ui.sizing import form as translatable_form

__all__ = ["SHAREABLE", "ShareDialog"]

# The types of information a share can carry, in the report form's order (the vocabulary's fields decide).
SHAREABLE: tuple[str, ...] = tuple(
    t for t in labels.INFO_TYPE if any(FIELD_INFO.get(f) == t for f in OUTPUTS["share_agency"].fields)
)
DEFAULT_SHARED = ("name", "phone", "complaint")


class ShareDialog(QDialog):
    def __init__(
        self,
        cases: Sequence[Case],
        parent: QWidget | None = None,
        *,
        approvals: Sequence[Approval] = (),
        district: int = 0,
        now: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share with an agency"))
        self.setMinimumWidth(char_width(self, 72))
        self.ask_wanted = False
        ids = [c.id for c in cases]
        intro = QLabel(
            self.tr(
                "Share the constituent's details for complaint(s) %1 with a City agency. The "
                "share is recorded in the privacy log, and the agency gets a referral sheet with "
                "only what you tick."
            ).replace("%1", ", ".join(ids)),
            self,
        )
        intro.setWordWrap(True)
        agencies = sorted({c.complaint.agency_responsible for c in cases if c.complaint.agency_responsible})
        self.agency = QLineEdit(agencies[0] if len(agencies) == 1 else "", self)
        self.agency.setObjectName("shareAgency")
        self.agency.setMaxLength(200)
        accessibility.name(
            self.agency,
            self.tr("Agency"),
            self.tr("The agency that receives the details (from the case; another can be named)"),
        )
        self.boxes: dict[str, QCheckBox] = {}
        details = QWidget(self)
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        for code in SHAREABLE:
            box = QCheckBox(labels.info_type(code), details)
            box.setObjectName(f"share_{code}")
            box.setChecked(code in DEFAULT_SHARED)
            box.toggled.connect(self._update)
            self.boxes[code] = box
            dl.addWidget(box)
        self.choice = DisclosureChoice(
            "share_agency", case_ids=ids, approvals=approvals, district=district, now=now, parent=self
        )
        form = translatable_form()
        form.addRow(self.tr("Agency:"), self.agency)
        form.addRow(self.tr("Share:"), details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("previewButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.choice)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.agency.textChanged.connect(self._update)
        self.choice.changed.connect(self._update)
        self.choice.ask_requested.connect(self._ask)
        self._update()
        accessibility.polish(self)

    def fields(self) -> list[str]:
        chosen = {c for c, box in self.boxes.items() if box.isChecked()}
        return [f for f in OUTPUTS["share_agency"].fields if FIELD_INFO.get(f) in chosen]

    def is_complete(self) -> bool:
        return bool(self.agency.text().strip()) and bool(self.fields()) and self.choice.is_complete()

    def _ask(self) -> None:
        self.ask_wanted = True
        self.reject()

    def _update(self) -> None:
        self.ok.setEnabled(self.is_complete())
