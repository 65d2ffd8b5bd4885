"""Every file the program writes whole (sync file, PDF and spreadsheet exports, backups, the
backup key, the unit's secret key, form drafts) is written by desk_app/atomic_file.py: complete
or not at all, owner-only from its first byte, flushed before and after its rename."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from desk_app import atomic_file
from desk_app.core.drafts import DraftStore
from desk_app.backups import key as backup_key
from desk_app.sync import keys

ROOT = Path(__file__).resolve().parents[2] / "desk_app"


def test_only_one_module_renames_a_written_file_onto_its_name():
    # A restore and the demo put a whole desk they prepared in a folder of their own in the
    # desk's place (its WAL files removed first): a swap, not a write.
    renaming = {p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py")
                if re.search(r"\bos\.replace\(", p.read_text(encoding="utf-8"))}
    assert renaming == {"atomic_file.py", "backups/restore.py", "db/demo_file.py"}


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def half_then_full_disk(handle):
        handle.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic_file.write_atomically(target, half_then_full_disk)
    assert target.read_bytes() == b"old" and sorted(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_file_is_owner_only_and_durable_before_it_bears_its_name(tmp_path, monkeypatch):
    synced, seen_modes = [], []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic_file.os, "fsync", lambda fd: (synced.append(stat.S_ISDIR(os.fstat(fd).st_mode)),
                                                            real_fsync(fd)))
    monkeypatch.setattr(atomic_file.os, "replace", lambda a, b: (seen_modes.append(stat.S_IMODE(os.stat(a).st_mode)),
                                                                synced.append("rename"), real_replace(a, b)))
    os.umask(0o022)
    result = atomic_file.write_atomically(tmp_path / "a.json", lambda handle: handle.write(b"{}"))
    assert result == 2 and (tmp_path / "a.json").read_bytes() == b"{}"
    assert seen_modes == [0o600] and stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o600
    assert synced == [False, "rename", True]  # the file, then the rename, then its folder


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("write", [
    lambda folder: DraftStore(folder).save("receive", {"full_name": "Trần Thị Lan"}),
    lambda folder: backup_key.save(folder, backup_key.BackupKey(b"k" * 32, None)),
    lambda folder: keys.write_secret(folder / "unit.key", keys.KeyPair.generate()),
], ids=["draft", "backup key", "unit key"])
def test_the_small_files_go_through_it(tmp_path, monkeypatch, write):
    renamed = []
    real_replace = os.replace
    monkeypatch.setattr(atomic_file.os, "replace", lambda a, b: (renamed.append(Path(b).name), real_replace(a, b)))
    write(tmp_path)
    assert len(renamed) == 1
    written = next(p for p in tmp_path.rglob("*") if p.name == renamed[0])
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [renamed[0]]
