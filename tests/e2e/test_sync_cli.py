"""The commune and its district as two data folders, driven only through the real CLI."""

from __future__ import annotations

import csv
import json

from tests.conftest import run_here


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_commune_to_district_end_to_end(tmp_path):
    commune, upper = tmp_path / "commune", tmp_path / "district"
    district_key = _ok(run_here("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=upper)).splitlines()[0]
    assert district_key.startswith("desk1:")
    assert (upper / "district" / "district.key").exists()

    bad = run_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                   "Nguyễn Văn Hùng", "--district-key", district_key[:-3], data_dir=commune)
    assert bad.returncode == 2 and "Khóa cấp trên" in bad.stderr
    _ok(run_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", "--district-key", district_key, data_dir=commune))
    unit_key = _ok(run_here("keys", data_dir=commune)).splitlines()[0]
    assert unit_key.startswith("desk1:") and unit_key != district_key

    for name in ("Lê Thị Hoa", "Phạm Văn Đức"):
        payload = json.dumps({"full_name": name, "procedure": "1.004194", "phone": "0912345678"}, ensure_ascii=False)
        _ok(run_here("register", input=payload, data_dir=commune))
    usb = tmp_path / "usb"
    exported = json.loads(_ok(run_here("--json", "export", "--out", str(usb), data_dir=commune)))
    assert exported[0]["export_seq"] == 1 and exported[0]["counts"]["dossiers"] == 2
    assert "Không có thay đổi nào mới" in _ok(run_here("export", "--out", str(usb), data_dir=commune))
    history = _ok(run_here("export", "history", data_dir=commune))
    assert "CAXTT_" in history and "seq0001.dsync" in history and str(usb) in history

    files = [str(p) for p in usb.glob("*.dsync")]
    refused = run_here("district", "import", *files, data_dir=upper)
    assert refused.returncode == 2 and "chưa được khai báo" in refused.stderr
    _ok(run_here("district", "add-unit", "--code", "CAXTT", "--name", "Công an xã Tân Tiến", "--key", unit_key,
                 data_dir=upper))
    first = _ok(run_here("district", "import", *files, data_dir=upper))
    assert "Đã nhập" in first and "tệp số 1" in first
    assert "đã được nhập" in _ok(run_here("district", "import", *files, data_dir=upper))

    # A third dossier, exported twice; the district only gets the second file: a gap.
    payload = json.dumps({"full_name": "Vũ Thị Mai", "procedure": "1.004222"}, ensure_ascii=False)
    _ok(run_here("register", input=payload, data_dir=commune))
    _ok(run_here("export", "--out", str(tmp_path / "lost"), data_dir=commune))
    _ok(run_here("status", json.loads(_ok(run_here("--json", "find", "Vũ Thị Mai", data_dir=commune)))[0]["code"],
                 "--to", "in_progress", data_dir=commune))
    third = json.loads(_ok(run_here("--json", "export", "--out", str(usb), data_dir=commune)))[0]
    gap = _ok(run_here("district", "import", third["file"], data_dir=upper))
    assert "Đơn vị CAXTT: thiếu tệp số 2" in gap
    assert "THIẾU: 2" in _ok(run_here("district", "units", data_dir=upper))
    again = json.loads(_ok(run_here("--json", "export", "--again", "2", "--out", str(usb), data_dir=commune)))[0]
    assert again["export_seq"] == 2 and again["kind"] == "again"
    assert "thiếu" not in _ok(run_here("district", "import", again["file"], data_dir=upper))

    report_csv = tmp_path / "report.csv"
    _ok(run_here("district", "report", "--csv", str(report_csv), data_dir=upper))
    with open(report_csv, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sum(int(r["received"]) for r in rows) == 3
    assert {r["procedure_code"] for r in rows} == {"1.004194", "1.004222"}
    pdf = tmp_path / "report.pdf"
    _ok(run_here("district", "report", "--pdf", str(pdf), data_dir=upper))
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    pdf_text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "Mức độ hài lòng" in pdf_text and "Chưa có đánh giá." in pdf_text  # no rating sent yet
    text = _ok(run_here("district", "report", data_dir=upper))
    assert "CÔNG AN TỈNH BẮC NINH" in text and "Đăng ký tạm trú" in text
