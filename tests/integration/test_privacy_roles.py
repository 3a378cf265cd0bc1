"""Roles and need-to-know (issue 13, item 1): one table (domain/roles.py) says what each role may do; the sandbox
decides with it, and the CLI mirrors it. Each cell of the matrix is tried for real — an API call with the role's
own token, or a CLI run on the role's own cache — and must be allowed or refused exactly as the table says.
(The app's side of the matrix is tests/ui/test_privacy_ui.py.)
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from council_desk.domain.roles import ACTIONS, TABLE
from tests.support.client import isolated_client_env
from tests.support.privacy import ROLES, held_cases, request, run_cli, sign_in_as, use_client_env
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=2000, seed=19, consent_share=0.4)
DISTRICT = 9


def _allowed(action: str, role: str) -> bool:
    return role in TABLE[action].roles  # type: ignore[index]


# ------------------------------------------------------------------------------------------- the server decides
def _case(sb: RunningSandbox) -> str:
    return sb.complaint_ids(district=DISTRICT, consent="active", limit=1)[0]


def _followup(sb: RunningSandbox, token: str) -> int:
    fid = str(uuid.uuid4())
    body = {
        "id": fid,
        "service_request_id": _case(sb),
        "kind": "note",
        "text": "role matrix (training)",
        "created_at": "2026-01-05T10:00:00+00:00",
    }
    return sb.api("POST", "/v1/followups", token, json=body, headers={"Idempotency-Key": fid}).status_code


def _request(sb: RunningSandbox, token: str) -> int:
    req = request("csv", [_case(sb)], recipient="council_office")
    return sb.api(
        "POST", "/v1/approvals", token, json=req.model_dump(mode="json"), headers={"Idempotency-Key": str(req.id)}
    ).status_code


def _decide(sb: RunningSandbox, token: str) -> int:
    # A request filed by the office's caseworker, decided by the role under test.
    req = request("csv", [_case(sb)], recipient="council_office")
    r = sb.api(
        "POST",
        "/v1/approvals",
        sb.token("caseworker", DISTRICT),
        json=req.model_dump(mode="json"),
        headers={"Idempotency-Key": str(req.id)},
    )
    assert r.status_code == 201
    body = {"id": str(uuid.uuid4()), "decision": "approve", "note": "", "valid_days": 2}
    return sb.api("POST", f"/v1/approvals/{req.id}/decision", token, json=body).status_code


def _contact_sent(sb: RunningSandbox, token: str) -> int:
    r = sb.api("GET", f"/v1/complaints/{_case(sb)}", token)
    assert r.status_code == 200
    contact = r.json()["contact"]
    return 200 if contact["first_name"] and contact["phone"] else 403


SERVER_PROBES: dict[str, Callable[[RunningSandbox, str], int]] = {
    "view_cases": lambda sb, t: sb.api("GET", "/v1/sync/complaints", t, params={"limit": 5}).status_code,
    "view_statistics": lambda sb, t: (
        sb.api("GET", "/v1/stats/monthly", t, params={"from": "2024-01", "to": "2024-03"}).status_code
    ),
    "log_casework": _followup,
    "reveal_contact": _contact_sent,  # need-to-know: a member is never sent contact details
    "request_approval": _request,
    "decide_approval": _decide,
    "read_disclosure_log": lambda sb, t: sb.api("GET", "/v1/privacy/events", t).status_code,
    "privacy_report": lambda sb, t: sb.api("GET", "/v1/privacy/continuity", t).status_code,
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(SERVER_PROBES))
def test_the_server_decides_each_cell_as_the_table_says(sandbox: RunningSandbox, action: str, role: str) -> None:
    status = SERVER_PROBES[action](sandbox, sandbox.token(role, DISTRICT))
    if _allowed(action, role):
        assert status in (200, 201), (action, role, status)
    else:
        assert status == 403, (action, role, status)


def test_a_supervisor_never_decides_their_own_request(sandbox: RunningSandbox) -> None:
    token = sandbox.token("supervisor", DISTRICT)
    req = request("csv", [_case(sandbox)], recipient="council_office")
    assert (
        sandbox.api(
            "POST",
            "/v1/approvals",
            token,
            json=req.model_dump(mode="json"),
            headers={"Idempotency-Key": str(req.id)},
        ).status_code
        == 201
    )
    body = {"id": str(uuid.uuid4()), "decision": "approve", "note": "", "valid_days": 2}
    r = sandbox.api("POST", f"/v1/approvals/{req.id}/decision", token, json=body)
    assert r.status_code == 409 and r.json()["error"] == "own_request"


# ------------------------------------------------------------------------------------------- the CLI mirrors it
REASON = "The tenant reported a gas smell; the agency must call now (training)."
CLI_PROBES: dict[str, list[str]] = {
    "print_letter": ["letters", "render", "--template", "acknowledgement"],
    "print_labels": ["letters", "labels"],
    "print_summary": ["letters", "summary"],
    "disclose_contact": ["letters", "csv", "--class", "exigent", "--reason", REASON],
    "share_with_agency": ["letters", "share", "--class", "exigent", "--reason", REASON, "--share", "name,phone"],
    "exigent_disclosure": [
        "letters",
        "summary",
        "--include-contact",
        "--recipient",
        "city_agency",
        "--class",
        "exigent",
        "--reason",
        REASON,
    ],
    "read_disclosure_log": ["privacy", "log"],
    "privacy_report": ["privacy", "report", "--from", "2020-01-01", "--to", "2030-12-31", "--format", "csv"],
    "request_approval": [
        "privacy",
        "request",
        "--output",
        "csv",
        "--recipient",
        "council_office",
        "--purpose",
        "Matrix (training)",
    ],
}
NEEDS_OUTPUT = {
    "print_letter",
    "print_labels",
    "print_summary",
    "disclose_contact",
    "share_with_agency",
    "exigent_disclosure",
    "privacy_report",
}
NEEDS_CASE = {
    "print_letter",
    "print_labels",
    "print_summary",
    "disclose_contact",
    "share_with_agency",
    "exigent_disclosure",
    "request_approval",
}


@pytest.fixture(scope="module")
def cli_roles(sandbox: RunningSandbox, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One cache per role of district 9, signed in and synced (module scope: the CLI probes share them)."""
    mp = pytest.MonkeyPatch()
    tmp = tmp_path_factory.mktemp("roles")
    with isolated_client_env(tmp, mp):
        cases = {}
        for role in ROLES:
            session = sign_in_as(sandbox, role, DISTRICT, mp)
            cases[role] = held_cases(session, 1)[0]
            session.close()
        yield tmp, cases
    mp.undo()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(CLI_PROBES))
