"""Procedures of the catalog as stored for this unit: plain rows in, plain rows out (the
Procedure model and its JSON documents are core.catalog's business)."""

from __future__ import annotations

from desk_app.db.store import Store, Writer


def by_code(store: Store, code: str) -> dict | None:
    return store.one("SELECT * FROM procedures WHERE code = ?", (code,))


def all_rows(store: Store, active_only: bool = False) -> list[dict]:
    where = "WHERE active = 1" if active_only else ""
    return store.all(f"SELECT * FROM procedures {where} ORDER BY field, code")


def count(store: Store) -> int:
    return store.scalar("SELECT COUNT(*) FROM procedures")


def upsert(writer: Writer, store: Store, record: dict) -> str:
    """Insert or update by code; returns 'added', 'updated' or 'unchanged'."""
    existing = by_code(store, record["code"])
    if existing is None:
        writer.insert("procedures", record)
        return "added"
    changed = {k: v for k, v in record.items() if existing.get(k) != v}
    if not changed:
        return "unchanged"
    writer.update("procedures", existing["id"], changed)
    return "updated"
