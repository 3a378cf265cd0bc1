"""Turn real 311 rows into the sandbox's complaints, synthetic contacts, simulated consents and surveys.

Deterministic: the same rows, seed and parameters give byte-identical records. Records are built as JSON text
directly (not through pydantic) so that 100k complaints take seconds; the tests validate what is served against
the wire contract.

Dates: by default the whole data set is moved forward by a whole number of weeks so that the newest real row lands
in the last week before today (`date_shift_days`, 0 keeps the real dates). Without it, a 365-day retention after
close would expire nearly every closed real complaint (the newest rows are from October 2025). The council district
is always the one under the lines in force at the complaint's *served* date, so date and district agree.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from council_desk.domain.notices import CURRENT_VERSION
from council_desk.sandbox import names
from council_desk.sandbox.data import RealRow
from council_desk.sandbox.geo import lines_for

NY = ZoneInfo("America/New_York")
NOTICE_VERSION = CURRENT_VERSION  # the consent notice shown today (domain/notices.py has its text)
FIRST_RESAMPLED_ID = 700_000_000
FIRST_INTAKE_ID = 800_000_000

_LANGS = list(names.LANGUAGE_WEIGHTS)
_LANG_W = list(names.LANGUAGE_WEIGHTS.values())


@dataclass(frozen=True)
class Params:
    """What determines the generated data; stored with it so a restart reuses it only when these match."""

    seed: int = 7
    complaints: int | None = None  # None = the real rows as they are
    consent_share: float = 0.2
    only_district: int | None = None
    date_shift_days: int = 0

    def key(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


@dataclass
class Record:
    """One complaint as the sandbox stores it."""

    id: str
    district: int
    requested_ts: float  # unix seconds
    closed_ts: float | None  # unix seconds, set only for Open311 status "closed"
    complaint_type: str
    agency: str
    complaint_json: str
    contact_json: str
    consent_json: str | None  # an active consent receipt, or None (no consent given)
    satisfaction: int | None
    reopen_requested: bool
    feedback: str
    month: str  # YYYY-MM of the request, New York time


def slug(text: str) -> str:
    """service_code: a stable slug of the NYC complaint type."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "other"


def auto_shift_days(rows: list[RealRow], today: dt.date) -> int:
    """Whole weeks (weekdays stay right) that bring the newest row into the last week before `today`."""
    newest = max(r.created for r in rows).date()
    weeks = max(0, (today - newest).days - 1) // 7
    return weeks * 7


def _r(rng: random.Random, n: int) -> int:
    """A uniform int in [0, n): random() scaled, three times faster than randrange for 100k rows."""
    return int(rng.random() * n)


_EPOCH = dt.datetime(1970, 1, 1)


class _Iso:
    """ISO 8601 with the New York offset, cached per local hour (DST changes on the hour): 100k rows fast."""

    def __init__(self) -> None:
        self._offsets: dict[tuple[int, int, int, int], tuple[str, float]] = {}

    def _offset(self, when: dt.datetime) -> tuple[str, float]:
        key = (when.year, when.month, when.day, when.hour)
        off = self._offsets.get(key)
        if off is None:
            aware = when.replace(tzinfo=NY)
            delta = aware.utcoffset()
            off = (aware.isoformat()[-6:], delta.total_seconds() if delta else 0.0)
            self._offsets[key] = off
        return off

    def __call__(self, when: dt.datetime) -> str:
        return when.isoformat(timespec="seconds") + self._offset(when)[0]

    def ts(self, when: dt.datetime) -> float:
        """Unix seconds of a naive New York local time."""
        return (when - _EPOCH).total_seconds() - self._offset(when)[1]


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _channel(raw: str, rng: random.Random) -> str:
    raw = raw.lower()
    if raw == "phone":
        return "phone"
    if raw in ("online", "web"):
        return "web"
    if raw in ("mobile", "app"):
        return "app"
    return ("phone", "web", "app")[_r(rng, 3)]


