"""Each dossier keeps its applicant as received; a known ID number under another identity is
asked about, never silently taken."""

import json
import sqlite3

from desk_app.app import Desk

from tests.e2e.test_cli_core import setup

FIRST = {"full_name": "Nguyễn Văn Đức", "id_number": "001090000123", "birth_date": "1990-01-01",
         "sex": "Nam", "address": "Thôn Tây", "phone": "0901234567", "procedure": "1.004194",
         "received_at": "2026-11-23 09:00"}


def _register(cli_here, data, *extra):
    return cli_here("--json", "register", *extra, input=json.dumps(data, ensure_ascii=False))


def test_same_id_with_another_name_exits_2_naming_the_known_person(cli_here):
    setup(cli_here)
    assert _register(cli_here, FIRST).returncode == 0
    other = dict(FIRST, full_name="Lê Văn Hòa", birth_date="1990-05-05", received_at="2026-11-23 10:00")
    refused = _register(cli_here, other)
    assert refused.returncode == 2
    assert "Nguyễn Văn Đức" in refused.stderr and "001090000123" in refused.stderr
    assert json.loads(cli_here("--json", "find", "001090000123").stdout)[0]["full_name"] == "Nguyễn Văn Đức"
    assert len(json.loads(cli_here("--json", "find", "001090000123").stdout)) == 1  # nothing written

    accepted = _register(cli_here, other, "--update-citizen")
    assert accepted.returncode == 0, accepted.stderr
    first = json.loads(cli_here("--json", "show", "CAXTT-261123-0001").stdout)
    second = json.loads(cli_here("--json", "show", "CAXTT-261123-0002").stdout)
    assert (first["full_name"], first["birth_date"]) == ("Nguyễn Văn Đức", "1990-01-01")  # the first slip's person
    assert (second["full_name"], second["birth_date"]) == ("Lê Văn Hòa", "1990-05-05")


def test_new_address_updates_the_citizen_and_older_dossiers_keep_theirs(cli_here, isolated_data_dir):
    setup(cli_here)
    assert _register(cli_here, FIRST).returncode == 0
    moved = dict(FIRST, address="Số 5 ngõ 3, thôn Bắc", phone="0912000111", received_at="2026-11-23 10:00")
    assert _register(cli_here, moved).returncode == 0  # no question: addresses change legitimately
    first = json.loads(cli_here("--json", "show", "CAXTT-261123-0001").stdout)
    second = json.loads(cli_here("--json", "show", "CAXTT-261123-0002").stdout)
    assert (first["address"], first["phone"]) == ("Thôn Tây", "0901234567")
    assert (second["address"], second["phone"]) == ("Số 5 ngõ 3, thôn Bắc", "0912000111")
    with sqlite3.connect(isolated_data_dir / "desk.sqlite3") as conn:
        assert conn.execute("SELECT address FROM citizens").fetchall() == [("Số 5 ngõ 3, thôn Bắc",)]


def test_an_old_database_gets_its_snapshot_from_todays_citizen_rows(desk, commander):
    from desk_app.core.registration import dossier_input_from_dict

    code = desk.dossiers.register(dossier_input_from_dict(FIRST), commander["id"]).code
    path = desk.data_dir / "desk.sqlite3"
    desk.close()
    # The file as the previous version left it: no snapshot columns, the step not applied.
    with sqlite3.connect(path) as conn:
        for column in ("full_name", "id_number", "old_id_number", "birth_date", "sex", "address", "phone"):
            conn.execute(f"ALTER TABLE dossiers DROP COLUMN applicant_{column}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_applicant_snapshot'")
    conn.close()
    reopened = Desk.open(desk.data_dir, clock=desk.store.clock)
    try:
        shown = reopened.dossiers.get(code)
        assert (shown["full_name"], shown["id_number"], shown["address"]) == (
            "Nguyễn Văn Đức", "001090000123", "Thôn Tây")
        again = dict(FIRST, address="Thôn Nam", received_at="2026-11-23 11:00")
        reopened.dossiers.register(dossier_input_from_dict(again), commander["id"])
        assert reopened.dossiers.get(code)["address"] == "Thôn Tây"
    finally:
        reopened.close()
    desk.store = reopened.store  # the fixture closes it again harmlessly
