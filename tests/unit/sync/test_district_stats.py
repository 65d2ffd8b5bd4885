"""The district counts the same dossiers the same way as the desk; units gone quiet."""

from datetime import date

from desk_app.core.stats import COUNT_KEYS, DistrictStats, silent_units
from desk_app.core.workdays import WorkCalendar
from desk_app.sync.district import importer
from tests.unit.core.stats_scenario import build_scenario
from tests.unit.sync.conftest import do_export, link, make_desk, register

PERIODS = [(date(2026, 12, 1), date(2026, 12, 4)), (date(2026, 11, 23), date(2026, 11, 30)),
           (date(2026, 12, 7), date(2026, 12, 7))]


def test_desk_and_district_figures_are_equal(desk, clock, commander, district, tmp_path):
    link(desk, district)
    other = make_desk(tmp_path / "other", clock, "CAXDT", "Công an xã Đông Tiến")
    link(other, district)
    register(other, 3)  # Monday 23/11 09:00
    build_scenario(desk, clock, commander)
    files = [do_export(desk, tmp_path / "out").path, do_export(other, tmp_path / "out2").path]
    assert all(o.status != importer.REFUSED for o in importer.import_files(district, files))
    stats = DistrictStats(district.db, lambda: clock.now.date())
    for first, last in PERIODS:
        own = desk.stats.report(first, last, "procedure")
        across = stats.report(first, last, "unit")
        row = {r.key: r for r in across.rows}["CAXTT"]
        for key in COUNT_KEYS:
            assert row.counts.value(key) == own.total.value(key), (first, key)
        by_procedure = {r.key: r.counts for r in stats.report(first, last, "procedure").rows}
        for r in own.rows:  # the other unit only registered 1.004194 on 23/11
            if r.key != "1.004194":
                assert by_procedure[r.key] == r.counts
    week = stats.report(date(2026, 11, 23), date(2026, 11, 30), "unit")
    assert {r.key: r.counts.received_total for r in week.rows} == {"CAXTT": 5, "CAXDT": 3}
    assert week.total.balanced()
    other.close()


def test_units_that_sent_nothing_for_n_working_days():
    units = [{"code": "A", "name": "Xã A", "added_at": "2026-11-01 08:00:00"},
             {"code": "B", "name": "Xã B", "added_at": "2026-11-01 08:00:00"},
             {"code": "C", "name": "Xã C", "added_at": "2026-11-26 08:00:00"}]
    last = {"A": (4, "2026-11-26 17:00:00"), "B": (9, "2026-11-19 17:00:00")}
    # Friday 27/11: A sent yesterday (1 working day), B on Thursday 19/11 (20, 23, 25, 26, 27:
    # 24/11 is a holiday), C never since it was added on 26/11.
    quiet = silent_units(units, last, date(2026, 11, 27), WorkCalendar(), 2)
    assert [(u["code"], u["working_days"]) for u in quiet] == [("B", 5)]
    assert [u["code"] for u in silent_units(units, last, date(2026, 11, 27), WorkCalendar(), 1)] == ["B", "A", "C"]
