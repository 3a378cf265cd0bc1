"""The words the app shows for codes: office statuses, follow-up kinds, outcomes, reveal purposes, letter
templates, agency statuses, consent channels and the column headings of its tables.

`council_desk.domain` stays Qt-free and keeps the English labels the CLI and the letters use; this catalogue holds
the same English marked for extraction (`QT_TRANSLATE_NOOP`, one context per vocabulary so a translator sees what a
word is) and translates it where it is shown. tests/ui/test_labels.py checks that it covers every code the domain
defines, and that its English matches the domain's.
"""

from __future__ import annotations

from council_desk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

OFFICE_STATUS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("OfficeStatus", "New"),
    "in_progress": QT_TRANSLATE_NOOP("OfficeStatus", "In progress"),
    "waiting_on_agency": QT_TRANSLATE_NOOP("OfficeStatus", "Waiting on agency"),
    "resolved": QT_TRANSLATE_NOOP("OfficeStatus", "Resolved"),
    "closed_unresolved": QT_TRANSLATE_NOOP("OfficeStatus", "Closed – unresolved"),
}

FOLLOW_UP_KIND: dict[str, str] = {
    "call": QT_TRANSLATE_NOOP("FollowUpKind", "Phone call"),
    "email": QT_TRANSLATE_NOOP("FollowUpKind", "Email"),
    "letter": QT_TRANSLATE_NOOP("FollowUpKind", "Letter"),
    "visit": QT_TRANSLATE_NOOP("FollowUpKind", "Visit"),
    "note": QT_TRANSLATE_NOOP("FollowUpKind", "Note"),
    "status": QT_TRANSLATE_NOOP("FollowUpKind", "Status change"),
    "assign": QT_TRANSLATE_NOOP("FollowUpKind", "Assignment"),
}
# The kinds a caseworker logs by hand ("status" entries are made by changing the office status).
LOGGED_KINDS: tuple[str, ...] = ("call", "email", "letter", "visit", "note")

OUTCOME: dict[str, str] = {
    "fixed": QT_TRANSLATE_NOOP("Outcome", "Fixed"),
    "partly_fixed": QT_TRANSLATE_NOOP("Outcome", "Partly fixed"),
    "not_fixed": QT_TRANSLATE_NOOP("Outcome", "Not fixed"),
    "not_agency_responsibility": QT_TRANSLATE_NOOP("Outcome", "Not the agency's responsibility"),
    "duplicate": QT_TRANSLATE_NOOP("Outcome", "Duplicate of another complaint"),
    "no_response": QT_TRANSLATE_NOOP("Outcome", "No response"),
    "other": QT_TRANSLATE_NOOP("Outcome", "Other"),
}

# The reasons offered before contact details are shown. The English text is what the privacy log records (one
# language for the privacy officer's report, whoever chose it); the caseworker reads it translated.
REVEAL_PURPOSES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("RevealPurpose", "Call the constituent about this complaint"),
    QT_TRANSLATE_NOOP("RevealPurpose", "Write to the constituent about this complaint"),
    QT_TRANSLATE_NOOP("RevealPurpose", "Visit about this complaint"),
    QT_TRANSLATE_NOOP("RevealPurpose", "Check who filed before contacting the agency"),
)

LETTER_TEMPLATE: dict[str, str] = {
    "acknowledgement": QT_TRANSLATE_NOOP("LetterTemplate", "Acknowledgement (we received the complaint)"),
    "status_update": QT_TRANSLATE_NOOP("LetterTemplate", "Status update"),
    "agency_response": QT_TRANSLATE_NOOP("LetterTemplate", "Agency response"),
    "closed_unresolved": QT_TRANSLATE_NOOP("LetterTemplate", "Closed but not fixed (we asked 311 to reopen)"),
    "closing": QT_TRANSLATE_NOOP("LetterTemplate", "Closing (case finished)"),
}

LETTER_REVIEW: dict[str, str] = {
    "machine-draft": QT_TRANSLATE_NOOP("LetterReview", "a machine draft"),
    "needs-review": QT_TRANSLATE_NOOP("LetterReview", "marked as needing review"),
}

# Open311's two statuses (the list's column) and NYC 311's finer ones (the detail's "Agency status"), keyed in
# lower case; a status 311 adds later is shown as it comes.
AGENCY_STATUS: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("AgencyStatus", "Open"),
    "closed": QT_TRANSLATE_NOOP("AgencyStatus", "Closed"),
    "in progress": QT_TRANSLATE_NOOP("AgencyStatus", "In progress"),
    "pending": QT_TRANSLATE_NOOP("AgencyStatus", "Pending"),
    "assigned": QT_TRANSLATE_NOOP("AgencyStatus", "Assigned"),
    "started": QT_TRANSLATE_NOOP("AgencyStatus", "Started"),
    "unspecified": QT_TRANSLATE_NOOP("AgencyStatus", "Unspecified"),
}

