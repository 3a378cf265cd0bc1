"""Settings: the interface language (saved; used from the next start) and how far each translation has been
reviewed by a person (`council_desk/ui/translations/review_status.json`). Also the Language menu.

Languages are listed by their own names first ("Español", "বাংলা"), so a caseworker who cannot read the language
the app is in now still finds theirs; the confirmation is given in the chosen language as well.
"""

from __future__ import annotations

from council_desk.domain.languages import LANGUAGE_CODES, LANGUAGES
from council_desk.ui import labels
from council_desk.ui.accessibility import name, polish
from council_desk.ui.i18n import (
    SOURCE_LANGUAGE,
    TRANSLATED,
    TRANSLATIONS_DIR,
    Review,
    available,
    current,
    qm_name,
    review_status,
    system_language,
)
from council_desk.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAction,
    QActionGroup,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTranslator,
    QVBoxLayout,
    QWidget,
)
from council_desk.ui.settings import UI_LANGUAGE, Settings
from council_desk.ui.sizing import form as translatable_form

SYSTEM = ""  # the saved value for "the PC's language"
CONTEXT = "SettingsDialog"
_NEXT_START = QT_TRANSLATE_NOOP("SettingsDialog", "The interface will be in %1 the next time Council Desk starts.")


def _tr(text: str) -> str:
    """A message marked elsewhere (QT_TRANSLATE_NOOP) under this module's context."""
    return QCoreApplication.translate(CONTEXT, text)


def choice_label(code: str) -> str:
    """A language as offered: its own name, then its name in the interface language when that differs."""
    own = LANGUAGES[code].native_name
    here = labels.language_name(code)
    return own if here == own else f"{own} ({here})"


def system_label() -> str:
    text = QCoreApplication.translate("SettingsDialog", "The PC's language (%1)")
    return text.replace("%1", LANGUAGES[system_language()].native_name)


def _in_language(code: str, text: str) -> str:
    """`text` (context SettingsDialog) in language `code`, which need not be the running one; English if none."""
    if code == SOURCE_LANGUAGE:
        return text
    tr = QTranslator()
    if tr.load(qm_name(code), str(TRANSLATIONS_DIR)):
        return tr.translate(CONTEXT, text) or text
    return text


def choose_language(parent: QWidget | None, settings: Settings, code: str) -> QMessageBox:
    """Save the choice and say when it takes effect, in the chosen language and (if different) the current one."""
    settings.set(UI_LANGUAGE, code)
    settings.sync()
    target = code or system_language()
    own = LANGUAGES[target].native_name
    said = [_in_language(target, _NEXT_START).replace("%1", own)]
    here = _tr(_NEXT_START).replace("%1", own)
    if here not in said:
        said.append(here)
    title = QCoreApplication.translate("SettingsDialog", "Language")
    ok = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Information, title, "\n\n".join(said), ok, parent)
    box.setObjectName("languageChosenBox")
    box.open()
    return box


def language_menu(parent: QWidget, settings: Settings) -> QMenu:
    """The Language menu: the PC's language, then each language by its own name; the saved choice is ticked."""
    menu = QMenu(QCoreApplication.translate("SettingsDialog", "&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    saved = settings.get(UI_LANGUAGE)
    for code, text in [(SYSTEM, system_label()), *((c, choice_label(c)) for c in LANGUAGE_CODES)]:
        act = QAction(text, menu)
        act.setObjectName(f"language_{code or 'system'}")
        act.setCheckable(True)
        act.setChecked(code == saved)
        act.setData(code)
        group.addAction(act)
        menu.addAction(act)
    group.triggered.connect(lambda act: choose_language(parent, settings, str(act.data() or "")))
    return menu


def language_button(parent: QWidget, settings: Settings) -> QToolButton:
    """For the sign-in window (no menu bar): the language in use, by its own name, opening the Language menu."""
    button = QToolButton(parent)
    button.setObjectName("languageButton")
    lang = current().language
    button.setText(LANGUAGES[lang].native_name if lang in LANGUAGES else lang)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setMenu(language_menu(parent, settings))
    name(
        button,
        QCoreApplication.translate("SettingsDialog", "Language"),
        QCoreApplication.translate("SettingsDialog", "The language of Council Desk's windows"),
    )
    return button


def install_menu(window: QMainWindow, settings: Settings) -> QMenu:
    """The main window's Settings menu: Language ▸ and Settings…."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("SettingsDialog", "&Settings"))
    menu.setObjectName("settingsMenu")
    menu.addMenu(language_menu(window, settings))
    act = menu.addAction(QCoreApplication.translate("SettingsDialog", "Settings and translations…"))
    act.setObjectName("settingsAction")
    act.triggered.connect(lambda: SettingsDialog(settings, window).open())
    return menu


class SettingsDialog(QDialog):
    """The language choice and each translation's review status."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(system_label(), SYSTEM)
        for code in LANGUAGE_CODES:
            self.language.addItem(choice_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(UI_LANGUAGE))))
        self.language.setAccessibleDescription(self.tr("Used from the next time Council Desk starts"))
        note = QLabel(self.tr("A new language is used from the next time Council Desk starts."), self)
        note.setWordWrap(True)

        self.status = QTableWidget(len(TRANSLATED), 2, self)
        self.status.setObjectName("translationStatus")
        self.status.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Translation")])
        self.status.verticalHeader().hide()
        self.status.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.status.horizontalHeader().setStretchLastSection(True)
        name(
            self.status,
            self.tr("Translation status"),
            self.tr("For each language: whether a person has reviewed the machine draft"),
        )
        reviews, built = review_status(), available()
        for row, code in enumerate(TRANSLATED):
            self.status.setItem(row, 0, QTableWidgetItem(choice_label(code)))
            self.status.setItem(row, 1, QTableWidgetItem(self.status_text(code, reviews[code], built[code])))
        intro = QLabel(
            self.tr(
                "Translations start as machine drafts. A colleague who reads the language checks "
                "them and their name and the date are recorded here."
            ),
            self,
        )
        intro.setWordWrap(True)

        form = translatable_form()
        form.addRow(self.tr("&Language:"), self.language)
        std = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(std.Ok | std.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(intro)
        layout.addWidget(self.status, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
        polish(self)

    def status_text(self, code: str, review: Review, built: bool) -> str:
        if review.reviewed:
            text = self.tr("Reviewed by %1 on %2").replace("%1", review.reviewer).replace("%2", review.reviewed_on)
        else:
            text = self.tr("Machine draft (%1), not yet reviewed by a person").replace(
                "%1", review.drafted_on or "—"
            )
        if not built:
            text += " · " + self.tr("not installed on this PC")
        return text

    def accept(self) -> None:
        code = str(self.language.currentData() or "")
        if code != self.settings.get(UI_LANGUAGE):
            choose_language(self.parentWidget(), self.settings, code)
        super().accept()