class _Contacts:
    """Synthetic contacts; names are JSON-escaped once, the rest is ASCII made by formatting."""

    def __init__(self) -> None:
        total = sum(_LANG_W)
        acc = 0.0
        self._cum: list[float] = []
        for w in _LANG_W:
            acc += w / total
            self._cum.append(acc)
        self._esc: dict[str, str] = {}
        self._mail: dict[str, str] = {}

    def _name(self, text: str) -> str:
        esc = self._esc.get(text)
        if esc is None:
            esc = self._esc[text] = _j(text)
            folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
            self._mail[text] = re.sub(r"[^a-z]", "", folded)
        return esc

    def make(self, rng: random.Random, n: int, row: RealRow) -> str:
        lang = _LANGS[min(bisect.bisect(self._cum, rng.random()), len(_LANGS) - 1)]
        native = lang in names.NATIVE and rng.random() < names.NATIVE_SHARE
        given, family = (names.NATIVE if native else names.LATIN)[lang]
        first, last = given[_r(rng, len(given))], family[_r(rng, len(family))]
        first_j, last_j = self._name(first), self._name(last)
        if native:
            email = f"constituent{n}@example.org"
        else:
            email = f"{self._mail[first]}.{self._mail[last]}{n % 1000}@example.org"
        area = "212" if row.borough == "MANHATTAN" else ("718", "347")[_r(rng, 2)]
        phone = f"({area}) 555-01{_r(rng, 100):02d}"
        borough = row.borough.title() if row.borough and row.borough != "Unspecified" else "New York"
        zipcode = row.zipcode if row.zipcode.isdigit() else "10007"
        mailing = (
            f"{(1 + _r(rng, 998))} Training Avenue, Apt {(1 + _r(rng, 29))}{'ABCD'[_r(rng, 4)]}, "
            f"{borough}, NY {zipcode}"
        )
        return (
            f'{{"first_name":{first_j},"last_name":{last_j},"phone":"{phone}","email":"{email}",'
            f'"mailing_address":{_j(mailing)},"preferred_language":"{lang}"}}'
        )


class _Complaints:
    """Wire `Complaint` JSON; the parts fixed by the source row are escaped once per row."""

    def __init__(self) -> None:
        self._static: dict[int, str] = {}
        self._descr: dict[tuple[int, int], str] = {}
        self.iso = _Iso()

    def make(
        self, row: RealRow, sr_id: str, district: int, created: dt.datetime, shift: dt.timedelta, text_i: int
    ) -> tuple[str, float | None]:
        key = id(row)
        static = self._static.get(key)
        closed = row.status == "Closed"
        if static is None:
            static = self._static[key] = _j(
                {
                    "service_name": row.complaint_type[:200],
                    "service_code": slug(row.complaint_type)[:200],
                    "agency_responsible": row.agency,
                    "agency_name": row.agency_name[:200],
                    "status": "closed" if closed else "open",
                    "status_notes": "",
                    "address": row.address[:200],
                    "zipcode": row.zipcode,
                    "lat": row.lat,
                    "long": row.lon,
                    "complaint_type": row.complaint_type[:200],
                    "descriptor": row.descriptor[:200],
                    "descriptor_2": row.descriptor_2[:200],
                    "borough": row.borough,
                    "resolution_description": row.resolution_description if closed else "",
                    "location_type": row.location_type[:200],
                    "open_data_channel_type": row.channel,
                    "nyc_status": row.status,
                }
            )[1:-1]
        descr = self._descr.get((key, text_i))
        if descr is None:
            parts = [row.descriptor, row.descriptor_2, names.CONSTITUENT_TEXTS[text_i]]
            descr = self._descr[(key, text_i)] = _j(" — ".join(p for p in parts if p))
        closed_local = row.closed + shift if closed and row.closed else None
        updated = row.updated or row.closed
        updated_s = f'"{self.iso(max(updated + shift, created))}"' if updated else "null"
        closed_s = f'"{self.iso(closed_local)}"' if closed_local else "null"
        doc = (
            f'{{"service_request_id":"{sr_id}","description":{descr},'
            f'"requested_datetime":"{self.iso(created)}","updated_datetime":{updated_s},'
            f'"closed_datetime":{closed_s},"council_district":{district},{static}}}'
        )
        return doc, self.iso.ts(closed_local) if closed_local else None


def complaint_json(row: RealRow, sr_id: str, district: int, created: dt.datetime, text_i: int = 0) -> str:
    """The wire `Complaint` for one row at a (naive NY local) filing time; used by the intake page."""
    return _Complaints().make(row, sr_id, district, created, created - row.created, text_i)[0]


