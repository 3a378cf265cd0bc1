"""The audit log: hash chain, tamper detection (edit, delete, reorder, cut-off end), append-only triggers,
durable-before-return, upload bookkeeping and the disclosure report."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pydantic
import pytest
import sqlcipher3

from council_desk.api.models import AuditReceipt
from council_desk.audit.log import GENESIS, AuditLog, AuditWriteFailed, event_hash
from council_desk.cache.store import CaseStore
from tests.support.records import KEY, sid
from tests.support.stores import fill, new_store


@pytest.fixture()
def log(tmp_path):
    store = new_store(tmp_path)
    fill(store, 5)
    a = AuditLog(store)
    a.record(
        "reveal_contact",
        actor="cw1",
        service_request_ids=[sid(1)],
        fields=["phone"],
        reason="call back",
        disclosure_class="routine",
    )
    a.record(
        "print",
        actor="cw1",
        service_request_ids=[sid(1), sid(2)],
        fields=["first_name", "mailing_address"],
        disclosure_class="routine",
    )
    a.record(
        "export",
        actor="cw2",
        service_request_ids=[sid(3)],
        fields=["email"],
        disclosure_class="case_by_case",
        approval_ref="PO-2025-17",
    )
    a.record("sign_in", actor="cw1")
    yield a
    store.close()


def _raw(a: AuditLog):
    return a._store._conn


def _drop_guards(conn):
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")


def test_chain_is_linked_and_verifies(log):
    events = log.pending_upload()
    assert [e.action for e in events] == ["reveal_contact", "print", "export", "sign_in"]
    assert events[0].prev_hash == GENESIS
    for prev, ev in itertools.pairwise(events):
        assert ev.prev_hash == prev.hash
    assert all(event_hash(e) == e.hash for e in events)
    assert log.verify().ok and log.verify().checked == 4


def test_durable_before_return(log, tmp_path):
    log.record("copy_contact", actor="cw1", service_request_ids=[sid(4)], fields=["phone"])
    # A second connection sees it at once: it was committed, not left in an open transaction.
    other = sqlcipher3.connect(str(log._store.path))
    other.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    assert other.execute("SELECT count(*) FROM audit WHERE action = 'copy_contact'").fetchone()[0] == 1
    other.close()


def test_triggers_refuse_update_and_delete(log):
    conn = _raw(log)
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 1")
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("DELETE FROM audit WHERE seq = 1")
    conn.execute("UPDATE audit SET uploaded = 1 WHERE seq = 1")  # the one change allowed
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("UPDATE audit SET uploaded = 0 WHERE seq = 1")  # and it cannot be undone


@pytest.mark.parametrize("attack", ["edit_actor", "edit_ids", "delete_middle", "reorder", "cut_end", "insert"])
def test_tampering_is_detected(log, attack):
    conn = _raw(log)
    _drop_guards(conn)  # an attacker with the key can drop the triggers; the chain still tells
    if attack == "edit_actor":
        conn.execute("UPDATE audit SET actor = 'nobody' WHERE seq = 2")
    elif attack == "edit_ids":
        conn.execute("UPDATE audit SET service_request_ids = ? WHERE seq = 3", (json.dumps([sid(4)]),))
    elif attack == "delete_middle":
        conn.execute("DELETE FROM audit WHERE seq = 2")
    elif attack == "reorder":
        conn.execute("UPDATE audit SET seq = 100 WHERE seq = 2")
        conn.execute("UPDATE audit SET seq = 2 WHERE seq = 3")
        conn.execute("UPDATE audit SET seq = 3 WHERE seq = 100")
    elif attack == "cut_end":
        conn.execute("DELETE FROM audit WHERE seq = 4")
    else:
        conn.execute(
            "INSERT INTO audit (seq, id, at, actor, action, service_request_ids, fields, disclosure_class,"
            " approval_ref, reason, count, prev_hash, hash) SELECT 5, 'x', at, actor, action, service_request_ids,"
            " fields, disclosure_class, approval_ref, reason, count, hash, hash FROM audit WHERE seq = 4"
        )
    result = log.verify()
    assert not result.ok and result.problem


def test_contact_details_cannot_be_logged_as_case_ids(log):
    with pytest.raises(pydantic.ValidationError):
        log.record("print", actor="cw1", service_request_ids=["212-555-0101"])
    with pytest.raises(pydantic.ValidationError):
        log.record("print", actor="cw1", service_request_ids=["ana@example.org"])
    assert log.verify().ok


def test_write_failure_raises_audit_write_failed(tmp_path):
    store = new_store(tmp_path)
    a = AuditLog(store)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(AuditWriteFailed) as exc:
        for _ in range(200):
            a.record("print", actor="cw1", reason="r" * 1900)
    assert exc.value.exit_code == 8
    assert a.verify().ok  # nothing half-written
    store.close()


def _receipts(events):
    return [AuditReceipt(seq=e.seq, hash=e.hash) for e in events]


def test_upload_bookkeeping(log):
    first = log.pending_upload(limit=2)
    assert len(first) == 2
    assert log.mark_acknowledged(_receipts(first)) == 2
    rest = log.pending_upload()
    assert [e.action for e in rest] == ["export", "sign_in"]
    assert log.mark_acknowledged(_receipts(rest)) == 2
    assert log.pending_upload() == []
    assert log.verify().ok


def test_only_what_the_server_names_by_number_and_hash_is_marked_uploaded(log):
    events = log.pending_upload()
    wrong_hash = AuditReceipt(seq=events[0].seq, hash="f" * 64)  # another event under that number
    unknown = AuditReceipt(seq=999, hash=events[1].hash)
    assert log.mark_acknowledged([wrong_hash, unknown]) == 0
    assert [e.seq for e in log.pending_upload()] == [e.seq for e in events]
    assert log.mark_acknowledged(_receipts(events[1:2])) == 1
    assert [e.seq for e in log.pending_upload()] == [events[0].seq, *[e.seq for e in events[2:]]]


def test_events_carry_this_devices_id_and_their_number_in_the_hash(log):
    events = log.pending_upload()
    device = log.device_id()
    assert device and len(device) == 32 and int(device, 16) >= 0
    assert [e.seq for e in events] == [1, 2, 3, 4] and {e.device_id for e in events} == {device}
    assert all(e.format == 2 for e in events) and log.base_seq() == 1
    renumbered = events[1].model_dump(mode="json") | {"seq": 7}
    assert event_hash(renumbered) != events[1].hash  # the number is part of what the event says


def test_a_number_is_never_given_twice_even_after_the_newest_row_is_deleted(log):
    conn = _raw(log)
    _drop_guards(conn)
    conn.execute("DELETE FROM audit WHERE seq = 4")
    ev = log.record("sign_out", actor="cw1")
    assert ev.seq == 5  # the server holds (or will miss) number 4: a new event never takes it


def test_a_chain_written_before_schema_v5_still_verifies_after_the_upgrade(tmp_path):
    """Rows of format 1 (hashed without the witness's fields) keep their hashes; new rows are format 2; the
    server's record of this device starts after what was uploaded before the upgrade."""
    from council_desk.cache import db, schema
    from council_desk.domain.chain import event_hash as chain_hash

    path = tmp_path / "old.db"
    conn = db.open_connection(path, KEY, create=True)
    assert schema.migrate(conn, target=4) == 4
    prev = GENESIS
    conn.execute("BEGIN")
    for n in range(1, 4):
        ev = {
            "id": f"00000000-0000-4000-8000-00000000000{n}",
            "at": "2025-03-01T10:00:00Z",
            "actor": "cw1",
            "action": "print",
            "service_request_ids": [sid(n)],
            "fields": ["first_name"],
            "disclosure_class": "routine",
            "approval_ref": "",
            "reason": "",
            "count": 1,
            "prev_hash": prev,
        }
        ev["hash"] = chain_hash(ev)  # no "format": the v4 canonical form
        conn.execute(
            "INSERT INTO audit (id, at, actor, action, service_request_ids, fields, disclosure_class,"
            " approval_ref, reason, count, prev_hash, hash, uploaded) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                ev["id"],
                ev["at"],
                "cw1",
                "print",
                json.dumps(ev["service_request_ids"]),
                '["first_name"]',
                "routine",
                "",
                "",
                1,
                prev,
                ev["hash"],
                1 if n < 3 else 0,
            ),
        )
        prev = ev["hash"]
    conn.execute("INSERT INTO meta(name, value) VALUES ('audit_head', ?)", (f"3:{prev}",))
    conn.execute("COMMIT")
    assert schema.migrate(conn) == schema.LATEST_VERSION
    conn.close()
    store = CaseStore.open(path, KEY)
    a = AuditLog(store)
    assert a.verify().ok and a.verify().checked == 3
    assert a.base_seq() == 3  # events 1 and 2 went up before the upgrade
    new = a.record("sign_in", actor="cw1")
    assert new.format == 2 and new.seq == 4 and new.prev_hash == prev
    pending = a.pending_upload()
    assert [(e.seq, e.format, e.device_id) for e in pending] == [(3, 1, a.device_id()), (4, 2, a.device_id())]
    assert all(event_hash(e) == e.hash for e in pending)  # the wire form of an old row still hashes right
    assert a.verify().ok
    store.close()


def test_disclosure_report(log):
    now = dt.datetime.now(dt.UTC)
    rows = log.disclosure_report(now - dt.timedelta(hours=1), now + dt.timedelta(hours=1))
    assert [r.action for r in rows] == ["reveal_contact", "print", "export"]  # sign_in is not a disclosure
    export = rows[2]
    assert (
        export.actor == "cw2" and export.disclosure_class == "case_by_case" and export.approval_ref == "PO-2025-17"
    )
    assert export.service_request_ids == (sid(3),) and export.fields == ("email",)
    assert log.disclosure_report(now + dt.timedelta(hours=2), now + dt.timedelta(hours=3)) == []


def test_chain_survives_reopen(log, tmp_path):
    store: CaseStore = log._store
    path = store.path
    store.close()
    again = CaseStore.open(path, KEY)
    a = AuditLog(again)
    a.record("purge", actor="council-desk", count=3, reason="retention_expired")
    assert a.verify().ok and a.verify().checked == 5
    log._store = again
