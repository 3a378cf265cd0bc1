"""Need-to-know scope: is this record one the signed-in office may hold? Fail closed.

The client re-checks every upsert it receives, after contract validation, against the district that the signed-in
token belongs to. Any doubt is a refusal: the record is not stored anywhere, and only the reason is counted/logged.
"""

from __future__ import annotations

import time
from typing import Literal

from council_desk.api.models import UpsertChange
from council_desk.domain.status import CONSENT_SCOPE

RefusalReason = Literal[
    "contract",  # did not validate against the wire contract (type-confused consent or district, unknown field)
    "consent_withdrawn",
    "consent_scope",
    "consent_district",
    "complaint_district",
    "consent_before_complaint",
    "consent_future",  # a consent dated ahead of now: not consent yet
]

# How far ahead of this PC's clock a consent may be dated and still count (clocks drift; 311's are not ours).
CONSENT_CLOCK_SKEW_S = 300.0


def refusal_reason(change: UpsertChange, district: int, *, now: float | None = None) -> RefusalReason | None:
    """None if the office may hold this record, else why not. `district` comes from `/v1/me`, never the record;
    `now` (POSIX seconds) is this PC's clock, for a consent dated in the future."""
    consent = change.consent
    return refusal_reason_of(
        withdrawn=consent.withdrawn_at is not None,
        scope=consent.scope,
        consent_district=consent.district,
        complaint_district=change.complaint.council_district,
        consent_lead_s=(consent.given_at - change.complaint.requested_datetime).total_seconds(),
        consent_ahead_s=consent.given_at.timestamp() - (time.time() if now is None else now),
        district=district,
    )


def refusal_reason_of(
    *,
    withdrawn: bool,
    scope: object,
    consent_district: object,
    complaint_district: object,
    consent_lead_s: float,
    consent_ahead_s: float,
    district: int,
) -> RefusalReason | None:
    """The same decision from the record's fields, for the cache's last-line check on ready-made rows.
    `consent_lead_s`: seconds from the complaint's filing to the consent (negative if the consent came first);
    `consent_ahead_s`: seconds the consent is dated after now (positive: in the future)."""
    if withdrawn:
        return "consent_withdrawn"
    if scope != CONSENT_SCOPE:
        return "consent_scope"
    # Both must name our district: a consent for another member, or a complaint outside the district, is refused.
    if type(consent_district) is not int or consent_district != district:
        return "consent_district"
    if type(complaint_district) is not int or complaint_district != district:
        return "complaint_district"
    # Consent cannot predate the complaint by more than a moment's clock skew; a consent before the complaint
    # existed is not consent to share *this* complaint.
    if consent_lead_s < -300:
        return "consent_before_complaint"
    # A consent dated after now was not given yet: a clock error or a forged receipt, and either way not the
    # "affirmative, voluntary" consent § 23-315 b asks for. It is accepted once its time has come.
    if consent_ahead_s > CONSENT_CLOCK_SKEW_S:
        return "consent_future"
    return None
