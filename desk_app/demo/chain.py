"""The demo's rows in the audit log: written in bulk, they bypass the Writer that chains each
write (core/audit.AuditLog.record), so each chunk's rows are read back, hashed from all their
columns as the file holds them and chained, in the chunk's own transaction. A demo desk then
verifies intact and its exports are not marked at the district."""

from __future__ import annotations

from desk_app.core import audit
from desk_app.db import audit as audit_repo
from desk_app.db import demo as repo

DETAIL = "dữ liệu mẫu"


class Chainer:
    """Entries for a demo's chunks, by the officer the log names (`auditor.actor`), all at `now_text`.
    Nothing to do on a store that keeps no log."""

    def __init__(self, store, now_text: str):
        auditor = store.auditor
        self.store, self.now_text = store, now_text
        self.enabled = auditor is not None
        self.officer = (auditor.actor() if callable(auditor.actor) else auditor.actor) if self.enabled else None

    def chain(self, ranges: list[tuple[str, int, int]]) -> int:
        """Chain the rows of `ranges` (table, after rowid, up to rowid) on from the log's last
        entry; how many entries."""
        if not self.enabled:
            return 0
        writes = [write for table, after, upto in ranges for write in self._writes(table, after, upto)]
        seq, digest = audit_repo.last_entry(self.store.db.conn)
        audit_repo.append(self.store.db.conn, audit.chained((seq, digest or audit.GENESIS), writes))
        return len(writes)

    def _writes(self, table: str, after: int, upto: int) -> list[tuple]:
        """The writes `AuditLog.record` would make of these rows, each hashed from all its columns."""
        names, rows = repo.rows_between(self.store, table, after, upto)
        at_id = names.index("id")
        at_dossier = names.index("dossier_id") if "dossier_id" in names else None
        writes = []
        for values in rows:
            dossier_id = values[at_id] if table == "dossiers" else (values[at_dossier] if at_dossier is not None
                                                                     else None)
            writes.append((self.now_text, self.officer, "insert", table, values[at_id], dossier_id, DETAIL,
                           audit.values_hash(values)))
        return writes
