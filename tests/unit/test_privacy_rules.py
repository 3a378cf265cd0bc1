"""The privacy officer's rules, Qt-free (issue 13): the roles table and the disclosure vocabulary are the ones
docs/privacy.md prints; the policy check (`plan`) refuses what the table or the classes do not allow; an approval
covers a release only as granted; the chain's two hash formats; the term-end notice; the report's CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from pathlib import Path

import pytest

from council_desk.api.models import AccessChange, AuditEventIn
from council_desk.api.privacy import Approval
from council_desk.domain import access, approvals, chain, disclosure, roles
from council_desk.domain.disclosure import DisclosureRefused, plan
from council_desk.domain.report import figures, to_csv

DOC = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"
NOW = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)


def test_the_docs_print_the_tables_the_code_holds() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert roles.markdown_table() in text
    assert disclosure.markdown_table() in text
    readme = (DOC.parents[1] / "README.md").read_text(encoding="utf-8")
    assert "docs/privacy.md" in readme


@pytest.mark.parametrize("action", roles.ACTIONS)
def test_every_action_has_a_rule_and_unknown_roles_allow_nothing(action: roles.Action) -> None:
    assert roles.TABLE[action].label
    assert not roles.allowed([], action) and not roles.allowed(["janitor"], action)
    message = roles.refusal(["janitor"], action)
    assert message and message.startswith("Your role (janitor) does not allow this")


def test_a_member_is_told_plainly() -> None:
    assert roles.refusal(["member"], "print_letter") == (
        "Your role (council member) does not allow this: print or save letters to the constituent is for "
        "caseworkers or supervisors."
    )
    assert roles.allowed(["member", "supervisor"], "privacy_report")  # any role held allows


CW = ["caseworker"]


def test_routine_outputs_need_nothing_more() -> None:
    d = plan("letter", ["1", "1", "2"], roles=CW)
    assert (d.disclosure_class, d.recipient, d.case_ids) == ("routine", "constituent", ("1", "2"))
    assert d.fields == disclosure.OUTPUTS["letter"].fields
    # Asked as case-by-case, a routine output is recorded as routine: there is nothing to approve.
    assert plan("labels", ["1"], roles=CW, disclosure_class="case_by_case").disclosure_class == "routine"


@pytest.mark.parametrize(
    "output,recipient",
    [("summary_contact", "city_agency"), ("csv", "council_office"), ("share_agency", "city_agency")],
)
def test_an_output_not_routine_for_its_recipient_needs_approval_or_reason(output: str, recipient: str) -> None:
    with pytest.raises(DisclosureRefused, match="is not routine"):
        plan(output, ["1"], roles=CW, recipient=recipient, disclosure_class="routine")  # type: ignore[arg-type]
    with pytest.raises(DisclosureRefused, match="approval number"):
        plan(output, ["1"], roles=CW, recipient=recipient)  # type: ignore[arg-type]
    with pytest.raises(DisclosureRefused, match="written reason"):
        plan(
            output,
            ["1"],
            roles=CW,
            recipient=recipient,
            disclosure_class="exigent",  # type: ignore[arg-type]
            reason="urgent",
        )
    d = plan(
        output,
        ["1"],
        roles=CW,
        recipient=recipient,
        disclosure_class="case_by_case",  # type: ignore[arg-type]
        approval_id=" APR-0000000000000000 ",
    )
    assert d.approval_id == "APR-0000000000000000" and d.needs_server
    e = plan(
        output,
        ["1"],
        roles=CW,
        recipient=recipient,
        disclosure_class="exigent",  # type: ignore[arg-type]
        reason="  A child is without heat tonight.  ",
    )
    assert e.reason == "A child is without heat tonight." and not e.needs_server


def test_wrong_recipients_roles_and_details_are_refused() -> None:
    with pytest.raises(DisclosureRefused, match="cannot go to"):
        plan("letter", ["1"], roles=CW, recipient="city_agency")
    with pytest.raises(DisclosureRefused, match="council member"):
        plan("reveal", ["1"], roles=["member"])
    assert plan("summary", ["1"], roles=["member"]).disclosure_class == "routine"
    with pytest.raises(DisclosureRefused, match="cannot include"):
        plan(
            "share_agency",
            ["1"],
            roles=CW,
            disclosure_class="exigent",
            reason="Gas leak, call now.",
            fields=["first_name", "followups"],
        )
    with pytest.raises(DisclosureRefused, match="cannot include"):
        plan("letter", ["1"], roles=CW, fields=["first_name"])  # a fixed output shows its fields, all of them
    share = plan(
        "share_agency",
        ["1"],
        roles=CW,
        disclosure_class="exigent",
        reason="Gas leak, call now.",
        fields=["phone", "first_name", "phone"],
        recipient_name="HPD",
    )
    assert share.fields == ("phone", "first_name") and share.recipient_name == "HPD"
    with pytest.raises(DisclosureRefused, match="at least one case"):
        plan("letter", [], roles=CW)


def test_the_event_is_the_same_whoever_records_it() -> None:
    d = plan(
        "summary_contact",
        ["7", "8"],
        roles=CW,
        recipient="community_partner",
        disclosure_class="exigent",
        reason="Flooding; the tenants' group is evacuating people.",
        recipient_name="Tenants' group",
    )
    event = d.event("export", actor="cw07")
    assert event == {
        "action": "export",
        "actor": "cw07",
        "service_request_ids": ["7", "8"],
        "fields": list(d.fields),
        "disclosure_class": "exigent",
        "approval_ref": "",
        "reason": d.reason,
        "count": 2,
        "output": "summary_contact",
        "recipient": "community_partner",
        "recipient_name": "Tenants' group",
    }
    assert d.event("reveal_contact", actor="cw07", reason_prefix="print preview")["reason"].startswith(
        "print preview; Flooding"
    )


def test_info_types_follow_the_report_forms_order() -> None:
    assert disclosure.info_types(["phone", "first_name", "status", "last_name"]) == ["name", "phone"]


def _approval(**kw: object) -> Approval:
    base: dict[str, object] = {
        "id": uuid.uuid4(),
        "output": "summary_contact",
        "service_request_ids": ["1", "2"],
        "fields": list(disclosure.OUTPUTS["summary_contact"].fields),
        "recipient": "city_agency",
        "purpose": "why",
        "created_at": NOW,
        "status": "approved",
        "requested_by": "cw07",
        "district": 7,
        "received_at": NOW,
        "approval_id": "APR-0123456789ABCDEF",
        "decided_by": "sup07",
        "decided_at": NOW,
        "expires_at": NOW + dt.timedelta(days=2),
    }
    return Approval.model_validate(base | kw)


def _check(a: Approval, **kw: object) -> str | None:
    args: dict[str, object] = {
        "district": 7,
        "output": "summary_contact",
        "case_ids": ["1"],
        "fields": ["first_name"],
        "recipient": "city_agency",
        "now": NOW,
    }
    found = approvals.check(a, **(args | kw))  # type: ignore[arg-type]
    return None if found is None else found[0]


def test_an_approval_covers_only_what_it_names_while_it_lasts() -> None:
    a = _approval()
    assert _check(a) is None and _check(a, case_ids=["2", "1"]) is None
    assert _check(a, district=8) == "approval_unknown"
    assert _check(a, case_ids=["1", "3"]) == "approval_cases"
    assert _check(a, fields=["first_name", "ssn"]) == "approval_fields"
    assert _check(a, recipient="community_partner") == "approval_recipient"
    assert _check(a, output="csv") == "approval_output"
    assert _check(a, now=NOW + dt.timedelta(days=2)) == "approval_expired"
    assert approvals.status_at(a, NOW + dt.timedelta(days=3)) == "expired"
    assert _check(_approval(status="used")) == "approval_used"
    assert _check(_approval(status="pending", approval_id=None, expires_at=None)) == "approval_pending"
    assert _check(_approval(status="refused", approval_id=None, expires_at=None)) == "approval_refused"
    assert _check(_approval(approval_id=None)) == "approval_unknown"  # "approved" without a number: forged


def test_the_chain_keeps_old_hashes_and_covers_the_number_from_format_2() -> None:
    old = {
        "id": "x",
        "at": "2025-01-01T00:00:00Z",
        "actor": "a",
        "action": "print",
        "service_request_ids": [],
        "fields": [],
        "disclosure_class": None,
        "approval_ref": "",
        "reason": "",
        "count": 0,
        "prev_hash": chain.GENESIS,
    }
    h1 = chain.event_hash(old)
    # What a format-1 event looks like on the wire since v5: the new fields are there, outside its hash.
    wired = old | {
        "format": 1,
        "device_id": "a" * 32,
        "seq": 5,
        "output": None,
        "recipient": None,
        "recipient_name": "",
    }
    assert chain.event_hash(wired) == h1 and chain.event_hash(wired | {"seq": 6}) == h1
    v2 = wired | {"format": 2}
    assert chain.event_hash(v2) != h1 and chain.event_hash(v2 | {"seq": 6}) != chain.event_hash(v2)


def test_the_term_end_notice() -> None:
    change = AccessChange(kind="term_end", effective_at=NOW + dt.timedelta(days=40))
    assert access.notice(change, NOW) is None
    soon = access.notice(change, NOW + dt.timedelta(days=15))
    assert soon and soon.level == "info" and soon.days_left == 25
    urgent = access.notice(change, NOW + dt.timedelta(days=36))
    assert urgent and urgent.level == "warning" and "in 4 day(s)" in urgent.text
    ended = access.notice(change, NOW + dt.timedelta(days=41))
    assert ended and ended.level == "ended" and "were removed" in ended.text
    with pytest.raises(ValueError):
        AccessChange(kind="redistricting", effective_at=NOW)  # names no new district


def _event(n: int, **kw: object) -> AuditEventIn:
    base: dict[str, object] = {
        "id": uuid.uuid4(),
        "at": NOW,
        "actor": "cw07",
        "action": "export",
        "service_request_ids": ["1"],
        "fields": ["first_name"],
        "prev_hash": chain.GENESIS,
        "hash": chain.GENESIS,
        "format": 2,
        "seq": n,
        "device_id": "b" * 32,
        "disclosure_class": "routine",
        "output": "letter",
        "recipient": "constituent",
    }
    return AuditEventIn.model_validate(base | kw)


def test_the_report_counts_disclosures_only_within_the_period_and_its_csv_is_safe() -> None:
    events = [
        _event(1),
        _event(
            2,
            action="sign_in",
            fields=[],
            service_request_ids=[],
            disclosure_class=None,
            output=None,
            recipient=None,
        ),
        _event(
            3,
            disclosure_class="exigent",
            reason='=HYPERLINK("http://x")',
            service_request_ids=["1", "2"],
            recipient="city_agency",
            output="summary_contact",
        ),
        _event(4, at=NOW - dt.timedelta(days=3)),
        _event(5, disclosure_class=None, recipient=None, output=None, format=1),
    ]
    f = figures(events, office="Office", district=7, period_from=NOW.date(), period_to=NOW.date(), source="local")
    assert (f.disclosures, f.cases) == (3, 2)
    assert {r.key: (r.events, r.cases) for r in f.by_class} == {
        "routine": (1, 1),
        "exigent": (1, 2),
        "unclassified": (1, 1),
    }
    assert {r.key for r in f.by_recipient} == {"constituent", "city_agency", "not_recorded"}
    rows = list(csv.reader(io.StringIO(to_csv(f))))
    exigent = [r for r in rows if r[0] == "exigent"]
    assert exigent[0][5].startswith("'=")  # a spreadsheet shows the reason; it never runs it
    assert any("OFFLINE" in r[5] for r in rows if r[:2] == ["report", "source"])
