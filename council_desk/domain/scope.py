"""Need-to-know scope: is this record one the signed-in office may hold? Fail closed.

The client re-checks every upsert it receives, after contract validation, against the district that the signed-in
token belongs to. Any doubt is a refusal: the record is not stored anywhere, and only the reason is counted/logged.
"""

from __future__ import annotations

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
]


def refusal_reason(change: UpsertChange, district: int) -> RefusalReason | None:
    """None if the office may hold this record, else why not. `district` comes from `/v1/me`, never the record."""
    consent = change.consent
    if consent.withdrawn_at is not None:
        return "consent_withdrawn"
    if consent.scope != CONSENT_SCOPE:
        return "consent_scope"
    # Both must name our district: a consent for another member, or a complaint outside the district, is refused.
    if type(consent.district) is not int or consent.district != district:
        return "consent_district"
    if type(change.complaint.council_district) is not int or change.complaint.council_district != district:
        return "complaint_district"
    # Consent cannot predate the complaint by more than a moment's clock skew; a consent before the complaint
    # existed is not consent to share *this* complaint.
    if (consent.given_at - change.complaint.requested_datetime).total_seconds() < -300:
        return "consent_before_complaint"
    return None
