"""Schema for issue 14's casework: reminders as tasks, the case's owner, the building and the filer, the 311
lifecycle, saved views, bulk actions (schema v6, one migration step of schema.py after issue 13's v5).

Decisions, with their measured reasons:
- **The building and the filer are generated columns** (VIRTUAL, computed by SQLite in C from the row), not values
  the sync writes: the row builder is the hot path of a 100k first sync (cache/rows.py, a parsing process), and
  these keys then cost it nothing; they are computed only where read or indexed. Each is a short chain of
  columns, so each step stays readable: the address in capitals without punctuation, cut before a unit, then the
  usual suffixes abbreviated (USPS Publication 28's street suffixes and directions, the ones NYC's own records
  use) and ordinals made plain ("14TH" → "14"). The filer is the e-mail address, else the phone's digits, else
  name and mailing address. Both are keys for grouping, never shown: the list labels a filer's group without any
  contact detail (docs/app.md).
- **The outbox is rebuilt** (again after v5) to take one more kind ("task": a reminder's change, beside v5's
  follow-ups, reopens, approval requests and decisions) and a `ref` column (the task a change is for, indexed: the
  tasks feed re-folds a task's unsent changes without reading every payload).
  SQLite cannot alter a CHECK; the copy keeps every id and the AUTOINCREMENT high-water mark.
- **Old reminders become tasks.** Before, a case's reminder was the due date of its newest follow-up that was not
  a status change. Each such reminder becomes the task a follow-up with that date now makes (domain/tasks.py:
  the same ids on every PC, so two colleagues' PCs migrating the same follow-up send the same "create" change,
  which the server takes once), with its "create" change queued to send.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from council_desk.api.casework import TaskChangeIn
from council_desk.cache.db import Connection
from council_desk.domain.tasks import followup_task_ids

__all__ = ["CASEWORK", "CLOSED_OFFICE_STATUSES", "LAZY_INDEXES", "OPEN_HERE_SQL"]

CLOSED_OFFICE_STATUSES = ("resolved", "closed_unresolved")

# The grouped list counts cases and open cases per building or filer from these indexes alone (no row is read:
# each row read from disk is decrypted and HMAC-checked, and 100k of them cost seconds), and a case finds the
# others at its building through the first. They are made when first needed (groups.ensure_indexes; the app asks
# once a sync is over), never inside a first sync's bulk load: computing the building key for 100k cases took
# 0.97 s there (tests/bench/test_bench_casework.py), about a seventh of the whole first sync, for a list nobody has
# grouped yet. A bulk load drops them with the others and leaves them for later (bulk.py).
LAZY_INDEXES: dict[str, str] = {
    "complaints_building": (
        "CREATE INDEX IF NOT EXISTS complaints_building ON complaints(building_key, office_status)"
    ),
    "complaints_filer": "CREATE INDEX IF NOT EXISTS complaints_filer ON complaints(filer_key, office_status)",
}
# A case the office has not closed (its own status), whatever the agency did.
OPEN_HERE_SQL = "office_status NOT IN ('resolved', 'closed_unresolved')"


def _replace_all(expr: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        expr = f"replace({expr}, '{old}', '{new}')"
    return expr


_SPACES = (("    ", " "), ("   ", " "), ("  ", " "), ("  ", " "))
# The address in capitals, padded with a space each side so every word is " WORD " (whole-word replacements).
_ADDR_UP = _replace_all(
    _replace_all(
        "(' ' || upper(address) || ' ')", ((".", ""), (",", " "), ("|", " "), ("#", " # "), ("-", " - "))
    ),
    _SPACES,
)
# Cut before a unit: the building is what the agency inspects. Every unit word is marked "|", then the address is
# cut at the first mark. (Cutting at each word in turn nests the expression in itself once per word, and SQLite
# expands it: ten words made an expression of 3^10 copies, and inserts ran out of memory.)
_UNITS = (" APT ", " APARTMENT ", " UNIT ", " # ", " FL ", " FLOOR ", " STE ", " SUITE ", " RM ", " ROOM ")
_ADDR_MARKED = _replace_all("addr_up", tuple((u, " | ") for u in _UNITS))
_ADDR_CUT = (
    "(CASE WHEN instr(addr_marked, '|') > 2 THEN substr(addr_marked, 1, instr(addr_marked, '|') - 1)"
    " ELSE replace(addr_marked, '|', ' ') END)"
)
_SUFFIXES = (
    (" STREET ", " ST "),
    (" AVENUE ", " AVE "),
    (" AV ", " AVE "),
    (" ROAD ", " RD "),
    (" BOULEVARD ", " BLVD "),
    (" PLACE ", " PL "),
    (" DRIVE ", " DR "),
    (" PARKWAY ", " PKWY "),
    (" LANE ", " LN "),
    (" COURT ", " CT "),
    (" TERRACE ", " TER "),
    (" EXPRESSWAY ", " EXPY "),
    (" HIGHWAY ", " HWY "),
    (" SQUARE ", " SQ "),
    (" NORTH ", " N "),
    (" SOUTH ", " S "),
    (" EAST ", " E "),
    (" WEST ", " W "),
)
_ORDINALS = tuple(
    (f"{d}{s} ", f"{d} ")
    for d, s in (
        ("1", "ST"),
        ("2", "ND"),
        ("3", "RD"),
        ("0", "TH"),
        ("1", "TH"),
        ("2", "TH"),
        ("3", "TH"),
        ("4", "TH"),
        ("5", "TH"),
        ("6", "TH"),
        ("7", "TH"),
        ("8", "TH"),
        ("9", "TH"),
    )
)
_BUILDING = f"trim({_replace_all(_replace_all(_ADDR_CUT, _SUFFIXES), _ORDINALS)})"
# The phone's digits (a leading US country code dropped), for the filer's key.
_PHONE = _replace_all("contact_phone", ((" ", ""), ("-", ""), ("(", ""), (")", ""), (".", ""), ("+", "")))
_PHONE_DIGITS = (
    f"(CASE WHEN length({_PHONE}) = 11 AND substr({_PHONE}, 1, 1) = '1'"
    f" THEN substr({_PHONE}, 2) ELSE {_PHONE} END)"
)
_FILER = (
    "coalesce(nullif(lower(trim(contact_email)), ''), nullif(phone_digits, ''),"
    " nullif(lower(trim(contact_name)) || '|' || lower(trim(contact_mailing_address)), '|'))"
)

_OUTBOX = """CREATE TABLE outbox_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('followup', 'reopen', 'approval', 'decision', 'task')),
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        payload BLOB NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error_code TEXT,
        created_at TEXT NOT NULL,
        ref TEXT
    )"""


def _legacy_reminders(conn: Connection) -> None:
    """Each reminder of the old rule (a case's newest non-status follow-up's due date, none once the office closed
    the case) becomes the task a follow-up with a date makes now, its "create" change queued."""
    row = conn.execute("SELECT value FROM meta WHERE name = 'me'").fetchone()
    me = json.loads(row[0]).get("username", "") if row else ""
    found = conn.execute(
        "SELECT c.service_request_id, f.id, f.due_date, f.text, f.created_at, f.author FROM complaints c"
        " JOIN followups f ON f.id = (SELECT g.id FROM followups g"
        "   WHERE g.service_request_id = c.service_request_id AND g.kind != 'status'"
        "   ORDER BY g.created_ts DESC, g.id DESC LIMIT 1)"
        " WHERE c.next_due IS NOT NULL AND f.due_date = c.next_due"
    ).fetchall()
    for sid, fid, due, text, created_at, author in found:
        owner = author or me
        if not owner:
            continue  # nobody to remind: a cache without an identity holds no one's reminders
        task_id, change_id = followup_task_ids(fid)
        change = TaskChangeIn.model_validate(
            {
                "id": str(change_id),
                "task_id": str(task_id),
                "service_request_id": sid,
                "action": "create",
                "due_date": due,
                "owner": owner,
                "text": text[:10_000],
                "followup_id": fid,
                "created_at": created_at,
            }
        )
        conn.execute(
            "INSERT OR IGNORE INTO tasks (id, service_request_id, owner, due_date, text, status, followup_id,"
            " created_at, created_by, updated_at) VALUES (?,?,?,?,?, 'open', ?,?,?,?)",
            (str(task_id), sid, owner, due, change.text, fid, created_at, owner, created_at),
        )
        conn.execute(
            "INSERT OR IGNORE INTO outbox (kind, service_request_id, payload, idempotency_key, created_at, ref)"
            " VALUES ('task', ?, ?, ?, ?, ?)",
            (sid, change.model_dump_json().encode(), str(change_id), created_at, str(task_id)),
        )
        conn.execute(
            "UPDATE complaints SET pending_count = (SELECT count(*) FROM outbox o"
            " WHERE o.service_request_id = complaints.service_request_id) WHERE service_request_id = ?",
            (sid,),
        )


CASEWORK: list[str | Callable[[Connection], None]] = [
    # --- the outbox takes reminders' changes (see the module's docstring)
    _OUTBOX,
    "INSERT INTO sqlite_sequence(name, seq) SELECT 'outbox_new', seq FROM sqlite_sequence WHERE name = 'outbox'",
    "INSERT INTO outbox_new (id, kind, service_request_id, payload, idempotency_key, attempts, last_error_code,"
    " created_at) SELECT id, kind, service_request_id, payload, idempotency_key, attempts, last_error_code,"
    " created_at FROM outbox",
    "DROP TABLE outbox",
    "ALTER TABLE outbox_new RENAME TO outbox",
    "CREATE INDEX outbox_case ON outbox(service_request_id)",
    "CREATE INDEX outbox_ref ON outbox(ref) WHERE ref IS NOT NULL",
    # --- reminders as tasks: the state shown (the server's, `base`, with this PC's unsent changes folded on)
    """CREATE TABLE tasks (
        id TEXT PRIMARY KEY,
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        owner TEXT NOT NULL, due_date TEXT NOT NULL, text TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'done')),
        followup_id TEXT, created_at TEXT NOT NULL, created_by TEXT NOT NULL,
        done_at TEXT, done_by TEXT NOT NULL DEFAULT '', snoozes INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        base TEXT,
        seq INTEGER
    )""",
    "CREATE INDEX tasks_case ON tasks(service_request_id)",
    # The reminders view: open tasks by date, an owner's or everyone's.
    "CREATE INDEX tasks_open ON tasks(status, due_date, owner)",
    # --- the 311 lifecycle: reopen requests and their progress, survey answers filers shared
    """CREATE TABLE reopen_requests (
        id TEXT PRIMARY KEY,
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        reason TEXT NOT NULL, text TEXT NOT NULL, created_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('sent', 'forwarded', 'already_open', 'reopened', 'declined')),
        agency_answer TEXT NOT NULL DEFAULT '', answered_at TEXT, received_at TEXT, seq INTEGER
    )""",
    "CREATE INDEX reopen_requests_case ON reopen_requests(service_request_id)",
    """INSERT INTO reopen_requests (id, service_request_id, reason, text, created_at, status)
        SELECT json_extract(CAST(payload AS TEXT), '$.id'), service_request_id,
               json_extract(CAST(payload AS TEXT), '$.reason'), json_extract(CAST(payload AS TEXT), '$.text'),
               json_extract(CAST(payload AS TEXT), '$.created_at'), 'sent'
        FROM outbox WHERE kind = 'reopen'""",
    """CREATE TABLE surveys (
        id TEXT PRIMARY KEY,
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        answer TEXT NOT NULL, surveyed_at TEXT NOT NULL, after_reopen TEXT, seq INTEGER NOT NULL
    )""",
    "CREATE INDEX surveys_case ON surveys(service_request_id)",
    # --- the case's owner (an "assign" follow-up names one), when the office closed it, its building and filer
    "ALTER TABLE followups ADD COLUMN assignee TEXT",
    "ALTER TABLE complaints ADD COLUMN assignee TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE complaints ADD COLUMN office_closed_ts REAL",
    f"ALTER TABLE complaints ADD COLUMN addr_up TEXT GENERATED ALWAYS AS ({_ADDR_UP}) VIRTUAL",
    f"ALTER TABLE complaints ADD COLUMN addr_marked TEXT GENERATED ALWAYS AS ({_ADDR_MARKED}) VIRTUAL",
    f"ALTER TABLE complaints ADD COLUMN building_key TEXT GENERATED ALWAYS AS ({_BUILDING}) VIRTUAL",
    f"ALTER TABLE complaints ADD COLUMN phone_digits TEXT GENERATED ALWAYS AS ({_PHONE_DIGITS}) VIRTUAL",
    f"ALTER TABLE complaints ADD COLUMN filer_key TEXT GENERATED ALWAYS AS ({_FILER}) VIRTUAL",
    # "My cases" / "Unassigned" as the list's other views: (column, requested_ts, id) like every sort index, so it
    # delivers the view in list order and covers the list query (schema.py's v2 notes).
    "CREATE INDEX complaints_assignee ON complaints(assignee, requested_ts, service_request_id)",
    # The building's and the filer's indexes are not made here but when first needed (LAZY_INDEXES, below).
    "UPDATE complaints SET office_closed_ts = (SELECT f.created_ts FROM followups f"
    " WHERE f.service_request_id = complaints.service_request_id AND f.office_status IS NOT NULL"
    " ORDER BY f.created_ts DESC, f.id DESC LIMIT 1) WHERE office_status IN ('resolved', 'closed_unresolved')",
    _legacy_reminders,
    # --- saved views (per user: this cache is one user's) and bulk actions under way
    "CREATE TABLE saved_views (name TEXT PRIMARY KEY, query TEXT NOT NULL, created_at TEXT NOT NULL)",
    """CREATE TABLE bulk_ops (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, params TEXT NOT NULL, actor TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    # One row per item still to do (a case, or one of its reminders): removed in the transaction that records it.
    """CREATE TABLE bulk_op_items (
        op_id TEXT NOT NULL REFERENCES bulk_ops(id) ON DELETE CASCADE,
        service_request_id TEXT NOT NULL REFERENCES complaints(service_request_id) ON DELETE CASCADE,
        task_id TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        PRIMARY KEY (op_id, service_request_id, task_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX bulk_op_items_order ON bulk_op_items(op_id, position)",
]
