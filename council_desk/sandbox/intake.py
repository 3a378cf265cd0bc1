"""The 311 side, for demos and tests: file a complaint, be offered consent (§ 23-315 b), withdraw it later.

The HTML pages and the JSON API do the same things. Consent is optional and separate from filing: the complaint is
handled the same either way. Giving consent puts the complaint in its district's feed; withdrawing removes it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from council_desk.api.models import Contact, Problem
from council_desk.domain.languages import LANGUAGES, LanguageCode
from council_desk.domain.notices import NOTICES
from council_desk.sandbox import receipts
from council_desk.sandbox.generate import FIRST_INTAKE_ID, NOTICE_VERSION, NY, Record, slug
from council_desk.sandbox.oauth import client_address
from council_desk.sandbox.state import Sandbox
from council_desk.sandbox.store import CONSENT_ACTIVE, ComplaintState

router = APIRouter(prefix="/intake", tags=["311 intake (sandbox)"])

# Complaint types offered on the form, with the agency that handles them.
TYPES: dict[str, tuple[str, str]] = {
    "Noise - Residential": ("NYPD", "New York City Police Department"),
    "Illegal Parking": ("NYPD", "New York City Police Department"),
    "HEAT/HOT WATER": ("HPD", "Department of Housing Preservation and Development"),
    "PLUMBING": ("HPD", "Department of Housing Preservation and Development"),
    "Street Condition": ("DOT", "Department of Transportation"),
    "Street Light Condition": ("DOT", "Department of Transportation"),
    "Dirty Condition": ("DSNY", "Department of Sanitation"),
    "Missed Collection": ("DSNY", "Department of Sanitation"),
    "Water System": ("DEP", "Department of Environmental Protection"),
    "Rodent": ("DOHMH", "Department of Health and Mental Hygiene"),
    "Damaged Tree": ("DPR", "Department of Parks and Recreation"),
    "General Construction/Plumbing": ("DOB", "Department of Buildings"),
}

# The notice shown with the consent question (§ 23-315 b): what is shared, with whom, that it is voluntary and
# not needed for the complaint to be resolved, and how to withdraw. One text per version, kept in the domain so the
# office's app quotes the very words a receipt's version names.
NOTICE = NOTICES[NOTICE_VERSION]


# Said when a code does not match, whatever the reason (no such complaint, a wrong or mistyped code).
NO_MATCH = "No complaint with that number and receipt code."
CODE_HINT = (
    "A receipt code has 15 letters and digits, like 7K3QD-M2XPA-9RTVW. Capitals, spaces and dashes do not matter."
)


def _sb(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


def code_for(sb: Sandbox, service_request_id: str) -> str:
    """The code on this complaint's receipt (keyed by the sandbox's secret, see receipts.py)."""
    return receipts.receipt_code(sb.store.secret("receipt_key"), service_request_id)


def check_receipt(
    sb: Sandbox, request: Request, service_request_id: str, typed: str
) -> tuple[ComplaintState | None, float]:
    """(the complaint, if the code is its own; seconds to wait, if too many wrong codes came for this complaint
    number or from this address). While braked, no code is looked at, the right one included."""
    attempt = sb.withdraw_failures.begin(complaint=service_request_id[:64], address=client_address(request))
    if not attempt.allowed:
        return None, max(1.0, attempt.retry_after)
    # The code is checked even when there is no such complaint, so that both take the same time.
    right = receipts.matches(sb.store.secret("receipt_key"), service_request_id, typed)
    st = sb.store.state(service_request_id)
    if not right or st is None:
        return None, 0.0
    sb.withdraw_failures.forgive(attempt)
    return st, 0.0


def _wait_text(seconds: float) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return f"Too many tries. Wait {minutes} minute{'s' if minutes > 1 else ''} and try again."


class NewComplaint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    complaint_type: Annotated[str, Field(min_length=1, max_length=200)]
    district: Annotated[int, Field(ge=1, le=51)]
    address: Annotated[str, Field(max_length=200)] = ""
    zipcode: Annotated[str, Field(max_length=10)] = ""
    description: Annotated[str, Field(max_length=2000)] = ""
    contact: Contact
    consent: bool = False
    channel: Literal["phone", "web", "app"] = "web"


class Filed(BaseModel):
    service_request_id: str
    district: int
    receipt_code: str
    consent: bool


class ConsentBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    channel: Literal["phone", "web", "app"] = "web"


class WithdrawBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    receipt_code: Annotated[str, Field(min_length=1, max_length=32)]


def file_complaint(sb: Sandbox, body: NewComplaint) -> Filed:
    """Create a new open complaint (and its consent, if given)."""
    n = sb.store.next_intake_number()
    sr_id = str(FIRST_INTAKE_ID + n)
    now = sb.store.now().astimezone(NY).replace(microsecond=0)
    agency, agency_name = TYPES.get(body.complaint_type, ("311", "311 Customer Service Center"))
    complaint = {
        "service_request_id": sr_id,
        "service_name": body.complaint_type,
        "service_code": slug(body.complaint_type),
        "description": body.description,
        "agency_responsible": agency,
        "agency_name": agency_name,
        "requested_datetime": now.isoformat(),
        "updated_datetime": now.isoformat(),
        "status": "open",
        "status_notes": "",
        "address": body.address,
        "zipcode": body.zipcode,
        "lat": None,
        "long": None,
        "complaint_type": body.complaint_type,
        "descriptor": "",
        "descriptor_2": "",
        "borough": "",
        "council_district": body.district,
        "closed_datetime": None,
        "resolution_description": "",
        "location_type": "",
        "open_data_channel_type": body.channel.capitalize(),
        "nyc_status": "Open",
    }
    code = code_for(sb, sr_id)
    sb.store.add_complaint(
        Record(
            id=sr_id,
            district=body.district,
            requested_ts=now.timestamp(),
            closed_ts=None,
            complaint_type=body.complaint_type,
            agency=agency,
            complaint_json=json.dumps(complaint, ensure_ascii=False, separators=(",", ":")),
            contact_json=body.contact.model_dump_json(),
            consent_json=None,
            satisfaction=None,
            reopen_requested=False,
            month=now.strftime("%Y-%m"),
            feedback="",
        )
    )
    if body.consent:
        sb.store.give_consent(sr_id, body.channel)
    return Filed(service_request_id=sr_id, district=body.district, receipt_code=code, consent=body.consent)


def _not_found() -> JSONResponse:
    return JSONResponse({"error": "not_found", "detail": NO_MATCH}, status_code=404)


def _too_many(seconds: float) -> JSONResponse:
    return JSONResponse(
        {"error": "too_many_attempts", "detail": _wait_text(seconds)},
        status_code=429,
        headers={"Retry-After": str(math.ceil(seconds))},
    )


@router.post("/api/complaints", response_model=Filed, status_code=201, summary="File a complaint (JSON)")
def api_file(request: Request, body: NewComplaint) -> Filed:
    return file_complaint(_sb(request), body)


NOT_FOUND: dict[int | str, dict[str, object]] = {404: {"model": Problem, "description": "No such complaint"}}
BRAKED: dict[int | str, dict[str, object]] = {
    429: {"model": Problem, "description": "Too many wrong codes for this complaint or from this address"}
}
_HTML = {"text/html": {"schema": {"type": "string"}}}


# Consent for an *existing* complaint, without the filer's receipt: a shortcut for tests, so test mode only.
test_router = APIRouter(prefix="/intake", tags=["311 intake (sandbox)"])


@test_router.post(
    "/api/complaints/{service_request_id}/consent",
    response_model=Filed,
    responses=NOT_FOUND,
    summary="Give consent for an existing complaint (test mode only)",
)
def api_consent(request: Request, service_request_id: str, body: ConsentBody) -> Response:
    sb = _sb(request)
    st = sb.store.give_consent(service_request_id, body.channel)
    if st is None:
        return _not_found()
    return JSONResponse(
        Filed(
            service_request_id=st.id,
            district=st.district,
            receipt_code=code_for(sb, st.id),
            consent=st.consent_state == CONSENT_ACTIVE,
        ).model_dump()
    )


class Receipt(BaseModel):
    service_request_id: str
    receipt_code: str


@test_router.get(
    "/api/complaints/{service_request_id}/receipt",
    response_model=Receipt,
    responses=NOT_FOUND,
    summary="The receipt code of a complaint, as its filer was given it (test mode only)",
)
def api_receipt(request: Request, service_request_id: str) -> Response:
    sb = _sb(request)
    if sb.store.state(service_request_id) is None:
        return _not_found()
    return JSONResponse(
        Receipt(service_request_id=service_request_id, receipt_code=code_for(sb, service_request_id)).model_dump()
    )


@router.post(
    "/api/complaints/{service_request_id}/withdraw",
    response_model=Filed,
    responses={**NOT_FOUND, **BRAKED},
    summary="Withdraw consent (complaint number + receipt code)",
)
def api_withdraw(request: Request, service_request_id: str, body: WithdrawBody) -> Response:
    sb = _sb(request)
    st, wait = check_receipt(sb, request, service_request_id, body.receipt_code)
    if wait:
        return _too_many(wait)
    if st is None:
        return _not_found()
    st = sb.store.withdraw(st.id)
    assert st is not None
    return JSONResponse(
        Filed(
            service_request_id=st.id, district=st.district, receipt_code=code_for(sb, st.id), consent=False
        ).model_dump()
    )


# ---- HTML ----------------------------------------------------------------------------------------------------


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)} — NYC 311 (training)</title><style>body{{font-family:sans-serif;"
        "max-width:40em;margin:2em auto}label{display:block;margin:.6em 0}input,select,textarea{width:100%}"
        ".notice{border:1px solid #888;padding:.8em;background:#f6f6f6}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p><em>Training sandbox: do not enter real personal details.</em></p>"
        f"{body}</body></html>",
        status_code=status,
    )


@router.get("", response_class=HTMLResponse, summary="Complaint form with the optional consent question")
def form_page() -> HTMLResponse:
    types = "".join(f"<option>{html.escape(t)}</option>" for t in TYPES)
    langs = "".join(
        f"<option value='{c}'>{html.escape(lang.english_name)} — {html.escape(lang.native_name)}</option>"
        for c, lang in LANGUAGES.items()
    )
    districts = "".join(f"<option>{d}</option>" for d in range(1, 52))
    return _page(
        "File a 311 complaint",
        f"""
