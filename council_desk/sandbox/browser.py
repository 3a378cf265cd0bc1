"""A scripted stand-in for the system browser: `python -m council_desk.sandbox.browser URL`.

Used by tests and the demo's automatic sign-in. Council Desk opens the authorize URL with `webbrowser`, which runs
`BROWSER="<cmd> %s"`. This reads the account from `COUNCIL_DESK_TRAINING_USER`, `COUNCIL_DESK_TRAINING_PASSWORD`
and `COUNCIL_DESK_TRAINING_TOTP_SECRET`, fills in the sign-in form, posts it and follows the redirect to the app's
loopback callback. It only ever talks to loopback addresses, and finishes quickly (`webbrowser` waits for it):
at most ~30 s, when the account signed in twice in the last minute and must wait for a fresh code.
"""

from __future__ import annotations

import html.parser
import os
import sys
import time
import urllib.parse
from collections.abc import Sequence

import pyotp
import requests

TIMEOUT = 10


class _Form(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and not self.action:
            self.action = a.get("action", "")
        elif tag == "input" and a.get("type") == "hidden":
            self.fields[a.get("name", "")] = a.get("value", "")


def _loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname
    return urllib.parse.urlsplit(url).scheme == "http" and host in ("127.0.0.1", "::1", "localhost")


def sign_in(url: str, username: str, password: str, totp_secret: str) -> int:
    """Complete the sign-in at `url`; returns the callback's HTTP status (or 1 if it failed before that)."""
    if not _loopback(url):
        print("browser: refusing a non-loopback address", file=sys.stderr)
        return 1
    with requests.Session() as http:
        page = http.get(url, timeout=TIMEOUT, allow_redirects=False)
        if page.is_redirect:
            # The server refused the request itself (e.g. PKCE plain) and sends the error to the app.
            target = page.headers.get("Location", "")
            return _callback(http, target)
        form = _Form()
        form.feed(page.text)
        if not form.action:
            print(f"browser: no sign-in form (HTTP {page.status_code})", file=sys.stderr)
            return 1
        totp = pyotp.TOTP(totp_secret)
        for attempt in range(3):
            # The training server takes each code once (RFC 6238 §5.2). After a sign-in a moment ago, this 30 s
            # code is spent: try the next one (within its clock-skew window), then wait for a fresh one, as a
            # person with an authenticator would. At most two refusals, well inside its brute-force brake.
            if attempt == 2:
                time.sleep(totp.interval - time.time() % totp.interval + 0.5)
            code = totp.at(time.time(), counter_offset=min(attempt, 1))
            data = {**form.fields, "username": username, "password": password, "totp": code}
            answer = http.post(
                urllib.parse.urljoin(url, form.action), data=data, timeout=TIMEOUT, allow_redirects=False
            )
            if answer.is_redirect:
                return _callback(http, answer.headers.get("Location", ""))
            if answer.status_code != 401:
                break
        print(f"browser: sign-in refused (HTTP {answer.status_code})", file=sys.stderr)
        return 1


def _callback(http: requests.Session, target: str) -> int:
    if not _loopback(target) or urllib.parse.urlsplit(target).hostname == "localhost":
        print("browser: refusing to follow a redirect off this computer", file=sys.stderr)
        return 1
    done = http.get(target, timeout=TIMEOUT, allow_redirects=False)
    return 0 if done.status_code < 400 else done.status_code


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m council_desk.sandbox.browser URL", file=sys.stderr)
        return 2
    env = os.environ
    try:
        user = env["COUNCIL_DESK_TRAINING_USER"]
        password = env["COUNCIL_DESK_TRAINING_PASSWORD"]
        secret = env["COUNCIL_DESK_TRAINING_TOTP_SECRET"]
    except KeyError as exc:
        print(f"browser: {exc.args[0]} is not set", file=sys.stderr)
        return 2
    try:
        return sign_in(args[0], user, password, secret)
    except requests.RequestException as exc:
        print(f"browser: {type(exc).__name__}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
