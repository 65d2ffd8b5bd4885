"""The plain copy of the database a backup is made from (and the one made before a migration):
whole and consistent while the desk writes, holding only what was committed; and the check a
backup's database passes before it may take the database's place."""

from __future__ import annotations

import sqlite3

import pytest

from desk_app.db.connection import open_database
from desk_app.db.file_check import is_desk_database
from desk_app.db.file_copy import copy_database, counts


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('marker', '\"one\"')")
    db.close()
    return path


def read_marker(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM settings WHERE key LIKE 'marker%' ORDER BY key").fetchall()
    finally:
        conn.close()


def test_a_copy_taken_while_the_desk_writes_holds_only_what_was_committed(database, tmp_path):
    writer = sqlite3.connect(database, isolation_level=None)
    try:
        writer.execute("BEGIN")
        writer.execute("INSERT INTO settings (key, value) VALUES ('marker2', '\"half-way\"')")
        copy = copy_database(database, tmp_path / "during.sqlite3")  # the writer is not blocked, nor waited for
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert read_marker(copy) == [('"one"',)]
    assert read_marker(copy_database(database, tmp_path / "after.sqlite3")) == [('"one"',), ('"half-way"',)]


def test_only_a_sound_desk_database_may_take_the_databases_place(database, tmp_path):
    copy = copy_database(database, tmp_path / "copy.sqlite3")
    assert is_desk_database(copy)
    assert counts(copy) == {"dossiers": 0, "citizens": 0, "officers": 0, "procedures": 0}
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (a)")
    conn.commit()
    conn.close()
    noise = tmp_path / "noise.sqlite3"
    noise.write_bytes(b"not a database at all" * 100)
    assert not is_desk_database(other) and not is_desk_database(noise)
