"""Who the cache belongs to: the identity and policy `/v1/me` last answered, kept in `meta` so they apply offline.

A new identity is recorded in ONE transaction with what it implies: when its district differs from the one held
(the member's district changed, or the account moved), every complaint outside the new district is purged there
(purge.switch_district) and a full resync is owed — so the old district's cases are gone before anything is
shown, and a resync that halts or is cut off does not forget it.
"""

from __future__ import annotations

from council_desk.api.models import Me
from council_desk.cache.database import Database, set_meta
from council_desk.cache.purge import switch_district

__all__ = ["adopt", "me", "resync_required"]


def me(db: Database) -> Me | None:
    raw = db.get_meta("me")
    return None if raw is None else Me.model_validate_json(raw)


def adopt(db: Database, new: Me) -> bool:
    """Record `new` (see the module's docstring). Returns True when the district switched."""
    with db.transaction() as conn:
        row = conn.execute("SELECT value FROM meta WHERE name = 'me'").fetchone()
        before = None if row is None else Me.model_validate_json(row[0])
        switched = before is not None and before.district != new.district
        set_meta(conn, "me", new.model_dump_json())
        gone = switch_district(conn, new.district) if switched else 0
    if gone:
        db.quiet_checkpoint()
    return switched


def resync_required(db: Database) -> bool:
    """A full snapshot must run before incremental sync resumes (after a district switch)."""
    return db.get_meta("resync_required") == "1"
