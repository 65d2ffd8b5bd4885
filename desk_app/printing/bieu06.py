"""The layout of Biểu 06/VPCP/KSTT, in one place for the spreadsheet and the PDF: its title,
its column groups, and its rows (fields, their procedures, a total).

Whether NĐ 118/2025 replaced this form is not verified: change the layout here only.
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.core.stats import Counts, Report

FORM_NUMBER = "Biểu số 06/VPCP/KSTT"
TITLE = ("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ "
         "TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
UNIT_OF_COUNT = "Đơn vị tính: Số hồ sơ"

# (group heading, [(key, sub-heading)]); a group of one column spans both header rows.
# A key ending in _total is the sum of the rest of its group (a formula in the spreadsheet).
GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Số hồ sơ nhận giải quyết", (("received_total", "Tổng số"), ("received_online", "Trực tuyến"),
                                  ("received_direct", "Trực tiếp, dịch vụ bưu chính"),
                                  ("carried_over", "Từ kỳ trước"))),
    ("Số hồ sơ đã giải quyết", (("resolved_total", "Tổng số"), ("resolved_early", "Trước hạn"),
                                ("resolved_on_time", "Đúng hạn"), ("resolved_late", "Quá hạn"))),
    ("Số hồ sơ đang giải quyết", (("in_progress_total", "Tổng số"), ("in_progress_in_time", "Trong hạn"),
                                  ("in_progress_overdue", "Quá hạn"), ("needs_supplement", "Chờ bổ sung"))),
    ("Từ chối", (("refused", "Từ chối"),)),
    ("Dừng giải quyết", (("stopped", "Dừng giải quyết"),)),
    ("Đã trả kết quả", (("returned", "Đã trả kết quả"),)),
    ("Tỷ lệ trước hạn và đúng hạn", (("timely_rate", "Tỷ lệ"),)),
)
COUNT_COLUMNS = [key for _, cols in GROUPS for key, _ in cols]
# The total column of each group and the columns it adds up.
TOTALS = {cols[0][0]: [k for k, _ in cols[1:]] for _, cols in GROUPS if cols[0][0].endswith("_total")}
RATE = "timely_rate"
LABEL_HEADING = "Lĩnh vực, công việc giải quyết theo cấp"

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


@dataclass
class FormRow:
    kind: str  # "field" (a subtotal of the procedure rows under it), "item", or "total"
    number: str  # STT: I, II… for fields, 1, 2… for items
    label: str
    counts: Counts
    children: int = 0  # a field row: how many item rows follow it


def form_rows(report: Report) -> list[FormRow]:
    """By procedure: each field, then its procedures; otherwise one row per group; then the total."""
    rows: list[FormRow] = []
    if report.by == "procedure":
        fields: dict[str, list] = {}
        for r in report.rows:
            fields.setdefault(r.field, []).append(r)
        for n, (name, items) in enumerate(fields.items()):
            subtotal = Counts()
            for r in items:
                subtotal.add([r.counts.value(k) for k in _RAW])
            rows.append(FormRow("field", ROMAN[n] if n < len(ROMAN) else str(n + 1), name or "(chưa rõ lĩnh vực)",
                                subtotal, len(items)))
            rows += [FormRow("item", str(i), f"{r.label} ({r.key})", r.counts) for i, r in enumerate(items, 1)]
    else:
        rows += [FormRow("item", str(i), r.label, r.counts) for i, r in enumerate(report.rows, 1)]
    rows.append(FormRow("total", "", "Tổng số", report.total))
    return rows


_RAW = ("carried_over", "received_online", "received_direct", "resolved_early", "resolved_on_time",
        "resolved_late", "in_progress_in_time", "in_progress_overdue", "needs_supplement", "refused", "stopped",
        "returned")


def cell_value(counts: Counts, key: str):
    if key == RATE:
        rate = counts.timely_rate
        return None if rate is None else rate
    return counts.value(key)


def period_text(report: Report) -> str:
    return f"Kỳ báo cáo: Từ ngày {report.first_day:%d/%m/%Y} đến ngày {report.last_day:%d/%m/%Y}"
