"""Forensic check of purges: after a removal, no canary string survives in the database, WAL or shm files —
neither in the raw (encrypted) bytes nor in the decrypted pages, free pages included."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from council_desk.api.models import Policy
from council_desk.cache.store import CaseStore
from tests.support.records import KEY, followup_in, me, removal, sid, upsert
from tests.support.stores import fill, new_store

PAGE = 4096
RESERVE = 16 + 64  # SQLCipher 4 defaults: IV + HMAC-SHA512 per page


def decrypt_pages(data: bytes, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted (raw key, default page size and reserve)."""
    out = bytearray()
    for start in range(0, len(data) - PAGE + 1, PAGE):
        page = data[start : start + PAGE]
        skip = 16 if start == 0 else 0  # page 1 begins with the plaintext salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(page[skip : PAGE - RESERVE]) + dec.finalize()
    return bytes(out)


def decrypt_wal(data: bytes, key: bytes) -> bytes:
    out = bytearray()
    pos = 32
    while pos + 24 + PAGE <= len(data):
        frame = data[pos + 24 : pos + 24 + PAGE]
        iv = frame[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(frame[: PAGE - RESERVE]) + dec.finalize()
        pos += 24 + PAGE
    return bytes(out)


CANARIES = ("zqxcanarydesc", "zqxcanaryaddr", "Zqxcanaryname", "zqxcanaryfollowup", "zqxcanaryreopen")


def _canary_case(store: CaseStore, i: int) -> None:
    ch = upsert(
        i,
        description=f"water {CANARIES[0]} everywhere",
        address=f"1 {CANARIES[1]} Place",
        last_name=CANARIES[2],
        resolution="inspected",
    )
    store.apply_complaint_page([ch], [], f"c{i}", snapshot=False)
    store.add_followup(followup_in(i, text=f"spoke to {CANARIES[3]}"))
    store.request_reopen(sid(i), "not_fixed", f"still {CANARIES[4]}")


def _all_bytes(store_path) -> tuple[bytes, bytes]:
    raw = b""
    plain = b""
    for suffix in ("", "-wal", "-shm"):
        p = store_path.with_name(store_path.name + suffix)
        if p.exists():
            data = p.read_bytes()
            raw += data
            if suffix == "":
                plain += decrypt_pages(data, KEY)
            elif suffix == "-wal":
                plain += decrypt_wal(data, KEY)
    return raw, plain


def _assert_gone(store_path, control: bytes) -> None:
    raw, plain = _all_bytes(store_path)
    assert control in plain, "decryption of the pages did not work: the control string is missing"
    for canary in CANARIES:
        for form in (canary.encode(), canary.lower().encode(), canary.encode("utf-16-le")):
            assert form not in raw
            assert form not in plain, f"{canary} survived the purge"


@pytest.mark.parametrize("how", ["removal", "retention", "snapshot"])
def test_purge_leaves_no_canary(tmp_path, how):
    store = new_store(tmp_path)
    store.save_me(me())
    fill(store, 300)
    _canary_case(store, 500)
    control = b"radiator"
    store.checkpoint()
    _, plain = _all_bytes(store.path)
    assert CANARIES[0].encode() in plain  # the canary really was written (so its absence later means something)
    if how == "removal":
        store.apply_complaint_page([], [removal(500)], "c-rm", snapshot=False)
    elif how == "retention":
        closed = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        closing = upsert(
            500,
            description=f"water {CANARIES[0]} everywhere",
            address=f"1 {CANARIES[1]} Place",
            last_name=CANARIES[2],
            status="closed",
            closed=closed,
            seq=99,
        )
        store.apply_complaint_page([closing], [], "c-close", snapshot=False)
        policy = Policy(
            retention_days_after_close=30,
            idle_lock_minutes=15,
            absolute_session_hours=12,
            max_offline_days=14,
            device_status="active",
        )
        assert store.enforce_retention(dt.datetime(2025, 6, 1, tzinfo=dt.UTC), policy) == 1
    else:
        store.begin_snapshot()
        store.apply_complaint_page([upsert(i) for i in range(300)], [], "s1", snapshot=True)
        assert store.finish_snapshot() == 1
    _assert_gone(store.path, control)  # while still open: the purge itself checkpointed the WAL away
    store.close()
    _assert_gone(store.path, control)
    again = CaseStore.open(store.path, KEY)
    assert again.case(sid(500)) is None and again.case_count() == 300
    again.close()
