"""The bulk demo: rows as the services would write them, outcomes spread like a year."""

from datetime import date

from desk_app.demo.year import make_year
from desk_app.core.registration import dossier_input_from_dict


def test_a_year_of_demo_dossiers(desk, clock, commander):
    seen = []
    summary = make_year(desk, 3000, 365, progress=lambda done, total: seen.append((done, total)))
    store = desk.store
    assert summary["dossiers"] == 3000 == store.scalar("SELECT COUNT(*) FROM dossiers")
    assert seen[-1] == (3000, 3000)
    by_status = summary["by_status"]
    assert by_status["returned"] > 2000 and by_status["refused"] > 30 and by_status.get("in_progress", 0) > 0
    # Every record is stamped in changes, so the end-of-day export carries the demo.
    assert store.scalar("SELECT COUNT(*) FROM changes WHERE table_name = 'dossiers'") == 3000
    assert store.scalar("SELECT COUNT(DISTINCT code) FROM dossiers") == 3000
    assert store.scalar("SELECT COUNT(*) FROM dossier_events WHERE action = 'receive'") == 3000
    # A real registration afterwards gets the next number of its day, never a demo one.
    done = desk.dossiers.register(dossier_input_from_dict(
        {"full_name": "Trần Thị Lan", "id_number": "001185012345", "birth_date": "12/03/1985", "sex": "Nữ",
         "address": "Thôn Đông", "phone": "0987654321", "procedure": "1.004194"}), commander["id"])
    assert store.scalar("SELECT COUNT(*) FROM dossiers WHERE code = ?", (done.code,)) == 1
    # The year's statistics balance, and most results are early or on time.
    report = desk.stats.report(date(2025, 11, 24), clock.now.date())
    assert report.total.received_total == 3001 and report.total.balanced()
    assert 0.8 < report.total.timely_rate < 0.95
    # Some citizens rated the return of their result, mostly satisfied: the chart has shares.
    rated = report.satisfaction
    assert rated["very_satisfied"] > rated["satisfied"] > rated["unsatisfied"] > 0
    answered = store.scalar("SELECT COUNT(*) FROM ratings WHERE step = 'return'")
    assert 0.3 < answered / by_status["returned"] < 0.5
    assert store.scalar("SELECT COUNT(*) FROM ratings r JOIN dossiers d ON d.id = r.dossier_id "
                        "WHERE d.status != 'returned' OR r.at != d.closed_at") == 0
    # The detail of a demo dossier reads like any other.
    code = store.scalar("SELECT code FROM dossiers WHERE status = 'returned' LIMIT 1")
    assert [e["action"] for e in desk.dossiers.get(code)["events"]][-2:] == ["result_ready", "return"]


def test_demo_steps_happen_in_working_hours_and_in_order(desk, clock, commander):
    from datetime import datetime

    from desk_app.db.stats_days import DESK, counted, recounted

    make_year(desk, 2000, 365)
    calendar = desk.calendar
    rows = desk.store.db.execute("SELECT dossier_id, at FROM dossier_events ORDER BY dossier_id, rowid").fetchall()
    assert len(rows) > 6000
    last: dict[str, str] = {}
    for dossier_id, at in rows:
        moment = datetime.fromisoformat(at)
        assert calendar.is_working_day(moment.date()), at
        assert any(p.start <= moment.time() <= p.end for p in calendar.schedule), at
        assert at >= last.get(dossier_id, ""), (dossier_id, at)
        last[dossier_id] = at
    # The statistics rows were counted chunk by chunk, equal to counting them afresh.
    assert counted(desk.store.db) == recounted(desk.store.db, DESK)


def test_a_big_demo_builds_the_indexes_it_dropped_again(desk, clock, commander, monkeypatch):
    # From DEFER_INDEXES_FROM dossiers the plain indexes are dropped for the length of the demo.
    from desk_app.demo import year

    def plain_indexes(store) -> set[str]:
        return {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                                               "NULL AND tbl_name IN ('dossiers', 'citizens') "
                                               "AND sql NOT LIKE 'CREATE UNIQUE%'")}

    before = plain_indexes(desk.store)
    assert {"dossiers_citizen", "citizens_name_key"} <= before
    monkeypatch.setattr(year, "DEFER_INDEXES_FROM", 1000)
    dropped_during = []
    monkeypatch.setattr(year.repo, "raise_counters",
                        lambda store, counters: dropped_during.append(before - plain_indexes(store)))
    make_year(desk, 1200, 365)
    assert dropped_during == [{"dossiers_citizen", "citizens_name_key", "citizens_phone", "citizens_old_id"}]
    assert plain_indexes(desk.store) == before


def test_a_year_demo_is_chained_in_the_audit_log_and_verifies_intact(desk, clock, commander):
    # Written in bulk, the demo's rows bypass the Writer; they are still every one chained, or a
    # demo desk would fail its own check and be marked at the district.
    def rows() -> int:
        return sum(desk.store.scalar(f"SELECT COUNT(*) FROM {t}") for t in ("citizens", "dossiers", "dossier_events",
                                                                             "ratings"))

    rows_before, head_before = rows(), desk.store.auditor.head()[0]
    make_year(desk, 1500, 365)
    result = desk.verify_audit()
    assert result.ok, result.lines()[:3]
    assert desk.store.auditor.head()[0] - head_before == rows() - rows_before  # one entry per row written
    entries = desk.store.auditor.entries(limit=5)
    assert {e["detail"] for e in entries} == {"dữ liệu mẫu"} and {e["action"] for e in entries} == {"insert"}
    # A write through the services afterwards chains on from the demo's last entry.
    desk.store.auditor.look("search", detail="Nguyễn", officer_id=commander["id"])
    assert desk.verify_audit().ok
