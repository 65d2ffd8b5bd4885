"""A full disk undoes the whole write and says so in Vietnamese; nothing half-written stays."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from desk_app.core.registration import CitizenInput, DossierInput
from desk_app.db.store import StorageError, storage_error


def fill_the_disk(desk) -> None:
    """SQLite's own limit on the file's size: the next page it needs fails with SQLITE_FULL."""
    pages = desk.store.scalar("PRAGMA page_count")
    desk.store.db.execute(f"PRAGMA max_page_count = {pages}")


def dossier(name: str, id_number: str) -> DossierInput:
    return DossierInput(CitizenInput(full_name=name, id_number=id_number, address="Thôn Đông " * 300),
                        "1.004194", received_at=datetime(2026, 11, 23, 9, 0), note="Ghi chú " * 2000)


def test_a_full_disk_undoes_the_whole_registration_and_says_so(desk, commander):
    before = {t: desk.store.scalar(f"SELECT COUNT(*) FROM {t}") for t in ("dossiers", "citizens", "changes")}
    fill_the_disk(desk)
    with pytest.raises(StorageError, match="Ổ đĩa đã đầy") as caught:
        for i in range(50):  # free pages in the file may take a few dossiers first
            desk.dossiers.register(dossier(f"Lê Văn Nam {i}", f"0011900000{i:02d}"), commander["id"])
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    after = {t: desk.store.scalar(f"SELECT COUNT(*) FROM {t}") for t in before}
    saved = after["dossiers"] - before["dossiers"]
    # Every dossier is whole or absent: one citizen and its change records per saved dossier.
    assert after["citizens"] - before["citizens"] == saved
    assert not desk.store.db.conn.in_transaction
    desk.store.db.execute("PRAGMA max_page_count = 1073741823")
    code = desk.dossiers.register(dossier("Lê Văn Nam", "001190000099"), commander["id"]).code
    assert desk.dossiers.get(code)["full_name"] == "Lê Văn Nam"


def test_only_machine_errors_are_translated():
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    syntax = sqlite3.OperationalError("near 'SELEC': syntax error")
    syntax.sqlite_errorcode = 1
    assert "đầy" in str(storage_error(full)) and "bận" in str(storage_error(busy))
    assert storage_error(syntax) is None and storage_error(sqlite3.IntegrityError("UNIQUE")) is None
