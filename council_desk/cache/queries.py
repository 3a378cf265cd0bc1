"""The case list's queries: filter + full-text search + sort to a list of ids, then rows fetched on demand.

User text is never FTS5 syntax: it is split into words the way the unicode61 tokenizer splits them, every word
is quoted, and only the last one is prefix-matched. `AND`, `NEAR(`, `"`, `*`, `-` and friends are just text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from council_desk.cache.db import Connection

__all__ = [
    "SORT_COLUMNS",
    "CaseQuery",
    "CaseRow",
    "Counts",
    "Facets",
    "counts",
    "facets",
    "fts_expression",
    "list_ids",
    "number_prefix",
    "rows",
    "search_tokens",
    "where_sql",
]

SortKey = Literal[
    "id",
    "requested",
    "complaint_type",
    "agency",
    "address",
    "agency_status",
    "office_status",
    "next_due",
    "pending_count",
    "assignee",
]

SORT_COLUMNS: dict[str, str] = {
    "id": "c.service_request_id",
    "requested": "c.requested_ts",
    "complaint_type": "c.complaint_type",
    "agency": "c.agency_responsible",
    "address": "c.address",
    "agency_status": "c.status",
    "office_status": "c.office_status",
    "next_due": "c.next_due",
    "pending_count": "c.pending_count",
    "assignee": "c.assignee",
}

MAX_SEARCH_TOKENS = 16


@dataclass(frozen=True)
class CaseQuery:
    """What the case list shows. Empty tuples mean "any". `today` defaults to the local date (for `due`)."""

    text: str = ""
    office_status: tuple[str, ...] = ()
    agency_status: tuple[str, ...] = ()
    agency: tuple[str, ...] = ()
    complaint_type: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    due: Literal["due", "overdue"] | None = None
    sort: SortKey = "requested"
    descending: bool = True
    today: dt.date | None = None
    # Issue 14: the case's owner ("" = nobody: "Unassigned"); open here = the office has not resolved or closed it
    # (False: it has); one building (schema_casework: building_key) or one filer (filer_key).
    assignee: tuple[str, ...] = ()
    open_here: bool | None = None
    building: str | None = None
    filer: str | None = None


@dataclass(frozen=True)
class CaseRow:
    """The list columns of one case."""

    id: str
    requested: dt.datetime
    complaint_type: str
    agency: str
    address: str
    agency_status: str
    office_status: str
    next_due: dt.date | None
    pending_count: int
    assignee: str = ""


@dataclass(frozen=True)
class Facets:
    agencies: list[str]
    complaint_types: list[str]


@dataclass(frozen=True)
class Counts:
    total: int
    by_office_status: dict[str, int] = field(default_factory=dict)
    by_agency_status: dict[str, int] = field(default_factory=dict)
    due_today: int = 0
    overdue: int = 0
    outbox: int = 0


def _is_word_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat in ("Co", "Mn", "Mc")


def search_tokens(text: str) -> list[str]:
    """Split user text into words (letters, digits, combining marks); everything else separates words."""
    tokens: list[str] = []
    current: list[str] = []
    for ch in text:
        if _is_word_char(ch):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    # A word of combining marks only has nothing for the tokenizer to match on.
    return [t for t in tokens if any(unicodedata.category(c)[0] in "LN" for c in t)][:MAX_SEARCH_TOKENS]


def fts_expression(text: str) -> str | None:
    """An FTS5 MATCH expression that means "all these words, the last as a prefix"; None if no words."""
    return _expression(search_tokens(text))


def _expression(words: Sequence[str]) -> str | None:
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


# The search index's tokenizer (schema.py, complaints_fts; tests/unit/test_cache_queries.py checks they agree).
SEARCH_TOKENIZER = "unicode61 remove_diacritics 2"


def index_expression(conn: Connection, text: str) -> str | None:
    """`fts_expression` on the words the search index itself makes of the text; None if the text has no words.

    Why: the index cuts words where its tokenizer (Unicode 6.1 tables) does, and it cuts some that
    `search_tokens` keeps whole: a combining mark it does not fold, a letter newer than its tables. A quoted
    word it cuts in two is a phrase, which an index without positions (detail=none) refuses with an error. So
    the words go through the same tokenizer first, in a table in memory (temp_store=MEMORY; emptied at once)."""
    words = search_tokens(text)
    if not words:
        return None
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_probe USING fts5(words, tokenize='{SEARCH_TOKENIZER}')"
    )
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_probe_terms USING fts5vocab(temp, search_probe, instance)"
    )
    conn.execute("INSERT INTO temp.search_probe(rowid, words) VALUES (1, ?)", (" ".join(words),))
    try:
        terms = [str(r[0]) for r in conn.execute("SELECT term FROM temp.search_probe_terms ORDER BY offset")]
    finally:
        conn.execute("DELETE FROM temp.search_probe")
    # No word left for the index (only characters it skips): nothing in it can match; "" matches nothing.
    return _expression(terms[:MAX_SEARCH_TOKENS]) or '""'


# A complaint number as people type it: digits, optionally with the "311-" some channels print. Three digits at
# least, so that a house number alone does not also pull in every case whose number starts with it.
_NUMBER = re.compile(r"(?:311-)?([0-9]{3,20})")


def number_prefix(text: str) -> str | None:
    """The digits of a (possibly half-typed) complaint number, if the whole search text is one; else None."""
    m = _NUMBER.fullmatch(text.strip())
    return m.group(1) if m else None


def _number_ranges(digits: str) -> list[str]:
    # Prefix match as index ranges on the primary key ("9" < ":" in ASCII, and ids are digits only).
    return [digits, digits + ":", "311-" + digits, "311-" + digits + ":"]


_DAY_S = 86_400.0


def _utc_midnight(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(), dt.UTC).timestamp()


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# While a bulk load has the search index down (cache/bulk.py): every word must appear in one of the indexed
# texts. Slower than the index and without its diacritic folding, but it finds the cases already loaded.
_SCAN_WORD = (
    "(c.description LIKE ? ESCAPE '\\' OR c.resolution_description LIKE ? ESCAPE '\\'"
    " OR c.address LIKE ? ESCAPE '\\' OR c.contact_name LIKE ? ESCAPE '\\')"
)


def _where(q: CaseQuery, expr: str | None, *, bulk: bool = False) -> tuple[str, list[Any]]:
    """`expr`: the search text's `index_expression` (None: no words)."""
    clauses: list[str] = []
    params: list[Any] = []
    number = number_prefix(q.text)
    if expr is not None:
        if bulk:
            words = search_tokens(q.text)
            fts = "(" + " AND ".join([_SCAN_WORD] * len(words)) + ")"
            params.extend(_like(w) for w in words for _ in range(4))
        else:
            fts = "c.rowid IN (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?)"
            params.append(expr)
        if number is not None:
            # The complaint number is not in the search index: match it on the primary key as well.
            fts = (
                f"({fts} OR (c.service_request_id >= ? AND c.service_request_id < ?)"
                " OR (c.service_request_id >= ? AND c.service_request_id < ?))"
            )
            params.extend(_number_ranges(number))
        clauses.append(fts)
    for column, values in (
        ("c.office_status", q.office_status),
        ("c.status", q.agency_status),
        ("c.agency_responsible", q.agency),
        ("c.complaint_type", q.complaint_type),
        ("c.assignee", q.assignee),
    ):
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    # The date is the one 311 recorded (the complaint's own local time); the UTC bounds around it (a day's margin
    # covers every offset from -12:00 to +14:00) let the date index go (schema v3) and use complaints_requested.
    if q.date_from is not None:
        clauses.append("c.requested_ts >= ? AND c.requested_date >= ?")
        params.extend((_utc_midnight(q.date_from) - _DAY_S, q.date_from.isoformat()))
    if q.date_to is not None:
        clauses.append("c.requested_ts < ? AND c.requested_date <= ?")
        params.extend((_utc_midnight(q.date_to) + 2 * _DAY_S, q.date_to.isoformat()))
    if q.due is not None:
        today = (q.today or dt.date.today()).isoformat()
        clauses.append("c.next_due <= ?" if q.due == "due" else "c.next_due < ?")
        params.append(today)
    if q.open_here is not None:
        clauses.append(f"c.office_status {'NOT IN' if q.open_here else 'IN'} ('resolved', 'closed_unresolved')")
    if q.building is not None:
        clauses.append("c.building_key = ?")
        params.append(q.building)
    if q.filer is not None:
        clauses.append("c.filer_key = ?")
        params.append(q.filer)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def where_sql(conn: Connection, q: CaseQuery, *, bulk: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause (over `complaints c`) and its parameters for the query's filters and search text: the
    list's own, for other questions over the same cases (groups.py, caseload.py)."""
    expr = fts_expression(q.text) if bulk else index_expression(conn, q.text)
    return _where(q, expr, bulk=bulk)


# The covering index that delivers each sort in order (see schema: (column, requested_ts, service_request_id)).
_SORT_INDEX: dict[str, str] = {
    "requested": "complaints_requested",
    "complaint_type": "complaints_type",
    "agency": "complaints_agency",
    "address": "complaints_address",
    "agency_status": "complaints_status",
    "office_status": "complaints_office",
    "assignee": "complaints_assignee",
}
# Above this many search hits, walking the sort's covering index and testing each entry against the hits beats
# fetching and sorting the hits' rows (measured on 100k cases under load: a word in 70k cases 650 → 360 ms; a
# rare word stays at ~1 ms through the hits).
MANY_HITS = 2000


def _many_hits(conn: Connection, expr: str) -> bool:
    # FTS5 streams the doclist, so counting up to a limit costs little even for a very common word.
    sql = "SELECT count(*) FROM (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ? LIMIT ?)"
    return int(conn.execute(sql, (expr, MANY_HITS + 1)).fetchone()[0]) > MANY_HITS


def list_ids(conn: Connection, q: CaseQuery, limit: int | None = None, *, bulk: bool = False) -> list[str]:
    """Ids of the matching cases in list order; ties go by date, then id, so the order is total and stable.

    `limit`: only the first ones (the list's first screen). A word found in most cases costs ~60-130 ms to list
    in full over 100k cases, nearly all of it producing the ids; its first screen costs a fraction of that.
    `bulk`: a bulk load has the indexes down (cache/bulk.py); the same answer, found without them."""
    if q.sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort column {q.sort!r}")
    expr = fts_expression(q.text) if bulk else index_expression(conn, q.text)
    where, params = _where(q, expr, bulk=bulk)
    col = SORT_COLUMNS[q.sort]
    direction = "DESC" if q.descending else "ASC"
    nulls = f"{col} IS NULL, " if q.sort == "next_due" else ""  # cases without a reminder always go last
    order = [f"{col} {direction}"]
    if q.sort not in ("id", "requested"):
        order.append(f"c.requested_ts {direction}")
    if q.sort != "id":
        order.append(f"c.service_request_id {direction}")
    hint = ""
    if expr is not None and not bulk and q.sort in _SORT_INDEX and _many_hits(conn, expr):
        hint = f" INDEXED BY {_SORT_INDEX[q.sort]}"
    sql = f"SELECT c.service_request_id FROM complaints c{hint}{where} ORDER BY {nulls}{', '.join(order)}"  # noqa: S608 -- only constant names and "?" placeholders are interpolated
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(limit)))
    # The ids come back as ONE string, not a row each: stepping row by row gave up the GIL and took it back 100k
    # times for a full list, and each taking-back waited for any busy thread (the sync parsing a page, the
    # window painting); one row is also ~3x faster alone. An aggregate over a subquery that has an ORDER BY
    # takes its rows in that order (SQLite never flattens such a subquery into an aggregate). Ids are digits
    # with an optional "311-" (the contract), so a comma cannot occur in one.
    row = conn.execute(f"SELECT group_concat(service_request_id, ',') FROM ({sql})", params).fetchone()  # noqa: S608 -- the query above, built from constants
    return str(row[0]).split(",") if row is not None and row[0] else []


