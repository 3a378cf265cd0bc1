"""The city's side of the bargain, against the sandbox on loopback (issue 11, item 7): statistics never show a
small cell nor let one be worked out, withdrawal receipts cannot be guessed, a withdrawal deletes the office's
notes on the server, and failed sign-ins are braked exactly, even when they arrive all at once.

These tests move the server clock forward (to end throttle windows), so they run on a sandbox of their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import sqlite3
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from typing import Any

import requests

from council_desk.api.models import FollowUpPage
from council_desk.api.stats import MonthlyStats
from council_desk.domain.stats import MIN_CELL, last_months
from council_desk.sandbox.receipts import ALPHABET
from council_desk.sandbox.state import (
    SIGN_IN_FAILURES,
    SIGN_IN_WINDOW_SECONDS,
    WITHDRAW_FAILURES,
    WITHDRAW_WINDOW_SECONDS,
)
from tests.support.sandbox import REDIRECT_URI, RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=3000, seed=23, consent_share=0.3)

D = 7
CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$")


# ---- statistics ------------------------------------------------------------------------------------------------

Key = tuple[str, str, str]  # month, complaint type, agency
Cell = tuple[int, int, int, tuple[int, ...]]  # received, closed, reopen requested, survey answers 1..5


def _truth(sb: RunningSandbox, district: int, months: tuple[str, str]) -> tuple[dict[Key, Cell], dict[Key, Cell]]:
    """The sandbox's own complaints counted here, straight from its store: (the district's cells, the city's)."""
    sql = (
        "SELECT month, complaint_type, agency, district, COUNT(*), SUM(closed_at IS NOT NULL),"
        " SUM(reopen_requested),"
        " TOTAL(satisfaction=1), TOTAL(satisfaction=2), TOTAL(satisfaction=3), TOTAL(satisfaction=4),"
        " TOTAL(satisfaction=5)"
        " FROM complaints WHERE month BETWEEN ? AND ? GROUP BY month, complaint_type, agency, district"
    )
    own: dict[Key, Cell] = {}
    city: dict[Key, Cell] = {}
    with closing(sqlite3.connect(f"file:{sb.data_dir / 'sandbox.sqlite3'}?mode=ro", uri=True)) as db:
        for month, ctype, agency, d, n, closed, reopen, *answers in db.execute(sql, months):
            key = (month, ctype[:200], agency[:200])
            cell = (n, closed, reopen, tuple(int(a) for a in answers))
            answers = list(cell[3])
            if d == district:
                own[key] = cell
            c = city.get(key, (0, 0, 0, (0, 0, 0, 0, 0)))
            city[key] = (
                c[0] + n,
                c[1] + closed,
                c[2] + reopen,
                tuple(a + b for a, b in zip(c[3], answers, strict=True)),
            )
    return own, city


def _minus(a: Cell, b: Cell | None) -> Cell:
    if b is None:
        return a
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2], tuple(x - y for x, y in zip(a[3], b[3], strict=True)))


def _answers_safe(answers: tuple[int, ...]) -> bool:
    # Enough answers, and not all of one kind (then everyone's answer would be known).
    return sum(answers) >= MIN_CELL and max(answers) < sum(answers)


def _expected(cell: Cell, rest: Cell | None) -> tuple[bool, bool, bool]:
    """This test's own statement of the rule: (requests, reopen, survey) may be shown."""
    requests_ok = cell[0] >= MIN_CELL and (rest is None or rest[0] == 0 or rest[0] >= MIN_CELL)
    reopen_ok = requests_ok and cell[1] >= MIN_CELL and (rest is None or rest[1] == 0 or rest[1] >= MIN_CELL)
    survey_ok = (
        requests_ok and _answers_safe(cell[3]) and (rest is None or sum(rest[3]) == 0 or _answers_safe(rest[3]))
    )
    return requests_ok, reopen_ok, survey_ok


NAMES = ("very_dissatisfied", "dissatisfied", "neutral", "satisfied", "very_satisfied")


