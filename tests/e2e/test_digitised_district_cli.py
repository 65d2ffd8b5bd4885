"""The digitised figures at the district through the real program (issue 26): a desk attaches
files to documents and a result, sends its end-of-day file, and `district stats` (a process of
its own) gives the figures the desk's `stats` gives, in total, on its unit's row and in its text."""

from __future__ import annotations

import json
from datetime import date

from tests.conftest import run_cli, run_here
from tests.scan_pictures import scan_page

KEYS = ("digitised_documents", "documents_received", "digitised_share", "digitised_dossiers", "dossiers_received",
        "digitised_results", "results_ready")


def _ok(done) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def _desk_with_files(commune, tmp_path, district_key: str) -> None:
    """Three dossiers: both documents of the first with a file and its result too, one document
    of the second, nothing on the third."""
    _ok(run_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander",
                 "Nguyễn Văn Hùng", "--district-key", district_key, data_dir=commune))
    codes = [json.loads(_ok(run_here("--json", "register", input=json.dumps(
        {"full_name": name, "procedure": "1.004194", "phone": "0912345678"}), data_dir=commune)))["code"]
        for name in ("Lê Thị Hoa", "Phạm Văn Đức", "Trần Thị Mai")]
    page = str(scan_page(tmp_path / "p.jpg", ["Giấy xác nhận chỗ ở"], size=(620, 877)))
    for code, position in ((codes[0], "1"), (codes[0], "2"), (codes[1], "1")):
        _ok(run_here("attach", code, page, "--document", position, data_dir=commune))
    for step in ("in_progress", "result_ready"):
        _ok(run_here("status", codes[0], "--to", step, data_dir=commune))
    _ok(run_here("attach", codes[0], page, "--result", data_dir=commune))


def test_district_stats_gives_the_desks_digitised_figures(tmp_path):
    commune, upper = tmp_path / "commune", tmp_path / "district"
    key = _ok(run_here("district", "init", "--name", "Công an tỉnh Bắc Ninh", data_dir=upper)).splitlines()[0]
    _desk_with_files(commune, tmp_path, key)
    _ok(run_here("district", "add-unit", "--code", "CAXTT", "--name", "Công an xã Tân Tiến", "--key",
                 _ok(run_here("keys", data_dir=commune)).splitlines()[0], data_dir=upper))
    _ok(run_here("export", "--out", str(tmp_path / "usb"), data_dir=commune))
    _ok(run_here("district", "import", *map(str, (tmp_path / "usb").glob("*.dsync")), data_dir=upper))
    today = date.today().isoformat()
    desk = json.loads(_ok(run_here("--json", "stats", "--from", today, "--to", today, data_dir=commune)))
    assert {k: desk[k] for k in KEYS} == {  # counted by hand: 6 documents received, 3 with a file
        "digitised_documents": 3, "documents_received": 6, "digitised_share": 0.5, "digitised_dossiers": 1,
        "dossiers_received": 3, "digitised_results": 1, "results_ready": 1}

    data = json.loads(_ok(run_cli("--json", "district", "stats", "--from", today, "--to", today, data_dir=upper)))
    assert {k: data[k] for k in KEYS} == {k: desk[k] for k in KEYS}
    [row] = data["rows"]  # by unit, the district's default
    assert row["key"] == "CAXTT" and {k: row[k] for k in KEYS} == {k: desk[k] for k in KEYS}
    text = _ok(run_here("district", "stats", "--from", today, "--to", today, "--by", "procedure", data_dir=upper))
    assert "  Số hóa: 3/6 giấy tờ (50,0%); 1/3 hồ sơ đủ; 1/1 kết quả" in text
