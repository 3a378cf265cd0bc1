"""English plus the 10 designated citywide languages (Admin. Code § 23-1101, Local Law 30 of 2017).

Chinese carries a script, because a letter must be printed in one: zh-Hans (Simplified) or zh-Hant (Traditional).
"""

from __future__ import annotations

from dataclasses import dataclass

from council_desk.api.codes import LANGUAGE_CODES, LanguageCode

__all__ = ["LANGUAGES", "LANGUAGE_CODES", "Language", "LanguageCode"]


@dataclass(frozen=True)
class Language:
    code: str
    english_name: str
    native_name: str
    rtl: bool = False


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English"),
        Language("es", "Spanish", "Español"),
        Language("zh-Hans", "Chinese (Simplified)", "简体中文"),
        Language("zh-Hant", "Chinese (Traditional)", "繁體中文"),
        Language("ru", "Russian", "Русский"),
        Language("bn", "Bengali", "বাংলা"),
        Language("ht", "Haitian Creole", "Kreyòl ayisyen"),
        Language("ko", "Korean", "한국어"),
        Language("ar", "Arabic", "العربية", rtl=True),
        Language("ur", "Urdu", "اردو", rtl=True),
        Language("fr", "French", "Français"),
        Language("pl", "Polish", "Polski"),
    )
}

assert tuple(LANGUAGES) == LANGUAGE_CODES
