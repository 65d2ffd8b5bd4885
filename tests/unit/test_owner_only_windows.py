"""A folder the desk creates on Windows admits only the user, SYSTEM and Administrators
(owner_only.windows_private): on Windows itself, and through a recording stand-in for pywin32
where it is not (the calls it makes at the boundary)."""

from __future__ import annotations

import os
import sys
import types

import pytest

from desk_app import owner_only

SYSTEM, ADMINISTRATORS = "S-1-5-18", "S-1-5-32-544"


def under_wine() -> bool:
    if os.name != "nt":
        return False
    import winreg

    try:
        winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"Software\Wine").Close()
        return True
    except OSError:
        return False


def granted(path) -> set[str]:
    """The SIDs a file or folder's ACL lets in (Windows)."""
    import win32security as sec

    dacl = sec.GetNamedSecurityInfo(str(path), sec.SE_FILE_OBJECT, sec.DACL_SECURITY_INFORMATION).GetSecurityDescriptorDacl()
    return {sec.ConvertSidToStringSid(dacl.GetAce(i)[2]) for i in range(dacl.GetAceCount())
            if dacl.GetAce(i)[0][0] == sec.ACCESS_ALLOWED_ACE_TYPE}


@pytest.mark.skipif(os.name != "nt", reason="Windows ACLs: only on Windows")
@pytest.mark.skipif(under_wine(), reason="Wine keeps no ACLs (it maps them to Unix mode bits): "
                                         "checked on a real Windows PC (installer/windows/README.md)")
def test_a_new_folder_and_what_it_holds_admit_only_the_user_system_and_administrators(tmp_path):
    import win32api
    import win32security as sec

    token = sec.OpenProcessToken(win32api.GetCurrentProcess(), sec.TOKEN_QUERY)
    user = sec.ConvertSidToStringSid(sec.GetTokenInformation(token, sec.TokenUser)[0])
    folder = owner_only.make_dir(tmp_path / "desk-app")
    (folder / "desk.sqlite3").write_bytes(b"SQLite format 3\0")
    (folder / "backups").mkdir()
    for path in (folder, folder / "desk.sqlite3", folder / "backups"):
        assert granted(path) == {user, SYSTEM, ADMINISTRATORS}, path


def test_the_acl_given_is_protected_inherited_and_has_three_entries(tmp_path, monkeypatch):
    """Where pywin32 is absent: a stand-in records what windows_private asks of it."""
    calls = {}

    class Acl:
        def __init__(self):
            self.entries = []

        def AddAccessAllowedAceEx(self, revision, flags, mask, sid):
            self.entries.append((flags, mask, sid))

    sec = types.SimpleNamespace(
        TOKEN_QUERY=8, TokenUser=1, ACL_REVISION=2, SE_FILE_OBJECT=1, DACL_SECURITY_INFORMATION=4,
        PROTECTED_DACL_SECURITY_INFORMATION=0x80000000, WinLocalSystemSid=22, WinBuiltinAdministratorsSid=26,
        OpenProcessToken=lambda process, access: "token",
        GetTokenInformation=lambda token, kind: ("user-sid", None),
        CreateWellKnownSid=lambda kind: {22: "system-sid", 26: "administrators-sid"}[kind],
        ACL=Acl,
        SetNamedSecurityInfo=lambda *args: calls.setdefault("set", args))
    con = types.SimpleNamespace(OBJECT_INHERIT_ACE=1, CONTAINER_INHERIT_ACE=2, FILE_ALL_ACCESS=0x1F01FF)
    api = types.SimpleNamespace(GetCurrentProcess=lambda: -1)
    monkeypatch.setitem(sys.modules, "win32security", sec)
    monkeypatch.setitem(sys.modules, "ntsecuritycon", con)
    monkeypatch.setitem(sys.modules, "win32api", api)

    owner_only.windows_private(tmp_path)
    path, kind, what, owner, group, dacl, sacl = calls["set"]
    assert path == str(tmp_path) and kind == sec.SE_FILE_OBJECT and owner is None and sacl is None
    assert what == sec.DACL_SECURITY_INFORMATION | sec.PROTECTED_DACL_SECURITY_INFORMATION  # nothing from the parent
    assert dacl.entries == [(3, 0x1F01FF, "user-sid"), (3, 0x1F01FF, "system-sid"), (3, 0x1F01FF, "administrators-sid")]
