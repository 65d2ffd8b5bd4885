"""0083 makes visits again to take the kind "proposal": the visits recorded before it stay as
they were (rowids included), the ratings that refer to them still do, and its index is back."""

from __future__ import annotations

import sqlite3

import pytest

from desk_app.db import migrations
from desk_app.db.database import Database
from desk_app.db.migration_set import MigrationSet

STEP = "0083_visit_follow_ups"
_AUDIT = ("2026-11-23 09:00:00", "o1", 1)


def test_visits_are_kept_and_their_ratings_still_refer_to_them(tmp_path):
    db = Database.connect(tmp_path / "desk.sqlite3")
    before = MigrationSet("desk_app")
    before.steps = [(name, step) for name, step in migrations.MIGRATIONS.steps if name < STEP]
    before.apply(db)
    db.execute("INSERT INTO officers (id, full_name, role, updated_at, updated_by, change_seq) "
               "VALUES ('o1', 'Nguyễn Văn Hùng', 'commander', ?, ?, ?)", _AUDIT)
    for number, kind in enumerate(("complaint", "inquiry", "report"), 1):
        db.execute("INSERT INTO visits (id, kind, at, officer_id, summary, satisfaction, queue_number, updated_at, "
                   "updated_by, change_seq) VALUES (?, ?, '2026-11-23 09:00:00', 'o1', ?, 'unsatisfied', ?, ?, ?, ?)",
                   (f"v{number}", kind, f"Nội dung {number}", f"A{number:03}", *_AUDIT))
    db.execute("DELETE FROM visits WHERE id = 'v1'")  # a gap in the rowids, kept as it is
    db.execute("INSERT INTO ratings (id, visit_id, step, level, officer_id, at, source, updated_at, updated_by, "
               "change_seq) VALUES ('r1', 'v2', 'visit', 'unsatisfied', 'o1', '2026-11-23 09:00:00', 'visit_form', "
               "?, ?, ?)", _AUDIT)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO visits (id, kind, at, updated_at, change_seq) VALUES ('v9', 'proposal', 'x', 'x', 0)")
    kept = db.execute("SELECT rowid, * FROM visits ORDER BY rowid").fetchall()

    migrations.MIGRATIONS.apply(db)
    assert db.execute("SELECT rowid, * FROM visits ORDER BY rowid").fetchall() == kept
    assert [row[0] for row in kept] == [2, 3]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):  # the ratings' reference holds on the new table
        db.execute("DELETE FROM visits WHERE id = 'v2'")
    db.execute("INSERT INTO visits (id, kind, at, updated_at, change_seq) VALUES ('v9', 'proposal', 'x', 'x', 0)")
    plan = db.execute("EXPLAIN QUERY PLAN SELECT * FROM visits WHERE at >= '2026-11-23'").fetchall()
    assert "visits_at" in str(plan)
    assert db.execute("SELECT COUNT(*) FROM visit_follow_ups").fetchone()[0] == 0  # none made up for the old
    db.close()
