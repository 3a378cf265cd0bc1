"""Audit before release, atomic output, Avery 5160 geometry, and the headless CLI's plain failures."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import inch

from council_desk.domain.errors import NotSaved
from council_desk.letters import atomic_file_writer, release, render_labels, render_letters
from council_desk.letters.render import LABEL_H, LABEL_W, label_origin
from tests.letters.samples import CASEWORKER, DISTRICT, MEMBER, OFFICE, make_case, sample_cases, sender_kwargs

ROOT = Path(__file__).resolve().parent.parent.parent


class AuditWriteFailed(Exception):
    pass


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_letters(sample_cases()[:2], "acknowledgement", **sender_kwargs())  # type: ignore[arg-type]


def test_audit_comes_before_the_write(pdf: bytes, tmp_path: Path) -> None:
    calls: list[str] = []
    out = tmp_path / "letters.pdf"
    writer = atomic_file_writer(out)

    def write(data: bytes) -> None:
        calls.append("write")
        writer(data)

    release(pdf, write, lambda: calls.append("audit"))
    assert calls == ["audit", "write"]
    assert out.read_bytes() == pdf


def test_nothing_is_written_when_the_audit_fails(pdf: bytes, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    writes: list[bytes] = []

    def audit() -> None:
        raise AuditWriteFailed("disk full")

    with pytest.raises(AuditWriteFailed):
        release(pdf, lambda data: (writes.append(data), atomic_file_writer(out)(data))[1], audit)
    assert writes == []
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file(pdf: bytes, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "letters.pdf"  # the folder does not exist: the write must fail cleanly
    with pytest.raises(NotSaved):
        release(pdf, atomic_file_writer(out), lambda: None)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_replace_keeps_the_old_file(pdf: bytes, tmp_path: Path) -> None:
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF-old")
    os.chmod(tmp_path, 0o500)
    try:
        if os.access(tmp_path, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(NotSaved):
            atomic_file_writer(existing)(pdf)
        assert existing.read_bytes() == b"%PDF-old"
    finally:
        os.chmod(tmp_path, 0o700)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".council-desk-")] == []


def test_avery_5160_geometry() -> None:
    assert (2.625 * inch, 1.0 * inch) == (LABEL_W, LABEL_H)
    assert label_origin(0, 0) == (0.1875 * inch, 10.5 * inch)  # 3/16 in side margin, 1/2 in top margin
    x2, _ = label_origin(2, 0)
    assert x2 + LABEL_W == pytest.approx(8.5 * inch - 0.1875 * inch)  # symmetric: the sheet is 8.5 in wide
    _, top9 = label_origin(0, 9)
    assert top9 - LABEL_H == pytest.approx(0.5 * inch)  # bottom margin 1/2 in


def test_labels_fill_sheets_of_30_and_print_names_inside_their_label() -> None:
    cases = [make_case(i, "en", f"Name{i:02d}", "Test", f"{i} Main St\nNew York, NY 10031") for i in range(31)]
    reader = pypdf.PdfReader(io.BytesIO(render_labels(cases)))
    assert len(reader.pages) == 2
    positions: dict[str, tuple[float, float]] = {}

    def visitor(text: str, cm: object, tm: list[float], font: object, size: object) -> None:
        if text.startswith("Name"):
            positions[text[:6]] = (tm[4], tm[5])

    reader.pages[0].extract_text(visitor_text=visitor)
    assert len(positions) == 30
    for i in range(30):
        row, col = divmod(i, 3)
        left, top = label_origin(col, row)
        x, y = positions[f"Name{i:02d}"]
        assert left < x < left + LABEL_W and top - LABEL_H < y < top, i
    skipped = pypdf.PdfReader(io.BytesIO(render_labels(cases[:1], start=5)))
    got: dict[str, tuple[float, float]] = {}
    skipped.pages[0].extract_text(
        visitor_text=lambda t, cm, tm, f, s: got.update({t[:6]: (tm[4], tm[5])}) if t.startswith("Name") else None
    )
    left, top = label_origin(2, 1)  # the 6th label
    assert left < got["Name00"][0] < left + LABEL_W and top - LABEL_H < got["Name00"][1] < top


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "council_desk.cli", "letters", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def _case_json(case: object) -> dict[str, object]:
    return {k: getattr(case, k).model_dump(mode="json") for k in ("complaint", "contact", "consent")}


def test_cli_renders_batches_and_labels(tmp_path: Path) -> None:
    cases = sample_cases()
    sender = {"office": OFFICE.model_dump(), "member": MEMBER, "district": DISTRICT, "caseworker": CASEWORKER}
    batch = tmp_path / "cases.json"
    batch.write_text(json.dumps({"sender": sender, "cases": [_case_json(c) for c in cases]}), encoding="utf-8")
    one = tmp_path / "case.json"
    one.write_text(json.dumps(_case_json(cases[8])), encoding="utf-8")
    snd = tmp_path / "sender.json"
    snd.write_text(json.dumps(sender), encoding="utf-8")
    r = _cli("batch", "--cases-json", str(batch), "--template", "closing", "-o", str(tmp_path / "b.pdf"))
    assert r.returncode == 0, r.stderr
    assert len(pypdf.PdfReader(tmp_path / "b.pdf").pages) == len(cases)
    r = _cli(
        "render",
        "--case-json",
        str(one),
        "--sender-json",
        str(snd),
        "--template",
        "status_update",
        "--lang",
        "fr",
        "-o",
        str(tmp_path / "r.pdf"),
    )
    assert r.returncode == 0, r.stderr
    assert (
        "Point sur votre plainte"
        in subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    )
    r = _cli("labels", "--cases-json", str(batch), "-o", str(tmp_path / "l.pdf"))
    assert r.returncode == 0 and (tmp_path / "l.pdf").read_bytes().startswith(b"%PDF-")


def test_cli_known_failures_are_one_plain_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"complaint": {"service_request_id": "x"}, "contact": {"first_name": "Zed"}, "consent": {}}),
        encoding="utf-8",
    )
    for args in (
        ("render", "--case-json", str(tmp_path / "missing.json"), "--template", "closing"),
        ("render", "--case-json", str(bad), "--template", "closing"),
        ("labels", "--cases-json", str(bad)),
        ("render", "--case", "123", "--template", "closing"),
    ):
        r = _cli(*args, "-o", str(tmp_path / "x.pdf"))
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr and "Zed" not in r.stderr
        assert not (tmp_path / "x.pdf").exists()
