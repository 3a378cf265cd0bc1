"""Helpers for issue 14's casework tests: two colleagues of one office, each signed in with a real `Session` and
cache against the sandbox, and what the server holds for them (no tests here)."""

from __future__ import annotations

import sys
from typing import Any

from tests.support.sandbox import RunningSandbox


def browser_env_for(sb: RunningSandbox, username: str) -> dict[str, str]:
    """The scripted browser's environment to sign in as `username` (e.g. the office's second caseworker)."""
    a = next(x for x in sb.accounts if x["username"] == username)
    return {
        "COUNCIL_DESK_TRAINING_USER": a["username"],
        "COUNCIL_DESK_TRAINING_PASSWORD": a["password"],
        "COUNCIL_DESK_TRAINING_TOTP_SECRET": a["totp_secret"],
        "BROWSER": f"{sys.executable} -m council_desk.sandbox.browser %s",
    }


def sign_in_as(sb: RunningSandbox, username: str, monkeypatch: Any) -> Any:
    """A signed-in `Session` (its cache open) for `username`."""
    from tests.support.client import new_session

    for k, v in browser_env_for(sb, username).items():
        monkeypatch.setenv(k, v)
    session = new_session(sb.url, user=username)
    me = session.sign_in()
    assert me.username == username
    return session


def feed_all(sb: RunningSandbox, token: str, path: str, key: str) -> list[dict[str, Any]]:
    """Every entry of a cursor-paged feed (`/v1/sync/followups`, `/v1/sync/tasks`, …), from the start."""
    out: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 1000}
        if cursor:
            params["cursor"] = cursor
        page = sb.api("GET", path, token, params=params).json()
        out += page[key]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return out
