"""Citizens (visitors): found by ID number, phone or folded name prefix."""

from __future__ import annotations

from desk_app.db.store import Store, Writer

COLUMNS = ("full_name", "name_key", "id_number", "old_id_number", "birth_date", "sex",
           "address", "phone", "email", "id_issued_on")


def by_id_number(store: Store, id_number: str) -> dict | None:
    return store.one("SELECT * FROM citizens WHERE id_number = ?", (id_number,))


def get(store: Store, citizen_id: str) -> dict | None:
    return store.one("SELECT * FROM citizens WHERE id = ?", (citizen_id,))


def save(writer: Writer, existing: dict | None, values: dict) -> dict:
    """Insert a new citizen, or update the fields that changed on a known one."""
    values = {k: v for k, v in values.items() if k in COLUMNS}
    if existing is None:
        return writer.insert("citizens", values)
    changed = {k: v for k, v in values.items() if v not in ("", None) and existing.get(k) != v}
    if changed:
        writer.update("citizens", existing["id"], changed)
    return {**existing, **changed}


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with prefix (for range scans)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
