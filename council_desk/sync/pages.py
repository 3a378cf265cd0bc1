"""A page of the complaint feed, from its bytes to rows ready for the cache: strict JSON, contract, scope.

`parse_complaint_page` is a pure function of the page's bytes and the signed-in district. The sync runs it on its
own thread, or, for a big first sync, in a separate process (`PageParser`, `pageworker.py`) while the cache writes
the page before. A thread cannot overlap the two: parsing holds the GIL, which each of the store's SQLite calls
must take back (docs/cache.md). Nothing here logs: notes come back as data and the engine logs them, so a worker
process writes nothing of its own anywhere.
"""

from __future__ import annotations

import contextlib
import marshal
import struct
import subprocess
import sys
from dataclasses import dataclass, field
from typing import IO, Any, NoReturn

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from council_desk.api.models import MalformedJSON, RemovalChange, ServiceRequestId, parse_json_strict
from council_desk.api.plain import CHANGE, CHANGES
from council_desk.cache.rows import REFUSAL_LAST, PreparedUpsert, Refusal, prepare_plain

__all__ = [
    "WORKER_SUBCOMMAND",
    "PageParser",
    "PageRejected",
    "ParsedPage",
    "ParserGone",
    "parse_changes",
    "parse_complaint_page",
    "parse_complaint_page_data",
    "parse_envelope",
    "read_frame",
    "worker_command",
    "write_frame",
]

_VALIDATE_SLICE = 200
# The hidden sub-command a frozen app (PyInstaller: `sys.executable` is the app itself) starts the worker with.
WORKER_SUBCOMMAND = "_page-worker"


def worker_command() -> list[str]:
    """How to start the page worker. `-I` (isolated): no PYTHON* variables, no user site, not the working folder
    on `sys.path`, so nothing planted beside the app or in the environment runs inside a process that reads every
    page of personal data. A frozen app runs itself with `WORKER_SUBCOMMAND` (council_desk/cli.py)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_SUBCOMMAND]
    return [sys.executable, "-I", "-m", "council_desk.sync.pageworker"]


class _Envelope(BaseModel):
    """The page shape without its changes, validated strictly; changes are checked one by one afterwards."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    changes: list[Any]
    next_cursor: str
    has_more: bool
    snapshot: bool = False


class PageRejected(Exception):
    """The whole page is refused (not JSON, wrong shape, a bad removal). `note` says why, without contents."""

    def __init__(self, note: str) -> None:
        super().__init__(note)
        self.note = note


