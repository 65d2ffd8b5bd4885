"""How each dossier's fee was paid (cash or bank transfer): SQL only."""

from __future__ import annotations

from desk_app.db.store import Store, Writer


def get(store: Store, dossier_id: str) -> dict | None:
    return store.one("SELECT * FROM fee_payments WHERE dossier_id = ?", (dossier_id,))


def put(writer: Writer, dossier_id: str, method: str, amount: int, officer_id: str | None) -> None:
    writer.execute("INSERT OR REPLACE INTO fee_payments (dossier_id, method, amount, paid_at, officer_id) "
                   "VALUES (?, ?, ?, ?, ?)", (dossier_id, method, amount, writer.now, officer_id))
