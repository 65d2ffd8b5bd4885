"""The district holds each unit's audit head: a file whose log does not extend it (history
rewritten) or whose desk found records edited outside the program is imported, named with
the unit and dossier codes, and stays marked in the report."""

from __future__ import annotations

import json
import sqlite3

from tests.conftest import run_here
from tests.e2e.test_audit_cli import _rewrite_history
from tests.e2e.test_sync_cli import _ok


def linked_commune_and_district(tmp_path):
    """A commune desk and its district, each holding the other's key."""
    commune, upper = tmp_path / "commune", tmp_path / "district"
    key = _ok(run_here("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=upper)).splitlines()[0]
    _ok(run_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", "--district-key", key, data_dir=commune))
    unit_key = _ok(run_here("keys", data_dir=commune)).splitlines()[0]
    _ok(run_here("district", "add-unit", "--code", "CAXTT", "--name", "Công an xã Tân Tiến", "--key", unit_key,
                 data_dir=upper))
    return commune, upper


def _register(commune, name, number, received_at):
    payload = {"full_name": name, "id_number": number, "birth_date": "1990-01-01", "sex": "Nam",
               "procedure": "1.004194", "received_at": received_at}
    return json.loads(_ok(run_here("--json", "register", input=json.dumps(payload, ensure_ascii=False),
                                   data_dir=commune)))["code"]


def _export_import(commune, upper, out):
    exported = json.loads(_ok(run_here("--json", "export", "--out", str(out), data_dir=commune)))[0]
    return run_here("district", "import", exported["file"], data_dir=upper)


def test_a_clean_unit_imports_without_a_warning_and_its_head_is_held(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    first = _export_import(commune, upper, tmp_path / "usb1")
    assert first.returncode == 0 and "CẢNH BÁO" not in first.stdout
    _register(commune, "Phạm Văn Tú", "001090000124", "2026-11-23 10:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0 and "CẢNH BÁO" not in second.stdout
    assert "CẢNH BÁO" not in _ok(run_here("district", "report", data_dir=upper))


def test_a_rewritten_history_is_caught_against_the_held_head(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    code = _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    assert code == "CAXTT-261123-0001"
    assert "CẢNH BÁO" not in _ok(_export_import(commune, upper, tmp_path / "usb1"))
    _rewrite_history(commune)  # a fee edited, then every hash recomputed
    db = sqlite3.connect(commune / "desk.sqlite3")
    with db:  # the forger also makes the desk's own memory of the sent head agree
        db.execute("UPDATE sync_exports SET audit_hash = (SELECT entry_hash FROM audit_log WHERE seq = audit_seq)")
    db.close()
    assert run_here("audit", "verify", data_dir=commune).returncode == 0  # alone, the desk cannot tell
    _register(commune, "Phạm Văn Tú", "001090000124", "2026-11-23 10:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0, second.stderr
    assert "CẢNH BÁO: đơn vị CAXTT, tệp số 2" in second.stdout and "viết lại" in second.stdout
    assert "Đã nhập" in second.stdout  # the data still came in
    report = _ok(run_here("district", "report", data_dir=upper))
    assert "CẢNH BÁO TOÀN VẸN — đơn vị CAXTT, tệp số 2" in report


def test_records_edited_outside_are_named_with_their_dossier_codes(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    code = _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    _ok(_export_import(commune, upper, tmp_path / "usb1"))
    db = sqlite3.connect(commune / "desk.sqlite3")
    with db:
        db.execute("UPDATE dossiers SET fee = 0 WHERE code = ?", (code,))
    db.close()
    _register(commune, "Phạm Văn Tú", "001090000124", "2026-11-23 10:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0, second.stderr
    assert "CẢNH BÁO: đơn vị CAXTT" in second.stdout and code in second.stdout
    report = json.loads(_ok(run_here("--json", "district", "report", data_dir=upper)))
    assert any(code in line and "CAXTT" in line for line in report["audit_warnings"])


def _tamper_and_empty_the_log(commune, code, forget_exports=False):
    """A fee edited with the sqlite3 tool on the file, then the whole log emptied: the program
    restates every record on its next start (AuditLog.baseline), tampered rows included."""
    db = sqlite3.connect(commune / "desk.sqlite3")
    with db:
        db.execute("UPDATE dossiers SET fee = 0 WHERE code = ?", (code,))
        db.execute("DELETE FROM audit_log")
        if forget_exports:  # the forger also wipes the desk's memory of what it sent
            db.execute("UPDATE sync_exports SET audit_seq = NULL, audit_hash = NULL")
    db.close()


def test_a_log_emptied_and_restated_is_compared_record_by_record_and_the_dossier_named(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    tampered = _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    untouched = _register(commune, "Trần Văn Hòa", "001090000125", "2026-11-23 09:30")
    assert "CẢNH BÁO" not in _ok(_export_import(commune, upper, tmp_path / "usb1"))
    _tamper_and_empty_the_log(commune, tampered)
    # The program starts, restates every record as it now stands: alone it sees a clean log.
    restated = json.loads(_ok(run_here("--json", "audit", "list", "--limit", "5000", data_dir=commune)))
    assert {r["action"] for r in restated} >= {"baseline"}
    _register(commune, "Lê Văn Nam", "001090000126", "2026-11-23 11:00")  # the day goes on: a file to send
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0, second.stderr
    out = second.stdout
    assert "Đã nhập" in out and "CẢNH BÁO: đơn vị CAXTT, tệp số 2" in out
    assert "bị sửa ngoài chương trình" in out and tampered in out and untouched not in out
    report = _ok(run_here("district", "report", data_dir=upper))
    assert "CẢNH BÁO TOÀN VẸN — đơn vị CAXTT, tệp số 2" in report and tampered in report
    pdf = tmp_path / "report.pdf"
    _ok(run_here("district", "report", "--pdf", str(pdf), data_dir=upper))
    from tests.unit.printing.pdf_readback import text

    body = text(pdf)
    assert "CẢNH BÁO TOÀN VẸN" in body and tampered in body and "CAXTT" in body
    # The district now holds the restated log (marked): the next file extends it. The desk's
    # own check still reports the head it sent before, and says so; nothing is named again.
    _register(commune, "Phạm Văn Tú", "001090000124", "2026-11-23 12:00")
    third = _export_import(commune, upper, tmp_path / "usb3")
    assert third.returncode == 0, third.stderr
    assert "viết lại" not in third.stdout and tampered not in third.stdout, third.stdout


def test_a_log_emptied_with_the_desks_memory_of_its_exports_is_named_too(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    tampered = _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    _ok(_export_import(commune, upper, tmp_path / "usb1"))
    _tamper_and_empty_the_log(commune, tampered, forget_exports=True)
    _register(commune, "Lê Văn Nam", "001090000126", "2026-11-23 11:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0, second.stderr
    assert "CẢNH BÁO: đơn vị CAXTT" in second.stdout and tampered in second.stdout


def test_a_file_that_does_not_resend_the_log_says_plainly_it_cannot_name_the_dossiers(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    _ok(_export_import(commune, upper, tmp_path / "usb1"))
    _rewrite_history(commune)  # hashes recomputed in place, the desk's memory of the sent head made to agree
    db = sqlite3.connect(commune / "desk.sqlite3")
    with db:
        db.execute("UPDATE sync_exports SET audit_hash = (SELECT entry_hash FROM audit_log WHERE seq = audit_seq)")
    db.close()
    _register(commune, "Lê Văn Nam", "001090000126", "2026-11-23 11:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0, second.stderr
    assert "viết lại" in second.stdout
    assert "không xác định được hồ sơ nào bị sửa: tệp của đơn vị CAXTT không gửi lại nhật ký từ đầu" in second.stdout


def test_a_district_that_kept_no_record_memory_says_so_and_names_the_unit(tmp_path):
    commune, upper = linked_commune_and_district(tmp_path)
    tampered = _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    _ok(_export_import(commune, upper, tmp_path / "usb1"))
    db = sqlite3.connect(upper / "district" / "district.sqlite3")
    with db:  # as a district that held the head before it kept the records
        db.execute("DELETE FROM audit_records")
        db.execute("UPDATE audit_heads SET records_from = NULL")
    db.close()
    _tamper_and_empty_the_log(commune, tampered)
    _register(commune, "Lê Văn Nam", "001090000126", "2026-11-23 11:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0, second.stderr
    assert ("không xác định được hồ sơ nào bị sửa: cấp trên chưa giữ nội dung từng bản ghi của đơn vị CAXTT"
            in second.stdout)
