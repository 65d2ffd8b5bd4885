"""What each part of the sync file carries: one part per desk table, its columns in order
(here in db/: the export reads these columns and the district's tables are made of them).

Officers travel by id and name only (never PIN hashes or roles). Dossiers carry their
procedure's code besides its id, so a report by procedure works even when the file that
carries the procedure record arrives later.
"""

from __future__ import annotations

from desk_app.db.dossiers import CHANNEL_COLUMNS

AUDIT = ("updated_at", "updated_by", "change_seq")
# Format 3 (issue 24, channels: db/dossiers.CHANNEL_COLUMNS): the online dossier's portal code and
# whether an officer helped file it, the result sent by post. A format-2 file has none of them:
# the district keeps NULL.

PART_COLUMNS: dict[str, tuple[str, ...]] = {
    "officers": ("id", "full_name"),
    "procedures": ("id", "code", "field", "name", "limit_value", "limit_unit", "fee_in_person", "fee_online",
                   "active"),
    "citizens": ("id", "full_name", "id_number", "old_id_number", "birth_date", "sex", "address", "phone",
                 "email", "id_issued_on"),
    "dossiers": ("id", "code", "citizen_id", "procedure_id", "procedure_code", "status", "received_at", "due_at",
                 "original_due_at", "paused_at", "result_ready_at", "closed_at", "fee", "channel", "note",
                 "received_by", "applicant_full_name", "applicant_id_number", "applicant_old_id_number",
                 "applicant_birth_date", "applicant_sex", "applicant_address", "applicant_phone",
                 *CHANNEL_COLUMNS),
    "dossier_documents": ("id", "dossier_id", "position", "name", "kind", "received", "note"),
    "dossier_events": ("id", "dossier_id", "at", "action", "from_status", "to_status", "reason", "details",
                       "officer_id"),
    "visits": ("id", "citizen_id", "kind", "at", "officer_id", "dossier_id", "summary", "outcome",
               "satisfaction"),
    # Added with format 2's files of late 2026; files without this part still import.
    "ratings": ("id", "dossier_id", "visit_id", "step", "level", "reason", "officer_id", "at", "source"),
    # Format 4 (issue 26): what was attached to a dossier's document or result, and its hashes;
    # the text recognised stays at the desk. The files travel in the part below only where the
    # unit chose to send them (Settings, `export --with-files`).
    "attachments": ("id", "dossier_id", "target", "position", "file_sha256", "size", "pages", "original_sha256",
                    "added_at"),
}

# Format 3: the follow-ups of unsatisfied ratings and of the reception log's complaints,
# proposals and tip-offs (db/migrations.py 0082, 0083). Files of format 2 have neither part
# and still import; a district older than format 3 refuses a file of 3 as too new.
FOLLOW_UP_PARTS: dict[str, tuple[str, ...]] = {
    "rating_follow_ups": ("id", "rating_id", "reason", "status", "opened_at", "due_at", "contact", "answer",
                          "answered_at", "answered_by"),
    "visit_follow_ups": ("id", "visit_id", "kind", "status", "handler_id", "received_at", "due_at", "forwarded_to",
                         "answer", "answered_at"),
}
PART_COLUMNS.update(FOLLOW_UP_PARTS)

# Columns computed on export rather than read from the table.
DERIVED = {
    "procedure_code": "(SELECT p.code FROM procedures p WHERE p.id = t.procedure_id)",
}


def columns(part: str) -> tuple[str, ...]:
    """All columns of a part's full record, audit stamps last."""
    own = PART_COLUMNS[part]
    return own + tuple(c for c in AUDIT if c not in own)
