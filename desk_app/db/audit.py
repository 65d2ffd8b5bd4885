"""The audit log's SQL (table audit_log): append entries, read them back in order, and the
queries verify walks: each audited table's rows beside their last write entry."""

from __future__ import annotations

import sqlite3
from typing import Iterator

from desk_app.db.database import Database
from desk_app.db.store import Store

# What reading the file can raise (a second process that could not open it falls back).
ReadError = sqlite3.Error

# Every table written through Writer (the ones with change_seq): their writes are chained.
AUDITED_TABLES = ("unit", "officers", "citizens", "procedures", "dossiers", "dossier_documents",
                  "dossier_events", "visits", "holiday_overrides", "printers", "print_jobs", "ratings",
                  "handovers", "day_closes", "rating_follow_ups", "visit_follow_ups", "attachments")
ENTRY_COLUMNS = ("seq", "at", "officer_id", "action", "table_name", "record_id", "dossier_id", "detail",
                 "content_hash", "entry_hash")
# Marks the log's own statements (a trace of what a registration reads tells them apart).
AUDIT_MARK = "/* audit */ "
_INSERT = f"{AUDIT_MARK}INSERT INTO audit_log ({', '.join(ENTRY_COLUMNS)}) VALUES ({', '.join('?' for _ in ENTRY_COLUMNS)})"


def last_entry(conn) -> tuple[int, str | None]:
    row = conn.execute(AUDIT_MARK + "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, None)


def read_rows(conn, table: str, record_ids: list[str]) -> dict[str, dict]:
    """The records as the file holds them now, by id: one statement per table written
    (per 500 ids), however many of its records the transaction wrote."""
    assert table in AUDITED_TABLES
    found: dict[str, dict] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start:start + 500]
        cursor = conn.execute(f"{AUDIT_MARK}SELECT * FROM {table} WHERE id IN ({', '.join('?' for _ in chunk)})",
                              chunk)
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values))
            found[row["id"]] = row
    return found


def read_only_store(path: str) -> Store:
    """The file opened again, read-only, for verify's second process. Its pages are mapped
    into memory (read without a copy each: a third less time on a table paired with the
    log); only that process maps them, so a disk error there cannot take the desk down."""
    db = Database.connect_read_only(path)
    db.execute("PRAGMA mmap_size = 1073741824")
    return Store(db)


def entry_count(store: Store) -> int:
    """The last entry's seq: the size of the chain without counting it."""
    return store.scalar("SELECT max(seq) FROM audit_log") or 0


# An entry's seq already taken: another connection appended since this one last did.
SeqTaken = sqlite3.IntegrityError


def append(conn, entries: list[tuple]) -> None:
    """Raises SeqTaken, before writing any, when the first entry's seq is taken already."""
    conn.executemany(_INSERT, entries)


def is_empty(store: Store) -> bool:
    return store.scalar("SELECT 1 FROM audit_log LIMIT 1") is None


def iter_entries(store: Store, batch: int = 20_000) -> Iterator[tuple]:
    """Every entry as a tuple in ENTRY_COLUMNS order, by seq, a batch at a time (streaming)."""
    cursor = store.db.conn.execute(f"SELECT {', '.join(ENTRY_COLUMNS)} FROM audit_log ORDER BY seq")
    while rows := cursor.fetchmany(batch):
        yield from rows


def entry_at(store: Store, seq: int) -> dict | None:
    return store.one("SELECT * FROM audit_log WHERE seq = ?", (seq,))


def rows_by_id(store: Store, table: str, batch: int = 5_000) -> tuple[tuple, Iterator[tuple]]:
    """(column names, every row's values ordered by id), streaming."""
    assert table in AUDITED_TABLES
    cursor = store.db.conn.execute(f"SELECT * FROM {table} ORDER BY id")
    names = tuple(d[0] for d in cursor.description)

    def rows() -> Iterator[tuple]:
        while chunk := cursor.fetchmany(batch):
            yield from chunk

    return names, rows()


def last_writes(store: Store, table: str, batch: int = 20_000) -> Iterator[tuple[str, str, str]]:
    """(record id, action, content hash) of each record's last write, ordered by record id:
    one pass over the covering index, beside rows_by_id (a merge, nothing held in memory)."""
    cursor = store.db.conn.execute(
        "SELECT record_id, action, content_hash FROM audit_log WHERE table_name = ? ORDER BY record_id, seq",
        (table,))
    last = None
    while chunk := cursor.fetchmany(batch):
        for entry in chunk:
            if last is not None and entry[0] != last[0]:
                yield last
            last = entry
    if last is not None:
        yield last


def last_write_of(store: Store, table: str, record_id: str) -> dict | None:
    return store.one("SELECT seq, dossier_id FROM audit_log WHERE table_name = ? AND record_id = ? "
                     "ORDER BY seq DESC LIMIT 1", (table, record_id))


def inserted_by(store: Store, table: str, record_id: str) -> str | None:
    """The officer whose write made the record (its first entry), whatever wrote it since."""
    row = store.one("SELECT officer_id FROM audit_log WHERE table_name = ? AND record_id = ? AND action = 'insert' "
                    "ORDER BY seq LIMIT 1", (table, record_id))
    return row["officer_id"] if row else None


def all_rows(store: Store, table: str) -> Iterator[dict]:
    assert table in AUDITED_TABLES
    cursor = store.db.conn.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(names, values))


def dossier_codes(store: Store, dossier_ids: set[str]) -> dict[str, str]:
    ids = sorted(i for i in dossier_ids if i)
    codes: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in store.all(f"SELECT id, code FROM dossiers WHERE id IN ({', '.join('?' for _ in chunk)})", chunk):
            codes[row["id"]] = row["code"]
    return codes


def citizen_dossier_codes(store: Store, citizen_id: str) -> list[str]:
    return [r["code"] for r in store.all("SELECT code FROM dossiers WHERE citizen_id = ? ORDER BY code", (citizen_id,))]


def list_entries(store: Store, officer_id: str | None = None, start: str | None = None, end: str | None = None,
                 dossier_id: str | None = None, limit: int = 500) -> list[dict]:
    filters = (("a.officer_id = ?", officer_id), ("a.at >= ?", start), ("a.at < ?", end), ("a.dossier_id = ?", dossier_id))
    where = [clause for clause, value in filters if value]
    params = [value for _clause, value in filters if value]
    sql = ("SELECT a.*, o.full_name AS officer_name, d.code AS dossier_code FROM audit_log a "
           "LEFT JOIN officers o ON o.id = a.officer_id LEFT JOIN dossiers d ON d.id = a.dossier_id"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.seq DESC LIMIT ?")
    return store.all(sql, (*params, limit))


def entries_after(store: Store, seq: int) -> list[tuple]:
    """The entries after `seq`, as tuples (for the export to carry)."""
    return store.db.conn.execute(f"SELECT {', '.join(ENTRY_COLUMNS)} FROM audit_log WHERE seq > ? ORDER BY seq",
                                 (seq,)).fetchall()


def exported_heads(store: Store) -> list[tuple[int, str]]:
    return store.db.conn.execute("SELECT audit_seq, audit_hash FROM sync_exports WHERE audit_seq IS NOT NULL "
                                 "ORDER BY id").fetchall()


def dossier_id_for(store: Store, code: str) -> str | None:
    return store.scalar("SELECT id FROM dossiers WHERE code = ?", (code,))
