"""The training 311 access system: FastAPI + uvicorn over stdlib sqlite3 (see docs/sandbox.md).

Imports only `council_desk.api` and `council_desk.domain`; the desktop app never imports this package.

Deviations from DESIGN.md §3 / docs/INTERFACES.md, and choices the documents leave open:
- Dates are moved forward by whole weeks by default (`--date-shift-days`, 0 = real dates), so that a 365-day
  retention after close does not expire nearly every real complaint (the newest real rows are from October 2025).
  The district is the one under the lines in force at the served date.
- Complaints already past retention when the sandbox starts are never sent (they still count in the statistics).
  `--complaints N` resamples only rows still inside retention, so N complaints are N complaints a client receives.
- Extra endpoint `GET /v1/complaints/{id}` (the complaint's current `UpsertChange`; 404 like everything else).
- `POST /v1/followups`: `Idempotency-Key` not equal to the body id answers 400; a reused id with a different body
  answers 409. A revoked device gets 403 everywhere except `/v1/me` (which reports `device_status: revoked`).
- OAuth error bodies are RFC 6749 `{error, error_description}`; Open311 and intake messages are models of this
  package. None of these is part of the council contract, so `council_desk/api/models.py` is unchanged.
- The server refuses any non-loopback address (not only with `--test-mode`).
- Consent for an existing complaint without the filer's receipt (`POST /intake/api/complaints/{id}/consent`) exists
  only in test mode.
- Access tokens, sign-in sessions (12 h), cursors (30 days), retention and the windows of the sign-in and
  withdrawal brakes all follow the server clock, which test mode can move forward.
- `/v1/stats/monthly` withholds small cells (nullable figures, see `council_desk/api/models.py` and
  docs/sandbox.md); withdrawal receipts are keyed by a per-data secret (receipts.py), not the seed; a withdrawal,
  a move out of the district or retention deletes the office's follow-ups and reopen requests on the complaint.
- Test mode only: `GET /intake/api/complaints/{id}/receipt` gives a complaint's receipt code to the test harness.
"""
