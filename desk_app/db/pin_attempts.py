"""The record of PIN attempts: each wrong PIN, each lockout it caused, a right PIN after wrong
ones, a commander lifting a lock, and the recovery passphrase typed to lift one (wrong, or
right: the lock lifted). Plain rows, outside the sync file.

A PIN is checked inside `counting()`: one write transaction (BEGIN IMMEDIATE) that reads the
wrong PINs so far, lets the caller check, and records the outcome. Another process asking at
the same moment waits for the write lock, so it counts this attempt too: however many ask at
once, no more PINs are checked than the lockout allows."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from desk_app.db.store import Store, Writer, to_text

# What ends a run of wrong PINs (the lockout counts from the last of these), and what ends the
# stretch since an officer last came in (the wrong PINs they are told about).
RESETS = ("success", "unlock", "recovery_unlock")
LOGINS = ("success",)
RECOVERY_RESETS = ("recovery_unlock",)

_SINCE = ("SELECT at, place FROM pin_attempts WHERE event = ? {officer} AND id > "
          "COALESCE((SELECT MAX(id) FROM pin_attempts WHERE event IN ({resets}) {officer}), 0) ORDER BY id")


def _since_sql(resets: tuple[str, ...], one_officer: bool) -> str:
    return _SINCE.format(officer="AND officer_id = ?" if one_officer else "",
                         resets=", ".join("?" for _ in resets))


def _since_params(event: str, resets: tuple[str, ...], officer_id: str | None) -> tuple:
    officer = (officer_id,) if officer_id else ()
    return (event, *officer, *resets, *officer)


class Tally:
    """One officer's attempts inside a write transaction that holds the database's write lock."""

    def __init__(self, writer: Writer, officer_id: str):
        self.writer = writer
        self.officer_id = officer_id

    @property
    def now(self) -> str:
        """The transaction's time, read once the lock was taken."""
        return self.writer.now

    def since(self, event: str, resets: tuple[str, ...], every_officer: bool = False) -> list[dict]:
        """The `event` rows (at, place) after the last of `resets`, oldest first: this officer's,
        or everyone's (the unit's one recovery passphrase)."""
        officer_id = None if every_officer else self.officer_id
        rows = self.writer.execute(_since_sql(resets, officer_id is not None),
                                   _since_params(event, resets, officer_id)).fetchall()
        return [{"at": at, "place": place} for at, place in rows]

    def record(self, event: str, place: str = "", locked_until: str | None = None,
               by_officer: str | None = None) -> None:
        self.writer.execute("INSERT INTO pin_attempts (officer_id, at, event, place, locked_until, by_officer) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            (self.officer_id, self.writer.now, event, place, locked_until, by_officer))


class _ReadOnlyTally(Tally):
    """On a disk full when the desk opened nothing can be written, so no other process records
    either: read as usual; a record is refused as any write (DiskFull), a right PIN with no wrong
    one before it writes nothing and passes (looking up and printing still work)."""

    def __init__(self, store: Store, officer_id: str):
        super().__init__(None, officer_id)
        self.store = store
        self._now = to_text(store.clock())

    @property
    def now(self) -> str:
        return self._now

    def since(self, event: str, resets: tuple[str, ...], every_officer: bool = False) -> list[dict]:
        officer_id = None if every_officer else self.officer_id
        return self.store.all(_since_sql(resets, officer_id is not None), _since_params(event, resets, officer_id))

    def record(self, event: str, place: str = "", locked_until: str | None = None,
               by_officer: str | None = None) -> None:
        with self.store.transaction(by_officer):  # raises DiskFull
            pass


@contextmanager
def counting(store: Store, officer_id: str, by_officer: str | None = None) -> Iterator[Tally]:
    """Count, check and record in one transaction (see the module's note); `by_officer` is who
    the audit entries written in it name."""
    if store.read_only:
        yield _ReadOnlyTally(store, officer_id)
        return
    with store.transaction(by_officer) as writer:
        yield Tally(writer, officer_id)


def since(store: Store, officer_id: str, event: str, resets: tuple[str, ...]) -> list[dict]:
    """As Tally.since, read outside a write (what the window shows: may be a moment old)."""
    return store.all(_since_sql(resets, True), _since_params(event, resets, officer_id))


def history(store: Store, officer_id: str | None = None, limit: int = 200) -> list[dict]:
    where = "WHERE officer_id = ?" if officer_id else ""
    params = (officer_id, limit) if officer_id else (limit,)
    return store.all(f"SELECT * FROM pin_attempts {where} ORDER BY id DESC LIMIT ?", params)
