"""Backups as the window and the CLI use them (desk.backups): a sealed copy now or today's,
the daily copies, the recovery passphrase, checking a backup and putting one back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desk_app import paths
from desk_app.backups import copies
from desk_app.backups import restore as restore_module
from desk_app.backups import key as backup_key
from desk_app.core.roles import has_commander, require_commander
from desk_app.db.file_copy import SEALED, stamped_path

if TYPE_CHECKING:
    from desk_app.db.store import Store


class BackupService:
    """Built once by the Desk (app.py, above backups). A restore puts another database in the
    store's place: the Desk hands how to close its database (background work first) and how to
    open whichever is there afterwards."""

    def __init__(self, data_dir: Path, store: Store, close_database: Callable[[], None],
                 reopen_database: Callable[[], None]):
        self.data_dir = Path(data_dir)
        self.store = store
        self._close_database = close_database
        self._reopen_database = reopen_database

    def make(self, folder: Path | None = None) -> Path:
        """A sealed copy now, into `folder` or the backups folder (BackupError says why not)."""
        folder = folder or paths.backups_dir(self.data_dir)
        now = self.store.clock()
        return copies.make_sealed(self.data_dir, stamped_path(folder, now, suffix=SEALED), now)

    def make_daily(self) -> Path | None:
        """Today's sealed copy if there is none yet (older daily copies rotate out); else None."""
        return copies.make_daily_backup(self.data_dir, paths.backups_dir(self.data_dir), self.store.clock())

    def daily(self) -> list[Path]:
        """The daily copies, newest first."""
        return copies.daily_backups(paths.backups_dir(self.data_dir))

    @property
    def recovery_passphrase_set(self) -> bool:
        """Whether backups carry the key wrapped under the unit's recovery passphrase (else only
        this data folder opens them: the window reminds the commander)."""
        stored = backup_key.load(self.data_dir)
        return bool(stored and stored.wrapped)

    def set_recovery_passphrase(self, passphrase: str, by_officer: str | None) -> None:
        require_commander(self.store, by_officer, "backup_passphrase")
        backup_key.set_passphrase(self.data_dir, passphrase)

    def verify(self, path: Path, passphrase: str | None = None) -> restore_module.Checked:
        """What a backup holds (date, counts), once checked whole; BackupFileError if it is not usable."""
        return restore_module.verify(Path(path), self.data_dir, passphrase)

    def restore(self, path: Path, by_officer: str | None, passphrase: str | None = None) -> restore_module.Restored:
        """Replace this desk's data with a backup's (a commander's act; on an empty desk, anyone's:
        a new PC). The desk goes on with the restored database."""
        if has_commander(self.store):
            require_commander(self.store, by_officer, "restore")
        closed = []

        def close_database() -> None:
            self._close_database()
            closed.append(True)

        try:
            return restore_module.restore(Path(path), self.data_dir, passphrase, self.store.clock(), close_database)
        finally:
            if closed:  # restored, or cut off after closing: open whichever database is there now
                self._reopen_database()
