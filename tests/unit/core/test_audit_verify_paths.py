"""verify's ways to the same answer: the hashes keep the format older logs were written in,
and sharing the work with a second process changes nothing on a tampered desk."""

from __future__ import annotations

import sqlite3

from desk_app.core import audit, audit_verify
from desk_app.core.audit import values_hash
from desk_app.core.registration import dossier_input_from_dict

FIRST = {"full_name": "Đỗ Thị Lan", "id_number": "001190000011", "birth_date": "1990-02-02", "sex": "Nữ",
         "address": "Thôn Đông", "phone": "0901234567", "procedure": "1.004194"}
SECOND = {"full_name": "Phạm Văn Tú", "id_number": "001090000124", "birth_date": "1990-03-03", "sex": "Nam",
          "procedure": "1.004194"}


def test_the_hash_formats_are_those_older_logs_were_written_in():
    # Digests taken from the program before verify was made faster: a log written then
    # must verify now, so neither format may move by a byte.
    record = ("a1", "Nguyễn Thị Ánh", 12, 1.5, None, "O'Brien", "x\\y\n", "", None)
    assert values_hash(record) == "71003651b311fac814e4239fb6ae06bb05814e997b62ee159f9e8d940fcfbc5f"
    write = (1, "2026-11-23 09:00:00", None, "insert", "dossiers", "r-1", None, "", "ab" * 32)
    assert audit.entry_hash(audit.GENESIS, write) == "6005dfb31a556e41339a8c162e4f29018bba298989673935ac19512b3aae4839"
    look = (2, "2026-11-23 09:00:00", "o-1", "view", None, None, "d-1", "xem", "")
    assert audit.entry_hash("cd" * 32, look) == "fc68b505ec90593b852df0e044cc657c3ecef20e95d3521892fa1dd17edd50fa"


def test_each_write_hashes_the_record_as_a_read_of_the_file_gives_it(desk, commander):
    """The log reads the records a transaction wrote back once per table (or, for a baseline,
    takes them as read); the format of older logs is each record read with SELECT * by id:
    both must be the same bytes, for every table written."""
    code = _two_dossiers(desk, commander)
    desk.dossiers.amend(code, commander["id"], "Sửa địa chỉ", {"address": "Thôn Bắc"})
    conn = sqlite3.connect(desk.store.db.path)
    checked = set()
    last = conn.execute("SELECT table_name, record_id, content_hash FROM audit_log WHERE table_name IS NOT NULL "
                        "AND seq IN (SELECT max(seq) FROM audit_log GROUP BY table_name, record_id)").fetchall()
    for table, record_id, digest in last:
        values = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,)).fetchone()
        assert values is not None and values_hash(values) == digest, (table, record_id)
        checked.add(table)
    conn.close()
    assert {"citizens", "dossiers", "dossier_documents", "dossier_events", "visits", "officers", "unit"} <= checked


def test_a_second_process_gives_the_same_verification_on_a_tampered_desk(desk, commander):
    _two_dossiers(desk, commander)
    _tamper(desk.store.db.path)
    alone = audit_verify.verify(desk.store, parallel_from=10**9).as_dict()
    shared = audit_verify.verify(desk.store, parallel_from=1).as_dict()
    assert shared == alone
    assert not alone["ok"] and alone["first_broken"] == 5 and len(alone["findings"]) >= 5
    assert "CAXTT-261123-0001" in alone["dossier_codes"]


def test_a_second_process_on_a_whole_desk_says_it_is_whole(desk, commander):
    _two_dossiers(desk, commander)
    result = audit_verify.verify(desk.store, parallel_from=1)
    assert result.ok and result.entries == result.head_seq > 10
    assert (result.head_seq, result.head_hash) == desk.audit.head()


def _two_dossiers(desk, commander) -> str:
    code = desk.dossiers.register(dossier_input_from_dict(FIRST), commander["id"]).code
    desk.dossiers.register(dossier_input_from_dict(SECOND), commander["id"])
    return code


def _tamper(path) -> None:
    """What someone with the sqlite3 tool could do: each kind of change outside the program."""
    conn = sqlite3.connect(path)
    with conn:
        first = conn.execute("SELECT id FROM dossiers WHERE code = 'CAXTT-261123-0001'").fetchone()[0]
        second = conn.execute("SELECT id, citizen_id FROM dossiers WHERE code = 'CAXTT-261123-0002'").fetchone()
        conn.execute("UPDATE dossiers SET fee = 0 WHERE id = ?", (first,))
        conn.execute("DELETE FROM dossier_events WHERE dossier_id = ?", (first,))
        conn.execute("DELETE FROM visits WHERE dossier_id = ?", (second[0],))
        conn.execute("UPDATE citizens SET phone = '0000000000' WHERE id = ?", (second[1],))
        conn.execute("INSERT INTO dossier_documents (id, dossier_id, position, name, kind, updated_at) "
                     "VALUES ('x-1', ?, 9, 'Giấy tờ thêm', 'original', '2026-11-23 12:00:00')", (second[0],))
        conn.execute("UPDATE audit_log SET detail = 'đã sửa' WHERE seq = 5")
    conn.close()
