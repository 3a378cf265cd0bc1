"""Fixtures for the desktop app tests: a real SQLCipher cache filled with synthetic consented cases, an in-memory
keyring, and a backend that opens the real store without a server (for tests that need no network)."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import pytest

from council_desk.api.models import (
    Complaint,
    Consent,
    Contact,
    Me,
    Office,
    Policy,
    StaffMember,
    UpsertChange,
)
from council_desk.domain.errors import Offline
from tests.support.keyrings import MemoryKeyring

DISTRICT = 7
TYPES = ("Noise - Residential", "HEAT/HOT WATER", "Street Condition", "Illegal Parking", "Rodent", "Water Leak")
AGENCIES = ("NYPD", "HPD", "DOT", "NYPD", "DOHMH", "DEP")
STREETS = ("BROADWAY", "AMSTERDAM AVENUE", "WEST 145 STREET", "RIVERSIDE DRIVE", "ST NICHOLAS AVENUE")
# Canary personal data: the lock walk looks for these strings on screen.
CANARY_FIRST = "Zebulonia"
CANARY_LAST = "Quixtable"
CANARY_PHONE = "212-555-0147"
CANARY_EMAIL = "zq.canary@example.org"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _taskman() -> Iterator[Any]:
    """Every test gets a fresh task manager in the threaded mode the app uses."""
    from council_desk.ui.taskman import TaskManager

    tm = TaskManager(synchronous=False)
    yield tm
    tm.shutdown()


def make_me(district: int = DISTRICT, *, idle: int = 15, hours: int = 12) -> Me:
    return Me(
        user_id="u-1", username="caseworker7", display_name="Training Caseworker", roles=["caseworker"],
        district=district, member="Council Member (training)",
        office=Office(name="District 7 office", address="1 Centre St", phone="212-555-0100"),
        policy=Policy(retention_days_after_close=365, idle_lock_minutes=idle, absolute_session_hours=hours,
                      max_offline_days=14, device_status="active"),
        # The office's staff (issue 14): two caseworkers, the chief of staff and the member.
        staff=[StaffMember(username="caseworker7", display_name="Training Caseworker", role="caseworker"),
               StaffMember(username="caseworker7b", display_name="Second Caseworker", role="caseworker"),
               StaffMember(username="sup7", display_name="Chief of Staff", role="supervisor"),
               StaffMember(username="mem7", display_name="Council Member (training)", role="member")],
    )


def make_change(i: int, *, district: int = DISTRICT, canary: bool = False) -> UpsertChange:
    # An hour apart, wrapping after 12,000 (to 2026-05): a 100k-case benchmark cache must not date its consents in
    # the future, which the cache refuses (domain/scope.py); the windows' tests use far fewer cases.
    base = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC) + dt.timedelta(hours=i % 12_000)
    sid = str(60_000_000 + i)
    closed = i % 3 == 0
    complaint = Complaint(
        service_request_id=sid, service_name=TYPES[i % len(TYPES)], service_code=f"C{i % len(TYPES)}",
        description=f"Complaint text number {i} about {TYPES[i % len(TYPES)].lower()}",
        agency_responsible=AGENCIES[i % len(AGENCIES)], requested_datetime=base,
        status="closed" if closed else "open", address=f"{100 + i % 900} {STREETS[i % len(STREETS)]}",
        zipcode="10031", complaint_type=TYPES[i % len(TYPES)], council_district=district, borough="MANHATTAN",
        closed_datetime=base + dt.timedelta(days=3) if closed else None,
        resolution_description="The agency inspected the condition." if closed else "",
    )
    contact = Contact(
        first_name=CANARY_FIRST if canary else f"Given{i}", last_name=CANARY_LAST if canary else f"Family{i}",
        phone=CANARY_PHONE if canary else f"212-555-01{i % 100:02d}",
        email=CANARY_EMAIL if canary else f"person{i}@example.org",
        mailing_address=f"{i} Example Street, New York, NY", preferred_language="es" if i % 4 == 0 else "en",
    )
    consent = Consent(
        consent_id=f"c-{i}", given_at=base + dt.timedelta(minutes=5), channel="phone", notice_version="2025-01",
        scope="share-contact-with-council-member", district=district, withdrawn_at=None,
    )
    return UpsertChange(op="upsert", seq=i, complaint=complaint, contact=contact, consent=consent)


def fill_store(store: Any, n: int, *, canary_index: int | None = None, page: int = 2000) -> None:
    for start in range(0, n, page):
        changes = [make_change(i, canary=(i == canary_index)) for i in range(start, min(n, start + page))]
        store.apply_complaint_page(changes, [], f"cursor-{start}", snapshot=False)


# The unlock PIN the windows' backend is made with (a real verifier in the real cache: cache/local_unlock.py).
TEST_PIN = "470219"


class StoreBackend:
    """The UI's backend over a real SQLCipher cache, with no server (sync reports Offline, like a PC with no
    network). Used for the tests of the windows; the end-to-end test uses the real session."""

    def __init__(self, path: Path, me: Me) -> None:
        self.server = "http://127.0.0.1:9"
        self.me = me
        self._path = path
        self._key = secrets.token_bytes(32)
        self._store: Any = None
        self.sync_calls = 0
        self.session_ms = 12 * 3_600_000
        from council_desk.audit.log import AuditLog
        from council_desk.cache import local_unlock
        from council_desk.cache.store import CaseStore

        self._CaseStore = CaseStore
        self._AuditLog = AuditLog
        self._unlock = local_unlock
        self.reopen_store()
        self._store.save_me(me)
        local_unlock.set_secret(self._store, TEST_PIN)

    @property
    def store(self) -> Any:
        return self._store

    @property
    def audit(self) -> Any:
        return None if self._store is None else self._AuditLog(self._store)

    def sign_in(self, server: str, cancel: threading.Event) -> Me:
        raise Offline()

    def can_open_offline(self, server: str) -> bool:
        return True

    def open_offline(self, server: str, secret: str) -> Me:
        self.unlock(secret)
        return self.me

    def has_unlock_secret(self) -> bool:
        return bool(self._unlock.state(self._store).is_set)

    def set_unlock_secret(self, secret: str) -> None:
        self._unlock.set_secret(self._store, secret)

    def unlock(self, secret: str) -> None:
        if self._store is None:
            self.reopen_store()
        try:
            self._unlock.check(self._store, secret)
        except BaseException:
            self.close_store()
            raise

    def session_remaining_ms(self) -> int:
        return self.session_ms

    def needs_passphrase(self) -> bool:
        return False

    def sync(self, progress: Any, cancel: threading.Event) -> Any:
        self.sync_calls += 1
        raise Offline()

    def stats(self, from_month: str, to_month: str, cancel: threading.Event) -> Any:
        raise Offline()

    def close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def reopen_store(self, passphrase: str | None = None) -> None:
        self._store = self._CaseStore.open(self._path, self._key)

    def sign_out(self) -> None:
        self.close_store()

    def key_in_memory(self) -> bool:
        return self._store is not None


@pytest.fixture
def backend_factory(tmp_path: Path) -> Iterator[Any]:
    made: list[StoreBackend] = []

    def make(n: int = 1000, *, canary_index: int | None = None, me: Me | None = None) -> StoreBackend:
        b = StoreBackend(tmp_path / "data" / f"cache{len(made)}" / "cache.db", me or make_me())
        fill_store(b.store, n, canary_index=canary_index)
        made.append(b)
        return b

    yield make
    for b in made:
        b.close_store()


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns on every top-level show() (and a popup list's keyboard grab); that is
    # the test platform, not the app.
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(
                r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"))
