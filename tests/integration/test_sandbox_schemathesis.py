"""Schemathesis over the sandbox's `/openapi.json`, against the live server on loopback, with a real token.

Bounded: a few examples per operation (`SCHEMATHESIS_EXAMPLES`, default 15) so the run stays around a minute.
The server runs without test mode, so generated requests cannot flip fault switches or reset the data.
`positive_data_acceptance` is left out: rules beyond the schema (a month range, Idempotency-Key equal to the body
id, PKCE, a loopback redirect) rightly answer 400 to some schema-valid requests. Every other check runs.
"""

from __future__ import annotations

import os
from typing import Any

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=800, seed=13, test_mode=False)

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "15"))


def _operations(sb: RunningSandbox) -> list[Any]:
    schema = schemathesis.openapi.from_url(sb.url + "/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_openapi_describes_the_contract(sandbox: RunningSandbox) -> None:
    doc = sandbox.http.get(sandbox.url + "/openapi.json", timeout=10).json()
    schemas = doc["components"]["schemas"]
    for name in (
        "ComplaintPage",
        "UpsertChange",
        "RemovalChange",
        "Consent",
        "Contact",
        "Complaint",
        "Me",
        "Policy",
        "FollowUp",
        "FollowUpIn",
        "ReopenRequest",
        "AuditBatch",
        "MonthlyStats",
        "Problem",
        "TokenResponse",
    ):
        assert name in schemas, name
    assert "HTTPValidationError" not in schemas
    paths = set(doc["paths"])
    assert {
        "/v1/me",
        "/v1/sync/complaints",
        "/v1/sync/followups",
        "/v1/followups",
        "/v1/audit/events",
        "/v1/stats/monthly",
        "/v1/complaints/{service_request_id}/reopen-requests",
        "/oauth/token",
        "/oauth/authorize",
        "/oauth/revoke",
        "/.well-known/oauth-authorization-server",
        "/open311/v2/services.json",
        "/open311/v2/requests.json",
        "/intake",
    } <= paths
    assert not any(p.startswith("/test/") for p in paths)
    assert schemas["Consent"]["additionalProperties"] is False


def test_schemathesis(sandbox: RunningSandbox) -> None:
    headers = {"Authorization": f"Bearer {sandbox.token('caseworker', 7)}"}
    failures: list[str] = []
    operations = _operations(sandbox)
    assert len(operations) >= 15
    for op in operations:

        @hypothesis.settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @hypothesis.given(case=op.as_strategy())
        def run(case: Any) -> None:
            case.call_and_validate(
                base_url=sandbox.url, headers=headers, timeout=30, excluded_checks=[positive_data_acceptance]
            )

        try:
            run()
        except (
            Exception,
            BaseExceptionGroup,
        ) as exc:  # collect every operation's failure, then report them together
            failures.append(f"{op.method.upper()} {op.path}: {str(exc)[:1200]}")
    if failures:
        pytest.fail("\n\n".join(failures))
