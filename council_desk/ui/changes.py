"""What an operation changed, reported on one signal; each view decides what to refresh (after Anki's `OpChanges`).

Before, each write refreshed the views it knew of by hand (the list row, the detail, the outbox count, the
reminders), in several places, and a new view had to be added to each. Now an operation says what it changed —
these cases, every case (a sync), the outbox, the reminders, the audit log — and the views that show those things
listen on the window's `ChangeBus`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from council_desk.ui.qt import QObject, Signal

__all__ = ["ChangeBus", "Changes"]


@dataclass(frozen=True)
class Changes:
    cases: frozenset[str] = field(default_factory=frozenset)  # these cases' rows, detail, timeline
    all_cases: bool = False  # any case may have changed, or come or gone (a sync)
    outbox: bool = False  # the count of changes waiting to be sent
    reminders: bool = False  # what is due
    audit: bool = False  # the privacy log

    @classmethod
    def of_cases(cls, ids: Iterable[str], **more: bool) -> Changes:
        return cls(cases=frozenset(ids), **more)

    def touches(self, case_id: str) -> bool:
        return self.all_cases or case_id in self.cases


class ChangeBus(QObject):
    """One per main window. `report` is called on the GUI thread when an operation's result arrives."""

    changed = Signal(object)  # Changes

    def report(self, changes: Changes) -> None:
        self.changed.emit(changes)