def rows(conn: Connection, ids: Sequence[str]) -> dict[str, CaseRow]:
    """List columns for the given ids (missing ids are simply absent)."""
    out: dict[str, CaseRow] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        sql = (
            "SELECT service_request_id, requested_datetime, complaint_type, agency_responsible, address, status,"  # noqa: S608 -- only constant column names and "?" placeholders are interpolated
            " office_status, next_due, pending_count, assignee FROM complaints"
            f" WHERE service_request_id IN ({','.join('?' * len(chunk))})"
        )
        for r in conn.execute(sql, chunk):
            out[r[0]] = CaseRow(
                id=r[0],
                requested=dt.datetime.fromisoformat(r[1]),
                complaint_type=r[2],
                agency=r[3],
                address=r[4],
                agency_status=r[5],
                office_status=r[6],
                next_due=dt.date.fromisoformat(r[7]) if r[7] else None,
                pending_count=int(r[8]),
                assignee=r[9],
            )
    return out


def facets(conn: Connection) -> Facets:
    agencies = [r[0] for r in conn.execute("SELECT DISTINCT agency_responsible FROM complaints ORDER BY 1")]
    types = [r[0] for r in conn.execute("SELECT DISTINCT complaint_type FROM complaints ORDER BY 1")]
    return Facets(agencies, types)


def counts(conn: Connection, today: dt.date | None = None) -> Counts:
    day = (today or dt.date.today()).isoformat()
    total = int(conn.execute("SELECT count(*) FROM complaints").fetchone()[0])
    office = {r[0]: int(r[1]) for r in conn.execute("SELECT office_status, count(*) FROM complaints GROUP BY 1")}
    agency = {r[0]: int(r[1]) for r in conn.execute("SELECT status, count(*) FROM complaints GROUP BY 1")}
    due_today = int(conn.execute("SELECT count(*) FROM complaints WHERE next_due = ?", (day,)).fetchone()[0])
    overdue = int(conn.execute("SELECT count(*) FROM complaints WHERE next_due < ?", (day,)).fetchone()[0])
    outbox = int(conn.execute("SELECT count(*) FROM outbox").fetchone()[0])
    return Counts(total, office, agency, due_today, overdue, outbox)
