"""The interface language: which one to use, loading its translations, and how far each translation was reviewed.

The compiled translations (`council_desk_<lang>.qm`, built from `i18n/*.ts` by `i18n/build.py`, which
`./dev setup` runs) ship inside the package, in `council_desk/ui/translations/`, next to `review_status.json`, so
an installed app finds them without any path outside the package; the frozen app carries them in its bundle's
`i18n/` folder (packaging/council-desk.spec). Qt's own translations of its dialogs
and buttons (`qtbase_<lang>.qm`) come from Qt's translations folder.

The language is chosen once, at start: the saved choice (Settings → Language), else the PC's preferred languages
in order. Changing it takes effect the next time Council Desk starts (see docs/app.md for why not at once).
Right-to-left layout is switched on only when an Arabic or Urdu translation actually loaded: a right-to-left
window full of English would be harder to read than the English app.

`pseudo` is a made-up language for developers (`COUNCIL_DESK_LANGUAGE=pseudo`): every message accented and about
40% longer, to find clipped labels and strings that were never marked for translation.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from council_desk import resources
from council_desk.domain.languages import LANGUAGE_CODES, LANGUAGES
from council_desk.ui.qt import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

log = logging.getLogger("council_desk.ui.i18n")


def _translations_dir() -> Path:
    # In the frozen app (packaging/council-desk.spec) the compiled files sit in the bundle's i18n/ folder, beside
    # resources/ (council_desk.resources); everywhere else, in this package.
    if resources.frozen():
        return resources.i18n_dir()
    return Path(__file__).resolve().parent / "translations"


TRANSLATIONS_DIR = _translations_dir()
REVIEW_STATUS_FILE = TRANSLATIONS_DIR / "review_status.json"
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
LANGUAGE_ENV = "COUNCIL_DESK_LANGUAGE"
# Languages with an interface translation (every designated citywide language); English is the source.
TRANSLATED: tuple[str, ...] = tuple(c for c in LANGUAGE_CODES if c != SOURCE_LANGUAGE)
# Qt names its Chinese translations by region, this app by script (as the letters do).
_QT_NAMES = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW"}
_TRADITIONAL_REGIONS = (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)


def qm_name(language: str) -> str:
    """The file name (without .qm) of the app's translation for a language code: zh-Hans → council_desk_zh_Hans."""
    return "council_desk_" + language.replace("-", "_")


def language_for_locale(locale: QLocale) -> str:
    """The interface language for a locale: Chinese by script (zh_CN, zh_SG → zh-Hans; zh_TW, zh_HK → zh-Hant),
    the others by language; English for a language without a translation."""
    if locale.language() == QLocale.Language.Chinese:
        if locale.script() == QLocale.Script.TraditionalHanScript or locale.territory() in _TRADITIONAL_REGIONS:
            return "zh-Hant"
        return "zh-Hans"
    code = locale.name().split("_")[0]
    return code if code in LANGUAGE_CODES else SOURCE_LANGUAGE


def system_language(locale: QLocale | None = None) -> str:
    """The first of the PC's preferred languages this app has, else English."""
    loc = locale or QLocale.system()
    for tag in loc.uiLanguages():
        lang = language_for_locale(QLocale(tag))
        if lang != SOURCE_LANGUAGE or tag.split("-")[0].lower() == "en":
            return lang
    return SOURCE_LANGUAGE


def chosen_language(saved: str) -> str:
    """What to use at start: the developer override, the saved choice, or the PC's languages."""
    for choice in (os.environ.get(LANGUAGE_ENV, ""), saved):
        if choice == PSEUDO or choice in LANGUAGE_CODES:
            return choice
    return system_language()


@dataclass(frozen=True)
class Loaded:
    """What `install_translations` did."""

    language: str  # the code asked for (after choosing)
    translated: bool  # the app's own translation loaded (English needs none)
    qt_translated: bool  # Qt's own (standard buttons, file dialogs) loaded
    right_to_left: bool


# The translators this module installed, so a second call (tests, screenshots) replaces them instead of stacking.
_installed: list[QTranslator] = []
_current: Loaded | None = None


