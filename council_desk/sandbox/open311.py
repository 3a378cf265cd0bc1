"""Open311 GeoReport v2 read endpoints over the public fields only (no contact, no consent, no filer's text).

`services.json` lists the complaint types; `requests.json` answers the spec's filters (`service_request_id`,
`service_code`, `start_date`, `end_date`, `status`). As the spec says, without dates it returns the last 90 days
(of the newest complaint), at most 1000 requests.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import AwareDatetime, BaseModel

from council_desk.sandbox.state import Sandbox

router = APIRouter(prefix="/open311/v2", tags=["Open311 GeoReport v2"])

MAX_REQUESTS = 1000


class Service(BaseModel):
    service_code: str
    service_name: str
    description: str = ""
    metadata: bool = False
    type: Literal["realtime", "batch", "blackbox"] = "realtime"
    keywords: str = ""
    group: str = ""


class ServiceRequest(BaseModel):
    service_request_id: str
    status: Literal["open", "closed"]
    status_notes: str = ""
    service_name: str
    service_code: str
    description: str = ""
    agency_responsible: str = ""
    requested_datetime: str
    updated_datetime: str | None = None
    address: str = ""
    zipcode: str = ""
    lat: float | None = None
    long: float | None = None


def _sb(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


@router.get("/services.json", response_model=list[Service], summary="Service list")
def services(request: Request) -> JSONResponse:
    rows = _sb(request).store.q(
        "SELECT DISTINCT json_extract(complaint_json,'$.service_code'), complaint_type, agency FROM complaints "
        "ORDER BY 1"
    )
    seen: dict[str, dict[str, Any]] = {}
    for code, name, agency in rows:
        seen.setdefault(code, Service(service_code=code, service_name=name, group=agency).model_dump())
    return JSONResponse(list(seen.values()))


def _public(doc: dict[str, Any]) -> dict[str, Any]:
    # The NYC "descriptor" is the public description; the filer's own words are not published.
    return ServiceRequest(
        service_request_id=doc["service_request_id"],
        status=doc["status"],
        status_notes=doc["status_notes"],
        service_name=doc["service_name"],
        service_code=doc["service_code"],
        description=doc["descriptor"],
        agency_responsible=doc["agency_responsible"],
        requested_datetime=doc["requested_datetime"],
        updated_datetime=doc["updated_datetime"],
        address=doc["address"],
        zipcode=doc["zipcode"],
        lat=doc["lat"],
        long=doc["long"],
    ).model_dump()


@router.get("/requests.json", response_model=list[ServiceRequest], summary="Service requests (public fields)")
def requests_(
    request: Request,
    service_request_id: Annotated[str | None, Query(max_length=1000)] = None,
    service_code: Annotated[str | None, Query(max_length=1000)] = None,
    start_date: AwareDatetime | None = None,
    end_date: AwareDatetime | None = None,
    status: Annotated[str | None, Query(pattern=r"^(open|closed)(,(open|closed))?$")] = None,
) -> JSONResponse:
    store = _sb(request).store
    where: list[str] = ["1=1"]
    args: list[object] = []
    if service_request_id:
        ids = [i.strip() for i in service_request_id.split(",") if i.strip()][:MAX_REQUESTS]
        where.append(f"id IN ({','.join('?' * len(ids))})")
        args.extend(ids)
    else:
        if end_date is None:
            newest = store.q("SELECT MAX(requested) FROM complaints")[0][0] or 0
            end = dt.datetime.fromtimestamp(newest + 1, dt.UTC)
        else:
            end = end_date
        start = start_date or end - dt.timedelta(days=90)
        where.append("requested BETWEEN ? AND ?")
        args.extend([start.timestamp(), end.timestamp()])
    if service_code:
        codes = [c.strip() for c in service_code.split(",") if c.strip()][:100]
        where.append(f"json_extract(complaint_json,'$.service_code') IN ({','.join('?' * len(codes))})")
        args.extend(codes)
    if status and "," not in status:
        where.append("json_extract(complaint_json,'$.status') = ?")
        args.append(status)
    rows = store.public_rows(" AND ".join(where), args, MAX_REQUESTS)
    return JSONResponse([_public(json.loads(r)) for r in rows])
