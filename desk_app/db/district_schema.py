"""The district database: its own SQLite file and migrations, separate from any desk.

Every received record is keyed by (unit, id) and keeps the unit's change_seq: an upsert
only replaces a row with a newer version, so files may arrive in any order or twice.
A deletion is kept as a tombstone row (deleted = 1, data cleared) for the same reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.db.migration_set import MigrationSet

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS = MigrationSet("desk_district")


# The parts of the sync file as 0001 received them (db/sync_parts.py then), audit stamps last;
# the columns added since come with their own steps (0010, 0040).
_AUDIT = ("updated_at", "updated_by", "change_seq")
_0001_PARTS = {
    "officers": ("full_name",),
    "procedures": ("code", "field", "name", "limit_value", "limit_unit", "fee_in_person", "fee_online", "active"),
    "citizens": ("full_name", "id_number", "old_id_number", "birth_date", "sex", "address", "phone", "email",
                 "id_issued_on"),
    "dossiers": ("code", "citizen_id", "procedure_id", "procedure_code", "status", "received_at", "due_at",
                 "original_due_at", "paused_at", "result_ready_at", "closed_at", "fee", "channel", "note",
                 "received_by"),
    "dossier_documents": ("dossier_id", "position", "name", "kind", "received", "note"),
    "dossier_events": ("dossier_id", "at", "action", "from_status", "to_status", "reason", "details", "officer_id"),
    "visits": ("citizen_id", "kind", "at", "officer_id", "dossier_id", "summary", "outcome", "satisfaction"),
}


def _part_table(part: str, own: tuple[str, ...]) -> str:
    """A received part's table: its columns untyped (as sent), keyed by (unit, id)."""
    cols = ",\n        ".join(f"{c} {'INTEGER NOT NULL' if c == 'change_seq' else ''}".rstrip()
                              for c in own + _AUDIT)
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
    for part, own in _0001_PARTS.items():
        db.execute(_part_table(part, own))
    db.execute("CREATE INDEX dossiers_received ON dossiers(unit, received_at)")
    db.execute("CREATE INDEX dossiers_ready ON dossiers(unit, result_ready_at)")
    db.execute("CREATE INDEX dossiers_closed ON dossiers(unit, closed_at)")



@MIGRATIONS(name="0010_applicant_snapshot")
def _applicant_snapshot(db: Database) -> None:
    # Dossiers carry their applicant as received; files from older desks leave these NULL.
    # A district made by a version whose 0001 read the parts as they then were has them already.
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
    # The report across units reads one covering index in (unit, procedure, officer) order;
    # 0070 replaced it.
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_stats ON dossiers(unit, procedure_code, received_by, "
               "received_at, status, channel, result_ready_at, closed_at, original_due_at, paused_at, deleted)")


@MIGRATIONS(name="0040_ratings")
def _ratings(db: Database) -> None:
    # A district database made before ratings travelled gets their table (one made by a version
    # whose 0001 read the parts as they then were has it already).
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ratings'").fetchone():
        db.execute(_part_table("ratings", ("dossier_id", "visit_id", "step", "level", "reason", "officer_id", "at",
                                           "source")))
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


# 0070's SQL as db/stats_days.py wrote it then, kept here word for word (as at the desk,
# db/migrations.py, with the unit in the group and the tombstones left out).
_0070_TABLES = (
    "CREATE TABLE stats_groups (grp INTEGER PRIMARY KEY, unit TEXT NOT NULL, procedure_code TEXT NOT NULL, "
    "received_by TEXT NOT NULL, UNIQUE (unit, procedure_code, received_by))",
    "CREATE TABLE stats_days (grp INTEGER NOT NULL, ended INTEGER NOT NULL, received INTEGER NOT NULL, "
    "chan INTEGER NOT NULL, ready INTEGER NOT NULL, timely INTEGER NOT NULL, closed INTEGER NOT NULL, "
    "closing INTEGER NOT NULL, finish INTEGER NOT NULL, held INTEGER NOT NULL, due INTEGER NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (grp, ended, received, chan, ready, timely, closed, closing, finish, held, "
    "due)) WITHOUT ROWID",
)
_0070_ROW = (
    "SELECT IFNULL({r}.unit, '') AS unit, IFNULL({r}.procedure_code, '') AS procedure_code, "
    "IFNULL({r}.received_by, '') AS received_by, {r}.status AS status, {r}.channel AS channel, "
    "IFNULL(CAST(julianday(substr({r}.received_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS r, "
    "IFNULL(CAST(julianday(substr({r}.result_ready_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS y, "
    "IFNULL(CAST(julianday(substr({r}.closed_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS c, "
    "IFNULL(CAST(julianday(substr({r}.original_due_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS du, "
    "IFNULL(CAST(julianday(substr({r}.paused_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS p "
    "{source} WHERE {r}.deleted = 0 LIMIT -1"
)
_0070_KEYS = (
    "SELECT g.grp, CASE WHEN y < 1000000 THEN y ELSE c END, r, "
    "CASE channel WHEN 'online' THEN 2097152 ELSE 4398046511104 END, y, "
    "CASE WHEN y = 1000000 THEN 0 WHEN du < 1000000 AND y < du THEN 1 WHEN y = du THEN 2097152 "
    "ELSE 4398046511104 END, c, "
    "CASE status WHEN 'refused' THEN 1 WHEN 'stopped' THEN 2097152 WHEN 'returned' THEN 4398046511104 ELSE 0 END, "
    "CASE WHEN status IN ('refused', 'stopped') THEN min(y, c) ELSE y END, "
    "CASE WHEN status = 'needs_supplement' THEN p ELSE 1000000 END, du "
    "FROM ({rows}) AS n JOIN stats_groups g ON g.unit = n.unit AND g.procedure_code = n.procedure_code "
    "AND g.received_by = n.received_by"
)
_0070_KEY = "(grp, ended, received, chan, ready, timely, closed, closing, finish, held, due)"
_0070_ADD = (
    "INSERT OR IGNORE INTO stats_groups (unit, procedure_code, received_by) "
    "SELECT DISTINCT unit, procedure_code, received_by FROM ({rows})",
    "INSERT INTO stats_days SELECT *, COUNT(*) FROM ({keys}) WHERE true GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 "
    f"ON CONFLICT {_0070_KEY} DO UPDATE SET n = n + excluded.n",
)
_0070_REMOVE = (
    f"UPDATE stats_days SET n = n - 1 WHERE {_0070_KEY} IN ({{keys}})",
    f"DELETE FROM stats_days WHERE n = 0 AND {_0070_KEY} IN ({{keys}})",
)
_0070_WATCHED = ("unit, procedure_code, received_by, status, channel, received_at, original_due_at, paused_at, "
                 "result_ready_at, closed_at, deleted")


