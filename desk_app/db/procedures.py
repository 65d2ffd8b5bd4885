"""Procedures of the catalog as stored for this unit."""

from __future__ import annotations

import json

from desk_app.core.catalog import Procedure, RequiredDocument
from desk_app.core.text import fold
from desk_app.db.store import Store, Writer


def by_code(store: Store, code: str) -> dict | None:
    return store.one("SELECT * FROM procedures WHERE code = ?", (code,))


def all_rows(store: Store, active_only: bool = False) -> list[dict]:
    where = "WHERE active = 1" if active_only else ""
    return store.all(f"SELECT * FROM procedures {where} ORDER BY field, code")


def to_model(row: dict) -> Procedure:
    return Procedure(
        code=row["code"], field=row["field"], name=row["name"], limit_value=row["limit_value"],
        limit_unit=row["limit_unit"], limit_note=row["limit_note"], fee_in_person=row["fee_in_person"],
        fee_online=row["fee_online"], fee_note=row["fee_note"],
        documents=[RequiredDocument(**d) for d in json.loads(row["documents"])],
        legal_basis=row["legal_basis"], portal_url=row["portal_url"], verified=bool(row["verified"]),
        active=bool(row["active"]),
    )


def to_record(proc: Procedure) -> dict:
    data = proc.as_dict()
    data["documents"] = json.dumps(data["documents"], ensure_ascii=False)
    data["verified"] = int(proc.verified)
    data["active"] = int(proc.active)
    data["name_key"] = fold(proc.name)
    return data


def upsert(writer: Writer, store: Store, proc: Procedure) -> str:
    """Insert or update by code; returns 'added', 'updated' or 'unchanged'."""
    record = to_record(proc)
    existing = by_code(store, proc.code)
    if existing is None:
        writer.insert("procedures", record)
        return "added"
    changed = {k: v for k, v in record.items() if existing.get(k) != v}
    if not changed:
        return "unchanged"
    writer.update("procedures", existing["id"], changed)
    return "updated"
