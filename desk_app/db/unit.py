"""This unit's row (table unit: one row once set up)."""

from __future__ import annotations

from desk_app.db.store import Store


def get(store: Store) -> dict | None:
    return store.one("SELECT * FROM unit LIMIT 1")


def code_and_name(store: Store) -> dict | None:
    return store.one("SELECT code, name FROM unit LIMIT 1")
