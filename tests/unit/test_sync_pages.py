"""A complaint page from bytes to ready rows (sync/pages.py), on this thread and in the parsing process
(sync/pageworker.py): the same answer both ways, whole-page refusals that name no record, and a worker that
fails, ends or is closed without taking the sync down."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
from collections.abc import Iterator
from typing import Any

import psutil
import pytest

from council_desk.sync.pages import (
    PageParser,
    PageRejected,
    ParsedPage,
    ParserGone,
    parse_complaint_page,
    read_frame,
    write_frame,
)
from tests.support.records import DISTRICT, feed_removal, feed_upsert


def _body(changes: list[dict[str, Any]], **envelope: Any) -> bytes:
    return json.dumps(
        {"changes": changes, "next_cursor": "c9", "has_more": True, "snapshot": True, **envelope}
    ).encode()


MIXED = _body(
    [
        feed_upsert("1", 1),
        feed_upsert("2", 2, district=8),  # another member's district: refused
        feed_upsert("3", 3, district="07"),  # type confusion: fails the contract
        feed_removal("4", 4),
        feed_upsert("5", 5, withdrawn_at="2024-05-02T00:00:00Z"),  # withdrawn: refused
        feed_upsert("6", 6),
    ]
)


@pytest.fixture()
def parser() -> Iterator[PageParser]:
    p = PageParser()
    yield p
    p.close()


def test_the_worker_answers_exactly_as_this_thread(parser: PageParser) -> None:
    here = parse_complaint_page(MIXED, DISTRICT)
    apart = parser.parse(MIXED, DISTRICT)
    assert apart == here
    assert [u.service_request_id for u in here.upserts] == ["1", "6"]
    assert [r.service_request_id for r in here.removals] == ["4"]
    assert sorted(here.refused) == ["consent_district", "consent_withdrawn", "contract"]
    assert (here.next_cursor, here.has_more, here.snapshot) == ("c9", True, True)
    # The note says what kind of fault, never a value from the record.
    assert here.notes and not any("Canary" in n or "07" in n for n in here.notes)


@pytest.mark.parametrize(
    "body",
    [
        b'{"changes": [], "next_cursor": "a", "next_cursor": "b", "has_more": false}',  # duplicate key
        b'{"changes": [], "next_cursor": "a", "has_more": NaN}',
        _body([{"op": "remove", "seq": 1, "service_request_id": "Canary<script>", "reason": "gone"}]),
        _body([], extra="field"),
        b"<html>Canary</html>",
    ],
)
def test_a_bad_page_is_refused_whole_and_the_worker_carries_on(parser: PageParser, body: bytes) -> None:
    with pytest.raises(PageRejected) as here:
        parse_complaint_page(body, DISTRICT)
    with pytest.raises(PageRejected) as apart:
        parser.parse(body, DISTRICT)
    assert apart.value.note == here.value.note
    assert "Canary" not in apart.value.note
    assert parser.parse(MIXED, DISTRICT).upserts  # the same worker goes on with the next page


def test_a_worker_that_dies_is_not_restarted_within_the_sync(parser: PageParser) -> None:
    parser.parse(MIXED, DISTRICT)
    proc = parser._proc
    assert proc is not None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with pytest.raises(ParserGone):
        parser.parse(MIXED, DISTRICT)
    with pytest.raises(ParserGone):  # at once, without starting another process for every page
        parser.parse(MIXED, DISTRICT)
    assert parser._proc is None


def test_close_ends_the_worker_process(parser: PageParser) -> None:
    parser.parse(MIXED, DISTRICT)
    proc = parser._proc
    assert proc is not None
    pid = proc.pid
    parser.close()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    parser.close()  # twice is harmless


def test_without_an_interpreter_to_start_the_worker_it_is_reported_gone(
    parser: PageParser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.executable", "")
    with pytest.raises(ParserGone):
        parser.parse(MIXED, DISTRICT)
    monkeypatch.setattr("sys.executable", "/nonexistent/python")
    fresh = PageParser()
    with pytest.raises(ParserGone):  # a start that fails is the same
        fresh.parse(MIXED, DISTRICT)
    fresh.close()


def test_a_page_handed_over_and_abandoned_does_not_answer_for_the_next(parser: PageParser) -> None:
    # A resync abandons the page the parser was working on; the next page's answers must be its own.
    other = _body([feed_upsert("9", 9)], next_cursor="c10", has_more=False)
    parser.send(MIXED, DISTRICT)
    parser.send(other, DISTRICT)
    assert parser.cursor() == ("c10", False)
    assert parser.finish() == parse_complaint_page(other, DISTRICT)


def test_closing_with_a_page_in_flight_does_not_wait_for_its_answer(parser: PageParser) -> None:
    big = _body([feed_upsert(str(i), i) for i in range(1, 3000)])  # an answer larger than a pipe's buffer
    parser.parse(MIXED, DISTRICT)
    parser.send(big, DISTRICT)
    proc = parser._proc
    assert proc is not None
    timed_out = []
    wait = proc.wait

    def watched_wait(timeout: float | None = None) -> int:
        try:
            return wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out.append(timeout)
            raise

    proc.wait = watched_wait  # type: ignore[method-assign]
    parser.close()
    # Ended at once, not left blocked writing an answer nobody reads until close gave up waiting on it.
    assert proc.returncode is not None and timed_out == []


def test_a_parsed_page_crosses_the_pipe_intact() -> None:
    page = parse_complaint_page(MIXED, DISTRICT)
    assert page.upserts and page.removals and page.refused  # every part of a page is carried
    pipe = io.BytesIO()
    write_frame(pipe, ("page", page.to_plain()))
    pipe.seek(0)
    kind, plain = read_frame(pipe)
    assert kind == "page" and ParsedPage.from_plain(plain) == page


def test_the_worker_starts_isolated_from_the_environment_and_the_working_folder(
    parser: PageParser, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """A planted `sitecustomize` or a shadow `council_desk` on PYTHONPATH or in the working folder is not run by
    the page worker (it starts with `python -I`): it would see every page of personal data."""
    marker = tmp_path / "ran"
    evil = tmp_path / "evil"
    (evil / "council_desk" / "sync").mkdir(parents=True)
    plant = f"open({str(marker)!r}, 'w').write('x')\n"
    (evil / "sitecustomize.py").write_text(plant)
    (evil / "council_desk" / "__init__.py").write_text(plant)
    (evil / "council_desk" / "sync" / "__init__.py").write_text(plant)
    (evil / "council_desk" / "sync" / "pageworker.py").write_text(plant)
    monkeypatch.setenv("PYTHONPATH", str(evil))
    monkeypatch.chdir(evil)
    page = parser.parse(MIXED, DISTRICT)
    assert [u.service_request_id for u in page.upserts] == ["1", "6"]
    assert not marker.exists()


def test_a_frozen_app_starts_the_worker_through_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a frozen build `sys.executable` is the app itself: it is started with the hidden sub-command."""
    from council_desk.sync import pages

    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", "/opt/council-desk/council-desk")
    assert pages.worker_command() == ["/opt/council-desk/council-desk", pages.WORKER_SUBCOMMAND]
    monkeypatch.delattr("sys.frozen")
    assert pages.worker_command()[1:] == ["-I", "-m", "council_desk.sync.pageworker"]


def test_the_hidden_sub_command_runs_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    from council_desk import cli
    from council_desk.sync import pages

    called: list[bool] = []
    monkeypatch.setattr("council_desk.sync.pageworker.main", lambda: called.append(True) or 0)
    assert cli.main([pages.WORKER_SUBCOMMAND]) == 0
    assert called == [True]
