"""Known, environmental failures: shown to the user in plain words, never as a traceback.

Bugs are everything else; they reach the crash dialog / crash report, which holds no personal data.
"""

from __future__ import annotations


class KnownError(Exception):
    """An expected failure with a plain-language message that says what happened and what to do."""

    exit_code: int = 1
    default_message: str = "Something went wrong."

    def __init__(self, user_message: str | None = None) -> None:
        self.user_message = user_message or self.default_message
        super().__init__(self.user_message)


class UsageError(KnownError):
    exit_code = 2


class SignInRequired(KnownError):
    exit_code = 3
    default_message = "You need to sign in to the 311 access system again."


class Offline(KnownError):
    exit_code = 4
    default_message = "The 311 access system cannot be reached. You can keep working; changes will be sent later."


class ServerRefused(KnownError):
    exit_code = 5
    default_message = "The 311 access system refused the request."


class KeyringProblem(KnownError):
    exit_code = 6
    default_message = "The system keyring could not be used to unlock the case cache."


class CacheProblem(KnownError):
    exit_code = 7
    default_message = "The local case cache could not be opened."


class NotSaved(KnownError):
    exit_code = 8
    default_message = "This was NOT saved: the disk is full or the cache folder cannot be written."


class PrivacyHalt(KnownError):
    exit_code = 9
    default_message = (
        "Sync stopped: the server sent records this office may not hold. Nothing from them was stored. "
        "Tell your privacy officer; the server may be misconfigured."
    )
