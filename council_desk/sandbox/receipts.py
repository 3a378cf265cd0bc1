"""Withdrawal receipt codes: with the complaint number, the code lets a filer withdraw consent, so nobody else may
be able to work it out or guess it.

A code is an HMAC-SHA256 of the complaint number under a random key made with the sandbox's data and kept in its
store (`meta.receipt_key`), never derived from the seed, which anyone running a training copy knows. 75 bits of
it are written as 15 characters of Crockford base32 in three groups (`7K3QD-M2XPA-9RTVW`): no U, no I/L/O to
confuse, and read back case-blind with O as 0 and I or L as 1, as Crockford's alphabet specifies, so a person can
type it from paper or over the phone. The server stores no code: it derives the expected one when a code is typed,
and compares the two in constant time (`secrets.compare_digest`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

__all__ = ["ALPHABET", "CODE_CHARS", "matches", "normalize", "receipt_code"]

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
CODE_CHARS = 15  # 75 bits (the issue asks for ≥ 64; 13 characters would be 65, 15 groups evenly as 3 × 5)
_GROUP = 5
_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def receipt_code(key: bytes, service_request_id: str) -> str:
    """The code printed on the filer's receipt, e.g. `7K3QD-M2XPA-9RTVW`."""
    mac = hmac.new(key, b"withdrawal-receipt:" + service_request_id.encode(), hashlib.sha256).digest()
    bits = int.from_bytes(mac[:10], "big") >> (80 - 5 * CODE_CHARS)
    chars = "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in reversed(range(CODE_CHARS)))
    return "-".join(chars[i : i + _GROUP] for i in range(0, CODE_CHARS, _GROUP))


def normalize(typed: str) -> str:
    """What a person typed, as the code's 15 characters: case-blind, spaces and dashes ignored, O→0, I/L→1."""
    return "".join(typed.split()).replace("-", "").upper().translate(_ALIASES)


def matches(key: bytes, service_request_id: str, typed: str) -> bool:
    """True if `typed` is this complaint's code. Constant time in the code's content (not in what was typed)."""
    expected = receipt_code(key, service_request_id).replace("-", "").encode()
    return secrets.compare_digest(expected, normalize(typed).encode("utf-8", "replace"))
