"""The privacy officer's side in the app (issue 13): the roles table mirrored on the window, approvals end to end
between two app windows (a caseworker's and a supervisor's) against one real sandbox, the app and the CLI recording
identical events for the same output, the supervisor's privacy log and report, share with an agency, the consent
notice's text on the case, the term-end banner, and Help → What this PC keeps.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
import pytest

from council_desk.api.models import AccessChange
from council_desk.domain.roles import TABLE, allowed
from council_desk.ui import errors as ui_errors
from council_desk.ui.approvals import ApprovalRequestDialog, ApprovalsTab, DecisionDialog
from council_desk.ui.main_window import MainWindow
from council_desk.ui.privacy_log import PrivacyLogTab, ReportDialog
from council_desk.ui.qt import QMessageBox
from council_desk.ui.share import ShareDialog
from tests.support.privacy import use_client_env
from tests.support.records import app_me as make_me

WAIT = 60_000
REASON = "The tenant has no heat tonight; HPD must call now (training)."


@pytest.fixture(autouse=True)
def _close_error_boxes() -> Any:
    yield
    for d in list(ui_errors._open_dialogs):
        d.done(0)


def _boxes() -> list[QMessageBox]:
    return [d for d in ui_errors._open_dialogs if isinstance(d, QMessageBox) and d.isVisible()]


def _window(qtbot: Any, backend: Any) -> MainWindow:
    win = MainWindow(backend, idle_ms=3_600_000, sync_minutes=60)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.list_refreshed, timeout=WAIT):
        win.start(sync=False)
    return win


def _settle(qtbot: Any, win: MainWindow) -> None:
    if win.tm.pending:
        with qtbot.waitSignal(win.tm.idle, timeout=WAIT):
            pass


# --------------------------------------------------------------------------------------------- the roles, mirrored
@pytest.mark.parametrize("role", ["caseworker", "supervisor", "member"])
def test_the_window_offers_each_role_what_the_table_allows(qtbot: Any, backend_factory: Any, role: str) -> None:
    me = make_me().model_copy(update={"roles": [role]})
    win = _window(qtbot, backend_factory(20, me=me))
    controls = win.privacy._controls()
    assert {a for a, _c in controls} == {
        "log_casework",
        "reveal_contact",
        "print_letter",
        "print_labels",
        "print_summary",
        "share_with_agency",
    }
    for action, control in controls:
        assert control is not None
        assert control.isEnabled() == allowed([role], action), (role, action)
        if not allowed([role], action):
            assert "does not allow" in control.toolTip()
    tabs = {win.tabs.widget(i).objectName() for i in range(win.tabs.count())}
    assert ("approvalsTab" in tabs) == (role in TABLE["request_approval"].roles)
    assert ("privacyLogTab" in tabs) == (role in TABLE["read_disclosure_log"].roles)
    # The lock re-enables the window's actions on the way back: the table still holds after an unlock.
    win.lock()
    from tests.support.stores import TEST_PIN

    with qtbot.waitSignal(win.unlocked, timeout=WAIT):
        win.unlock(TEST_PIN)
    for action, control in controls:
        assert control.isEnabled() == allowed([role], action), (role, action, "after unlock")
    # A member's reveal is refused before anything is recorded or shown.
    if role == "member":
        qtbot.waitUntil(lambda: win.model.rowCount() > 0, timeout=WAIT)
        case_id = win.model.ids()[0]
        before = len(win.backend.audit.events())
        win.reveal_contact(case_id, reason="Call the constituent about this complaint")
        qtbot.waitUntil(lambda: bool(_boxes()), timeout=WAIT)
        assert len(win.backend.audit.events()) == before and not win.detail.contact_shown


def test_the_consent_receipt_quotes_its_notice_or_says_it_is_unknown(qtbot: Any, backend_factory: Any) -> None:
    from council_desk.domain.notices import CURRENT_VERSION, NOTICES

    win = _window(qtbot, backend_factory(5))
    case_id = win.model.ids()[0]
    with qtbot.waitSignal(win.case_shown, timeout=WAIT):
        win.open_case(case_id)
    assert "not known to this version" in win.detail.body.toPlainText()  # the test data's "2025-01"
    case = win.detail.case
    known = case.__class__(
        **{**case.__dict__, "consent": case.consent.model_copy(update={"notice_version": CURRENT_VERSION})}
    )
    win.detail.show_case(known)
    text = " ".join(win.detail.body.toPlainText().split())
    assert " ".join(NOTICES[CURRENT_VERSION].split()) in text


def test_the_term_end_is_announced_on_the_window(qtbot: Any, backend_factory: Any) -> None:
    ends = dt.datetime.now(dt.UTC) + dt.timedelta(days=5, hours=1)
    me = make_me().model_copy(update={"access_change": AccessChange(kind="term_end", effective_at=ends)})
    win = _window(qtbot, backend_factory(5, me=me))
    assert win.privacy.banner.isVisible() and "in 5 day(s)" in win.privacy.banner.text()
    win.lock()
    assert not win.privacy.banner.isVisible()


def test_what_this_pc_keeps(qtbot: Any, backend_factory: Any) -> None:
    win = _window(qtbot, backend_factory(12))
    win.privacy.keeps_action.trigger()
    from council_desk.ui.transparency import WhatThisPCKeeps

    qtbot.waitUntil(
        lambda: any(isinstance(w, WhatThisPCKeeps) for w in win.findChildren(WhatThisPCKeeps)), timeout=WAIT
    )
    dlg = win.findChildren(WhatThisPCKeeps)[0]
    text = dlg.body.toPlainText()
    assert "12 case(s)" in text and "365 days" in text and "sign-out --remove-data" in text
    assert str(Path(win.backend.store.path).parent) in text
    help_menu = next(
        m for m in win.menuBar().findChildren(type(win.detail.print_menu)) if m.objectName() == "helpMenu"
    )
    assert win.privacy.keeps_action in help_menu.actions()


def test_share_with_an_agency_offline_is_exigent_recorded_and_noted(
    qtbot: Any, backend_factory: Any, tmp_path: Path
) -> None:
    win = _window(qtbot, backend_factory(8))
    case_id = win.model.ids()[0]

    def fill(dlg: ShareDialog) -> bool:
        assert dlg.agency.text()  # from the case
        dlg.boxes["email"].setChecked(True)
        dlg.choice.exigent.setChecked(True)
        assert not dlg.ok.isEnabled()
        dlg.choice.reason.setPlainText(REASON)
        return dlg.ok.isEnabled()

    with qtbot.waitSignal(win.printing.preview_opened, timeout=WAIT) as blk:
        win.printing.share_cases([case_id], dialog=fill)
    preview = blk.args[0]
    qtbot.waitUntil(preview.print_button.isEnabled, timeout=WAIT)
    out = tmp_path / "referral.pdf"
    with qtbot.waitSignal(preview.released, timeout=WAIT):
        win.printing.save_preview(preview, path=out)
    _settle(qtbot, win)
    share = win.backend.audit.events("share")[-1]
    case = win.backend.store.case(case_id)
    assert (share.output, share.disclosure_class, share.reason, share.recipient) == (
        "share_agency",
        "exigent",
        REASON,
        "city_agency",
    )
    assert share.recipient_name == case.complaint.agency_responsible
    assert set(share.fields) == {
        "first_name",
        "last_name",
        "phone",
        "email",
        "service_request_id",
        "requested_datetime",
        "description",
    }
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert case.contact.email in text and case.contact.mailing_address.split(",")[0] not in text

    def noted() -> bool:
        return any(f.text.startswith("Shared with ") for f in win.backend.store.case(case_id).followups)

    qtbot.waitUntil(noted, timeout=WAIT)


# --------------------------------------------------------------------------------------------- against the sandbox
def _app(qtbot: Any, session: Any) -> MainWindow:
    """An app window over an already signed-in session (what the sign-in window hands over)."""
    from council_desk.ui.session_backend import SessionBackend

    backend = SessionBackend(session.server)
    backend._sessions[session.server] = session
    win = _window(qtbot, backend)
    win.status.online = True
    return win


def _sync(qtbot: Any, win: MainWindow) -> None:
    _settle(qtbot, win)
    with qtbot.waitSignal(win.sync_finished, timeout=WAIT) as done:
        win.sync_now()
    assert done.args == [True], win.last_sync_error


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from tests.support.client import isolated_client_env
    from tests.support.privacy import sign_in_as
    from tests.support.sandbox import RunningSandbox

    tmp = tmp_path_factory.mktemp("office")
    mp = pytest.MonkeyPatch()
    with RunningSandbox(tmp, complaints=2500, seed=31, consent_share=0.4) as sb, isolated_client_env(tmp, mp):
        cw = sign_in_as(sb, "caseworker", 7, mp)
        sup = sign_in_as(sb, "supervisor", 7, mp)
        yield sb, cw, sup, tmp
        cw.close()
        sup.close()
    mp.undo()


def _pick(dlg: Any, recipient: str, approval_id: str | None) -> bool:
    dlg.include.setChecked(True)
    dlg.recipient.setCurrentIndex(dlg.recipient.findData(recipient))
    dlg.case_by_case.setChecked(True)
    if approval_id is not None:
        i = dlg.approval.findData(approval_id)
        if i < 0:
            return False
        dlg.approval.setCurrentIndex(i)
    return bool(dlg.ok.isEnabled())


@pytest.mark.timeout(600)
def test_two_app_windows_request_decide_release_once(
    qtbot: Any, office: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sb, cw_session, sup_session, _tmp = office
    use_client_env(_tmp, monkeypatch)
    cw, sup = _app(qtbot, cw_session), _app(qtbot, sup_session)
    a, b = cw.model.ids()[:2]

    # The caseworker asks, from the summary dialog's "Ask for approval…".
    def ask(dlg: ApprovalRequestDialog) -> bool:
        assert dlg.case_ids == [a]
        dlg.recipient.setCurrentIndex(dlg.recipient.findData("community_partner"))
        dlg.recipient_name.setText("Tenants' association (training)")
        dlg.purpose.setPlainText("The association organises the building's repair meeting.")
        return dlg.ok.isEnabled()

    with qtbot.waitSignal(cw.printing.approval_requested, timeout=WAIT):
        cw.printing.ask_approval([a], output="summary_contact", dialog=ask)
    _sync(qtbot, cw)
    assert cw.backend.store.outbox_count() == 0

    # The supervisor sees it in their own queue, and approves it.
    _sync(qtbot, sup)
    queue: ApprovalsTab = sup.privacy.approvals
    qtbot.waitUntil(lambda: queue.model.rowCount() >= 1, timeout=WAIT)
    row = next(i for i, h in enumerate(queue.model.items) if h.approval.service_request_ids == [a])
    queue.table.selectRow(row)
    assert queue.approve.isEnabled()
    held = queue.selected()
    dlg = DecisionDialog(held, True, sup)
    dlg.note.setPlainText("Approved for the meeting only.")
    dlg.days.setValue(3)
    with qtbot.waitSignal(queue.decided, timeout=WAIT):
        queue.decide_selected(True, dialog=dlg)
    _sync(qtbot, sup)

    # Back on the caseworker's PC: the server-issued approval, offered for case A only.
    _sync(qtbot, cw)
    mine = [h.approval for h in cw.backend.store.approvals() if h.approval.service_request_ids == [a]]
    assert mine and mine[0].status == "approved" and mine[0].approval_id
    approval_id = mine[0].approval_id
    with qtbot.waitSignal(cw.printing.preview_opened, timeout=WAIT) as blk:
        cw.printing.print_summary([a], dialog=lambda d: _pick(d, "community_partner", approval_id))
    preview = blk.args[0]
    qtbot.waitUntil(preview.print_button.isEnabled, timeout=WAIT)
    out = tmp_path / "approved.pdf"
    with qtbot.waitSignal(preview.released, timeout=WAIT):
        cw.printing.save_preview(preview, path=out)
    assert out.read_bytes().startswith(b"%PDF-")
    export = cw.backend.audit.events("export")[-1]
    assert (export.disclosure_class, export.approval_ref, export.service_request_ids) == (
        "case_by_case",
        approval_id,
        [a],
    )

    # Used once: saving the same preview again is refused by the server, and nothing is written.
    again = tmp_path / "again.pdf"
    cw.printing.save_preview(preview, path=again)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=WAIT)
    assert "already used" in _boxes()[-1].text() and not again.exists()
    assert cw.backend.audit.events("export")[-1] == export
    # The approval for A is never offered for B (nor again for A: it is used).
    for case in ([b], [a]):
        cw.printing.print_summary(case, dialog=lambda d: _pick(d, "community_partner", approval_id))
        _settle(qtbot, cw)
    assert cw.backend.audit.events("export")[-1] == export

    # The supervisor's privacy log shows the release, and the report says so.
    _sync(qtbot, cw)
    log: PrivacyLogTab = sup.privacy.log
    with qtbot.waitSignal(log.loaded, timeout=WAIT):
        log.refresh()
    assert log.source.text().startswith("From the 311 access system")
    assert any(r.event.approval_ref == approval_id for r in log.model.items)
    report = ReportDialog(sup)
    report.format.setCurrentIndex(report.format.findData("pdf"))
    path = tmp_path / "report.pdf"
    with qtbot.waitSignal(log.report_saved, timeout=WAIT):
        log.save_report(dialog=report, path=path)
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())
    assert approval_id in text and "Disclosures in the period:" in text
    cw.close()
    sup.close()


@pytest.mark.timeout(600)
def test_a_forged_approval_releases_nothing_from_the_app(
    qtbot: Any, office: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sb, cw_session, _sup, _tmp = office
    use_client_env(_tmp, monkeypatch)
    cw = _app(qtbot, cw_session)
    b = cw.model.ids()[3]
    from tests.support.privacy import hold_approval

    cw.tm.run_db_blocking(lambda: hold_approval(cw.backend.store, b, "APR-ZZZZZZZZZZZZZZZZ"))  # with its key
    with qtbot.waitSignal(cw.printing.preview_opened, timeout=WAIT) as blk:
        cw.printing.print_summary([b], dialog=lambda d: _pick(d, "city_agency", "APR-ZZZZZZZZZZZZZZZZ"))
    preview = blk.args[0]
    qtbot.waitUntil(preview.print_button.isEnabled, timeout=WAIT)
    before = len(cw.backend.audit.events("export"))
    out = tmp_path / "forged.pdf"
    cw.printing.save_preview(preview, path=out)
    qtbot.waitUntil(lambda: bool(_boxes()), timeout=WAIT)
    assert "did not issue this approval" in _boxes()[-1].text()
    assert not out.exists() and len(cw.backend.audit.events("export")) == before
    cw.close()


@pytest.mark.timeout(600)
def test_the_app_and_the_cli_record_identical_events(
    qtbot: Any, office: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same output, made once in the app and once with `council-desk letters`, is the same event (its id,
    time, number and chain aside)."""
    sb, cw_session, _sup, _tmp = office
    use_client_env(_tmp, monkeypatch)  # the CLI finds the same cache and keyring as the app
    from tests.support.privacy import run_cli

    cw = _app(qtbot, cw_session)
    a = cw.model.ids()[5]

    def exigent(dlg: Any) -> bool:
        dlg.include.setChecked(True)
        dlg.recipient.setCurrentIndex(dlg.recipient.findData("city_agency"))
        dlg.exigent.setChecked(True)
        dlg.reason.setPlainText(REASON)
        return bool(dlg.ok.isEnabled())

    def letter(dlg: Any) -> bool:
        dlg.language.setCurrentIndex(dlg.language.findData("en"))
        if not dlg.confirm.isHidden():
            dlg.confirm.setChecked(True)
        return bool(dlg.ok.isEnabled())

    app_events = []
    for start in (
        lambda: cw.printing.print_summary([a], dialog=exigent),
        lambda: cw.printing.print_letter([a], dialog=letter),
        lambda: cw.printing.print_labels([a]),
    ):
        with qtbot.waitSignal(cw.printing.preview_opened, timeout=WAIT) as blk:
            start()
        preview = blk.args[0]
        qtbot.waitUntil(preview.print_button.isEnabled, timeout=WAIT)
        with qtbot.waitSignal(preview.released, timeout=WAIT):
            cw.printing.save_preview(preview, path=tmp_path / f"app-{len(app_events)}.pdf")
        app_events.append(cw.backend.audit.events("export")[-1])
    _settle(qtbot, cw)
    cw.close()
    cw_session.close_store()
    base = ["--server", sb.url, "--user", "cw07", "--case", a]
    for args in (
        [
            "letters",
            "summary",
            "--include-contact",
            "--recipient",
            "city_agency",
            "--class",
            "exigent",
            "--reason",
            REASON,
        ],
        ["letters", "render", "--template", "acknowledgement", "--lang", "en"],
        ["letters", "labels"],
    ):
        code, _o, err = run_cli([*args, *base, "-o", str(tmp_path / "cli.pdf")])
        assert code == 0, err
    cw_session.open_store()
    cli_events = cw_session.audit.events("export")[-3:]

    def same(e: Any) -> dict[str, Any]:
        return e.model_dump(exclude={"id", "at", "hash", "prev_hash", "seq"})

    for app_e, cli_e in zip(app_events, cli_events, strict=True):
        assert same(app_e) == same(cli_e)
    assert [e.output for e in cli_events] == ["summary_contact", "letter", "labels"]
