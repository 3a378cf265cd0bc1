"""The rules a caseworker's own secrets must meet, in one place for the app and the CLI alike.

Two secrets: the cache passphrase (only on a PC without a usable keyring: it derives the cache key) and the
unlock PIN or passphrase (unlocks the app after the idle lock, and offline after the session limit; kept only as a
slow verifier inside the encrypted cache). Both are guessed offline at the cost of scrypt per try, so the rules
keep out what is guessed first: short, one repeated character, a straight run of digits.
"""

from __future__ import annotations

MIN_PASSPHRASE = 8
MIN_PIN = 6
_RUNS = "01234567890123456789"  # ascending runs, wrapping (…7890 12…)

__all__ = ["MIN_PASSPHRASE", "MIN_PIN", "is_pin", "passphrase_problem", "unlock_secret_problem"]


def is_pin(text: str) -> bool:
    """All ASCII digits: a PIN (typed on a number pad), not a passphrase."""
    return bool(text) and text.isascii() and text.isdigit()


def passphrase_problem(text: str) -> str | None:
    """Why `text` cannot be a new passphrase, in plain words; None if it can."""
    if len(text) < MIN_PASSPHRASE:
        return f"A passphrase needs at least {MIN_PASSPHRASE} characters."
    if len(set(text)) == 1:
        return "A passphrase cannot be one character repeated."
    if text != text.strip():
        return "A passphrase cannot start or end with a space."
    return None


def unlock_secret_problem(text: str) -> str | None:
    """Why `text` cannot be the unlock secret: a PIN of at least 6 digits that is not trivial, or a passphrase
    under `passphrase_problem`'s rules; None if it can."""
    if is_pin(text):
        if len(text) < MIN_PIN:
            return f"A PIN needs at least {MIN_PIN} digits."
        if len(set(text)) == 1 or text in _RUNS or text in _RUNS[::-1]:
            return "This PIN is too easy to guess (a repeated digit or a run like 123456)."
        return None
    return passphrase_problem(text)
