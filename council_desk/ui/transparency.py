"""Help → What this PC keeps: what Council Desk stores on this PC, why, for how long, who can see it, and how to
remove it (311 Privacy Policy principle 6, transparency). The figures are this cache's own (counted when the
dialog opens); nothing shown names a constituent.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from council_desk.ui.accessibility import name, polish
from council_desk.ui.qt import (
    QAction,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from council_desk.ui.taskman import Op

if TYPE_CHECKING:
    from council_desk.ui.backend import Backend

__all__ = ["KeptFacts", "WhatThisPCKeeps", "install_transparency", "kept_facts"]


@dataclass(frozen=True)
class KeptFacts:
    folder: str
    cases: int
    waiting: int
    audit_entries: int
    audit_unsent: int
    retention_days: int
    offline_days: int


def kept_facts(backend: Backend) -> KeptFacts:
    """Counted on the database worker."""
    store, audit, me = backend.store, backend.audit, backend.me
    if store is None or audit is None:
        return KeptFacts("", 0, 0, 0, 0, 0, 0)
    policy = me.policy if me else None
    return KeptFacts(
        folder=str(Path(store.path).parent),
        cases=store.case_count(),
        waiting=store.outbox_count(),
        audit_entries=len(audit.events()),
        audit_unsent=audit.pending_count(),
        retention_days=policy.retention_days_after_close if policy else 365,
        offline_days=policy.max_offline_days if policy else 14,
    )


class WhatThisPCKeeps(QDialog):
    def __init__(self, facts: KeptFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatThisPCKeeps")
        self.setWindowTitle(self.tr("What this PC keeps"))
        self.body = QTextBrowser(self)
        self.body.setObjectName("keepsBody")
        self.body.setMinimumSize(720, 460)
        name(
            self.body,
            self.tr("What this PC keeps"),
            self.tr("What is stored here, why, for how long, who can see it, and how to remove it"),
        )
        self.body.setHtml(self.text(facts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        polish(self)

    def text(self, f: KeptFacts) -> str:
        e = html.escape
        head = (self.tr("What"), self.tr("Why"), self.tr("How long"), self.tr("Who can see it"))
        rows = [
            (
                self.tr(
                    "The consented 311 complaints of your district, with the filers' contact details and your "
                    "office's follow-ups: %1 case(s)"
                ).replace("%1", str(f.cases)),
                self.tr("So you can work, also offline."),
                self.tr(
                    "Until consent is withdrawn or the case leaves the district; %1 days after 311 closes it; "
                    "all of them when the office's access ends. Unopened for more than %2 days, the app asks "
                    "you to sign in again."
                )
                .replace("%1", str(f.retention_days))
                .replace("%2", str(f.offline_days)),
                self.tr(
                    "You, after signing in or with your unlock PIN. The file is encrypted; its key is in this "
                    "PC's system keyring, never in a file."
                ),
            ),
            (
                self.tr("Your changes not yet sent: %1").replace("%1", str(f.waiting)),
                self.tr("So nothing you write is lost without a network."),
                self.tr("Until the 311 access system has them."),
                self.tr("You; then your office, through the 311 access system."),
            ),
            (
                self.tr("The privacy log: %1 entries, %2 not yet sent")
                .replace("%1", str(f.audit_entries))
                .replace("%2", str(f.audit_unsent)),
                self.tr(
                    "The record of every time contact details were shown, printed, saved or shared, kept by "
                    "law. It holds which cases and which kinds of details, never the details themselves."
                ),
                self.tr("With the cases; a copy goes to the 311 access system, which keeps the office's record."),
                self.tr("Your office's privacy officer (the chief of staff), in the office's log."),
            ),
            (
                self.tr("Your sign-in and the cache key"),
                self.tr("So you stay signed in, and the cases can be opened."),
                self.tr("Until you sign out, or the data is removed."),
                self.tr("This PC's system keyring, for your Windows or Linux account only."),
            ),
        ]
        table = [
            "<table border='1' cellspacing='0' cellpadding='4'><tr>",
            *(f"<th>{e(h)}</th>" for h in head),
            "</tr>",
        ]
        for r in rows:
            table.append("<tr>" + "".join(f"<td valign='top'>{e(c)}</td>" for c in r) + "</tr>")
        table.append("</table>")
        where = self.tr("Where: %1").replace("%1", f.folder or "—")
        remove = self.tr(
            "How to remove it: your IT contact runs council-desk sign-out --remove-data (uninstalling "
            "Council Desk on Windows does the same). The key is deleted first, so what is left of the files "
            "cannot be read."
        )
        return "".join([*table, f"<p>{e(where)}</p>", f"<p>{e(remove)}</p>"])


def install_transparency(window: QMainWindow, backend: Backend) -> QAction:
    """Help → What this PC keeps… on the window's Help menu (made by ui/about.py)."""
    menu = next((m for m in window.menuBar().findChildren(QMenu) if m.objectName() == "helpMenu"), None)
    action = QAction(QCoreApplication.translate("WhatThisPCKeeps", "What this PC keeps…"), window)
    action.setObjectName("whatThisPCKeepsAction")
    shown: list[WhatThisPCKeeps] = []

    def show() -> None:
        def opened(facts: KeptFacts) -> None:
            dlg = WhatThisPCKeeps(facts, window)
            shown[:] = [dlg]
            dlg.open()

        Op(window, lambda: kept_facts(backend)).success(opened).run()

    action.triggered.connect(show)
    if menu is not None:
        menu.insertAction(menu.actions()[0] if menu.actions() else None, action)  # type: ignore[arg-type]
    return action
