"""The parts of the print flows that are not the flow itself: what one preview would release (`Disclosure`), the
note a printed letter leaves on its case, painting a PDF to a printer, and the flows' known failures."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from council_desk.domain import disclosure as vocabulary
from council_desk.domain.errors import KnownError
from council_desk.domain.languages import LANGUAGES
from council_desk.ui import labels
from council_desk.ui.qt import QPainter, QPdfDocument, QPrinter, QRect, QSize

__all__ = ["MAX_PRINT_DPI", "Disclosure", "NoOffice", "NotPrinted", "letter_note", "paint_pdf"]

MAX_PRINT_DPI = 600  # a Letter page at 600 dpi is a 135 MB image; more buys nothing on office printers


class NotPrinted(KnownError):
    code = "not_printed"
    exit_code = 8
    default_message = "The printer could not be started, so nothing was printed. Check the printer and try again."


class NoOffice(KnownError):
    code = "no_office"
    default_message = (
        "Letters need the office's letterhead, which arrives when you sign in. Sign in, then try again."
    )


@dataclass
class Disclosure:
    """What one preview would release — the vocabulary's planned `Disclosure` (cases, fields, recipient, class,
    approval or reason) — plus what the print flow needs: letters carry the follow-up text for each case."""

    kind: str  # "letter" | "summary" | "labels" | "share" | "worklist"
    plan: vocabulary.Disclosure
    letter_langs: dict[str, tuple[str, str]] = field(default_factory=dict)  # case id -> (template, language)
    followups_logged: bool = False
    unreviewed: tuple[str, ...] = ()  # languages whose translation nobody has reviewed (shown on the preview)
    personal: str = ""  # the caseworker's own paragraph in a letter (issue 14), cleaned

    @property
    def case_ids(self) -> list[str]:
        return list(self.plan.case_ids)

    @property
    def fields(self) -> tuple[str, ...]:
        return self.plan.fields

    @property
    def disclosure_class(self) -> str:
        return self.plan.disclosure_class

    @property
    def approval_ref(self) -> str:
        return self.plan.approval_id

    @property
    def reason(self) -> str:
        return self.plan.reason

    @property
    def shows_contact(self) -> bool:
        return self.plan.shows_contact

    def action(self, medium: str) -> str:
        """The audit action of a release: a share is a share whether printed or saved; else print / export."""
        return "share" if self.plan.output == "share_agency" else medium

    def preview(self) -> vocabulary.Disclosure:
        """The preview's reveal: the same fields, shown to the caseworker at this office (routine)."""
        return dataclasses.replace(
            self.plan, recipient="council_office", disclosure_class="routine", approval_id=""
        )


def letter_note(template: str, lang: str, how: str = "printed") -> str:
    """The follow-up text for a letter: which letter, in which language (no personal data)."""
    # English, whatever the interface language: the note goes to the office's shared log.
    name = labels.LETTER_TEMPLATE.get(template, template).split(" (")[0]
    language = LANGUAGES[lang].english_name if lang in LANGUAGES else lang
    return f"Letter {how}: {name} ({language})."


def paint_pdf(
    document: QPdfDocument, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Paint the document's pages (or the range chosen in the print dialog) to `printer`, each rendered at the
    printer's resolution (capped at MAX_PRINT_DPI). Returns the number of pages sent; NotPrinted if the printer
    cannot start. `progress(done, total)` returning False stops early."""
    total = document.pageCount()
    first = max(1, printer.fromPage() or 1)
    last = min(total, printer.toPage() or total)
    printer.setFullPage(True)  # the PDF has its own margins; paint from the paper's corner
    painter = QPainter()
    if not painter.begin(printer):
        raise NotPrinted()
    sent = 0
    try:
        res = printer.resolution()
        dpi = min(res, MAX_PRINT_DPI)
        for index in range(first - 1, last):
            if sent:
                printer.newPage()
            pts = document.pagePointSize(index)
            image = document.render(index, QSize(round(pts.width() * dpi / 72), round(pts.height() * dpi / 72)))
            target = QRect(0, 0, round(pts.width() * res / 72), round(pts.height() * res / 72))
            painter.drawImage(target, image)
            sent += 1
            if progress is not None and not progress(sent, last - first + 1):
                break
    finally:
        painter.end()
    return sent
