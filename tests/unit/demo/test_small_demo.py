"""The few demo dossiers made through the services: every step taken in working hours."""

from __future__ import annotations

from datetime import datetime

from desk_app.demo.small import make_demo


def test_every_step_of_the_small_demo_falls_in_working_hours(desk, commander, clock):
    clock.now = datetime(2026, 12, 6, 21, 40)  # a Sunday night: the last working hour was Friday's
    summary = make_demo(desk, 60, 14)
    assert summary["dossiers"] == 60
    times = [datetime.fromisoformat(row["at"]) for row in desk.store.all("SELECT at FROM dossier_events")]
    assert len(times) > 60  # received, and many moved on

    def in_hours(at: datetime) -> bool:
        return desk.calendar.is_working_day(at.date()) and any(
            p.start <= at.time() <= p.end for p in desk.calendar.schedule)

    assert [t for t in times if not in_hours(t)] == []
    assert max(times) <= clock.now
