"""The periodic report counted by hand: a scenario with the clock set, every bucket, an
extension, a supplement pause and both edges of the period; and the balance."""

from datetime import date

import pytest

from desk_app.core.stats import COUNT_KEYS, Counts, StatsError, by_week, preset_period
from tests.unit.core.stats_scenario import build_scenario

@pytest.fixture
def scenario(desk, clock, commander):
    return build_scenario(desk, clock, commander)


def test_scenario_counted_by_hand(desk, scenario):
    report = desk.stats.report(date(2026, 12, 1), date(2026, 12, 4))
    t = report.total
    assert (t.carried_over, t.received_online, t.received_direct, t.received_total) == (3, 1, 7, 11)
    assert (t.resolved_early, t.resolved_on_time, t.resolved_late, t.resolved_total) == (2, 1, 1, 4)
    assert (t.in_progress_in_time, t.in_progress_overdue, t.needs_supplement, t.in_progress_total) == (2, 2, 1, 5)
    assert (t.refused, t.stopped, t.returned) == (1, 1, 1)
    assert t.balanced()
    assert t.timely_rate == pytest.approx(3 / 4)
    assert report.satisfaction == {"very_satisfied": 0, "satisfied": 0, "unsatisfied": 0}


def test_period_boundary_moves_dossiers_between_buckets(desk, scenario):
    # The week before: everything received 23-30/11; A resolved early, N refused, the others open.
    before = desk.stats.report(date(2026, 11, 23), date(2026, 11, 30)).total
    assert (before.carried_over, before.received_total) == (0, 5)
    assert (before.resolved_early, before.refused) == (1, 1)
    # B and C were due 27/11 (overdue on the 30th), D was received on the 30th (within time).
    assert (before.in_progress_overdue, before.in_progress_in_time) == (2, 1)
    assert before.balanced()
    # The day after the period: M refused on 7/12, F ready on 7/12 (late against 4/12).
    after = desk.stats.report(date(2026, 12, 7), date(2026, 12, 7)).total
    assert after.carried_over == 5  # C, F, G, K, M
    assert (after.received_direct, after.refused, after.resolved_late) == (1, 1, 1)  # the new one, M, F
    assert after.balanced()


def test_rows_by_procedure_field_and_officer_add_up(desk, scenario):
    for by in ("procedure", "field", "officer"):
        report = desk.stats.report(date(2026, 12, 1), date(2026, 12, 4), by=by)
        assert report.rows
        for key in COUNT_KEYS:
            assert sum(r.counts.value(key) for r in report.rows) == report.total.value(key), (by, key)
    by_procedure = {r.key: r.counts for r in desk.stats.report(date(2026, 12, 1), date(2026, 12, 4), "procedure").rows}
    assert by_procedure["1.003677"].in_progress_in_time == 1
    assert by_procedure["1.004194"].received_total == 10
    officers = desk.stats.report(date(2026, 12, 1), date(2026, 12, 4), "officer").rows
    assert [r.label for r in officers] == ["Nguyễn Văn Hùng"]


def test_bad_periods_and_groupings_are_refused_in_vietnamese(desk):
    with pytest.raises(StatsError, match="trước ngày đầu"):
        desk.stats.report(date(2026, 12, 4), date(2026, 12, 1))
    with pytest.raises(StatsError, match="Không thống kê theo"):
        desk.stats.report(date(2026, 12, 1), date(2026, 12, 4), by="unit")


def test_presets():
    today = date(2026, 11, 27)  # a Friday
    assert preset_period("week", today) == (date(2026, 11, 23), today)
    assert preset_period("quarter", today) == (date(2026, 10, 1), today)
    assert preset_period("year", today) == (date(2026, 1, 1), today)


def test_balance_check_catches_a_lost_dossier():
    c = Counts()
    c.add((1, 2, 3, 1, 1, 1, 1, 1, 0, 0, 1, 0))
    assert c.received_total == 6 and c.balanced()
    c.add((0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0))  # received, but in no outcome
    assert not c.balanced()


def test_the_page_figures_in_one_call(desk, scenario):
    period = desk.stats.period(date(2026, 12, 1), date(2026, 12, 4), "officer")
    assert period.report.by == "officer" and period.by_procedure.by == "procedure"
    assert period.report.total == period.by_procedure.total
    # Received and resolved per day: 1/12 E, F; 2/12 G, H (B and E ready); 3/12 I, J (D ready); 4/12 K, M (H ready).
    assert period.daily == [("2026-12-01", 2, 0), ("2026-12-02", 2, 2), ("2026-12-03", 2, 1), ("2026-12-04", 2, 1)]
    assert by_week(period.daily) == [("2026-11-30", 8, 4)]
