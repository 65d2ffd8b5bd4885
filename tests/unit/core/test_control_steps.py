"""The control sheet's hand-overs (Mẫu 06) from a dossier's events, against hand-timed steps."""

import json
from datetime import datetime

from desk_app.core.control_steps import steps
from tests.unit.printing.control_scenario import build_control_dossier
from tests.unit.printing.pdf_readback import register

LAN, HUNG, MAI = "Ông/Bà Đỗ Thị Lan", "Nguyễn Văn Hùng", "Vũ Thị Mai"
COUNTER = "Bộ phận Một cửa"


def _at(text: str) -> datetime:
    return datetime.strptime(text, "%H:%M %d/%m/%Y")


def test_each_hand_over_with_its_parties_times_due_and_verdict(desk, clock, commander):
    code = build_control_dossier(desk, clock, commander)
    got = [(s.label, s.giver, s.taker, s.at, s.due, s.verdict) for s in steps(desk.dossiers.get(code))]
    assert got == [
        ("Tiếp nhận hồ sơ", LAN, f"{HUNG} ({COUNTER})", _at("09:00 25/11/2026"), _at("09:00 30/11/2026"), ""),
        ("Chuyển giải quyết", f"{HUNG} ({COUNTER})", MAI, _at("10:00 25/11/2026"), _at("09:00 30/11/2026"),
         "Trước hạn"),
        ("Yêu cầu bổ sung", MAI, LAN, _at("09:00 26/11/2026"), _at("09:00 30/11/2026"), "Trước hạn"),
        # The pause (7.5 working hours) moved the due time a working day: it is shown, not judged.
        ("Nhận hồ sơ đã bổ sung", LAN, HUNG, _at("09:00 27/11/2026"), _at("09:00 01/12/2026"), ""),
        ("Xin lỗi, hẹn lại", MAI, LAN, _at("15:00 30/11/2026"), _at("09:00 01/12/2026"), "Trước hạn"),
        # Against the original due time, as Biểu 06 counts it: late, though before the new date.
        ("Có kết quả, chuyển Bộ phận Một cửa", MAI, COUNTER, _at("10:00 02/12/2026"), _at("09:00 01/12/2026"),
         "Quá hạn"),
        ("Trả kết quả", f"{HUNG} ({COUNTER})", LAN, _at("09:00 03/12/2026"), _at("16:00 03/12/2026"), ""),
    ]
    notes = [s.note for s in steps(desk.dossiers.get(code))]
    assert notes[2] == "Thiếu hợp đồng thuê nhà"
    assert notes[4] == "Hẹn lại: 16:00 03/12/2026. Cần xác minh nơi ở cũ"
    assert notes[5] == "Đã hẹn lại 16:00 03/12/2026; tính theo hạn ban đầu"


def test_on_the_due_day_is_on_time_and_a_stop_is_measured(desk, clock, commander):
    # Mon 23/11 09:00, 3 working days (22.5 h): 6 h Mon, 24/11 off, 7.5 Wed, 7.5 Thu, 1.5 Fri.
    code = register(desk, commander["id"])
    other = register(desk, commander["id"])
    assert desk.dossiers.get(code)["due_at"] == "2026-11-27 09:00:00"
    clock.now = datetime(2026, 11, 27, 16, 0)
    desk.dossiers.apply(code, "result_ready", commander["id"])
    assert [s.verdict for s in steps(desk.dossiers.get(code))] == ["", "Đúng hạn"]
    clock.now = datetime(2026, 11, 30, 8, 0)
    desk.dossiers.apply(other, "stop", commander["id"], "Công dân rút hồ sơ")
    stop = steps(desk.dossiers.get(other))[-1]
    assert (stop.label, stop.giver, stop.taker, stop.verdict) == ("Dừng giải quyết", HUNG,
                                                                  "Ông/Bà Nguyễn Thị Ánh Tuyết", "Quá hạn")


def test_an_apology_written_before_the_old_time_was_kept_and_a_corrected_due(desk, clock, commander):
    code = register(desk, commander["id"])  # due Fri 27/11 09:00, as above
    clock.now = datetime(2026, 11, 25, 9, 0)
    desk.dossiers.amend(code, commander["id"], "Hẹn sai", new_due=datetime(2026, 11, 30, 9, 0))
    clock.now = datetime(2026, 11, 26, 9, 0)
    desk.dossiers.apply(code, "extend", commander["id"], "Chờ xác minh", new_due=datetime(2026, 12, 2, 9, 0))
    dossier = desk.dossiers.get(code)
    expected = [("Tiếp nhận hồ sơ", _at("09:00 27/11/2026"), ""),
                ("Xin lỗi, hẹn lại", _at("09:00 30/11/2026"), "Trước hạn")]  # the corrected due before it
    assert [(s.label, s.due, s.verdict) for s in steps(dossier)] == expected
    assert json.loads(dossier["events"][-1]["details"])["old_due_at"] == "2026-11-30 09:00:00"
    # An older desk wrote no old time with the apology: the one the correction gave stands before it.
    dossier["events"][-1]["details"] = json.dumps({"new_due_at": "2026-12-02 09:00:00"})
    assert [(s.label, s.due, s.verdict) for s in steps(dossier)] == expected
