"""Dossiers, their documents and events: SQL only, no rules (those live in core)."""

from __future__ import annotations

from desk_app.db.citizens import prefix_upper_bound
from desk_app.db.store import Store, Writer

# A dossier's channel details (migration 0080; core/channels.py says what each holds).
CHANNEL_COLUMNS = ("portal_code", "assisted", "post_address", "post_tracking", "post_sent_at")

# What a list or search row shows: the dossier with its citizen and procedure.
SUMMARY_SELECT = """
SELECT d.id, d.code, d.status, d.received_at, d.due_at, d.original_due_at, d.result_ready_at,
       d.closed_at, d.paused_at, d.fee, d.channel, d.note, d.queue_number, d.portal_code, d.assisted,
       d.post_address, d.post_tracking, d.post_sent_at,
       d.citizen_id, d.applicant_full_name AS full_name, d.applicant_id_number AS id_number,
       d.applicant_old_id_number AS old_id_number, d.applicant_phone AS phone, d.applicant_address AS address,
       d.applicant_birth_date AS birth_date, d.applicant_sex AS sex, d.received_by,
       p.code AS procedure_code, p.name AS procedure_name, p.field AS procedure_field
FROM dossiers d
JOIN citizens c ON c.id = d.citizen_id
JOIN procedures p ON p.id = d.procedure_id
"""


def next_sequence(writer: Writer, scope: str) -> int:
    """Take the next number of a code scope inside the caller's transaction."""
    row = writer.execute(
        "INSERT INTO code_counters (scope, last_seq) VALUES (?, 1) "
        "ON CONFLICT(scope) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq",
        (scope,),
    ).fetchone()
    return row[0]


def code_exists(writer: Writer, code: str) -> bool:
    return writer.execute("SELECT 1 FROM dossiers WHERE code = ?", (code,)).fetchone() is not None


def get_by_code(store: Store, code: str) -> dict | None:
    return store.one(SUMMARY_SELECT + " WHERE d.code = ?", (code,))


def get_row(store: Store, code: str) -> dict | None:
    return store.one("SELECT * FROM dossiers WHERE code = ?", (code,))


def documents(store: Store, dossier_id: str) -> list[dict]:
    return store.all(
        "SELECT * FROM dossier_documents WHERE dossier_id = ? ORDER BY position", (dossier_id,)
    )


def events(store: Store, dossier_id: str) -> list[dict]:
    return store.all(
        "SELECT e.*, o.full_name AS officer_name FROM dossier_events e "
        "LEFT JOIN officers o ON o.id = e.officer_id WHERE e.dossier_id = ? ORDER BY e.at, e.change_seq",
        (dossier_id,),
    )


def find_by_code_ending(store: Store, ending: str, received_from: str, limit: int) -> list[dict]:
    """Dossiers received since `received_from` whose code ends with `ending` (a range scan on
    the receipt index: a day's dossiers, not the whole book)."""
    return store.all(
        SUMMARY_SELECT + " WHERE d.received_at >= ? AND substr(d.code, -?) = ? ORDER BY d.received_at DESC LIMIT ?",
        (received_from, len(ending), ending, limit),
    )


def find_by_code_prefix(store: Store, prefix: str, limit: int) -> list[dict]:
    return store.all(
        SUMMARY_SELECT + " WHERE d.code >= ? AND d.code < ? ORDER BY d.code DESC LIMIT ?",
        (prefix, prefix_upper_bound(prefix), limit),
    )


def find_by_portal_code(store: Store, prefix: str, limit: int) -> list[dict]:
    """Online dossiers whose portal code starts with `prefix` (the partial index of 0081)."""
    return store.all(
        SUMMARY_SELECT + " WHERE d.portal_code != '' AND d.portal_code >= ? AND d.portal_code < ? "
        "ORDER BY d.portal_code DESC LIMIT ?",
        (prefix, prefix_upper_bound(prefix), limit),
    )


def find_by_citizen_column(store: Store, column: str, value: str, limit: int, prefix: bool = False) -> list[dict]:
    """Dossiers of citizens whose id_number / old_id_number / phone equals (or starts with) value."""
    assert column in ("id_number", "old_id_number", "phone")
    if prefix:
        where, params = f"{column} >= ? AND {column} < ?", (value, prefix_upper_bound(value))
    else:
        where, params = f"{column} = ?", (value,)
    if column != "id_number":
        where += f" AND {column} != ''"  # lets SQLite use the partial index on the column
    return store.all(
        SUMMARY_SELECT
        + f" WHERE d.citizen_id IN (SELECT id FROM citizens WHERE {where} LIMIT ?)"
        " ORDER BY d.received_at DESC LIMIT ?",
        (*params, limit, limit),
    )


def find_by_name_prefix(store: Store, folded: str, limit: int) -> list[dict]:
    """Citizens whose folded name starts with the folded query, by an index range scan."""
    return store.all(
        SUMMARY_SELECT
        + " WHERE d.citizen_id IN (SELECT id FROM citizens WHERE name_key >= ? AND name_key < ?"
        " ORDER BY name_key LIMIT ?) ORDER BY c.name_key, d.received_at DESC LIMIT ?",
        (folded, prefix_upper_bound(folded), limit, limit),
    )


def find_by_name_words(store: Store, folded: str, limit: int) -> list[dict]:
    """Citizens with these words in their name, the last one as a prefix ("van du" finds "Văn Đức")."""
    phrase = '"' + folded.replace('"', " ") + '"*'
    return store.all(
        SUMMARY_SELECT
        + " WHERE d.citizen_id IN (SELECT c2.id FROM citizens_fts JOIN citizens c2 ON c2.rowid = citizens_fts.rowid"
        " WHERE citizens_fts MATCH ? LIMIT ?) ORDER BY d.received_at DESC LIMIT ?",
        (phrase, limit, limit),
    )