def test_small_cells_are_withheld_and_cannot_be_worked_out(sandbox: RunningSandbox) -> None:
    # The generated data's busiest district cell holds 6-12 requests depending on the day (its dates follow
    # today's): a dozen complaints filed now make sure a cell big enough to show exists, whatever the day.
    for _ in range(MIN_CELL + 2):
        sandbox.file_complaint(district=D, consent=False)
    months = last_months(120, dt.date.today())
    r = sandbox.api(
        "GET", "/v1/stats/monthly", sandbox.token("caseworker", D), params={"from": months[0], "to": months[1]}
    )
    assert r.status_code == 200, r.text
    MonthlyStats.model_validate_json(r.content)  # the client's strict contract accepts it
    raw: list[dict[str, Any]] = r.json()["rows"]
    own, city = _truth(sandbox, D, months)
    served = {(x["area"], x["month"], x["complaint_type"], x["agency"]): x for x in raw}
    assert len(served) == len(raw) == len(own) + len(city)
    seen: Counter[tuple[str, bool, bool]] = Counter()
    for area, cells in (("district", own), ("city", city)):
        for key, cell in cells.items():
            row = served[(area, *key)]
            rest = _minus(cell, own.get(key)) if area == "city" else None
            show_requests, show_reopen, show_survey = _expected(cell, rest)
            seen[(area, show_requests, show_survey)] += 1
            if show_requests:
                assert (row["received"], row["closed"]) == cell[:2], (area, key)
                assert row["closure_rate"] == round(cell[1] / cell[0], 4)
            else:
                withheld = (row["received"], row["closed"], row["closure_rate"])
                assert withheld == (None, None, None), (area, key, cell)
            if show_reopen:
                assert row["reopen_requested"] == cell[2] and row["reopen_rate"] == round(cell[2] / cell[1], 4)
            else:
                assert (row["reopen_requested"], row["reopen_rate"]) == (None, None), (area, key, cell)
            if show_survey:
                assert tuple(row["satisfaction"][n] for n in NAMES) == cell[3]
            else:
                assert row["satisfaction"] is None, (area, key, cell)
    # The data has both kinds in both areas, so the rule was really exercised.
    assert seen[("district", True, False)] and seen[("district", False, False)], seen
    assert seen[("city", True, True)] and seen[("city", False, False)], seen

    # Summing the raw JSON: every figure shown is big enough, and so is every difference a caller can form
    # (the city minus the own district, the only sum on the wire), or it is zero.
    by_key: dict[Key, dict[str, dict[str, Any]]] = {}
    for x in raw:
        by_key.setdefault((x["month"], x["complaint_type"], x["agency"]), {})[x["area"]] = x
    for pair in by_key.values():
        for x in pair.values():
            assert x["received"] is None or x["received"] >= MIN_CELL
            assert x["reopen_requested"] is None or x["closed"] >= MIN_CELL
            if x["satisfaction"] is not None:
                assert _answers_safe(tuple(x["satisfaction"][n] for n in NAMES))
        c, d = pair.get("city"), pair.get("district")
        assert c is not None
        if d is None:
            continue
        for field in ("received", "closed"):
            if c[field] is not None and d[field] is not None:
                assert c[field] - d[field] == 0 or c[field] - d[field] >= MIN_CELL
        if c["satisfaction"] is not None and d["satisfaction"] is not None:
            others = tuple(c["satisfaction"][n] - d["satisfaction"][n] for n in NAMES)
            assert sum(others) == 0 or _answers_safe(others)


# ---- withdrawal receipts ---------------------------------------------------------------------------------------


def _withdraw(sb: RunningSandbox, sr: str, code: str) -> requests.Response:
    return sb.http.post(f"{sb.url}/intake/api/complaints/{sr}/withdraw", json={"receipt_code": code}, timeout=30)


def _withdraw_form(sb: RunningSandbox, sr: str, code: str) -> requests.Response:
    """The HTML form a filer uses."""
    form = {"service_request_id": sr, "receipt_code": code}
    return sb.http.post(f"{sb.url}/intake/withdraw", data=form, timeout=30)


def _wrong_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(15))
    return f"{raw[:5]}-{raw[5:10]}-{raw[10:]}"


def _in_feed(sb: RunningSandbox, sr: str) -> bool:
    return sb.api("GET", f"/v1/complaints/{sr}", sb.token("caseworker", D)).status_code == 200


