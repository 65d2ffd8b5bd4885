"""Bulk writes of demo data: many rows per statement, one transaction per chunk, the indexes
kept. Every row is stamped in `changes` like a real write, so the end-of-day export carries
the demo too. Only the demo uses this path: real registrations go through the Store.

Each chunk is one transaction: a crash leaves the chunks before it, whole. The statistics
rows (db/stats_days.py) are counted for the chunk's dossiers in one statement instead of by
the triggers one dossier at a time: the triggers are dropped and made again inside the
chunk's transaction, so no committed state lacks them."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from desk_app.db import audit as audit_repo
from desk_app.db.database import Database
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
def _immediate(conn) -> Iterator[None]:
    """One write transaction: committed whole, or rolled back whole (an error, Ctrl+C)."""
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
    the pages it is about to append to, and the demo slows down as it grows. Commits are not
    waited onto the disk (synchronous OFF; `finish` restores FULL): a power cut mid-demo can
    damage the file, which is why the demo is for a desk being tried, not one in use.

    The journal is a rollback one for the demo (TRUNCATE): the pages it appends are written
    once, where the WAL writes them twice (into the WAL, then at each checkpoint); appending
    took a quarter less time, measured. It changes only when no other connection has the file open;
    otherwise the demo runs in WAL. A demo killed mid-chunk leaves a hot journal, which the next
    connection rolls back; every opening sets WAL again (db/database.py), as `finish` does."""
    store.db.execute("PRAGMA cache_size = -262144")
    store.db.execute("PRAGMA synchronous = OFF")
    store.db.execute("PRAGMA journal_mode = TRUNCATE")


def finish(store: Store) -> None:
    """Back to the desk's durable commits (db/database.py) once the demo is written."""
    rebuild_indexes(store.db)
    store.db.execute("PRAGMA synchronous = FULL")
    store.db.execute("PRAGMA journal_mode = WAL")


# -- indexes built once at the end of a big demo ------------------------------------------

# The plain indexes the demo's rows land in at random places (by citizen, name, phone): kept up
# to date row by row they cost more than one sorted build at the end. The others grow at their
# end (ids and times only go up) and are cheaper kept, measured both ways.
_DEFERRABLE = ("dossiers_citizen", "citizens_name_key", "citizens_phone", "citizens_old_id")
_DEFERRED = "demo_deferred_indexes"


def defer_indexes(store: Store) -> None:
    """Drop those indexes for the length of a big demo. Their statements are kept in a table in
    the same transaction, so a demo cut short (a crash, Ctrl+C) has them made again the next
    time the database opens (`rebuild_indexes`)."""
    conn = store.db.conn
    with _immediate(conn):
        conn.execute(f"CREATE TABLE IF NOT EXISTS {_DEFERRED} (name TEXT PRIMARY KEY, sql TEXT NOT NULL)")
        marks = ", ".join("?" for _ in _DEFERRABLE)
        plain = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                             f"AND name IN ({marks}) AND sql NOT LIKE 'CREATE UNIQUE%'", _DEFERRABLE).fetchall()
        conn.executemany(f"INSERT OR IGNORE INTO {_DEFERRED} (name, sql) VALUES (?, ?)", plain)
        for name, _sql in plain:
            conn.execute(f'DROP INDEX "{name}"')


def rebuild_indexes(db: Database) -> int:
    """Make again the indexes a demo dropped (at its end, or at the next opening if it was cut
    short); how many. Nothing to do on a database no demo left so."""
    conn = db.conn
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_DEFERRED,)).fetchone():
        return 0
    with _immediate(conn):
        statements = conn.execute(f"SELECT sql FROM {_DEFERRED}").fetchall()
        for (sql,) in statements:
            conn.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
        conn.execute(f"DROP TABLE {_DEFERRED}")
    return len(statements)


def code_counters(store: Store) -> dict[str, int]:
    return dict(store.db.execute("SELECT scope, last_seq FROM code_counters").fetchall())


def write_chunk(store: Store, rows: dict[str, list[tuple]], changes: list[tuple], audited: bool = False) -> None:
    """rows: table -> tuples in that table's column order; changes: (seq, table, id, at, officer);
    audited: the new rows' ranges are noted as not yet chained in the audit log, in the same
    transaction (core/audit.chain_unchained chains them)."""
    conn = store.db.conn
    with _immediate(conn):
        triggers = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                     f"({', '.join('?' for _ in DESK.trigger_names())})", DESK.trigger_names()))
        for name in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        after = {table: conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
                 for table in _SQL}
        before = after["dossiers"]
        for table in _SQL:
            if rows.get(table):
                conn.executemany(_SQL[table], rows[table])
        if triggers:  # the chunk's statistics rows in one pass, and the triggers back
            for statement in DESK.fill(after_rowid=before):
                conn.execute(statement)
            for sql in triggers.values():
                conn.execute(sql)
        conn.executemany("INSERT INTO changes (seq, table_name, record_id, at, officer_id) VALUES (?, ?, ?, ?, ?)",
                         changes)
        if audited:
            ranges = [(table, first, conn.execute(f"SELECT MAX(rowid) FROM {table}").fetchone()[0])
                      for table, first in after.items() if rows.get(table)]
            audit_repo.note_unchained(conn, ranges)


def raise_counters(store: Store, last_seq: dict[str, int]) -> None:
    """Code counters at least at the demo's last number, so the next real dossier never reuses one."""
    conn = store.db.conn
    with _immediate(conn):
        conn.executemany("INSERT INTO code_counters (scope, last_seq) VALUES (?, ?) ON CONFLICT(scope) "
                         "DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq)", list(last_seq.items()))

