"""argparse's own words are Vietnamese like the commands' help: no "usage:" or "error:"."""

from __future__ import annotations


def test_help_reads_in_vietnamese(cli):
    result = cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("Cách dùng: desk-app")
    assert "tùy chọn:" in result.stdout and "in hướng dẫn này rồi thoát" in result.stdout
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in result.stdout


def test_a_mistake_is_told_in_vietnamese(cli):
    result = cli("find")
    assert result.returncode == 2
    assert "desk-app find: lỗi: còn thiếu đối số: query" in result.stderr
    assert "usage:" not in result.stderr and "error:" not in result.stderr
    wrong = cli("frob")
    assert "không có lựa chọn 'frob'" in wrong.stderr
