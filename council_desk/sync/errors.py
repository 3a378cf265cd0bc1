"""Sync-side known errors. All derive from the shared `KnownError` types so the CLI and the UI show them alike.

Messages are plain words and never carry personal data, tokens or server-provided text.
"""

from __future__ import annotations

from council_desk.domain.errors import KnownError, Offline, ServerRefused, SignInRequired
from council_desk.domain.servers import InsecureServer  # the address rule is the domain's; named here as before


class BadResponse(ServerRefused):
    """The server answered, but not with the single valid JSON document the contract requires."""

    code = "bad_response"
    default_message = (
        "The 311 access system sent a response Council Desk could not read, so nothing from it was used. "
        "Try again later; if it keeps happening, tell your IT contact."
    )


class NotFound(ServerRefused):
    """404: the record does not exist or is no longer shared with this office (the server does not say which)."""

    code = "not_found"
    default_message = "The 311 access system no longer shares this complaint with your office."

    def __init__(self, user_message: str | None = None, *, server_code: str = "") -> None:
        super().__init__(user_message)
        self.server_code = server_code  # the server's machine code (e.g. `approval_unknown`), never shown


class CursorExpired(ServerRefused):
    """410 on a sync feed: the position is unknown to the server; the client must start a full resync."""

    code = "cursor_expired"
    default_message = "The sync position expired; a full resync is needed."


class RequestRefused(ServerRefused):
    """Any other 4xx/5xx; `status` and the server's machine-readable `server_code` (never shown) for the caller.
    (`code` is this error's own, as on every KnownError.)"""

    code = "request_refused"

    def __init__(
        self,
        user_message: str | None = None,
        *,
        status: int = 0,
        server_code: str = "",
        code: str | None = None,
        details: tuple[str, ...] = (),
    ) -> None:
        super().__init__(user_message, code=code, details=details)
        self.status = status
        self.server_code = server_code


class AccessTokenRejected(SignInRequired):
    """401 on an API call: the access token is expired or revoked. The client refreshes once and retries."""

    code = "access_token_rejected"


class ServerBusy(Offline):
    """429 / 502 / 503 / 504 after all retries."""

    code = "server_busy"
    default_message = (
        "The 311 access system is busy or down for maintenance. You can keep working; changes will be sent later."
    )


class TLSFailed(KnownError):
    """The server's certificate did not verify. Not "offline": someone may be in the middle (a hotel Wi-Fi
    login page, a misconfigured proxy, an attacker), and the caseworker should not carry on as if it were down."""

    code = "tls_failed"
    exit_code = 4
    default_message = (
        "The secure connection to the 311 access system could not be verified (certificate problem): someone "
        "may be intercepting this network's traffic. Nothing was sent. Do not sign in on this network; tell "
        "your IT contact."
    )


class Cancelled(KnownError):
    """The user (or the app shutting down) cancelled the operation."""

    code = "cancelled"
    exit_code = 1
    default_message = "Cancelled."


class AccessEnded(ServerRefused):
    """403 `access_ended`: the office's access to 311 cases has ended (the member's term). The audit log still
    goes up; nothing else does."""

    code = "access_ended"
    default_message = (
        "Your office's access to 311 cases has ended (end of term), so nothing more syncs. The district's cases "
        "are removed from this PC on that date; the privacy log is still sent."
    )


class RoleForbidden(ServerRefused):
    """403 `role_forbidden`: the server's roles table does not let this account do this."""

    code = "role_forbidden"
    default_message = "The 311 access system says your role may not do this. Ask your supervisor."


class DeviceRevoked(SignInRequired):
    code = "device_revoked"
    default_message = (
        "This PC's access was withdrawn by the 311 access system, so its case data was removed. "
        "Ask your supervisor if you think this is wrong."
    )


__all__ = [
    "AccessEnded",
    "AccessTokenRejected",
    "BadResponse",
    "Cancelled",
    "CursorExpired",
    "DeviceRevoked",
    "InsecureServer",
    "NotFound",
    "RequestRefused",
    "RoleForbidden",
    "ServerBusy",
    "TLSFailed",
]
