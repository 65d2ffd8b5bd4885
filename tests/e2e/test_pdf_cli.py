import json
from datetime import date

from tests.unit.printing.pdf_readback import A3, A4, page_sizes, qr_texts, text

SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")


def _set_up_with_dossier(cli_here) -> str:
    assert cli_here(*SETUP).returncode == 0
    done = cli_here("--json", "register", input=json.dumps(
        {"full_name": "Nguyễn Văn Bình", "phone": "0912000111", "procedure": "1.004194"}))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["code"]


def test_print_form_sheet_board_register_write_readable_pdfs(cli_here, tmp_path):
    code = _set_up_with_dossier(cli_here)
    form = cli_here("print", "form", code, "--kind", "receipt", "--pdf", str(tmp_path / "f.pdf"))
    assert form.returncode == 0, form.stderr
    assert "f.pdf" in form.stdout
    assert page_sizes(tmp_path / "f.pdf") == [A4, A4] and "Nguyễn Văn Bình" in text(tmp_path / "f.pdf")
    assert qr_texts(tmp_path / "f.pdf", 0) == [code]

    assert cli_here("status", code, "--to", "needs_supplement", "--reason", "Thiếu giấy tờ",
                    "--missing", "Giấy xác nhận chỗ ở").returncode == 0
    assert cli_here("print", "form", code, "--kind", "supplement", "--copies", "1", "--pdf",
                    str(tmp_path / "s.pdf")).returncode == 0
    assert "1. Giấy xác nhận chỗ ở" in text(tmp_path / "s.pdf")

    assert cli_here("print", "sheet", "1.004194", "--pdf", str(tmp_path / "sheet.pdf")).returncode == 0
    assert "Đăng ký tạm trú" in text(tmp_path / "sheet.pdf")
    thermal = cli_here("print", "sheet", "1.004194", "--png", str(tmp_path / "sheet.png"))
    assert thermal.returncode == 0, thermal.stderr
    assert (tmp_path / "sheet.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    assert cli_here("print", "board", "--by", "procedure", "--size", "A3", "--pdf", str(tmp_path / "b.pdf")).returncode == 0
    assert set(page_sizes(tmp_path / "b.pdf")) == {A3}

    today = date.today().isoformat()
    reg = cli_here("print", "register", "--from", today, "--to", today, "--pdf", str(tmp_path / "r.pdf"))
    assert reg.returncode == 0, reg.stderr
    assert code in text(tmp_path / "r.pdf")


def test_bad_paths_and_inputs_give_a_vietnamese_message_and_no_file(cli_here, tmp_path):
    code = _set_up_with_dossier(cli_here)
    missing_dir = cli_here("print", "form", code, "--pdf", str(tmp_path / "no" / "f.pdf"))
    assert missing_dir.returncode == 2 and "không tồn tại" in missing_dir.stderr
    folder = cli_here("print", "board", "--pdf", str(tmp_path))
    assert folder.returncode == 2 and "là một thư mục" in folder.stderr
    png = cli_here("print", "sheet", "1.004194", "--png", str(tmp_path / "no" / "s.png"))
    assert png.returncode == 2 and "không tồn tại" in png.stderr
    unknown = cli_here("print", "form", "CAXTT-000000-9999", "--pdf", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 2 and "Không tìm thấy hồ sơ" in unknown.stderr
    backwards = cli_here("print", "register", "--from", "2026-12-01", "--to", "2026-11-01", "--pdf", str(tmp_path / "r.pdf"))
    assert backwards.returncode == 2 and "trước ngày bắt đầu" in backwards.stderr
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []


def test_a_form_printed_again_after_an_amendment_says_so_on_every_page(cli_here, tmp_path):
    code = _set_up_with_dossier(cli_here)
    assert cli_here("print", "form", code, "--pdf", str(tmp_path / "first.pdf")).returncode == 0
    assert "BẢN IN LẠI" not in text(tmp_path / "first.pdf")
    fixed = cli_here("amend", code, "--reason", "Gõ sai tên", "--full-name", "Nguyễn Văn Bính")
    assert fixed.returncode == 0, fixed.stderr
    again = cli_here("print", "form", code, "--pdf", str(tmp_path / "again.pdf"))
    assert again.returncode == 0, again.stderr
    body = text(tmp_path / "again.pdf")
    assert body.count("BẢN IN LẠI LẦN 1") >= 2 and "Nguyễn Văn Bính" in body  # both copies
    # Printed in the same minute as the amendment here: the line names the amendment's day and time.
    assert "Thay thế bản in trước ngày" in body and "(hồ sơ đã được sửa)" in body
    jobs = cli_here("print", "jobs").stdout
    assert "Biểu mẫu A4: phiếu tiếp nhận hồ sơ và hẹn trả kết quả" in jobs
