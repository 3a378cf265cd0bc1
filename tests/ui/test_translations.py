"""The translation files: every marked string extracted (the CI check), every message translated in every
language with every plural form, placeholders kept, terms used as the glossary says, review status recorded,
and the compiled .qm shipped inside the package."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from council_desk.ui.i18n import REVIEW_STATUS_FILE, TRANSLATED, TRANSLATIONS_DIR, qm_name, review_status
from council_desk.ui.qt import QTranslator
from tests.support.i18n_build import build

# How many plural forms each language has (Qt's rules, as lrelease applies them).
PLURAL_FORMS = {
    "es": 2,
    "zh-Hans": 1,
    "zh-Hant": 1,
    "ru": 3,
    "bn": 2,
    "ht": 1,
    "ko": 1,
    "ar": 6,
    "ur": 2,
    "fr": 2,
    "pl": 3,
}
PLACEHOLDER = re.compile(r"%L?\d|%n")
TAG = re.compile(r"</?([a-zA-Z0-9]+)")


def test_every_marked_string_is_in_every_ts_file(capsys: pytest.CaptureFixture[str]) -> None:
    """The CI check: run lupdate into copies of the .ts files and compare with the committed ones."""
    assert build.check() == 0, capsys.readouterr().out


def test_the_check_fails_when_a_string_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new_window.py"
    new.write_text(
        "class NewWindow:\n    def label(self):\n        return self.tr('A message nobody extracted')\n"
    )
    assert build.check(extra=(new,)) == 1
    assert "missing [NewWindow] 'A message nobody extracted'" in capsys.readouterr().out


def test_languages_match_the_app() -> None:
    assert set(build.LANGS) == set(TRANSLATED) == set(PLURAL_FORMS)


@pytest.mark.parametrize("lang", sorted(PLURAL_FORMS))
def test_every_message_translated(lang: str) -> None:
    _, messages = build.read_ts(build.ts_path(lang))
    assert len(messages) > 350
    problems = []
    for m in messages:
        where = f"[{m.context}] {m.source[:50]!r}"
        if not m.context:
            problems.append(f"{where}: no context (its translation would never be found)")
        if not m.translated:
            problems.append(f"{where}: not translated")
            continue
        if m.numerus and len(m.forms) != PLURAL_FORMS[lang]:
            problems.append(f"{where}: {len(m.forms)} plural forms, {lang} has {PLURAL_FORMS[lang]}")
        want = set(PLACEHOLDER.findall(m.source))
        for i, form in enumerate(m.forms):
            got = set(PLACEHOLDER.findall(form))
            # Arabic says "one case" and "two cases" with words, not a number: its forms 0-2 may drop %n.
            if m.numerus and lang == "ar" and i <= 2:
                got.add("%n")
            if got != want:
                problems.append(f"{where}: placeholders {sorted(got)} in form {i}, the source has {sorted(want)}")
            if sorted(TAG.findall(form)) != sorted(TAG.findall(m.source)):
                problems.append(f"{where}: HTML tags differ")
    assert not problems, "\n".join(problems[:40])


def _bare(text: str) -> str:
    """A label without its keyboard mnemonic ("&Language", "语言(&L)") and trailing colon."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "").strip().rstrip(":：").strip()


def _glossary() -> list[dict[str, str]]:
    with (build.HERE / "glossary.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_glossary_terms_are_used_as_the_glossary_says() -> None:
    rows = _glossary()
    assert len(rows) >= 25
    problems = []
    for lang in TRANSLATED:
        _, messages = build.read_ts(build.ts_path(lang))
        by_source: dict[str, set[str]] = {}
        for m in messages:
            if not m.numerus:
                by_source.setdefault(_bare(m.source), set()).add(_bare(m.forms[0]))
        for row in rows:
            want = row[lang]
            assert want, f"glossary: {row['term']} has no {lang}"
            for got in by_source.get(row["term"], ()):
                if got != want:
                    problems.append(f"{lang}: {row['term']!r} is {got!r}, the glossary says {want!r}")
    assert not problems, "\n".join(problems)


def test_review_status_is_recorded_for_every_language() -> None:
    raw: dict[str, Any] = json.loads(REVIEW_STATUS_FILE.read_text(encoding="utf-8"))["languages"]
    assert set(raw) == set(TRANSLATED)
    for lang, entry in raw.items():
        assert entry["status"] in ("machine-draft", "reviewed"), lang
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["drafted_on"]), lang
        if entry["status"] == "reviewed":
            assert entry["reviewer"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["reviewed_on"]), lang
    statuses = review_status()
    assert all(statuses[c].status == raw[c]["status"] for c in TRANSLATED)


