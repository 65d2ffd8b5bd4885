"""The scorecard's digitising across the district's units (issue 26): the counts of
db/attachments.digitised_counts_by_group, from what the units' files carried (format 4's attachments).

The district's rows are keyed by (unit, id): every join matches the unit as well as the ids,
and a tombstone (deleted = 1) counts for nothing. Each dossier of the period is worked out once
(its received documents, those with an attachment at their position, its result's attachment;
whole when every received document has its copy and a ready result has one too),
then the dossiers are added up by the statistics' groups.
"""

from __future__ import annotations

from desk_app.db.database import Database

_GROUPED_SQL = """
WITH period AS (
    SELECT unit, id, procedure_code, received_by, result_ready_at IS NOT NULL AS ready,
           EXISTS (SELECT 1 FROM attachments a WHERE a.unit = dossiers.unit AND a.dossier_id = dossiers.id
                   AND a.target = 'result' AND a.deleted = 0) AS result_scanned
    FROM dossiers WHERE received_at >= :start AND received_at < :end AND deleted = 0
), documents AS (
    SELECT dd.unit, dd.dossier_id, COUNT(*) AS n,
           SUM(EXISTS (SELECT 1 FROM attachments a WHERE a.unit = dd.unit AND a.dossier_id = dd.dossier_id
                       AND a.target = 'document' AND a.position = dd.position AND a.deleted = 0)) AS scanned
    FROM period p CROSS JOIN dossier_documents dd ON dd.unit = p.unit AND dd.dossier_id = p.id  -- (the period first)
    WHERE dd.received = 1 AND dd.deleted = 0 GROUP BY dd.unit, dd.dossier_id
)
SELECT p.unit, p.procedure_code, p.received_by, COUNT(*) AS dossiers, IFNULL(SUM(d.n), 0) AS documents,
       IFNULL(SUM(d.scanned), 0) AS documents_digitised,
       IFNULL(SUM(d.scanned = d.n AND (NOT p.ready OR p.result_scanned)), 0) AS dossiers_digitised,
       IFNULL(SUM(p.ready), 0) AS results, IFNULL(SUM(p.ready AND p.result_scanned), 0) AS results_digitised
FROM period p LEFT JOIN documents d ON d.unit = p.unit AND d.dossier_id = p.id
GROUP BY p.unit, p.procedure_code, p.received_by"""


def digitised_counts_by_group(db: Database, start: str, end: str) -> list[dict]:
    """For each (unit, procedure_code, received_by) of the live dossiers received in [start, end):
    documents received and those with an attachment, dossiers whose every received document has
    one, results ready and those with an attachment (db/attachments.digitised_counts_by_group's keys; the
    groups add up to the period's total)."""
    return list(db.query(_GROUPED_SQL, {"start": start, "end": end}))
