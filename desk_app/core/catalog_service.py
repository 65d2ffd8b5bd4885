"""The unit's procedure catalog: import/export as JSON, edit one procedure."""

from __future__ import annotations

from desk_app.core.catalog import (Procedure, catalog_json, parse_catalog, procedure_from_dict, procedure_from_row,
                                   procedure_record)
from desk_app.db import procedures as repo
from desk_app.db import settings_store
from desk_app.db.store import Store

FIELDS_KEY = "catalog_fields"


def import_text(store: Store, text: str, officer_id: str | None) -> dict:
    """Validate the whole file first, then apply it in one transaction: all or nothing."""
    procedures, fields = parse_catalog(text)
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    with store.transaction(officer_id) as writer:
        for proc in procedures:
            counts[repo.upsert(writer, store, procedure_record(proc))] += 1
    if fields:
        settings_store.write(store, {FIELDS_KEY: fields})
    return counts


def export_text(store: Store) -> str:
    return catalog_json(list_procedures(store), fields(store))


def list_procedures(store: Store, active_only: bool = False) -> list[Procedure]:
    return [procedure_from_row(row) for row in repo.all_rows(store, active_only)]


def get(store: Store, code: str) -> Procedure | None:
    row = repo.by_code(store, code)
    return procedure_from_row(row) if row else None


def save(store: Store, data: dict, officer_id: str | None) -> str:
    proc = procedure_from_dict(data)
    with store.transaction(officer_id) as writer:
        return repo.upsert(writer, store, procedure_record(proc))


def fields(store: Store) -> list[dict]:
    """Procedure groups with their QR link, in catalog order; groups with no entry get none."""
    stored = settings_store.read_all(store).get(FIELDS_KEY, [])
    names = [f["name"] for f in stored]
    for proc in list_procedures(store, active_only=True):
        if proc.field not in names:
            stored.append({"name": proc.field, "url": ""})
            names.append(proc.field)
    return stored