CONSENT_CHANNEL: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("ConsentChannel", "phone"),
    "web": QT_TRANSLATE_NOOP("ConsentChannel", "the web form"),
    "app": QT_TRANSLATE_NOOP("ConsentChannel", "the app"),
}

# Language names in the interface language (the native name is shown beside them where a language is chosen).
LANGUAGE_NAME: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "zh-Hans": QT_TRANSLATE_NOOP("Language", "Chinese (Simplified)"),
    "zh-Hant": QT_TRANSLATE_NOOP("Language", "Chinese (Traditional)"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "bn": QT_TRANSLATE_NOOP("Language", "Bengali"),
    "ht": QT_TRANSLATE_NOOP("Language", "Haitian Creole"),
    "ko": QT_TRANSLATE_NOOP("Language", "Korean"),
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "ur": QT_TRANSLATE_NOOP("Language", "Urdu"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "pl": QT_TRANSLATE_NOOP("Language", "Polish"),
}

CASE_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CaseColumns", "Complaint #"),
    QT_TRANSLATE_NOOP("CaseColumns", "Received"),
    QT_TRANSLATE_NOOP("CaseColumns", "Type"),
    QT_TRANSLATE_NOOP("CaseColumns", "Agency"),
    QT_TRANSLATE_NOOP("CaseColumns", "Address"),
    QT_TRANSLATE_NOOP("CaseColumns", "Agency status"),
    QT_TRANSLATE_NOOP("CaseColumns", "Office status"),
    QT_TRANSLATE_NOOP("CaseColumns", "Next follow-up"),
    QT_TRANSLATE_NOOP("CaseColumns", "Assigned to"),
)

REMINDER_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ReminderColumns", "Due"),
    QT_TRANSLATE_NOOP("ReminderColumns", "Complaint #"),
    QT_TRANSLATE_NOOP("ReminderColumns", "For"),
    QT_TRANSLATE_NOOP("ReminderColumns", "Type"),
    QT_TRANSLATE_NOOP("ReminderColumns", "Address"),
    QT_TRANSLATE_NOOP("ReminderColumns", "Note"),
)

# Issue 14: a reopen request's progress, the survey's answers, the caseload's age buckets, the built-in views.
REOPEN_STAGE: dict[str, str] = {
    "sent": QT_TRANSLATE_NOOP("ReopenStage", "Sent: waiting to reach 311"),
    "forwarded": QT_TRANSLATE_NOOP("ReopenStage", "Forwarded by 311 to the agency"),
    "already_open": QT_TRANSLATE_NOOP("ReopenStage", "Not needed: the complaint was still open"),
    "reopened": QT_TRANSLATE_NOOP("ReopenStage", "The agency reopened it"),
    "declined": QT_TRANSLATE_NOOP("ReopenStage", "The agency declined to reopen it"),
}
SURVEY_ANSWER: dict[str, str] = {
    "very_dissatisfied": QT_TRANSLATE_NOOP("SurveyAnswer", "Very dissatisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("SurveyAnswer", "Dissatisfied"),
    "neutral": QT_TRANSLATE_NOOP("SurveyAnswer", "Neither satisfied nor dissatisfied"),
    "satisfied": QT_TRANSLATE_NOOP("SurveyAnswer", "Satisfied"),
    "very_satisfied": QT_TRANSLATE_NOOP("SurveyAnswer", "Very satisfied"),
}
AGE_BUCKET: dict[str, str] = {
    "0–7 days": QT_TRANSLATE_NOOP("AgeBucket", "0–7 days"),
    "8–30 days": QT_TRANSLATE_NOOP("AgeBucket", "8–30 days"),
    "31–90 days": QT_TRANSLATE_NOOP("AgeBucket", "31–90 days"),
    "91–365 days": QT_TRANSLATE_NOOP("AgeBucket", "91–365 days"),
    "Over a year": QT_TRANSLATE_NOOP("AgeBucket", "Over a year"),
}
VIEW_NAME: dict[str, str] = {
    "all": QT_TRANSLATE_NOOP("ViewName", "All cases"),
    "mine": QT_TRANSLATE_NOOP("ViewName", "Mine"),
    "unassigned": QT_TRANSLATE_NOOP("ViewName", "Unassigned"),
    "overdue": QT_TRANSLATE_NOOP("ViewName", "Overdue"),
    "closed-open": QT_TRANSLATE_NOOP("ViewName", "Closed at agency, still open here"),
}

STATS_COLUMNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("StatsColumns", "Complaint type"),
    QT_TRANSLATE_NOOP("StatsColumns", "Agency"),
    QT_TRANSLATE_NOOP("StatsColumns", "Requests"),
    QT_TRANSLATE_NOOP("StatsColumns", "Closed"),
    QT_TRANSLATE_NOOP("StatsColumns", "Closure rate"),
    QT_TRANSLATE_NOOP("StatsColumns", "City closure rate"),
    QT_TRANSLATE_NOOP("StatsColumns", "Reopen asked"),
    QT_TRANSLATE_NOOP("StatsColumns", "Reopen rate"),
    QT_TRANSLATE_NOOP("StatsColumns", "Satisfied"),
    QT_TRANSLATE_NOOP("StatsColumns", "Survey answers"),
)
STATS_TIPS: dict[int, str] = {
    4: QT_TRANSLATE_NOOP("StatsColumns", "Closed requests ÷ requests received in the period"),
    5: QT_TRANSLATE_NOOP("StatsColumns", "The same rate for this complaint type and agency across the whole city"),
    6: QT_TRANSLATE_NOOP("StatsColumns", "Closed requests someone asked 311 to reopen"),
    7: QT_TRANSLATE_NOOP("StatsColumns", "Reopen requests ÷ closed requests"),
    8: QT_TRANSLATE_NOOP("StatsColumns", "Survey answers 'satisfied' or 'very satisfied' ÷ all survey answers"),
}

