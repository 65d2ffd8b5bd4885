"""Key/value settings as JSON text (never pickles)."""

from __future__ import annotations

import json

from desk_app.db.store import Store


def read_all(store: Store) -> dict:
    return {row["key"]: json.loads(row["value"]) for row in store.all("SELECT key, value FROM settings")}


def write(store: Store, values: dict) -> None:
    with store.transaction(None) as writer:
        for key, value in values.items():
            writer.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )
