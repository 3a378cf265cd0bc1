"""The case list grouped by building or by filer (issue 14): twelve complaints about one building are one line
with twelve under it, not twelve unrelated rows.

The keys are the cache's generated columns (schema_casework.py): the building is the address normalised (capitals,
no unit, the usual abbreviations), the filer a key made from the consented contact details. A group is listed
with how many cases it has and how many the office still has open, biggest first; its cases are the list's own
query with the group's key added, fetched when the group is opened. Counting needs no complaint row: the
(key, office status) indexes hold both, so the 100k-case grouped list's first screen stays a scan of one index
(tests/bench/test_bench_casework.py).

A filer's group is never labelled with a name or any contact detail: those stay behind "Show contact details…"
(audited). The label says only how many cases the same person filed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

from council_desk.cache import queries
from council_desk.cache.database import Database
from council_desk.cache.queries import CaseQuery, CaseRow
from council_desk.cache.schema_casework import LAZY_INDEXES, OPEN_HERE_SQL

__all__ = ["GROUP_KEYS", "Group", "GroupBy", "ensure_indexes", "group_query", "groups", "same_building"]

GroupBy = Literal["building", "filer"]
GROUP_KEYS: dict[str, str] = {"building": "c.building_key", "filer": "c.filer_key"}
# The other open cases a case shows at its building: more than a detail pane can list usefully.
SAME_BUILDING_LIMIT = 50


@dataclass(frozen=True)
class Group:
    by: GroupBy
    key: str  # "" = cases with no street address (building) or no contact detail to match on (filer)
    count: int
    open_count: int

    @property
    def label(self) -> str:
        """What the list shows for the group (a building's normalised address; never anything of a filer's)."""
        if self.by == "building":
            return self.key or "(no street address)"
        return "Same filer" if self.key else "(no contact details to match)"


def ensure_indexes(db: Database) -> bool:
    """Make the building's and the filer's indexes if they are not there yet (schema_casework.LAZY_INDEXES): ~1 s
    for 100k cases, once. Not during a bulk load (its end would drop the work). True if one was made."""
    if db.bulk:
        return False
    with db.reading() as conn:
        missing = [
            name
            for name in LAZY_INDEXES
            if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone()
            is None
        ]
    if not missing:
        return False
    with db.transaction(durable=False) as conn:  # an index is rebuilt from the rows if a power cut loses it
        for name in missing:
            conn.execute(LAZY_INDEXES[name])
    return True


def groups(db: Database, q: CaseQuery, by: GroupBy) -> list[Group]:
    """The groups of the cases `q` matches: most open cases first, then most cases, then by key; the cases with
    no key (no street address, no contact detail to match) last.

    Grouped by the bare column, so SQLite walks the (key, office status) index in key order and needs no sort of
    its own: with `coalesce(key, '')` instead it scanned the table and sorted (0.55 s over 20k cases against 8 ms,
    measured). The groups are ordered here, a few thousand tuples."""
    col = GROUP_KEYS[by]
    ensure_indexes(db)
    with db.reading() as conn:
        where, params = queries.where_sql(conn, q, bulk=db.bulk)
        # Only constant names and the list's own WHERE (placeholders only) are interpolated.
        sql = f"SELECT {col}, count(*), sum(c.{OPEN_HERE_SQL}) FROM complaints c{where} GROUP BY {col}"  # noqa: S608
        rows = conn.execute(sql, params).fetchall()
    merged: dict[str, list[int]] = {}
    for key, n, n_open in rows:  # NULL and "" are both "no key"
        acc = merged.setdefault(key or "", [0, 0])
        acc[0] += int(n)
        acc[1] += int(n_open or 0)
    found = [Group(by, key, n, n_open) for key, (n, n_open) in merged.items()]
    found.sort(key=lambda g: (g.key == "", -g.open_count, -g.count, g.key))
    return found


def group_query(q: CaseQuery, group: Group) -> CaseQuery:
    """The list's query narrowed to one group."""
    if group.by == "building":
        return dataclasses.replace(q, building=group.key)
    return dataclasses.replace(q, filer=group.key)


def same_building(db: Database, service_request_id: str) -> list[CaseRow]:
    """The other cases at the case's building that the office still has open, newest first."""
    ensure_indexes(db)
    with db.reading() as conn:
        row = conn.execute(
            "SELECT building_key FROM complaints WHERE service_request_id = ?", (service_request_id,)
        ).fetchone()
        if row is None or not row[0]:
            return []
        ids = [
            r[0]
            for r in conn.execute(
                f"SELECT service_request_id FROM complaints WHERE building_key = ? AND service_request_id != ?"  # noqa: S608 -- constant
                f" AND {OPEN_HERE_SQL} ORDER BY requested_ts DESC, service_request_id DESC LIMIT ?",
                (row[0], service_request_id, SAME_BUILDING_LIMIT),
            )
        ]
        found = queries.rows(conn, ids)
    return [found[i] for i in ids if i in found]
