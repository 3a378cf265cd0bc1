"""Dates written the way each letter language writes them (small month tables; no babel dependency)."""

from __future__ import annotations

import datetime as dt

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "ht": (
        "janvye",
        "fevriye",
        "mas",
        "avril",
        "me",
        "jen",
        "jiyè",
        "out",
        "septanm",
        "oktòb",
        "novanm",
        "desanm",
    ),
    # Polish and Russian dates use the genitive month name ("22 listopada").
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "bn": (
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"),
}

# Which digits a letter writes dates and counts in. Bengali letters use Bengali digits, as Bengali print does.
# Arabic and Urdu letters use Western digits (NYC's Arabic and Urdu materials do, and the identifiers in the same
# letter must be Western anyway); Chinese and Korean write Western digits. In every language, what people key
# into a phone or a 311 system (complaint numbers, phone numbers, "311" itself) and mailing addresses stay in
# Western digits: they are identifiers, printed as the system that reads them writes them. (docs/letters.md)
NATIVE_DIGITS: dict[str, str] = {"bn": "০১২৩৪৫৬৭৮৯"}
_TABLES = {lang: str.maketrans("0123456789", digits) for lang, digits in NATIVE_DIGITS.items()}


def local_digits(text: str, lang: str) -> str:
    """`text` (a date, a count) with its digits in the letter language's own digits."""
    table = _TABLES.get(lang)
    return text.translate(table) if table else text


def format_date(day: dt.date, lang: str) -> str:
    """`day` as written in a letter in `lang` (e.g. "November 22, 2026", "2026年11月22日", "22 listopada 2026")."""
    d, m, y = day.day, day.month, day.year
    if lang in ("zh-Hans", "zh-Hant"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}년 {m}월 {d}일"
    if lang == "en":
        return f"{_MONTHS['en'][m - 1]} {d}, {y}"
    if lang == "es":
        return f"{d} de {_MONTHS['es'][m - 1]} de {y}"
    if lang == "ru":
        return f"{d} {_MONTHS['ru'][m - 1]} {y} г."
    if lang == "bn":
        return local_digits(f"{d} {_MONTHS['bn'][m - 1]} {y}", lang)
    if lang in _MONTHS:
        return f"{d} {_MONTHS[lang][m - 1]} {y}"
    raise ValueError(f"no date format for language {lang!r}")