# The privacy officer's vocabulary (domain/disclosure.py holds the same English: the CLI, the log, the report).
RECIPIENT: dict[str, str] = {
    "constituent": QT_TRANSLATE_NOOP("Recipient", "The constituent (the person who filed)"),
    "council_office": QT_TRANSLATE_NOOP("Recipient", "This council office (internal casework)"),
    "city_agency": QT_TRANSLATE_NOOP("Recipient", "Other City agencies"),
    "state_federal_agency": QT_TRANSLATE_NOOP("Recipient", "New York State or federal agencies"),
    "community_partner": QT_TRANSLATE_NOOP("Recipient", "Community partners / NGOs"),
    "legal_process": QT_TRANSLATE_NOOP(
        "Recipient", "Court, enforcement agency or other entity issuing a subpoena"
    ),
    "other": QT_TRANSLATE_NOOP("Recipient", "Other"),
}

DISCLOSURE_CLASS: dict[str, str] = {
    "routine": QT_TRANSLATE_NOOP("DisclosureClass", "Routine (pre-approved)"),
    "case_by_case": QT_TRANSLATE_NOOP("DisclosureClass", "Case-by-case (approved by the privacy officer)"),
    "exigent": QT_TRANSLATE_NOOP("DisclosureClass", "Exigent circumstances"),
}

OUTPUT: dict[str, str] = {
    "reveal": QT_TRANSLATE_NOOP("Output", "Contact details shown on screen"),
    "letter": QT_TRANSLATE_NOOP("Output", "Letter to the constituent"),
    "labels": QT_TRANSLATE_NOOP("Output", "Mailing labels"),
    "summary": QT_TRANSLATE_NOOP("Output", "Case summary without contact details"),
    "summary_contact": QT_TRANSLATE_NOOP("Output", "Case summary with contact details"),
    "csv": QT_TRANSLATE_NOOP("Output", "Contact list exported as CSV"),
    "share_agency": QT_TRANSLATE_NOOP("Output", "Details shared with a City agency"),
    "worklist": QT_TRANSLATE_NOOP("Output", "Office worklist without contact details"),
}

INFO_TYPE: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("InfoType", "Name"),
    "home_address": QT_TRANSLATE_NOOP("InfoType", "Current and/or previous home addresses"),
    "phone": QT_TRANSLATE_NOOP("InfoType", "Phone number"),
    "email": QT_TRANSLATE_NOOP("InfoType", "Email address"),
    "language": QT_TRANSLATE_NOOP("InfoType", "Languages spoken"),
    "complaint": QT_TRANSLATE_NOOP("InfoType", "311 complaint number, date, time and text (§ 23-315)"),
    "location": QT_TRANSLATE_NOOP("InfoType", "Location of the complaint (street address)"),
    "casework": QT_TRANSLATE_NOOP("InfoType", "The office's casework notes"),
}

APPROVAL_STATUS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("ApprovalStatus", "Waiting for a supervisor"),
    "approved": QT_TRANSLATE_NOOP("ApprovalStatus", "Approved"),
    "refused": QT_TRANSLATE_NOOP("ApprovalStatus", "Refused"),
    "used": QT_TRANSLATE_NOOP("ApprovalStatus", "Used"),
    "expired": QT_TRANSLATE_NOOP("ApprovalStatus", "Expired"),
}

