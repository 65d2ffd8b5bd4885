"""`register` on hostile JSON: every input is either registered (exit 0) or refused with a
Vietnamese message (exit 2); never a traceback, and a refused one stores nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desk_app import cli
from desk_app.core.limits import FEE_CEILING
from tests.conftest import COMMANDER_PIN

GOOD = {"full_name": "Trần Thị Lan", "id_number": "001185012345", "birth_date": "12/03/1985", "sex": "Nữ",
        "address": "Thôn Đông", "procedure": "1.004194"}
SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")


def dossiers(folder) -> int:
    conn = sqlite3.connect(folder / "desk.sqlite3")
    try:
        return conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]
    finally:
        conn.close()


def _with(**changes) -> str:
    return json.dumps({**GOOD, **changes}, ensure_ascii=False)


HOSTILE = {
    "arrays nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
    "objects nested 100,000 deep": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "documents nested 5,000 deep": _with()[:-1] + ', "documents": ' + "[" * 5_000 + "]" * 5_000 + "}",
    "a fee too large for SQLite": _with()[:-1] + ', "fee": 100000000000000000000000}',
    "an integer of 5,000 digits": _with()[:-1] + ', "fee": ' + "9" * 5_000 + "}",
    "a fee above the ceiling": _with(fee=FEE_CEILING + 1),
    "a fee that is true": _with(fee=True),
    "received in year 9999": _with(received_at="9999-12-31 23:00"),
    "received in year 1": _with(received_at="0001-01-01 08:00"),
    "received before 1990": _with(received_at="1989-12-31 08:00"),
    "received after next year": _with(received_at="2099-01-05 08:00"),
    "received on 31/02": _with(received_at="2026-02-31 09:00"),
    "born on 31/02": _with(birth_date="31/02/1985"),
    "born before 1900": _with(birth_date="01/01/1850", id_number=None),
    "a 10,000-character address": _with(address="Thôn Đông " * 1_000),
    "a 10,000-character note": _with(note="x" * 10_000),
    "a 500-character name": _with(full_name="Lan " * 125),
    "20,000 documents": _with(documents=["Tờ khai CT01"] * 20_000),
    "a 1,000-character document name": _with(documents=["T" * 1_000]),
    "an ID number given as a number": _with(id_number=1185012345),
    "a note that is an object": _with(note={"a": 1}),
    "a document received as text": _with(documents=[{"name": "Tờ khai", "received": "no"}]),
    "two megabytes of spaces": " " * 2_000_000 + _with(),
    "not UTF-8": "latin-1 bytes",  # written as bytes below
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_json_is_refused_with_a_message(name, cli, cli_here, isolated_data_dir, tmp_path):
    assert cli_here(*SETUP).returncode == 0
    source = tmp_path / "dossier.json"
    if name == "not UTF-8":
        source.write_bytes(_with().encode("utf-8").replace("Trần".encode(), b"Tr\xe0n"))  # a latin-1 byte
    else:
        source.write_text(HOSTILE[name], encoding="utf-8")
    result = cli("register", "--file", str(source))
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith("Lỗi: ") and "Traceback" not in result.stderr
    assert len(result.stderr) < 1_000  # the message, not the input echoed back
    assert dossiers(isolated_data_dir) == 0
    assert cli_here("register", input=_with()).returncode == 0  # the desk still works


# -- property: anything JSON can say ----------------------------------------------------

KEYS = ["full_name", "id_number", "birth_date", "sex", "address", "phone", "email", "procedure", "documents",
        "received_at", "channel", "fee", "note", "cccd_qr", "old_id_number", "id_issued_on"]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
    st.floats(allow_nan=False), st.text(max_size=30),
    st.sampled_from(["1.004194", "001185012345", "０１１８５０１２３４５", "12/03/1985", "31/02/2026", "Nữ", "Nam",
                     "2026-11-23 09:00", "1989-01-01 08:00", "online", "photocopy", "0987654321"]),
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
    st.sampled_from(["name", "kind", "received", "note", "x"]), inner, max_size=4), max_leaves=12)
documents = st.lists(st.one_of(st.text(max_size=20), st.fixed_dictionaries(
    {"name": st.text(max_size=20)}, optional={"kind": values, "received": values, "note": values})), max_size=5)
bodies = st.one_of(
    st.dictionaries(st.sampled_from(KEYS), values, max_size=8),
    st.fixed_dictionaries({"full_name": st.sampled_from(["Trần Thị Lan", "Lê Văn Tám"]),
                           "procedure": st.sampled_from(["1.004194", "1.004222"])},
                          optional={k: values for k in KEYS if k not in ("full_name", "procedure")} | {"documents": documents}),
    st.builds(lambda key, value: {**GOOD, key: value}, st.sampled_from(KEYS), values),  # one field hostile
    values,
)

_counts = {"tried": 0, "registered": 0, "refused": 0}


@pytest.fixture(scope="module")
def desk_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    assert cli.main(["--data-dir", str(folder), *SETUP, "--commander-pin", COMMANDER_PIN]) == 0
    yield folder
    print(f"\nregister JSON (hypothesis): tried {_counts['tried']}, registered {_counts['registered']}, "
          f"refused {_counts['refused']}, crashed 0")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies)
def test_register_json_is_registered_or_refused_never_a_crash(body, desk_folder, tmp_path, capsys):
    source = tmp_path / "dossier.json"
    source.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    before = dossiers(desk_folder)
    code = cli.main(["--data-dir", str(desk_folder), "register", "--file", str(source)])  # an exception fails
    err = capsys.readouterr().err
    _counts["tried"] += 1
    if code == 0:
        _counts["registered"] += 1
        assert dossiers(desk_folder) == before + 1
    else:
        _counts["refused"] += 1
        assert code == 2 and err.startswith("Lỗi: "), err
        assert dossiers(desk_folder) == before


def test_one_person_in_three_digit_forms_is_one_citizen(cli_here, isolated_data_dir):
    """Through `register` the same person became three citizens (ASCII, full-width, Arabic-Indic)."""
    assert cli_here(*SETUP).returncode == 0
    for number in ("001185012345", "００１１８５０１２３４５", "٠٠١١٨٥٠١٢٣٤٥"):
        result = cli_here("register", input=_with(id_number=number, phone="０９８７６５４３２１"))
        assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(isolated_data_dir / "desk.sqlite3")
    try:
        assert conn.execute("SELECT id_number, phone FROM citizens").fetchall() == [("001185012345", "0987654321")]
        assert conn.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0] == 3
    finally:
        conn.close()
    found = cli_here("find", "００１１８５０１２３４５")
    assert found.returncode == 0 and found.stdout.count("Trần Thị Lan") == 3