def consent_json(sr_id: str, district: int, given_at: str, channel: str) -> str:
    """An active consent receipt (wire `Consent`); `given_at` is ISO 8601 with offset."""
    consent_id = "cns-" + hashlib.sha256(f"{sr_id}:{given_at}".encode()).hexdigest()[:20]
    return (
        f'{{"consent_id":"{consent_id}","given_at":"{given_at}","channel":"{channel}",'
        f'"notice_version":"{NOTICE_VERSION}","scope":"share-contact-with-council-member",'
        f'"district":{district},"withdrawn_at":null}}'
    )


def generate(
    rows: list[RealRow], params: Params, now: dt.datetime, retention_days: int | None = None
) -> Iterator[Record]:
    """All complaints for `params`, in requested-date order. `now` (aware) caps resampled dates.

    With `complaints=N`, rows are resampled only from those still inside `retention_days` after close at `now`
    (open ones, or closed recently), so that N resampled complaints are N complaints a client can receive."""
    rng = random.Random(params.seed)
    shift = dt.timedelta(days=params.date_shift_days)
    latest = now.astimezone(NY).replace(tzinfo=None) - dt.timedelta(hours=1)
    pool = [r for r in rows if r.district_2013 and r.district_2023]
    if params.only_district is not None:
        pool = [r for r in pool if r.district_at(r.created + shift) == params.only_district]
    # A day's margin: the store applies retention a moment later, with its own clock.
    cutoff = latest - dt.timedelta(days=retention_days - 1) if retention_days is not None else None

    def alive(row: RealRow, moved: dt.timedelta) -> bool:
        closed = row.closed if row.status == "Closed" else None
        return cutoff is None or closed is None or closed + moved >= cutoff

    picks: list[tuple[RealRow, str, dt.datetime]] = []
    if params.complaints is not None:
        pool = [r for r in pool if alive(r, shift)]
    if params.complaints is None:
        picks = [(r, r.unique_key, r.created + shift) for r in pool]
    elif pool:
        for i in range(params.complaints):
            row = pool[_r(rng, len(pool))]
            base = row.created + shift
            # Jitter a resample by up to ±20 days, but never across the 2024 line change or into the future,
            # so it keeps its source row's district.
            moved = base + dt.timedelta(seconds=_r(rng, 40 * 86400) - 20 * 86400)
            if lines_for(moved) != lines_for(base) or moved > latest or not alive(row, moved - row.created):
                moved = base
            picks.append((row, str(FIRST_RESAMPLED_ID + i), moved))
    picks.sort(key=lambda p: (p[2], p[1]))
    complaints, contacts = _Complaints(), _Contacts()
    n_texts = len(names.CONSTITUENT_TEXTS)
    # Yielded one by one, so that the store can insert in batches without holding 100k records in memory.
    for n, (row, sr_id, created) in enumerate(picks):
        district = row.district_at(created)
        complaint, closed_ts = complaints.make(
            row, sr_id, district, created, created - row.created, _r(rng, n_texts)
        )
        contact = contacts.make(rng, n, row)
        consent = None
        if rng.random() < params.consent_share:
            given = created + dt.timedelta(seconds=(5 + _r(rng, 595)))
            consent = consent_json(sr_id, district, complaints.iso(given), _channel(row.channel, rng))
        satisfaction, reopen, feedback = None, False, ""
        if closed_ts is not None and rng.random() < 0.45:
            # 311's survey averages near 36/100: skew the five-point answers low.
            satisfaction = rng.choices((1, 2, 3, 4, 5), (30, 20, 15, 20, 15))[0]
            reopen = rng.random() < 0.2
            feedback = names.FEEDBACK_TEXTS[_r(rng, len(names.FEEDBACK_TEXTS))] if rng.random() < 0.5 else ""
        yield (
            Record(
                id=sr_id,
                district=district,
                requested_ts=complaints.iso.ts(created),
                closed_ts=closed_ts,
                complaint_type=row.complaint_type,
                agency=row.agency,
                complaint_json=complaint,
                contact_json=contact,
                consent_json=consent,
                satisfaction=satisfaction,
                reopen_requested=reopen,
                feedback=feedback,
                month=f"{created.year:04d}-{created.month:02d}",
            )
        )
