"""The Identifying Information Law report (issue 13, item 6): made by the supervisor from the server's record of
the office's events, as CSV and PDF; every figure equals a count this test makes on its own from the raw events the
server holds (its own field-to-type table, its own tallies). Offline it is made from the PC's own log, and says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.support.client import isolated_client_env
from tests.support.privacy import held_cases, request, run_cli, sign_in_as, use_client_env
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=2500, seed=23, consent_share=0.4)
DISTRICT = 7
REASON = "The tenant reported no heat during a cold spell; HPD must call now (training)."
# The test's own reading of which field names are which type (written out here, not imported).
TYPES = {
    "first_name": "name",
    "last_name": "name",
    "mailing_address": "home_address",
    "phone": "phone",
    "email": "email",
    "preferred_language": "language",
    "service_request_id": "complaint",
    "requested_datetime": "complaint",
    "description": "complaint",
    "address": "location",
    "followups": "casework",
}
DISCLOSING = {"reveal_contact", "copy_contact", "print", "export", "share"}


@pytest.fixture(scope="module")
def office(sandbox: RunningSandbox, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """An office that disclosed in every way: two caseworker PCs' worth of routine, case-by-case and exigent
    outputs, through the CLI and the app's own audit call, all synced."""
    mp = pytest.MonkeyPatch()
    tmp = tmp_path_factory.mktemp("report")
    with isolated_client_env(tmp, mp):
        cw = sign_in_as(sandbox, "caseworker", DISTRICT, mp)
        sup = sign_in_as(sandbox, "supervisor", DISTRICT, mp)
        a, b, c = held_cases(cw, 3)
        req = request("summary_contact", [a, b], recipient="community_partner", recipient_name="Tenants' group")
        cw.request_approval(req)
        cw.sync()
        sup.sync()
        sup.decide_approval(str(req.id), True, "ok", 5)
        sup.sync()
        cw.sync()
        approval = next(h.approval for h in cw.open_store().approvals() if h.approval.id == req.id)
        cw.open_store()
        cw.audit.record(
            "reveal_contact",
            actor="cw07",
            service_request_ids=[c],
            fields=["phone", "first_name"],
            disclosure_class="routine",
            reason="Call the constituent about this complaint",
            output="reveal",
            recipient="council_office",
        )
        cw.close_store()
        base = ["--server", sandbox.url, "--user", "cw07"]
        runs = [
            ["letters", "render", "--template", "acknowledgement", "--case", a, "-o", str(tmp / "l.pdf")],
            ["letters", "labels", "--case", a, "--case", b, "-o", str(tmp / "lab.pdf")],
            ["letters", "summary", "--case", c, "-o", str(tmp / "s.pdf")],
            [
                "letters",
                "summary",
                "--include-contact",
                "--case",
                a,
                "--case",
                b,
                "--class",
                "case-by-case",
                "--approval",
                approval.approval_id or "",
                "-o",
                str(tmp / "cbc.pdf"),
            ],
            [
                "letters",
                "summary",
                "--include-contact",
                "--case",
                c,
                "--recipient",
                "city_agency",
                "--class",
                "exigent",
                "--reason",
                REASON,
                "-o",
                str(tmp / "ex.pdf"),
            ],
            [
                "letters",
                "share",
                "--case",
                b,
                "--class",
                "exigent",
                "--reason",
                REASON,
                "--share",
                "name,phone,complaint",
                "-o",
                str(tmp / "share.pdf"),
            ],
        ]
        for args in runs:
            code, _o, err = run_cli([*args, *base])
            assert code == 0, (args, err)
        # The supervisor discloses too (a routine summary), from their own PC.
        sup.close_store()
        code, _o, err = run_cli(
            [
                "letters",
                "summary",
                "--case",
                a,
                "-o",
                str(tmp / "sup.pdf"),
                "--server",
                sandbox.url,
                "--user",
                "sup07",
            ]
        )
        assert code == 0, err
        cw.sync()
        sup.sync()
        yield tmp, cw, sup, approval
        cw.close()
        sup.close()
    mp.undo()


def _raw_events(sb: RunningSandbox) -> list[dict[str, Any]]:
    r = sb.api("GET", "/v1/privacy/events", sb.token("supervisor", DISTRICT))
    r.raise_for_status()
    return [e["event"] for e in r.json()["events"]]


def _csv(path: Path) -> dict[tuple[str, str], list[str]]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0] == ["section", "key", "label", "events", "cases", "detail"]
    return {(r[0], r[1]): r for r in rows[1:]}


