"""Printers of this PC as rows (table printers); the PrinterConfig model is printing's."""

from __future__ import annotations

from desk_app.db.store import Store


def all_rows(store: Store) -> list[dict]:
    return store.all("SELECT * FROM printers ORDER BY name")


def by_name(store: Store, name: str) -> dict | None:
    return store.one("SELECT * FROM printers WHERE name = ?", (name,))