def _0070_statements(steps: tuple[str, ...], dossier: str, source: str = "") -> list[str]:
    rows = _0070_ROW.replace("{r}", dossier).replace("{source}", source)
    keys = _0070_KEYS.replace("{rows}", rows)
    return [step.replace("{keys}", keys).replace("{rows}", rows) for step in steps]


def _0070_trigger(name: str, when: str, *bodies: list[str]) -> str:
    return f"CREATE TRIGGER {name} {when} ON dossiers BEGIN {'; '.join(s for b in bodies for s in b)}; END"


@MIGRATIONS(name="0070_stats_days")
def _stats_days(db: Database) -> None:
    # The report across units reads each live dossier's days as numbers, kept by triggers
    # (db/stats_days.py says what each column holds), instead of the wide text index of 0030.
    add, remove = _0070_statements(_0070_ADD, "NEW"), _0070_statements(_0070_REMOVE, "OLD")
    for statement in (*_0070_TABLES, *_0070_statements(_0070_ADD, "d", "FROM dossiers d"),
                      _0070_trigger("stats_days_insert", "AFTER INSERT", add),
                      _0070_trigger("stats_days_update", f"AFTER UPDATE OF {_0070_WATCHED}", remove, add),
                      _0070_trigger("stats_days_delete", "AFTER DELETE", remove)):
        db.execute(statement)
    db.execute("DROP INDEX IF EXISTS dossiers_stats")


@MIGRATIONS(name="0071_ratings_level_at")
def _ratings_level_at(db: Database) -> None:
    # As at the desk (db/migrations.py 0071), the tombstones left out inside the index.
    db.execute("CREATE INDEX IF NOT EXISTS ratings_level_at ON ratings(level, deleted, at)")


@MIGRATIONS(name="0080_dossier_channels")
def _dossier_channels(db: Database) -> None:
    # Format 3's dossiers carry the online dossier's portal code and whether an officer helped
    # file it, and the result sent by post (address, tracking number, day sent); files of
    # format 2 leave them NULL. As at the desk (db/migrations.py 0080, 0081).
    present = {row[1] for row in db.execute("PRAGMA table_info(dossiers)").fetchall()}
    for column in ("portal_code", "assisted", "post_address", "post_tracking", "post_sent_at"):
        if column not in present:
            db.execute(f"ALTER TABLE dossiers ADD COLUMN {column}")
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_channel_received ON dossiers(channel, received_at, assisted, "
               "portal_code, deleted) WHERE channel IN ('online', 'post')")
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_post_sent ON dossiers(post_sent_at, deleted) "
               "WHERE post_sent_at IS NOT NULL")


@MIGRATIONS(name="0082_rating_follow_ups")
def _rating_follow_ups(db: Database) -> None:
    # Format 3's follow-ups of unsatisfied ratings (as the desk's 0082 keeps them).
    db.execute(_part_table("rating_follow_ups", ("rating_id", "reason", "status", "opened_at", "due_at", "contact",
                                                 "answer", "answered_at", "answered_by")))
    db.execute("CREATE INDEX rating_follow_ups_unit ON rating_follow_ups(unit, status, due_at)")


@MIGRATIONS(name="0083_visit_follow_ups")
def _visit_follow_ups(db: Database) -> None:
    # Format 3's complaints, proposals and tip-offs followed to the end (the desk's 0083).
    db.execute(_part_table("visit_follow_ups", ("visit_id", "kind", "status", "handler_id", "received_at", "due_at",
                                                "forwarded_to", "answer", "answered_at")))
    db.execute("CREATE INDEX visit_follow_ups_unit ON visit_follow_ups(unit, status, due_at)")


@MIGRATIONS(name="0087_attachments")
def _attachments(db: Database) -> None:
    # Format 4's attachments (issue 26): what each dossier has attached and the hashes (the desk's
    # 0086); the files themselves, where a unit sends them, go in the district folder's
    # attachments/ under their hash.
    db.execute(_part_table("attachments", ("dossier_id", "target", "position", "file_sha256", "size", "pages",
                                           "original_sha256", "added_at")))
    db.execute("CREATE INDEX attachments_dossier ON attachments(unit, dossier_id)")


@MIGRATIONS(name="0088_documents_by_dossier")
def _documents_by_dossier(db: Database) -> None:
    # The digitised figures read each dossier's documents (db/district_digitised.py): a period's
    # dossiers find theirs here instead of every unit's documents being read.
    db.execute("CREATE INDEX IF NOT EXISTS dossier_documents_dossier ON dossier_documents(unit, dossier_id)")
