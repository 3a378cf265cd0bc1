"""The consent notices 311 shows with the consent question (§ 23-315 b), by version: the text a consent receipt's
`notice_version` names. The sandbox's intake page shows these very words, and each case's consent receipt in the
app quotes the text of its own version, so the office can see exactly what the filer agreed to.

A version this copy of Council Desk does not know is said to be unknown, never guessed.
"""

from __future__ import annotations

__all__ = ["CURRENT_VERSION", "NOTICES", "notice_text"]

CURRENT_VERSION = "int948-2026-01"

NOTICES: dict[str, str] = {
    CURRENT_VERSION: (
        "You may choose to share your name and contact details, and this complaint, with the New York City "
        "Council member who represents the place your complaint is about, so that their office can follow up "
        "with you. This is voluntary. Your complaint will be handled in exactly the same way whether or not you "
        "agree. You can withdraw your consent at any time with your complaint number and the receipt code we "
        "give you; the council office then stops receiving it and must delete it."
    ),
}


def notice_text(version: str) -> str | None:
    """The notice text of `version`, or None if this version is not known here."""
    return NOTICES.get(version)
