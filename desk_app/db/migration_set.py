"""A named, ordered list of schema steps, applied by sqlite-utils' Migrations.

The steps are plain functions listed here, so checking what is applied or pending is one
query and needs no sqlite-utils; it is loaded only when a step has to run.
"""

from __future__ import annotations

from typing import Callable

from desk_app.db.database import Database

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' bookkeeping table, kept compatible


class MigrationSet:
    def __init__(self, name: str, retired: tuple[str, ...] = ()):
        self.name = name
        self.steps: list[tuple[str, Callable]] = []
        # Steps taken out of the code: a file that applied one is not newer than us for it.
        self.retired = frozenset(retired)

    def __call__(self, *, name: str):
        """Decorator: register a step under `name` (never rename or edit an applied one). The
        steps are applied in the order they are registered, which is the order of their numbers:
        a new one goes at the end of its file."""
        def register(fn: Callable) -> Callable:
            if self.steps and name <= self.steps[-1][0]:
                raise ValueError(f"migration {name} registered after {self.steps[-1][0]} in {self.name}: "
                                 "a new step goes at the end of its file, with the next number")
            self.steps.append((name, fn))
            return fn
        return register

    def known_names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.steps) | self.retired

    def applied(self, db: Database) -> list[str]:
        if not db.has_table(MIGRATIONS_TABLE):
            return []
        return [r[0] for r in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? "
                                         "ORDER BY rowid", (self.name,))]

    def unknown(self, db: Database) -> set[str]:
        """Steps the file has that this code does not: the file is newer than us."""
        return set(self.applied(db)) - self.known_names()

    def pending(self, db: Database) -> list[str]:
        done = set(self.applied(db))
        return [name for name, _ in self.steps if name not in done]

    def apply(self, db: Database) -> None:
        """Run pending steps, each atomic with its record of being applied (sqlite-utils)."""
        if not self.pending(db):
            return
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(self.name)
        for name, fn in self.steps:
            migrations(name=name)(fn)
        migrations.apply(db.utils())
