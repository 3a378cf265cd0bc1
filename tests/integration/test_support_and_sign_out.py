"""The support bundle and "remove every account's data from this PC", against the real sandbox on loopback:
two caseworkers signed in and synced, real SQLCipher caches, a real (file) keyring shared with the CLI."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
import requests

from council_desk import policy
from council_desk.cache import keys, vault
from council_desk.cache.paths import data_root
from council_desk.cli import main
from council_desk.logs import setup_logging
from council_desk.sync.auth import CLIENT_ID
from council_desk.sync.tokens import LAST_USER_SERVICE, REFRESH_SERVICE, refresh_key
from tests.support.client import browser_env, isolated_client_env, new_session
from tests.support.sandbox import RunningSandbox, sandbox_fixture

sandbox = sandbox_fixture(complaints=2500, seed=23, consent_share=0.3)


@pytest.fixture()
def client_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("COUNCIL_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv(policy.POLICY_ENV, str(tmp_path / "no-policy.ini"))
    policy.reset()
    setup_logging()  # as the app and the CLI do at start: the sign-in and sync below write the real log
    with isolated_client_env(tmp_path, monkeypatch) as kr:
        yield kr
    policy.reset()


def _signed_in_and_synced(sb: RunningSandbox, district: int, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    browser_env(sb, district, monkeypatch)
    session = new_session(sb.url)
    session.sign_in()
    session.sync()
    store = session.open_store()
    ids = store.list_ids(__import__("council_desk.cache.queries", fromlist=["CaseQuery"]).CaseQuery())
    assert ids, "the district has consented cases to sync"
    case = store.case(ids[0])
    assert case is not None
    user = session.user
    session.close()
    return user, case


def _keyring_entries(kr: Any) -> dict[str, str]:
    path = Path(kr.path)
    return json.loads(path.read_text()) if path.exists() else {}


def test_support_bundle_holds_what_it_for_it_and_no_personal_data_or_token(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    user, case = _signed_in_and_synced(sandbox, 12, monkeypatch)
    token = client_env.get_password(REFRESH_SERVICE, refresh_key(sandbox.url, user))
    assert token
    # The app's log has real lines from the sign-in and sync above (written through setup_logging).
    assert main(["support-bundle", "-o", str(tmp_path / "out" / "support")]) == 0
    bundle = tmp_path / "out" / "support.zip"
    assert f"Wrote {bundle}" in capsys.readouterr().out
    with zipfile.ZipFile(bundle) as zf:
        names = set(zf.namelist())
        assert {
            "README.txt",
            "versions.txt",
            "policy.txt",
            "settings.txt",
            "cache-info.txt",
            "council-desk.log",
        } <= names
        texts = {n: zf.read(n).decode("utf-8") for n in names}
    assert "Council Desk: " in texts["versions.txt"] and "SQLCipher: 4." in texts["versions.txt"]
    assert "No office policy file" in texts["policy.txt"]
    info = texts["cache-info.txt"]
    assert f"[{sandbox.url} · {user}]" in info and "Cases:" in info and "Unsent items:   0" in info
    assert "council_desk.sync" in texts["council-desk.log"]  # the sync's own lines reached the log
    everything = "\n".join(texts.values()) + bundle.read_bytes().decode("latin-1")
    c = case.contact
    for secret in (token, c.first_name + " " + c.last_name, c.phone, c.email, case.complaint.description[:30]):
        assert secret and secret not in everything, "personal data or a token in the support bundle"
    assert keys.load_key(sandbox.url, user).hex() not in everything  # type: ignore[union-attr]


def test_support_bundle_reports_a_bad_policy_file_instead_of_failing(
    client_env: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "policy.ini"
    bad.write_text("[server]\naddress = ftp://x\n", encoding="utf-8")
    monkeypatch.setenv(policy.POLICY_ENV, str(bad))
    policy.reset()
    assert main(["cache", "info", "--user", "cw01"]) == 10  # every other command stops on it
    assert main(["support-bundle", "-o", str(tmp_path / "s.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "s.zip") as zf:
        text = zf.read("policy.txt").decode()
        assert f"{bad}, line 2" in text and "PROBLEM" in text
        assert zf.read("policy-file.ini") == bad.read_bytes()


def test_sign_out_all_remove_data_leaves_nothing_of_any_account(
    sandbox: RunningSandbox, client_env: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any
) -> None:
    users = [_signed_in_and_synced(sandbox, d, monkeypatch)[0] for d in (14, 15)]
    tokens = [client_env.get_password(REFRESH_SERVICE, refresh_key(sandbox.url, u)) for u in users]
    assert all(tokens) and len(vault.known_accounts()) == 2
    orphan = data_root() / "cache-0123456789abcdef01234567"  # a cache nobody can name (e.g. passphrase-kept)
    orphan.mkdir()
    (orphan / "cache.db").write_bytes(b"encrypted")
    (orphan / "cache.db.set-aside-20260101T000000000000Z").write_bytes(b"encrypted")
    # Without --yes and without a terminal it refuses and changes nothing.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["sign-out", "--all", "--remove-data"]) == 2
    assert len(list(data_root().glob("cache-*"))) == 3
    assert main(["sign-out", "--all", "--remove-data", "--yes"]) == 0
    assert "Signed out 2 account(s) and removed their case data" in capsys.readouterr().out
    assert not list(data_root().glob("cache-*"))
    left = [k for k in _keyring_entries(client_env) if k.split("\n")[0].startswith("council-desk")]
    assert left == [], left
    assert client_env.get_password(LAST_USER_SERVICE, sandbox.url) is None
    # Revoked at the server too, not only forgotten here.
    for token in tokens:
        r = requests.post(
            sandbox.url + "/oauth/token",
            timeout=10,
            data={"grant_type": "refresh_token", "refresh_token": token, "client_id": CLIENT_ID},
        )
        assert r.status_code in (400, 401), r.text
