"""Help → About (version, build, Qt, PySide6, SQLCipher and the rest support asks for) and Help → Save a support
file for IT…, installed on the main window by `install_help_menu(window)`.

Everything shown is about the program and this PC, never about a case: a caseworker can read it out on the phone
or paste it into a ticket. The versions come from `council_desk.version` (Qt-free, shared with the support bundle);
Qt's own version is asked of Qt here.
"""

from __future__ import annotations

import html
from pathlib import Path

from council_desk import policy
from council_desk.logs import log_file
from council_desk.resources import resource_dir
from council_desk.ui.accessibility import name, polish
from council_desk.ui.errors import show_error
from council_desk.ui.qt import (
    PYSIDE_VERSION,
    QT_TRANSLATE_NOOP,
    QAction,
    QApplication,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QIcon,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    qVersion,
)
from council_desk.version import versions

__all__ = ["AboutDialog", "about_rows", "install_help_menu"]

# The rows' words, shown in the interface language (the copied text stays English: it goes into an IT ticket).
_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("AboutDialog", "Council Desk"),
        QT_TRANSLATE_NOOP("AboutDialog", "Build"),
        QT_TRANSLATE_NOOP("AboutDialog", "Packaged"),
        QT_TRANSLATE_NOOP("AboutDialog", "Operating system"),
        QT_TRANSLATE_NOOP("AboutDialog", "Keyring backend"),
        QT_TRANSLATE_NOOP("AboutDialog", "Office policy file"),
        QT_TRANSLATE_NOOP("AboutDialog", "Log file"),
        QT_TRANSLATE_NOOP("AboutDialog", "yes (frozen app)"),
        QT_TRANSLATE_NOOP("AboutDialog", "no (running from source)"),
        QT_TRANSLATE_NOOP("AboutDialog", "none"),
        QT_TRANSLATE_NOOP("AboutDialog", "has a problem (see the support file)"),
    }
)


def _shown(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text) if text in _WORDS else text


def about_rows() -> list[tuple[str, str]]:
    """(label, value) rows for the About box; the same facts as the support bundle's versions.txt, plus Qt."""
    facts = versions()
    rows = [(k, v) for k, v in facts.items() if k != "PySide6 / Qt"]
    rows.insert(3, ("Qt", qVersion()))
    rows.insert(4, ("PySide6", PYSIDE_VERSION))
    try:
        pol = policy.current()
        rows.append(("Office policy file", str(pol.path) if pol.path else "none"))
    except policy.PolicyFileProblem:
        rows.append(("Office policy file", "has a problem (see the support file)"))
    rows.append(("Log file", str(log_file())))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Council Desk"))
        icon = QIcon(str(resource_dir("icons", "council-desk.png")))
        head = QLabel(self)
        head.setPixmap(icon.pixmap(64, 64))
        title = QLabel(
            self.tr(
                "<b>Council Desk</b><br>311 complaints shared with your council member's office, "
                "with the filer's consent."
            ),
            self,
        )
        title.setWordWrap(True)
        self.rows = about_rows()
        body = "".join(
            f"<tr><td><b>{html.escape(_shown(k))}</b>&nbsp;&nbsp;</td><td>{html.escape(_shown(v))}</td></tr>"
            for k, v in self.rows
        )
        self.details = QTextBrowser(self)
        self.details.setObjectName("aboutDetails")
        self.details.setHtml(f"<table>{body}</table>")
        self.details.setMinimumSize(560, 300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(title)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        name(
            self.details,
            self.tr("Versions and files"),
            self.tr("What IT support asks first; Copy puts it on the clipboard"),
        )
        polish(self)

    def text(self) -> str:
        return "\n".join(f"{k}: {v}" for k, v in self.rows)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())


def _save_support_file(window: QMainWindow) -> None:
    path, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("AboutDialog", "Save a support file for IT"),
        str(Path.home() / "council-desk-support.zip"),
        QCoreApplication.translate("AboutDialog", "Zip files (*.zip)"),
    )
    if not path:
        return
    from council_desk.ui.support import write_bundle

    try:
        write_bundle(Path(path))
    except Exception as exc:  # shown as any failure is: a plain message or the crash dialog
        show_error(window, exc)


def install_help_menu(window: QMainWindow) -> None:
    """Add the Help menu (About, Save a support file…) to `window`'s menu bar."""
    # QCoreApplication.translate, not window.tr: lupdate would file window.tr's text under a context "window".
    menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
    menu.setObjectName("helpMenu")
    save = QAction(QCoreApplication.translate("AboutDialog", "Save a support file for IT…"), window)
    save.setObjectName("supportFileAction")
    save.triggered.connect(lambda: _save_support_file(window))
    about = QAction(QCoreApplication.translate("AboutDialog", "&About Council Desk"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the application menu
    dialogs: list[AboutDialog] = []

    def show_about() -> None:
        dlg = AboutDialog(window)
        dialogs[:] = [dlg]  # keep it alive while it is open (non-blocking, like the app's other dialogs)
        dlg.open()

    about.triggered.connect(show_about)
    menu.addAction(save)
    menu.addSeparator()
    menu.addAction(about)
