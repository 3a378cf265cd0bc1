"""Test mode against the sandbox on loopback: injected faults, rogue records, the clock, restart and reset."""

from __future__ import annotations

import subprocess
import sys
import uuid
from typing import Any

import pydantic
import pytest
import requests

from council_desk.api.models import ComplaintPage, MalformedJSON, UpsertChange, parse_json_strict
from council_desk.domain.scope import refusal_reason
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=3000, seed=9, consent_share=0.4)

D = 11


def feed(sb: RunningSandbox, token: str, cursor: str | None = None) -> requests.Response:
    params: dict[str, Any] = {"limit": 5000}
    if cursor:
        params["cursor"] = cursor
    return sb.api("GET", "/v1/sync/complaints", token, params=params)


def test_next_n_5xx_then_recovery(sandbox: RunningSandbox) -> None:
    tok = sandbox.token("caseworker", D)
    sandbox.set_faults(error_next=2)
    codes = [feed(sandbox, tok).status_code for _ in range(3)]
    assert codes == [503, 503, 200]


def test_drop_after_commit_then_retry_creates_one_record(sandbox: RunningSandbox) -> None:
    tok = sandbox.token("caseworker", D)
    sr = sandbox.complaint_ids(district=D, consent="active", limit=1)[0]
    fid = str(uuid.uuid4())
    body = {
        "id": fid,
        "service_request_id": sr,
        "kind": "note",
        "text": "dropped once",
        "created_at": "2026-11-20T10:00:00-05:00",
    }
    sandbox.set_faults(drop_next_posts=1)
    with pytest.raises(requests.exceptions.RequestException):
        sandbox.api("POST", "/v1/followups", tok, json=body, headers={"Idempotency-Key": fid})
    retry = sandbox.api("POST", "/v1/followups", tok, json=body, headers={"Idempotency-Key": fid})
    assert retry.status_code == 201
    log = sandbox.api("GET", "/v1/sync/followups", tok, params={"limit": 5000}).json()["followups"]
    assert [f["id"] for f in log].count(fid) == 1


def test_truncated_body_is_malformed_json(sandbox: RunningSandbox) -> None:
    tok = sandbox.token("caseworker", D)
    sandbox.set_faults(truncate_next=1)
    r = feed(sandbox, tok)
    assert r.status_code == 200 and int(r.headers["content-length"]) == len(r.content)
    with pytest.raises(MalformedJSON):
        parse_json_strict(r.content)
    assert parse_json_strict(feed(sandbox, tok).content)["changes"] is not None


def test_latency(sandbox: RunningSandbox) -> None:
    tok = sandbox.token("caseworker", D)
    sandbox.set_faults(latency_ms=400)
    try:
        r = sandbox.api("GET", "/v1/me", tok)
        assert r.status_code == 200 and r.elapsed.total_seconds() >= 0.4
    finally:
        sandbox.set_faults(latency_ms=0)


def test_rogue_records_are_refused_by_contract_or_scope(sandbox: RunningSandbox) -> None:
    tok = sandbox.token("caseworker", D)
    kinds = {
        "unconsented": 1,
        "withdrawn": 1,
        "other_district": 1,
        "district_string": 1,
        "district_space": 1,
        "consent_yes": 1,
        "consent_one": 1,
        "district_null": 1,
        "consent_scope": 1,
    }
    sandbox.set_faults(rogue=kinds, rogue_pages=1)
    raw = parse_json_strict(feed(sandbox, tok).content)
    honest = set(sandbox.complaint_ids(district=D, consent="active", limit=100_000))
    rogue = [c for c in raw["changes"] if c["complaint"]["service_request_id"] not in honest]
    assert len(rogue) == len(kinds)
    for change in rogue:
        try:
            parsed = UpsertChange.model_validate(change)
        except pydantic.ValidationError:
            continue  # the contract refuses it
        assert refusal_reason(parsed, D) is not None  # the scope check refuses it
    # The whole page does not validate as a contract page; the next page is clean again.
    with pytest.raises(pydantic.ValidationError):
        ComplaintPage.model_validate(raw)
    ComplaintPage.model_validate(parse_json_strict(feed(sandbox, tok).content))


