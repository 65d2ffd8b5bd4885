"""The audit log from the command line: verify catches an edited, a deleted and an inserted row
(named by dossier code) and an entry changed; list filters by officer, day and code."""

import json
import sqlite3

from tests.e2e.test_applicant_snapshot import FIRST, _register
from tests.e2e.test_cli_core import setup

CODE = "CAXTT-261123-0001"


def _two_dossiers(cli_here):
    setup(cli_here)
    assert _register(cli_here, FIRST).returncode == 0
    second = dict(FIRST, id_number="001090000124", full_name="Phạm Văn Tú", received_at="2026-11-23 10:00")
    assert _register(cli_here, second).returncode == 0


def _sql(data_dir, statement, params=()):
    conn = sqlite3.connect(data_dir / "desk.sqlite3")
    with conn:
        conn.execute(statement, params)
    conn.close()


def test_a_clean_desk_verifies(cli_here):
    _two_dossiers(cli_here)
    assert cli_here("show", CODE).returncode == 0
    result = cli_here("--json", "audit", "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["entries"] > 10


def test_an_edited_fee_is_named_by_its_dossier(cli_here, isolated_data_dir):
    _two_dossiers(cli_here)
    _sql(isolated_data_dir, "UPDATE dossiers SET fee = 0 WHERE code = ?", (CODE,))
    result = cli_here("audit", "verify")
    assert result.returncode == 1
    assert CODE in result.stdout and "bị sửa ngoài chương trình" in result.stdout
    assert "CAXTT-261123-0002" not in result.stdout


def test_a_deleted_event_and_an_inserted_row_are_named(cli_here, isolated_data_dir):
    _two_dossiers(cli_here)
    _sql(isolated_data_dir, "DELETE FROM dossier_events WHERE dossier_id = (SELECT id FROM dossiers WHERE code = ?)",
         (CODE,))
    _sql(isolated_data_dir, "INSERT INTO dossier_documents (id, dossier_id, position, name, kind, updated_at) "
         "SELECT 'x-1', id, 9, 'Giấy tờ thêm', 'original', '2026-11-23 12:00:00' FROM dossiers WHERE code = ?",
         ("CAXTT-261123-0002",))
    report = json.loads(cli_here("--json", "audit", "verify").stdout)
    assert not report["ok"]
    kinds = {(f["kind"], f["table"], f["dossier_code"]) for f in report["findings"]}
    assert ("deleted", "dossier_events", CODE) in kinds
    assert ("inserted", "dossier_documents", "CAXTT-261123-0002") in kinds
    assert report["first_broken"] is None  # the log itself is whole; the records are not


def test_an_entry_changed_breaks_the_chain_at_that_entry(cli_here, isolated_data_dir):
    _two_dossiers(cli_here)
    _sql(isolated_data_dir, "UPDATE audit_log SET officer_id = NULL WHERE seq = 5")
    result = cli_here("audit", "verify")
    assert result.returncode == 1 and "mục số 5" in result.stdout


def test_a_chain_recomputed_from_scratch_passes_alone_but_not_against_the_held_head(cli_here, isolated_data_dir):
    _two_dossiers(cli_here)
    held = json.loads(cli_here("--json", "audit", "verify").stdout)["head"]
    _rewrite_history(isolated_data_dir)
    alone = cli_here("audit", "verify")
    assert alone.returncode == 0, alone.stdout  # the forger made it consistent
    against = cli_here("audit", "verify", "--head", f"{held['seq']}:{held['hash']}")
    assert against.returncode == 1 and "viết lại" in against.stdout


def _rewrite_history(data_dir):
    """What a forger with the program's source does: edit a fee, then recompute every hash."""
    from desk_app.core.audit import GENESIS, content_hash, entry_hash

    conn = sqlite3.connect(data_dir / "desk.sqlite3")
    conn.row_factory = sqlite3.Row
    with conn:
        conn.execute("UPDATE dossiers SET fee = 0 WHERE code = ?", (CODE,))
        dossier = dict(conn.execute("SELECT * FROM dossiers WHERE code = ?", (CODE,)).fetchone())
        last = conn.execute("SELECT MAX(seq) FROM audit_log WHERE table_name = 'dossiers' AND record_id = ?",
                            (dossier["id"],)).fetchone()[0]
        conn.execute("UPDATE audit_log SET content_hash = ? WHERE seq = ?", (content_hash(dossier), last))
        prev = GENESIS
        for row in conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall():
            entry = tuple(row)[:-1]
            prev = entry_hash(prev, entry)
            conn.execute("UPDATE audit_log SET entry_hash = ? WHERE seq = ?", (prev, row["seq"]))
    conn.close()


def test_list_filters_by_officer_day_and_code(cli_here):
    _two_dossiers(cli_here)
    assert cli_here("officer", "add", "Trần Văn Bình", "--pin", "8147").returncode == 0
    assert cli_here("--officer", "Trần Văn Bình", "show", CODE).returncode == 0
    by_code = json.loads(cli_here("--json", "audit", "list", "--code", CODE).stdout)
    assert by_code and {r["dossier_code"] for r in by_code} == {CODE}
    looks = json.loads(cli_here("--json", "audit", "list", "--officer", "Trần Văn Bình").stdout)
    assert [r["action"] for r in looks] == ["view"] and looks[0]["dossier_code"] == CODE
    text = cli_here("audit", "list", "--officer", "Trần Văn Bình").stdout
    assert "xem hồ sơ" in text and CODE in text
    assert json.loads(cli_here("--json", "audit", "list", "--from", "2030-01-01").stdout) == []
