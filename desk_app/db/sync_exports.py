"""The end-of-day exports as queries: the change sequence a file covers, the records it
carries, and the book of exports made (table sync_exports)."""

from __future__ import annotations

import json
from typing import Iterator

from desk_app.db.store import Store, Writer
from desk_app.db.sync_parts import DERIVED, PART_COLUMNS, columns

_CHANGED = "SELECT record_id FROM changes WHERE seq BETWEEN ? AND ? AND table_name = ?"


def newest_change(store: Store) -> int:
    return store.scalar("SELECT COALESCE(MAX(seq), 0) FROM changes")


def period(store: Store, from_seq: int, to_seq: int) -> tuple[str | None, str | None]:
    """When the first and the last change of the range were made."""
    row = store.one("SELECT MIN(at) AS first, MAX(at) AS last FROM changes WHERE seq BETWEEN ? AND ?",
                    (from_seq, to_seq))
    return row["first"], row["last"]


def changed_records(store: Store, part: str, from_seq: int, to_seq: int) -> Iterator[dict]:
    """The part's records changed in the range, as they are now, in change order."""
    cols = columns(part)
    select = ", ".join(f"{DERIVED[c]} AS {c}" if c in DERIVED else f"t.{c}" for c in cols)
    rows = store.db.execute(f"SELECT {select} FROM {part} t WHERE t.id IN ({_CHANGED}) ORDER BY t.change_seq",
                            (from_seq, to_seq, part))
    for row in rows:
        yield dict(zip(cols, row))


def deleted_records(store: Store, part: str, from_seq: int, to_seq: int) -> Iterator[tuple[str, int]]:
    """(record id, sequence of its deletion) for records changed in the range that no longer exist."""
    yield from store.db.execute(
        f"SELECT c.record_id, MAX(c.seq) FROM changes c WHERE c.table_name = ? AND c.record_id IN ({_CHANGED}) "
        f"AND c.record_id NOT IN (SELECT id FROM {part}) GROUP BY c.record_id ORDER BY 2",
        (part, from_seq, to_seq, part))


def waiting_changes(store: Store, after_seq: int) -> int:
    """Changes to records the file carries, made after `after_seq`."""
    marks = ", ".join("?" for _ in PART_COLUMNS)
    return store.scalar(f"SELECT COUNT(*) FROM changes WHERE seq > ? AND table_name IN ({marks})",
                        (after_seq, *PART_COLUMNS))


def waiting_records(store: Store, after_seq: int, table: str) -> int:
    """How many records of one table changed after `after_seq` (each counted once)."""
    return store.scalar("SELECT COUNT(DISTINCT record_id) FROM changes WHERE seq > ? AND table_name = ?",
                        (after_seq, table))


# -- the book of exports -------------------------------------------------------------------

def last_exported_seq(store: Store) -> int:
    return store.scalar("SELECT COALESCE(MAX(to_seq), 0) FROM sync_exports WHERE kind = 'new'") or 0


def next_export_seq(store: Store) -> int:
    return (store.scalar("SELECT MAX(export_seq) FROM sync_exports") or 0) + 1


def numbered(store: Store, export_seq: int) -> dict | None:
    """Export number N as first made (not a re-issue)."""
    return store.one("SELECT * FROM sync_exports WHERE export_seq = ? AND kind = 'new'", (export_seq,))


def numbers_of_day(store: Store, day: str) -> list[int]:
    return [r["export_seq"] for r in store.all(
        "SELECT export_seq FROM sync_exports WHERE day = ? AND kind = 'new' ORDER BY export_seq", (day,))]


def exported_on(store: Store, day: str) -> bool:
    return store.scalar("SELECT 1 FROM sync_exports WHERE day = ? AND kind = 'new' LIMIT 1", (day,)) is not None


def last_export(store: Store) -> dict | None:
    """The latest numbered export (not a re-issue), with its counts decoded."""
    row = store.one("SELECT * FROM sync_exports WHERE kind = 'new' ORDER BY export_seq DESC LIMIT 1")
    return _decoded(row) if row else None


def history(store: Store, limit: int = 100) -> list[dict]:
    """Every export and re-issue, newest first, with the officer's name."""
    rows = store.all(
        "SELECT e.*, o.full_name AS officer_name FROM sync_exports e LEFT JOIN officers o ON o.id = e.officer_id "
        "ORDER BY e.id DESC LIMIT ?", (limit,))
    return [_decoded(r) for r in rows]


def _decoded(row: dict) -> dict:
    return dict(row, counts=json.loads(row["counts"]))


def record(writer: Writer, values: dict) -> None:
    """Write an export into the book (outside the audited tables: it never travels)."""
    values = dict(values, counts=json.dumps(values["counts"]), created_at=writer.now,
                  officer_id=writer.officer_id)
    names = ", ".join(values)
    writer.execute(f"INSERT INTO sync_exports ({names}) VALUES ({', '.join('?' for _ in values)})",
                   tuple(values.values()))


def set_folder(store: Store, folder: str) -> None:
    """Every export recorded as written to `folder` (the screenshots picture a USB stick)."""
    with store.transaction(None) as writer:
        writer.execute("UPDATE sync_exports SET folder = ?", (folder,))
