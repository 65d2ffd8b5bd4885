"""Every kind of bad file is refused with its own message, and nothing of it is applied."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from desk_app.sync import export, format as fmt
from desk_app.sync.district import importer
from desk_app.sync.district import store as district_store
from desk_app.sync.keys import unit_keys

from tests.unit.sync.conftest import counts, do_export, link, make_desk, register


@pytest.fixture
def exported(linked, district, tmp_path):
    """One good file already imported (so 'nothing applied' is checked against real rows)."""
    register(linked, 3)
    importer.import_file(district, do_export(linked, tmp_path / "out").path)
    register(linked, 20, start=3)
    return do_export(linked, tmp_path / "out")


def _refused(district, path, kind, words):
    before = counts(district)
    outcome = importer.import_file(district, path)
    assert outcome.status == importer.REFUSED and outcome.kind == kind, outcome.message
    assert words in outcome.message
    assert counts(district) == before
    return outcome


@pytest.mark.parametrize("where", ["prelude", "header", "body", "trailer"])
def test_flipped_byte(exported, district, where):
    data = bytearray(exported.path.read_bytes())
    header_len = int.from_bytes(data[12:16], "big")
    offset = {"prelude": 13, "header": fmt.PRELUDE_SIZE + 3,
              "body": fmt.PRELUDE_SIZE + header_len + 500, "trailer": len(data) - 5}[where]
    data[offset] ^= 0x01
    exported.path.write_bytes(bytes(data))
    _refused(district, exported.path, fmt.CORRUPT, "bị hỏng")


@pytest.mark.parametrize("keep", [5, 20, 0.5, -1])
def test_truncated(exported, district, keep):
    data = exported.path.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else (keep if keep > 0 else len(data) + keep)
    exported.path.write_bytes(data[:size])
    kind = fmt.NOT_SYNC if size < len(fmt.MAGIC) else fmt.TRUNCATED
    _refused(district, exported.path, kind, "không phải" if kind == fmt.NOT_SYNC else "cắt cụt")


def test_wrong_recipient(linked, district, tmp_path, clock):
    other, _ = district_store.init(tmp_path / "other-district", clock=clock)
    settings = linked.settings
    settings.district_public_key = other.keys.public.text()
    linked.save_settings(settings, linked.officers.resolve(None)["id"])
    register(linked, 2)
    result = do_export(linked, tmp_path / "out")
    _refused(district, result.path, fmt.WRONG_RECIPIENT, "cấp trên khác")
    other.add_unit("CAXTT", "Công an xã Tân Tiến", unit_keys(linked.data_dir).public.text())
    assert importer.import_file(other, result.path).status == importer.IMPORTED  # the right one can
    other.close()


def test_recipient_header_forged_still_cannot_be_opened(exported, district):
    """The header names us, but the key inside was sealed for someone else."""
    envelope = fmt.open_envelope(exported.path)
    with open(exported.path, "rb") as handle:
        from nacl.public import PrivateKey

        with pytest.raises(fmt.SyncFileError) as caught:
            fmt.open_contents(envelope, handle, PrivateKey.generate(), district.keys.public)
    assert caught.value.kind == fmt.WRONG_RECIPIENT


def test_unknown_unit(linked, tmp_path, clock):
    stranger, _ = district_store.init(tmp_path / "stranger", clock=clock)
    settings = linked.settings
    settings.district_public_key = stranger.keys.public.text()
    linked.save_settings(settings, linked.officers.resolve(None)["id"])
    register(linked, 1)
    _refused(stranger, do_export(linked, tmp_path / "out").path, fmt.UNKNOWN_UNIT, "chưa được khai báo")
    stranger.close()


def test_another_units_file_renamed(linked, district, tmp_path, clock):
    other = make_desk(tmp_path / "caxth", clock, "CAXTH", "Công an xã Tân Hòa")
    link(other, district)
    register(other, 2)
    theirs = do_export(other, tmp_path / "out-th")
    register(linked, 1)
    ours = do_export(linked, tmp_path / "out")
    # CAXTH's file renamed to look like CAXTT's number 1.
    fake = ours.path.with_name("CAXTT_20261123_seq0001.dsync")
    ours.path.unlink()
    shutil.copy(theirs.path, fake)
    outcome = _refused(district, fake, fmt.RENAMED, "đổi tên")
    assert "CAXTH" in outcome.message
    other.close()


def test_file_signed_by_another_unit(linked, district, tmp_path, clock):
    """A file claiming to be CAXTT's but signed with someone else's key."""
    other = make_desk(tmp_path / "caxth", clock, "CAXTH", "Công an xã Tân Hòa")
    district.add_unit("CAXTT", "Công an xã Tân Tiến", unit_keys(other.data_dir).public.text())
    register(linked, 1)
    _refused(district, do_export(linked, tmp_path / "out").path, fmt.BAD_SIGNATURE, "khóa khác")
    other.close()


def test_not_a_sync_file(district, tmp_path):
    path = tmp_path / "notes.dsync"
    path.write_text("xin chào", encoding="utf-8")
    _refused(district, path, fmt.NOT_SYNC, "không phải tệp đồng bộ")


# -- an export interrupted midway ------------------------------------------------------------

def test_full_disk_midway_leaves_no_file_and_loses_nothing(linked, tmp_path, monkeypatch):
    register(linked, 40)
    waiting = linked.store.scalar("SELECT MAX(seq) FROM changes")
    real_push = fmt._Encryptor._push
    calls = []

    def push_then_fail(self, chunk, tag):
        calls.append(len(chunk))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_push(self, chunk, tag)

    monkeypatch.setattr(fmt._Encryptor, "_push", push_then_fail)
    out = tmp_path / "usb"
    with pytest.raises(OSError) as caught:
        do_export(linked, out)
    assert caught.value.errno == errno.ENOSPC
    assert list(out.iterdir()) == []  # neither a .dsync nor a leftover .part
    assert linked.store.scalar("SELECT COUNT(*) FROM sync_exports") == 0
    monkeypatch.setattr(fmt._Encryptor, "_push", real_push)
    retry = do_export(linked, out)
    assert retry.export_seq == 1 and retry.from_seq == 1 and retry.to_seq == waiting
    assert [p.name for p in out.iterdir()] == [retry.path.name]


def test_stick_pulled_leaves_only_a_part_file_the_importer_refuses(linked, district, tmp_path, monkeypatch):
    register(linked, 40)
    real_write = fmt._HashingWriter.write
    written = []

    def write_then_fail(self, data):
        written.append(len(data))
        if sum(written) > 50_000:
            raise OSError(errno.EIO, "Input/output error")
        real_write(self, data)

    monkeypatch.setattr(fmt._HashingWriter, "write", write_then_fail)
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: (_ for _ in ()).throw(OSError(errno.ENODEV, "gone")))
    out = tmp_path / "usb"
    with pytest.raises(OSError):
        do_export(linked, out)
    left = list(out.iterdir())
    assert [p.suffix for p in left] == [".part"] and left[0].name.startswith(".")
    assert not any(p.name.endswith(fmt.FILE_SUFFIX) for p in left)
    monkeypatch.undo()
    os.replace(left[0], out / "CAXTT_20261123_seq0001.dsync")  # someone renames it anyway
    _refused(district, out / "CAXTT_20261123_seq0001.dsync", fmt.TRUNCATED, "cắt cụt")


def test_export_without_district_key_is_refused_clearly(desk, tmp_path):
    register(desk, 1)
    with pytest.raises(export.ExportError, match="khóa công khai của Công an tỉnh Bắc Ninh"):  # by its name
        do_export(desk, tmp_path / "out")
