"""Council district by point-in-polygon on the district lines in force on a given date.

The 2013 lines were used from 2014 up to the end of 2023; the 2023 lines from 1 January 2024 (the term that began
then). NYC's own `council_district` field follows the same rule, which `tests/unit/test_sandbox_geo.py` checks.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.strtree import STRtree

# First day on which the 2023 lines are in force.
LINES_2023_FROM = dt.datetime(2024, 1, 1)


class DistrictLines:
    """One set of 51 district polygons with a spatial index; answers many points at once."""

    def __init__(self, geojson_path: Path) -> None:
        with geojson_path.open(encoding="utf-8") as fh:
            doc = json.load(fh)
        geoms = []
        numbers = []
        for feature in doc["features"]:
            geom = shape(feature["geometry"])
            # Some 2013 polygons self-intersect; buffer(0) repairs them without moving their boundary.
            if not geom.is_valid:
                geom = geom.buffer(0)
            geoms.append(geom)
            numbers.append(int(feature["properties"]["district_number"]))
        self._geoms = np.array(geoms, dtype=object)
        self._numbers = np.array(numbers, dtype=np.int16)
        self._tree = STRtree(self._geoms)

    def districts(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """District number per point (0 where a point is missing or outside every district)."""
        out = np.zeros(len(lon), dtype=np.int16)
        ok = ~(np.isnan(lon) | np.isnan(lat))
        idx = np.nonzero(ok)[0]
        if len(idx) == 0:
            return out
        points = shapely.points(lon[idx], lat[idx])
        point_i, geom_i = self._tree.query(points, predicate="within")
        # A point on a shared boundary could match two polygons; the first match wins, deterministically.
        order = np.argsort(point_i, kind="stable")
        point_i, geom_i = point_i[order], geom_i[order]
        first = np.unique(point_i, return_index=True)[1]
        out[idx[point_i[first]]] = self._numbers[geom_i[first]]
        return out


def lines_for(when: dt.datetime) -> str:
    """Which lines were in force at a (naive, New York local) moment: "2013" or "2023"."""
    if when.tzinfo is not None:
        when = when.replace(tzinfo=None)
    return "2023" if when >= LINES_2023_FROM else "2013"
