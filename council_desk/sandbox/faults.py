"""Test mode: fault switches, body limits and the `/test/*` control API.

The body-size limit applies always. Everything else here exists only with `--test-mode` (refused unless bound to
loopback): latency, 5xx (a rate or the next N), a connection dropped after the server committed a POST, truncated
bodies, short access-token lifetimes, rogue records mixed into sync pages, a movable clock, device revocation.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import random
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from council_desk.api.models import AccessChange
from council_desk.sandbox import office_work, offices
from council_desk.sandbox.accounts import accounts
from council_desk.sandbox.loading import load_data
from council_desk.sandbox.state import Faults, Sandbox
from council_desk.sandbox.store import CONSENT_ACTIVE, CONSENT_NONE

RogueKind = Literal[
    "unconsented",  # a complaint with no consent at all (consent: null)
    "withdrawn",  # a consent with withdrawn_at set
    "other_district",  # a consented complaint of another district
    "district_string",  # council_district and consent district "07"
    "district_space",  # " 7"
    "consent_yes",  # consent: "yes"
    "consent_one",  # consent: 1
    "district_null",  # council_district and consent district null
    "consent_scope",  # a consent for another purpose
    # Records the office already holds, sent again as no longer the office's (a server that gets it wrong must
    # still make the client purge its copy): consent withdrawn inside an upsert, moved to another district,
    # type-confused consent.
    "withdraw_held",
    "other_district_held",
    "contract_held",
    "consent_future",  # a consent dated a day ahead of the server's clock
    "far_future_held",  # a held, consented complaint whose updated_datetime is in 2099 (a bad clock)
]
ROGUE_KINDS: tuple[str, ...] = RogueKind.__args__  # type: ignore[attr-defined]

FAULT_PATHS = ("/v1/", "/oauth/token", "/oauth/revoke")


class FaultSettings(BaseModel):
    """Body of `POST /test/faults`; fields left out keep their current value."""

    model_config = ConfigDict(extra="forbid")

    latency_ms: Annotated[int, Field(ge=0, le=60_000)] | None = None
    error_rate: Annotated[float, Field(ge=0, le=1)] | None = None
    error_next: Annotated[int, Field(ge=0)] | None = None
    drop_next_posts: Annotated[int, Field(ge=0)] | None = None
    truncate_next: Annotated[int, Field(ge=0)] | None = None
    access_token_seconds: Annotated[int, Field(ge=1)] | None = None
    rogue: dict[RogueKind, Annotated[int, Field(ge=0, le=100)]] | None = None
    rogue_pages: Annotated[int, Field(ge=0)] | None = None
    rate_per_second: Annotated[float, Field(gt=0)] | None = None
    rate_burst: Annotated[int, Field(ge=1)] | None = None
    audit_ack_only: Annotated[int, Field(ge=0, le=1000)] | None = None


def _problem(
    status: int, error: str, detail: str, headers: list[tuple[bytes, bytes]] | None = None
) -> list[Message]:
    body = json.dumps({"error": error, "detail": detail}).encode()
    return [
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        },
        {"type": "http.response.body", "body": body},
    ]


class LimitsAndFaults:
    """ASGI middleware: the body-size limit (always), then the test-mode faults on API paths."""

    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.sb = sandbox

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.sb.settings.max_body_bytes
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            for m in _problem(413, "too_large", f"Request bodies are limited to {limit} bytes."):
                await send(m)
            return
        # Read the body up front (bounded) so a chunked upload is held to the same limit.
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                for m in _problem(413, "too_large", f"Request bodies are limited to {limit} bytes."):
                    await send(m)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        path: str = scope["path"]
        if not self.sb.settings.test_mode or not path.startswith(FAULT_PATHS):
            await self.app(scope, replay, send)
            return
        await self._faulty(scope, replay, send)

    async def _faulty(self, scope: Scope, receive: Receive, send: Send) -> None:
        f = self.sb.faults
        if f.latency_ms:
            await asyncio.sleep(f.latency_ms / 1000)
        with self.sb.fault_lock:
            fail = f.error_next > 0 or (f.error_rate > 0 and random.random() < f.error_rate)
            if f.error_next > 0:
                f.error_next -= 1
            drop = scope["method"] == "POST" and f.drop_next_posts > 0
            if drop:
                f.drop_next_posts -= 1
            truncate = not drop and f.truncate_next > 0
            if truncate:
                f.truncate_next -= 1
        if fail:
            for m in _problem(503, "unavailable", "Injected fault.", [(b"retry-after", b"1")]):
                await send(m)
            return
        if not (drop or truncate):
            await self.app(scope, receive, send)
            return
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)

        await self.app(scope, receive, capture)  # the request is handled (and committed) in full
        start = next(m for m in captured if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in captured if m["type"] == "http.response.body")
        if truncate:
            # A whole HTTP message whose JSON is cut in half.
            cut = body[: len(body) // 2]
            hdrs = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            await send({**start, "headers": [*hdrs, (b"content-length", str(len(cut)).encode())]})
            await send({"type": "http.response.body", "body": cut})
            return
        # Dropped after commit: the status line and headers go out, then the connection dies mid-body.
        await send(start)
        await send({"type": "http.response.body", "body": body[: max(1, len(body) // 3)], "more_body": True})
        # Returning with the body unfinished makes uvicorn close the connection (one log line, no traceback).
        return


def rogue_bodies(sb: Sandbox, district: int, seq: int) -> list[bytes]:
    """Rogue changes to mix into the next sync page, if the test asked for them."""
    f = sb.faults
    with sb.fault_lock:
        if not sb.settings.test_mode or f.rogue_pages <= 0 or not f.rogue:
            return []
        f.rogue_pages -= 1
        wanted = dict(f.rogue)
    out = []
    for kind, count in wanted.items():
        for i in range(count):
            out.append(_rogue(sb, kind, district, seq, i))
    return [b for b in out if b]


_HELD_KINDS = ("withdraw_held", "other_district_held", "contract_held", "far_future_held")


def _rogue(sb: Sandbox, kind: str, district: int, seq: int, i: int) -> bytes:
    store = sb.store
    if kind == "other_district":
        rows = store.q(
            "SELECT complaint_json, contact_json, consent_json FROM complaints "
            "WHERE district<>? AND consent_state=? LIMIT 1 OFFSET ?",
            (district, CONSENT_ACTIVE, i),
        )
    elif kind in _HELD_KINDS:
        # The district's own consented complaints, oldest first: what a client that synced holds.
        rows = store.q(
            "SELECT complaint_json, contact_json, consent_json FROM complaints "
            "WHERE district=? AND consent_state=? ORDER BY requested, id LIMIT 1 OFFSET ?",
            (district, CONSENT_ACTIVE, i),
        )
    else:
        rows = store.q(
            "SELECT complaint_json, contact_json, NULL FROM complaints "
            "WHERE district=? AND consent_state=? LIMIT 1 OFFSET ?",
            (district, CONSENT_NONE, i),
        )
    if not rows:
        return b""
    complaint: dict[str, Any] = json.loads(rows[0][0])
    contact = json.loads(rows[0][1])
    consent: Any = (
        json.loads(rows[0][2])
        if rows[0][2]
        else {
            "consent_id": f"rogue-{complaint['service_request_id']}",
            "given_at": complaint["requested_datetime"],
            "channel": "web",
            "notice_version": "int948-2026-01",
            "scope": "share-contact-with-council-member",
            "district": district,
            "withdrawn_at": None,
        }
    )
    if kind == "unconsented":
        consent = None
    elif kind in ("withdrawn", "withdraw_held"):
        consent["withdrawn_at"] = complaint["requested_datetime"]
    elif kind in ("district_string", "district_space", "district_null"):
        value = {"district_string": f"{district:02d}", "district_space": f" {district}", "district_null": None}[
            kind
        ]
        complaint["council_district"] = value
        consent["district"] = value
    elif kind in ("consent_yes", "contract_held"):
        consent = "yes"
    elif kind == "consent_one":
        consent = 1
    elif kind == "consent_scope":
        consent["scope"] = "marketing"
    elif kind == "other_district_held":
        other = district % 51 + 1
        complaint["council_district"] = other
        consent["district"] = other
    elif kind == "consent_future":
        consent["given_at"] = (store.now() + dt.timedelta(days=1)).replace(microsecond=0).isoformat()
    elif kind == "far_future_held":
        complaint["updated_datetime"] = "2099-01-01T00:00:00+00:00"
    change = {"op": "upsert", "seq": seq, "complaint": complaint, "contact": contact, "consent": consent}
    return json.dumps(change, ensure_ascii=False, separators=(",", ":")).encode()


# ---- the /test control API ---------------------------------------------------------------------------------

router = APIRouter(prefix="/test", tags=["test mode"])


def _sb(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


def _faults_doc(f: Faults) -> dict[str, Any]:
    return dict(f.__dict__)


@router.post("/faults", summary="Set fault switches (fields left out are unchanged)")
def set_faults(request: Request, body: FaultSettings) -> dict[str, Any]:
    sb = _sb(request)
    with sb.fault_lock:
        for name, value in body.model_dump(exclude_none=True).items():
            if name == "rate_per_second":
                sb.limiter.rate = value
            elif name == "rate_burst":
                sb.limiter.burst = value
            else:
                setattr(sb.faults, name, value)
        if body.rogue is not None and body.rogue_pages is None and sb.faults.rogue_pages == 0:
            sb.faults.rogue_pages = 1
        return _faults_doc(sb.faults)


class ClockBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    days: float = 0
    seconds: float = 0


@router.post("/clock", summary="Move the server clock forward (retention, cursor and token expiry)")
def clock(request: Request, body: ClockBody) -> dict[str, str]:
    now = _sb(request).store.advance_clock(body.days * 86400 + body.seconds)
    return {"now": now.isoformat()}


@router.post("/expire-cursors", summary="Make every issued cursor answer 410")
def expire_cursors(request: Request) -> dict[str, bool]:
    _sb(request).store.expire_cursors()
    return {"ok": True}


class DeviceBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str
    status: Literal["active", "revoked"]


@router.post("/device-status", summary="Revoke (or restore) a user's device")
def device_status(request: Request, body: DeviceBody) -> dict[str, str]:
    _sb(request).store.set_device_status(body.username, body.status)
    return {"username": body.username, "status": body.status}


@router.post("/reset", summary="Regenerate the data from the seed; clear faults, clock, tokens and logs")
def reset(request: Request) -> dict[str, bool]:
    sb = _sb(request)
    with sb.fault_lock:
        sb.faults.__init__()  # type: ignore[misc]
        sb.limiter.rate, sb.limiter.burst = sb.settings.rate_per_second, sb.settings.rate_burst
    load_data(sb.store, sb.settings, force=True)
    sb.cursor_key = bytes.fromhex(sb.store.meta("cursor_key") or "00")
    sb.login_failures.clear()
    sb.withdraw_failures.clear()
    sb.accounts = dict(accounts(sb.settings.seed))
    return {"ok": True}


@router.get("/complaints", summary="Complaint numbers, for tests (district, consent state)")
def complaint_ids(
    request: Request,
    district: int | None = None,
    consent: Literal["none", "active", "withdrawn", "expired"] | None = None,
    limit: Annotated[int, Field(ge=1, le=1_000_000)] = 1000,
) -> dict[str, list[str]]:
    state = {"none": 0, "active": 1, "withdrawn": 2, "expired": 3}.get(consent or "")
    return {"ids": _sb(request).store.complaint_ids(district, state, limit)}


class AccountDistrictBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    district: Annotated[int, Field(ge=1, le=51)]


@router.post("/accounts/{username}/district", summary="Move an account to another district (the office moved)")
def move_account(request: Request, username: str, body: AccountDistrictBody) -> dict[str, Any]:
    sb = _sb(request)
    account = sb.accounts.get(username)
    if account is None:
        return {"found": False}
    sb.accounts[username] = dataclasses.replace(account, district=body.district)
    return {"found": True, "district": body.district}


class RogueFollowUpBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: uuid.UUID
    service_request_id: str
    text: str = "rogue"
    kind: Literal["call", "email", "letter", "visit", "note"] = "note"


@router.post("/followups", summary="Put a follow-up with a chosen id into a district's shared log (collisions)")
def rogue_followup(request: Request, body: RogueFollowUpBody) -> dict[str, Any]:
    sb = _sb(request)
    st = sb.store.state(body.service_request_id)
    if st is None:
        return {"found": False}
    now = sb.store.now().replace(microsecond=0)
    fu = {
        "id": str(body.id),
        "service_request_id": body.service_request_id,
        "kind": body.kind,
        "text": body.text,
        "outcome": None,
        "office_status": None,
        "due_date": None,
        "created_at": now.isoformat(),
        "author": "rogue",
        "author_name": "Rogue record",
        "received_at": now.isoformat(),
    }
    request_json = json.dumps(fu, sort_keys=True)
    office_work.add_followup(
        sb.store,
        str(body.id),
        st.district,
        body.service_request_id,
        request_json,
        lambda seq: json.dumps({**fu, "seq": seq}).encode(),
    )
    return {"found": True}


class LifecycleBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    delay_seconds: Annotated[float, Field(ge=0, le=86_400)] | None = None
    outcome: Literal["auto", "reopened", "declined"] | None = None
    survey_shared: Literal["auto", "always", "never"] | None = None


@router.post(
    "/lifecycle",
    summary="The simulated agency: delay between steps, its answer, whether filers share "
    "their survey answer (fields left out are unchanged)",
)
def lifecycle(request: Request, body: LifecycleBody) -> dict[str, Any]:
    s = _sb(request).settings
    if body.delay_seconds is not None:
        s.lifecycle_delay_seconds = body.delay_seconds
    if body.outcome is not None:
        s.lifecycle_outcome = body.outcome
    if body.survey_shared is not None:
        s.survey_shared = body.survey_shared
    return {
        "delay_seconds": s.lifecycle_delay_seconds,
        "outcome": s.lifecycle_outcome,
        "survey_shared": s.survey_shared,
    }


class MoveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    district: Annotated[int, Field(ge=1, le=51)]


@router.post("/complaints/{service_request_id}/move", summary="Move a complaint to another district")
def move(request: Request, service_request_id: str, body: MoveBody) -> dict[str, Any]:
    st = _sb(request).store.move_district(service_request_id, body.district)
    return {"found": st is not None}


class AccessChangeBody(BaseModel):
    """When: `at` (ISO 8601 with an offset) or `in_days` from the server's clock (may be negative: already due)."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["term_end", "redistricting"]
    at: dt.datetime | None = None
    in_days: float | None = None
    new_district: Annotated[int, Field(ge=1, le=51)] | None = None


@router.post(
    "/offices/{district}/access-change",
    summary="Announce that a district office's access ends (term end) or its district changes on a date",
)
def schedule_access_change(request: Request, district: int, body: AccessChangeBody) -> dict[str, Any]:
    sb = _sb(request)
    at = body.at if body.at is not None else sb.store.now() + dt.timedelta(days=body.in_days or 0)
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    change = AccessChange(kind=body.kind, effective_at=at.replace(microsecond=0), new_district=body.new_district)
    offices.schedule(sb, district, change)
    return {"district": district, **change.model_dump(mode="json")}


@router.delete("/offices/{district}/access-change", summary="Withdraw an announced access change")
def clear_access_change(request: Request, district: int) -> dict[str, bool]:
    offices.clear(_sb(request), district)
    return {"ok": True}
