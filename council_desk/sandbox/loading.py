"""Generating and loading the sandbox's data (real 311 rows resampled, synthetic contacts, simulated consent).

Its own module so that both the application (at start) and test mode's `/test/reset` (faults.py) use it, without
the two importing each other.
"""

from __future__ import annotations

import datetime as dt
import gc
import json

from council_desk.sandbox.data import load_rows
from council_desk.sandbox.generate import Params, auto_shift_days, generate
from council_desk.sandbox.state import Settings
from council_desk.sandbox.store import Store

__all__ = ["load_data"]


def _params_key(settings: Settings) -> str:
    return json.dumps(
        {
            "seed": settings.seed,
            "complaints": settings.complaints,
            "consent_share": settings.consent_share,
            "only_district": settings.only_district,
            "date_shift_days": settings.date_shift_days,
            "retention_days": settings.retention_days,
        },
        sort_keys=True,
    )


def load_data(store: Store, settings: Settings, *, force: bool = False) -> None:
    """Generate and load the data unless the store already holds data made with the same settings."""
    key = _params_key(settings)
    if not force and store.meta("settings_key") == key:
        return
    rows = load_rows(settings.data_dir)
    now = dt.datetime.now(dt.UTC)
    shift = settings.date_shift_days
    if shift is None:
        shift = auto_shift_days(rows, now.date())
    params = Params(
        seed=settings.seed,
        complaints=settings.complaints,
        consent_share=settings.consent_share,
        only_district=settings.only_district,
        date_shift_days=shift,
    )
    # The cyclic GC would keep re-scanning the many live objects of a 100k load (~20% of the time); nothing
    # made here forms cycles.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        store.load(params, generate(rows, params, now, settings.retention_days), settings.retention_days)
    finally:
        if gc_was_on:
            gc.enable()
    store.set_meta("settings_key", key)
    store.set_meta("date_shift_days", str(shift))
