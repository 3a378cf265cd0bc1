"""Views of the case list (issue 14): the built-in ones every office works from, and the caseworker's own saved
ones. A view is a name and a `CaseQuery` (filters, search text, sort).

Saved views are kept in this cache, which is one user's on one PC: per user, as the issue asks, and encrypted,
because a view may hold search text (a filer's name). They are not synced: a view is a way of looking, not casework
colleagues need. The built-in views are made for the signed-in user each time (so "Mine" is always theirs):

- "All cases"; "Mine" (assigned to me); "Unassigned";
- "Overdue" (a reminder past its date, whoever owns it);
- "Closed at agency, still open here" (311 closed it; the office has not resolved or closed it: USERS.md item 1).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from council_desk.cache.database import Database, now
from council_desk.cache.queries import SORT_COLUMNS, CaseQuery

__all__ = [
    "BUILTIN_NAMES",
    "SavedView",
    "builtin_views",
    "delete",
    "query_from_json",
    "query_to_json",
    "save",
    "saved",
    "view_query",
]

# The built-in views by their key (the CLI's `--view` and the UI's list), with their English labels.
BUILTIN_NAMES: dict[str, str] = {
    "all": "All cases",
    "mine": "Mine",
    "unassigned": "Unassigned",
    "overdue": "Overdue",
    "closed-open": "Closed at agency, still open here",
}
MAX_NAME = 80


@dataclass(frozen=True)
class SavedView:
    name: str
    query: CaseQuery
    key: str = ""  # a built-in view's key; "" for the user's own


def view_query(key: str, username: str) -> CaseQuery:
    """The query of a built-in view for `username`. KeyError for an unknown key."""
    return {
        "all": CaseQuery(),
        "mine": CaseQuery(assignee=(username,)),
        "unassigned": CaseQuery(assignee=("",), open_here=True),
        "overdue": CaseQuery(due="overdue", sort="next_due", descending=False),
        "closed-open": CaseQuery(agency_status=("closed",), open_here=True),
    }[key]


def builtin_views(username: str) -> list[SavedView]:
    return [SavedView(label, view_query(key, username), key) for key, label in BUILTIN_NAMES.items()]


_TUPLES = ("office_status", "agency_status", "agency", "complaint_type", "assignee")


def query_to_json(q: CaseQuery) -> str:
    doc: dict[str, Any] = {}
    for f in dataclasses.fields(q):
        value = getattr(q, f.name)
        if f.name == "today" or value == f.default:
            continue  # "today" is always the day the view is opened
        doc[f.name] = value.isoformat() if isinstance(value, dt.date) else value
    return json.dumps(doc, sort_keys=True, ensure_ascii=False)


def query_from_json(text: str) -> CaseQuery:
    """The query saved as `text`; ValueError if it is not one (a field of another version is ignored)."""
    doc = json.loads(text)
    if not isinstance(doc, dict):
        raise ValueError("a saved view is a JSON object")
    names = {f.name for f in dataclasses.fields(CaseQuery)} - {"today"}
    kw: dict[str, Any] = {}
    for name, value in doc.items():
        if name not in names:
            continue
        if name in _TUPLES:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{name} is a list of texts")
            kw[name] = tuple(value)
        elif name in ("date_from", "date_to"):
            kw[name] = None if value is None else dt.date.fromisoformat(str(value))
        elif name == "sort":
            if value not in SORT_COLUMNS:
                raise ValueError("unknown sort")
            kw[name] = value
        elif name == "due":
            if value not in (None, "due", "overdue"):
                raise ValueError("unknown due filter")
            kw[name] = value
        elif name in ("descending", "open_here"):
            if value is not None and not isinstance(value, bool):
                raise ValueError(f"{name} is true or false")
            kw[name] = value
        else:  # text, building, filer
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} is a text")
            kw[name] = value if name != "text" else (value or "")
    return CaseQuery(**kw)


def saved(db: Database) -> list[SavedView]:
    """The user's own views, by name. One that cannot be read (written by a later version) is left out."""
    with db.reading() as conn:
        rows = conn.execute("SELECT name, query FROM saved_views ORDER BY name COLLATE NOCASE").fetchall()
    out = []
    for name, text in rows:
        try:
            out.append(SavedView(str(name), query_from_json(str(text))))
        except ValueError:
            continue
    return out


def save(db: Database, name: str, q: CaseQuery) -> SavedView:
    """Save (or replace) a view under `name`. ValueError with a plain message for a name that cannot be one."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("Give the view a name.")
    if len(name) > MAX_NAME:
        raise ValueError(f"A view's name can be at most {MAX_NAME} characters.")
    if name.casefold() in {label.casefold() for label in BUILTIN_NAMES.values()}:
        raise ValueError("That name belongs to one of the built-in views; choose another.")
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO saved_views (name, query, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET query = excluded.query",
            (name, query_to_json(q), now().isoformat()),
        )
    return SavedView(name, dataclasses.replace(q, today=None))


def delete(db: Database, name: str) -> bool:
    with db.transaction() as conn:
        return conn.execute("DELETE FROM saved_views WHERE name = ?", (name,)).rowcount > 0
