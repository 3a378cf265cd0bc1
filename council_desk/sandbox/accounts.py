"""Training accounts: two caseworkers, a supervisor and the member for each of the 51 districts.

The second caseworker (`cwNNb`, issue 14) is there so that casework between colleagues (assigning a case, a
reminder owned by someone else, the office's shared log) can be practised and tested with two real sign-ins.

Passwords and TOTP secrets are derived from the seed, so `council-desk-sandbox accounts --json --seed S` prints the
same accounts the server started with the same seed accepts. They protect training data only.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import asdict, dataclass
from functools import cache

from council_desk.sandbox.data import load_members

ROLE_PREFIX = {"caseworker": "cw", "supervisor": "sup", "member": "mem"}
# The second caseworker of each office: `cw07b`. Made after the first in each district, so "the caseworker of
# district 7" (the first one found) is still `cw07` everywhere.
SECOND_CASEWORKER_SUFFIX = "b"

_CW_NAMES = ("Alex Rivera", "Jordan Lee", "Sam Okafor", "Priya Shah", "Dana Cohen", "Luis Ortega", "Mei Chen")


@dataclass(frozen=True)
class Account:
    username: str
    password: str
    totp_secret: str
    role: str
    district: int
    display_name: str
    member: str
    office_name: str
    office_address: str
    office_phone: str
    office_email: str

    def public(self) -> dict[str, object]:
        return asdict(self)


def _derive(seed: int, label: str) -> bytes:
    return hmac.new(f"council-desk-sandbox:{seed}".encode(), label.encode(), hashlib.sha256).digest()


@cache
def accounts(seed: int) -> dict[str, Account]:
    """All training accounts by user name."""
    members = load_members()
    out: dict[str, Account] = {}
    for district in range(1, 52):
        member = members[district].name if district in members else f"Council Member, District {district}"
        borough = members[district].borough if district in members else "New York"
        office = f"Office of Council Member {member}"
        address = f"{100 + district} District Office Plaza, {borough}, NY"
        phone = f"(212) 555-01{district % 100:02d}"
        email = f"district{district}@council.example.org"
        people = [(role, f"{prefix}{district:02d}") for role, prefix in ROLE_PREFIX.items()]
        people.insert(1, ("caseworker", f"cw{district:02d}{SECOND_CASEWORKER_SUFFIX}"))
        for role, user in people:
            password = base64.b32encode(_derive(seed, "pw:" + user)[:10]).decode().lower()
            totp = base64.b32encode(_derive(seed, "totp:" + user)[:20]).decode()
            if role == "member":
                display = member
            elif role == "supervisor":
                display = f"Chief of Staff, District {district}"
            elif user.endswith(SECOND_CASEWORKER_SUFFIX):
                display = f"{_CW_NAMES[(district + 3) % len(_CW_NAMES)]} (training)"
            else:
                display = f"{_CW_NAMES[district % len(_CW_NAMES)]} (training)"
            out[user] = Account(
                user, password, totp, role, district, display, member, office, address, phone, email
            )
    return out
