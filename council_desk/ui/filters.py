"""The search box and filter bar above the case list. Emits `changed` (debounced while typing)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from council_desk.domain.status import OFFICE_STATUSES
from council_desk.ui import labels
from council_desk.ui.accessibility import name
from council_desk.ui.sizing import char_width

if TYPE_CHECKING:
    from council_desk.cache.queries import CaseQuery
from council_desk.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

DEBOUNCE_MS = 150
# QDateEdit cannot be empty: its minimum date stands for "any" and shows as such.
_ANY_DATE = QDate(2000, 1, 1)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search cases (Ctrl+F): words from the complaint, address or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(char_width(self.search, 36))
        name(
            self.search,
            self.tr("Search cases"),
            self.tr(
                "Words from the complaint, the address or the filer's name, or a complaint number. "
                "Down moves into the list."
            ),
        )
        self.search.textEdited.connect(self._edited)
        # One Latin, Cyrillic, Bengali… letter is the start of thousands of words: searched, it costs up to ~100 ms
        # over 100k cases and finds nothing useful, so the search starts at the second letter (a single Chinese,
        # Japanese or Korean character is a word or a name, and is searched at once).
        self.hint = QLabel(self.tr("Keep typing: the search starts at 2 letters"), self)
        self.hint.setObjectName("searchHint")
        self.hint.setEnabled(False)  # drawn greyed: a hint, not a message
        self.hint.hide()
        self.search.returnPressed.connect(self.apply_now)

        self.office = QComboBox(self)
        self.office.setObjectName("officeFilter")
        self.office.addItem(self.tr("Any office status"), None)
        for code in OFFICE_STATUSES:
            self.office.addItem(labels.office_status(code), code)
        name(self.office, self.tr("Office status filter"), self.tr("Show only cases with this office status"))
        self.agency_status = QComboBox(self)
        self.agency_status.setObjectName("agencyStatusFilter")
        self.agency_status.addItem(self.tr("Open or closed at agency"), None)
        self.agency_status.addItem(self.tr("Open at agency"), "open")
        self.agency_status.addItem(self.tr("Closed by agency"), "closed")
        name(
            self.agency_status,
            self.tr("Agency status filter"),
            self.tr("Show only complaints the agency has open, or has closed"),
        )
        self.agency = QComboBox(self)
        self.agency.setObjectName("agencyFilter")
        self.agency.addItem(self.tr("Any agency"), None)
        name(self.agency, self.tr("Agency filter"), self.tr("Show only complaints sent to this agency"))
        self.ctype = QComboBox(self)
        self.ctype.setObjectName("typeFilter")
        self.ctype.addItem(self.tr("Any type"), None)
        self.ctype.setMaximumWidth(220)
        name(self.ctype, self.tr("Complaint type filter"), self.tr("Show only complaints of this type"))
        self.due = QComboBox(self)
        self.due.setObjectName("dueFilter")
        self.due.addItem(self.tr("Any follow-up"), None)
        self.due.addItem(self.tr("Due today or overdue"), "due")
        self.due.addItem(self.tr("Overdue"), "overdue")
        name(self.due, self.tr("Follow-up filter"), self.tr("Show only cases with a follow-up due or overdue"))
        self.date_from = self._date_edit(self.tr("From: any"))
        self.date_from.setObjectName("dateFrom")
        name(
            self.date_from, self.tr("Received from"), self.tr("Show only complaints received on or after this day")
        )
        self.date_to = self._date_edit(self.tr("To: any"))
        self.date_to.setObjectName("dateTo")
        name(
            self.date_to, self.tr("Received until"), self.tr("Show only complaints received on or before this day")
        )

        # Two rows: in one, the filters of a longer language (Russian, Haitian Creole, Bengali) would make the
        # window wider than a laptop screen.
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.hint)
        received = QLabel(self.tr("Received"), self)
        received.setBuddy(self.date_from)
        top.addWidget(received)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        filters = QHBoxLayout()
        for w in (self.office, self.agency_status, self.agency, self.ctype, self.due):
            filters.addWidget(w)
            w.currentIndexChanged.connect(lambda _i: self.changed.emit())
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)

    def _date_edit(self, any_text: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_ANY_DATE)
        edit.setSpecialValueText(any_text)
        edit.setDate(_ANY_DATE)
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def _edited(self, _text: str) -> None:
        self.hint.setVisible(bool(self.search.text().strip()) and not self.search_text())
        self._debounce.start()

    def search_text(self) -> str:
        """The text searched for: what is typed, unless it is one letter of an alphabet (see `hint`)."""
        text = self.search.text().strip()
        if len(text) == 1 and unicodedata.east_asian_width(text) not in ("W", "F"):
            return ""
        return text

    def apply_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def set_facets(self, agencies: Sequence[str], complaint_types: Sequence[str]) -> None:
        """Fill the agency and type choices from the cache, keeping the current choice."""
        for combo, values in ((self.agency, agencies), (self.ctype, complaint_types)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(v, v)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

    def state(self, sort: str = "requested", descending: bool = True) -> CaseQuery:
        """The store's query for what the bar shows, sorted as the list is."""
        from council_desk.cache.queries import CaseQuery  # not at import: keeps the sign-in window's start lean

        def one(combo: QComboBox) -> tuple[str, ...]:
            v = combo.currentData()
            return (v,) if v else ()

        def date(edit: QDateEdit) -> dt.date | None:
            d = edit.date()
            return None if d == _ANY_DATE else dt.date(d.year(), d.month(), d.day())

        return CaseQuery(
            text=self.search_text(),
            office_status=one(self.office),
            agency_status=one(self.agency_status),
            agency=one(self.agency),
            complaint_type=one(self.ctype),
            date_from=date(self.date_from),
            date_to=date(self.date_to),
            due=self.due.currentData(),  # the bar offers only "due" / "overdue"
            sort=sort,  # type: ignore[arg-type]  # column keys are the store's sort keys (case_model.COLUMNS)
            descending=descending,
        )

    def reset(self) -> None:
        """Clear the search and every filter (used when locking: search text can hold a name)."""
        for w in (self.office, self.agency_status, self.agency, self.ctype, self.due):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        self.search.clear()
        self.hint.hide()
        for d in (self.date_from, self.date_to):
            d.blockSignals(True)
            d.setDate(_ANY_DATE)
            d.blockSignals(False)
