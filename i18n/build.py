"""Translation build step (after Vorta's Makefile: lupdate → .ts → lrelease → .qm from one place).

    python i18n/build.py              extract every string marked in council_desk/ui/ into each .ts (and the
                                      plural forms into the English one), then --release
    python i18n/build.py --release    compile each .ts into council_desk/ui/translations/*.qm (only what changed),
                                      plus the pseudo-locale; `./dev setup` runs this
    python i18n/build.py --check      fail if a marked string is missing from the .ts files (or they hold one that
                                      no longer exists); the test suite runs this (tests/ui/test_translations.py)
    python i18n/build.py --coverage   messages translated / total per language, with the review status
    python i18n/build.py --todo LANG  the messages LANG still lacks

The .ts files here are the Qt Linguist sources translators edit, one per designated citywide language. A message
whose translation is marked "unfinished" is a machine draft not yet approved by a reviewer in Linguist; lrelease
still compiles it (the app shows drafts rather than English, and says so in Settings → Language). A language's
review as a whole is recorded in council_desk/ui/translations/review_status.json.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
UI = ROOT / "council_desk" / "ui"
OUT = UI / "translations"
# The interface languages, as the app names them (council_desk.domain.languages), English being the source.
LANGS = ("es", "zh-Hans", "zh-Hant", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl")
# English is the source; its file holds only the plural forms ("%n case(s)" → "1 case", "2 cases").
ENGLISH = "en"
PSEUDO = "pseudo"


def ts_path(lang: str) -> Path:
    return HERE / f"council_desk_{lang.replace('-', '_')}.ts"


def qm_path(lang: str) -> Path:
    return OUT / f"council_desk_{lang.replace('-', '_')}.qm"


def sources() -> list[Path]:
    """Every file that holds interface strings: the whole UI package (windows, the label and error catalogues)."""
    return sorted(UI.rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"{name} not found (it comes with PySide6)")
    return found


# lupdate knows no plural rules for Haitian Creole and refuses to update a translated ht file ("target language is
# not recognized"). It is run with a stand-in language that has the same single plural form, and the file's own
# language is put back afterwards (lrelease and the app read ht_HT fine).
_STAND_INS = {'language="ht_HT"': 'language="ko_KR"'}


def _swap_language(ts: Path, back: bool) -> None:
    text = ts.read_text(encoding="utf-8")
    for real, stand_in in _STAND_INS.items():
        text = text.replace(stand_in, real) if back else text.replace(real, stand_in)
    ts.write_text(text, encoding="utf-8")


def lupdate(ts_files: list[Path], extra: tuple[Path, ...] = (), *, plurals_only: bool = False) -> None:
    cmd = [
        _tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        *(["-pluralonly"] if plurals_only else []),
        *map(str, [*sources(), *extra]),
        "-ts",
        *map(str, ts_files),
    ]
    swapped = [ts for ts in ts_files if 'language="ht_HT"' in ts.read_text(encoding="utf-8")]
    for ts in swapped:
        _swap_language(ts, back=False)
    try:
        subprocess.run(cmd, check=True, cwd=HERE)  # noqa: S603 - our own tool, fixed arguments
    finally:
        for ts in swapped:
            _swap_language(ts, back=True)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)  # noqa: S603


# --- reading .ts files ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation (one form, or each plural form)
    finished: bool  # approved in Linguist (not "unfinished")

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def translated(self) -> bool:
        return bool(self.forms) and all(f.strip() for f in self.forms)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The .ts file's language and its live messages (obsolete and vanished ones left out)."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own files
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = "" if tr is None else tr.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            numerus = msg.get("numerus") == "yes"
            if tr is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in tr.iter("numerusform"))
            else:
                forms = (tr.text or "",)
            out.append(
                Message(
                    name,
                    msg.findtext("source") or "",
                    msg.findtext("comment") or "",
                    numerus,
                    forms,
                    kind != "unfinished",
                )
            )
    return root.get("language", ""), out


# --- pseudo-locale -------------------------------------------------------------------------------------------
_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķļḿñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻḾÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
# Left as they are: Qt's placeholders (%1, %L1, %n, %v, %m), HTML tags and entities, file-dialog patterns, "&&".
_KEEP = re.compile(r"%L?\d|%[nvm]|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\(\*\.[a-z]+\)|&&")


def pseudo(text: str) -> str:
    """Accented and about 40% longer, inside ⟦ ⟧ so a clipped end shows: "Save" → "⟦Šàṽéšà⟧". Each word grows on
    its own (its first letters repeated) so text still wraps between words as a translation's would."""
    if not text:
        return text

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        extra = w[: max(1, round(len(w) * 0.4))] if len(w) > 1 else ""
        return "".join(_ACCENTED.get(c, c) for c in w + extra)

    parts, last = [], 0
    for m in _KEEP.finditer(text):
        parts.append(re.sub(r"[A-Za-z]+", word, text[last : m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(re.sub(r"[A-Za-z]+", word, text[last:]))
    return "⟦" + "".join(parts) + "⟧"


def write_pseudo_ts(template: Path, target: Path) -> None:
    """A .ts in the made-up language: every source message of `template`, pseudo-translated (two plural forms,
    as English has)."""
    tree = ET.parse(template)  # noqa: S314
    root = tree.getroot()
    root.set("language", "en")
    for msg in root.iter("message"):
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        source = msg.findtext("source") or ""
        for child in list(tr):
            tr.remove(child)
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(source)
        else:
            tr.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


# --- commands ------------------------------------------------------------------------------------------------
def release(force: bool = False) -> int:
    """Compile each .ts whose .qm is missing or older; then the pseudo-locale."""
    built = 0
    newest_ts = max(ts_path(lang).stat().st_mtime for lang in LANGS)
    for lang in (*LANGS, ENGLISH):
        ts, qm = ts_path(lang), qm_path(lang)
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease(ts, qm)
            built += 1
    pseudo_qm = qm_path(PSEUDO)
    pseudo_inputs = max(newest_ts, Path(__file__).stat().st_mtime)
    if force or not pseudo_qm.exists() or pseudo_qm.stat().st_mtime < pseudo_inputs:
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / "council_desk_pseudo.ts"
            write_pseudo_ts(ts_path(LANGS[0]), ts)
            lrelease(ts, pseudo_qm)
        built += 1
    if built:
        print(f"built {built} translation file(s) in {OUT.relative_to(ROOT)}")
    return 0


def check(extra: tuple[Path, ...] = ()) -> int:
    """Extract into copies of the .ts files and compare: every marked string must be in every .ts already.
    (`extra`: more source files, for the test that shows the check fails.)"""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in LANGS:
            copy = Path(tmp) / ts_path(lang).name
            shutil.copy2(ts_path(lang), copy)
            copies.append(copy)
        # The copies sit elsewhere: relative locations would differ, and the comparison ignores them anyway.
        lupdate(copies, extra)
        english = Path(tmp) / ts_path(ENGLISH).name
        shutil.copy2(ts_path(ENGLISH), english)
        lupdate([english], extra, plurals_only=True)
        for lang, copy in zip((*LANGS, ENGLISH), (*copies, english), strict=True):
            _, fresh = read_ts(copy)
            _, stored = read_ts(ts_path(lang))
            want, have = {m.key for m in fresh}, {m.key for m in stored}
            for ctx, src, _c, _n in sorted(want - have):
                problems.append(f"{ts_path(lang).name}: missing [{ctx}] {src!r}")
            for ctx, src, _c, _n in sorted(have - want):
                problems.append(f"{ts_path(lang).name}: no longer in the sources [{ctx}] {src!r}")
    for p in problems[:60]:
        print(p)
    if problems:
        print(f"{len(problems)} difference(s): run `python i18n/build.py` and translate the new messages")
        return 1
    print(f"all {len(LANGS)} .ts files hold every marked string (and the English file every plural)")
    return 0


def coverage() -> int:
    import json

    status = json.loads((OUT / "review_status.json").read_text(encoding="utf-8")).get("languages", {})
    print(f"{'language':10} {'translated':>12} {'%':>6} {'approved':>9}  review")
    complete = True
    for lang in LANGS:
        _, msgs = read_ts(ts_path(lang))
        done = sum(m.translated for m in msgs)
        approved = sum(m.translated and m.finished for m in msgs)
        entry = status.get(lang, {})
        review = entry.get("status", "machine-draft")
        if review == "reviewed":
            review += f" by {entry.get('reviewer', '?')} on {entry.get('reviewed_on', '?')}"
        else:
            review += f" ({entry.get('drafted_on', '?')}), not yet reviewed"
        share = 100 * done / max(1, len(msgs))
        print(f"{lang:10} {done:>5}/{len(msgs):<6} {share:>5.1f}% {approved:>9}  {review}")
        complete &= done == len(msgs)
    _, plurals = read_ts(ts_path(ENGLISH))
    done = sum(m.translated for m in plurals)
    print(
        f"{'en':10} {done:>5}/{len(plurals):<6} {100 * done / max(1, len(plurals)):>5.1f}%"
        f" {'':>9}  the source language: its plural forms only"
    )
    complete &= done == len(plurals)
    return 0 if complete else 1


def todo(lang: str) -> int:
    _, msgs = read_ts(ts_path(lang))
    missing = [m for m in msgs if not m.translated]
    for m in missing:
        print(f"[{m.context}]{' (plural)' if m.numerus else ''} {m.source}")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--release", action="store_true")
    group.add_argument("--check", action="store_true")
    group.add_argument("--coverage", action="store_true")
    group.add_argument("--todo", metavar="LANG", choices=(*LANGS, ENGLISH))
    parser.add_argument("--force", action="store_true", help="with --release: rebuild every .qm")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.coverage:
        return coverage()
    if args.todo:
        return todo(args.todo)
    if not args.release:
        lupdate([ts_path(lang) for lang in LANGS])
        lupdate([ts_path(ENGLISH)], plurals_only=True)
        print(f"updated {len(LANGS)} .ts files and the English plurals from {len(sources())} source files")
    return release(force=args.force or not args.release)


if __name__ == "__main__":
    sys.exit(main())
