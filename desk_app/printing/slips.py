"""The thermal slips as layouts, from plain records (the unit dict, `DossierService.get`,
a visit row, a catalog Procedure). No database here: the service reads, this arranges."""

from __future__ import annotations

import json
from datetime import datetime

from desk_app.core.catalog import DOCUMENT_KINDS, Procedure
from desk_app.core.text import vn_datetime, vn_money
from desk_app.db.store import from_text
from desk_app.printing.slip_layout import Layout

SLIP_KINDS = {
    "receipt": "PHIẾU TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "supplement": "PHIẾU HƯỚNG DẪN BỔ SUNG, HOÀN THIỆN HỒ SƠ",
    "refusal": "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
    "extension": "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
    "returned": "PHIẾU XÁC NHẬN ĐÃ TRẢ KẾT QUẢ",
    "stopped": "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
}
# What a print job printed, as the officer calls it (the job list, the command line).
JOB_KINDS = {**{kind: title.capitalize() for kind, title in SLIP_KINDS.items()},
             "sheet": "Phiếu hướng dẫn thủ tục", "visit": "Phiếu tiếp công dân", "test": "Trang in thử",
             **{f"a4_{kind}": f"Biểu mẫu A4: {title.lower()}" for kind, title in SLIP_KINDS.items()
                if kind not in ("returned", "stopped")},
             "a4_stop": "Biểu mẫu A4: thông báo dừng giải quyết hồ sơ",
             "a4_control": "Biểu mẫu A4: phiếu kiểm soát quá trình giải quyết hồ sơ"}
# The event a slip kind tells about; printing it before that event happened is refused.
SLIP_EVENTS = {"supplement": "supplement", "refusal": "refuse", "extension": "extend", "returned": "return",
               "stopped": "stop"}
VISIT_KINDS = {"inquiry": "Hỏi, hướng dẫn thủ tục", "result_pickup": "Nhận kết quả",
               "complaint": "Khiếu nại, tố cáo", "proposal": "Kiến nghị", "report": "Tin báo", "dossier": "Nộp hồ sơ"}


class SlipUnavailable(LookupError):
    """The dossier has no such step yet (e.g. a refusal slip for a dossier not refused)."""


def unit_header(layout: Layout, unit: dict) -> Layout:
    if unit.get("upper_name"):
        layout.center(unit["upper_name"].upper(), "small")
    layout.center(unit["name"].upper(), bold=True)
    if unit.get("address"):
        layout.center(unit["address"], "small")
    return layout.rule()


