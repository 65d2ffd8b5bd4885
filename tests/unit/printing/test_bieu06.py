"""Biểu 06 read back: the spreadsheet with openpyxl (numbers in cells, totals as formulas,
the form's headers), the PDF's text with pypdf (the lists: test_list_xlsx.py)."""

from datetime import date

import openpyxl
import pytest

from desk_app.printing.bieu06_pdf import write_bieu06_pdf
from desk_app.printing.bieu06_xlsx import write_bieu06_xlsx
from tests.unit.core.stats_scenario import build_scenario
from tests.unit.printing.pdf_readback import page_sizes, text

PERIOD = (date(2026, 12, 1), date(2026, 12, 4))


@pytest.fixture
def report(desk, clock, commander):
    build_scenario(desk, clock, commander)
    return desk.stats.report(*PERIOD, by="procedure")


def _find(sheet, value) -> tuple[int, int]:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell.row, cell.column
    raise AssertionError(f"{value!r} not in the sheet")


def test_xlsx_has_the_form_headers_numbers_and_formulas(desk, report, tmp_path):
    out = write_bieu06_xlsx(report, desk.unit, tmp_path / "b06.xlsx", date(2026, 12, 5))
    formulas = openpyxl.load_workbook(out).active
    values = openpyxl.load_workbook(out, data_only=True).active  # the values cached beside each formula
    texts = {c.value for row in formulas.iter_rows() for c in row if isinstance(c.value, str)}
    for expected in ("Biểu số 06/VPCP/KSTT", "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết",
                     "Số hồ sơ đang giải quyết", "Trực tuyến", "Từ kỳ trước", "Trước hạn", "Đúng hạn",
                     "Kỳ báo cáo: Từ ngày 01/12/2026 đến ngày 04/12/2026", "THỦ TRƯỞNG ĐƠN VỊ",
                     "Tân Tiến, ngày 05 tháng 12 năm 2026", "Cư trú"):
        assert expected in texts, expected
    _, received_col = _find(formulas, "Tổng số")  # the first "Tổng số" is the header's
    total_row = max(c.row for row in formulas.iter_rows() for c in row if c.value == "Tổng số" and c.column == 2)
    # An item row holds numbers; its group's total is a formula adding them.
    item_row, _ = _find(formulas, "Đăng ký tạm trú (1.004194)")
    online = formulas.cell(item_row, received_col + 1)
    assert isinstance(online.value, int) and online.value == 1
    assert str(formulas.cell(item_row, received_col).value).startswith("=")
    assert values.cell(item_row, received_col).value == 10
    # The field row adds up its procedures, the total row its fields.
    field_row, _ = _find(formulas, "Cư trú")
    assert str(formulas.cell(field_row, received_col + 2).value).startswith("=SUM(")
    assert str(formulas.cell(total_row, received_col + 3).value).startswith("=")
    assert values.cell(total_row, received_col).value == 11
    assert values.cell(total_row, received_col + 3).value == 3  # carried over


def test_pdf_is_a4_landscape_with_the_header_the_table_and_the_signatures(desk, report, tmp_path):
    out = write_bieu06_pdf(report, desk.unit, tmp_path / "b06.pdf", date(2026, 12, 5))
    width, height = page_sizes(out)[0]
    assert width > height and round(width) == 842
    body = text(out)
    for expected in ("Biểu số 06/VPCP/KSTT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CÔNG AN XÃ TÂN TIẾN",
                     "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", "Từ ngày 01/12/2026 đến ngày 04/12/2026",
                     "Cư trú", "Đăng ký tạm trú (1.004194)", "Tổng số", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ",
                     "Tân Tiến, ngày 05 tháng 12 năm 2026", "75,0%"):
        assert expected in body, expected
