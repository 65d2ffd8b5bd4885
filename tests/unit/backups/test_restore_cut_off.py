"""A restore cut off midway (the power goes as the files are renamed) leaves the previous
database working; a restore that is refused leaves even the data folder's files as they were."""

from __future__ import annotations

import os

import pytest

from desk_app.app import Desk
from desk_app.core.dossiers import NotFound
from desk_app.core.registration import CitizenInput, DossierInput
from desk_app.backups import restore as restore_module


def _register(desk, commander, name):
    return desk.dossiers.register(DossierInput(CitizenInput(name), "1.004194"), commander["id"]).code


def test_a_restore_cut_off_before_the_database_is_renamed_leaves_the_previous_one(desk, commander, monkeypatch,
                                                                                   tmp_path):
    first = _register(desk, commander, "Lê Văn An")
    backup = desk.backups.make(tmp_path / "usb")
    second = _register(desk, commander, "Trần Thị Bình")
    real_replace = os.replace

    def power_cut(source, target):
        if str(target).endswith("desk.sqlite3"):
            raise OSError(5, "Input/output error")
        return real_replace(source, target)

    monkeypatch.setattr(restore_module.os, "replace", power_cut)
    with pytest.raises(OSError):
        desk.backups.restore(backup, commander["id"])
    monkeypatch.undo()
    # The same Desk and a new one both read the previous database, second dossier included.
    assert desk.dossiers.get(second)["code"] == second
    with Desk.open(desk.data_dir) as again:
        assert {again.dossiers.get(c)["code"] for c in (first, second)} == {first, second}
    assert not (desk.data_dir / restore_module.WORK_FOLDER).exists()


def test_a_restore_then_goes_on_with_the_restored_database(desk, commander, tmp_path):
    first = _register(desk, commander, "Lê Văn An")
    backup = desk.backups.make(tmp_path / "usb")
    second = _register(desk, commander, "Trần Thị Bình")
    restored = desk.backups.restore(backup, commander["id"])
    assert restored.counts["dossiers"] == 1 and restored.kept.exists()
    assert desk.dossiers.get(first)["code"] == first
    with pytest.raises(NotFound):
        desk.dossiers.get(second)


def test_writes_after_a_restore_are_chained_in_the_audit_log(desk, commander, tmp_path):
    _register(desk, commander, "Lê Văn An")
    backup = desk.backups.make(tmp_path / "usb")
    desk.backups.restore(backup, commander["id"])
    after = _register(desk, commander, "Trần Thị Bình")
    assert desk.store.auditor is not None
    assert any(e["dossier_code"] == after for e in desk.store.auditor.entries(code=after))
    result = desk.verify_audit()
    assert result.ok, result.lines()
