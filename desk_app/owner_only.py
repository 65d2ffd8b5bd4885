"""Folders and files only their owner can open: the data folder, the database (with its -wal
and -shm), backups and exports hold citizens' ID numbers, so on a shared PC no other account
may read them (0700 folders, 0600 files on POSIX; the umask can only narrow that).

On Windows these modes mean nothing: a folder this program creates gets an ACL of its own
instead, not inherited from its parent, that grants only the user, SYSTEM and the
Administrators group, and that every file and folder made inside inherits. So the promise
holds even where the data folder is chosen outside the user's profile (D:\\desk-app).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE, FILE_MODE = 0o700, 0o600


def make_dir(path: Path) -> Path:
    """The folder (and its missing parents); a folder this call creates is owner-only, an
    existing one (perhaps chosen by the user) keeps its mode."""
    path = Path(path)
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.mkdir(mode=DIR_MODE)
        except FileExistsError:
            if not path.is_dir():  # a file where the folder should be
                raise
        else:
            if os.name == "nt":
                windows_private(path)
    return path


def windows_private(folder: Path) -> None:
    """The folder's ACL on Windows: full control for the user, SYSTEM and Administrators only,
    inherited by everything inside, and nothing inherited from the parent (pywin32)."""
    import ntsecuritycon as con
    import win32api
    import win32security as sec

    token = sec.OpenProcessToken(win32api.GetCurrentProcess(), sec.TOKEN_QUERY)
    accounts = (sec.GetTokenInformation(token, sec.TokenUser)[0],
                sec.CreateWellKnownSid(sec.WinLocalSystemSid),
                sec.CreateWellKnownSid(sec.WinBuiltinAdministratorsSid))
    dacl = sec.ACL()
    for sid in accounts:
        dacl.AddAccessAllowedAceEx(sec.ACL_REVISION, con.OBJECT_INHERIT_ACE | con.CONTAINER_INHERIT_ACE,
                                   con.FILE_ALL_ACCESS, sid)
    sec.SetNamedSecurityInfo(str(folder), sec.SE_FILE_OBJECT,
                             sec.DACL_SECURITY_INFORMATION | sec.PROTECTED_DACL_SECURITY_INFORMATION,
                             None, None, dacl, None)


def create_file(path: Path) -> None:
    """An empty owner-only file, unless one exists already (SQLite then opens it as it is)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def open_new(path: Path, flags: int = 0):
    """A binary file for writing, created (or emptied) owner-only."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | flags, FILE_MODE), "wb")


def restrict(*files: Path) -> None:
    """Take group and others' access away from files or folders that exist (made by an older
    version, or by a library with the umask's mode); one owned by another account is left as it is."""
    if os.name != "posix":
        return
    for path in files:
        with contextlib.suppress(OSError):
            if path.exists() and path.stat().st_mode & 0o077:
                path.chmod(path.stat().st_mode & 0o700)


def private_umask() -> None:
    """Everything this process creates is its owner's only, including files a library makes
    itself (a spreadsheet, a PDF, a cache): the umask narrows every mode to 0700/0600. POSIX only."""
    if os.name == "posix":
        os.umask(0o077)
