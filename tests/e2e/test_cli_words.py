"""argparse's own words are Vietnamese like the commands' help: no "usage:" or "error:"."""

from __future__ import annotations


def test_help_reads_in_vietnamese(cli_here):
    result = cli_here("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Cách dùng: desk-app")
    assert "tùy chọn:" in result.stdout and "in hướng dẫn này rồi thoát" in result.stdout
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in result.stdout


def test_a_mistake_is_told_in_vietnamese(cli_here):
    result = cli_here("find")
    assert result.returncode == 2
    assert "desk-app find: lỗi: còn thiếu đối số: query" in result.stderr
    assert "usage:" not in result.stderr and "error:" not in result.stderr
    wrong = cli_here("frob")
    assert "không có lựa chọn 'frob'" in wrong.stderr


def test_backup_says_its_size_as_people_read_it(cli_here, tmp_path):
    import re

    setup = cli_here("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng",
                     env={"DESK_APP_RECOVERY_PASSPHRASE": "trâu vàng gặm cỏ bên sông"})
    assert setup.returncode == 0, setup.stderr
    made = cli_here("backup", "--to", str(tmp_path / "usb"))
    assert made.returncode == 0, made.stderr
    assert re.search(r"\((\d+(,\d)? (KB|MB)|\d+ byte)\)", made.stdout), made.stdout
    assert not re.search(r"\d,\d{3}", made.stdout)  # never "455,408 byte"


def test_sizes_read_the_vietnamese_way():
    from desk_app.core.text import vn_number, vn_size

    assert vn_size(812) == "812 byte"
    assert vn_size(455_408) == "445 KB"
    assert vn_size(13_000_000) == "12,4 MB"
    assert vn_number(455_408) == "455.408"
