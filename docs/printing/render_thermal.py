"""Regenerate the PNG pictures of the thermal slips in docs/printing/:

    .venv/bin/python docs/printing/render_thermal.py

Builds a throw-away desk with one dossier taken through every step, encodes each slip to
ESC/POS as a printer would receive it, and decodes those bytes back to a picture with our
decoder: what is shown is what the printer gets.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from desk_app.app import Desk
from desk_app.core.registration import dossier_input_from_dict
from desk_app.printing import escpos_decode, service
from desk_app.printing.printers import PrinterConfig, save_printer

OUT = Path(__file__).resolve().parent
UNIT = {"code": "CAXTT", "name": "Công an xã Tân Tiến", "address": "Thôn Đông, xã Tân Tiến, tỉnh Bắc Ninh",
        "hotline": "0912 345 678", "upper_name": "Công an tỉnh Bắc Ninh",
        "survey_url": "https://dichvucong.bacninh.gov.vn/khao-sat?dv=CAXTT"}


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 23, 9, 5)

    def __call__(self):
        return self.now


def sample(folder: str):
    clock = Clock()
    desk = Desk.open(folder, clock=clock)
    desk.first_run(UNIT, "Nguyễn Văn Hùng", "4826")
    officer = desk.officers.resolve(None)["id"]
    dossiers = desk.dossiers
    register = lambda data: dossiers.register(dossier_input_from_dict(data), officer).code  # noqa: E731
    receipt = register({"full_name": "Nguyễn Thị Ánh Tuyết", "id_number": "001185012345", "procedure": "1.004222"})
    other = register({"full_name": "Trần Văn Đức", "id_number": "036090000123", "procedure": "1.004194"})
    dossiers.apply(other, "supplement", officer, "Giấy tờ chỗ ở chưa hợp lệ",
                   details={"missing": ["Hợp đồng thuê nhà có công chứng hoặc chứng thực",
                                        "Văn bản đồng ý của chủ hộ cho đăng ký tạm trú"]})
    refused = register({"full_name": "Lê Thị Hồng Nhung", "id_number": "001190000321", "procedure": "1.010038"})
    # The receipt pictured is a fresh one; a twin dossier goes on to the extension and the return.
    followed = register({"full_name": "Nguyễn Thị Ánh Tuyết", "id_number": "001185012345", "procedure": "1.004222"})
    dossiers.apply(refused, "refuse", officer, "Chỗ ở đề nghị tách hộ không đủ điều kiện theo khoản 1 "
                                               "Điều 25 Luật Cư trú 2020")
    clock.now = datetime(2026, 11, 27, 15, 0)
    dossiers.apply(followed, "extend", officer, "Cần xác minh thông tin nơi thường trú cũ",
                   new_due=datetime(2026, 12, 4, 9, 0))
    dossiers.apply(followed, "result_ready", officer)
    clock.now = datetime(2026, 12, 4, 9, 30)
    dossiers.apply(followed, "return", officer, details={"collected_by": "Nguyễn Thị Ánh Tuyết"})
    visit = desk.store.one("SELECT id FROM visits WHERE kind = 'result_pickup'")["id"]
    return desk, {"receipt": receipt, "supplement": other, "refusal": refused,
                  "extension": followed, "returned": followed, "visit": visit}


def shift_end(desk) -> tuple[str, str]:
    """The end of the afternoon shift on the last day of the sample: handed over, the day closed."""
    officer = desk.officers.resolve(None)["id"]
    incoming = desk.officers.add("Trần Thị Thu Hà", "officer", "3917", officer)
    desk.visits.record({"full_name": "Vũ Văn Khải", "kind": "complaint", "phone": "0988 777 666",
                        "summary": "Phản ánh tiếng ồn công trình ban đêm"}, officer)
    desk.store.clock = lambda: datetime(2026, 12, 4, 17, 0)
    handover = desk.handover.build(datetime(2026, 12, 4, 7, 30))
    saved = desk.handover.confirm(handover, officer, incoming["id"], "3917",
                                  "Hồ sơ quá hạn đã báo chỉ huy; gọi điện cho công dân có kết quả chờ trả.")
    close = desk.day_close.close(officer)
    desk.day_close.reprint(officer)
    return saved["id"], close.day


def save(desk, kind: str, subject: str, name: str, width: int, mode: str = "raster") -> int:
    data = service.encode(desk.printing.layout_for(kind, subject), width, mode)
    escpos_decode.decode(data, width).image.save(OUT / name)
    print(f"{name:<28} {width} dots  {len(data):>7,} bytes")
    return len(data)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        desk, subjects = sample(folder)
        for kind in ("receipt", "supplement", "refusal", "extension", "returned", "visit"):
            save(desk, kind, subjects[kind], f"slip-{kind}-80mm.png", 576)
        save(desk, "receipt", subjects["receipt"], "slip-receipt-58mm.png", 384)
        save(desk, "receipt", subjects["receipt"], "slip-receipt-80mm-textmode.png", 576, "text")
        save(desk, "sheet", "1.004222", "sheet-thermal-80mm.png", 576)
        save(desk, "sheet", "1.004222", "sheet-thermal-58mm.png", 384)
        save_printer(desk.store, PrinterConfig("Quầy 1", "network", {"host": "192.168.1.50", "port": 9100}, 576), None)
        save(desk, "test", "Quầy 1", "slip-test-page-80mm.png", 576)
        handover_id, day = shift_end(desk)
        save(desk, "handover", handover_id, "slip-handover-80mm.png", 576)
        save(desk, "day_close_reprint", day, "slip-day-close-reprint-80mm.png", 576)
        desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
