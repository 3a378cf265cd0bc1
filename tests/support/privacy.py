"""Helpers for the privacy officer's tests (issue 13): signed-in sessions of any role against the real sandbox, the
CLI run in-process the way a person runs it, and direct, raw looks at a cache's audit table (as someone holding
the cache key could).

Sessions share one data folder and one file keyring per test (`tests.support.client`), each in
its own cache: a caseworker and a supervisor of the same office are two "PCs" in one test.
"""

from __future__ import annotations

import contextlib
import io
import sys
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.privacy import ApprovalRequestIn
from tests.support.sandbox import RunningSandbox

ROLES = ("caseworker", "supervisor", "member")
TEST_PIN = "246813"  # every test account's unlock PIN (set at sign-in below)
PROVEN_COMMANDS = ("letters", "worklist", "privacy")  # they read this PC's cases: a proof first (cache_access)


def sign_in_as(
    sb: RunningSandbox, role: str, district: int, monkeypatch: pytest.MonkeyPatch, *, sync: bool = True
) -> Any:
    """A `Session` signed in through the scripted browser as the training account of this role and district."""
    from tests.support.client import new_session

    for k, v in sb.browser_env(role, district).items():
        monkeypatch.setenv(k, v)
    session = new_session(sb.url, user=sb.account(role, district)["username"])
    me = session.sign_in()
    assert me.district == district and list(me.roles) == [role]
    session.set_unlock_secret(TEST_PIN)  # as the app asks at a first sign-in: the CLI's proof (`run_cli`)
    if sync:
        session.sync()
    return session


@contextlib.contextmanager
def cli_env(session: Any) -> Iterator[None]:
    """Close the session's cache so an in-process CLI run can open it; reopen nothing (the caller may)."""
    session.close_store()
    yield


def run_cli(argv: Sequence[str], *, pin: str | None = TEST_PIN) -> tuple[int, str, str]:
    """`council-desk ARGS` in this process (same keyring and data folder); (exit code, stdout, stderr). The
    commands that read this PC's cases get the caseworker's unlock PIN on standard input (`--pin-stdin`), as a
    person at their own PC gives it; `pin=None` gives none."""
    from council_desk import cli, policy

    policy.reset()
    args = list(argv)
    stdin = io.StringIO("")
    if pin is not None and args and args[0] in PROVEN_COMMANDS and "--pin-stdin" not in args:
        args.append("--pin-stdin")
        stdin = io.StringIO(pin + "\n")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _stdin(stdin):
        code = cli.main(args)
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _stdin(replacement: io.StringIO) -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = replacement
    try:
        yield
    finally:
        sys.stdin = saved


def held_cases(session: Any, n: int) -> list[str]:
    store = session.open_store()
    with store.reading() as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT service_request_id FROM complaints ORDER BY service_request_id LIMIT ?", (n,)
            )
        ]


def request(
    output: str,
    cases: Sequence[str],
    *,
    recipient: str,
    fields: Sequence[str] | None = None,
    purpose: str = "The tenant asked us to pass the details on (training).",
    recipient_name: str = "",
) -> ApprovalRequestIn:
    import datetime as dt

    from council_desk.domain.disclosure import OUTPUTS

    return ApprovalRequestIn(
        id=uuid.uuid4(),
        output=output,
        service_request_ids=list(cases),  # type: ignore[arg-type]
        fields=list(fields or OUTPUTS[output].fields),  # type: ignore[index]
        recipient=recipient,
        recipient_name=recipient_name,  # type: ignore[arg-type]
        purpose=purpose,
        created_at=dt.datetime.now(dt.UTC),
    )


def raw_audit(session: Any) -> Any:
    """The cache's raw connection, with the audit log's guard triggers dropped: what a person holding the cache
    key can do to the local log."""
    store = session.open_store()
    conn = store._conn
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    return conn


def use_client_env(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The data folder and file keyring of `isolated_client_env(tmp, …)` again, for one test: the suite isolates
    every test in its own folder and keyring (tests/conftest.py), and a CLI run in the test must find the caches
    and keys a module-scoped fixture made."""
    import keyring

    from tests.support.keyrings import BACKEND, KEYRING_ENV, FileKeyring

    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp / "client-data"))
    monkeypatch.setenv(KEYRING_ENV, str(tmp / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    keyring.set_keyring(FileKeyring())


def hold_approval(
    store: Any, case_id: str, approval_id: str, *, recipient: str = "city_agency", district: int = 7
) -> None:
    """An "approved" approval written straight into a cache, as someone holding its key could (a forgery, or
    for tests without a server): the client offers it, and only the server can say it never issued it."""
    import datetime as dt

    from council_desk.api.privacy import Approval
    from council_desk.cache.approvals import store_server_approval
    from council_desk.domain.disclosure import OUTPUTS

    now = dt.datetime.now(dt.UTC)
    approval = Approval(
        id=uuid.uuid4(),
        output="summary_contact",
        service_request_ids=[case_id],
        fields=list(OUTPUTS["summary_contact"].fields),
        recipient=recipient,
        purpose="training",  # type: ignore[arg-type]
        created_at=now,
        status="approved",
        requested_by="caseworker7",
        district=district,
        received_at=now,
        approval_id=approval_id,
        decided_by="sup07",
        decided_at=now,
        expires_at=now + dt.timedelta(days=3),
    )
    with store.transaction() as conn:
        store_server_approval(conn, approval)
