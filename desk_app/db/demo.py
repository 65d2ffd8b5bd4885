"""Bulk writes of demo data into the demo's private copy of the desk (db/demo_file.py): many
rows per statement, one transaction per chunk. Every row is stamped in `changes` like a real
write, so the end-of-day export carries the demo too. Only the demo uses this path: real
registrations go through the Store.

The statistics rows (db/stats_days.py) are counted for a chunk's dossiers in one statement
instead of by the triggers one dossier at a time: the triggers are dropped and made again
inside the chunk's transaction."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from desk_app.db import audit as audit_repo
from desk_app.db.stats_days import DESK
from desk_app.db.store import Store

CITIZEN_COLUMNS = ("id", "full_name", "name_key", "id_number", "birth_date", "sex", "address", "phone",
                   "updated_at", "updated_by", "change_seq")
DOSSIER_COLUMNS = ("id", "code", "citizen_id", "procedure_id", "status", "received_at", "due_at", "original_due_at",
                   "paused_at", "result_ready_at", "closed_at", "fee", "channel", "received_by", "updated_at",
                   "updated_by", "change_seq")
EVENT_COLUMNS = ("id", "dossier_id", "at", "action", "from_status", "to_status", "reason", "officer_id",
                 "updated_at", "updated_by", "change_seq")
RATING_COLUMNS = ("id", "dossier_id", "step", "level", "officer_id", "at", "updated_at", "updated_by", "change_seq")


@contextmanager
def transaction(store: Store) -> Iterator[None]:
    """One write transaction: committed whole, or rolled back whole (an error, Ctrl+C)."""
    conn = store.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _insert(table: str, columns: tuple[str, ...]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"


_SQL = {"citizens": _insert("citizens", CITIZEN_COLUMNS), "dossiers": _insert("dossiers", DOSSIER_COLUMNS),
        "dossier_events": _insert("dossier_events", EVENT_COLUMNS), "ratings": _insert("ratings", RATING_COLUMNS)}


def last_change(store: Store) -> int:
    return store.db.execute("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0]


def existing_id_numbers(store: Store) -> set[str]:
    return {r[0] for r in store.db.execute("SELECT id_number FROM citizens WHERE id_number IS NOT NULL")}


def prepare(store: Store) -> None:
    """A page cache the size of the growing indexes (256 MB): without it each chunk reads back
    the pages it is about to append to, and the demo slows down as it grows. The file is the
    demo's private copy, thrown away if the demo does not finish: its commits are not waited
    onto the disk (synchronous OFF) and it keeps a rollback journal (TRUNCATE), which writes
    the appended pages once where the WAL writes them twice. `finish` makes it a desk file
    again before it replaces the real one."""
    store.db.execute("PRAGMA cache_size = -262144")
    store.db.execute("PRAGMA synchronous = OFF")
    store.db.execute("PRAGMA journal_mode = TRUNCATE")


def finish(store: Store) -> None:
    """Back to the desk's journal and durable commits (db/database.py)."""
    store.db.execute("PRAGMA synchronous = FULL")
    store.db.execute("PRAGMA journal_mode = WAL")


# The plain indexes the demo's rows land in at random places (by citizen, name, phone): kept up
# to date row by row they cost more than one sorted build at the end. The others grow at their
# end (ids and times only go up) and are cheaper kept, measured both ways.
_DEFERRABLE = ("dossiers_citizen", "citizens_name_key", "citizens_phone", "citizens_old_id")


def drop_plain_indexes(store: Store) -> list[str]:
    """Drop those indexes for the length of a big demo; their statements, to make them again."""
    conn = store.db.conn
    marks = ", ".join("?" for _ in _DEFERRABLE)
    with transaction(store):
        plain = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                             f"AND name IN ({marks}) AND sql NOT LIKE 'CREATE UNIQUE%'", _DEFERRABLE).fetchall()
        for name, _sql in plain:
            conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in plain]


def make_indexes(store: Store, statements: list[str]) -> None:
    with transaction(store):
        for sql in statements:
            store.db.conn.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))


def code_counters(store: Store) -> dict[str, int]:
    return dict(store.db.execute("SELECT scope, last_seq FROM code_counters").fetchall())


def write_chunk(store: Store, rows: dict[str, list[tuple]], changes: list[tuple]) -> list[tuple[str, int, int]]:
    """rows: table -> tuples in that table's column order; changes: (seq, table, id, at, officer).
    Inside the caller's `transaction`. The rowid ranges written: (table, after, upto)."""
    conn = store.db.conn
    triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                 f"({', '.join('?' for _ in DESK.trigger_names())})", DESK.trigger_names()))
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    after = {table: _last_rowid(conn, table) for table in _SQL if rows.get(table)}
    for table in after:
        conn.executemany(_SQL[table], rows[table])
    if triggers:  # the chunk's statistics rows in one pass, and the triggers back
        for statement in DESK.fill(after_rowid=after.get("dossiers", _last_rowid(conn, "dossiers"))):
            conn.execute(statement)
        for sql in triggers.values():
            conn.execute(sql)
    conn.executemany("INSERT INTO changes (seq, table_name, record_id, at, officer_id) VALUES (?, ?, ?, ?, ?)",
                     changes)
    return [(table, first, _last_rowid(conn, table)) for table, first in after.items()]


def _last_rowid(conn, table: str) -> int:
    return conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]


def rows_between(store: Store, table: str, after: int, upto: int) -> tuple[list[str], list[tuple]]:
    """(column names, the rows with after < rowid <= upto in rowid order): what a chunk added."""
    assert table in audit_repo.AUDITED_TABLES
    cursor = store.db.conn.execute(f"SELECT * FROM {table} WHERE rowid > ? AND rowid <= ? ORDER BY rowid",
                                   (after, upto))
    return [d[0] for d in cursor.description], cursor.fetchall()


def raise_counters(store: Store, last_seq: dict[str, int]) -> None:
    """Code counters at least at the demo's last number, so the next real dossier never reuses one."""
    with transaction(store):
        store.db.conn.executemany("INSERT INTO code_counters (scope, last_seq) VALUES (?, ?) ON CONFLICT(scope) "
                                  "DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq)", list(last_seq.items()))
