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


def digitised_counts_by_group(store: Store, start: str, end: str) -> list[dict]:
    """digitised_counts for each (procedure_id, received_by) pair, the statistics' own groups,
    so each row of a period (by procedure, field or officer) has its share too."""
    return store.all("""
        WITH period AS (
            SELECT id, procedure_id, received_by, result_ready_at FROM dossiers
            WHERE received_at >= ? AND received_at < ?
        ), docs AS (
            SELECT p.id AS dossier_id, p.procedure_id, p.received_by,
                   EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = p.id AND a.target = 'document'
                           AND a.position = dd.position) AS scanned
            FROM period p JOIN dossier_documents dd ON dd.dossier_id = p.id AND dd.received = 1
        ), per_dossier AS (
            SELECT dossier_id, procedure_id, received_by, count(*) AS n, sum(scanned) AS scanned
            FROM docs GROUP BY dossier_id
        )
        SELECT p.procedure_id, p.received_by, count(*) AS dossiers,
               coalesce((SELECT count(*) FROM docs WHERE docs.procedure_id IS p.procedure_id
                         AND docs.received_by IS p.received_by), 0) AS documents,
               coalesce((SELECT sum(scanned) FROM docs WHERE docs.procedure_id IS p.procedure_id
                         AND docs.received_by IS p.received_by), 0) AS documents_digitised,
               (SELECT count(*) FROM per_dossier r WHERE r.procedure_id IS p.procedure_id
                    AND r.received_by IS p.received_by AND r.scanned = r.n) AS dossiers_digitised,
               sum(p.result_ready_at IS NOT NULL) AS results,
               sum(p.result_ready_at IS NOT NULL AND EXISTS (SELECT 1 FROM attachments a
                   WHERE a.dossier_id = p.id AND a.target = 'result')) AS results_digitised
        FROM period p GROUP BY p.procedure_id, p.received_by
    """, (start, end))


def digitised_counts(store: Store, start: str, end: str) -> dict:
    """Of the dossiers received in [start, end): documents received and those with an attachment,
    dossiers whose every received document has one, results ready and those with an attachment."""
    row = store.one("""
        WITH docs AS (
            SELECT d.id AS dossier_id, dd.position,
                   EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = d.id AND a.target = 'document'
                           AND a.position = dd.position) AS scanned
            FROM dossiers d JOIN dossier_documents dd ON dd.dossier_id = d.id AND dd.received = 1
            WHERE d.received_at >= ? AND d.received_at < ?
        ), per_dossier AS (
            SELECT dossier_id, count(*) AS n, sum(scanned) AS scanned FROM docs GROUP BY dossier_id
        )
        SELECT (SELECT count(*) FROM docs) AS documents,
               (SELECT coalesce(sum(scanned), 0) FROM docs) AS documents_digitised,
               (SELECT count(*) FROM per_dossier WHERE scanned = n) AS dossiers_digitised,
               (SELECT count(*) FROM dossiers d WHERE d.received_at >= ? AND d.received_at < ?) AS dossiers,
               (SELECT count(*) FROM dossiers d WHERE d.received_at >= ? AND d.received_at < ?
                    AND d.result_ready_at IS NOT NULL) AS results,
               (SELECT count(*) FROM dossiers d WHERE d.received_at >= ? AND d.received_at < ?
                    AND d.result_ready_at IS NOT NULL AND EXISTS (SELECT 1 FROM attachments a
                    WHERE a.dossier_id = d.id AND a.target = 'result')) AS results_digitised
    """, (start, end) * 4)
    return dict(row)
