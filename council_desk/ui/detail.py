"""Case detail: the complaint, the agency's status and resolution, the consent receipt, the follow-up timeline,
and the contact details — hidden until revealed with a purpose (the reveal itself is audited by the main window).

Everything from the server or typed by a user is HTML-escaped before it is put into the rich-text view.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from council_desk.domain.case import Case, FollowUpEntry
from council_desk.domain.languages import LANGUAGES
from council_desk.domain.notices import notice_text
from council_desk.domain.status import OFFICE_STATUSES
from council_desk.ui import labels
from council_desk.ui.accessibility import describe, key_text, name
from council_desk.ui.colors import callout, html_color
from council_desk.ui.i18n import isolate, ltr
from council_desk.ui.qt import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    Qt,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    SignalInstance,
)
from council_desk.ui.sizing import heading

# The keys of the case actions (bound window-wide by the main window, `ui.accessibility.shortcut`).
REVEAL_KEYS = "Ctrl+Shift+C"
REOPEN_KEYS = "Ctrl+Shift+R"
STATUS_KEYS = "Ctrl+Shift+S"
SUMMARY_KEYS = "Ctrl+Shift+P"


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return ltr((value.astimezone() if value.tzinfo else value).strftime("%Y-%m-%d %H:%M"))
    return ltr(value.isoformat())


class CaseDetail(QWidget):
    reveal_requested = Signal(str)
    followup_requested = Signal(str)
    status_change_requested = Signal(str, str)
    reopen_requested = Signal(str)
    print_requested = Signal(str, str)  # case id, "letter" | "summary" | "labels" (ui.printing)
    share_requested = Signal(str)  # case id (ui/share.py)

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
        heading(self.title, 1.5)
        self.status = QComboBox(self)
        self.status.setObjectName("officeStatus")
        describe(
            self.status,
            self.tr(
                "The office's own status for this case (separate from the agency's). %1 to change it."
            ).replace("%1", key_text(STATUS_KEYS)),
        )
        for code in OFFICE_STATUSES:
            self.status.addItem(labels.office_status(code), code)
        self.status.activated.connect(self._status_chosen)
        self.followup_button = QPushButton(self.tr("Log follow-up…"), self)
        self.followup_button.setObjectName("followUpButton")
        describe(
            self.followup_button,
            self.tr("Log a call, email, letter, visit or note (%1)").replace("%1", key_text("Ctrl+N")),
        )
        self.followup_button.clicked.connect(lambda: self._emit(self.followup_requested))
        self.reveal_button = QPushButton(self.tr("Show contact details…"), self)
        self.reveal_button.setObjectName("revealButton")
        describe(
            self.reveal_button,
            self.tr(
                "Asks why, records it in the privacy log, then shows the filer's contact details (%1)"
            ).replace("%1", key_text(REVEAL_KEYS)),
        )
        self.reveal_button.clicked.connect(lambda: self._emit(self.reveal_requested))
        self.reopen_button = QPushButton(self.tr("Ask 311 to reopen…"), self)
        self.reopen_button.setObjectName("reopenButton")
        describe(
            self.reopen_button,
            self.tr("The agency closed this complaint but the problem is not fixed (%1)").replace(
                "%1", key_text(REOPEN_KEYS)
            ),
        )
        self.reopen_button.clicked.connect(lambda: self._emit(self.reopen_requested))

        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printMenuButton")
        self.print_button.setText(self.tr("Print"))
        describe(
            self.print_button,
            self.tr("A letter (%1), a case summary (%2) or a mailing label for this case")
            .replace("%1", key_text("Ctrl+P"))
            .replace("%2", key_text(SUMMARY_KEYS)),
        )
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self.print_button)
        for label, what in (
            (self.tr("Print letter…"), "letter"),
            (self.tr("Print case summary…"), "summary"),
            (self.tr("Print mailing label…"), "labels"),
        ):
            act = print_menu.addAction(label)
            act.setObjectName(f"print_{what}")
            act.triggered.connect(lambda _c=False, w=what: self._print(w))
        self.print_button.setMenu(print_menu)
        self.print_menu = print_menu
        self.share_button = QPushButton(self.tr("Share with agency…"), self)
        self.share_button.setObjectName("shareButton")
        describe(
            self.share_button,
            self.tr(
                "Pass the constituent's details to a City agency: recorded in the "
                "privacy log, under a supervisor's approval or an exigent reason"
            ),
        )
        self.share_button.clicked.connect(lambda: self._emit(self.share_requested))

        self.body = QTextBrowser(self)
        self.body.setObjectName("caseBody")
        self.body.setOpenLinks(False)
        name(
            self.body,
            self.tr("Case details"),
            self.tr("The complaint, the agency's status, the consent receipt and the follow-ups"),
        )
        self.contact = QLabel(self)
        self.contact.setObjectName("contactDetails")
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(self.contact.textInteractionFlags())
        callout(self.contact, "warning")
        self.contact.hide()
        self.empty = QLabel(self.tr("Choose a case in the list to see it here."), self)
        self.empty.setObjectName("emptyDetail")

        # Two rows, so the detail pane can stay narrow and leave the list its columns.
        row = QHBoxLayout()
        self.status_label = QLabel(self.tr("Office status:"), self)
        self.status_label.setBuddy(self.status)  # the box's accessible name
        row.addWidget(self.status_label)
        row.addWidget(self.status)
        row.addStretch(1)
        # Two by two: four buttons in a row would make the detail pane (and the window) too wide in a longer
        # language. "Ask 311 to reopen…" comes last: it is shown only for a closed complaint not yet asked about,
        # and hidden in the middle it left Print alone on a row with a hole beside it. Tab follows the same order.
        actions = QGridLayout()
        actions.addWidget(self.followup_button, 0, 0)
        actions.addWidget(self.reveal_button, 0, 1)
        actions.addWidget(self.share_button, 1, 0)
        actions.addWidget(self.print_button, 1, 1, Qt.AlignmentFlag.AlignLeading)
        actions.addWidget(self.reopen_button, 2, 0)
        actions.setColumnStretch(2, 1)
        for before, after in (
            (self.followup_button, self.reveal_button),
            (self.reveal_button, self.share_button),
            (self.share_button, self.print_button),
            (self.print_button, self.reopen_button),
        ):
            QWidget.setTabOrder(before, after)
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
        for w in (
            self.title,
            self.status,
            self.status_label,
            self.followup_button,
            self.reveal_button,
            self.body,
            self.print_button,
            self.share_button,
        ):
            w.setVisible(has)
        self.empty.setVisible(not has)
        if case is None:
            self.title.clear()
            self.body.clear()
            self.reopen_button.hide()
            return
        c = case.complaint
        # Plain text: a complaint type from 311 is shown as written, never read as markup.
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setText(f"{c.service_request_id} · {c.complaint_type}")
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
            escape(self.tr("Phone: %1")).replace("%1", escape(ct.phone or "—")),
            escape(self.tr("Email: %1")).replace("%1", escape(ct.email or "—")),
            escape(self.tr("Mailing address: %1")).replace("%1", escape(ct.mailing_address or "—")),
            escape(self.tr("Preferred language: %1")).replace(
                "%1", escape(f"{lang.english_name} ({lang.native_name})" if lang else ct.preferred_language)
            ),
        ]
        self.contact.setText("<br>".join(lines))
        self.contact.show()
        self.contact_shown = True

    def _html(self, case: Case) -> str:
        # Every string through `self.tr(` itself: lupdate files an aliased `tr(` under no context, where its
        # translation would never be found.
        c, consent = case.complaint, case.consent
        agency_status = escape(labels.agency_status(c.nyc_status or c.status))
        rows = [
            (
                self.tr("What"),
                escape(" — ".join(x for x in (c.complaint_type, c.descriptor, c.descriptor_2) if x)),
            ),
            (self.tr("Description"), escape(isolate(c.description)).replace("\n", "<br>")),
            (self.tr("Where"), escape(", ".join(x for x in (c.address, c.borough.title(), c.zipcode) if x))),
            (self.tr("Received"), escape(_when(c.requested_datetime))),
            (self.tr("Agency"), escape(c.agency_name or c.agency_responsible)),
            (
                self.tr("Agency status"),
                agency_status + (f" ({escape(_when(c.closed_datetime))})" if c.closed_datetime else ""),
            ),
            (self.tr("Agency resolution"), escape(isolate(c.resolution_description)) or "—"),
        ]
        if case.reopen_requested_at is not None:
            rows.append((self.tr("Reopen asked"), escape(_when(case.reopen_requested_at))))
        muted = html_color("muted", self.body.palette())
        html = ["<table cellspacing='0' cellpadding='3'>"]
        for k, v in rows:
            html.append(f"<tr><td valign='top' style='color:{muted}'><b>{escape(k)}</b></td><td>{v}</td></tr>")
        html.append("</table>")
        consent_heading = self.tr("Consent receipt")  # not inside the f-string: lupdate would not see it
        html.append(f"<h3>{escape(consent_heading)}</h3>")
        html.append(
            "<p>"
            + escape(
                self.tr(
                    "Consent to share contact details with the council member was given on %1 by %2, "
                    "under notice version %3."
                )
            )
            .replace("%1", escape(_when(consent.given_at)))
            .replace("%2", escape(labels.consent_channel(consent.channel)))
            .replace("%3", escape(consent.notice_version))
            + "</p>"
        )
        # The very words 311 showed the filer with the consent question (domain/notices.py): quoted as they were
        # (311's English), or said to be unknown, never guessed.
        notice = notice_text(consent.notice_version)
        if notice is None:
            unknown = self.tr("The text of this notice version is not known to this version of Council Desk.")
            html.append(f"<p style='color:{muted}'>{escape(unknown)}</p>")
        else:
            shown_as = self.tr("The notice shown to the filer:")
            html.append(f"<p><i>{escape(shown_as)}</i></p><blockquote>{escape(notice)}</blockquote>")
        followups_heading = self.tr("Follow-ups")
        html.append(f"<h3>{escape(followups_heading)}</h3>")
        if not case.followups:
            none_yet = self.tr("None yet. Press %1 to log one.").replace("%1", key_text("Ctrl+N"))
            html.append(f"<p style='color:{muted}'>{escape(none_yet)}</p>")
        for fu in sorted(case.followups, key=lambda f: f.created_at, reverse=True):
            html.append(self._followup_html(fu))
        return "".join(html)

    def _followup_html(self, fu: FollowUpEntry) -> str:
        kind = labels.follow_up_kind(fu.kind)
        bits = [f"<b>{escape(kind)}</b> · {escape(_when(fu.created_at))}"]
        who = fu.author_name or self.names.get(fu.author, fu.author)
        if who:
            bits.append(escape(isolate(who)))
        if fu.pending:
            # Said in words; the colour only draws the eye.
            warn = html_color("warning", self.body.palette())
            not_sent = self.tr("not yet sent")
            bits.append(f"<span style='color:{warn}'><b>{escape(not_sent)}</b></span>")
        line = " · ".join(bits)
        extra = []
        if fu.office_status:
            extra.append(
                escape(self.tr("Office status → %1")).replace("%1", escape(labels.office_status(fu.office_status)))
            )
        if fu.outcome:
            extra.append(escape(self.tr("Outcome: %1")).replace("%1", escape(labels.outcome(fu.outcome))))
        if fu.due_date:
            extra.append(escape(self.tr("Due %1")).replace("%1", escape(_when(fu.due_date))))
        text = escape(isolate(fu.text)).replace("\n", "<br>")
        return f"<p style='margin-bottom:8px'>{line}<br>{' · '.join(extra)}{'<br>' if extra else ''}{text}</p>"
