"""Where the window's file dialogs open: the data folder's own place for each kind of file
(forms/, exports/, backups/), with a suggested name that says what and which dates, never the
program's working folder (which is wherever it was started from)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app import owner_only

FORMS, EXPORTS, BACKUPS = "forms", "exports", "backups"


def place(data_dir: Path | str, folder: str) -> Path:
    """The data folder's `folder`, made owner-only if it is missing (the data folder itself when
    it cannot be made: the dialog still opens somewhere sensible)."""
    try:
        return owner_only.make_dir(Path(data_dir) / folder)
    except OSError:
        return Path(data_dir)


def ask_save(parent: QWidget, title: str, data_dir: Path | str, folder: str, name: str, pattern: str) -> str:
    """The path the officer chose to write ("" when cancelled), the dialog opened on `name` in
    the data folder's `folder`."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(place(data_dir, folder) / name), pattern)
    return path


def ask_open(parent: QWidget, title: str, data_dir: Path | str, folder: str, pattern: str) -> str:
    """The file the officer chose to read ("" when cancelled), the dialog opened in `folder`."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(place(data_dir, folder)), pattern)
    return path


def ask_folder(parent: QWidget, title: str, start: Path | str) -> str:
    """A folder the officer chose ("" when cancelled), the dialog opened at `start`."""
    return QFileDialog.getExistingDirectory(parent, title, str(start))