def test_review_status_fails_closed(tmp_path: Path) -> None:
    odd = tmp_path / "review_status.json"
    odd.write_text(
        json.dumps(
            {
                "languages": {
                    "es": {"status": "reviewed", "reviewer": "", "reviewed_on": ""},
                    "fr": {"status": "approved-ish"},
                }
            }
        )
    )
    statuses = review_status(odd)
    assert statuses["es"].status == "machine-draft"  # "reviewed" with no name and date does not count
    assert statuses["fr"].status == "machine-draft"
    assert statuses["pl"].status == "machine-draft"  # missing from the file


@pytest.mark.parametrize("lang", sorted(PLURAL_FORMS))
def test_compiled_translation_ships_in_the_package(lang: str) -> None:
    qm = TRANSLATIONS_DIR / f"{qm_name(lang)}.qm"
    assert qm.is_file() and qm.parent.parent.name == "ui" and qm.parent.parent.parent.name == "council_desk"
    tr = QTranslator()
    assert tr.load(qm.stem, str(qm.parent)) and not tr.isEmpty()
    assert tr.translate("MainWindow", "Sync now")  # a message the window shows is in the compiled file


def test_pseudo_locale_is_accented_longer_and_keeps_placeholders() -> None:
    assert build.pseudo("Save") == "⟦ŠàṽéŠà⟧"
    out = build.pseudo("Last synced: %1")
    assert "%1" in out and out.startswith("⟦") and out.endswith("⟧")
    assert build.pseudo("CSV files (*.csv)").endswith("(*.csv)⟧")  # a file-dialog pattern still works
    assert build.pseudo("<b>Bold</b> &amp; more").count("<b>") == 1
    text = "Contact details are shown only when you need them."
    assert len(build.pseudo(text)) >= 1.3 * len(text)


def _literal_messages() -> list[tuple[str, int, str]]:
    """Every string literal handed to a translation call in the UI package (`self.tr`, `*.translate(ctx, …)`,
    module helpers named `_tr`), wherever it sits: inside f-strings too. lupdate misses some of these (an
    f-string's expressions, a helper of our own), and a message it misses is never translated."""
    import ast

    found = []
    for path in build.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            with_context = called == "QT_TRANSLATE_NOOP" or (called == "_tr" and len(node.args) == 2)
            if called in ("tr", "_tr", "QT_TRANSLATE_NOOP"):
                args = node.args[1:] if with_context else node.args[:1]
            elif called == "translate" and len(node.args) >= 2:
                args = node.args[1:2]
            else:
                continue
            for arg in args[:1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((path.name, node.lineno, arg.value))
    return found


def test_tr_is_called_on_self_only() -> None:
    """`window.tr("…")` is filed by lupdate under a context called "window", which no class has: never found."""
    import ast

    wrong = []
    for path in build.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr":
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and owner.id == "self"):
                    wrong.append(f"{path.name}:{node.lineno}")
    assert not wrong, "tr() on another object (use QCoreApplication.translate with a context): " + ", ".join(wrong)


def test_every_literal_given_to_a_translation_call_is_extracted() -> None:
    _, messages = build.read_ts(build.ts_path("es"))
    extracted = {m.source for m in messages}
    literals = _literal_messages()
    assert len(literals) > 300
    missing = [f"{name}:{line} {text!r}" for name, line, text in literals if text not in extracted]
    assert not missing, (
        "never extracted (use self.tr / QCoreApplication.translate outside f-strings):\n" + "\n".join(missing)
    )