# Where a long title breaks, so "BỔ SUNG" is never split over two lines.
TITLE_LINES = {
    SLIP_KINDS["receipt"]: ("PHIẾU TIẾP NHẬN HỒ SƠ", "VÀ HẸN TRẢ KẾT QUẢ"),
    SLIP_KINDS["supplement"]: ("PHIẾU HƯỚNG DẪN", "BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
    SLIP_KINDS["refusal"]: ("PHIẾU TỪ CHỐI", "TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ"),
    SLIP_KINDS["extension"]: ("PHIẾU XIN LỖI VÀ", "HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
    SLIP_KINDS["stopped"]: ("THÔNG BÁO DỪNG", "GIẢI QUYẾT HỒ SƠ"),
}


def _title(layout: Layout, title: str, code: str | None = None) -> Layout:
    layout.space(4)
    for line in TITLE_LINES.get(title, (title,)):
        layout.center(line, "large", bold=True)
    if code:
        layout.center(f"Mã hồ sơ: {code}", "large", bold=True)
    return layout.rule("dashed")


def _citizen(layout: Layout, dossier: dict) -> None:
    layout.pair("Ông/Bà", dossier["full_name"], bold_value=True)
    if dossier.get("id_number"):
        layout.pair("Số định danh", dossier["id_number"])
    layout.pair("Thủ tục", f"{dossier['procedure_name']} ({dossier['procedure_code']})")


def _footer(layout: Layout, unit: dict, pickup_code: str | None, survey: bool = True, note: str = "",
            link: tuple[str, str] | None = None) -> Layout:
    """The QR codes (the dossier code, or `link`, and the survey) with the notes and hotline."""
    layout.rule("dashed")
    hotline = f"Đường dây nóng: {unit['hotline']}" if unit.get("hotline") else ""
    first = link or (pickup_code or "", "Mã hồ sơ")
    survey_url = unit.get("survey_url", "") if survey else ""
    return layout.qr(first, (survey_url, "Đánh giá hài lòng"), aside=(note, hotline))


def _event(dossier: dict, action: str) -> dict | None:
    matching = [e for e in dossier.get("events", []) if e["action"] == action]
    return matching[-1] if matching else None


def _officer(event: dict | None) -> str:
    return (event or {}).get("officer_name") or ""


def _when(text: str | None) -> str:
    moment = from_text(text) if isinstance(text, str) else text
    return vn_datetime(moment) if isinstance(moment, datetime) else ""


def _due(layout: Layout, label: str, when) -> None:
    """The appointment stands out: its own centred bold line, wrapping at the comma."""
    layout.text(f"{label}:", bold=True).center(_when(when), bold=True)


def receipt(unit: dict, dossier: dict) -> Layout:
    layout = _title(unit_header(Layout(), unit), SLIP_KINDS["receipt"], dossier["code"])
    _citizen(layout, dossier)
    received = [d for d in dossier.get("documents", []) if d.get("received", 1)]
    missing = [d for d in dossier.get("documents", []) if not d.get("received", 1)]
    layout.text("Giấy tờ đã nhận:", bold=True)
    for number, doc in enumerate(received, start=1):
        layout.item(f"{number}.", f"{doc['name']} ({DOCUMENT_KINDS.get(doc['kind'], doc['kind'])})", "small")
    if not received:
        layout.text("(không có)", "small")
    if missing:
        layout.text("Còn thiếu: " + "; ".join(d["name"] for d in missing), "small", bold=True)
    layout.pair("Lệ phí", vn_money(dossier.get("fee") or 0))
    layout.pair("Nhận lúc", _when(dossier["received_at"]))
    # A receipt printed again after an extension or a supplement shows the appointment as it
    # stands now, and the first one beside it, so the two papers never disagree unexplained.
    original = dossier.get("original_due_at")
    moved = json.loads((_event(dossier, "resume") or {}).get("details") or "{}").get("old_due_at")
    if moved:  # the clock stopped while the citizen completed the dossier: the old slip is out of date
        layout.pair("Hẹn trả trước khi bổ sung", _when(moved))
        _due(layout, "Hẹn trả kết quả (đã điều chỉnh)", dossier["due_at"])
    elif original and original != dossier["due_at"]:
        layout.pair("Hẹn trả ban đầu", _when(original))
        _due(layout, "Hẹn trả kết quả (đã điều chỉnh)", dossier["due_at"])
    else:
        _due(layout, "Hẹn trả kết quả", dossier["due_at"])
    officer = _officer(_event(dossier, "receive"))
    if officer:
        layout.pair("Cán bộ tiếp nhận", officer)
    return _footer(layout, unit, dossier["code"], note="Xin mang phiếu này khi đến nhận kết quả.")


def supplement(unit: dict, dossier: dict) -> Layout:
    event = _require(dossier, "supplement")
    missing = json.loads(event.get("details") or "{}").get("missing", [])
    layout = _title(unit_header(Layout(), unit), SLIP_KINDS["supplement"], dossier["code"])
    _citizen(layout, dossier)
    layout.text("Đề nghị Ông/Bà bổ sung, hoàn thiện:", bold=True)
    for number, name in enumerate(missing or [event["reason"]], start=1):
        layout.item(f"{number}.", name)
    if missing and event["reason"]:
        layout.pair("Lý do", event["reason"])
    layout.pair("Ngày yêu cầu", _when(event["at"]))
    if _officer(event):
        layout.pair("Cán bộ hướng dẫn", _officer(event))
    return _footer(layout, unit, dossier["code"], survey=False, note="Mọi vướng mắc xin liên hệ đơn vị.")


def refusal(unit: dict, dossier: dict) -> Layout:
    event = _require(dossier, "refusal")
    layout = _title(unit_header(Layout(), unit), SLIP_KINDS["refusal"], dossier["code"])
    _citizen(layout, dossier)
    layout.text("Hồ sơ không được tiếp nhận, giải quyết vì lý do:", bold=True)
    layout.text(event["reason"])
    layout.pair("Ngày", _when(event["at"]))
    if _officer(event):
        layout.pair("Cán bộ", _officer(event))
    layout.text("Xin Ông/Bà thông cảm. Mọi thắc mắc xin liên hệ đơn vị.", "small")
    return _footer(layout, unit, None)


def extension(unit: dict, dossier: dict) -> Layout:
    event = _require(dossier, "extension")
    details = json.loads(event.get("details") or "{}")
    layout = _title(unit_header(Layout(), unit), SLIP_KINDS["extension"], dossier["code"])
    _citizen(layout, dossier)
    layout.pair("Hẹn trả ban đầu", _when(dossier["original_due_at"]))
    layout.pair("Lý do chậm", event["reason"])
    layout.text(f"{unit['name']} xin lỗi Ông/Bà vì sự chậm trễ này và xin hẹn lại:", "small")
    _due(layout, "Hẹn trả kết quả", details.get("new_due_at") or dossier["due_at"])
    if _officer(event):
        layout.pair("Cán bộ", _officer(event))
    return _footer(layout, unit, dossier["code"])


def returned(unit: dict, dossier: dict) -> Layout:
    event = _require(dossier, "returned")
    details = json.loads(event.get("details") or "{}")
    layout = _title(unit_header(Layout(), unit), SLIP_KINDS["returned"], dossier["code"])
    _citizen(layout, dossier)
    layout.pair("Trả kết quả lúc", _when(event["at"]), bold_value=True)
    if details.get("collected_by"):
        layout.pair("Người nhận", details["collected_by"])
    if _officer(event):
        layout.pair("Cán bộ trả kết quả", _officer(event))
    layout.text("Cảm ơn Ông/Bà. Xin dành một phút đánh giá mức độ hài lòng.", "small")
    return _footer(layout, unit, None)


def stopped(unit: dict, dossier: dict) -> Layout:
    """Mẫu 05: why handling stopped, for the citizen to keep."""
    event = _require(dossier, "stopped")
    layout = _title(unit_header(Layout(), unit), SLIP_KINDS["stopped"], dossier["code"])
    _citizen(layout, dossier)
    layout.text(f"{unit['name']} thông báo dừng giải quyết hồ sơ vì lý do:", bold=True)
    layout.text(event["reason"])
    layout.pair("Ngày", _when(event["at"]))
    if _officer(event):
        layout.pair("Cán bộ", _officer(event))
    layout.text("Xin Ông/Bà thông cảm. Mọi thắc mắc xin liên hệ đơn vị.", "small")
    return _footer(layout, unit, None)


BUILDERS = {"receipt": receipt, "supplement": supplement, "refusal": refusal,
            "extension": extension, "returned": returned, "stopped": stopped}


def _require(dossier: dict, kind: str) -> dict:
    event = _event(dossier, SLIP_EVENTS[kind])
    if event is None:
        raise SlipUnavailable(
            f"Hồ sơ {dossier['code']} chưa có bước “{SLIP_KINDS[kind].lower()}” nên không in được phiếu này.")
    return event


def dossier_slip(kind: str, unit: dict, dossier: dict, reprint: int = 0) -> Layout:
    """`reprint`: how many of this slip were printed before; a reprint says so with its number,
    and after an amendment says it replaces the earlier slip: it never passes for the original."""
    if kind not in BUILDERS:
        raise SlipUnavailable(f"Không có loại phiếu “{kind}”; chọn: {', '.join(BUILDERS)}.")
    layout = BUILDERS[kind](unit, dossier)
    if reprint > 0:
        marks = Layout().center(f"BẢN IN LẠI LẦN {reprint}", "large", bold=True)
        amended = _event(dossier, "amend")
        if amended:
            marks.center(f"Thay thế phiếu đã in trước khi hồ sơ được sửa lúc {_when(amended['at'])}", "small",
                         bold=True)
        layout.blocks[0:0] = marks.rule("dashed").blocks
    return layout


def reception_ticket(unit: dict, visit: dict) -> Layout:
    """The reception-log ticket for a visit (inquiry, pickup, complaint, report)."""
    layout = _title(unit_header(Layout(), unit), "PHIẾU TIẾP CÔNG DÂN")
    layout.pair("Số phiếu", visit["number"], bold_value=True)
    layout.pair("Nội dung", VISIT_KINDS.get(visit["kind"], visit["kind"]))
    layout.pair("Thời gian", _when(visit["at"]))
    if visit.get("full_name"):
        layout.pair("Ông/Bà", visit["full_name"], bold_value=True)
    if visit.get("summary"):
        layout.pair("Tóm tắt", visit["summary"])
    if visit.get("outcome"):
        layout.pair("Kết quả", visit["outcome"])
    if visit.get("officer_name"):
        layout.pair("Cán bộ tiếp", visit["officer_name"])
    return _footer(layout, unit, visit.get("dossier_code"))


def procedure_sheet(unit: dict, proc: Procedure) -> Layout:
    """The procedure on thermal paper: what to bring, how long, how much, where to read more."""
    layout = unit_header(Layout(), unit)
    layout.space(4).center("HƯỚNG DẪN THỦ TỤC", "small", bold=True)
    layout.center(proc.name, "large", bold=True)
    layout.center(f"Mã thủ tục: {proc.code} · Lĩnh vực: {proc.field}", "small").rule("dashed")
    limit = proc.limit_text() + (f" ({proc.limit_note})" if proc.limit_note else "")
    layout.pair("Thời hạn giải quyết", limit, bold_value=True)
    fee = vn_money(proc.fee_in_person)
    if proc.fee_online != proc.fee_in_person:
        fee += f"; nộp trực tuyến: {vn_money(proc.fee_online)}"
    layout.pair("Lệ phí", fee + (f" ({proc.fee_note})" if proc.fee_note else ""))
    layout.text("Giấy tờ cần mang:", bold=True)
    for number, doc in enumerate(proc.documents, start=1):
        layout.item(f"{number}.", f"{doc.name} ({DOCUMENT_KINDS.get(doc.kind, doc.kind)})", "small")
    if proc.legal_basis:
        layout.pair("Căn cứ pháp lý", proc.legal_basis, size="small")
    if not proc.verified:
        layout.text("Thông tin thủ tục này đang chờ xác minh; xin hỏi cán bộ tiếp nhận.", "small", bold=True)
    return _footer(layout, unit, None, link=(proc.link(), "Xem thủ tục trên Cổng dịch vụ công"))


def test_page(unit: dict | None, printer: dict, when: datetime) -> Layout:
    layout = unit_header(Layout(), unit) if unit else Layout()
    layout.center("TRANG IN THỬ", "title", bold=True).rule("dashed")
    layout.pair("Máy in", printer["name"], bold_value=True)
    layout.pair("Kết nối", printer.get("target_text", printer.get("kind", "")))
    layout.pair("Khổ giấy", f"{printer.get('width', 576)} điểm")
    layout.pair("Lúc", vn_datetime(when))
    layout.text("Tiếng Việt có dấu:", bold=True)
    layout.text("ĂÂĐÊÔƠƯ ăâđêôơư · À Á Ả Ã Ạ · Ằ Ắ Ẳ Ẵ Ặ · Ề Ế Ể Ễ Ệ · Ờ Ớ Ở Ỡ Ợ · Ừ Ứ Ử Ữ Ự")
    layout.text("Nguyễn Thị Hường, Đặng Quốc Việt, Trần Thị Ngọc Ánh, Phạm Văn Dũng", "small")
    layout.qr(("TEST " + printer["name"], "Mã QR thử"))
    return layout.center("Nếu đọc rõ mọi dấu ở trên, máy in đã sẵn sàng.", "small")
