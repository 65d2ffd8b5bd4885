"""Officers of the unit."""

from __future__ import annotations

from desk_app.db.store import Store, Writer


def all_officers(store: Store, active_only: bool = True) -> list[dict]:
    where = "WHERE active = 1" if active_only else ""
    return store.all(f"SELECT * FROM officers {where} ORDER BY role, full_name")


def get(store: Store, officer_id: str) -> dict | None:
    return store.one("SELECT * FROM officers WHERE id = ?", (officer_id,))


def by_name(store: Store, full_name: str) -> dict | None:
    return store.one("SELECT * FROM officers WHERE full_name = ? AND active = 1", (full_name,))


def insert(writer: Writer, values: dict) -> dict:
    return writer.insert("officers", values)
