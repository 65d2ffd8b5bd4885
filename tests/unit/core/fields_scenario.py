"""A hand-counted period over three fields, for Biểu 06's rows (field, its procedures, total).

Period 1/12-4/12/2026 (Tuesday to Friday), default working hours:
- Căn cước: CC.01 received online Wed 2/12, open within time (due in 7 working days).
- Cư trú: 1.003677 received Tue 1/12 09:00 (due Wed 2/12 09:00), ready Thu 3/12: late;
  1.004194 received Tue 1/12 09:00 (due Fri 4/12), ready Wed 2/12: early;
  1.004194 received Thu 3/12, open within time.
- Đăng ký xe: 1.012575 received Mon 23/11 (before the period), still open: carried over, overdue;
  1.012575 received Tue 1/12 09:00 (due Thu 3/12 09:00), ready Thu 3/12 10:00: on time (its due day).
"""

from tests.unit.core.stats_scenario import Scenario

PERIOD = ("2026-12-01", "2026-12-04")
# (STT, label) of the form's rows, in order, and each row's counts (received total, online,
# direct, carried over, resolved total, early, on time, late, in progress total, in time, overdue).
ROWS = [
    ("I", "Căn cước", (1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0)),
    ("1", "Cấp, đổi, cấp lại thẻ căn cước (CC.01)", (1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0)),
    ("II", "Cư trú", (3, 0, 3, 0, 2, 1, 0, 1, 1, 1, 0)),
    ("1", "Khai báo tạm vắng (1.003677)", (1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0)),
    ("2", "Đăng ký tạm trú (1.004194)", (2, 0, 2, 0, 1, 1, 0, 0, 1, 1, 0)),
    ("III", "Đăng ký xe", (2, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1)),
    ("1", "Đăng ký xe (cấp xã) (1.012575)", (2, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1)),
    ("", "Tổng số", (6, 1, 4, 1, 3, 1, 1, 1, 3, 2, 1)),
]


def build_fields_scenario(desk, clock, commander) -> Scenario:
    s = Scenario(desk, clock, commander)
    s.receive((2026, 11, 23, 9, 0), procedure="1.012575")  # carried over, overdue at the end
    late = s.receive((2026, 12, 1, 9, 0), procedure="1.003677")
    early = s.receive((2026, 12, 1, 9, 0), procedure="1.004194")
    on_time = s.receive((2026, 12, 1, 9, 0), procedure="1.012575")
    s.receive((2026, 12, 2, 9, 0), procedure="CC.01", channel="online")
    s.do((2026, 12, 2, 10, 0), early, "result_ready")
    s.do((2026, 12, 3, 9, 30), late, "result_ready")
    s.do((2026, 12, 3, 10, 0), on_time, "result_ready")
    s.receive((2026, 12, 3, 9, 0), procedure="1.004194")
    s.at(2026, 12, 20, 9, 0)
    for code, due in ((late, "2026-12-02"), (early, "2026-12-04"), (on_time, "2026-12-03")):
        assert desk.dossiers.get(code, look=False)["original_due_at"].startswith(due), code
    return s
