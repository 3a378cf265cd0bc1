"""The office's policy enforced on this PC from the last `/v1/me` seen, even offline — at start-up and hourly: a
revoked device is wiped; closed complaints past retention are purged; too long without reaching the access system
needs a new sign-in; on the date an announced end of access (a term end, a redistricting) comes, the district's
cases go. The clock is the cache's own (cache/clock.py): setting the PC's clock back extends nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from council_desk.domain.errors import SignInRequired

from .errors import DeviceRevoked

if TYPE_CHECKING:
    from council_desk.cache.store import CaseStore

__all__ = ["LAST_CONTACT_META", "enforce_policy"]

LAST_CONTACT_META = "sync.last_server_contact"


def enforce_policy(store: CaseStore, now: dt.datetime, *, wipe: Callable[[], None] | None = None) -> int:
    """Local enforcement of the last policy seen, even offline (start-up, hourly): device revoked → wipe and
    `DeviceRevoked`; retention purge; too long without reaching the server → `SignInRequired`.
    Returns the number of complaints purged for retention."""
    me = store.me()
    if me is None:
        return 0
    policy = me.policy
    if policy.device_status == "revoked":
        if wipe is not None:
            wipe()
        raise DeviceRevoked()
    # The PC's clock, never behind the latest moment it showed this cache: setting it back extends nothing.
    now = store.trusted_now(now)
    purged = int(store.enforce_retention(now, policy))
    change = me.access_change
    if change is not None and now >= change.effective_at:
        # The office's access ended or its district changed on an announced date: the cases go on that date,
        # whether or not the server can be reached (the session sends what waits first, if it can).
        purged += store.end_access(change.kind, change.effective_at, now)
    last = store.get_meta(LAST_CONTACT_META)
    if last:
        try:
            last_at = dt.datetime.fromisoformat(last)
        except ValueError:
            last_at = None
        # Fail closed: an unreadable stamp counts as "too long ago".
        if last_at is None or now - last_at > dt.timedelta(days=policy.max_offline_days):
            raise SignInRequired(
                f"Council Desk has not reached the 311 access system for more than {policy.max_offline_days} "
                "days. Connect to the network and sign in again to keep working.",
                code="offline_too_long",
                details=(str(policy.max_offline_days),),
            )
    return purged
