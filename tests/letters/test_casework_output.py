"""Issue 14's printed output read back from real PDFs: the caseworker's personal paragraph (taken as text, never
markup or a merge field) and the office's worklist (every case of the view, no contact detail)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pypdf
import pytest

from council_desk.letters import render_letters
from council_desk.letters.personal import MAX_CHARS, ParagraphTooLong, clean, followup_text, paragraphs
from council_desk.letters.worklist import (
    AUDIT_FIELDS,
    CSV_COLUMNS,
    render_worklist,
    worklist_csv,
    worklist_events,
    worklist_rows,
)
from tests.letters.samples import make_case, sender_kwargs
from tests.letters.support import normalise, pdf_text
from tests.support.records import followup_in, me, sid, upsert
from tests.support.stores import fill, new_store

NOTE = "Thank you for calling on Tuesday. I spoke with HPD's inspector myself; <b>{member}</b> & I will follow up."


def test_the_personal_paragraph_prints_as_typed_between_body_and_closing() -> None:
    case = make_case(31, "en", "Ana", "Díaz", "1 Main St\nNew York, NY 10031")
    kw = sender_kwargs()
    with_note = normalise(pdf_text(render_letters([case], "status_update", personal=NOTE, **kw)), False)  # type: ignore[arg-type]
    plain = normalise(pdf_text(render_letters([case], "status_update", **kw)), False)  # type: ignore[arg-type]
    note = normalise(NOTE, False)
    assert note in with_note and note not in plain  # "{member}" and "<b>" as typed
    # The letter around it is the same letter: the note sits after the body and before the closing.
    before, after = with_note.split(note)
    assert plain == before + after and normalise("Sincerely", False) in after


def test_a_note_in_another_direction_than_the_letter() -> None:
    case = make_case(32, "ar", "ليلى", "حسن", "1 Main St\nNew York, NY 10031")
    pdf = render_letters([case], "status_update", personal="Called back on 3/9.", **sender_kwargs())  # type: ignore[arg-type]
    assert "Calledbackon3/9" in normalise(pdf_text(pdf), False).replace(".", "")


def test_the_paragraph_is_cleaned_and_bounded() -> None:
    assert clean("a\u202eb\x00c\u2066d\r\n\r\n\r\n\r\ne\tf  g") == "abcd\n\ne f g"
    assert paragraphs("one\n\ntwo\nthree") == ["one", "two", "three"]
    assert (
        followup_text("Letter printed: Status update (English).", "") == "Letter printed: Status update (English)."
    )
    assert followup_text("Letter printed.", " hi\x07 ") == "Letter printed.\nPersonal paragraph:\nhi"
    with pytest.raises(ParagraphTooLong):
        clean("x" * (MAX_CHARS + 1))


@pytest.fixture()
def store(tmp_path):
    s = new_store(tmp_path)
    s.save_me(me())
    fill(s, 60)
    s.apply_complaint_page([upsert(100, address='=HYPERLINK("http://x")')], [], "c2", snapshot=False)
    s.assign(sid(3), "caseworker1")
    s.add_followup(followup_in(3, due=dt.date.today() - dt.timedelta(days=2)))
    yield s
    s.close()


def _rows(store, today):
    from council_desk.cache.queries import CaseQuery

    ids = store.list_ids(CaseQuery())
    found = store.rows(ids)
    return worklist_rows([found[i] for i in ids], today, {"caseworker1": "Case Worker"})


def test_the_worklist_csv_has_every_case_and_no_contact_detail(store) -> None:
    today = dt.date.today()
    data = worklist_csv(_rows(store, today))
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(table[0]) == CSV_COLUMNS and len(table) == 62
    mine = next(r for r in table if r[0] == sid(3))
    assert mine[8:] == ["caseworker1", "Case Worker", (today - dt.timedelta(days=2)).isoformat()]
    assert next(r for r in table if r[0] == sid(100))[4].startswith("'=")  # never a formula in a spreadsheet
    text = data.decode("utf-8-sig")
    for i in range(60):  # the fixtures' contact details: names, phones, e-mails, mailing addresses
        for value in (f"Person{i},", f"212-555-01{i % 100:02d}", f"p{i}@example.org", f"{i} Example Ave"):
            assert value not in text


def test_the_worklist_pdf_pages_every_case_with_no_contact_detail(store) -> None:
    today = dt.date.today()
    rows = _rows(store, today)
    pdf = render_worklist(
        rows, title="Worklist: All cases", office="Office", today=today, generated=dt.datetime(2026, 3, 10, 9, 30)
    )
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    text = pdf_text(pdf)
    assert f"Page 1 of {len(reader.pages)}" in text and "Worklist: All cases" in text
    for r in rows:
        assert r.service_request_id in text
    assert "overdue" in text and "Case Worker" in text
    for i in range(60):
        assert f"p{i}@example.org" not in text and f"212-555-01{i % 100:02d}" not in text
    assert (
        pdf_text(
            render_worklist(
                [], title="Worklist: Mine", office="Office", today=today, generated=dt.datetime(2026, 3, 10)
            )
        ).count("No cases in this view.")
        == 1
    )


def test_a_worklist_of_more_cases_than_an_audit_event_holds_is_audited_in_slices() -> None:
    ids = [str(60_000_000 + i) for i in range(25_001)]
    events = worklist_events(ids, action="export", actor="cw01", roles=["member"], reason="worklist all pdf")
    chunks = [e["service_request_ids"] for e in events]
    assert [len(c) for c in chunks] == [10_000, 10_000, 5_001] and [i for c in chunks for i in c] == ids
    assert [e["count"] for e in events] == [10_000, 10_000, 5_001]
    # The disclosure vocabulary's "worklist" output: internal, routine, no contact field.
    assert {(e["output"], e["recipient"], e["disclosure_class"]) for e in events} == {
        ("worklist", "council_office", "routine")
    }
    assert all(e["fields"] == list(AUDIT_FIELDS) for e in events)
    assert not {"first_name", "last_name", "phone", "email", "mailing_address"} & set(AUDIT_FIELDS)
    assert worklist_events([], action="export", actor="cw01", roles=["caseworker"], reason="x") == []