def test_receipt_codes_are_keyed_typeable_and_survive_a_restart(sandbox: RunningSandbox) -> None:
    filed = sandbox.file_complaint(district=D, consent=True)
    sr, code = filed["service_request_id"], filed["receipt_code"]
    assert CODE.match(code), code  # 15 characters of Crockford base32: 75 bits
    seed_derived = hashlib.sha256(f"receipt:{sandbox.seed}:{sr}".encode()).hexdigest()[:8].upper()
    assert seed_derived not in code.replace("-", "")
    sandbox.restart()  # the key is kept with the data: a receipt handed out before still works
    # Typed as a person might: lower case, no dashes, O for 0 and l for 1 (Crockford base32 reads them so).
    typed = code.replace("-", " ").lower().replace("0", "o").replace("1", "l")
    ok = _withdraw(sandbox, sr, typed)
    assert ok.status_code == 200, ok.text
    assert not _in_feed(sandbox, sr)


def test_guessing_a_receipt_is_refused_then_braked_and_the_right_one_works_after(sandbox: RunningSandbox) -> None:
    sandbox.advance_clock(seconds=WITHDRAW_WINDOW_SECONDS + 1)  # no earlier tries in the window
    filed = sandbox.file_complaint(district=D, consent=True)
    sr, code = filed["service_request_id"], filed["receipt_code"]
    limit = WITHDRAW_FAILURES["complaint"]
    answers = [_withdraw(sandbox, sr, _wrong_code()) for _ in range(limit)]
    assert [a.status_code for a in answers] == [404] * limit
    assert len({a.content for a in answers}) == 1  # a wrong code and a missing complaint read the same
    braked = _withdraw(sandbox, sr, _wrong_code())
    assert braked.status_code == 429 and int(braked.headers["Retry-After"]) >= 1, braked.text
    assert braked.json()["error"] == "too_many_attempts"
    # While braked, even the right code is not tried: otherwise the brake would stop nothing.
    assert _withdraw(sandbox, sr, code).status_code == 429
    form = _withdraw_form(sandbox, sr, code)
    assert form.status_code == 429 and "Too many" in form.text
    assert _in_feed(sandbox, sr)
    sandbox.advance_clock(seconds=WITHDRAW_WINDOW_SECONDS + 1)
    assert _withdraw(sandbox, sr, code).status_code == 200
    assert not _in_feed(sandbox, sr)


def test_guesses_spread_over_many_complaints_are_braked_per_address(sandbox: RunningSandbox) -> None:
    sandbox.advance_clock(seconds=WITHDRAW_WINDOW_SECONDS + 1)
    limit = WITHDRAW_FAILURES["address"]
    assert limit > WITHDRAW_FAILURES["complaint"]
    numbers = sandbox.complaint_ids(district=D, consent="active", limit=limit)
    assert len(numbers) == limit
    assert [_withdraw(sandbox, sr, _wrong_code()).status_code for sr in numbers] == [404] * limit
    filed = sandbox.file_complaint(district=D, consent=True)
    sr, code = filed["service_request_id"], filed["receipt_code"]
    assert _withdraw(sandbox, sr, code).status_code == 429  # a fresh complaint, the same address
    form = _withdraw_form(sandbox, sr, code)
    assert form.status_code == 429
    sandbox.advance_clock(seconds=WITHDRAW_WINDOW_SECONDS + 1)
    ok = _withdraw_form(sandbox, sr, code)
    assert ok.status_code == 200 and "withdrawn" in ok.text


# ---- a withdrawal deletes the office's notes -------------------------------------------------------------------


def _all_followups(sb: RunningSandbox, token: str) -> list[Any]:
    """The shared follow-up log read from scratch (no cursor), every page."""
    out: list[Any] = []
    params: dict[str, Any] = {"limit": 200}
    while True:
        page = FollowUpPage.model_validate_json(sb.api("GET", "/v1/sync/followups", token, params=params).content)
        out.extend(page.followups)
        params["cursor"] = page.next_cursor
        if not page.has_more:
            return out


def _store_rows(sb: RunningSandbox, table: str, sr: str) -> int:
    with closing(sqlite3.connect(f"file:{sb.data_dir / 'sandbox.sqlite3'}?mode=ro", uri=True)) as db:
        return int(db.execute(f"SELECT COUNT(*) FROM {table} WHERE service_request_id=?", (sr,)).fetchone()[0])