@dataclass
class ParsedPage:
    next_cursor: str
    has_more: bool
    snapshot: bool
    upserts: list[PreparedUpsert] = field(default_factory=list)  # in scope, ready for the cache
    removals: list[RemovalChange] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one reason per refused record
    # The refused records whose complaint number could be read: a copy held from before is purged (cache).
    refusals: list[Refusal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # for the log: kinds of contract errors, never values

    def to_plain(self) -> tuple[Any, ...]:
        """The page as plain values only (str, int, float, None, tuples, lists), for the pipe from the parsing
        process; `from_plain` makes it again. The rows and their seqs go as two lists."""
        upserts = self.upserts
        return (
            self.next_cursor,
            self.has_more,
            self.snapshot,
            [u.row for u in upserts],
            [u.seq for u in upserts],
            [r.model_dump(mode="json") for r in self.removals],
            self.refused,
            [tuple(r) for r in self.refusals],
            self.notes,
        )

    @classmethod
    def from_plain(cls, plain: tuple[Any, ...]) -> ParsedPage:
        next_cursor, has_more, snapshot, rows, seqs, removals, refused, refusals, notes = plain
        upserts = [PreparedUpsert(seq, row[0], row) for seq, row in zip(seqs, rows, strict=True)]
        return cls(
            str(next_cursor),
            bool(has_more),
            bool(snapshot),
            upserts,
            [RemovalChange.model_validate(r) for r in removals],
            list(refused),
            [Refusal(*r) for r in refusals],
            list(notes),
        )


def parse_complaint_page(body: bytes, district: int) -> ParsedPage:
    """The page's bytes, parsed strictly (`parse_json_strict`), then `parse_complaint_page_data`."""
    return parse_changes(parse_envelope(body), district)


def parse_complaint_page_data(data: Any, district: int) -> ParsedPage:
    """Envelope strictly; each change on its own; each upsert against `district` (from `/v1/me`)."""
    return parse_changes(_envelope_of(data), district)


def parse_envelope(body: bytes) -> _Envelope:
    """First step, and all the next fetch needs: the page's JSON and envelope (its cursor), checked strictly."""
    try:
        data = parse_json_strict(body)
    except MalformedJSON as exc:
        raise PageRejected(f"malformed JSON ({exc})") from None
    return _envelope_of(data)


def _envelope_of(data: Any) -> _Envelope:
    try:
        envelope = _Envelope.model_validate(data)
    except ValidationError:
        raise PageRejected("envelope fails the contract") from None
    if not (1 <= len(envelope.next_cursor) <= 512):
        raise PageRejected("envelope fails the contract")
    return envelope


def parse_changes(envelope: _Envelope, district: int) -> ParsedPage:
    """Second step: each change on its own, each upsert against `district`, in-scope upserts made into rows.

    Changes are validated into plain dicts (api/plain.py: the models' own rules, without making model objects)."""
    page = ParsedPage(envelope.next_cursor, envelope.has_more, envelope.snapshot)
    # In slices: one call holds the GIL throughout (~25 ms for 1000 changes), and the window's thread waits for
    # it; between slices it gets its turn.
    for start in range(0, len(envelope.changes), _VALIDATE_SLICE):
        changes = _validated(envelope.changes[start : start + _VALIDATE_SLICE], page)
        ready, refused = prepare_plain([ch for ch in changes if ch["op"] == "upsert"], district)
        page.upserts += ready
        page.refused += [r.reason for r in refused]
        page.refusals += refused
        page.removals += [RemovalChange.model_validate(ch) for ch in changes if ch["op"] == "remove"]
    return page


def _validated(items: list[Any], page: ParsedPage) -> list[dict[str, Any]]:
    """The changes that pass the contract; a failing upsert is refused (noted on `page`), a failing removal or
    unknown change rejects the whole page."""
    try:  # the common case in one call; item by item only to find and refuse the bad ones
        return CHANGES.validate_python(items)
    except ValidationError:
        pass
    changes = []
    for item in items:
        try:
            changes.append(CHANGE.validate_python(item))
        except ValidationError as exc:
            if isinstance(item, dict) and item.get("op") == "upsert":
                kinds = sorted({str(e["loc"][0]) + ":" + e["type"] for e in exc.errors()})[:3]
                page.notes.append(f"refused an upsert that fails the contract ({', '.join(kinds)})")
                page.refused.append("contract")
                held = _refusal_of_malformed(item)
                if held is not None:
                    page.refusals.append(held)
                continue
            raise PageRejected("a removal or unknown change fails the contract") from None
    return changes


_SR_ID: TypeAdapter[str] = TypeAdapter(ServiceRequestId)


def _refusal_of_malformed(item: dict[str, Any]) -> Refusal | None:
    """A contract-failing upsert ("consent": "yes", district "07"…) that still names a valid complaint number:
    ambiguous about consent or district, so fail closed and purge the copy held (no other value of it is used)."""
    complaint = item.get("complaint")
    sid = complaint.get("service_request_id") if isinstance(complaint, dict) else None
    try:
        sid = _SR_ID.validate_python(sid)
    except ValidationError:
        return None
    seq = item.get("seq")
    if not (isinstance(seq, int) and type(seq) is int and 0 <= seq < REFUSAL_LAST):
        seq = REFUSAL_LAST
    return Refusal(seq, sid, "contract")


class PageParser:
    """`parse_complaint_page` in one separate process (`python -m council_desk.sync.pageworker`), started on first
    use and ended by `close`; it also ends by itself when this process does, even after kill -9.

    A plain child process on pipes rather than `multiprocessing`: its "spawn" re-runs the parent's main script in
    the child (an unguarded script or a REPL breaks it), and "fork" would copy Qt's and the threads' locks
    mid-use. Frames are a 4-byte length and a `marshal` of plain values, between this process and its own child
    only: marshal writes and reads lists of row tuples ~3x and ~1.4x as fast as pickle (100k rows: 0.21 s and
    0.28 s against 0.61 s and 0.40 s, measured), and both ends are the same interpreter, which its format needs."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._failed = False
        self._in_flight = False  # a page was sent and its answers are not all read yet

    def start(self) -> None:
        """Start the process now, so that its start-up (~0.4 s: Python, pydantic, the validators) overlaps the
        first page's download instead of delaying the first page handed to it. Never raises: a process that
        cannot start is reported by the first `send`."""
        with contextlib.suppress(ParserGone):
            self._process()

    def parse(self, body: bytes, district: int) -> ParsedPage:
        self.send(body, district)
        self.cursor()
        return self.finish()

    def send(self, body: bytes, district: int) -> None:
        """Hand a page over; the process starts on it at once. Then `cursor`, then `finish`, before the next."""
        if self._in_flight:  # a page handed over and then abandoned (a resync): its answers would come first
            self.close()  # the next exchange starts a fresh process
        self._exchange((body, district), answer=False)
        self._in_flight = True

    def cursor(self) -> tuple[str, bool]:
        """The page's (next cursor, has more), as soon as its envelope is checked, so the next page can be
        fetched while this one is validated."""
        kind, value = self._exchange(None)
        if kind == "cursor":
            cursor, more = value
            return str(cursor), bool(more)
        self._in_flight = False
        return self._refuse(kind, value)

    def finish(self) -> ParsedPage:
        kind, value = self._exchange(None)
        self._in_flight = False
        if kind == "page":
            return ParsedPage.from_plain(value)
        return self._refuse(kind, value)

    def _refuse(self, kind: str, value: Any) -> NoReturn:
        if kind == "rejected":
            raise PageRejected(str(value))
        self._failed = True
        self.close()
        raise ParserGone(str(value))

    def _exchange(self, request: tuple[bytes, int] | None, *, answer: bool = True) -> tuple[str, Any]:
        """Send `request` (if any), then read one answer (if `answer`)."""
        proc = self._process()
        try:
            assert proc.stdin is not None and proc.stdout is not None
            if request is not None:
                write_frame(proc.stdin, request)
            if not answer:
                return "", None
            kind, value = read_frame(proc.stdout)
        except (OSError, EOFError, ValueError, TypeError) as exc:  # ValueError: closed meanwhile, or bad data
            self._failed = True
            self.close()
            raise ParserGone("it ended") from exc
        return str(kind), value

    def _process(self) -> subprocess.Popen[bytes]:
        if self._failed:
            raise ParserGone("it failed earlier in this sync")  # not restarted page after page
        if self._proc is None:
            if not sys.executable:  # an embedded interpreter: nothing to start
                self._failed = True
                raise ParserGone("no Python interpreter to start it with")
            try:
                self._proc = subprocess.Popen(  # noqa: S603 -- our own interpreter or app, fixed arguments
                    worker_command(),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    close_fds=True,
                )
            except OSError as exc:
                self._failed = True
                raise ParserGone("it could not be started") from exc
        return self._proc

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if self._in_flight:
            # Its answer is not wanted, and the process would block writing it to a pipe nobody reads.
            proc.kill()
        with contextlib.suppress(OSError):
            if proc.stdin is not None:
                proc.stdin.close()  # the worker's end of input: it exits
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


class ParserGone(Exception):
    """The parsing process failed or ended; the sync parses on its own thread instead."""


_HEADER = struct.Struct("!I")


def write_frame(stream: IO[bytes], value: Any) -> None:
    data = marshal.dumps(value, 4)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError()
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError()
    return marshal.loads(data)  # noqa: S302 -- only ever from our own child process (or parent), over its pipe
