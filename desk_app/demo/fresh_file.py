"""`desk-app demo`: the desk copied into a private file, the demo written there, and the copy
put in the desk's place by one rename (db/demo_file.py). The desk is held by this process
alone from the copy to the rename, so no other writer can interleave; a demo cut short leaves
the desk as it was. The demo adds to what the desk holds (its dossiers, officers, settings)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from desk_app import paths
from desk_app.app import Desk
from desk_app.db import demo_file
from desk_app.db.demo_file import DeskInUse
from desk_app.db.store import system_now
from desk_app.demo.small import DemoError, make_demo
from desk_app.demo.year import BULK_FROM, make_year

__all__ = ["BULK_FROM", "DemoError", "DeskInUse", "write_demo"]


def write_demo(data_dir: Path, officer_id: str | None, dossiers: int, days: int, seed: int = 1,
               progress: Callable[[int, int], None] = lambda done, total: None,
               clock: Callable[[], datetime] = system_now) -> dict:
    """`dossiers` demo dossiers over the last `days` days, written by `officer_id`: through the
    services below BULK_FROM, in bulk from it. DeskInUse, before anything is written, when
    another program has the desk open (the window must be closed)."""
    data_dir = Path(data_dir)
    database = paths.db_path(data_dir)
    with demo_file.held_alone(database) as desk_file:
        private = demo_file.private_copy(desk_file, data_dir)
        try:
            summary = _write_into(data_dir, private, officer_id, dossiers, days, seed, progress, clock)
        except BaseException:
            demo_file.discard(data_dir)
            raise
    demo_file.put_in_place(private, database)
    return summary


def _write_into(data_dir: Path, private: Path, officer_id: str | None, dossiers: int, days: int, seed: int,
                progress: Callable[[int, int], None], clock: Callable[[], datetime]) -> dict:
    with Desk.open(data_dir, clock, database=private) as desk:
        desk.audit.actor = officer_id  # the demo's entries name who ran it
        if dossiers >= BULK_FROM:
            return make_year(desk, dossiers, days, seed=seed, progress=progress)
        return make_demo(desk, dossiers, days, seed=seed)
