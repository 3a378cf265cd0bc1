"""Known, environmental failures: shown to the user in plain words, never as a traceback.

Bugs are everything else; they reach the crash dialog / crash report, which holds no personal data.

Every class carries a stable `code`. The message itself stays English (the CLI prints it, logs may name the
code); the desktop app shows the message in the caseworker's language from its catalogue keyed by code
(`council_desk.ui.error_text`). A raise site with a fixed message of its own passes a `code` for it too, so that
message can be translated; one with a value in it (a number of days) also passes the values as `details`, in the
order the catalogue's %1, %2… take them. Any other message (a file name pasted in) is shown as it is, in English.
"""

from __future__ import annotations


class KnownError(Exception):
    """An expected failure with a plain-language message that says what happened and what to do."""

    exit_code: int = 1
    code: str = "known_error"
    default_message: str = "Something went wrong."

    def __init__(
        self, user_message: str | None = None, *, code: str | None = None, details: tuple[str, ...] = ()
    ) -> None:
        self.user_message = user_message or self.default_message
        if code is not None:
            self.code = code  # this raise site's own message (see the module docstring)
        self.details = details
        super().__init__(self.user_message)


class UsageError(KnownError):
    exit_code = 2
    code = "usage"


class SignInRequired(KnownError):
    exit_code = 3
    code = "sign_in_required"
    default_message = "You need to sign in to the 311 access system again."


class Offline(KnownError):
    exit_code = 4
    code = "offline"
    default_message = "The 311 access system cannot be reached. You can keep working; changes will be sent later."


class ServerRefused(KnownError):
    exit_code = 5
    code = "server_refused"
    default_message = "The 311 access system refused the request."


class KeyringProblem(KnownError):
    exit_code = 6
    code = "keyring_problem"
    default_message = "The system keyring could not be used to unlock the case cache."


class CacheProblem(KnownError):
    exit_code = 7
    code = "cache_problem"
    default_message = "The local case cache could not be opened."


class NotSaved(KnownError):
    exit_code = 8
    code = "not_saved"
    default_message = "This was NOT saved: the disk is full or the cache folder cannot be written."


class PrivacyHalt(KnownError):
    exit_code = 9
    code = "privacy_halt"
    default_message = (
        "Sync stopped: the server sent records this office may not hold. Nothing from them was stored. "
        "Tell your privacy officer; the server may be misconfigured."
    )
