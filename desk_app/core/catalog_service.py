"""The unit's procedure catalog: import/export as JSON, edit one procedure (desk.catalog)."""

from __future__ import annotations

from desk_app.core.catalog import (Procedure, catalog_json, parse_catalog, procedure_from_dict, procedure_from_row,
                                   procedure_record)
from desk_app.core.roles import require_commander
from desk_app.db import procedures as repo
from desk_app.db import settings_store
from desk_app.db.store import Store

FIELDS_KEY = "catalog_fields"


class CatalogService:
    def __init__(self, store: Store):
        self.store = store

    def import_text(self, text: str, officer_id: str | None) -> dict:
        """Validate the whole file first, then apply it in one transaction: all or nothing."""
        require_commander(self.store, officer_id, "catalog")
        return self.seed_text(text, officer_id)

    def seed_text(self, text: str, officer_id: str | None) -> dict:
        """import_text without asking who: only first-run setup, before anyone can be asked."""
        procedures, fields = parse_catalog(text)
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        with self.store.transaction(officer_id) as writer:
            for proc in procedures:
                counts[repo.upsert(writer, self.store, procedure_record(proc))] += 1
        if fields:
            settings_store.write(self.store, {FIELDS_KEY: fields})
        return counts

    def export_text(self) -> str:
        return catalog_json(self.list_procedures(), self.fields())

    def list_procedures(self, active_only: bool = False) -> list[Procedure]:
        return [procedure_from_row(row) for row in repo.all_rows(self.store, active_only)]

    def get(self, code: str) -> Procedure | None:
        row = repo.by_code(self.store, code)
        return procedure_from_row(row) if row else None

    def save(self, data: dict, officer_id: str | None) -> str:
        require_commander(self.store, officer_id, "catalog")
        proc = procedure_from_dict(data)
        with self.store.transaction(officer_id) as writer:
            return repo.upsert(writer, self.store, procedure_record(proc))

    def is_empty(self) -> bool:
        return not repo.count(self.store)

    def fields(self) -> list[dict]:
        """Procedure groups with their QR link, in catalog order; groups with no entry get none."""
        stored = settings_store.read_all(self.store).get(FIELDS_KEY, [])
        names = [f["name"] for f in stored]
        for proc in self.list_procedures(active_only=True):
            if proc.field not in names:
                stored.append({"name": proc.field, "url": ""})
                names.append(proc.field)
        return stored
