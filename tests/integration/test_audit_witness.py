"""A disclosure log the office cannot hide (issue 13, item 5): the server witnesses each device's audit events by
number and hash, and flags what a person holding the cache key did to the local log — deleted, edited, reordered
events, events marked uploaded that never went, an uploaded event rewritten — at the next upload. The client marks
uploaded only what the server's answer names, by number and hash.

Real sandbox on loopback, real SQLCipher caches; the tampering is done the way such a person would: on the raw
database, with the append-only triggers dropped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.client import isolated_client_env
from tests.support.privacy import held_cases, raw_audit, sign_in_as
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=2000, seed=17, consent_share=0.4)


@pytest.fixture()
def cw(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with isolated_client_env(tmp_path, monkeypatch):
        session = sign_in_as(sandbox, "caseworker", 7, monkeypatch)
        yield session
        session.close()


def _reveal(session: Any, n: int) -> list[int]:
    """`n` reveals recorded as the app records them; returns their numbers."""
    session.open_store()
    (case,) = held_cases(session, 1)
    return [
        session.audit.record(
            "reveal_contact",
            actor=session.user,
            service_request_ids=[case],
            fields=["phone"],
            disclosure_class="routine",
            reason=f"call back {i}",
            output="reveal",
            recipient="council_office",
        ).seq
        for i in range(n)
    ]


def _device(sb: RunningSandbox, session: Any) -> Any:
    """The office's continuity report, as its supervisor reads it, for this session's device."""
    token = sb.token("supervisor", 7)
    r = sb.api("GET", "/v1/privacy/continuity", token)
    r.raise_for_status()
    device = session.audit.device_id()
    return next(d for d in r.json()["devices"] if d["device_id"] == device)


def _flags(device: Any) -> set[tuple[str, int, int]]:
    return {(f["kind"], f["first_seq"], f["last_seq"]) for f in device["flags"]}


def _missing(device: Any) -> list[tuple[int, int]]:
    return [(r["first"], r["last"]) for r in device["missing"]]


def _uploaded_then_pending(session: Any) -> tuple[list[int], list[int]]:
    before = _reveal(session, 2)
    session.sync()
    assert session.audit.pending_upload() == []
    return before, _reveal(session, 3)


def test_an_untouched_log_arrives_whole(sandbox: RunningSandbox, cw: Any) -> None:
    _uploaded_then_pending(cw)
    cw.sync()
    dev = _device(sandbox, cw)
    assert dev["base_seq"] == 1 and dev["received"] == dev["last_seq"]
    assert _missing(dev) == [] and dev["flags"] == []


def test_a_deleted_event_is_a_gap_and_a_broken_link(sandbox: RunningSandbox, cw: Any) -> None:
    _up, (a, b, c) = _uploaded_then_pending(cw)
    raw_audit(cw).execute("DELETE FROM audit WHERE seq = ?", (b,))
    cw.sync()
    dev = _device(sandbox, cw)
    assert dev["last_seq"] >= c > b > a and _missing(dev) == [(b, b)]  # "device X: event b never arrived"
    assert ("gap", b, b) in _flags(dev)
    assert cw.audit.pending_upload() == []  # a and c were acknowledged, so they are marked


def test_an_edited_event_is_flagged_altered(sandbox: RunningSandbox, cw: Any) -> None:
    _up, (a, b, _c) = _uploaded_then_pending(cw)
    raw_audit(cw).execute(
        "UPDATE audit SET reason = 'nothing to see', service_request_ids = '[]' WHERE seq = ?", (b,)
    )
    cw.sync()
    dev = _device(sandbox, cw)
    assert ("altered", b, b) in _flags(dev) and _missing(dev) == []
    events = sandbox.api(
        "GET", "/v1/privacy/events", sandbox.token("supervisor", 7), params={"action": "reveal_contact"}
    ).json()["events"]
    found = {e["event"]["seq"]: e["findings"] for e in events if e["event"]["device_id"] == cw.audit.device_id()}
    assert "altered" in found[b] and found[a] == []


def test_reordered_events_are_flagged(sandbox: RunningSandbox, cw: Any) -> None:
    _up, (_a, b, c) = _uploaded_then_pending(cw)
    conn = raw_audit(cw)
    conn.execute("UPDATE audit SET seq = 100000 WHERE seq = ?", (b,))
    conn.execute("UPDATE audit SET seq = ? WHERE seq = ?", (b, c))
    conn.execute("UPDATE audit SET seq = ? WHERE seq = 100000", (c,))
    cw.sync()
    flags = _flags(_device(sandbox, cw))
    # The event now numbered b was made as c (its number is in its hash) and follows b, not a.
    assert ("altered", b, b) in flags and ("chain", b, b) in flags


def test_events_marked_uploaded_that_never_went_are_a_gap(sandbox: RunningSandbox, cw: Any) -> None:
    _up, (a, b, _c) = _uploaded_then_pending(cw)
    # The one change the triggers allow: enough to hide events from a server that does not count them.
    cw.open_store()._conn.execute("UPDATE audit SET uploaded = 1 WHERE seq IN (?, ?)", (a, b))
    cw.sync()
    dev = _device(sandbox, cw)
    assert _missing(dev) == [(a, b)] and ("gap", a, b) in _flags(dev)


def test_a_rewritten_uploaded_event_is_a_fork(sandbox: RunningSandbox, cw: Any) -> None:
    """An uploaded event edited, given a fresh valid hash, and sent again: the server holds the first version,
    and records the second as a fork (and a naive edit, hash not recomputed, as altered)."""
    from council_desk.domain.chain import event_hash

    (first, second), _pending = _uploaded_then_pending(cw)
    conn = raw_audit(cw)
    original = next(e for e in cw.audit.events() if e.seq == first)
    rewritten = original.model_dump(mode="json") | {"reason": "rewritten"}
    conn.execute(
        "UPDATE audit SET reason = 'rewritten', hash = ?, uploaded = 0 WHERE seq = ?",
        (event_hash(rewritten), first),
    )
    conn.execute("UPDATE audit SET reason = 'naive', uploaded = 0 WHERE seq = ?", (second,))
    cw.sync()
    flags = _flags(_device(sandbox, cw))
    assert ("fork", first, first) in flags and ("altered", second, second) in flags


def test_nothing_is_marked_uploaded_without_its_acknowledgement(sandbox: RunningSandbox, cw: Any) -> None:
    seqs = _reveal(cw, 4)
    waiting = [e.seq for e in cw.audit.pending_upload()]
    assert waiting[-4:] == seqs
    sandbox.set_faults(audit_ack_only=0)  # the server keeps them all, and its answer names none
    assert cw.upload_audit() == 0
    assert [e.seq for e in cw.audit.pending_upload()] == waiting
    assert _device(sandbox, cw)["last_seq"] == waiting[-1]  # the server did receive them
    sandbox.set_faults(audit_ack_only=2)  # then an answer naming only two
    assert cw.upload_audit() == 2
    assert [e.seq for e in cw.audit.pending_upload()] == waiting[2:]
    cw.upload_audit()  # a whole answer: the rest (held already, so duplicates) is acknowledged and marked
    assert cw.audit.pending_upload() == []
    dev = _device(sandbox, cw)
    assert _missing(dev) == [] and dev["flags"] == []  # sent twice is not a finding


def test_a_lost_answer_marks_nothing_and_the_retry_is_not_a_finding(sandbox: RunningSandbox, cw: Any) -> None:
    _reveal(cw, 2)
    cw.open_store()
    sandbox.set_faults(drop_next_posts=1)  # the server commits, then the connection dies mid-answer
    cw.sync()
    assert cw.audit.pending_upload() == []  # the transport's retry got a whole answer
    dev = _device(sandbox, cw)
    assert dev["flags"] == [] and _missing(dev) == []


def test_the_client_hash_rule_is_the_servers(sandbox: RunningSandbox, cw: Any) -> None:
    """Every event as uploaded hashes the same on both sides (one rule, domain/chain.py)."""
    from council_desk.domain.chain import event_hash

    _reveal(cw, 1)
    cw.sync()
    events = sandbox.api("GET", "/v1/privacy/events", sandbox.token("supervisor", 7), params={"action": "sign_in"})
    assert events.status_code == 200
    local = {e.seq: e for e in cw.audit.events()}
    for e in local.values():
        assert event_hash(json.loads(e.model_dump_json())) == e.hash
