"""The district database: its own SQLite file and migrations, separate from any desk.

Every received record is keyed by (unit, id) and keeps the unit's change_seq: an upsert
only replaces a row with a newer version, so files may arrive in any order or twice.
A deletion is kept as a tombstone row (deleted = 1, data cleared) for the same reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.db.migration_set import MigrationSet
from desk_app.db.sync_parts import PART_COLUMNS, columns

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS = MigrationSet("desk_district")


def _part_table(part: str) -> str:
    cols = ",\n        ".join(f"{c} {'INTEGER NOT NULL' if c == 'change_seq' else ''}".rstrip()
                              for c in columns(part) if c != "id")
    return f"""CREATE TABLE {part} (
        unit TEXT NOT NULL,
        id TEXT NOT NULL,
        {cols},
        deleted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (unit, id)
    ) WITHOUT ROWID"""


@MIGRATIONS(name="0001_district")
def _initial(db: Database) -> None:
    db.execute("""CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""")
    db.execute("""CREATE TABLE units (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        added_at TEXT NOT NULL
    )""")
    db.execute("""CREATE TABLE imports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        unit TEXT NOT NULL REFERENCES units(code),
        export_seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL UNIQUE,
        manifest_sha256 TEXT NOT NULL,
        from_seq INTEGER NOT NULL,
        to_seq INTEGER NOT NULL,
        day TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        records INTEGER NOT NULL,
        applied INTEGER NOT NULL
    )""")
    db.execute("CREATE INDEX imports_unit ON imports(unit, export_seq)")
    for part in PART_COLUMNS:
        db.execute(_part_table(part))
    db.execute("CREATE INDEX dossiers_received ON dossiers(unit, received_at)")
    db.execute("CREATE INDEX dossiers_ready ON dossiers(unit, result_ready_at)")
    db.execute("CREATE INDEX dossiers_closed ON dossiers(unit, closed_at)")



@MIGRATIONS(name="0010_applicant_snapshot")
def _applicant_snapshot(db: Database) -> None:
    # Dossiers carry their applicant as received; files from older desks leave these NULL.
    # A district made by this version already has them (its tables are built from PART_COLUMNS).
    present = {row[1] for row in db.execute("PRAGMA table_info(dossiers)").fetchall()}
    for column in ("applicant_full_name", "applicant_id_number", "applicant_old_id_number",
                   "applicant_birth_date", "applicant_sex", "applicant_address", "applicant_phone"):
        if column not in present:
            db.execute(f"ALTER TABLE dossiers ADD COLUMN {column}")


@MIGRATIONS(name="0011_audit_anchor")
def _audit_anchor(db: Database) -> None:
    # Each unit's audit chain head as last received, and the files whose log did not extend
    # it or whose unit reported records changed outside the program (kept: the mark stays).
    db.execute("""CREATE TABLE audit_heads (
        unit TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        export_seq INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    )""")
    db.execute("""CREATE TABLE audit_marks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        unit TEXT NOT NULL,
        export_seq INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        problems TEXT NOT NULL,
        dossier_codes TEXT NOT NULL DEFAULT ''
    )""")


@MIGRATIONS(name="0030_stats_index")
def _stats_index(db: Database) -> None:
    # The report across units reads one covering index in (unit, procedure, officer) order.
    from desk_app.db.stats import DISTRICT_INDEX

    db.execute(DISTRICT_INDEX)


@MIGRATIONS(name="0040_ratings")
def _ratings(db: Database) -> None:
    # A district database made before ratings travelled gets their table (a new one has it from 0001).
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ratings'").fetchone():
        db.execute(_part_table("ratings"))
    db.execute("CREATE INDEX IF NOT EXISTS ratings_unit_at ON ratings(unit, at)")


@MIGRATIONS(name="0066_audit_records")
def _audit_records(db: Database) -> None:
    # What the district has received of each unit's log, record by record: the content hash
    # of its last write (empty once deleted) as of the held head, so a unit whose log was
    # rewritten can be told which dossiers' content differs. records_from: the log sequence
    # this memory starts from (0: the whole log; NULL: heads held before it was kept).
    db.execute("""CREATE TABLE audit_records (
        unit TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        dossier_id TEXT,
        seq INTEGER NOT NULL,
        PRIMARY KEY (unit, table_name, record_id)
    ) WITHOUT ROWID""")
    db.execute("ALTER TABLE audit_heads ADD COLUMN records_from INTEGER")


@MIGRATIONS(name="0070_stats_days")
def _stats_days(db: Database) -> None:
    # The report across units reads each live dossier's days as numbers, kept by triggers
    # (db/stats_days.py), instead of the wide text index of 0030.
    from desk_app.db.stats_days import DISTRICT

    DISTRICT.create(db)
    db.execute("DROP INDEX IF EXISTS dossiers_stats")


@MIGRATIONS(name="0071_ratings_level_at")
def _ratings_level_at(db: Database) -> None:
    # As at the desk (db/migrations.py 0071), the tombstones left out inside the index.
    db.execute("CREATE INDEX IF NOT EXISTS ratings_level_at ON ratings(level, deleted, at)")
