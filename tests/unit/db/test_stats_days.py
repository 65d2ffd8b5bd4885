"""The statistics table stays equal to the dossiers counted afresh, whatever writes them:
registration and every lifecycle step, edits and deletions outside the program, a district
import with tombstones; and the step that adds it counts the dossiers already there."""

from datetime import date

from desk_app.db import migrations
from desk_app.db.district import open_district_db
from desk_app.db.stats_days import DESK, DISTRICT, counted, recounted
from tests.unit.core.stats_scenario import build_scenario


def _same(db, layout) -> None:
    rows = counted(db)
    assert rows == recounted(db, layout)
    assert rows and all(r[-1] >= 1 for r in rows)


def test_every_lifecycle_step_keeps_the_table_exact(desk, clock, commander):
    build_scenario(desk, clock, commander)
    db = desk.store.db
    _same(db, DESK)
    assert db.execute("SELECT SUM(n) FROM stats_days").fetchone()[0] == \
        db.execute("SELECT COUNT(*) FROM dossiers").fetchone()[0]


def test_edits_and_deletions_outside_the_program_are_followed(desk, clock, commander):
    build_scenario(desk, clock, commander)
    db = desk.store.db
    before = desk.stats.report(date(2026, 12, 1), date(2026, 12, 4)).total
    db.execute("PRAGMA foreign_keys = OFF")  # an edit outside the program, as a database tool could make
    with db.conn:
        db.execute("UPDATE dossiers SET received_by = NULL WHERE rowid IN (SELECT rowid FROM dossiers LIMIT 2)")
        db.execute("UPDATE dossiers SET status = 'refused', closed_at = '2026-12-02 09:00:00', result_ready_at = NULL "
                   "WHERE status = 'in_progress' AND rowid = (SELECT MIN(rowid) FROM dossiers WHERE status = 'in_progress')")
        db.execute("DELETE FROM dossiers WHERE id = (SELECT MAX(id) FROM dossiers)")
    _same(db, DESK)
    after = desk.stats.report(date(2026, 12, 1), date(2026, 12, 4)).total
    assert after.balanced() and after.received_total <= before.received_total


def test_the_step_that_adds_the_table_counts_what_is_there(desk, clock, commander):
    build_scenario(desk, clock, commander)
    db = desk.store.db
    expected = counted(db)
    with db.conn:
        for trigger in ("stats_days_insert", "stats_days_update", "stats_days_delete"):
            db.execute(f"DROP TRIGGER {trigger}")
        db.execute("DROP TABLE stats_days")
        db.execute("DROP TABLE stats_groups")
        dict(migrations.MIGRATIONS.steps)["0070_stats_days"](db)  # the step as the file has it
    assert counted(db) == expected


def test_the_district_counts_live_records_and_forgets_tombstones(tmp_path):
    db = open_district_db(tmp_path / "district.sqlite3")
    rows = [("U1", f"d{n}", "P1" if n % 2 else None, "o1" if n % 3 else None, status, f"2026-12-0{n} 08:00:00",
             "2026-12-05 17:00:00", ready, n) for n, (status, ready) in enumerate(
        [("received", None), ("result_ready", "2026-12-04 10:00:00"), ("returned", "2026-12-06 10:00:00"),
         ("needs_supplement", None), ("refused", None)], start=1)]
    with db.conn:
        db.conn.executemany("INSERT INTO dossiers (unit, id, procedure_code, received_by, status, received_at, "
                            "original_due_at, result_ready_at, change_seq, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "'in_person')", rows)
        db.execute("UPDATE dossiers SET deleted = 1, status = NULL WHERE id = 'd2'")
        db.execute("UPDATE dossiers SET procedure_code = 'P2' WHERE id = 'd3'")
    _same(db, DISTRICT)
    assert db.execute("SELECT SUM(n) FROM stats_days").fetchone()[0] == 4
    db.close()


def test_received_and_resolved_per_day_match_the_dossiers(desk, clock, commander):
    build_scenario(desk, clock, commander)
    rows = desk.store.db.execute("SELECT received_at, result_ready_at FROM dossiers").fetchall()
    for first, last in (("2026-11-23", "2026-12-07"), ("2026-12-01", "2026-12-04")):
        expected: dict[str, list[int]] = {}
        for received, ready in rows:
            if first <= received[:10] <= last:
                expected.setdefault(received[:10], [0, 0])[0] += 1
            if ready and first <= ready[:10] <= last:
                expected.setdefault(ready[:10], [0, 0])[1] += 1
        assert desk.stats.day_counts(first, last) == [(d, a, b) for d, (a, b) in sorted(expected.items())]
        assert sum(a for _d, a, _b in desk.stats.day_counts(first, last)) > 0
