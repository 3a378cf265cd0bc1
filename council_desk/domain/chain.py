"""The audit chain's hash: one rule for the client that writes the chain and the server that witnesses it.

Each event's `hash` is SHA-256 over its canonical JSON: every field but `hash`, keys sorted, no spaces, UTF-8,
datetimes as pydantic writes them — `prev_hash` included, so events form a chain from a genesis of 64 zeros.

Two formats. Format 1 (events written before schema v5) hashed the fields of that time; the fields added with
the server's witness — `format`, `device_id`, `seq` (the event's number on its device), `output`, `recipient`,
`recipient_name` — are left out of its canonical form, so old chains still verify. Format 2 hashes them all: the
number and device of an event are part of what it says, so renumbering an event changes its hash.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

__all__ = ["CURRENT_FORMAT", "GENESIS", "V2_FIELDS", "canonical", "event_hash"]

GENESIS = "0" * 64
CURRENT_FORMAT = 2
V2_FIELDS = ("format", "device_id", "seq", "output", "recipient", "recipient_name")


def canonical(event: dict[str, Any]) -> bytes:
    """The bytes an event's hash is taken over (its JSON form, as `model_dump(mode="json")` gives it)."""
    drop = {"hash"} if event.get("format", 1) >= 2 else {"hash", *V2_FIELDS}
    body = {k: v for k, v in event.items() if k not in drop}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def event_hash(event: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(event)).hexdigest()
