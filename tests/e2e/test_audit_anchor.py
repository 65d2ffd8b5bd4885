"""The district holds each unit's audit head: a file whose log does not extend it (history
rewritten) or whose desk found records edited outside the program is imported, named with
the unit and dossier codes, and stays marked in the report."""

from __future__ import annotations

import json
import sqlite3

from tests.conftest import run_cli
from tests.e2e.test_audit_cli import _rewrite_history
from tests.e2e.test_sync_cli import _ok


def _setup(tmp_path):
    commune, upper = tmp_path / "commune", tmp_path / "district"
    key = _ok(run_cli("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=upper)).splitlines()[0]
    _ok(run_cli("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                "Nguyễn Văn Hùng", "--district-key", key, data_dir=commune))
    unit_key = _ok(run_cli("keys", data_dir=commune)).splitlines()[0]
    _ok(run_cli("district", "add-unit", "--code", "CAXTT", "--name", "Công an xã Tân Tiến", "--key", unit_key,
                data_dir=upper))
    return commune, upper


def _register(commune, name, number, received_at):
    payload = {"full_name": name, "id_number": number, "birth_date": "1990-01-01", "sex": "Nam",
               "procedure": "1.004194", "received_at": received_at}
    return json.loads(_ok(run_cli("--json", "register", input=json.dumps(payload, ensure_ascii=False),
                                  data_dir=commune)))["code"]


def _export_import(commune, upper, out):
    exported = json.loads(_ok(run_cli("--json", "export", "--out", str(out), data_dir=commune)))[0]
    return run_cli("district", "import", exported["file"], data_dir=upper)


def test_a_clean_unit_imports_without_a_warning_and_its_head_is_held(tmp_path):
    commune, upper = _setup(tmp_path)
    _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    first = _export_import(commune, upper, tmp_path / "usb1")
    assert first.returncode == 0 and "CẢNH BÁO" not in first.stdout
    _register(commune, "Phạm Văn Tú", "001090000124", "2026-11-23 10:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0 and "CẢNH BÁO" not in second.stdout
    assert "CẢNH BÁO" not in _ok(run_cli("district", "report", data_dir=upper))


def test_a_rewritten_history_is_caught_against_the_held_head(tmp_path):
    commune, upper = _setup(tmp_path)
    code = _register(commune, "Nguyễn Văn Đức", "001090000123", "2026-11-23 09:00")
    assert code == "CAXTT-261123-0001"
    assert "CẢNH BÁO" not in _ok(_export_import(commune, upper, tmp_path / "usb1"))
    _rewrite_history(commune)  # a fee edited, then every hash recomputed
    db = sqlite3.connect(commune / "desk.sqlite3")
    with db:  # the forger also makes the desk's own memory of the sent head agree
        db.execute("UPDATE sync_exports SET audit_hash = (SELECT entry_hash FROM audit_log WHERE seq = audit_seq)")
    db.close()
    assert run_cli("audit", "verify", data_dir=commune).returncode == 0  # alone, the desk cannot tell
    _register(commune, "Phạm Văn Tú", "001090000124", "2026-11-23 10:00")
    second = _export_import(commune, upper, tmp_path / "usb2")
    assert second.returncode == 0, second.stderr
    assert "CẢNH BÁO: đơn vị CAXTT, tệp số 2" in second.stdout and "viết lại" in second.stdout
    assert "Đã nhập" in second.stdout  # the data still came in
    report = _ok(run_cli("district", "report", data_dir=upper))
    assert "CẢNH BÁO TOÀN VẸN — đơn vị CAXTT, tệp số 2" in report


def test_records_edited_outside_are_named_with_their_dossier_codes(tmp_path):
    commune, upper = _setup(tmp_path)
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
    report = json.loads(_ok(run_cli("--json", "district", "report", data_dir=upper)))
    assert any(code in line and "CAXTT" in line for line in report["audit_warnings"])
