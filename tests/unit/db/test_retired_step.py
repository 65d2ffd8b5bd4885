"""A step taken out of the code (0076, which cleaned up after a pre-release demo) is not read
as a sign that the file is newer than this program: a desk that applied it opens, and nothing
runs for it on a new desk."""

import sqlite3

import pytest

from desk_app.db.connection import DatabaseTooNew, open_database


def _applied(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()


def test_a_desk_that_applied_the_retired_step_opens(tmp_path):
    path = tmp_path / "desk.sqlite3"
    open_database(path).close()
    assert "0076_demo_leftovers" not in _applied(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('desk_app', '0076_demo_leftovers', '2026-11-30 10:00:00')")
    conn.commit()
    conn.close()
    open_database(path).close()  # known, though no longer run
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('desk_app', '0999_from_a_newer_desk', '2027-01-01 10:00:00')")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseTooNew, match="0999_from_a_newer_desk"):  # a truly newer file is still refused
        open_database(path)