def test_the_cli_mirrors_each_cell(
    sandbox: RunningSandbox, cli_roles: Any, action: str, role: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp, cases = cli_roles
    use_client_env(tmp, monkeypatch)
    user = sandbox.account(role, DISTRICT)["username"]
    out = Path(tmp) / f"{action}-{role}.out"
    args = [*CLI_PROBES[action], "--server", sandbox.url, "--user", user]
    if action in NEEDS_CASE:
        args += ["--case", cases[role]]
    if action in NEEDS_OUTPUT:
        args += ["-o", str(out)]
    code, _stdout, err = run_cli(args)
    if _allowed(action, role):
        assert code == 0, (action, role, err)
        assert out.exists() == (action in NEEDS_OUTPUT)
    else:
        assert code == 5 and err.startswith("council-desk: ") and err.count("\n") == 1, (action, role, err)
        assert "role" in err.lower() and not out.exists()


def test_every_action_of_the_table_is_tried_somewhere() -> None:
    missing = set(ACTIONS) - set(SERVER_PROBES) - set(CLI_PROBES)
    assert missing == set(), missing


def test_a_members_cache_holds_no_contact_details(
    sandbox: RunningSandbox, cli_roles: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Need-to-know held, not only shown: the member's encrypted cache never received a name or a phone."""
    from council_desk.cache.unlock import unlock

    use_client_env(cli_roles[0], monkeypatch)
    user = sandbox.account("member", DISTRICT)["username"]
    store = unlock(sandbox.url, user)
    try:
        with store.reading() as conn:
            row = conn.execute(
                "SELECT count(*), sum(contact_first_name <> '' OR contact_last_name <> ''"
                " OR contact_phone <> '' OR contact_email <> '' OR contact_mailing_address <> '')"
                " FROM complaints"
            ).fetchone()
        assert row[0] > 0 and row[1] == 0
    finally:
        store.close()
