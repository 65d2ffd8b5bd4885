"""A dossier that went through every hand-over, hand-timed (the control sheet's tests).

Đăng ký tạm trú (3 working days, 07:30-11:30 and 13:30-17:00):
1. received Wed 25/11/2026 09:00 by Nguyễn Văn Hùng: due Mon 30/11 09:00 (6 h Wed, 7.5 Thu,
   7.5 Fri, 1.5 Mon = 22.5 h);
2. taken to handle by Vũ Thị Mai Wed 25/11 10:00;
3. supplement asked by Mai Thu 26/11 09:00;
4. supplement brought to Hùng Fri 27/11 09:00: paused 7.5 h (one working day), so both due
   times move to Tue 1/12 09:00;
5. apology and new date by Mai Mon 30/11 15:00: Thu 3/12 16:00;
6. result ready by Mai Wed 2/12 10:00: late against the original due (1/12), as Biểu 06 counts;
7. returned by Hùng Thu 3/12 09:00.
"""

from datetime import datetime

from desk_app.core.registration import dossier_input_from_dict

CITIZEN = {"full_name": "Đỗ Thị Lan", "id_number": "001190000011", "phone": "0912000111",
           "address": "Số 5, thôn Đông, xã Tân Tiến", "procedure": "1.004194"}
MAI_PIN = "3917"


def build_control_dossier(desk, clock, commander) -> str:
    mai = desk.officers.add("Vũ Thị Mai", "officer", MAI_PIN, commander["id"])["id"]
    hung = commander["id"]
    dossiers = desk.dossiers

    def at(*when):
        clock.now = datetime(*when)

    at(2026, 11, 25, 9, 0)
    code = dossiers.register(dossier_input_from_dict(CITIZEN), hung).code
    at(2026, 11, 25, 10, 0)
    dossiers.apply(code, "start", mai)
    at(2026, 11, 26, 9, 0)
    dossiers.apply(code, "supplement", mai, "Thiếu hợp đồng thuê nhà", details={"missing": ["Hợp đồng thuê nhà"]})
    at(2026, 11, 27, 9, 0)
    dossiers.apply(code, "resume", hung)
    at(2026, 11, 30, 15, 0)
    dossiers.apply(code, "extend", mai, "Cần xác minh nơi ở cũ", new_due=datetime(2026, 12, 3, 16, 0))
    at(2026, 12, 2, 10, 0)
    dossiers.apply(code, "result_ready", mai)
    at(2026, 12, 3, 9, 0)
    dossiers.apply(code, "return", hung)
    at(2026, 12, 3, 9, 30)
    return code
