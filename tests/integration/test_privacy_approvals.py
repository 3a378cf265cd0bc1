"""Case-by-case approvals end to end (issue 13, item 3), against the real sandbox with two signed-in PCs of one
office — a caseworker's and a supervisor's — and real SQLCipher caches: the request syncs up, the supervisor sees
it in their own queue and decides, the server-issued approval syncs back, and the output is released only under
an approval the server confirms and spends for exactly those cases, details and recipient type.

Forged (a row written into the cache with the key), other-office, expired, reused and other-case approvals are
refused with a plain line (exit 5) and leave no file and no disclosure event behind.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.privacy import Approval
from council_desk.domain import approvals as rules
from tests.support.client import isolated_client_env
from tests.support.privacy import held_cases, raw_audit, request, run_cli, sign_in_as
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=3000, seed=13, consent_share=0.4)


@pytest.fixture()
def office(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with isolated_client_env(tmp_path, monkeypatch):
        cw = sign_in_as(sandbox, "caseworker", 7, monkeypatch)
        sup = sign_in_as(sandbox, "supervisor", 7, monkeypatch)
        yield cw, sup
        cw.close()
        sup.close()


def _approve(cw: Any, sup: Any, req: Any, *, days: int = 7, approve: bool = True) -> Approval:
    """The whole loop: the caseworker's request syncs up, the supervisor decides in their own cache, the answer
    syncs back; returns the caseworker's synced copy."""
    cw.request_approval(req)
    cw.sync()
    sup.sync()
    queue = {str(h.approval.id): h for h in sup.open_store().approvals()}
    assert str(req.id) in queue and queue[str(req.id)].approval.status == "pending"
    assert queue[str(req.id)].approval.requested_by == cw.user
    sup.decide_approval(str(req.id), approve, "Checked with the tenant (training).", days)
    sup.sync()
    cw.sync()
    mine = {str(h.approval.id): h.approval for h in cw.open_store().approvals()}
    return mine[str(req.id)]


def _summary_cli(sb: RunningSandbox, cases: list[str], out: Path, *extra: str) -> tuple[int, str, str]:
    args = ["letters", "summary", "--server", sb.url, "--user", "cw07", "--include-contact", "-o", str(out)]
    for c in cases:
        args += ["--case", c]
    return run_cli([*args, *extra])


def _disclosures(session: Any) -> list[Any]:
    session.open_store()
    return [e for e in session.audit.events() if e.action in ("export", "print", "share")]


def test_request_decide_release_once_and_never_for_another_case(
    sandbox: RunningSandbox, office: Any, tmp_path: Path
) -> None:
    cw, sup = office
    a, b = held_cases(cw, 2)
    approval = _approve(cw, sup, request("summary_contact", [a], recipient="community_partner"))
    assert approval.status == "approved" and approval.approval_id and approval.approval_id.startswith("APR-")
    assert approval.decided_by == "sup07" and approval.expires_at is not None

    cw.close_store()
    # Case B is not covered: refused by the server's rule, and the approval is not spent by the refusal.
    code, _out, err = _summary_cli(
        sandbox,
        [b],
        tmp_path / "b.pdf",
        "--class",
        "case-by-case",
        "--recipient",
        "community_partner",
        "--approval",
        approval.approval_id,
    )
    assert code == 5 and "does not cover" in err and err.count("\n") == 1
    assert not (tmp_path / "b.pdf").exists()
    code, _out, err = _summary_cli(
        sandbox, [a, b], tmp_path / "ab.pdf", "--class", "case-by-case", "--approval", approval.approval_id
    )
    assert code == 5 and "does not cover 1 of the cases" in err and not (tmp_path / "ab.pdf").exists()

    # Case A, as approved (the recipient comes from the synced approval): released, recorded as case-by-case.
    code, _out, err = _summary_cli(
        sandbox, [a], tmp_path / "a.pdf", "--class", "case-by-case", "--approval", approval.approval_id
    )
    assert code == 0, err
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF-")
    events = _disclosures(cw)
    assert len(events) == 1
    ev = events[0]
    assert (ev.disclosure_class, ev.approval_ref, ev.service_request_ids, ev.output, ev.recipient) == (
        "case_by_case",
        approval.approval_id,
        [a],
        "summary_contact",
        "community_partner",
    )

    # Used once: the same approval again is refused, and nothing more is written or recorded.
    cw.close_store()
    code, _out, err = _summary_cli(
        sandbox, [a], tmp_path / "again.pdf", "--class", "case-by-case", "--approval", approval.approval_id
    )
    assert code == 5 and "already used" in err and not (tmp_path / "again.pdf").exists()
    assert len(_disclosures(cw)) == 1

    # The server saw the approval used for that case: its witness does not flag the event.
    cw.sync()
    sup.close_store()
    page = sup.client.privacy_events({"class": "case_by_case"})
    assert [(r.event.approval_ref, r.findings) for r in page.events] == [(approval.approval_id, [])]


