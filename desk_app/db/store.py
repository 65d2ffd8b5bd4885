"""The single write path: a transaction that stamps every record with who, when and the
change sequence, so audit and the sync export can never be forgotten by a caller."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from typing import Callable, Iterator

from desk_app.db.database import Database

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def new_id() -> str:
    import uuid  # loaded at the first write (it brings `platform` along), not at every start

    return str(uuid.uuid4())


def to_text(moment: datetime) -> str:
    return moment.strftime(TIME_FORMAT)


def from_text(text: str | None) -> datetime | None:
    return datetime.strptime(text, TIME_FORMAT) if text else None


def system_now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Store:
    """Reads as dicts; writes through `transaction()` only."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = system_now):
        self.db = db
        self.clock = clock

    def one(self, sql: str, params=()) -> dict | None:
        return next(iter(self.db.query(sql, params)), None)

    def all(self, sql: str, params=()) -> list[dict]:
        return list(self.db.query(sql, params))

    def scalar(self, sql: str, params=()):
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self, officer_id: str | None) -> Iterator["Writer"]:
        """BEGIN IMMEDIATE: take the write lock first, so two processes queue instead of failing."""
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield Writer(conn, officer_id, to_text(self.clock()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self.db.close()


class Writer:
    def __init__(self, conn, officer_id: str | None, now_text: str):
        self.conn = conn
        self.officer_id = officer_id
        self.now = now_text

    def _stamp(self, table: str, record_id: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO changes (table_name, record_id, at, officer_id) VALUES (?, ?, ?, ?)",
            (table, record_id, self.now, self.officer_id),
        )
        return cursor.lastrowid

    def insert(self, table: str, row: dict) -> dict:
        row = dict(row)
        row.setdefault("id", new_id())
        row["updated_at"] = self.now
        row["updated_by"] = self.officer_id
        row["change_seq"] = self._stamp(table, row["id"])
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))
        return row

    def update(self, table: str, record_id: str, values: dict) -> None:
        values = dict(values, updated_at=self.now, updated_by=self.officer_id,
                      change_seq=self._stamp(table, record_id))
        assignments = ", ".join(f"{column} = ?" for column in values)
        cursor = self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), record_id)
        )
        if cursor.rowcount != 1:
            raise LookupError(f"{table}: no record {record_id}")

    def delete(self, table: str, record_id: str) -> None:
        """Deletion is a change too: the stamp without a row tells the export it is gone."""
        self._stamp(table, record_id)
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))

    def execute(self, sql: str, params=()):
        """For rows outside the audit (counters, settings)."""
        return self.conn.execute(sql, params)
