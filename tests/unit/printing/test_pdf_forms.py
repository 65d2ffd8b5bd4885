import errno
import unicodedata
from datetime import datetime

import pytest

from desk_app.core.text import vn_datetime
from desk_app.printing import pdf_common
from desk_app.printing.pdf_form_data import form_data
from desk_app.printing.pdf_forms import form_story
from tests.unit.printing.pdf_readback import A4, fonts, page_sizes, page_texts, qr_texts, register, text


def test_receipt_two_a4_copies_with_diacritics_embedded_fonts_and_the_code_qr(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    out = desk.printing.write_form_pdf(code, "receipt", tmp_path / "receipt.pdf")
    assert page_sizes(out) == [A4, A4]
    first, second = page_texts(out)
    for page in (first, second):
        for expected in ("PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "CÔNG AN XÃ TÂN TIẾN", "Nguyễn Thị Ánh Tuyết",
                         "001190012345", "Đăng ký tạm trú", "Tờ khai thay đổi thông tin cư trú", "Bản chính",
                         "15.000 đồng", vn_datetime(datetime(2026, 11, 23, 9, 0)), "CÁN BỘ TIẾP NHẬN",
                         "Nguyễn Văn Hùng", "Tân Tiến, ngày 23 tháng 11 năm 2026", code):
            assert expected in page
    assert "Liên 1" in first and "Liên 2" in second
    due = desk.dossiers.get(code)["due_at"]
    assert vn_datetime(datetime.fromisoformat(due)) in first
    assert fonts(out) and all(fonts(out).values()), fonts(out)
    assert all("BeVietnamPro" in name for name in fonts(out))
    assert qr_texts(out, 0) == [code] and qr_texts(out, 1) == [code]


def test_a_receipt_printed_after_an_extension_shows_both_appointments(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    first_due = desk.dossiers.get(code)["due_at"]
    assert "đã điều chỉnh" not in text(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r0.pdf", copies=1))
    desk.dossiers.apply(code, "extend", commander["id"], "Cần xác minh thêm", new_due=datetime(2026, 12, 10, 15, 30))
    body = text(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r1.pdf", copies=1))
    assert "Thời gian hẹn trả kết quả (đã điều chỉnh): " + vn_datetime(datetime(2026, 12, 10, 15, 30)) in body
    assert "Hẹn trả ban đầu: " + vn_datetime(datetime.fromisoformat(first_due)) in body


def test_decomposed_text_is_printed_composed(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    dossier = desk.dossiers.get(code)
    dossier["full_name"] = unicodedata.normalize("NFD", "Trần Thị Hường")
    data = form_data("receipt", dossier, desk.unit)
    path = tmp_path / "nfd.pdf"
    pdf_common.document(str(path)).build(form_story(data, ""))
    assert "Trần Thị Hường" in text(path)


def test_supplement_lists_what_is_missing_numbered_with_reason_and_phone(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    desk.dossiers.apply(code, "supplement", commander["id"], "Giấy tờ chỗ ở chưa hợp lệ",
                          details={"missing": ["Bản sao hợp đồng thuê nhà có công chứng", "Văn bản đồng ý của chủ hộ"]})
    out = desk.printing.write_form_pdf(code, "supplement", tmp_path / "s.pdf", copies=1)
    assert page_sizes(out) == [A4]
    body = text(out)
    assert "PHIẾU HƯỚNG DẪN BỔ SUNG, HOÀN THIỆN HỒ SƠ" in body
    assert "1. Bản sao hợp đồng thuê nhà có công chứng" in body
    assert "2. Văn bản đồng ý của chủ hộ" in body
    assert "Lý do: Giấy tờ chỗ ở chưa hợp lệ" in body
    assert "0912345678" in body  # the unit's hotline to call


def test_forms_without_their_event_print_blanks_to_fill_by_hand(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    supplement = text(desk.printing.write_form_pdf(code, "supplement", tmp_path / "s.pdf"))
    assert "1. ……" in supplement and "4. ……" in supplement
    assert "nêu rõ lý do cần bổ sung" in supplement
    extension = text(desk.printing.write_form_pdf(code, "extension", tmp_path / "e.pdf"))
    assert "…… giờ …… phút, ngày …… tháng …… năm" in extension


def test_refusal_cites_the_reason_and_is_signed_by_the_head(desk, commander, tmp_path):
    officer = desk.officers.add("Lê Văn Tâm", "officer", "3917", commander["id"])
    code = register(desk, officer["id"])
    reason = "Không thuộc thẩm quyền giải quyết (khoản 1 Điều 22 Luật Cư trú số 68/2020/QH14)"
    desk.dossiers.apply(code, "refuse", officer["id"], reason)
    body = text(desk.printing.write_form_pdf(code, "refusal", tmp_path / "r.pdf"))
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ" in body
    assert f"Lý do: {reason}" in body
    assert "TRƯỞNG CÔNG AN XÃ TÂN TIẾN" in body and "Nguyễn Văn Hùng" in body


def test_extension_letter_gives_the_old_and_new_due_times(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    old_due = datetime.fromisoformat(desk.dossiers.get(code)["due_at"])
    new_due = datetime(2026, 12, 4, 16, 30)
    desk.dossiers.apply(code, "extend", commander["id"], "Cần xác minh thêm nơi cư trú", new_due=new_due)
    body = text(desk.printing.write_form_pdf(code, "extension", tmp_path / "x.pdf"))
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in body
    assert vn_datetime(old_due) in body and vn_datetime(new_due) in body
    assert "Cần xác minh thêm nơi cư trú" in body


def test_a_failed_write_leaves_no_half_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "form.pdf"
    target.write_bytes(b"old")

    def full_disk(temp):
        with open(temp, "wb") as handle:
            handle.write(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError) as caught:
        pdf_common.write_atomically(target, full_disk)
    assert "Ổ đĩa đã đầy" in caught.value.strerror
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["form.pdf"]


def test_bad_output_paths_are_refused_before_writing(tmp_path):
    with pytest.raises(pdf_common.OutputPathError, match="không tồn tại"):
        pdf_common.write_atomically(tmp_path / "no" / "x.pdf", lambda temp: None)
    with pytest.raises(pdf_common.OutputPathError, match="là một thư mục"):
        pdf_common.write_atomically(tmp_path, lambda temp: None)
    assert list(tmp_path.iterdir()) == []


def test_a_form_printed_again_is_marked_a_reprint_and_after_an_amendment_says_what_it_replaces(
        desk, commander, clock, tmp_path):
    code = register(desk, commander["id"])
    first = page_texts(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r1.pdf"))
    assert not any("BẢN IN LẠI" in page for page in first)  # the first print carries no mark
    again = page_texts(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r2.pdf"))
    assert len(again) == 2 and all("BẢN IN LẠI LẦN 1" in page for page in again)  # both copies
    assert not any("Thay thế" in page for page in again)
    # Each form counts apart: the first supplement request is a first print.
    assert "BẢN IN LẠI" not in text(desk.printing.write_form_pdf(code, "supplement", tmp_path / "s1.pdf"))
    clock.now = datetime(2026, 11, 23, 10, 15)
    desk.dossiers.amend(code, commander["id"], "Gõ sai tên", {"full_name": "Nguyễn Thị Ánh Tuyền"})
    clock.now = datetime(2026, 11, 23, 10, 20)
    after = page_texts(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r3.pdf"))
    for page in after:
        assert "BẢN IN LẠI LẦN 2" in page and "Nguyễn Thị Ánh Tuyền" in page
        assert "Thay thế bản in trước ngày 23/11/2026 lúc 10:15 (hồ sơ đã được sửa)" in page
    supplement = text(desk.printing.write_form_pdf(code, "supplement", tmp_path / "s2.pdf"))
    assert "BẢN IN LẠI LẦN 1" in supplement and "Thay thế bản in trước ngày 23/11/2026 lúc 10:15" in supplement
    jobs = desk.printing.list_jobs()
    assert [j["kind"] for j in jobs if j["subject"] == code].count("a4_receipt") == 3
    assert desk.verify_audit().ok  # the prints are written through the chain


def test_an_amendment_before_the_first_print_replaces_nothing(desk, commander, clock, tmp_path):
    code = register(desk, commander["id"])
    desk.dossiers.amend(code, commander["id"], "Gõ sai tên", {"full_name": "Nguyễn Thị Ánh Tuyền"})
    clock.now = datetime(2026, 11, 23, 9, 30)
    assert "BẢN IN LẠI" not in text(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r1.pdf", copies=1))
    second = text(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r2.pdf", copies=1))
    assert "BẢN IN LẠI LẦN 1" in second and "Thay thế" not in second


def test_a_form_that_could_not_be_written_is_not_counted(desk, commander, tmp_path):
    code = register(desk, commander["id"])
    with pytest.raises(pdf_common.OutputPathError):
        desk.printing.write_form_pdf(code, "receipt", tmp_path / "no-such-folder" / "r.pdf")
    assert "BẢN IN LẠI" not in text(desk.printing.write_form_pdf(code, "receipt", tmp_path / "r.pdf", copies=1))
