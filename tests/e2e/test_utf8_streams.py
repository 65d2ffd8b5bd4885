"""Vietnamese through pipes whatever the system's code page: on Windows a piped stream uses the
ANSI code page (cp1252 here stands in for it), where "Đ" cannot be encoded; and JSON on stdin
may begin with the byte-order mark Notepad and PowerShell write."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _run(*args: str, data_dir, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0", "DESK_APP_PIN": "4826",
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desk_app", "--data-dir", str(data_dir), *args], input=stdin,
                          capture_output=True, env=env, timeout=120)


def test_vietnamese_output_and_a_bom_on_stdin_survive_a_code_page(tmp_path):
    made = _run("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Đông Tiến", "--commander",
                "Nguyễn Văn Hùng", "--commander-pin", "4826", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr.decode("utf-8", "replace")
    assert "Công an xã Đông Tiến" in made.stdout.decode("utf-8")  # UTF-8, not cp1252 (which has no "Đ")
    dossier = {"full_name": "Đặng Thị Ánh", "procedure": "1.004194"}
    registered = _run("--json", "register", data_dir=tmp_path,
                      stdin=b"\xef\xbb\xbf" + json.dumps(dossier, ensure_ascii=False).encode("utf-8"))
    assert registered.returncode == 0, registered.stderr.decode("utf-8", "replace")
    code = json.loads(registered.stdout.decode("utf-8"))["code"]
    shown = _run("--json", "show", code, data_dir=tmp_path)
    assert "Đặng Thị Ánh" in shown.stdout.decode("utf-8")
    refused = _run("show", "KHÔNG-CÓ", data_dir=tmp_path)
    assert refused.returncode != 0 and "KHÔNG-CÓ" in refused.stderr.decode("utf-8")  # the error in UTF-8 too
