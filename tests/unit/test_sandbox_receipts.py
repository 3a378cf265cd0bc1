"""Withdrawal receipt codes (sandbox/receipts.py): keyed, 75 bits, typeable, compared whole."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from council_desk.sandbox.receipts import ALPHABET, CODE_CHARS, matches, normalize, receipt_code
from council_desk.sandbox.store import Store

KEY = bytes(range(32))


def test_a_code_is_15_crockford_characters_in_three_groups_of_at_least_64_bits() -> None:
    code = receipt_code(KEY, "800000001")
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}", code), code
    assert CODE_CHARS * 5 >= 64 and len(ALPHABET) == 32 and not set("ILOU") & set(ALPHABET)


def test_the_code_depends_on_the_key_and_the_number() -> None:
    codes = {receipt_code(KEY, str(800_000_000 + i)) for i in range(2000)}
    assert len(codes) == 2000
    assert receipt_code(KEY, "800000001") == receipt_code(KEY, "800000001")
    assert receipt_code(bytes(32), "800000001") != receipt_code(KEY, "800000001")


def test_what_a_person_types_is_read_as_crockford_says() -> None:
    code = receipt_code(KEY, "800000001")
    typed = code.lower().replace("-", "  ").replace("0", "o").replace("1", "i")
    assert normalize(typed) == code.replace("-", "")
    assert matches(KEY, "800000001", typed)
    assert matches(KEY, "800000001", f" {code} ")


@pytest.mark.parametrize("typed", ["", "WRONG", "ü" * 15, "0" * 15, "\x00" * 15])
def test_anything_else_does_not_match_and_does_not_crash(typed: str) -> None:
    assert not matches(KEY, "800000001", typed)


def test_one_character_off_does_not_match() -> None:
    code = receipt_code(KEY, "800000001").replace("-", "")
    for i in range(len(code)):
        other = ALPHABET[(ALPHABET.index(code[i]) + 1) % 32]
        assert not matches(KEY, "800000001", code[:i] + other + code[i + 1 :])
    assert not matches(KEY, "800000002", code)


def test_the_store_keeps_a_key_and_a_data_folder_with_seed_codes_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.sqlite3"
    store = Store(path)
    key = store.secret("receipt_key")
    assert len(key) == 32 and store.secret("receipt_key") == key
    store.close()
    assert Store(path).secret("receipt_key") == key  # kept with the data, across restarts
    # A folder made before receipts were keyed: its complaints table carried seed-derived codes.
    with closing(sqlite3.connect(path)) as db:
        db.execute("DROP TABLE complaints")
        db.execute("CREATE TABLE complaints(id TEXT PRIMARY KEY, receipt_code TEXT NOT NULL)")
        db.execute("INSERT OR REPLACE INTO meta VALUES('settings_key', 'old')")
        db.commit()
    store = Store(path)
    columns = {r[1] for r in store.q("PRAGMA table_info(complaints)")}
    assert "receipt_code" not in columns and store.meta("settings_key") is None  # so the data is made again
    store.close()
