"""Attachments (scans and PDFs of a dossier's documents and result): SQL only, no rules
(core/attachments.py has them)."""

from __future__ import annotations

from desk_app.db.dossiers import SUMMARY_SELECT
from desk_app.db.store import Store, Writer

_ORDER = "ORDER BY a.target = 'result', a.position, a.added_at, a.change_seq"


def add(writer: Writer, row: dict) -> dict:
    return writer.insert("attachments", row)


def of_dossier(store: Store, dossier_id: str) -> list[dict]:
    """A dossier's attachments, documents first by their position, then the result's; no OCR text."""
    return store.all(
        "SELECT a.id, a.dossier_id, a.target, a.position, a.file_sha256, a.size, a.pages, a.original_sha256, "
        "a.original_name, a.added_at, a.ocr_state, a.updated_by, length(a.ocr_text) AS ocr_chars "
        f"FROM attachments a WHERE a.dossier_id = ? {_ORDER}", (dossier_id,))


def original_hashes(store: Store) -> set[str]:
    """The SHA-256 of every file ever attached (an attachment of several pictures lists each)."""
    return {digest for row in store.all("SELECT original_sha256 FROM attachments")
            for digest in row["original_sha256"].split(",")}


def files(store: Store) -> list[dict]:
    """Every attachment's file and the dossier it belongs to (the audit's file check, backups)."""
    return store.all("SELECT a.id, a.file_sha256, a.size, d.code AS dossier_code FROM attachments a "
                     "JOIN dossiers d ON d.id = a.dossier_id ORDER BY a.id")


def file_held(store: Store, file_sha256: str) -> bool:
    """Whether any attachment (of any dossier) still holds this file."""
    return store.one("SELECT 1 AS held FROM attachments WHERE file_sha256 = ? LIMIT 1", (file_sha256,)) is not None


def remove(writer: Writer, attachment_id: str) -> None:
    writer.delete("attachments", attachment_id)


def stored_size(store: Store) -> tuple[int, int]:
    """(files, bytes) of the attachments kept (a file attached twice counted once)."""
    row = store.one("SELECT COUNT(*) AS n, COALESCE(SUM(size), 0) AS total FROM "
                    "(SELECT file_sha256, MAX(size) AS size FROM attachments GROUP BY file_sha256)")
    return row["n"], row["total"]


def waiting_for_ocr(store: Store, limit: int) -> list[dict]:
    return store.all("SELECT id, file_sha256 FROM attachments WHERE ocr_state = 'pending' ORDER BY added_at LIMIT ?",
                     (limit,))


def set_text(writer: Writer, attachment_id: str, state: str, text: str, key: str) -> None:
    writer.update("attachments", attachment_id, {"ocr_state": state, "ocr_text": text, "ocr_key": key})


def find_by_text(store: Store, words: list[str], limit: int) -> list[dict]:
    """Dossiers (as a search row) with an attachment whose folded text holds every word, newest
    first (the text is read whole: a year's attachments are a few thousand rows)."""
    where = " AND ".join("instr(a.ocr_key, ?) > 0" for _ in words)
    return store.all(
        SUMMARY_SELECT + f" WHERE d.id IN (SELECT a.dossier_id FROM attachments a WHERE a.ocr_key != '' AND {where}) "
        "ORDER BY d.received_at DESC LIMIT ?", (*words, limit))


# One pass over the dossiers received in the period: each one's received documents and those with
# an attachment at their position, and its result's attachment; then added up by the statistics'
# own groups (procedure x officer), which add up to the period's total. A dossier is digitised
# whole (Quyết định 766) when every received document has its copy and, once its result is
# ready, the result too.
_DIGITISED_SQL = """
WITH period AS (
    SELECT id, procedure_id, received_by, result_ready_at IS NOT NULL AS ready,
           EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = dossiers.id AND a.target = 'result') AS result_scanned
    FROM dossiers WHERE received_at >= :start AND received_at < :end
), documents AS (
    SELECT dd.dossier_id, COUNT(*) AS n,
           SUM(EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = dd.dossier_id
                       AND a.target = 'document' AND a.position = dd.position)) AS scanned
    FROM period p CROSS JOIN dossier_documents dd ON dd.dossier_id = p.id  -- (the period first: a month reads a month)
    WHERE dd.received = 1 GROUP BY dd.dossier_id
)
SELECT p.procedure_id, p.received_by, COUNT(*) AS dossiers, IFNULL(SUM(d.n), 0) AS documents,
       IFNULL(SUM(d.scanned), 0) AS documents_digitised,
       IFNULL(SUM(d.scanned = d.n AND (NOT p.ready OR p.result_scanned)), 0) AS dossiers_digitised,
       IFNULL(SUM(p.ready), 0) AS results, IFNULL(SUM(p.ready AND p.result_scanned), 0) AS results_digitised
FROM period p LEFT JOIN documents d ON d.dossier_id = p.id
GROUP BY p.procedure_id, p.received_by"""


def digitised_counts_by_group(store: Store, start: str, end: str) -> list[dict]:
    """For each (procedure_id, received_by) of the dossiers received in [start, end): documents
    received and those with an attachment, dossiers whose every received document has one,
    results ready and those with an attachment."""
    return store.all(_DIGITISED_SQL, {"start": start, "end": end})
