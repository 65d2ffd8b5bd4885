"""OCR read back: a scanned page's Vietnamese text recognised (Tesseract, where installed with
its Vietnamese data) and the dossier found by words of it, with and without accents."""

from __future__ import annotations

import json

import pytest

from desk_app.core import ocr
from tests.scan_pictures import scan_page

SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")
LINES = ["GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", "Thửa đất số 125, tờ bản đồ số 7", "Chủ sử dụng: Phạm Thị Hường"]

pytestmark = pytest.mark.skipif(not ocr.available(), reason="Tesseract with Vietnamese data is not installed")


def test_recognised_text_is_searched_with_and_without_accents(cli_here, tmp_path):
    assert cli_here(*SETUP).returncode == 0
    code = json.loads(cli_here("--json", "register", input=json.dumps(
        {"full_name": "Trần Văn Lộc", "phone": "0912000111", "procedure": "1.004194"})).stdout)["code"]
    other = json.loads(cli_here("--json", "register", input=json.dumps(
        {"full_name": "Đỗ Thị Hà", "phone": "0912000222", "procedure": "1.004194"})).stdout)["code"]
    page = scan_page(tmp_path / "gcn.png", LINES, size=(1654, 2339), font_px=40, kind="PNG")
    assert cli_here("attach", code, str(page), "--document", "2").returncode == 0
    assert json.loads(cli_here("--json", "find", "thửa đất").stdout) == []  # not read yet

    read = cli_here("--json", "ocr")
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == {"read": 1}
    [row] = json.loads(cli_here("--json", "attachments", code).stdout)
    assert row["ocr_state"] == "done" and row["ocr_chars"] > 50

    for query in ("thửa đất số 125", "thua dat so 125", "QUYEN SU DUNG", "Phạm Thị Hường"):
        found = json.loads(cli_here("--json", "find", query).stdout)
        assert [r["code"] for r in found] == [code], query
    assert json.loads(cli_here("--json", "find", "Đỗ Thị Hà").stdout)[0]["code"] == other  # names first
    assert json.loads(cli_here("--json", "ocr").stdout) == {"read": 0}  # nothing waits any more