<form method='post' action='/intake'>
<label>Problem <select name='complaint_type'>{types}</select></label>
<label>Council district of the place <select name='district'>{districts}</select></label>
<label>Address <input name='address' maxlength='200'></label>
<label>ZIP code <input name='zipcode' maxlength='10'></label>
<label>What is happening? <textarea name='description' maxlength='2000'></textarea></label>
<fieldset><legend>Your contact details</legend>
<label>First name <input name='first_name' required maxlength='200'></label>
<label>Last name <input name='last_name' required maxlength='200'></label>
<label>Phone <input name='phone' maxlength='40'></label>
<label>Email <input name='email' maxlength='200'></label>
<label>Mailing address <input name='mailing_address' maxlength='500'></label>
<label>Preferred language <select name='preferred_language'>{langs}</select></label></fieldset>
<fieldset><legend>Share with your Council Member? (optional)</legend>
<p class='notice'>{html.escape(NOTICE)}</p>
<label><input type='radio' name='consent' value='no' checked style='width:auto'> No, do not share</label>
<label><input type='radio' name='consent' value='yes' style='width:auto'> Yes, share my contact details and this
complaint with my Council Member</label></fieldset>
<button type='submit'>File complaint</button></form>
<p><a href='/intake/withdraw'>Withdraw a consent you gave earlier</a></p>""",
    )


@router.post(
    "",
    response_class=HTMLResponse,
    status_code=201,
    responses={201: {"description": "Filed", "content": _HTML}},
    summary="Complaint form submission",
)
def form_submit(
    request: Request,
    complaint_type: Annotated[str, Form(max_length=200)],
    district: Annotated[int, Form(ge=1, le=51)],
    first_name: Annotated[str, Form(max_length=200)],
    last_name: Annotated[str, Form(max_length=200)],
    preferred_language: Annotated[LanguageCode, Form()],
    address: Annotated[str, Form(max_length=200)] = "",
    zipcode: Annotated[str, Form(max_length=10)] = "",
    description: Annotated[str, Form(max_length=2000)] = "",
    phone: Annotated[str, Form(max_length=40)] = "",
    email: Annotated[str, Form(max_length=200)] = "",
    mailing_address: Annotated[str, Form(max_length=500)] = "",
    consent: Annotated[str, Form(max_length=3)] = "no",
) -> HTMLResponse:
    contact = Contact(
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        email=email,
        mailing_address=mailing_address,
        preferred_language=preferred_language,
    )
    filed = file_complaint(
        _sb(request),
        NewComplaint(
            complaint_type=complaint_type,
            district=district,
            address=address,
            zipcode=zipcode,
            description=description,
            contact=contact,
            consent=consent == "yes",
            channel="web",
        ),
    )
    shared = (
        "You agreed to share it with your Council Member."
        if filed.consent
        else "You chose not to share it with your Council Member."
    )
    return _page(
        "Complaint filed",
        (
            f"<p>Your complaint number is <strong>{filed.service_request_id}</strong>. {shared}</p>"
            f"<p>Your receipt code is <strong>{filed.receipt_code}</strong>. Keep it: with the complaint number "
            "it "
            "lets you withdraw consent later.</p><p><a href='/intake'>File another</a></p>"
        ),
        201,
    )


@router.get("/withdraw", response_class=HTMLResponse, summary="Withdraw-consent form")
def withdraw_page() -> HTMLResponse:
    return _page(
        "Withdraw consent",
        """
