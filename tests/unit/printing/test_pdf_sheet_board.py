import pytest
from reportlab.lib.units import cm

from desk_app.core import catalog_service
from desk_app.printing.board import MIN_SYMBOL
from desk_app.core.catalog import NATIONAL_PORTAL
from desk_app.printing.pdf_common import qr_modules
from tests.unit.printing.pdf_readback import A3, A4, fonts, image_widths, page_sizes, qr_texts, text

SURVEY = "https://dichvucong.bocongan.gov.vn/danh-gia?dv=CAXTT"


def test_sheet_has_the_procedure_facts_and_a_qr_to_its_portal_page(desk, tmp_path):
    out = desk.printing.write_sheet_pdf("1.004222", tmp_path / "sheet.pdf")
    assert page_sizes(out) == [A4]
    body = text(out)
    for expected in ("HƯỚNG DẪN THỦ TỤC HÀNH CHÍNH", "Đăng ký thường trú", "1.004222", "Cư trú",
                     "7 ngày làm việc", "Nộp trực tiếp: 20.000 đồng", "Nộp trực tuyến: 10.000 đồng",
                     "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", "Bản chụp", "Luật Cư trú số 68/2020/QH14",
                     "Công an xã Tân Tiến"):
        assert expected in body
    assert all(fonts(out).values())
    assert qr_texts(out) == ["https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26360"]


def test_sheet_of_a_procedure_without_link_points_to_the_national_portal(desk, tmp_path):
    proc = desk.catalog.get("1.004194").as_dict()
    desk.catalog.save({**proc, "portal_url": ""}, desk.officers.resolve(None)["id"])
    out = desk.printing.write_sheet_pdf("1.004194", tmp_path / "s.pdf")
    assert qr_texts(out) == [NATIONAL_PORTAL.format(code="1.004194")]


def test_board_by_field_has_one_labelled_qr_per_field_plus_the_survey(desk, tmp_path):
    from desk_app.db import settings_store

    fields = [{"name": f["name"], "url": f"https://dichvucong.bocongan.gov.vn/linh-vuc/{n}"}
              for n, f in enumerate(desk.catalog.fields())]
    settings_store.write(desk.store, {catalog_service.FIELDS_KEY: fields})
    out = desk.printing.write_board_pdf(tmp_path / "b.pdf")
    assert page_sizes(out) == [A4]
    body = text(out)
    assert "BẢNG NIÊM YẾT THỦ TỤC HÀNH CHÍNH BẰNG MÃ QR" in body and "CÔNG AN XÃ TÂN TIẾN" in body
    for field in fields:
        assert field["name"] in body
    assert sorted(qr_texts(out)) == sorted(f["url"] for f in fields)  # no survey link set: no survey QR
    assert "ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG" not in body

    desk.save_unit({"survey_url": SURVEY}, desk.officers.resolve(None)["id"])
    out = desk.printing.write_board_pdf(tmp_path / "b2.pdf")
    assert sorted(qr_texts(out)) == sorted([f["url"] for f in fields] + [SURVEY])
    assert "ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG" in text(out)


def test_board_of_one_field_has_its_procedures_and_qr_codes_big_enough_for_a_metre(desk, tmp_path):
    desk.save_unit({"survey_url": SURVEY}, desk.officers.resolve(None)["id"])
    procedures = [p for p in desk.catalog.list_procedures(active_only=True) if p.field == "Cư trú"]
    out = desk.printing.write_board_pdf(tmp_path / "cu-tru.pdf", field="cư trú")
    pages = page_sizes(out)
    assert len(pages) >= 2 and set(pages) == {A4}  # 11 procedures + one survey QR per page
    assert sorted(set(qr_texts(out))) == sorted({p.portal_url for p in procedures} | {SURVEY})
    assert qr_texts(out).count(SURVEY) == len(pages)
    assert "Lĩnh vực: Cư trú" in text(out) and "Mã TTHC 1.004222" in text(out)
    url = procedures[0].portal_url
    symbol = min(image_widths(out, 0)) * qr_modules(url) / (qr_modules(url) + 8)
    assert symbol >= MIN_SYMBOL - 0.01


def test_a3_board_is_a3_with_larger_codes(desk, tmp_path):
    a4 = desk.printing.write_board_pdf(tmp_path / "a4.pdf", by="procedure")
    a3 = desk.printing.write_board_pdf(tmp_path / "a3.pdf", by="procedure", size="A3")
    assert set(page_sizes(a3)) == {A3}
    assert min(image_widths(a3, 0)) > min(image_widths(a4, 0)) * 1.3
    assert min(image_widths(a3, 0)) > 6 * cm
    expected = {p.link() for p in desk.catalog.list_procedures(active_only=True)}
    assert set(qr_texts(a3)) == expected


def test_board_of_an_unknown_field_names_the_known_ones(desk, tmp_path):
    from desk_app.core.dossiers import NotFound

    with pytest.raises(NotFound, match="Cư trú"):
        desk.printing.write_board_pdf(tmp_path / "x.pdf", field="Không có")
    assert not (tmp_path / "x.pdf").exists()
