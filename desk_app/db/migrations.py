"""The schema, as migration steps: each atomic with its bookkeeping (see migration_set).

Conventions: every record has a UUID text primary key `id`, `updated_at` and `updated_by`
(the officer's id) and `change_seq`, the value of the `changes` sequence at its last write;
the sync export reads `changes` to find what moved since the last export.
Times are local Vietnam time as 'YYYY-MM-DD HH:MM:SS' text, which sorts correctly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk_app.db.migration_set import MigrationSet

if TYPE_CHECKING:
    from sqlite_utils import Database

# 0076 cleaned up after a pre-release demo that wrote into the desk itself; the demo now works on
# a private copy (desk_app/demo/), so no desk needs it, and a file that applied it still opens.
MIGRATIONS = MigrationSet("desk_app", retired=("0076_demo_leftovers",))

_AUDIT = """
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    change_seq INTEGER NOT NULL DEFAULT 0"""

_INITIAL_SCHEMA = [
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    f"""CREATE TABLE unit (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        hotline TEXT NOT NULL DEFAULT '',
        upper_name TEXT NOT NULL DEFAULT '',
        upper_code TEXT NOT NULL DEFAULT '',
        survey_url TEXT NOT NULL DEFAULT '',{_AUDIT}
    )""",
    f"""CREATE TABLE officers (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('commander', 'officer')),
        rank_title TEXT NOT NULL DEFAULT '',
        pin_hash TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,{_AUDIT}
    )""",
    f"""CREATE TABLE citizens (
        id TEXT PRIMARY KEY,
        full_name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        id_number TEXT,
        old_id_number TEXT NOT NULL DEFAULT '',
        birth_date TEXT NOT NULL DEFAULT '',
        sex TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        id_issued_on TEXT NOT NULL DEFAULT '',{_AUDIT}
    )""",
    "CREATE INDEX citizens_name_key ON citizens(name_key)",
    "CREATE UNIQUE INDEX citizens_id_number ON citizens(id_number) WHERE id_number IS NOT NULL",
    "CREATE INDEX citizens_phone ON citizens(phone) WHERE phone != ''",
    "CREATE INDEX citizens_old_id ON citizens(old_id_number) WHERE old_id_number != ''",
    # Word search in folded names ("duc" finds "Nguyễn Văn Đức"), kept in step by triggers.
    "CREATE VIRTUAL TABLE citizens_fts USING fts5(name_key, content='citizens', content_rowid='rowid')",
    """CREATE TRIGGER citizens_fts_insert AFTER INSERT ON citizens BEGIN
        INSERT INTO citizens_fts (rowid, name_key) VALUES (new.rowid, new.name_key);
    END""",
    """CREATE TRIGGER citizens_fts_delete AFTER DELETE ON citizens BEGIN
        INSERT INTO citizens_fts (citizens_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key);
    END""",
    """CREATE TRIGGER citizens_fts_update AFTER UPDATE OF name_key ON citizens BEGIN
        INSERT INTO citizens_fts (citizens_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key);
        INSERT INTO citizens_fts (rowid, name_key) VALUES (new.rowid, new.name_key);
    END""",
    f"""CREATE TABLE procedures (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        field TEXT NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        limit_value REAL NOT NULL DEFAULT 0,
        limit_unit TEXT NOT NULL CHECK (limit_unit IN ('days', 'hours')),
        limit_note TEXT NOT NULL DEFAULT '',
        fee_in_person INTEGER NOT NULL DEFAULT 0,
        fee_online INTEGER NOT NULL DEFAULT 0,
        fee_note TEXT NOT NULL DEFAULT '',
        documents TEXT NOT NULL DEFAULT '[]',
        legal_basis TEXT NOT NULL DEFAULT '',
        portal_url TEXT NOT NULL DEFAULT '',
        verified INTEGER NOT NULL DEFAULT 1,
        active INTEGER NOT NULL DEFAULT 1,{_AUDIT}
    )""",
    f"""CREATE TABLE dossiers (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        citizen_id TEXT NOT NULL REFERENCES citizens(id),
        procedure_id TEXT NOT NULL REFERENCES procedures(id),
        status TEXT NOT NULL,
        received_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        original_due_at TEXT NOT NULL,
        paused_at TEXT,
        result_ready_at TEXT,
        closed_at TEXT,
        fee INTEGER NOT NULL DEFAULT 0,
        channel TEXT NOT NULL DEFAULT 'in_person',
        note TEXT NOT NULL DEFAULT '',
        received_by TEXT REFERENCES officers(id),{_AUDIT}
    )""",
    "CREATE INDEX dossiers_citizen ON dossiers(citizen_id, received_at)",
    "CREATE INDEX dossiers_received ON dossiers(received_at)",
    "CREATE INDEX dossiers_open_due ON dossiers(due_at) WHERE status IN ('received', 'in_progress')",
    "CREATE INDEX dossiers_procedure ON dossiers(procedure_id, received_at)",
    f"""CREATE TABLE dossier_documents (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('original', 'certified_copy', 'photocopy')),
        received INTEGER NOT NULL DEFAULT 1,
        note TEXT NOT NULL DEFAULT '',{_AUDIT}
    )""",
    "CREATE INDEX dossier_documents_dossier ON dossier_documents(dossier_id, position)",
    f"""CREATE TABLE dossier_events (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        details TEXT NOT NULL DEFAULT '{{}}',
        officer_id TEXT REFERENCES officers(id),{_AUDIT}
    )""",
    "CREATE INDEX dossier_events_dossier ON dossier_events(dossier_id, at)",
    f"""CREATE TABLE visits (
        id TEXT PRIMARY KEY,
        citizen_id TEXT REFERENCES citizens(id),
        kind TEXT NOT NULL CHECK (kind IN ('inquiry', 'result_pickup', 'complaint', 'report', 'dossier')),
        at TEXT NOT NULL,
        officer_id TEXT REFERENCES officers(id),
        dossier_id TEXT REFERENCES dossiers(id),
        summary TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        satisfaction TEXT NOT NULL DEFAULT '',{_AUDIT}
    )""",
    "CREATE INDEX visits_at ON visits(at)",
    f"""CREATE TABLE holiday_overrides (
        id TEXT PRIMARY KEY,
        day TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('off', 'work')),
        note TEXT NOT NULL DEFAULT '',{_AUDIT}
    )""",
    # One row per code scope (the pattern with everything but {seq} filled in).
    """CREATE TABLE code_counters (
        scope TEXT PRIMARY KEY,
        last_seq INTEGER NOT NULL
    )""",
    # The change sequence: one row per write, read by the end-of-day export.
    """CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        table_name TEXT NOT NULL,
        record_id TEXT NOT NULL,
        at TEXT NOT NULL,
        officer_id TEXT
    )""",
    "CREATE INDEX changes_record ON changes(table_name, record_id)",
]


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    for statement in _INITIAL_SCHEMA:
        db.execute(statement)


# New steps go at the end of the file, each a new function with the next number, as literal SQL
# that imports nothing of the program (its code may change; this text may not); never edit an
# applied one.


@MIGRATIONS(name="0003_sync")
def _sync(db: Database) -> None:
    # The end-of-day export history; outside the audit (writing it is not a change to send).
    db.execute("""CREATE TABLE sync_exports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        export_seq INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('new', 'again')),
        created_at TEXT NOT NULL,
        day TEXT NOT NULL,
        officer_id TEXT,
        from_seq INTEGER NOT NULL,
        to_seq INTEGER NOT NULL,
        period_from TEXT,
        period_to TEXT,
        file_name TEXT NOT NULL,
        folder TEXT NOT NULL,
        records INTEGER NOT NULL,
        counts TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        recipient TEXT NOT NULL
    )""")
    db.execute("CREATE INDEX sync_exports_seq ON sync_exports(export_seq)")
    db.execute("CREATE INDEX sync_exports_day ON sync_exports(day)")


@MIGRATIONS(name="0004_queue_indexes")
def _queue_indexes(db: Database) -> None:
    # The desk's list pages by keyset on (sort column, id): each order needs its index.
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_received_id ON dossiers(received_at, id)")
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_status_received ON dossiers(status, received_at, id)")
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_running_due ON dossiers(due_at, id) "
               "WHERE status IN ('received', 'in_progress')")
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_closed ON dossiers(closed_at) WHERE closed_at IS NOT NULL")


@MIGRATIONS(name="0005_printing")
def _printing(db: Database) -> None:
    # Printers of this PC and the print jobs sent to them (pending / printed / failed).
    db.execute(f"""CREATE TABLE printers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{{}}',
        width INTEGER NOT NULL DEFAULT 576,
        profile TEXT NOT NULL DEFAULT '',
        mode TEXT NOT NULL DEFAULT 'raster' CHECK (mode IN ('raster', 'text')),{_AUDIT}
    )""")
    db.execute(f"""CREATE TABLE print_jobs (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        printer_name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'printed', 'failed')),
        error TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER NOT NULL DEFAULT 0,
        output TEXT NOT NULL DEFAULT '',
        printed_at TEXT,{_AUDIT}
    )""")
    db.execute("CREATE INDEX print_jobs_created ON print_jobs(created_at)")
    db.execute("CREATE INDEX print_jobs_failed ON print_jobs(status) WHERE status != 'printed'")


@MIGRATIONS(name="0006_application_id")
def _application_id(db: Database) -> None:
    # Marks the file as the desk's: another program's database is then told apart and refused
    # (db/file_check.py) instead of having our tables written into it.
    db.execute("PRAGMA application_id = 1145393995")  # 0x4445534B, "DESK" (file_check.APPLICATION_ID)


# The applicant as received, kept on each dossier: the citizens table holds the latest details
# (for autofill and search); a dossier must keep what was true when it was received.
_APPLICANT_COLUMNS = {
    "applicant_full_name": "full_name", "applicant_id_number": "id_number",
    "applicant_old_id_number": "old_id_number", "applicant_birth_date": "birth_date",
    "applicant_sex": "sex", "applicant_address": "address", "applicant_phone": "phone",
}


@MIGRATIONS(name="0010_applicant_snapshot")
def _applicant_snapshot(db: Database) -> None:
    for column in _APPLICANT_COLUMNS:
        default = "" if column != "applicant_id_number" else None
        db.execute(f"ALTER TABLE dossiers ADD COLUMN {column} TEXT"
                   + (" NOT NULL DEFAULT ''" if default == "" else ""))
    # Existing dossiers: the best knowledge of the applicant is today's citizen row.
    assignments = ", ".join(f"{snap} = c.{own}" for snap, own in _APPLICANT_COLUMNS.items())
    db.execute(f"UPDATE dossiers SET {assignments} FROM citizens c WHERE c.id = dossiers.citizen_id")


@MIGRATIONS(name="0011_audit_log")
def _audit_log(db: Database) -> None:
    # The tamper-evident log (core/audit.py): one entry per write (with the hash of the record
    # as written) and per look at personal data, each hashing the entry before it.
    db.execute("""CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        officer_id TEXT,
        action TEXT NOT NULL,
        table_name TEXT,
        record_id TEXT,
        dossier_id TEXT,
        detail TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL DEFAULT '',
        entry_hash TEXT NOT NULL
    )""")
    # A record's last write with its hash, read from the index alone (verify walks every
    # table against it).
    db.execute("CREATE INDEX audit_log_record ON audit_log(table_name, record_id, seq, action, content_hash) "
               "WHERE table_name IS NOT NULL")
    db.execute("CREATE INDEX audit_log_at ON audit_log(at)")
    db.execute("CREATE INDEX audit_log_dossier ON audit_log(dossier_id) WHERE dossier_id IS NOT NULL")
    # The chain head each export carried: the desk's own memory of what the district holds.
    db.execute("ALTER TABLE sync_exports ADD COLUMN audit_seq INTEGER")
    db.execute("ALTER TABLE sync_exports ADD COLUMN audit_hash TEXT")


@MIGRATIONS(name="0020_pin_attempts")
def _pin_attempts(db: Database) -> None:
    # Wrong PINs, the lockouts they caused and their lifting: outside the audit and the sync
    # file (a PC's own record; db/pin_attempts.py).
    db.execute("""CREATE TABLE pin_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        officer_id TEXT NOT NULL,
        at TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('failure', 'lockout', 'success', 'unlock')),
        place TEXT NOT NULL DEFAULT '',
        locked_until TEXT,
        by_officer TEXT
    )""")
    db.execute("CREATE INDEX pin_attempts_officer ON pin_attempts(officer_id, id)")


@MIGRATIONS(name="0030_stats_index")
def _stats_index(db: Database) -> None:
    # The periodic report reads one covering index in (procedure, officer) order: no table
    # reads, no sort (db/stats.py); 0070 replaced it.
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_stats ON dossiers(procedure_id, received_by, received_at, "
               "status, channel, result_ready_at, closed_at, original_due_at, paused_at)")
    # Results ready per day, the page's chart.
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_ready ON dossiers(result_ready_at) "
               "WHERE result_ready_at IS NOT NULL")


@MIGRATIONS(name="0040_ratings")
def _ratings(db: Database) -> None:
    # One row per answer of a citizen (the citizen screen, the visit form, a paper survey
    # form entered later), tied to the dossier or the visit and to the officer who served.
    db.execute(f"""CREATE TABLE ratings (
        id TEXT PRIMARY KEY,
        dossier_id TEXT REFERENCES dossiers(id),
        visit_id TEXT REFERENCES visits(id),
        step TEXT NOT NULL CHECK (step IN ('reception', 'return', 'visit')),
        level TEXT NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'unsatisfied', 'not_rated')),
        reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        officer_id TEXT REFERENCES officers(id),
        at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'screen',{_AUDIT}
    )""")
    db.execute("CREATE INDEX ratings_at ON ratings(at)")
    db.execute("CREATE INDEX ratings_dossier ON ratings(dossier_id) WHERE dossier_id IS NOT NULL")
    db.execute("CREATE INDEX ratings_visit ON ratings(visit_id) WHERE visit_id IS NOT NULL")
    # The visit form's old three levels (Hài lòng / Bình thường / Không hài lòng) become the
    # survey's (Rất hài lòng / Hài lòng / Không hài lòng): "Bình thường" is not a complaint, so
    # it reads as "Hài lòng". Each rated visit also becomes a rating, stamped as a change so
    # the next sync file carries it.
    import uuid

    rated = db.execute("SELECT id, at, officer_id, satisfaction FROM visits WHERE satisfaction != ''").fetchall()
    for visit_id, at, officer_id, old in rated:
        level = {"neutral": "satisfied"}.get(old, old)
        if level not in ("satisfied", "unsatisfied"):
            continue
        rating_id = str(uuid.uuid4())
        seq = db.execute("INSERT INTO changes (table_name, record_id, at, officer_id) VALUES ('ratings', ?, ?, ?)",
                         (rating_id, at, officer_id)).lastrowid
        db.execute("INSERT INTO ratings (id, visit_id, step, level, officer_id, at, source, updated_at, updated_by, "
                   "change_seq) VALUES (?, ?, 'visit', ?, ?, ?, 'visit_form', ?, ?, ?)",
                   (rating_id, visit_id, level, officer_id, at, at, officer_id, seq))
        if level != old:
            seq = db.execute("INSERT INTO changes (table_name, record_id, at, officer_id) VALUES ('visits', ?, ?, ?)",
                             (visit_id, at, officer_id)).lastrowid
            db.execute("UPDATE visits SET satisfaction = ?, change_seq = ? WHERE id = ?", (level, seq, visit_id))


@MIGRATIONS(name="0041_queue_numbers")
def _queue_numbers(db: Database) -> None:
    # The number the citizen drew (or was called by), kept on the dossier and on the visit.
    db.execute("ALTER TABLE dossiers ADD COLUMN queue_number TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE visits ADD COLUMN queue_number TEXT NOT NULL DEFAULT ''")


@MIGRATIONS(name="0042_handover_day_close")
def _handover_day_close(db: Database) -> None:
    # A shift handed over: who to whom, the period, the note, and what was counted then (JSON),
    # so the history shows what the incoming officer signed for, not a recount.
    db.execute(f"""CREATE TABLE handovers (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        since TEXT NOT NULL,
        until TEXT NOT NULL,
        from_officer_id TEXT REFERENCES officers(id),
        to_officer_id TEXT NOT NULL REFERENCES officers(id),
        note TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL,{_AUDIT}
    )""")
    db.execute("CREATE INDEX handovers_at ON handovers(at)")
    # The day's Z-report: one per day, kept as printed; each reprint is counted.
    db.execute(f"""CREATE TABLE day_closes (
        id TEXT PRIMARY KEY,
        day TEXT NOT NULL UNIQUE,
        closed_at TEXT NOT NULL,
        officer_id TEXT REFERENCES officers(id),
        totals TEXT NOT NULL,
        reprints INTEGER NOT NULL DEFAULT 0,{_AUDIT}
    )""")


@MIGRATIONS(name="0050_print_job_unconfirmed")
def _print_job_unconfirmed(db: Database) -> None:
    # A job sent but not confirmed by the printer gets its own status ('unconfirmed'): maybe on
    # paper, maybe not. SQLite cannot change a CHECK: the table is copied into one made from the
    # same statement with the new list, and takes its place.
    old = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'print_jobs'").fetchone()[0]
    known = "CHECK (status IN ('pending', 'printed', 'failed'))"
    if old.count(known) != 1:
        raise RuntimeError("Bảng print_jobs không như bản 0005_printing tạo ra; không nâng cấp được.")
    new = old.replace(known, "CHECK (status IN ('pending', 'printed', 'failed', 'unconfirmed'))")
    db.execute(new.replace("CREATE TABLE print_jobs", "CREATE TABLE print_jobs_new", 1))
    db.execute("INSERT INTO print_jobs_new SELECT * FROM print_jobs")
    db.execute("DROP TABLE print_jobs")
    db.execute("ALTER TABLE print_jobs_new RENAME TO print_jobs")
    db.execute("CREATE INDEX print_jobs_created ON print_jobs(created_at)")
    db.execute("CREATE INDEX print_jobs_failed ON print_jobs(status) WHERE status != 'printed'")


# 0070's SQL as db/stats_days.py wrote it then, kept here word for word: the table, its rows
# for the dossiers already there and the triggers that keep it are this text in every database.
# {r} is the dossier (NEW, OLD, or d of the dossiers table), {rows} the SELECT of _0070_ROW.
_0070_TABLES = (
    "CREATE TABLE stats_groups (grp INTEGER PRIMARY KEY, procedure_id TEXT NOT NULL, received_by TEXT NOT NULL, "
    "UNIQUE (procedure_id, received_by))",
    "CREATE TABLE stats_days (grp INTEGER NOT NULL, ended INTEGER NOT NULL, received INTEGER NOT NULL, "
    "chan INTEGER NOT NULL, ready INTEGER NOT NULL, timely INTEGER NOT NULL, closed INTEGER NOT NULL, "
    "closing INTEGER NOT NULL, finish INTEGER NOT NULL, held INTEGER NOT NULL, due INTEGER NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (grp, ended, received, chan, ready, timely, closed, closing, finish, held, "
    "due)) WITHOUT ROWID",
)
_0070_ROW = (
    "SELECT IFNULL({r}.procedure_id, '') AS procedure_id, IFNULL({r}.received_by, '') AS received_by, "
    "{r}.status AS status, {r}.channel AS channel, "
    "IFNULL(CAST(julianday(substr({r}.received_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS r, "
    "IFNULL(CAST(julianday(substr({r}.result_ready_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS y, "
    "IFNULL(CAST(julianday(substr({r}.closed_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS c, "
    "IFNULL(CAST(julianday(substr({r}.original_due_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS du, "
    "IFNULL(CAST(julianday(substr({r}.paused_at, 1, 10)) - 2440587.5 AS INTEGER), 1000000) AS p "
    "{source} WHERE 1 LIMIT -1"
)
_0070_KEYS = (
    "SELECT g.grp, CASE WHEN y < 1000000 THEN y ELSE c END, r, "
    "CASE channel WHEN 'online' THEN 2097152 ELSE 4398046511104 END, y, "
    "CASE WHEN y = 1000000 THEN 0 WHEN du < 1000000 AND y < du THEN 1 WHEN y = du THEN 2097152 "
    "ELSE 4398046511104 END, c, "
    "CASE status WHEN 'refused' THEN 1 WHEN 'stopped' THEN 2097152 WHEN 'returned' THEN 4398046511104 ELSE 0 END, "
    "CASE WHEN status IN ('refused', 'stopped') THEN min(y, c) ELSE y END, "
    "CASE WHEN status = 'needs_supplement' THEN p ELSE 1000000 END, du "
    "FROM ({rows}) AS n JOIN stats_groups g ON g.procedure_id = n.procedure_id AND g.received_by = n.received_by"
)
_0070_KEY = "(grp, ended, received, chan, ready, timely, closed, closing, finish, held, due)"
_0070_ADD = (
    "INSERT OR IGNORE INTO stats_groups (procedure_id, received_by) "
    "SELECT DISTINCT procedure_id, received_by FROM ({rows})",
    "INSERT INTO stats_days SELECT *, COUNT(*) FROM ({keys}) WHERE true GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 "
    f"ON CONFLICT {_0070_KEY} DO UPDATE SET n = n + excluded.n",
)
_0070_REMOVE = (
    f"UPDATE stats_days SET n = n - 1 WHERE {_0070_KEY} IN ({{keys}})",
    f"DELETE FROM stats_days WHERE n = 0 AND {_0070_KEY} IN ({{keys}})",
)
_0070_WATCHED = ("procedure_id, received_by, status, channel, received_at, original_due_at, paused_at, "
                 "result_ready_at, closed_at")


def _0070_statements(steps: tuple[str, ...], dossier: str, source: str = "") -> list[str]:
    rows = _0070_ROW.replace("{r}", dossier).replace("{source}", source)
    keys = _0070_KEYS.replace("{rows}", rows)
    return [step.replace("{keys}", keys).replace("{rows}", rows) for step in steps]


def _0070_trigger(name: str, when: str, *bodies: list[str]) -> str:
    return f"CREATE TRIGGER {name} {when} ON dossiers BEGIN {'; '.join(s for b in bodies for s in b)}; END"


@MIGRATIONS(name="0070_stats_days")
def _stats_days(db: Database) -> None:
    # The report reads each dossier's days as numbers from its own narrow table, kept by
    # triggers (db/stats_days.py says what each column holds); the wide text index it read
    # before only slowed writes.
    add, remove = _0070_statements(_0070_ADD, "NEW"), _0070_statements(_0070_REMOVE, "OLD")
    for statement in (*_0070_TABLES, *_0070_statements(_0070_ADD, "d", "FROM dossiers d"),
                      _0070_trigger("stats_days_insert", "AFTER INSERT", add),
                      _0070_trigger("stats_days_update", f"AFTER UPDATE OF {_0070_WATCHED}", remove, add),
                      _0070_trigger("stats_days_delete", "AFTER DELETE", remove)):
        db.execute(statement)
    db.execute("DROP INDEX IF EXISTS dossiers_stats")


@MIGRATIONS(name="0071_ratings_level_at")
def _ratings_level_at(db: Database) -> None:
    # The period's satisfaction is a count of ratings per level over a range of their time:
    # with this index each count reads one stretch of the index alone, not the table
    # (docs/statistics.md has the figures).
    db.execute("CREATE INDEX IF NOT EXISTS ratings_level_at ON ratings(level, at)")


@MIGRATIONS(name="0072_queue_calls")
def _queue_calls(db: Database) -> None:
    # The last number F10 called, per day: a restart goes on from it, the next day starts at 1.
    # A counter, outside the audit and the end-of-day file (as code_counters).
    db.execute("""CREATE TABLE queue_calls (
        day TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL,
        called_at TEXT NOT NULL
    )""")


@MIGRATIONS(name="0077_pin_attempts_recovery")
def _pin_attempts_recovery(db: Database) -> None:
    # The recovery passphrase typed to lift a commander's own lock: wrong ones are counted (a
    # passphrase must not be guessable without end at the desk), a right one lifts the lock.
    # SQLite cannot widen a CHECK in place: the table is made again with its rows.
    db.execute("""CREATE TABLE pin_attempts_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        officer_id TEXT NOT NULL,
        at TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('failure', 'lockout', 'success', 'unlock', 'recovery_failure',
                                             'recovery_unlock')),
        place TEXT NOT NULL DEFAULT '',
        locked_until TEXT,
        by_officer TEXT
    )""")
    db.execute("INSERT INTO pin_attempts_new SELECT id, officer_id, at, event, place, locked_until, by_officer "
               "FROM pin_attempts")
    db.execute("DROP TABLE pin_attempts")
    db.execute("ALTER TABLE pin_attempts_new RENAME TO pin_attempts")
    db.execute("CREATE INDEX pin_attempts_officer ON pin_attempts(officer_id, id)")


@MIGRATIONS(name="0080_dossier_channels")
def _dossier_channels(db: Database) -> None:
    # Channels as they are (issue 24): an online dossier keeps the portal's own dossier code
    # (national portal or VNeID) and whether an officer helped the citizen file it at the
    # counter (NULL: not online); a result sent back by post keeps the address, the tracking
    # number and when it was sent. Empty and NULL defaults: the audit hash of a record written
    # before stays the same (core/audit.py leaves trailing empty values out).
    for column in ("portal_code TEXT NOT NULL DEFAULT ''", "assisted INTEGER", "post_address TEXT NOT NULL DEFAULT ''",
                   "post_tracking TEXT NOT NULL DEFAULT ''", "post_sent_at TEXT"):
        db.execute(f"ALTER TABLE dossiers ADD COLUMN {column}")


@MIGRATIONS(name="0081_channel_indexes")
def _channel_indexes(db: Database) -> None:
    # The portal's code is searched for (F3, `find`); the period's online and post dossiers
    # and its results sent by post are counted from these indexes alone (db/channel_stats.py).
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_portal_code ON dossiers(portal_code) WHERE portal_code != ''")
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_channel_received ON dossiers(channel, received_at, assisted, "
               "portal_code) WHERE channel != 'in_person'")
    db.execute("CREATE INDEX IF NOT EXISTS dossiers_post_sent ON dossiers(post_sent_at) WHERE post_sent_at IS NOT NULL")


@MIGRATIONS(name="0082_rating_follow_ups")
def _rating_follow_ups(db: Database) -> None:
    # Every "Không hài lòng" opens a follow-up the commander answers (core/rating_follow_ups.py):
    # the reason, the contact made with the citizen, the answer, due within working days set in
    # Settings. One per rating; a rating replaced by a better answer withdraws its follow-up.
    # Ratings given before this step open none (their due time needs the unit's calendar).
    db.execute(f"""CREATE TABLE rating_follow_ups (
        id TEXT PRIMARY KEY,
        rating_id TEXT NOT NULL UNIQUE REFERENCES ratings(id),
        reason TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'answered', 'withdrawn')),
        opened_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        contact TEXT NOT NULL DEFAULT '',
        answer TEXT NOT NULL DEFAULT '',
        answered_at TEXT,
        answered_by TEXT REFERENCES officers(id),{_AUDIT}
    )""")
    db.execute("CREATE INDEX rating_follow_ups_open ON rating_follow_ups(due_at) WHERE status = 'open'")
    db.execute("CREATE INDEX rating_follow_ups_opened ON rating_follow_ups(opened_at)")


@MIGRATIONS(name="0083_visit_follow_ups")
def _visit_follow_ups(db: Database) -> None:
    # Complaints, proposals and tip-offs of the reception log followed to the end
    # (core/visit_follow_ups.py): a handler, a deadline by kind, a status and the answer.
    # The log gains the kind "proposal" (kiến nghị). SQLite cannot widen a CHECK in place and
    # ratings refer to visits: the rows are kept aside, the table made again under its own name
    # with its rowids, and the ratings' references, deferred, hold again at COMMIT.
    old = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'visits'").fetchone()[0]
    known = "CHECK (kind IN ('inquiry', 'result_pickup', 'complaint', 'report', 'dossier'))"
    if old.count(known) != 1:
        raise RuntimeError("Bảng visits không như bản 0001_initial tạo ra; không nâng cấp được.")
    db.execute("PRAGMA defer_foreign_keys = ON")
    db.execute("CREATE TEMP TABLE visits_kept AS SELECT rowid AS kept_rowid, * FROM visits")
    db.execute("DROP TABLE visits")
    db.execute(old.replace(known, "CHECK (kind IN ('inquiry', 'result_pickup', 'complaint', 'proposal', 'report', "
                                  "'dossier'))"))
    names = ", ".join(r[1] for r in db.execute("PRAGMA table_info(visits)").fetchall())
    db.execute(f"INSERT INTO visits (rowid, {names}) SELECT kept_rowid, {names} FROM visits_kept")
    db.execute("DROP TABLE visits_kept")
    db.execute("CREATE INDEX visits_at ON visits(at)")
    db.execute(f"""CREATE TABLE visit_follow_ups (
        id TEXT PRIMARY KEY,
        visit_id TEXT NOT NULL UNIQUE REFERENCES visits(id),
        kind TEXT NOT NULL CHECK (kind IN ('complaint', 'proposal', 'report')),
        status TEXT NOT NULL CHECK (status IN ('received', 'handling', 'forwarded', 'answered')),
        handler_id TEXT REFERENCES officers(id),
        received_at TEXT NOT NULL,
        due_at TEXT NOT NULL,
        forwarded_to TEXT NOT NULL DEFAULT '',
        answer TEXT NOT NULL DEFAULT '',
        answered_at TEXT,{_AUDIT}
    )""")
    db.execute("CREATE INDEX visit_follow_ups_open ON visit_follow_ups(due_at) WHERE status != 'answered'")
    db.execute("CREATE INDEX visit_follow_ups_received ON visit_follow_ups(received_at)")


@MIGRATIONS(name="0084_fee_payments")
def _fee_payments(db: Database) -> None:
    # How the fee was paid (issue 25): in cash at the counter or by bank transfer (VietQR), as
    # the officer marked it; one row per dossier, a correction replaces it. The audit log
    # keeps each marking as an entry of its own ("fee_paid"), with the method and amount.
    db.execute("""CREATE TABLE IF NOT EXISTS fee_payments (
        dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id),
        method TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
        amount INTEGER NOT NULL,
        paid_at TEXT NOT NULL,
        officer_id TEXT
    )""")
    db.execute("CREATE INDEX IF NOT EXISTS fee_payments_paid ON fee_payments(paid_at)")


@MIGRATIONS(name="0085_notices")
def _notices(db: Database) -> None:
    # Telling the citizen (issue 25). The consent asked at the counter ("Nhận tin nhắn báo kết
    # quả?") with the phone it was given for, one row per dossier. The outbox: one row per
    # message from the dossier's life, unique by what it comes from (an event, or a reminder of
    # one) so a message is queued once however often the desk looks. 'sending' is written and
    # committed before the modem is asked; each part's reference from the modem is written as
    # it comes, so after a crash only parts the modem never acknowledged go again.
    db.execute("""CREATE TABLE IF NOT EXISTS notice_consents (
        dossier_id TEXT PRIMARY KEY REFERENCES dossiers(id),
        consent INTEGER NOT NULL CHECK (consent IN (0, 1)),
        phone TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        officer_id TEXT
    )""")
    db.execute("""CREATE TABLE IF NOT EXISTS outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        dossier_id TEXT REFERENCES dossiers(id),
        kind TEXT NOT NULL CHECK (kind IN ('result_ready', 'supplement', 'moved', 'reminder', 'test')),
        source TEXT NOT NULL,
        phone TEXT NOT NULL,
        text TEXT NOT NULL,
        encoding TEXT NOT NULL CHECK (encoding IN ('gsm7', 'ucs2')),
        parts INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_try_at TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        delivered_at TEXT,
        refs TEXT NOT NULL DEFAULT '',
        error TEXT NOT NULL DEFAULT '',
        by_hand INTEGER NOT NULL DEFAULT 0,
        officer_id TEXT,
        UNIQUE (kind, source)
    )""")
    db.execute("CREATE INDEX IF NOT EXISTS outbox_status ON outbox(status, next_try_at)")
    db.execute("CREATE INDEX IF NOT EXISTS outbox_dossier ON outbox(dossier_id)")


@MIGRATIONS(name="0086_attachments")
def _attachments(db: Database) -> None:
    # Scans and PDFs attached to a dossier's document (by its position in the checklist) or to
    # its result (issue 26): one PDF per attachment in the data folder's attachments/, named by
    # its SHA-256 (file_sha256); the original files' hashes and names as they were given; the
    # text recognised for search (ocr_key: folded like names, core/text.fold), and the OCR's state.
    db.execute(f"""CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        dossier_id TEXT NOT NULL REFERENCES dossiers(id),
        target TEXT NOT NULL CHECK (target IN ('document', 'result')),
        position INTEGER,
        file_sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        pages INTEGER NOT NULL,
        original_sha256 TEXT NOT NULL,
        original_name TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        ocr_state TEXT NOT NULL DEFAULT 'pending' CHECK (ocr_state IN ('pending', 'done', 'none', 'failed')),
        ocr_text TEXT NOT NULL DEFAULT '',
        ocr_key TEXT NOT NULL DEFAULT '',{_AUDIT}
    )""")
    db.execute("CREATE INDEX attachments_dossier ON attachments(dossier_id, target, position)")
    db.execute("CREATE INDEX attachments_ocr_pending ON attachments(added_at) WHERE ocr_state = 'pending'")
