"""The district database's queries: its meta values, the units it knows, the files it has
imported, the upsert of received records, and the rows of its report."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from desk_app.db.connection import DatabaseTooNew, connect
from desk_app.db.database import Database
from desk_app.db.district_schema import MIGRATIONS
from desk_app.db.sync_parts import PART_COLUMNS, columns


def open_district_db(path: Path) -> Database:
    db = connect(path)
    db.execute("PRAGMA cache_size = -131072")  # 128 MB: imports upsert by random UUID keys
    if MIGRATIONS.unknown(db):
        db.close()
        raise DatabaseTooNew("Cơ sở dữ liệu cấp trên được tạo bởi phiên bản mới hơn. Hãy cập nhật phần mềm.")
    MIGRATIONS.apply(db)
    return db


def meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               (key, value))


def unit(db: Database, code: str) -> dict | None:
    return db.query_one("SELECT * FROM units WHERE code = ?", (code,))


def units(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM units ORDER BY code"))


def save_unit(db: Database, code: str, name: str, public_key: str, fingerprint: str, now: str) -> None:
    """Add a unit, or give a known one its new name and key."""
    db.execute(
        "INSERT INTO units (code, name, public_key, fingerprint, added_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET name = excluded.name, public_key = excluded.public_key, "
        "fingerprint = excluded.fingerprint",
        (code, name, public_key, fingerprint, now))


# -- imports ----------------------------------------------------------------------------------

def imported_at(db: Database, file_sha256: str) -> str | None:
    """When a byte-identical file was imported, or None."""
    row = db.execute("SELECT imported_at FROM imports WHERE file_sha256 = ?", (file_sha256,)).fetchone()
    return row[0] if row else None


def times_imported(db: Database, unit_code: str, export_seq: int) -> int:
    return db.execute("SELECT COUNT(*) FROM imports WHERE unit = ? AND export_seq = ?",
                      (unit_code, export_seq)).fetchone()[0]


def _upsert_sql(part: str) -> tuple[str, str]:
    """A record replaces the stored one only when newer (by change_seq); a tombstone likewise."""
    cols = columns(part)
    names = ", ".join(("unit", *cols, "deleted"))
    marks = ", ".join("?" for _ in range(len(cols) + 2))
    updates = ", ".join(f"{c} = excluded.{c}" for c in (*cols, "deleted") if c != "id")
    record = (f"INSERT INTO {part} ({names}) VALUES ({marks}) ON CONFLICT(unit, id) DO UPDATE SET {updates} "
              f"WHERE excluded.change_seq > {part}.change_seq")
    cleared = ", ".join(f"{c} = NULL" for c in cols if c not in ("id", "change_seq"))
    tombstone = (f"INSERT INTO {part} (unit, id, change_seq, deleted) VALUES (?, ?, ?, 1) "
                 f"ON CONFLICT(unit, id) DO UPDATE SET {cleared}, change_seq = excluded.change_seq, deleted = 1 "
                 f"WHERE excluded.change_seq > {part}.change_seq")
    return record, tombstone


_SQL = {part: _upsert_sql(part) for part in PART_COLUMNS}


class ImportWriter:
    """One file's records applied inside one transaction (see `importing`)."""

    def __init__(self, db: Database):
        self.conn = db.conn
        self.applied = 0  # rows the records changed (not the statistics rows their triggers write)

    def apply(self, part: str, records: list[tuple], tombstones: list[tuple]) -> None:
        """Records as (unit, *columns, 0) and tombstones as (unit, id, change_seq)."""
        record_sql, tombstone_sql = _SQL[part]
        if records:
            self.applied += self.conn.executemany(record_sql, records).rowcount
        if tombstones:
            self.applied += self.conn.executemany(tombstone_sql, tombstones).rowcount

    def record_import(self, values: dict) -> None:
        names = ", ".join(values)
        self.conn.execute(f"INSERT INTO imports ({names}) VALUES ({', '.join('?' for _ in values)})",
                          tuple(values.values()))


@contextmanager
def importing(db: Database) -> Iterator[ImportWriter]:
    """All of a file or nothing: BEGIN IMMEDIATE, COMMIT when the block ends, ROLLBACK on any error."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield ImportWriter(db)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def held_attachment_files(db: Database) -> set[str]:
    """The SHA-256 of every file a live attachment (of any unit) holds."""
    return {row[0] for row in db.execute(
        "SELECT DISTINCT file_sha256 FROM attachments WHERE deleted = 0 AND file_sha256 IS NOT NULL").fetchall()}


def coverage(db: Database, unit_code: str | None = None) -> list[tuple]:
    """(unit, export_seq, from_seq, to_seq) of every import, by unit and first change."""
    params: tuple = (unit_code,) if unit_code else ()
    return db.execute(
        "SELECT unit, export_seq, from_seq, to_seq FROM imports " + ("WHERE unit = ? " if unit_code else "")
        + "ORDER BY unit, from_seq, export_seq", params).fetchall()


def last_imports(db: Database) -> dict[str, tuple]:
    """unit -> (highest export number, latest import time)."""
    return {r[0]: r[1:] for r in db.execute(
        "SELECT unit, MAX(export_seq), MAX(imported_at) FROM imports GROUP BY unit").fetchall()}


# -- the report ---------------------------------------------------------------------------------

def report_dossiers(db: Database, unit_code: str | None = None) -> list[dict]:
    """Every live dossier received, with its procedure's and unit's names."""
    where = "d.deleted = 0" + (" AND d.unit = ?" if unit_code else "")
    return list(db.query(
        "SELECT d.unit, d.status, d.received_at, d.due_at, d.original_due_at, d.paused_at, d.result_ready_at, "
        "d.closed_at, d.channel, d.post_sent_at, d.procedure_code, COALESCE(p.name, d.procedure_code, '') AS procedure_name, "
        "COALESCE(u.name, d.unit) AS unit_name FROM dossiers d "
        "LEFT JOIN procedures p ON p.unit = d.unit AND p.id = d.procedure_id "
        f"LEFT JOIN units u ON u.code = d.unit WHERE {where}", (unit_code,) if unit_code else ()))


# -- the units' audit chains ------------------------------------------------------------------

def held_audit(db: Database, unit_code: str) -> dict | None:
    """What is held of the unit's log: its head (seq, hash), the export number of the file it
    came in (export_seq) and where the record memory starts (records_from: 0 for the whole
    log, None if not kept); None before the unit's first file with a log."""
    return db.query_one("SELECT seq, hash, export_seq, records_from FROM audit_heads WHERE unit = ?", (unit_code,))


