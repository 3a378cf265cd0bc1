"""The UI's label catalogue covers every code the domain defines, in the domain's own English."""

from __future__ import annotations

from council_desk.domain.languages import LANGUAGE_CODES, LANGUAGES
from council_desk.domain.status import FOLLOW_UP_KINDS, OFFICE_STATUS_LABELS, OFFICE_STATUSES, OUTCOME_CODES
from council_desk.letters.templates import TEMPLATE_NAMES
from council_desk.ui import labels
from council_desk.ui.case_model import COLUMNS
from council_desk.ui.qt import QApplication, QTranslator


def test_catalogue_covers_the_domain() -> None:
    assert set(labels.OFFICE_STATUS) == set(OFFICE_STATUSES)
    assert labels.OFFICE_STATUS == OFFICE_STATUS_LABELS  # the CLI and the letters use the domain's English
    assert set(labels.FOLLOW_UP_KIND) == set(FOLLOW_UP_KINDS)
    assert set(labels.OUTCOME) == set(OUTCOME_CODES)
    assert set(labels.LETTER_TEMPLATE) == set(TEMPLATE_NAMES)
    assert set(labels.LANGUAGE_NAME) == set(LANGUAGE_CODES)
    assert all(labels.LANGUAGE_NAME[c] == LANGUAGES[c].english_name for c in LANGUAGE_CODES)
    assert [c.title for c in COLUMNS] == list(labels.CASE_COLUMNS)
    # Issue 14's vocabularies: every code, in the core's English.
    from council_desk.api.codes import REOPEN_STAGES, SURVEY_ANSWERS
    from council_desk.cache.views import BUILTIN_NAMES
    from council_desk.domain.caseload import AGE_BUCKETS

    assert set(labels.REOPEN_STAGE) == {"sent", *REOPEN_STAGES}
    assert set(labels.SURVEY_ANSWER) == set(SURVEY_ANSWERS)
    assert list(labels.AGE_BUCKET) == [b[0] for b in AGE_BUCKETS] == list(labels.AGE_BUCKET.values())
    assert labels.VIEW_NAME == BUILTIN_NAMES


def test_the_privacy_vocabulary_is_the_domains() -> None:
    from council_desk.api.codes import APPROVAL_STATUSES
    from council_desk.domain import disclosure

    assert labels.RECIPIENT == disclosure.RECIPIENT_LABELS
    assert labels.DISCLOSURE_CLASS == disclosure.CLASS_LABELS
    assert labels.INFO_TYPE == disclosure.INFO_LABELS
    assert {k: o.label for k, o in disclosure.OUTPUTS.items()} == labels.OUTPUT
    assert set(labels.APPROVAL_STATUS) == set(APPROVAL_STATUSES)


def test_labels_are_shown_translated(qapp: QApplication) -> None:
    class Shouting(QTranslator):
        """Stands in for a language: every message in capitals, so a label that skipped translation shows."""

        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            return source.upper()

        def isEmpty(self) -> bool:
            return False

    tr = Shouting()
    qapp.installTranslator(tr)
    try:
        assert labels.office_status("waiting_on_agency") == "WAITING ON AGENCY"
        assert labels.follow_up_kind("status") == "STATUS CHANGE"
        assert labels.outcome("not_fixed") == "NOT FIXED"
        assert labels.agency_status("In Progress") == "IN PROGRESS"
        assert labels.agency_status("Email Sent") == "Email sent"  # a status 311 adds later: as it comes
        assert labels.language_label("es") == "SPANISH — Español"
        assert labels.case_column(0) == "COMPLAINT #"
        assert labels.office_status("unknown_code") == "unknown_code"
    finally:
        qapp.removeTranslator(tr)