<form method='post' action='/intake/withdraw'>
<label>Complaint number <input name='service_request_id' required maxlength='32'></label>
<label>Receipt code (like 7K3QD-M2XPA-9RTVW) <input name='receipt_code' required maxlength='32'
autocomplete='off' autocapitalize='characters' spellcheck='false'></label>
<button type='submit'>Withdraw consent</button></form>""",
    )


@router.post(
    "/withdraw",
    response_class=HTMLResponse,
    responses={
        404: {"description": "No such complaint and receipt code", "content": _HTML},
        429: {"description": "Too many wrong codes for this complaint or from this address", "content": _HTML},
    },
    summary="Withdraw-consent form submission",
)
def withdraw_submit(
    request: Request,
    service_request_id: Annotated[str, Form(max_length=32)],
    receipt_code: Annotated[str, Form(max_length=32)],
) -> HTMLResponse:
    sb = _sb(request)
    st, wait = check_receipt(sb, request, service_request_id.strip(), receipt_code)
    if wait:
        page = _page("Too many tries", f"<p>{html.escape(_wait_text(wait))}</p>", 429)
        page.headers["Retry-After"] = str(math.ceil(wait))
        return page
    if st is None:
        return _page("Not found", f"<p>{html.escape(NO_MATCH)}</p><p>{html.escape(CODE_HINT)}</p>", 404)
    sb.store.withdraw(st.id)
    when = dt.datetime.now(NY).strftime("%B %d, %Y %H:%M")
    return _page(
        "Consent withdrawn",
        f"<p>Consent for complaint {html.escape(st.id)} was withdrawn on "
        f"{html.escape(when)}. The council office no longer receives it.</p>",
    )