def test_forged_and_other_office_approvals_release_nothing(
    sandbox: RunningSandbox, office: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cw, _sup = office
    (a,) = held_cases(cw, 1)
    # Another office's real approval: district 8's caseworker asks, district 8's supervisor approves.
    cw8 = sign_in_as(sandbox, "caseworker", 8, monkeypatch)
    sup8 = sign_in_as(sandbox, "supervisor", 8, monkeypatch)
    (a8,) = held_cases(cw8, 1)
    other = _approve(cw8, sup8, request("summary_contact", [a8], recipient="city_agency"))
    assert other.approval_id

    # Forged: a row written into district 7's cache by someone holding its key, naming case A, "approved".
    now = dt.datetime.now(dt.UTC)
    conn = raw_audit(cw)
    for approval_id, forged_id in (
        ("APR-0000000000000000", "11111111-1111-4111-8111-111111111111"),
        (other.approval_id, "22222222-2222-4222-8222-222222222222"),
    ):
        forged = Approval.model_validate(
            {
                **request("summary_contact", [a], recipient="city_agency").model_dump(),
                "id": forged_id,
                "status": "approved",
                "requested_by": "cw07",
                "district": 7,
                "received_at": now,
                "approval_id": approval_id,
                "decided_by": "sup07",
                "decided_at": now,
                "expires_at": now + dt.timedelta(days=5),
            }
        )
        conn.execute(
            "INSERT INTO approvals (request_id, approval_id, status, output, recipient, requested_by,"
            " expires_at, updated_at, pending_send, body) VALUES (?,?,?,?,?,?,?,?,0,?)",
            (
                forged_id,
                approval_id,
                "approved",
                "summary_contact",
                "city_agency",
                "cw07",
                forged.expires_at.isoformat(),
                now.isoformat(),
                forged.model_dump_json(),
            ),
        )
        conn.execute("INSERT INTO approval_cases VALUES (?, ?)", (forged_id, a))
    cw.close_store()
    for approval_id in ("APR-0000000000000000", other.approval_id):
        out = tmp_path / f"{approval_id}.pdf"
        code, _o, err = _summary_cli(sandbox, [a], out, "--class", "case-by-case", "--approval", approval_id)
        assert code == 5 and err.strip() == f"council-desk: {rules.FORGED}", err
        assert not out.exists()
    assert _disclosures(cw) == []
    # The other office's approval is untouched (it was never spent by district 7's attempt).
    sup8.sync()
    listed = {h.approval.approval_id: h.approval.status for h in sup8.open_store().approvals()}
    assert listed[other.approval_id] == "approved"
    cw8.close()
    sup8.close()


def test_a_refused_request_and_a_supervisors_own_request_release_nothing(
    sandbox: RunningSandbox, office: Any, tmp_path: Path
) -> None:
    cw, sup = office
    (a,) = held_cases(cw, 1)
    refused = _approve(cw, sup, request("csv", [a], recipient="council_office"), approve=False)
    assert refused.status == "refused" and refused.approval_id is None and refused.note
    # The supervisor's own request cannot be approved by themselves: the server refuses; the decision is dropped
    # from the outbox (counted and audited), and the request stays pending for another supervisor.
    own = request("csv", [a], recipient="council_office")
    sup.request_approval(own)
    sup.sync()
    sup.decide_approval(str(own.id), True)
    summary = sup.sync()
    assert summary.unsent_lost == 1 and sup.open_store().outbox_count() == 0
    state = {str(h.approval.id): h.approval.status for h in sup.open_store().approvals()}
    assert state[str(own.id)] == "pending"


def test_case_by_case_needs_the_server_routine_and_exigent_do_not(
    sandbox: RunningSandbox, office: Any, tmp_path: Path
) -> None:
    """With the server down, case-by-case is refused (exit 4: nobody can confirm the approval); an exigent
    disclosure is released and recorded, and reaches the officer with the next sync."""
    cw, sup = office
    (a,) = held_cases(cw, 1)
    cw.close_store()
    sandbox.stop()
    try:
        out = tmp_path / "x.pdf"
        code, _o, err = _summary_cli(
            sandbox,
            [a],
            out,
            "--class",
            "case-by-case",
            "--recipient",
            "city_agency",
            "--approval",
            "APR-0000000000000000",
        )
        assert code == 4 and "cannot be" in err and not out.exists()
        reason = "Gas smell reported; the agency must reach the tenant now (training)."
        code, _o, err = _summary_cli(
            sandbox, [a], out, "--class", "exigent", "--recipient", "city_agency", "--reason", reason
        )
        assert code == 0, err
        assert out.read_bytes().startswith(b"%PDF-")
    finally:
        sandbox.start()
    events = _disclosures(cw)
    assert [(e.disclosure_class, e.reason, e.recipient) for e in events] == [("exigent", reason, "city_agency")]
    cw.sync()
    sup.close_store()
    alerts = sup.client.privacy_alerts(None)
    assert [x.event.reason for x in alerts.exigent] == [reason]
    # The officer's sync at the command line says so as well.
    code, out, _err = run_cli(["sync", "--server", sandbox.url, "--user", "sup07", "--no-sign-in"])
    assert code == 0 and "1 new exigent disclosure(s)" in out and reason not in out


def test_an_expired_approval_is_refused(
    sandbox: RunningSandbox, office: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs last in the module: it moves the server's clock two days on."""
    cw, sup = office
    (a,) = held_cases(cw, 1)
    approval = _approve(cw, sup, request("summary_contact", [a], recipient="city_agency"), days=1)
    assert approval.approval_id
    sandbox.advance_clock(days=2)
    cw.close()
    cw = sign_in_as(sandbox, "caseworker", 7, monkeypatch, sync=False)  # the old sign-in lapsed with the clock
    cw.close_store()
    out = tmp_path / "late.pdf"
    code, _o, err = _summary_cli(sandbox, [a], out, "--class", "case-by-case", "--approval", approval.approval_id)
    assert code == 5 and "expired" in err and not out.exists()
    cw.close()
