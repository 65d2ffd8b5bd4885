from datetime import date, datetime, timedelta

import pytest

from desk_app.db.register_queries import register_rows
from desk_app.printing import open_file
from tests.unit.printing.pdf_readback import A4, fonts, page_sizes, page_texts, register, text

LANDSCAPE_A4 = (A4[1], A4[0])


def test_empty_register_is_one_landscape_page_saying_so(desk, tmp_path):
    out = desk.printing.write_register_pdf(date(2026, 11, 1), date(2026, 11, 30), tmp_path / "r.pdf")
    assert page_sizes(out) == [LANDSCAPE_A4]
    body = text(out)
    assert "SỔ THEO DÕI HỒ SƠ" in body and "Từ ngày 01/11/2026 đến ngày 30/11/2026" in body
    assert "Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này." in body
    assert "Tổng số: 0 hồ sơ" in body
    assert all(fonts(out).values())


def test_register_rows_carry_the_dates_of_each_step(desk, commander, clock):
    code = register(desk, commander["id"])
    clock.now = datetime(2026, 11, 23, 10, 15)
    desk.dossiers.apply(code, "start", commander["id"])
    clock.now = datetime(2026, 11, 25, 14, 0)
    desk.dossiers.apply(code, "result_ready", commander["id"])
    clock.now = datetime(2026, 11, 26, 8, 30)
    desk.dossiers.apply(code, "return", commander["id"])
    [row] = register_rows(desk.store, date(2026, 11, 23), date(2026, 11, 23))
    assert (row["code"], row["full_name"]) == (code, "Nguyễn Thị Ánh Tuyết")
    assert (row["received_at"], row["handed_at"], row["result_ready_at"], row["returned_at"]) == (
        "2026-11-23 09:00:00", "2026-11-23 10:15:00", "2026-11-25 14:00:00", "2026-11-26 08:30:00")
    assert register_rows(desk.store, date(2026, 11, 24), date(2026, 11, 30)) == []


def test_long_register_spans_pages_with_the_header_repeated(desk, commander, clock, tmp_path):
    codes = []
    for n in range(45):
        clock.now = datetime(2026, 11, 23, 8, 0) + timedelta(hours=3 * n)
        codes.append(register(desk, commander["id"], full_name=f"Phạm Văn Đức {chr(65 + n % 26)}",
                              id_number=None, phone=f"09123456{n:02d}"))
    desk.dossiers.apply(codes[3], "refuse", commander["id"], "Hồ sơ giả mạo (Điều 7 Luật Cư trú)")
    clock.now = datetime(2026, 12, 10, 9, 0)
    outside = register(desk, commander["id"], full_name="Ngoài Khoảng", id_number=None)
    out = desk.printing.write_register_pdf(date(2026, 11, 23), date(2026, 11, 30), tmp_path / "r.pdf")
    pages = page_texts(out)
    assert len(pages) >= 3 and set(page_sizes(out)) == {LANDSCAPE_A4}
    for page in pages:
        assert "SỔ THEO DÕI HỒ SƠ" in page and "Mã hồ sơ" in page and "Trả công dân" in page
    body = " ".join(pages)
    assert all(body.count(code) == 1 for code in codes)
    assert outside not in body and "Ngoài Khoảng" not in body
    assert "Từ chối: Hồ sơ giả mạo (Điều 7 Luật Cư trú)" in body
    assert "Tổng số: 45 hồ sơ" in pages[-1]


def test_register_refuses_a_backwards_range(desk, tmp_path):
    with pytest.raises(ValueError, match="trước ngày bắt đầu"):
        desk.printing.write_register_pdf(date(2026, 11, 30), date(2026, 11, 1), tmp_path / "r.pdf")


def test_system_viewer_command_per_platform(tmp_path, monkeypatch):
    pdf = tmp_path / "a.pdf"
    assert open_file.viewer_command(pdf, "linux") == ["xdg-open", str(pdf)]
    assert open_file.viewer_command(pdf, "darwin") == ["open", str(pdf)]
    assert open_file.viewer_command(pdf, "win32") is None
    with pytest.raises(open_file.OpenFileError, match="Không tìm thấy"):
        open_file.open_with_system(pdf)
    pdf.write_bytes(b"%PDF")
    launched = []
    monkeypatch.setattr(open_file.subprocess, "Popen", lambda command, **kw: launched.append(command))
    monkeypatch.setattr(open_file.os, "startfile", launched.append, raising=False)  # Windows: the PDF's own program
    open_file.open_with_system(pdf)
    assert launched == [open_file.viewer_command(pdf) or str(pdf)]

    def no_viewer(*_args, **_kw):
        raise FileNotFoundError(2, "No such file or directory")

    monkeypatch.setattr(open_file.subprocess, "Popen", no_viewer)
    monkeypatch.setattr(open_file.os, "startfile", no_viewer, raising=False)  # Windows: no program for PDF
    with pytest.raises(open_file.OpenFileError, match="chưa có chương trình xem PDF"):
        open_file.open_with_system(pdf)
