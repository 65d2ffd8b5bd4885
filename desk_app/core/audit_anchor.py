"""What the district keeps of each unit's audit log, and what it can say when a unit's log
was rewritten: each record's content hash as of the head it holds (from the entries the
files carried), compared with what a rewritten log restates.

A rewritten log restates records in one of two ways: in place (every hash recomputed, the
entries where they were: a record's entry at the sequence number the district holds for
it) or begun again (the log emptied and the program's baseline restating each record as
it stood then). Either way a record whose restated content differs from the held one was
changed where the log did not see it, and a held record the log no longer mentions was
removed. Only a file whose entries start at the beginning of its log can be read so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from desk_app.core.audit import WRITE_ACTIONS

# An entry as the export carries it (db.audit.ENTRY_COLUMNS).
SEQ, ACTION, TABLE, RECORD, DOSSIER, CONTENT = 0, 3, 4, 5, 6, 8


@dataclass
class Difference:
    kind: str  # edited / missing
    table: str
    record_id: str
    dossier_id: str | None


def record_states(entries: Iterable[list]) -> dict[tuple[str, str], tuple[str, str | None, int]]:
    """(table, record id) -> (content hash, '' once deleted; dossier id; seq) of each record's
    last write among `entries` (in seq order)."""
    states: dict[tuple[str, str], tuple[str, str | None, int]] = {}
    for entry in entries:
        table, action = entry[TABLE], entry[ACTION]
        if table is None or action not in WRITE_ACTIONS:
            continue
        key = (table, entry[RECORD])
        before = states.get(key)
        dossier = entry[DOSSIER] or (before[1] if before else None)  # a delete entry names no dossier
        states[key] = ("" if action == "delete" else entry[CONTENT], dossier, entry[SEQ])
    return states


def restates_everything(section: dict) -> bool:
    """The file's entries start at the beginning of its log: it can be compared record by record."""
    return section["from"]["seq"] == 0 and bool(section["entries"])


def compare(entries: Iterable[list], held: dict[tuple[str, str], tuple[str, str | None, int]]) -> list[Difference]:
    """The held records whose content a rewritten log (read from its start) restates otherwise,
    or no longer mentions."""
    at_seq: dict[tuple[str, str, int], str] = {}
    baseline: dict[tuple[str, str], str] = {}
    for entry in entries:
        table, action = entry[TABLE], entry[ACTION]
        if table is None or action not in WRITE_ACTIONS:
            continue
        key = (table, entry[RECORD])
        at_seq[(*key, entry[SEQ])] = "" if action == "delete" else entry[CONTENT]
        if action == "baseline":
            baseline.setdefault(key, entry[CONTENT])
    mentioned = {(table, record) for table, record, _seq in at_seq}
    found: list[Difference] = []
    for (table, record), (digest, dossier, seq) in held.items():
        if not digest:
            continue  # deleted by the program when last received
        if (table, record) not in mentioned:
            found.append(Difference("missing", table, record, dossier))
            continue
        stated = at_seq.get((table, record, seq), baseline.get((table, record)))
        if stated is not None and stated != digest:
            found.append(Difference("edited", table, record, dossier))
    return sorted(found, key=lambda d: (d.dossier_id or "", d.table, d.record_id))