def test_the_reports_figures_are_the_raw_events_counted(
    sandbox: RunningSandbox, office: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_client_env(office[0], monkeypatch)
    tmp, _cw, _sup, approval = office
    today = dt.datetime.now(dt.UTC).date()
    out = tmp / "report.csv"
    code, stdout, err = run_cli(
        [
            "privacy",
            "report",
            "--server",
            sandbox.url,
            "--user",
            "sup07",
            "--from",
            (today - dt.timedelta(days=1)).isoformat(),
            "--to",
            today.isoformat(),
            "--format",
            "csv",
            "-o",
            str(out),
        ]
    )
    assert code == 0, err
    got = _csv(out)
    assert got[("report", "source")][2] == "server"

    raw = [e for e in _raw_events(sandbox) if e["action"] in DISCLOSING]
    assert len(raw) == 8  # one reveal, six outputs of the caseworker, one of the supervisor
    ids = {c for e in raw for c in e["service_request_ids"]}
    assert got[("total", "disclosures")][3:5] == [str(len(raw)), str(len(ids))]

    def tally(key: Any) -> tuple[Counter[str], dict[str, set[str]]]:
        n: Counter[str] = Counter()
        cases: dict[str, set[str]] = {}
        for e in raw:
            for k in key(e):
                n[k] += 1
                cases.setdefault(k, set()).update(e["service_request_ids"])
        return n, cases

    for section, key in (
        ("class", lambda e: [e["disclosure_class"]]),
        ("recipient", lambda e: [e["recipient"]]),
        ("staff", lambda e: [e["actor"]]),
        ("type", lambda e: sorted({TYPES[f] for f in e["fields"] if f in TYPES})),
    ):
        n, cases = tally(key)
        listed = {k: r for (s, k), r in got.items() if s == section}
        assert set(listed) == set(n), (section, set(listed), set(n))
        for k, count in n.items():
            assert listed[k][3:5] == [str(count), str(len(cases[k]))], (section, k)
    # The approvals used and the exigent reasons, each as recorded.
    cbc = [e for e in raw if e["disclosure_class"] == "case_by_case"]
    assert {k for (s, k) in got if s == "approval"} == {e["approval_ref"] for e in cbc} == {approval.approval_id}
    exigent = sorted((e["at"], e["reason"]) for e in raw if e["disclosure_class"] == "exigent")
    listed = sorted(r[5] for (s, _k), r in got.items() if s == "exigent")
    assert len(exigent) == 2 and listed == [r for _at, r in exigent] == [REASON, REASON]
    assert {k for (s, k) in got if s == "staff"} == {"cw07", "sup07"}
    assert "disclosure" in stdout


def test_the_pdf_says_the_same(sandbox: RunningSandbox, office: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    use_client_env(office[0], monkeypatch)
    tmp, _cw, _sup, approval = office
    today = dt.datetime.now(dt.UTC).date()
    out = tmp / "report.pdf"
    code, _stdout, err = run_cli(
        [
            "privacy",
            "report",
            "--server",
            sandbox.url,
            "--user",
            "sup07",
            "--from",
            today.isoformat(),
            "--to",
            today.isoformat(),
            "--format",
            "pdf",
            "-o",
            str(out),
        ]
    )
    assert code == 0, err
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    text = " ".join(text.split())
    raw = [e for e in _raw_events(sandbox) if e["action"] in DISCLOSING]
    ids = {c for e in raw for c in e["service_request_ids"]}
    assert f"Disclosures in the period: {len(raw)} (naming {len(ids)} distinct 311 complaints)" in text
    assert approval.approval_id in text and REASON in text
    assert "Identifying Information Law" in text and "Chief of Staff, District 7" in text
    for heading in (
        "1. Types of identifying information disclosed",
        "2. Disclosures by class",
        "3. Disclosures by type of entity",
        "4. Disclosures by staff member",
        "5. The record itself",
    ):
        assert heading in text


def test_offline_the_report_comes_from_this_pcs_log_and_says_so(
    sandbox: RunningSandbox, office: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_client_env(office[0], monkeypatch)
    tmp, _cw, sup, _approval = office
    sup.close_store()
    today = dt.datetime.now(dt.UTC).date()
    out = tmp / "offline.csv"
    sandbox.stop()
    try:
        code, _stdout, err = run_cli(
            [
                "privacy",
                "report",
                "--server",
                sandbox.url,
                "--user",
                "sup07",
                "--from",
                today.isoformat(),
                "--to",
                today.isoformat(),
                "--format",
                "csv",
                "-o",
                str(out),
            ]
        )
    finally:
        sandbox.start()
    assert code == 0, err
    assert "this PC's own log only" in err
    got = _csv(out)
    assert got[("report", "source")][2] == "local" and "OFFLINE" in got[("report", "source")][5]
    sup.open_store()
    mine = [e for e in sup.audit.events() if e.action in DISCLOSING]
    assert got[("total", "disclosures")][3] == str(len(mine)) == "1"  # the supervisor's own summary only


def test_only_a_supervisor_gets_the_report(
    sandbox: RunningSandbox, office: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_client_env(office[0], monkeypatch)
    tmp, _cw, _sup, _approval = office
    out = tmp / "no.csv"
    code, _o, err = run_cli(
        [
            "privacy",
            "report",
            "--server",
            sandbox.url,
            "--user",
            "cw07",
            "--from",
            "2020-01-01",
            "--to",
            "2030-01-01",
            "--format",
            "csv",
            "-o",
            str(out),
        ]
    )
    assert code == 5 and not out.exists() and err.count("\n") == 1