def test_withdrawal_deletes_the_offices_notes_on_the_server(sandbox: RunningSandbox) -> None:
    token = sandbox.token("caseworker", D)
    filed = sandbox.file_complaint(district=D, consent=True)
    sr, code = filed["service_request_id"], filed["receipt_code"]
    fid = uuid.uuid4()
    note = {
        "id": str(fid),
        "service_request_id": sr,
        "kind": "call",
        "text": "Spoke to the filer (training)",
        "created_at": "2026-11-20T10:00:00-05:00",
    }
    posted = sandbox.api("POST", "/v1/followups", token, json=note, headers={"Idempotency-Key": str(fid)})
    assert posted.status_code == 201
    reopen = {
        "id": str(uuid.uuid4()),
        "reason": "not_fixed",
        "text": "still loud",
        "created_at": "2026-11-20T10:00:00-05:00",
    }
    assert sandbox.api("POST", f"/v1/complaints/{sr}/reopen-requests", token, json=reopen).status_code == 201
    assert fid in {f.id for f in _all_followups(sandbox, sandbox.token("supervisor", D))}

    assert _withdraw(sandbox, sr, code).status_code == 200
    assert fid not in {f.id for f in _all_followups(sandbox, sandbox.token("supervisor", D))}
    assert _store_rows(sandbox, "followups", sr) == 0
    assert _store_rows(sandbox, "reopens", sr) == 0
    # The filer agrees again later: the office starts afresh, its old notes do not come back.
    sandbox.give_consent(sr)
    assert _in_feed(sandbox, sr)
    assert fid not in {f.id for f in _all_followups(sandbox, token)}
    # A retry of the old note is not taken as the same note: it is a new one on a case the office holds again.
    again = sandbox.api("POST", "/v1/followups", token, json=note, headers={"Idempotency-Key": str(fid)})
    assert again.status_code == 201 and again.json()["seq"] > 0


# ---- the sign-in brake -----------------------------------------------------------------------------------------


def _sign_in_form(
    sb: RunningSandbox, username: str, password: str = "not-the-password", totp: str = "000000"
) -> requests.Response:
    data = {
        "client_id": "council-desk",
        "redirect_uri": REDIRECT_URI,
        "state": "s",
        "code_challenge": "x" * 43,
        "code_challenge_method": "S256",
        "username": username,
        "password": password,
        "totp": totp,
    }
    return requests.post(sb.url + "/oauth/authorize", data=data, allow_redirects=False, timeout=60)


def _all_at_once(n: int, call: Callable[[int], int]) -> Counter[int]:
    """`n` threads, released together by a barrier; the status codes they got."""
    barrier = threading.Barrier(n)
    codes: list[int] = []
    lock = threading.Lock()

    def run(i: int) -> None:
        barrier.wait()
        status = call(i)
        with lock:
            codes.append(status)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(codes) == n
    return Counter(codes)


def test_concurrent_failed_sign_ins_stop_exactly_at_the_limit(sandbox: RunningSandbox) -> None:
    sandbox.advance_clock(seconds=SIGN_IN_WINDOW_SECONDS + 1)
    per_user, per_address = SIGN_IN_FAILURES["user"], SIGN_IN_FAILURES["address"]
    victim = sandbox.account("caseworker", 9)
    codes = _all_at_once(per_user + 30, lambda _i: _sign_in_form(sandbox, victim["username"]).status_code)
    assert codes == Counter({401: per_user, 429: 30}), codes
    assert _sign_in_form(sandbox, victim["username"]).headers.get("Retry-After")
    sandbox.advance_clock(seconds=SIGN_IN_WINDOW_SECONDS + 1)

    # Spraying many user names from one address is braked too, and the brake holds for a right password.
    codes = _all_at_once(per_address + 15, lambda i: _sign_in_form(sandbox, f"nobody{i:03d}").status_code)
    assert codes == Counter({401: per_address, 429: 15}), codes
    assert sandbox.authorize("caseworker", 9).status_code == 429
    sandbox.advance_clock(seconds=SIGN_IN_WINDOW_SECONDS + 1)
    assert sandbox.sign_in("caseworker", 9)["access_token"]


# ---- reset makes a new key -------------------------------------------------------------------------------------


def test_the_same_seed_and_number_get_another_code_after_a_reset(sandbox: RunningSandbox) -> None:
    """Last in this file: a reset regenerates the data. Same seed, same complaint number, a new receipt key."""
    sandbox.reset()
    first = sandbox.file_complaint(district=D, consent=True)
    sandbox.reset()
    second = sandbox.file_complaint(district=D, consent=True)
    assert first["service_request_id"] == second["service_request_id"]
    assert first["receipt_code"] != second["receipt_code"]
    assert _withdraw(sandbox, second["service_request_id"], first["receipt_code"]).status_code == 404