def install_translations(app: QCoreApplication, language: str, *, directory: Path | None = None) -> Loaded:
    """Load the app's and Qt's translations for `language` and set the layout direction. Returns what loaded."""
    global _current
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    folder = directory or TRANSLATIONS_DIR
    translated = qt_translated = False
    language = language or SOURCE_LANGUAGE
    if language == SOURCE_LANGUAGE:
        # English needs only its plural forms ("1 case", "2 cases" for "%n case(s)").
        plurals = QTranslator(app)
        if plurals.load(qm_name(SOURCE_LANGUAGE), str(folder)) and not plurals.isEmpty():
            app.installTranslator(plurals)
            _installed.append(plurals)
    else:
        ours = QTranslator(app)
        # An empty .qm (built before anything was translated) loads, but translates nothing: not "loaded".
        translated = ours.load(qm_name(language), str(folder)) and not ours.isEmpty()
        if translated:
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no interface translation for %s in %s", language, folder)
        qt_name = _QT_NAMES.get(language, language)
        if language != PSEUDO:
            qt_tr = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_translated = qt_tr.load(f"qtbase_{qt_name}", qt_dir)
            if qt_translated:
                app.installTranslator(qt_tr)
                _installed.append(qt_tr)
    lang = LANGUAGES.get(language)
    rtl = bool(translated and lang is not None and lang.rtl)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    _current = Loaded(language, translated, qt_translated, rtl)
    return _current


def current() -> Loaded:
    """The language in effect (English until `install_translations` ran)."""
    return _current or Loaded(SOURCE_LANGUAGE, False, False, False)


def ltr(text: str) -> str:
    """`text` (a date, a time, a number with separators) kept left to right inside right-to-left text: Qt lays
    "2026-12-01 05:20" out as "05:20 01-12-2026" in an Arabic line otherwise. Unchanged in a left-to-right
    interface, so English text and the tests that read it stay as they were."""
    return f"\u2066{text}\u2069" if text and current().right_to_left else text


def isolate(text: str) -> str:
    """Text from 311 or typed by a user (an address, a note), set in its own direction inside right-to-left text:
    "511 WEST 147 STREET" otherwise reads "WEST 147 STREET 511" in an Arabic list, and an English sentence ends
    with its full stop on the wrong side. Unchanged in a left-to-right interface."""
    return f"\u2068{text}\u2069" if text and current().right_to_left else text


def ui_locale() -> QLocale:
    """A QLocale for the interface language (month names in the statistics), the system's for English."""
    lang = current().language
    if lang in (SOURCE_LANGUAGE, PSEUDO):
        return QLocale.system()
    return QLocale(lang.replace("-", "_"))


@dataclass(frozen=True)
class Review:
    """How far a language's interface translation was checked by a person (`review_status.json`)."""

    language: str
    status: str  # "machine-draft" | "reviewed"
    reviewer: str
    reviewed_on: str  # ISO date, "" while a machine draft
    drafted_on: str
    note: str

    @property
    def reviewed(self) -> bool:
        return self.status == "reviewed"


REVIEW_STATES = ("machine-draft", "reviewed")


@cache
def review_status(path: Path = REVIEW_STATUS_FILE) -> dict[str, Review]:
    """Each translated language's review record; a language missing from the file counts as a machine draft."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("translation review status unreadable: %s", path.name)
        raw = {}
    out: dict[str, Review] = {}
    for code in TRANSLATED:
        entry = raw.get("languages", {}).get(code, {})
        status = entry.get("status", "machine-draft")
        # Fail closed: "reviewed" counts only with the reviewer's name and the date.
        if status not in REVIEW_STATES or (
            status == "reviewed" and not (entry.get("reviewer") and entry.get("reviewed_on"))
        ):
            status = "machine-draft"
        out[code] = Review(
            language=code,
            status=status,
            reviewer=str(entry.get("reviewer", "")),
            reviewed_on=str(entry.get("reviewed_on", "")),
            drafted_on=str(entry.get("drafted_on", "")),
            note=str(entry.get("note", "")),
        )
    return out


def available(directory: Path | None = None) -> dict[str, bool]:
    """Whether each translated language's .qm is present (a checkout where `./dev setup` never ran has none)."""
    folder = directory or TRANSLATIONS_DIR
    return {code: (folder / f"{qm_name(code)}.qm").is_file() for code in TRANSLATED}
