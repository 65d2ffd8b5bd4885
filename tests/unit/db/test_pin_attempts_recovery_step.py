"""0077 makes pin_attempts again to take the recovery passphrase's events: the rows recorded
before it stay as they were, ids included (the lockout counts from them)."""

from __future__ import annotations

import sqlite3

import pytest

from desk_app.db import migrations
from desk_app.db.database import Database
from desk_app.db.migration_set import MigrationSet

STEP = "0077_pin_attempts_recovery"


def test_the_rows_before_the_step_are_kept_and_the_new_events_taken(tmp_path):
    db = Database.connect(tmp_path / "desk.sqlite3")
    before = MigrationSet("desk_app")
    before.steps = [(name, step) for name, step in migrations.MIGRATIONS.steps if name < STEP]
    before.apply(db)
    rows = [("o1", "2026-11-23 09:00:00", "failure", "window", None, None),
            ("o1", "2026-11-23 09:01:00", "lockout", "cli", "2026-11-23 09:02:00", None),
            ("o1", "2026-11-23 09:03:00", "unlock", "", None, "o2")]
    db.execute("INSERT INTO pin_attempts (officer_id, at, event, place, locked_until, by_officer) "
               "VALUES (?, ?, ?, ?, ?, ?)", rows[0])
    db.execute("DELETE FROM pin_attempts")  # ids go on from the highest ever given (AUTOINCREMENT)
    for row in rows:
        db.execute("INSERT INTO pin_attempts (officer_id, at, event, place, locked_until, by_officer) "
                   "VALUES (?, ?, ?, ?, ?, ?)", row)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO pin_attempts (officer_id, at, event) VALUES ('o1', '2026-11-23', 'recovery_unlock')")
    kept = db.execute("SELECT * FROM pin_attempts ORDER BY id").fetchall()

    migrations.MIGRATIONS.apply(db)
    assert db.execute("SELECT * FROM pin_attempts ORDER BY id").fetchall() == kept
    assert [r[0] for r in kept] == [2, 3, 4]
    db.execute("INSERT INTO pin_attempts (officer_id, at, event) VALUES ('o1', '2026-11-23', 'recovery_failure')")
    db.execute("INSERT INTO pin_attempts (officer_id, at, event) VALUES ('o1', '2026-11-23', 'recovery_unlock')")
    assert db.execute("SELECT MAX(id) FROM pin_attempts").fetchone()[0] == 6
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO pin_attempts (officer_id, at, event) VALUES ('o1', '2026-11-23', 'guess')")
    db.close()
