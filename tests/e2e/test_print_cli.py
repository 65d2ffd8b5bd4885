"""`desk-app print slip|jobs|retry` and `desk-app printer …` as a user runs them."""

from __future__ import annotations

import json

import zxingcpp
from PIL import Image

from desk_app.printing import escpos_decode
from tests.unit.printing.thermal_helpers import Listener, closed_port


def setup_and_register(cli_here) -> str:
    assert cli_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến",
                    "--commander", "Nguyễn Văn Hùng", "--hotline", "0912345678").returncode == 0
    data = {"full_name": "Lê Thị Ánh", "id_number": "001190000321", "procedure": "1.004194"}
    result = cli_here("--json", "register", input=json.dumps(data, ensure_ascii=False))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["code"]


def test_slip_to_files_and_printers(cli_here, tmp_path, isolated_data_dir):
    code = setup_and_register(cli_here)
    out, png = tmp_path / "slip.bin", tmp_path / "slip.png"
    assert cli_here("print", "slip", code, "--out", str(out), "--width", "384").returncode == 0
    decoded = escpos_decode.decode(out.read_bytes(), 384)
    assert [r.text for r in zxingcpp.read_barcodes(decoded.image)] == [code]
    assert cli_here("print", "slip", code, "--png", str(png)).returncode == 0
    with Image.open(png) as picture:
        assert picture.width == 576
        assert [r.text for r in zxingcpp.read_barcodes(picture)] == [code]

    # no printer configured: the preview PNG in the data folder
    result = cli_here("--json", "print", "slip", code)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["output"].startswith(str(isolated_data_dir))

    assert cli_here("printer", "add", "Hỏng", "--kind", "network", "--host", "127.0.0.1",
                    "--port", str(closed_port()), "--default").returncode == 0
    failed = cli_here("print", "slip", code)
    assert failed.returncode == 1 and "Không in được" in failed.stderr
    jobs = json.loads(cli_here("--json", "print", "jobs", "--failed").stdout)
    assert len(jobs) == 1 and jobs[0]["subject"] == code

    listener = Listener()
    assert cli_here("printer", "add", "Quầy", "--kind", "network", "--host", "127.0.0.1",
                    "--port", str(listener.port), "--width", "384").returncode == 0
    retried = cli_here("print", "retry", jobs[0]["id"], "--printer", "Quầy")
    assert retried.returncode == 0, retried.stderr
    assert [r.text for r in zxingcpp.read_barcodes(escpos_decode.decode(listener.wait(), 384).image)] == [code]
    listener.close()
    assert json.loads(cli_here("--json", "print", "jobs", "--failed").stdout) == []
    listing = cli_here("printer", "list").stdout
    assert "* Hỏng" in listing and "Quầy" in listing


def test_wrong_slip_kind_and_unknown_code(cli_here):
    code = setup_and_register(cli_here)
    refused = cli_here("print", "slip", code, "--kind", "refusal")
    assert refused.returncode == 2 and "chưa có bước" in refused.stderr
    missing = cli_here("print", "slip", "CAXTT-000000-9999")
    assert missing.returncode == 2 and "Không tìm thấy" in missing.stderr


def test_sheet_png_and_test_page(cli_here, tmp_path):
    setup_and_register(cli_here)
    png = tmp_path / "sheet.png"
    result = cli_here("print", "sheet", "1.004194", "--png", str(png))
    assert result.returncode == 0, result.stderr
    with Image.open(png) as picture:
        assert any("dichvucong" in r.text for r in zxingcpp.read_barcodes(picture))
    test = cli_here("--json", "printer", "test")
    assert test.returncode == 0 and json.loads(test.stdout)["kind"] == "test"


def test_a_slip_the_printer_does_not_confirm_is_not_printed_and_says_so(cli_here):
    code = setup_and_register(cli_here)
    printer = Listener(behaviour="deaf")  # takes the connection, never reads: the slip fits its buffers
    assert cli_here("printer", "add", "Quầy", "--kind", "network", "--host", "127.0.0.1",
                    "--port", str(printer.port), "--default").returncode == 0
    result = cli_here("print", "slip", code)
    printer.close()
    assert result.returncode == 1 and "chưa xác nhận" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout.startswith("Đã gửi, chưa xác nhận: ")  # its own status, not "Lỗi in"
    listed = json.loads(cli_here("--json", "print", "jobs", "--failed").stdout)
    assert [(j["subject"], j["status"]) for j in listed] == [(code, "unconfirmed")]
    assert "Đã gửi, chưa xác nhận" in cli_here("print", "jobs").stdout
    old = Listener(behaviour="silent")
    assert cli_here("printer", "add", "Cũ", "--kind", "network", "--host", "127.0.0.1",
                    "--port", str(old.port), "--no-confirm").returncode == 0
    sent = cli_here("--json", "print", "slip", code, "--printer", "Cũ")
    old.close()
    assert sent.returncode == 0 and "không hỗ trợ xác nhận" in json.loads(sent.stdout)["output"]
