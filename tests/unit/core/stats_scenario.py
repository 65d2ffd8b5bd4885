"""The hand-counted scenario of the periodic report (tests of the counts, the forms, the CLI)."""

from datetime import datetime

from desk_app.core.registration import dossier_input_from_dict

PERSON = {"full_name": "Trần Thị Lan", "id_number": "001185012345", "birth_date": "12/03/1985",
          "sex": "Nữ", "address": "Thôn Đông, xã Tân Tiến", "phone": "0987654321"}


class Scenario:
    def __init__(self, desk, clock, officer):
        self.desk, self.clock, self.officer = desk, clock, officer

    def at(self, *when) -> "Scenario":
        self.clock.now = datetime(*when)
        return self

    def receive(self, when, procedure="1.004194", channel="in_person") -> str:
        self.at(*when)
        data = {**PERSON, "procedure": procedure, "channel": channel}
        return self.desk.dossiers.register(dossier_input_from_dict(data), self.officer["id"]).code

    def do(self, when, code, action, reason="", **extra) -> dict:
        self.at(*when)
        return self.desk.dossiers.apply(code, action, self.officer["id"], reason or ("Lý do " + action), **extra)


def build_scenario(desk, clock, commander) -> Scenario:
    """Period 1/12-4/12/2026: carried over 3, new 1 online + 7 direct; resolved early 2,
    on time 1, late 1; in progress within time 2, overdue 2, waiting for a supplement 1;
    refused 1, stopped 1, returned 1 (see test_stats)."""
    s = Scenario(desk, clock, commander)
    # Before the period (1/12-4/12/2026): one finished, one refused (both left out).
    a = s.receive((2026, 11, 23, 9, 0))
    s.do((2026, 11, 26, 10, 0), a, "result_ready")
    n = s.receive((2026, 11, 25, 9, 0))
    s.do((2026, 11, 27, 9, 0), n, "refuse")
    # Carried over: B resolved late, C still open (overdue), D resolved on its due day.
    b = s.receive((2026, 11, 23, 9, 30))  # due Fri 27/11 09:30
    s.do((2026, 12, 2, 14, 0), b, "result_ready")
    s.receive((2026, 11, 23, 10, 0))
    d = s.receive((2026, 11, 30, 10, 0))  # due Thu 3/12 10:00
    s.do((2026, 12, 3, 15, 0), d, "result_ready")
    # New in the period.
    e = s.receive((2026, 12, 1, 8, 0), channel="online")  # due Fri 4/12: early, handed back
    s.do((2026, 12, 2, 9, 0), e, "result_ready")
    s.do((2026, 12, 3, 9, 0), e, "return")
    f = s.receive((2026, 12, 1, 9, 0))  # due Fri 4/12 09:00, extended to 10/12: overdue all the same
    s.do((2026, 12, 3, 9, 0), f, "extend", new_due=datetime(2026, 12, 10, 9, 0))
    s.do((2026, 12, 7, 9, 0), f, "result_ready")  # after the period: still open at its end
    g = s.receive((2026, 12, 2, 9, 0))  # waiting for a supplement at the end
    s.do((2026, 12, 3, 9, 0), g, "supplement")
    h = s.receive((2026, 12, 2, 9, 30))  # paused a day, resumed, ready before its (pushed) due: early
    s.do((2026, 12, 2, 10, 0), h, "supplement")
    s.do((2026, 12, 3, 10, 0), h, "resume")
    s.do((2026, 12, 4, 9, 0), h, "result_ready")
    i = s.receive((2026, 12, 3, 9, 0))
    s.do((2026, 12, 3, 10, 0), i, "refuse")
    j = s.receive((2026, 12, 3, 9, 30))
    s.do((2026, 12, 4, 10, 0), j, "stop")
    s.receive((2026, 12, 4, 9, 0))  # K: open, within time
    m = s.receive((2026, 12, 4, 10, 0), procedure="1.003677")  # refused only after the period
    s.do((2026, 12, 7, 9, 0), m, "refuse")
    s.receive((2026, 12, 7, 9, 0))  # after the period: left out
    s.at(2026, 12, 20, 9, 0)
    return s