# The catalogue's contexts, for the tests and tools that walk it.
VOCABULARIES: dict[str, dict[str, str]] = {
    "OfficeStatus": OFFICE_STATUS,
    "FollowUpKind": FOLLOW_UP_KIND,
    "Outcome": OUTCOME,
    "LetterTemplate": LETTER_TEMPLATE,
    "LetterReview": LETTER_REVIEW,
    "AgencyStatus": AGENCY_STATUS,
    "ConsentChannel": CONSENT_CHANNEL,
    "Language": LANGUAGE_NAME,
    "ReopenStage": REOPEN_STAGE,
    "SurveyAnswer": SURVEY_ANSWER,
    "AgeBucket": AGE_BUCKET,
    "ViewName": VIEW_NAME,
    "Recipient": RECIPIENT,
    "DisclosureClass": DISCLOSURE_CLASS,
    "Output": OUTPUT,
    "InfoType": INFO_TYPE,
    "ApprovalStatus": APPROVAL_STATUS,
}


def _tr(context: str, english: str) -> str:
    return QCoreApplication.translate(context, english)


def office_status(code: str) -> str:
    return _tr("OfficeStatus", OFFICE_STATUS[code]) if code in OFFICE_STATUS else code


def follow_up_kind(code: str) -> str:
    return _tr("FollowUpKind", FOLLOW_UP_KIND[code]) if code in FOLLOW_UP_KIND else code


def outcome(code: str) -> str:
    return _tr("Outcome", OUTCOME[code]) if code in OUTCOME else code


def reveal_purpose(english: str) -> str:
    return _tr("RevealPurpose", english)


def letter_template(name: str) -> str:
    return _tr("LetterTemplate", LETTER_TEMPLATE[name]) if name in LETTER_TEMPLATE else name


def letter_review(status: str) -> str:
    return _tr("LetterReview", LETTER_REVIEW[status]) if status in LETTER_REVIEW else status


def agency_status(value: str) -> str:
    """Open311's open/closed or NYC 311's finer status, translated when known; else as 311 wrote it."""
    key = value.replace("_", " ").strip().casefold()
    if key in AGENCY_STATUS:
        return _tr("AgencyStatus", AGENCY_STATUS[key])
    return value.replace("_", " ").capitalize()


def consent_channel(code: str) -> str:
    return _tr("ConsentChannel", CONSENT_CHANNEL[code]) if code in CONSENT_CHANNEL else code


def language_name(code: str) -> str:
    """The language's name in the interface language ("Spanish", "Espagnol"…); the code if unknown."""
    return _tr("Language", LANGUAGE_NAME[code]) if code in LANGUAGE_NAME else code


def language_label(code: str) -> str:
    """A language to choose: its name in the interface language and in its own ("Spanish — Español"); one name
    when they are the same."""
    from council_desk.domain.languages import LANGUAGES

    lang = LANGUAGES.get(code)
    shown = language_name(code)
    if lang is None or lang.native_name == shown:
        return shown
    return f"{shown} — {lang.native_name}"


def reopen_stage(code: str) -> str:
    return _tr("ReopenStage", REOPEN_STAGE[code]) if code in REOPEN_STAGE else code


def survey_answer(code: str) -> str:
    return _tr("SurveyAnswer", SURVEY_ANSWER[code]) if code in SURVEY_ANSWER else code


def age_bucket(english: str) -> str:
    return _tr("AgeBucket", AGE_BUCKET[english]) if english in AGE_BUCKET else english


def view_name(key: str) -> str:
    return _tr("ViewName", VIEW_NAME[key]) if key in VIEW_NAME else key


def case_column(section: int) -> str:
    return _tr("CaseColumns", CASE_COLUMNS[section])


def reminder_column(section: int) -> str:
    return _tr("ReminderColumns", REMINDER_COLUMNS[section])


def stats_column(section: int) -> str:
    return _tr("StatsColumns", STATS_COLUMNS[section])


def stats_tip(section: int) -> str | None:
    tip = STATS_TIPS.get(section)
    return None if tip is None else _tr("StatsColumns", tip)


def recipient(code: str) -> str:
    return _tr("Recipient", RECIPIENT[code]) if code in RECIPIENT else code


def disclosure_class(code: str) -> str:
    return _tr("DisclosureClass", DISCLOSURE_CLASS[code]) if code in DISCLOSURE_CLASS else code


def output(code: str) -> str:
    return _tr("Output", OUTPUT[code]) if code in OUTPUT else code


def info_type(code: str) -> str:
    return _tr("InfoType", INFO_TYPE[code]) if code in INFO_TYPE else code


def approval_status(code: str) -> str:
    return _tr("ApprovalStatus", APPROVAL_STATUS[code]) if code in APPROVAL_STATUS else code
