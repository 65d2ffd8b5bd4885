"""Mẫu 05 (stop notice) and Mẫu 06 (control sheet) as A4 PDFs, their text read back with pypdf."""

from datetime import datetime

import pytest

from desk_app.printing.pdf_form_data import FormUnavailable
from tests.unit.printing.control_scenario import build_control_dossier
from tests.unit.printing.pdf_readback import A4, page_sizes, page_texts, register, text


def test_the_stop_notice_tells_the_citizen_why_and_since_when(desk, clock, commander, tmp_path):
    code = register(desk, commander["id"])
    clock.now = datetime(2026, 11, 25, 14, 30)
    desk.dossiers.apply(code, "stop", commander["id"], "Công dân có đơn đề nghị rút hồ sơ")
    out = desk.printing.write_form_pdf(code, "stop", tmp_path / "stop.pdf")
    assert page_sizes(out) == [A4, A4]  # the citizen's copy and the counter's
    first = page_texts(out)[0]
    for expected in ("Mẫu 05 – Liên 1: Giao người nộp hồ sơ", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", f"Mã hồ sơ: {code}",
                     "Kính gửi: Ông/Bà Nguyễn Thị Ánh Tuyết", "Ngày 23/11/2026, Công an xã Tân Tiến tiếp nhận hồ sơ",
                     "thủ tục Đăng ký tạm trú", "kể từ 14 giờ 30 phút, ngày 25 tháng 11 năm 2026",
                     "Lý do: Công dân có đơn đề nghị rút hồ sơ", "0912345678", "TRƯỞNG CÔNG AN XÃ TÂN TIẾN",
                     "Nguyễn Văn Hùng", "Tân Tiến, ngày 25 tháng 11 năm 2026"):
        assert expected in first, expected
    job = desk.store.one("SELECT kind, subject FROM print_jobs ORDER BY created_at DESC LIMIT 1")
    assert job == {"kind": "a4_stop", "subject": code}
    again = text(desk.printing.write_form_pdf(code, "stop", tmp_path / "again.pdf"))
    assert "BẢN IN LẠI LẦN 1" in again  # a notice to the citizen: a second print says so


@pytest.mark.parametrize("action", [None, "refuse"])
def test_a_dossier_not_stopped_has_no_stop_notice(desk, commander, tmp_path, action):
    code = register(desk, commander["id"])
    if action:
        desk.dossiers.apply(code, action, commander["id"], "Không thuộc thẩm quyền")
    with pytest.raises(FormUnavailable) as refused:
        desk.printing.write_form_pdf(code, "stop", tmp_path / "stop.pdf")
    status = "Từ chối" if action else "Đã tiếp nhận"
    assert str(refused.value).startswith(f"Hồ sơ {code} đang ở trạng thái “{status}”, không phải “Dừng giải quyết”")
    assert not (tmp_path / "stop.pdf").exists()


def test_the_control_sheet_lists_every_hand_over_once_as_it_stands(desk, clock, commander, tmp_path):
    code = build_control_dossier(desk, clock, commander)
    out = desk.printing.write_form_pdf(code, "control", tmp_path / "control.pdf")
    assert page_sizes(out) == [A4]  # one copy: it travels with the dossier
    body = text(out)
    for expected in ("Mẫu 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", f"Mã hồ sơ: {code}",
                     "Cơ quan (bộ phận) giải quyết hồ sơ: Công an xã Tân Tiến", "Người nộp hồ sơ: Đỗ Thị Lan",
                     "Tình trạng đến 09:30 ngày 03/12/2026: Đã trả kết quả", "Bên giao", "Bên nhận",
                     "Tân Tiến, ngày 03 tháng 12 năm 2026"):
        assert expected in body, expected
    # Each row in order: number, giver, taker, time, due, verdict, the step.
    rows = ["1 Ông/Bà Đỗ Thị Lan Nguyễn Văn Hùng (Bộ phận Một cửa) 09:00 25/11/2026 09:00 30/11/2026 Tiếp nhận hồ sơ",
            "2 Nguyễn Văn Hùng (Bộ phận Một cửa) Vũ Thị Mai 10:00 25/11/2026 09:00 30/11/2026 Trước hạn "
            "Chuyển giải quyết",
            "6 Vũ Thị Mai Bộ phận Một cửa 10:00 02/12/2026 09:00 01/12/2026 Quá hạn Có kết quả"]
    flat = " ".join(body.replace("\n", " ").split())
    positions = [flat.find(row) for row in rows]
    assert -1 not in positions and positions == sorted(positions), positions
    assert "BẢN IN LẠI" not in body
    desk.printing.write_form_pdf(code, "control", tmp_path / "again.pdf")
    assert "BẢN IN LẠI" not in text(tmp_path / "again.pdf")  # drawn up anew each time, never a reprint


def test_an_open_dossier_s_sheet_leaves_numbered_rows_for_the_steps_to_come(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    body = text(desk.printing.write_form_pdf(code, "control", tmp_path / "c.pdf"))
    assert "Tình trạng đến 09:00 ngày 23/11/2026: Đã tiếp nhận" in body
    assert "Tiếp nhận hồ sơ 2 3 4" in body  # the receipt, then three rows to fill by hand
