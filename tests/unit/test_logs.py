"""The support log: our loggers only, exceptions without their messages, one handler however often it is set up."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from council_desk import logs


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    for h in list(logging.getLogger("council_desk").handlers):
        if getattr(h, "_council_desk_handler", None):
            logging.getLogger("council_desk").removeHandler(h)
            h.close()


def _flush() -> None:
    for h in logging.getLogger("council_desk").handlers:
        h.flush()


def test_our_lines_go_to_the_file_and_library_lines_do_not(log_dir):
    path = logs.setup_logging()
    assert path == log_dir / logs.LOG_NAME
    logging.getLogger("council_desk.sync.engine").info("pulled %d page(s)", 3)
    logging.getLogger("urllib3.connectionpool").warning("GET /oauth/callback?code=SECRET-CODE")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO council_desk.sync.engine: pulled 3 page(s)" in text
    assert "SECRET-CODE" not in text


def test_an_exception_is_its_type_and_place_never_its_message(log_dir):
    path = logs.setup_logging()
    try:
        raise ValueError("Maria Lopez, 212-555-0147")
    except ValueError:
        logging.getLogger("council_desk.ui.errors").exception("unexpected error")
    _flush()
    text = path.read_text(encoding="utf-8")
    assert "unexpected error" in text and "ValueError at test_logs.py:" in text
    assert "Maria" not in text and "555" not in text


def test_set_up_twice_is_one_handler_and_console_on_request(log_dir, capsys):
    logs.setup_logging()
    logs.setup_logging()
    ours = [h for h in logging.getLogger("council_desk").handlers if getattr(h, "_council_desk_handler", None)]
    assert [h._council_desk_handler for h in ours] == ["file"]
    logs.setup_logging(console=True)
    logging.getLogger("council_desk.sync.session").info("signed in")
    assert "INFO council_desk.sync.session: signed in" in capsys.readouterr().err


def test_the_file_follows_a_new_log_folder(log_dir, tmp_path, monkeypatch):
    first = logs.setup_logging()
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "other"))
    second = logs.setup_logging()
    assert first != second and second == tmp_path / "other" / logs.LOG_NAME
    logging.getLogger("council_desk.cli").info("moved")
    _flush()
    assert "moved" in second.read_text(encoding="utf-8") and "moved" not in first.read_text(encoding="utf-8")


def test_the_file_rotates(log_dir):
    path = logs.setup_logging()
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES // 1000 + 50):
        logging.getLogger("council_desk.cache.store").info(line)
    _flush()
    assert (log_dir / (logs.LOG_NAME + ".1")).exists()
    assert path.stat().st_size < logs.MAX_BYTES


def test_a_folder_that_cannot_be_made_costs_the_log_not_the_app(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "logs"))
    try:
        assert logs.setup_logging() is None
        logging.getLogger("council_desk.cli").warning("still fine")
    finally:
        for h in list(logging.getLogger("council_desk").handlers):
            if getattr(h, "_council_desk_handler", None):
                logging.getLogger("council_desk").removeHandler(h)


def test_the_cli_logs_its_start(tmp_path, monkeypatch, log_dir):
    from council_desk.cli import main

    monkeypatch.setenv("COUNCIL_DESK_DATA_DIR", str(tmp_path / "data"))
    assert main(["letters", "templates"]) == 0
    _flush()
    text = (log_dir / logs.LOG_NAME).read_text(encoding="utf-8")
    assert "council_desk.cli: council-desk" in text and ": letters (source)" in text
