"""The real NYC 311 rows the sandbox serves, with both council district assignments per row.

Rows come from `resources/data/nyc311_pooled_sample.csv` (see `resources/data/PROVENANCE.md`). Point-in-polygon is
done once per data directory: the per-row districts (2013 and 2023 lines) are cached in
`districts-v1.json`, keyed by
a hash of the CSV and the two GeoJSON files, so restarts skip the geometry work.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# First day of the 2023 lines (same as geo.LINES_2023_FROM; repeated so this module needs no shapely import).
LINES_2023_FROM = dt.datetime(2024, 1, 1)

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "data"
CSV_NAME = "nyc311_pooled_sample.csv"
LINES_FILES = {"2013": "nyc_council_districts_2013.geojson", "2023": "nyc_council_districts_2023.geojson"}
MEMBERS_CSV = "nyc_council_members.csv"
SHIPPED_ASSIGNMENT = "districts-v1.json"


@dataclass(frozen=True)
class RealRow:
    """One real 311 row, with the fields the sandbox uses (strings as published; dates naive NY local time)."""

    unique_key: str
    created: dt.datetime
    closed: dt.datetime | None
    updated: dt.datetime | None
    agency: str
    agency_name: str
    complaint_type: str
    descriptor: str
    descriptor_2: str
    location_type: str
    zipcode: str
    address: str
    street_name: str
    status: str
    resolution_description: str
    borough: str
    channel: str
    lat: float | None
    lon: float | None
    city_district: int | None  # NYC's own council_district, where the source carried it
    district_2013: int  # 0 = no coordinates
    district_2023: int

    def district_at(self, when: dt.datetime) -> int:
        """District under the lines in force at `when` (naive NY local); 0 if the row has no coordinates."""
        if when.tzinfo is not None:
            when = when.replace(tzinfo=None)
        return self.district_2023 if when >= LINES_2023_FROM else self.district_2013


def _date(text: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if np.isfinite(value) else None


def _address(r: dict[str, str]) -> str:
    if r["incident_address"]:
        return r["incident_address"]
    if r["intersection_street_1"] and r["intersection_street_2"]:
        return f"{r['intersection_street_1']} & {r['intersection_street_2']}"
    return r["street_name"]


def _fingerprint(resources: Path) -> str:
    h = hashlib.sha256(b"districts-v1")
    for name in (CSV_NAME, *LINES_FILES.values()):
        h.update((resources / name).read_bytes())
    return h.hexdigest()


def _assign(raw: list[dict[str, str]], resources: Path) -> dict[str, list[int]]:
    from council_desk.sandbox.geo import DistrictLines

    lon = np.array([_float(r["longitude"]) or np.nan for r in raw], dtype=float)
    lat = np.array([_float(r["latitude"]) or np.nan for r in raw], dtype=float)
    return {
        year: DistrictLines(resources / name).districts(lon, lat).tolist() for year, name in LINES_FILES.items()
    }


def _cached(path: Path, fingerprint: str, rows: int) -> dict[str, list[int]] | None:
    if not path.exists():
        return None
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if cached.get("fingerprint") == fingerprint and len(cached["2013"]) == len(cached["2023"]) == rows:
            return {"2013": cached["2013"], "2023": cached["2023"]}
    except (ValueError, KeyError, TypeError):
        pass  # a damaged cache is just recomputed
    return None


def load_rows(
    cache_dir: Path | None = None, resources: Path = RESOURCES, *, use_shipped: bool = True
) -> list[RealRow]:
    """All real rows in created-date order, each with its 2013- and 2023-line district.

    The assignment comes from the data dir's cache, else from the copy shipped in `resources/data` (made by this
    same code; a test recomputes and compares it), else it is computed and cached. Each is used only if its
    fingerprint matches the CSV and GeoJSON files."""
    with (resources / CSV_NAME).open(encoding="utf-8", newline="") as fh:
        raw = list(csv.DictReader(fh))
    cache_file = cache_dir / SHIPPED_ASSIGNMENT if cache_dir else None
    fingerprint = _fingerprint(resources)
    assignment = _cached(cache_file, fingerprint, len(raw)) if cache_file else None
    if assignment is None and use_shipped:
        assignment = _cached(resources / SHIPPED_ASSIGNMENT, fingerprint, len(raw))
    if assignment is None:
        assignment = _assign(raw, resources)
        if cache_file:
            tmp = cache_file.with_suffix(".tmp")
            tmp.write_text(json.dumps({"fingerprint": fingerprint, **assignment}), encoding="utf-8")
            tmp.replace(cache_file)
    rows = []
    for i, r in enumerate(raw):
        created = _date(r["created_date"])
        if created is None:
            continue
        rows.append(
            RealRow(
                unique_key=r["unique_key"],
                created=created,
                closed=_date(r["closed_date"]),
                updated=_date(r["resolution_action_updated_date"]),
                agency=r["agency"],
                agency_name=r["agency_name"],
                complaint_type=r["complaint_type"],
                descriptor=r["descriptor"],
                descriptor_2=r["descriptor_2"],
                location_type=r["location_type"],
                zipcode=r["incident_zip"],
                address=_address(r),
                street_name=r["street_name"],
                status=r["status"],
                resolution_description=r["resolution_description"],
                borough=r["borough"],
                channel=r["open_data_channel_type"],
                lat=_float(r["latitude"]),
                lon=_float(r["longitude"]),
                city_district=int(r["council_district"]) if r["council_district"].strip().isdigit() else None,
                district_2013=int(assignment["2013"][i]),
                district_2023=int(assignment["2023"][i]),
            )
        )
    return rows


@dataclass(frozen=True)
class Member:
    district: int
    name: str
    borough: str
    party: str


def load_members(resources: Path = RESOURCES, term: str = "2026-2029") -> dict[int, Member]:
    """Council members of one term by district (names as in the roster file)."""
    out: dict[int, Member] = {}
    with (resources / MEMBERS_CSV).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["term"] == term:
                d = int(r["district"])
                out[d] = Member(d, r["member"], r["primary_borough"], r["party"])
    return out
