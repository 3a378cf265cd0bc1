"""`council-desk letters ... --case ID`: cases read from a real SQLCipher cache filled from the sandbox on
loopback; the disclosure is in the audit log before the PDF exists."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.support.client import browser_env, isolated_client_env, local_ids, new_session
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=1500, seed=5, consent_share=0.4)
ROOT = Path(__file__).resolve().parent.parent.parent
DISTRICT = 7


@pytest.fixture()
def synced(sandbox: RunningSandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with isolated_client_env(tmp_path, monkeypatch):
        browser_env(sandbox, DISTRICT, monkeypatch)
        session = new_session(sandbox.url)
        session.sign_in()
        session.sync()
        ids = sorted(local_ids(session.open_store()))
        session.close()
        assert ids, "the sandbox shared no consented complaint with district 7"
        yield sandbox, ids


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "council_desk.cli", "letters", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        env=dict(os.environ),
    )


def _export_events(sb: RunningSandbox) -> list[Any]:
    session = new_session(sb.url)
    try:
        session.open_store()
        assert session.audit is not None
        return [e for e in session.audit.pending_upload(10_000) if e.action == "export"]
    finally:
        session.close()


def test_letters_from_the_cache_are_audited_before_they_are_written(synced: Any, tmp_path: Path) -> None:
    sb, ids = synced
    out = tmp_path / "letters.pdf"
    r = _cli(
        "batch",
        "--case",
        ids[0],
        "--case",
        ids[1],
        "--server",
        sb.url,
        "--template",
        "acknowledgement",
        "-o",
        str(out),
    )
    assert r.returncode == 0, r.stderr
    assert len(pypdf.PdfReader(out).pages) >= 2
    events = _export_events(sb)
    assert events and events[-1].service_request_ids == ids[:2]
    assert "mailing_address" in events[-1].fields and events[-1].disclosure_class == "routine"
    r = _cli("labels", "--case", ids[0], "--server", sb.url, "-o", str(tmp_path / "labels.pdf"))
    assert r.returncode == 0, r.stderr
    assert len(_export_events(sb)) == len(events) + 1


def test_unknown_case_is_a_plain_error_and_writes_nothing(synced: Any, tmp_path: Path) -> None:
    sb, _ids = synced
    out = tmp_path / "x.pdf"
    r = _cli("render", "--case", "99999999999", "--server", sb.url, "--template", "closing", "-o", str(out))
    assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    assert not out.exists()


def test_the_office_policy_file_sets_server_letterhead_and_templates(
    synced: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb, ids = synced
    office_templates = tmp_path / "office-templates" / "closing"
    office_templates.mkdir(parents=True)
    shipped = (ROOT / "resources" / "letters" / "closing" / "en.json").read_text(encoding="utf-8")
    (office_templates / "en.json").write_text(
        shipped.replace('"subject": "', '"subject": "Zeppelin office wording: ', 1), encoding="utf-8"
    )
    policy_file = tmp_path / "policy.ini"
    policy_file.write_text(
        f"[server]\naddress = {sb.url}\n"
        "[letterhead]\nname = Office of the Quokka Member\naddress = 99 Wombat Plaza\n  Suite 7\n"
        f"[letters]\ntemplate_folder = {tmp_path / 'office-templates'}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("COUNCIL_DESK_POLICY_FILE", str(policy_file))
    out = tmp_path / "letter.pdf"
    r = _cli("render", "--case", ids[0], "--template", "closing", "--lang", "en", "-o", str(out))  # no --server
    assert r.returncode == 0, r.stderr
    text = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Office of the Quokka Member" in text and "99 Wombat Plaza" in text and "Suite 7" in text
    assert "Zeppelin office wording" in text
    r = _cli(
        "render",
        "--case",
        ids[0],
        "--template",
        "closing",
        "--server",
        "http://127.0.0.1:1",
        "-o",
        str(tmp_path / "no.pdf"),
    )
    assert r.returncode == 2 and "sets the server" in r.stderr and not (tmp_path / "no.pdf").exists()
