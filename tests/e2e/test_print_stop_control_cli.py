"""`desk-app print form CODE --kind stop|control --pdf F`, the real CLI as a subprocess: the
files read back with pdftotext; a stop notice for a dossier not stopped is refused in Vietnamese."""

import subprocess

from tests.unit.printing.control_scenario import build_control_dossier
from tests.unit.printing.pdf_readback import register


def _text(path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def test_the_control_sheet_and_the_stop_notice_from_the_command_line(desk, clock, commander, cli, tmp_path):
    handed = build_control_dossier(desk, clock, commander)
    open_one = register(desk, commander["id"])
    desk.close()

    done = cli("print", "form", handed, "--kind", "control", "--pdf", str(tmp_path / "control.pdf"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Đã ghi biểu mẫu: {tmp_path / 'control.pdf'}"
    sheet = _text(tmp_path / "control.pdf")
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in sheet and f"Mã hồ sơ: {handed}" in sheet
    for step in ("Tiếp nhận hồ sơ", "Chuyển giải quyết", "Yêu cầu bổ sung", "Nhận hồ sơ đã bổ sung",
                 "Xin lỗi, hẹn lại", "Có kết quả, chuyển", "Trả kết quả"):
        assert step in sheet, step
    assert sheet.count("Trước hạn") == 3 and sheet.count("Quá hạn") == 1

    refused = cli("print", "form", open_one, "--kind", "stop", "--pdf", str(tmp_path / "stop.pdf"))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "đang ở trạng thái “Đã tiếp nhận”, không phải “Dừng giải quyết”" in refused.stderr
    assert not (tmp_path / "stop.pdf").exists()

    stopped = cli("status", open_one, "--to", "stopped", "--reason", "Công dân có đơn rút hồ sơ")
    assert stopped.returncode == 0, stopped.stderr
    done = cli("print", "form", open_one, "--kind", "stop", "--copies", "1", "--pdf", str(tmp_path / "stop.pdf"))
    assert done.returncode == 0, done.stderr
    notice = _text(tmp_path / "stop.pdf")
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in notice and "Lý do: Công dân có đơn rút hồ sơ" in notice
    assert "Liên 1" not in notice  # one copy asked for