def test_clock_advance_expires_retention_and_cursors(sandbox: RunningSandbox) -> None:
    tok = sandbox.token("caseworker", D)
    page = ComplaintPage.model_validate(parse_json_strict(feed(sandbox, tok).content))
    closed = [c for c in page.changes if isinstance(c, UpsertChange) and c.complaint.closed_datetime]
    assert closed
    cursor = page.next_cursor
    sandbox.advance_clock(days=366)
    tok = sandbox.token("caseworker", D)  # tokens follow the server clock too
    # Cursors live 30 days of server time; the old one is gone, and a fresh snapshot drops closed complaints.
    assert feed(sandbox, tok, cursor).status_code == 410
    snap = ComplaintPage.model_validate(parse_json_strict(feed(sandbox, tok).content))
    ids = {c.complaint.service_request_id for c in snap.changes if isinstance(c, UpsertChange)}
    assert not ids & {c.complaint.service_request_id for c in closed}
    removed = {c.service_request_id for c in snap.changes if c.op == "remove"}
    assert {c.complaint.service_request_id for c in closed} <= removed


def test_restart_keeps_data_tokens_and_cursors(sandbox: RunningSandbox) -> None:
    tok = sandbox.token("caseworker", 3)
    first = ComplaintPage.model_validate(parse_json_strict(feed(sandbox, tok).content))
    port = sandbox.port
    sandbox.restart()
    assert sandbox.port == port
    again = feed(sandbox, tok, first.next_cursor)
    assert again.status_code == 200 and again.json()["changes"] == []


def test_reset_restores_the_seeded_data(sandbox: RunningSandbox) -> None:
    before = sandbox.complaint_ids(district=D, consent="active", limit=100_000)
    sandbox.withdraw(before[0])
    sandbox.reset()
    assert sandbox.complaint_ids(district=D, consent="active", limit=100_000)[:5] == before[:5]
    tok = sandbox.token("caseworker", D)
    assert feed(sandbox, tok).status_code == 200


def test_test_mode_refused_off_loopback() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "council_desk.sandbox.cli",
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            "0",
            "--test-mode",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "loopback" in out.stderr and "Sandbox ready" not in out.stdout


def test_test_endpoints_absent_without_test_mode(tmp_path: Any) -> None:
    with RunningSandbox(tmp_path, complaints=200, test_mode=False) as sb:
        assert sb.http.post(sb.url + "/test/faults", json={"error_next": 1}, timeout=10).status_code == 404
        assert sb.http.get(sb.url + "/intake", timeout=10).status_code == 200
        # A complaint that exists (public Open311 list): consent without a receipt is not offered here.
        some = sb.http.get(sb.url + "/open311/v2/requests.json", timeout=10).json()[0]["service_request_id"]
        consent = sb.http.post(f"{sb.url}/intake/api/complaints/{some}/consent", json={}, timeout=10)
        assert consent.status_code == 404
        filed = sb.file_complaint(district=4, consent=True)
        assert filed["consent"] is True


def test_clock_ends_access_tokens_and_sessions(sandbox: RunningSandbox) -> None:
    tokens = sandbox.sign_in("caseworker", 20)
    assert sandbox.api("GET", "/v1/me", str(tokens["access_token"])).status_code == 200
    sandbox.advance_clock(seconds=11 * 60)
    assert sandbox.api("GET", "/v1/me", str(tokens["access_token"])).status_code == 401
    refreshed = sandbox.http.post(
        sandbox.url + "/oauth/token",
        data={
            "grant_type": "refresh_token",
            "client_id": "council-desk",
            "refresh_token": tokens["refresh_token"],
        },
    )
    assert refreshed.status_code == 200
    sandbox.advance_clock(seconds=12 * 3600)
    ended = sandbox.http.post(
        sandbox.url + "/oauth/token",
        data={
            "grant_type": "refresh_token",
            "client_id": "council-desk",
            "refresh_token": refreshed.json()["refresh_token"],
        },
    )
    assert ended.status_code == 400 and ended.json()["error"] == "invalid_grant"
