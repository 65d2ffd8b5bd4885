"""A full disk at the counter: the officer still looks dossiers up, searches and prints an
existing slip to a printer; writing is refused with a clear message; the preview printer says
it could not write the picture. On a real full filesystem (a small tmpfs: needs root)."""

from __future__ import annotations

import contextlib
import errno
import subprocess
import sys

import pytest
import zxingcpp

from desk_app.printing import escpos_decode
from tests.conftest import run_cli
from tests.e2e.test_print_cli import setup_and_register
from tests.unit.printing.thermal_helpers import Listener

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="a tmpfs is mounted: Linux only")


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB filesystem of its own, unmounted after the test."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root (mount: " + mounted.stderr.decode(errors="replace").strip() + ")")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder, name: str = "filler", chunk: int = 4096) -> None:
    """Write until the filesystem says it is full."""
    with open(folder / name, "wb", buffering=0) as out:
        with contextlib.suppress(OSError):
            while True:
                out.write(b"\0" * chunk)
    assert_full(folder)


def assert_full(folder) -> None:
    with pytest.raises(OSError) as caught:
        with open(folder / "probe", "wb", buffering=0) as probe:
            probe.write(b"\0" * 4096)
    assert caught.value.errno == errno.ENOSPC


@pytest.fixture
def full_desk(small_disk):
    """A desk with one dossier and a network printer on the small disk, then the disk filled
    with no connection open (the WAL index, -shm, was deleted by the last one to close)."""
    data = small_disk / "data"
    listener = Listener()

    def cli(*args, **kwargs):
        return run_cli(*args, data_dir=data, **kwargs)

    code = setup_and_register(cli)
    assert cli("printer", "add", "Quầy", "--kind", "network", "--host", "127.0.0.1",
               "--port", str(listener.port)).returncode == 0
    assert not (data / "desk.sqlite3-shm").exists()
    yield cli, code, listener, small_disk
    listener.close()


def test_reading_searching_and_printing_work_on_a_full_disk(full_desk):
    cli, code, listener, disk = full_desk
    fill(disk)
    shown = cli("show", code)
    assert shown.returncode == 0, shown.stderr
    assert code in shown.stdout and "Lê Thị Ánh" in shown.stdout
    found = cli("find", "le thi anh")
    assert found.returncode == 0 and code in found.stdout, found.stderr
    assert "Ổ đĩa đã đầy" in found.stderr  # told that nothing can be saved now

    printed = cli("print", "slip", code, "--printer", "Quầy")
    assert printed.returncode == 0, printed.stderr
    assert [r.text for r in zxingcpp.read_barcodes(escpos_decode.decode(listener.wait(), 576).image)] == [code]
    assert "Đã in" in printed.stdout

    written = cli("status", code, "--to", "in_progress")
    assert written.returncode == 1
    assert "Lỗi: Ổ đĩa đã đầy" in written.stderr and "chưa lưu được" in written.stderr


def test_preview_printer_on_a_full_disk_says_the_picture_was_not_written(full_desk):
    cli, code, _listener, disk = full_desk
    fill(disk)
    for _ in range(3):  # every time, not now and then
        result = cli("print", "slip", code)
        assert result.returncode == 1, result.stdout
        assert "không ghi được ảnh phiếu" in result.stderr and "ổ đĩa đã đầy" in result.stderr
    assert list((disk / "data" / "print-preview").glob("*.png")) == []  # no half picture left


def test_a_little_room_left_still_reads(full_desk):
    """Room for the WAL index but not for the audit log's entry: the look is shown, and the
    officer is told it could not be written down."""
    cli, code, _listener, disk = full_desk
    (disk / "room").write_bytes(b"\0" * 32768)
    fill(disk)
    (disk / "room").unlink()
    shown = cli("show", code)
    assert shown.returncode == 0, shown.stderr
    assert code in shown.stdout
    assert "chưa ghi được vào nhật ký kiểm tra" in shown.stderr
