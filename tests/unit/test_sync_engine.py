"""The sync engine against a small scripted feed server on loopback and a real SQLCipher cache.

The feed server here is deliberately tiny and scriptable (cursor abuse, rogue records, 410) so each guard of the
engine can be driven exactly; the full sandbox is exercised by tests/integration/test_sync_*.py.
"""

from __future__ import annotations

import gc
import http.server
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import keyring
import keyring.backend
import pytest

from council_desk.api.models import FollowUpIn, TokenResponse
from council_desk.audit.log import AuditLog
from council_desk.cache.store import CaseStore
from council_desk.domain.errors import Offline, PrivacyHalt
from council_desk.sync.auth import ServerMetadata
from council_desk.sync.client import AccessClient
from council_desk.sync.engine import FeedAbuse, SyncEngine
from council_desk.sync.errors import DeviceRevoked
from council_desk.sync.http import RetryPolicy, Timeouts, Transport
from council_desk.sync.tokens import TokenManager
from tests.support.keyrings import MemoryKeyring
from tests.support.records import feed_me, feed_removal, feed_upsert


class Feed:
    """Scripted server. `pages[cursor]` → (status, body dict). Records posts for idempotency checks."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, dict[str, Any]]] = {}
        self.me = feed_me()
        self.followups: dict[str, dict[str, Any]] = {}
        self.audit: list[dict[str, Any]] = []
        self.not_shared: set[str] = set()
        owner = self

        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _send(self, status: int, body: Any) -> None:
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:
                u = urlsplit(self.path)
                q = {k: v[0] for k, v in parse_qs(u.query).items()}
                if u.path == "/v1/me":
                    self._send(200, owner.me)
                elif u.path == "/v1/sync/complaints":
                    status, body = owner.pages.get(q.get("cursor", ""), (410, {"error": "gone"}))
                    self._send(status, body)
                elif u.path == "/v1/sync/followups":
                    self._send(200, {"followups": [], "next_cursor": "f1", "has_more": False})
                elif u.path == "/v1/sync/tasks":
                    self._send(200, {"tasks": [], "next_cursor": "t1", "has_more": False})
                elif u.path == "/v1/sync/lifecycle":
                    self._send(200, {"changes": [], "next_cursor": "l1", "has_more": False})
                elif u.path == "/v1/approvals":
                    self._send(200, {"approvals": []})
                else:
                    self._send(404, {"error": "not_found"})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if self.path == "/v1/followups":
                    if body["service_request_id"] in owner.not_shared:
                        self._send(404, {"error": "not_found"})
                        return
                    rec = owner.followups.setdefault(
                        body["id"],
                        {
                            **body,
                            "author": "cw7",
                            "received_at": "2024-06-01T00:00:00Z",
                            "seq": len(owner.followups) + 1,
                        },
                    )
                    self._send(201, rec)
                elif self.path == "/v1/audit/events":
                    owner.audit.extend(body["events"])
                    acks = [{"seq": e["seq"], "hash": e["hash"]} for e in body["events"]]
                    self._send(200, {"accepted": len(body["events"]), "duplicates": 0, "acknowledged": acks})
                else:
                    self._send(404, {"error": "not_found"})

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def page(
        self, cursor: str, changes: list[dict[str, Any]], nxt: str, more: bool, snapshot: bool = False
    ) -> None:
        body = {"changes": changes, "next_cursor": nxt, "has_more": more, "snapshot": snapshot}
        self.pages[cursor] = (200, body)


@pytest.fixture()
def feed() -> Iterator[Feed]:
    f = Feed()
    yield f
    f.httpd.shutdown()
    f.httpd.server_close()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    old = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(old)


class Rig:
    def __init__(self, feed: Feed, tmp: Path) -> None:
        self.transport = Transport(
            feed.url, timeouts=Timeouts(1, 2, 5), retry=RetryPolicy(attempts=2, base_s=0.01)
        )
        meta = ServerMetadata(
            issuer=feed.url, authorization_endpoint="/oauth/authorize", token_endpoint="/oauth/token"
        )
        self.tokens = TokenManager(self.transport, lambda: meta, user="cw7")
        self.tokens.accept(TokenResponse(access_token="a" * 20, token_type="Bearer", expires_in=600), "cw7")
        self.client = AccessClient(self.transport, self.tokens)
        self.path = tmp / "cache.db"
        self.store = CaseStore.open(self.path, b"k" * 32)
        self.audit = AuditLog(self.store)
        self.wiped = False

        def wipe() -> None:
            self.wiped = True

        self.engine = SyncEngine(self.store, self.client, self.audit, wipe=wipe)

    def ids(self) -> set[str]:
        with self.store.reading() as conn:
            return {r[0] for r in conn.execute("SELECT service_request_id FROM complaints")}

    def canary_on_disk(self, sid: str) -> bool:
        self.store.checkpoint()
        blob = b"".join(p.read_bytes() for p in self.path.parent.iterdir() if p.is_file())
        # The file is encrypted, so a plain grep proves little; search the decrypted content as well.
        with self.store.reading() as conn:
            dump = "\n".join(
                str(r) for t in ("complaints", "followups", "outbox") for r in conn.execute(f"SELECT * FROM {t}")
            )
            hits = 0
            # Every FTS5 index of the cache, whatever the schema version calls it.
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table'"
                " AND lower(sql) LIKE 'create virtual table%using fts5%'"
            ).fetchall():
                hits += conn.execute(
                    f'SELECT count(*) FROM "{name}" WHERE "{name}" MATCH ?', (f"CANARY{sid}Z",)
                ).fetchone()[0]
        return f"CANARY{sid}Z".encode() in blob or f"CANARY{sid}Z" in dump or hits > 0


@pytest.fixture(params=[False, True], ids=["parse-here", "parse-apart"])
def rig(feed: Feed, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Rig]:
    """Every engine test twice: pages parsed on the sync's thread, and in the separate parsing process (which
    a multi-page pull uses from its second page on, as a bulk-loaded first sync does)."""
    r = Rig(feed, tmp_path)
    r.engine.parse_apart = request.param
    yield r
    r.store.close()


def test_initial_snapshot_then_incremental_with_removal(feed: Feed, rig: Rig) -> None:
    feed.page("", [feed_upsert("1", 1), feed_upsert("2", 2)], "s1", True, snapshot=True)
    feed.page("s1", [feed_upsert("3", 3)], "c3", False, snapshot=True)
    s = rig.engine.run()
    assert rig.ids() == {"1", "2", "3"} and s.pulled == 3 and s.refused == 0
    feed.page("c3", [feed_removal("2", 4), feed_upsert("4", 5)], "c5", False)
    s = rig.engine.run()
    assert rig.ids() == {"1", "3", "4"} and s.removed == 1
    assert rig.canary_on_disk("1")  # the probe finds what is there
    assert not rig.canary_on_disk("2")
    assert rig.store.cursor("complaints") == "c5"


def test_rogue_records_refused_counted_never_stored(feed: Feed, rig: Rig) -> None:
    rogue = [
        feed_upsert("90", 2, district=8),
        feed_upsert("91", 3, withdrawn_at="2024-05-02T00:00:00Z"),
        feed_upsert("92", 4, district="07"),  # type confusion: fails the contract
        feed_upsert("93", 5, scope="marketing"),
    ]
    feed.page("", [feed_upsert("1", 1), *rogue], "c5", False, snapshot=True)
    s = rig.engine.run()
    assert rig.ids() == {"1"}
    assert s.refused == 4
    assert s.refused_by_reason == {"consent_district": 1, "consent_withdrawn": 1, "contract": 2}
    for sid in ("90", "91", "92", "93"):
        assert not rig.canary_on_disk(sid)
    # Refusals are audited (reason and count only) and uploaded.
    reasons = {e["reason"] for e in feed.audit if e["action"] == "refused_record"}
    assert reasons == {"consent_district", "consent_withdrawn", "contract"}


def test_many_rogue_records_halt_and_store_nothing_further(feed: Feed, rig: Rig) -> None:
    feed.page("", [feed_upsert("1", 1)], "s1", True, snapshot=True)
    rogue = [feed_upsert(str(100 + i), 2 + i, district=9) for i in range(6)]
    feed.page("s1", [*rogue, feed_upsert("2", 20)], "c20", False, snapshot=True)
    with pytest.raises(PrivacyHalt):
        rig.engine.run()
    assert rig.ids() == {"1"}
    assert rig.store.cursor("complaints") == "s1"
    assert not rig.store.snapshot_active()


def _seed(feed: Feed, rig: Rig) -> None:
    feed.page("", [feed_upsert("1", 1), feed_upsert("2", 2)], "c2", False, snapshot=True)
    rig.engine.run()
    assert rig.ids() == {"1", "2"}


@pytest.mark.parametrize("abuse", ["repeat", "rewind", "empty"])
def test_cursor_abuse_in_resync_never_purges(feed: Feed, rig: Rig, abuse: str) -> None:
    _seed(feed, rig)
    # The cursor expired (no page for "c2" → 410): the snapshot starts and then the feed misbehaves.
    feed.pages.clear()
    feed.page("", [feed_upsert("1", 10)], "s1", True, snapshot=True)
    if abuse == "repeat":
        feed.page("s1", [feed_upsert("3", 11)], "s1", True, snapshot=True)
    elif abuse == "rewind":
        feed.page("s1", [feed_upsert("3", 11)], "s2", True, snapshot=True)
        feed.page("s2", [feed_upsert("1", 10)], "s3", False, snapshot=True)  # the same record again
    else:
        for i in range(1, 40):
            feed.page(f"s{i}", [], f"s{i + 1}", True, snapshot=True)
    with pytest.raises(FeedAbuse):
        rig.engine.run()
    assert {"1", "2"} <= rig.ids()  # "2" is absent from the broken snapshot but must not be purged
    assert not rig.store.snapshot_active()


def test_incremental_feed_going_backwards_stops(feed: Feed, rig: Rig) -> None:
    _seed(feed, rig)
    feed.page("c2", [feed_upsert("3", 5)], "c5", True)
    feed.page("c5", [feed_upsert("4", 3)], "c6", False)
    with pytest.raises(FeedAbuse):
        rig.engine.run()
    assert rig.store.cursor("complaints") == "c5"
    assert "4" not in rig.ids()


def test_410_full_resync_purges_only_after_complete_snapshot(feed: Feed, rig: Rig) -> None:
    _seed(feed, rig)
    feed.pages.clear()  # "c2" now answers 410
    feed.page("", [feed_upsert("1", 10)], "s1", True, snapshot=True)
    feed.page("s1", [feed_upsert("3", 11)], "c11", False, snapshot=True)
    s = rig.engine.run()
    assert s.full_resync and s.purged_by_snapshot == 1
    assert rig.ids() == {"1", "3"}
    assert not rig.canary_on_disk("2")


def test_interrupted_resync_resumes_and_purges_at_the_end(feed: Feed, rig: Rig) -> None:
    _seed(feed, rig)
    feed.pages.clear()
    feed.page("", [feed_upsert("1", 10)], "s1", True, snapshot=True)
    feed.pages["s1"] = (503, {"error": "down"})
    with pytest.raises(Offline):
        rig.engine.run()
    assert rig.ids() == {"1", "2"} and rig.store.snapshot_active()
    feed.page("s1", [feed_upsert("3", 11)], "c11", False, snapshot=True)
    s = rig.engine.run()
    assert rig.ids() == {"1", "3"} and s.purged_by_snapshot == 1


def test_pages_without_snapshot_mark_never_purge(feed: Feed, rig: Rig) -> None:
    _seed(feed, rig)
    feed.pages.clear()
    feed.page("", [feed_upsert("1", 10)], "c10", False, snapshot=False)
    rig.engine.run()
    assert rig.ids() == {"1", "2"}


def test_outbox_pushed_first_and_unshared_dropped(feed: Feed, rig: Rig) -> None:
    _seed(feed, rig)
    feed.page("c2", [], "c2b", False)
    ids = []
    for sid in ("1", "2"):
        fu = FollowUpIn.model_validate(
            {
                "id": str(uuid.uuid4()),
                "service_request_id": sid,
                "kind": "call",
                "text": "called",
                "created_at": "2024-06-01T10:00:00Z",
            }
        )
        rig.store.add_followup(fu)
        ids.append(str(fu.id))
    feed.not_shared.add("2")
    s = rig.engine.run()
    assert s.pushed == 1 and s.dropped_unshared == 1
    assert set(feed.followups) == {ids[0]}
    assert rig.store.outbox_count() == 0


def test_device_revoked_wipes(feed: Feed, rig: Rig) -> None:
    feed.me["policy"]["device_status"] = "revoked"
    with pytest.raises(DeviceRevoked):
        rig.engine.run()
    assert rig.wiped


def test_collector_thresholds_raised_only_while_pulling(
    feed: Feed, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    apply = rig.store.apply_complaint_page

    def spy(*args: Any, **kw: Any) -> Any:
        seen.append(gc.get_threshold())
        return apply(*args, **kw)

    monkeypatch.setattr(rig.store, "apply_complaint_page", spy)
    feed.page("", [feed_upsert("1", 1)], "s1", True, snapshot=True)
    feed.page("s1", [feed_upsert(str(100 + i), 2 + i, district=9) for i in range(6)], "c9", False, snapshot=True)
    with pytest.raises(PrivacyHalt):  # a pull that ends in an error gives the thresholds back too
        rig.engine.run()
    assert seen and all(t[0] > before[0] for t in seen)
    assert gc.get_threshold() == before
    feed.page("s1", [feed_upsert("2", 2)], "c2", False, snapshot=True)
    rig.engine.run()
    assert gc.get_threshold() == before