def audit_records(db: Database, unit_code: str) -> dict[tuple[str, str], tuple[str, str | None, int]]:
    """(table, record id) -> (content hash, dossier id, seq) of each record the unit's log wrote."""
    return {(r[0], r[1]): (r[2], r[3], r[4]) for r in db.execute(
        "SELECT table_name, record_id, content_hash, dossier_id, seq FROM audit_records WHERE unit = ?",
        (unit_code,))}


_KEEP_RECORD = ("INSERT INTO audit_records (unit, table_name, record_id, content_hash, dossier_id, seq) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(unit, table_name, record_id) DO UPDATE SET "
                "content_hash = excluded.content_hash, dossier_id = COALESCE(excluded.dossier_id, "
                "audit_records.dossier_id), seq = excluded.seq WHERE excluded.seq > audit_records.seq")


def save_audit(db: Database, unit_code: str, export_seq: int, head: tuple[int, str] | None, now: str,
               mark: dict | None, records: dict | None = None, records_from: int | None = None,
               replace: bool = False) -> None:
    """The head to hold for the unit, its log's records (the newest write of each wins; `replace`:
    the unit's memory starts again from these) and, when the file's log was not clean, its
    mark; one transaction."""
    with importing(db) as writer:
        conn = writer.conn
        if head is not None:
            conn.execute(
                "INSERT INTO audit_heads (unit, seq, hash, export_seq, updated_at, records_from) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(unit) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
                "export_seq = excluded.export_seq, updated_at = excluded.updated_at, "
                "records_from = COALESCE(excluded.records_from, audit_heads.records_from)",
                (unit_code, head[0], head[1], export_seq, now, records_from))
        if replace:
            conn.execute("DELETE FROM audit_records WHERE unit = ?", (unit_code,))
        if records:
            conn.executemany(_KEEP_RECORD, ((unit_code, table, record, digest, dossier, seq)
                                            for (table, record), (digest, dossier, seq) in records.items()))
        if mark is not None:
            conn.execute(
                "INSERT INTO audit_marks (unit, export_seq, file_name, imported_at, problems, dossier_codes) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (unit_code, export_seq, mark["file_name"], now, mark["problems"], mark["dossier_codes"]))


def dossier_codes(db: Database, unit_code: str, dossier_ids: set[str]) -> dict[str, str]:
    ids = sorted(i for i in dossier_ids if i)
    codes: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        codes.update(db.execute(f"SELECT id, code FROM dossiers WHERE unit = ? AND id IN ({', '.join('?' * len(chunk))})",
                                (unit_code, *chunk)).fetchall())
    return codes


def citizens_dossier_codes(db: Database, unit_code: str, citizen_ids: set[str]) -> dict[str, list[str]]:
    """citizen id -> the codes of the unit's dossiers of that citizen."""
    ids = sorted(i for i in citizen_ids if i)
    found: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for citizen, code in db.execute(
                f"SELECT citizen_id, code FROM dossiers WHERE unit = ? AND citizen_id IN ({', '.join('?' * len(chunk))}) "
                "ORDER BY code", (unit_code, *chunk)):
            found.setdefault(citizen, []).append(code)
    return found


def audit_marks(db: Database, unit_code: str | None = None) -> list[dict]:
    where = " WHERE unit = ?" if unit_code else ""
    return list(db.query("SELECT * FROM audit_marks" + where + " ORDER BY unit, export_seq, id",
                         (unit_code,) if unit_code else ()))


def rating_counts(db: Database, day: str | None = None, unit_code: str | None = None) -> list[dict]:
    """(unit, unit name, level, count) of the live ratings, of one day or of all."""
    where, params = ["r.deleted = 0"], []
    if day:
        where.append("r.at >= ? AND r.at < ?")
        params += [f"{day} 00:00:00", f"{day} 99"]
    if unit_code:
        where.append("r.unit = ?")
        params.append(unit_code)
    return list(db.query(
        "SELECT r.unit, COALESCE(u.name, r.unit) AS unit_name, r.level, COUNT(*) AS n FROM ratings r "
        f"LEFT JOIN units u ON u.code = r.unit WHERE {' AND '.join(where)} GROUP BY r.unit, r.level "
        "ORDER BY r.unit", tuple(params)))
