"""Case detail: the complaint, the agency's status and resolution, the consent receipt, the follow-up timeline,
and the contact details — hidden until revealed with a purpose (the reveal itself is audited by the main window).

Everything from the server or typed by a user is HTML-escaped before it is put into the rich-text view.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from council_desk.domain.case import Case, FollowUpEntry
from council_desk.domain.languages import LANGUAGES
from council_desk.domain.status import OFFICE_STATUS_LABELS, OFFICE_STATUSES
from council_desk.ui.dialogs import KIND_LABELS, OUTCOME_LABELS
from council_desk.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    SignalInstance,
)


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return (value.astimezone() if value.tzinfo else value).strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


class CaseDetail(QWidget):
    reveal_requested = Signal(str)
    followup_requested = Signal(str)
    status_change_requested = Signal(str, str)
    reopen_requested = Signal(str)
    print_requested = Signal(str, str)  # case id, "letter" | "summary" | "labels" (ui.printing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.case: Case | None = None
        self.contact_shown = False
        # user name -> display name for this PC's own (not yet sent) entries, which carry only the user name
        self.names: dict[str, str] = {}

        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.status = QComboBox(self)
        self.status.setObjectName("officeStatus")
        self.status.setToolTip(self.tr("The office's own status for this case (separate from the agency's)"))
        for code in OFFICE_STATUSES:
            self.status.addItem(self.tr(OFFICE_STATUS_LABELS[code]), code)
        self.status.activated.connect(self._status_chosen)
        self.followup_button = QPushButton(self.tr("Log follow-up…"), self)
        self.followup_button.setObjectName("followUpButton")
        self.followup_button.setToolTip(self.tr("Ctrl+N"))
        self.followup_button.clicked.connect(lambda: self._emit(self.followup_requested))
        self.reveal_button = QPushButton(self.tr("Show contact details…"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(lambda: self._emit(self.reveal_requested))
        self.reopen_button = QPushButton(self.tr("Ask 311 to reopen…"), self)
        self.reopen_button.setObjectName("reopenButton")
        self.reopen_button.setToolTip(self.tr("The agency closed this complaint but the problem is not fixed"))
        self.reopen_button.clicked.connect(lambda: self._emit(self.reopen_requested))

        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printMenuButton")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        for label, what in ((self.tr("Print letter…"), "letter"), (self.tr("Print case summary…"), "summary"),
                            (self.tr("Print mailing label…"), "labels")):
            act = print_menu.addAction(label)
            act.setObjectName(f"print_{what}")
            act.triggered.connect(lambda _c=False, w=what: self._print(w))
        self.print_button.setMenu(print_menu)

        self.body = QTextBrowser(self)
        self.body.setObjectName("caseBody")
        self.body.setOpenLinks(False)
        self.contact = QLabel(self)
        self.contact.setObjectName("contactDetails")
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(self.contact.textInteractionFlags())
        self.contact.setStyleSheet(
            "QLabel#contactDetails { background: #fff8e1; border: 1px solid #e0c060; padding: 8px; }"
        )
        self.contact.hide()
        self.empty = QLabel(self.tr("Choose a case in the list to see it here."), self)
        self.empty.setObjectName("emptyDetail")

        # Two rows, so the detail pane can stay narrow and leave the list its columns.
        row = QHBoxLayout()
        self.status_label = QLabel(self.tr("Office status:"), self)
        row.addWidget(self.status_label)
        row.addWidget(self.status)
        row.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.followup_button)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.contact)
        layout.addWidget(self.body, 1)
        self.show_case(None)

    def _emit(self, signal: SignalInstance) -> None:
        if self.case is not None:
            signal.emit(self.case.id)

    def _print(self, what: str) -> None:
        if self.case is not None:
            self.print_requested.emit(self.case.id, what)

    def _status_chosen(self, _index: int) -> None:
        if self.case is None:
            return
        code = self.status.currentData()
        if code != self.case.office_status:
            self.status_change_requested.emit(self.case.id, code)

    def show_case(self, case: Case | None) -> None:
        """Show a case (None: nothing). Contact details start hidden every time."""
        self.case = case
        self.contact_shown = False
        self.contact.clear()
        self.contact.hide()
        has = case is not None
        for w in (self.title, self.status, self.status_label, self.followup_button, self.reveal_button, self.body,
                  self.print_button):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if case is None:
            self.title.clear()
            self.body.clear()
            self.reopen_button.hide()
            return
        c = case.complaint
        self.title.setText(f"{escape(c.service_request_id)} · {escape(c.complaint_type)}")
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(case.office_status)))
        self.status.blockSignals(False)
        self.reopen_button.setVisible(
            c.status == "closed" and case.office_status not in ("resolved",) and case.reopen_requested_at is None
        )
        self.body.setHtml(self._html(case))

    def show_contact(self) -> None:
        """Display the contact block. Call only after the reveal was written to the audit log."""
        if self.case is None:
            return
        ct = self.case.contact
        lang = LANGUAGES.get(ct.preferred_language)
        lines = [
            f"<b>{escape(ct.first_name)} {escape(ct.last_name)}</b>",
            self.tr("Phone: %1").replace("%1", escape(ct.phone or "—")),
            self.tr("Email: %1").replace("%1", escape(ct.email or "—")),
            self.tr("Mailing address: %1").replace("%1", escape(ct.mailing_address or "—")),
            self.tr("Preferred language: %1").replace(
                "%1", escape(f"{lang.english_name} ({lang.native_name})" if lang else ct.preferred_language)
            ),
        ]
        self.contact.setText("<br>".join(lines))
        self.contact.show()
        self.contact_shown = True

    def _html(self, case: Case) -> str:
        c, consent = case.complaint, case.consent
        tr = self.tr
        agency_status = escape(c.nyc_status or c.status).replace("_", " ")
        rows = [
            (tr("What"), escape(" — ".join(x for x in (c.complaint_type, c.descriptor, c.descriptor_2) if x))),
            (tr("Description"), escape(c.description).replace("\n", "<br>")),
            (tr("Where"), escape(", ".join(x for x in (c.address, c.borough.title(), c.zipcode) if x))),
            (tr("Received"), escape(_when(c.requested_datetime))),
            (tr("Agency"), escape(c.agency_name or c.agency_responsible)),
            (tr("Agency status"), agency_status + (f" ({escape(_when(c.closed_datetime))})" if c.closed_datetime
                                                   else "")),
            (tr("Agency resolution"), escape(c.resolution_description) or "—"),
        ]
        if case.reopen_requested_at is not None:
            rows.append((tr("Reopen asked"), escape(_when(case.reopen_requested_at))))
        html = ["<table cellspacing='0' cellpadding='3'>"]
        for k, v in rows:
            html.append(f"<tr><td valign='top' style='color:#555'><b>{k}</b></td><td>{v}</td></tr>")
        html.append("</table>")
        html.append(f"<h3>{tr('Consent receipt')}</h3>")
        html.append(
            "<p>"
            + tr("Consent to share contact details with the council member was given on %1 by %2, "
                 "under notice version %3.")
            .replace("%1", escape(_when(consent.given_at)))
            .replace("%2", escape({"phone": tr("phone"), "web": tr("the web form"), "app": tr("the app")}
                                  .get(consent.channel, consent.channel)))
            .replace("%3", escape(consent.notice_version))
            + "</p>"
        )
        html.append(f"<h3>{tr('Follow-ups')}</h3>")
        if not case.followups:
            html.append(f"<p style='color:#555'>{tr('None yet. Press Ctrl+N to log one.')}</p>")
        for fu in sorted(case.followups, key=lambda f: f.created_at, reverse=True):
            html.append(self._followup_html(fu))
        return "".join(html)

    def _followup_html(self, fu: FollowUpEntry) -> str:
        tr = self.tr
        kind = tr(KIND_LABELS.get(fu.kind, "Status change" if fu.kind == "status" else fu.kind))
        bits = [f"<b>{escape(kind)}</b> · {escape(_when(fu.created_at))}"]
        who = fu.author_name or self.names.get(fu.author, fu.author)
        if who:
            bits.append(escape(who))
        if fu.pending:
            bits.append(f"<span style='color:#b26a00'><b>{tr('not yet sent')}</b></span>")
        line = " · ".join(bits)
        extra = []
        if fu.office_status:
            extra.append(tr("Office status → %1").replace(
                "%1", escape(tr(OFFICE_STATUS_LABELS.get(fu.office_status, fu.office_status)))))
        if fu.outcome:
            extra.append(tr("Outcome: %1").replace("%1", escape(tr(OUTCOME_LABELS.get(fu.outcome, fu.outcome)))))
        if fu.due_date:
            extra.append(tr("Due %1").replace("%1", escape(_when(fu.due_date))))
        text = escape(fu.text).replace("\n", "<br>")
        return (
            f"<p style='margin-bottom:8px'>{line}<br>{' · '.join(extra)}{'<br>' if extra else ''}{text}</p>"
        )
