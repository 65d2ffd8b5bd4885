"""Every unsatisfied citizen answered, every complaint, proposal and tip-off followed to the end:
what opens a follow-up (from each place a rating comes from), its due time on the unit's
calendar, a rating replaced, the commander's answer, the cases' steps, the handover's lists,
the audit chain and a backup carrying them. Counted by hand on Monday 23/11/2026 09:00
(24/11 is a day off)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from desk_app.core.rating_follow_ups import FollowUpError
from desk_app.core.registration import dossier_input_from_dict
from desk_app.core.roles import PermissionDenied


def _register(desk, officer, name):
    return desk.dossiers.register(dossier_input_from_dict({"full_name": name, "procedure": "1.004194"}), officer).code


@pytest.fixture
def clerk(desk, commander):
    return desk.officers.add("Trần Thị Lan", "officer", "3917", commander["id"])["id"]


def test_each_unsatisfied_rating_opens_one_follow_up_due_in_five_working_days(desk, commander, clerk):
    first, second, third = (_register(desk, clerk, n) for n in ("Lê Thị Hoa", "Phạm Văn Đức", "Vũ Thị Gấm"))
    # The citizen screen (source "screen"), the visit form, a paper form; satisfied ones open nothing.
    desk.ratings.add("unsatisfied", clerk, code=first, reason="trễ hẹn", source="screen")
    desk.visits.record({"full_name": "Đỗ Văn Hải", "kind": "inquiry", "summary": "Hỏi thủ tục",
                        "satisfaction": "unsatisfied"}, clerk)
    desk.ratings.add_paper_forms([{"code": second, "level": "unsatisfied", "reason": "attitude", "day": "2026-11-20"},
                                  {"code": third, "level": "satisfied"}], commander["id"])
    desk.ratings.add("very_satisfied", clerk, code=third, step="return")
    rows = desk.rating_follow_ups.listed(open_only=True)
    assert len(rows) == 3
    assert {r["source"] for r in rows} == {"screen", "visit_form", "paper"}
    # 09:00 Monday + 5 working days, Tuesday 24/11 off: 25, 26, 27, 30/11, 1/12 -> 1/12 09:00.
    assert {r["due_at"] for r in rows} == {"2026-12-01 09:00:00"}
    assert sorted(r["reason_label"] for r in rows) == ["", "Thái độ", "Trễ hẹn"]
    assert {r["full_name"] for r in rows} == {"Lê Thị Hoa", "Phạm Văn Đức", "Đỗ Văn Hải"}
    assert desk.rating_follow_ups.counts() == (3, 0)


def test_overdue_after_the_due_time_and_the_days_come_from_settings(desk, commander, clerk, clock):
    code = _register(desk, clerk, "Lê Thị Hoa")
    desk.ratings.add("unsatisfied", clerk, code=code, reason="waiting")
    clock.now = datetime(2026, 12, 1, 8, 59)
    assert desk.rating_follow_ups.counts() == (1, 0)
    clock.now = datetime(2026, 12, 1, 9, 1)
    assert desk.rating_follow_ups.counts() == (1, 1)
    assert desk.rating_follow_ups.listed()[0]["overdue"] is True
    desk.save_settings(replace(desk.settings, rating_follow_up_days=2), commander["id"])
    clock.now = datetime(2026, 11, 23, 10, 0)
    other = _register(desk, clerk, "Phạm Văn Đức")
    desk.ratings.add("unsatisfied", clerk, code=other, reason="attitude")
    due = {r["dossier_code"]: r["due_at"] for r in desk.rating_follow_ups.listed()}
    assert due[other] == "2026-11-26 10:00:00"  # 25/11 and 26/11 (24/11 off)
    with pytest.raises(PermissionDenied):  # an officer cannot shorten the commander's time
        desk.save_settings(replace(desk.settings, rating_follow_up_days=9), clerk)


def test_a_better_last_say_withdraws_and_a_new_unsatisfied_reopens(desk, clerk):
    code = _register(desk, clerk, "Lê Thị Hoa")
    opened = desk.ratings.add("unsatisfied", clerk, code=code, reason="waiting")
    assert opened["follow_up_id"]
    desk.ratings.not_rated(clerk, dossier_id=desk.dossiers.get(code)["id"])  # never replaces an answer
    assert desk.rating_follow_ups.counts() == (1, 0)
    desk.ratings.add("satisfied", clerk, code=code)
    assert desk.rating_follow_ups.counts() == (0, 0)
    assert desk.rating_follow_ups.listed() == []  # withdrawn: not listed
    again = desk.ratings.add("unsatisfied", clerk, code=code, reason="khác")
    assert again["follow_up_id"] == opened["follow_up_id"]
    assert [r["reason"] for r in desk.rating_follow_ups.listed(open_only=True)] == ["other"]


def test_only_the_commander_answers_and_the_answer_closes_it(desk, commander, clerk):
    code = _register(desk, clerk, "Lê Thị Hoa")
    follow_up = desk.ratings.add("unsatisfied", clerk, code=code, reason="late")["follow_up_id"]
    with pytest.raises(PermissionDenied, match="Chỉ chỉ huy"):
        desk.rating_follow_ups.answer(follow_up, "Xin lỗi", clerk)
    with pytest.raises(FollowUpError, match="Chưa ghi nội dung trả lời"):
        desk.rating_follow_ups.answer(follow_up, "  ", commander["id"])
    row = desk.rating_follow_ups.answer(follow_up, "Đã xin lỗi, hẹn trả ngay hôm sau", commander["id"],
                                        contact="Gọi điện 0912000111")
    assert (row["status"], row["answered_by_name"], row["contact"]) == ("answered", "Nguyễn Văn Hùng",
                                                                       "Gọi điện 0912000111")
    assert desk.rating_follow_ups.listed(open_only=True) == []
    assert desk.rating_follow_ups.find(follow_up[:8]) == follow_up
    with pytest.raises(FollowUpError, match="Không có"):
        desk.rating_follow_ups.find("zzzz")


def test_complaints_proposals_and_tips_get_a_deadline_by_kind_and_follow_steps(desk, commander, clerk, clock):
    made = {kind: desk.visits.record({"full_name": name, "kind": kind, "summary": summary}, clerk)
            for kind, name, summary in (("complaint", "Vũ Văn Khiếu", "Tiếng ồn quán karaoke"),
                                        ("proposal", "Lê Thị Hoa", "Đề nghị lắp đèn đường"),
                                        ("report", "Ngô Văn Khang", "Báo có người lạ"),
                                        ("inquiry", "Bùi Thị Hỏi", "Hỏi thủ tục"))}
    assert made["inquiry"]["follow_up"] is None
    due = {row["kind"]: row["due_at"] for row in desk.visit_follow_ups.listed()}
    # 10 working days from 23/11 09:00: 25 … 8/12; 3 days: 25, 26, 27/11.
    assert due == {"complaint": "2026-12-08 09:00:00", "proposal": "2026-12-08 09:00:00",
                   "report": "2026-11-27 09:00:00"}
    assert {r["handler_id"] for r in desk.visit_follow_ups.listed()} == {clerk}
    tip = made["report"]["follow_up"]["id"]
    with pytest.raises(FollowUpError, match="nơi chuyển đến"):
        desk.visit_follow_ups.update(tip, clerk, status="forwarded")
    desk.visit_follow_ups.update(tip, clerk, status="forwarded", forwarded_to="Công an tỉnh Bắc Ninh")
    desk.visit_follow_ups.update(made["proposal"]["follow_up"]["id"], clerk, status="handling",
                                 handler_id=commander["id"])
    clock.now = datetime(2026, 12, 8, 9, 1)
    # Forwarded is the upper level's now: not the unit's overdue; complaint and proposal are.
    assert desk.visit_follow_ups.counts() == (2, 2)
    closed = desk.visit_follow_ups.close(made["complaint"]["follow_up"]["id"], "Đã kiểm tra, nhắc nhở chủ quán", clerk)
    assert (closed["status"], closed["answered_at"]) == ("answered", "2026-12-08 09:01:00")
    with pytest.raises(FollowUpError, match="đã trả lời"):
        desk.visit_follow_ups.update(closed["id"], clerk, status="handling")
    assert desk.visit_follow_ups.counts() == (1, 1)
    assert [r["kind"] for r in desk.visit_follow_ups.listed(open_only=True)] == ["report", "proposal"]


def test_the_handover_lists_what_waits_for_an_answer(desk, commander, clerk, clock):
    code = _register(desk, clerk, "Lê Thị Hoa")
    desk.ratings.add("unsatisfied", clerk, code=code, reason="late")
    desk.visits.record({"full_name": "Ngô Văn Khang", "kind": "report", "summary": "Báo có người lạ"}, clerk)
    desk.visits.record({"full_name": "Lê Thị Hoa", "kind": "proposal", "summary": "Đề nghị lắp đèn"}, clerk)
    clock.now = datetime(2026, 11, 30, 9, 0)  # the tip (due 27/11) is late; the rating (1/12) not yet
    h = desk.handover.build(since=datetime(2026, 11, 30, 7, 30))
    assert len(h.rating_follow_ups) == 1 and len(h.visit_follow_ups) == 2
    assert h.follow_ups_overdue == (0, 1)
    codes = h.codes()
    assert [r["dossier_code"] for r in codes["rating_follow_ups"]] == [code]
    assert [(v["kind"], v["overdue"]) for v in codes["visit_follow_ups"]] == [("report", True), ("proposal", False)]
    saved = desk.handover.confirm(h, clerk, commander["id"], "4826")
    kept = saved["handover"]
    assert kept.follow_ups_overdue == (0, 1) and len(kept.visit_follow_ups) == 2


def test_the_audit_chain_holds_the_follow_ups_and_a_backup_carries_them(desk, commander, clerk, tmp_path):
    code = _register(desk, clerk, "Lê Thị Hoa")
    follow_up = desk.ratings.add("unsatisfied", clerk, code=code, reason="late")["follow_up_id"]
    desk.rating_follow_ups.answer(follow_up, "Đã xin lỗi", commander["id"])
    case = desk.visits.record({"full_name": "Ngô Văn Khang", "kind": "report", "summary": "Báo"}, clerk)["follow_up"]
    entries = desk.store.all("SELECT table_name, record_id, action FROM audit_log WHERE table_name IN "
                             "('rating_follow_ups', 'visit_follow_ups') ORDER BY seq")
    assert [(e["table_name"], e["record_id"]) for e in entries] == [
        ("rating_follow_ups", follow_up), ("rating_follow_ups", follow_up), ("visit_follow_ups", case["id"])]
    assert desk.verify_audit().ok
    backup = desk.backups.make(tmp_path / "copies")
    desk.visit_follow_ups.close(case["id"], "Đã xác minh", clerk)
    desk.backups.restore(backup, commander["id"])
    assert [r["status"] for r in desk.visit_follow_ups.listed()] == ["received"]
    assert [r["answer"] for r in desk.rating_follow_ups.listed()] == ["Đã xin lỗi"]
