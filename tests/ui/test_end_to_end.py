"""Issue 4's end-to-end test: the real app against the real sandbox on loopback.

Sign in through the scripted system browser (BROWSER), sync, search, open a case, reveal contact (audited), log a
follow-up, stop the sandbox, log two more offline, quit, start again offline, see them pending, restart the
sandbox, watch the outbox drain — and check the server holds each follow-up exactly once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from council_desk.api.models import FollowUpIn
from council_desk.ui.app import DeskApp
from council_desk.ui.settings import SERVER_URL, Settings
from tests.support.keys import type_text
from tests.support.sandbox import RunningSandbox

WAIT = 60_000
PIN = "582047"


def _fu(case_id: str, text: str) -> FollowUpIn:
    return FollowUpIn(
        id=uuid.uuid4(), service_request_id=case_id, kind="call", text=text, created_at=dt.datetime.now(dt.UTC)
    )


def _start(qtbot: Any, sb_url: str) -> tuple[DeskApp, Any]:
    from council_desk.ui.session_backend import SessionBackend

    settings = Settings()
    settings.set(SERVER_URL, sb_url)
    desk = DeskApp(SessionBackend(sb_url), settings, idle_ms=3_600_000, sync_minutes=60)
    qtbot.addWidget(desk.sign_in_window)
    desk.start()
    return desk, desk.sign_in_window


def _server_followups(sb: RunningSandbox, case_id: str) -> list[dict[str, Any]]:
    token = sb.token("caseworker", 7)
    found: list[dict[str, Any]] = []
    cursor = ""
    for _ in range(1000):
        r = sb.api("GET", "/v1/sync/followups" + (f"?cursor={cursor}" if cursor else ""), token)
        r.raise_for_status()
        page = r.json()
        found += [f for f in page["followups"] if f["service_request_id"] == case_id]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    return found


@pytest.mark.timeout(600)
def test_sign_in_sync_work_offline_and_drain(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sb = RunningSandbox(tmp_path, complaints=3000, seed=7)
    try:
        for k, v in sb.browser_env("caseworker", 7).items():
            monkeypatch.setenv(k, v)
        # --- sign in with the browser, first sync ---
        desk, signin = _start(qtbot, sb.url)
        assert signin.server.text() == sb.url
        signin.sign_in_button.click()
        # The first sign-in on this PC: choose the unlock PIN before any case is shown.
        qtbot.waitUntil(lambda: signin.pages.currentWidget() is signin.choose_page, timeout=WAIT)
        assert desk.main is None
        type_text(qtbot, signin.new_secret, PIN)
        type_text(qtbot, signin.new_secret_again, PIN)
        with qtbot.waitSignal(desk.main_shown, timeout=WAIT):
            signin.choose_button.click()
        main = desk.main
        assert main is not None
        qtbot.addWidget(main)
        with qtbot.waitSignal(main.sync_finished, timeout=WAIT) as synced:
            pass
        assert synced.args == [True], main.last_sync_error
        qtbot.waitUntil(lambda: main.model.rowCount() > 0, timeout=WAIT)
        assert "Online" in main.online_label.text()

        # --- search, open, reveal (audited) ---
        store = desk.backend.store
        first_id = main.model.ids()[0]
        case = store.case(first_id)
        word = case.contact.last_name  # the search covers text, address and the filer's name
        main.focus_search()
        type_text(qtbot, main.filters.search, word)  # a name may be in any script
        qtbot.waitUntil(lambda: first_id in main.model.ids() and main.model.rowCount() < 3000, timeout=WAIT)
        with qtbot.waitSignal(main.case_shown, timeout=WAIT):
            main.table.selectRow(main.model.row_of(first_id))
        with qtbot.waitSignal(main.contact_revealed, timeout=WAIT):
            main.reveal_contact(first_id, reason="Call the constituent about this complaint")
        assert case.contact.last_name in main.detail.contact.text()
        from council_desk.audit.log import AuditLog

        audit = AuditLog(store)
        assert audit.verify().ok
        now = dt.datetime.now(dt.UTC)
        report = audit.disclosure_report(now - dt.timedelta(hours=1), now + dt.timedelta(minutes=1))
        assert [r.action for r in report] == ["reveal_contact"]

        # --- one follow-up online: sent at once ---
        with qtbot.waitSignal(main.sync_finished, timeout=WAIT) as blocker:
            main.save_followup(_fu(first_id, "online follow-up"))
        assert blocker.args == [True]
        qtbot.waitUntil(lambda: store.outbox_count() == 0, timeout=WAIT)

        # --- server gone: two more, kept in the outbox ---
        sb.stop()
        with qtbot.waitSignal(main.sync_finished, timeout=WAIT) as failed:  # tries to send it, cannot
            main.save_followup(_fu(first_id, "offline one"))
        assert failed.args == [False]
        with qtbot.waitSignal(main.followup_saved, timeout=WAIT):  # known offline: no new attempt
            main.save_followup(_fu(first_id, "offline two"))
        qtbot.waitUntil(lambda: "2 change" in main.outbox_label.text(), timeout=WAIT)
        assert "Offline" in main.online_label.text()
        assert store.outbox_count() == 2

        # --- quit, start again offline ---
        desk.shutdown()
        main.close()
        desk2, signin2 = _start(qtbot, sb.url)
        qtbot.waitUntil(signin2.offline_button.isEnabled, timeout=WAIT)
        signin2.offline_button.click()  # offline, the unlock PIN is the proof of identity
        type_text(qtbot, signin2.offline_secret, PIN)
        with qtbot.waitSignal(desk2.main_shown, timeout=WAIT):
            signin2.offline_open.click()
        main2 = desk2.main
        assert main2 is not None
        qtbot.addWidget(main2)
        with qtbot.waitSignal(main2.sync_finished, timeout=WAIT) as offline:
            pass
        assert offline.args == [False]
        qtbot.waitUntil(lambda: "2 change" in main2.outbox_label.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: main2.model.row_of(first_id) >= 0, timeout=WAIT)
        with qtbot.waitSignal(main2.case_shown, timeout=WAIT):
            main2.open_case(first_id)
        body = main2.detail.body.toPlainText()
        assert body.count("not yet sent") == 2
        assert "offline one" in body and "offline two" in body and "online follow-up" in body

        # --- the server is back: the outbox drains, nothing duplicated ---
        sb.start()
        with qtbot.waitSignal(main2.sync_finished, timeout=WAIT) as back:
            main2.sync_now()
        assert back.args == [True], main2.last_sync_error
        qtbot.waitUntil(lambda: "All changes sent" in main2.outbox_label.text(), timeout=WAIT)
        with qtbot.waitSignal(main2.case_shown, timeout=WAIT):
            main2.open_case(first_id)
        assert "not yet sent" not in main2.detail.body.toPlainText()
        on_server = _server_followups(sb, first_id)
        texts = sorted(f["text"] for f in on_server if f["kind"] == "call")
        assert texts == ["offline one", "offline two", "online follow-up"]
        assert len({f["id"] for f in on_server}) == len(on_server)
        desk2.shutdown()
        main2.close()
    finally:
        sb.stop()
