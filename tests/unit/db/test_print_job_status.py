"""Migration 0050: a database made before it keeps its print jobs and accepts the status of a
job sent but not confirmed; the CHECK still refuses a status nobody knows."""

import sqlite3

import pytest

from desk_app.db.connection import open_database

OLD_TABLE = """CREATE TABLE print_jobs (
    id TEXT PRIMARY KEY, created_at TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL,
    printer_name TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('pending', 'printed', 'failed')),
    error TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0,
    output TEXT NOT NULL DEFAULT '', printed_at TEXT, updated_at TEXT NOT NULL, updated_by TEXT,
    change_seq INTEGER NOT NULL DEFAULT 0)"""


def _job(db, job_id, status):
    db.execute("INSERT INTO print_jobs (id, created_at, kind, subject, printer_name, status, error, attempts, "
               "updated_at, change_seq) VALUES (?, '2026-03-02 08:00:00', 'receipt', 'CAXTT-1', 'Quầy 1', ?, "
               "'máy in tắt', 1, '2026-03-02 08:00:01', 7)", (job_id, status))


def test_jobs_made_before_the_unconfirmed_status_are_kept(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    db.execute("DROP TABLE print_jobs")  # as the table was before 0050
    db.execute(OLD_TABLE)
    _job(db, "old", "failed")
    with pytest.raises(sqlite3.IntegrityError):
        _job(db, "new", "unconfirmed")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0050_print_job_unconfirmed'")
    db.close()

    db = open_database(path)
    assert db.execute("SELECT id, status, error, attempts, change_seq FROM print_jobs").fetchall() == [
        ("old", "failed", "máy in tắt", 1, 7)]
    _job(db, "new", "unconfirmed")
    with pytest.raises(sqlite3.IntegrityError):
        _job(db, "bad", "lost")
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'print_jobs' AND type = 'index'")}
    assert {"print_jobs_created", "print_jobs_failed"} <= indexes
    db.close()
