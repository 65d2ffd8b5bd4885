"""The shift handover against a scenario counted by hand, the PIN of the incoming officer,
and the day's close kept once and reprinted as a reprint."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk_app.core.day_close import DayCloseError
from desk_app.core.handover import HandoverError
from desk_app.core.registration import dossier_input_from_dict
from desk_app.printing.handover_slips import day_close_slip, handover_slip


CITIZENS = {"P1": "Nguyễn Văn An", "P2": "Trần Thị Bình", "P3": "Lê Thị Cúc", "P4": "Phạm Văn Dũng",
            "R0": "Hoàng Văn Em", "R1": "Vũ Thị Gấm", "R2": "Đỗ Văn Hải", "R3": "Bùi Thị Hoa", "R4": "Ngô Văn Khang"}


@pytest.fixture
def scenario(desk, commander, clock):
    """Thursday 19/11 to Monday 23/11/2026 09:00 (24/11 is a day off). The shift began 07:30."""
    boss = commander["id"]
    clerk = desk.officers.add("Trần Thị Lan", "officer", "3917", boss)["id"]
    codes = {}

    def register(name, when, procedure, channel="in_person", phone=""):
        clock.now = when
        data = {"full_name": CITIZENS[name[:2]], "procedure": procedure, "channel": channel, "phone": phone}
        codes[name] = desk.dossiers.register(dossier_input_from_dict(data), clerk).code
        return codes[name]

    def act(name, when, action, **kwargs):
        clock.now = when
        desk.dossiers.apply(codes[name], action, clerk, **kwargs)

    register("P1 quá hạn", datetime(2026, 11, 19, 8, 0), "1.003677")  # 1 day: due Fri 20/11 08:00
    register("P2 trả", datetime(2026, 11, 19, 8, 10), "1.004194")
    register("P3 chờ trả", datetime(2026, 11, 19, 8, 20), "1.010028", phone="0912000111")
    register("P4 bổ sung", datetime(2026, 11, 19, 8, 30), "1.002755")
    for name in ("P2 trả", "P3 chờ trả"):
        act(name, datetime(2026, 11, 20, 10, 0), "start")
        act(name, datetime(2026, 11, 20, 15, 0), "result_ready")
    act("P4 bổ sung", datetime(2026, 11, 20, 9, 0), "supplement", reason="Thiếu giấy tờ chỗ ở")
    register("R0 trước ca", datetime(2026, 11, 23, 7, 10), "1.003677")  # before the shift: open, not received in it
    register("R1 tạm trú", datetime(2026, 11, 23, 7, 40), "1.004194")  # 15.000 đ cash
    register("R2 thường trú", datetime(2026, 11, 23, 7, 50), "1.004222", channel="online")  # 10.000 đ online
    register("R3 xác nhận", datetime(2026, 11, 23, 8, 0), "1.010041")  # half a day: due this afternoon
    register("R4 tách hộ", datetime(2026, 11, 23, 8, 20), "1.010038")  # 10.000 đ cash
    act("P2 trả", datetime(2026, 11, 23, 8, 30), "return", details={"collected_by": "Trần Thị Bình"})
    clock.now = datetime(2026, 11, 23, 8, 31)
    desk.ratings.add("very_satisfied", clerk, code=codes["P2 trả"], step="return")
    desk.ratings.add("unsatisfied", clerk, code=codes["R1 tạm trú"], reason="waiting")
    clock.now = datetime(2026, 11, 23, 8, 40)
    desk.visits.record({"full_name": "Vũ Văn Khiếu", "kind": "complaint", "summary": "Khiếu nại tiếng ồn",
                        "phone": "0988777666"}, clerk)
    desk.visits.record({"full_name": "Lê Thị Hỏi", "kind": "inquiry", "summary": "Hỏi thủ tục"}, clerk)
    clock.now = datetime(2026, 11, 23, 9, 0)
    return codes, clerk


def test_handover_totals_match_the_hand_count(desk, scenario):
    codes, _ = scenario
    h = desk.handover.build(since=datetime(2026, 11, 23, 7, 30))
    c = lambda *names: [codes[n] for n in names]  # noqa: E731
    assert [d["code"] for d in h.received] == c("R1 tạm trú", "R2 thường trú", "R3 xác nhận", "R4 tách hộ")
    assert [d["code"] for d in h.returned] == c("P2 trả")
    assert [d["code"] for d in h.overdue] == c("P1 quá hạn")  # P4 is paused for papers: not overdue
    assert [(d["code"], d["phone"]) for d in h.ready_for_pickup] == [(codes["P3 chờ trả"], "0912000111")]
    open_codes = [d["code"] for d in h.open]
    assert sorted(open_codes) == sorted(c("P1 quá hạn", "P4 bổ sung", "R0 trước ca", "R1 tạm trú", "R2 thường trú",
                                          "R3 xác nhận", "R4 tách hộ"))
    # Due by the end of Wednesday 25/11 (the next working day: 24/11 is off) come first.
    soon = set(open_codes[:h.due_soon_count])
    assert soon == set(c("P1 quá hạn", "P4 bổ sung", "R0 trước ca", "R3 xác nhận"))
    assert [d["due_at"] for d in h.open] == sorted(d["due_at"] for d in h.open)
    assert (h.fees_total, h.cash_total) == (35_000, 25_000)
    assert [(f["procedure_code"], f["dossiers"], f["fees"], f["cash"]) for f in h.fees] == [
        ("1.004194", 1, 15_000, 15_000), ("1.004222", 1, 10_000, 0), ("1.010038", 1, 10_000, 10_000)]
    assert h.ratings == {"very_satisfied": 1, "satisfied": 0, "unsatisfied": 1, "not_rated": 0}
    assert [(v["kind"], v["phone"]) for v in h.follow_up] == [("complaint", "0988777666")]
    assert h.visits == 3  # the complaint, the inquiry, and the pickup the return logged by itself


def test_the_incoming_officer_pin_is_required(desk, scenario, commander):
    _, clerk = scenario
    h = desk.handover.build(since=datetime(2026, 11, 23, 7, 30))
    with pytest.raises(HandoverError, match="không đúng"):
        desk.handover.confirm(h, clerk, commander["id"], "9999", "Còn 1 hồ sơ quá hạn")
    with pytest.raises(HandoverError, match="chưa nhập"):
        desk.handover.confirm(h, clerk, commander["id"], "")
    with pytest.raises(HandoverError, match="người khác"):
        desk.handover.confirm(h, clerk, clerk, "3917")
    assert desk.handover.history() == []
    saved = desk.handover.confirm(h, clerk, commander["id"], "4826", "Gọi điện cho chị P3 nhận kết quả")
    assert (saved["from_name"], saved["to_name"], saved["note"]) == (
        "Trần Thị Lan", "Nguyễn Văn Hùng", "Gọi điện cho chị P3 nhận kết quả")
    assert saved["handover"].fees_total == 35_000  # kept as counted, not recounted
    assert [row["id"] for row in desk.handover.history()] == [saved["id"]]
    assert desk.handover.default_since() == datetime(2026, 11, 23, 9, 0)  # the next shift starts here
    text = handover_slip(desk.unit, saved["handover"], saved["from_name"], saved["to_name"], saved["note"],
                         saved["at"]).plain_text()
    assert "BIÊN BẢN BÀN GIAO CA TRỰC" in text and "NGƯỜI NHẬN CA" in text and "Nguyễn Văn Hùng" in text
    assert "Tiền mặt tại quầy: 25.000" in text


def test_day_close_once_then_reprints_marked(desk, scenario, clock):
    _, clerk = scenario
    clock.now = datetime(2026, 11, 23, 17, 0)
    close = desk.day_close.close(clerk)
    assert (close.totals["received"], close.totals["returned"], close.totals["fees_total"]) == (5, 1, 35_000)
    assert not close.reprint
    with pytest.raises(DayCloseError, match="đã chốt sổ"):
        desk.day_close.close(clerk)
    desk.visits.record({"full_name": "Người Đến Muộn", "kind": "inquiry", "summary": "Hỏi"}, clerk)
    again = desk.day_close.reprint(clerk)
    assert again.reprint and again.reprints == 1 and again.totals == close.totals  # as closed, not recounted
    assert "BẢN IN LẠI (lần 1)" in day_close_slip(desk.unit, again).plain_text()
    assert "BẢN IN LẠI" not in day_close_slip(desk.unit, close).plain_text()
    with pytest.raises(DayCloseError, match="chưa chốt"):
        desk.day_close.reprint(clerk, datetime(2026, 11, 20).date())
