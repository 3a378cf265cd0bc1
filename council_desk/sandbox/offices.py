"""Announced ends of an office's access (`Me.access_change`): a member's term ends, or the district lines change.

The sandbox can schedule either for a district (test mode: `POST /test/offices/{district}/access-change`). Before
the date `/v1/me` announces it; from the date, a term end refuses the office everything but `/v1/me` and the
audit upload (403 `access_ended`: the record of what was disclosed must still reach the city), and a
redistricting moves the office's accounts to the new district (their next sync purges the old one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from council_desk.api.models import AccessChange
from council_desk.sandbox.accounts import Account
from council_desk.sandbox.state import Sandbox

__all__ = ["clear", "effective", "ended", "for_account", "schedule"]


def schedule(sb: Sandbox, district: int, change: AccessChange) -> None:
    with sb.store.tx() as db:
        db.execute(
            "INSERT OR REPLACE INTO access_changes VALUES (?,?,?,?)",
            (district, change.kind, change.effective_at.timestamp(), change.new_district),
        )


def clear(sb: Sandbox, district: int) -> None:
    with sb.store.tx() as db:
        db.execute("DELETE FROM access_changes WHERE district = ?", (district,))


def for_account(sb: Sandbox, account: Account) -> AccessChange | None:
    """The change announced for the account's own office (its district before any redistricting)."""
    home = sb.accounts.get(account.username, account).district
    rows = sb.store.q("SELECT kind, effective, new_district FROM access_changes WHERE district = ?", (home,))
    if not rows:
        return None
    kind, effective_ts, new_district = rows[0]
    return AccessChange(
        kind=kind, effective_at=dt.datetime.fromtimestamp(effective_ts, dt.UTC), new_district=new_district
    )


def _due(sb: Sandbox, change: AccessChange | None) -> bool:
    return change is not None and sb.store.now() >= change.effective_at


def effective(sb: Sandbox, account: Account) -> Account:
    """The account as it stands today: after a redistricting's date, in the new district."""
    change = for_account(sb, account)
    if change is not None and change.kind == "redistricting" and _due(sb, change):
        assert change.new_district is not None
        return dataclasses.replace(account, district=change.new_district)
    return account


def ended(sb: Sandbox, account: Account) -> bool:
    """The office's access has ended (a term end whose date has come)."""
    change = for_account(sb, account)
    return change is not None and change.kind == "term_end" and _due(sb, change)
