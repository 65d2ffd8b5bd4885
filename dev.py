#!/usr/bin/env python3
"""Set up and run desk_app from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py start     install into .venv and open the desk window
    python3 dev.py test      install into .venv (with test tools) and run the whole test suite

Extra arguments after `test` go to pytest; after `start`, to desk-app.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# Debian packages the tests need on a bare Linux machine: Qt's offscreen platform libraries,
# and poppler-utils (pdftoppm) to turn printed PDFs into pictures.
DEBIAN_TEST_PACKAGES = ["libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3", "poppler-utils"]


def run(*cmd: str | Path, **kwargs) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project once per change of pyproject.toml."""
    if sys.version_info < (3, 11):
        sys.exit("desk_app cần Python 3.11 trở lên.")
    if not PYTHON.exists():
        print("Tạo môi trường ảo .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    print("Cài đặt các gói cần thiết …", flush=True)
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    run(PYTHON, "-m", "pip", "install", "--quiet", "-e", target, cwd=ROOT)
    stamp.write_text(wanted)


def ensure_debian_packages() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg") or not shutil.which("apt-get"):
        return
    missing = [p for p in DEBIAN_TEST_PACKAGES
               if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if not missing:
        return
    if os.geteuid() != 0:
        print(f"Thiếu gói hệ thống: {' '.join(missing)} (cài bằng: sudo apt-get install {' '.join(missing)})")
        return
    print(f"Cài gói hệ thống: {' '.join(missing)} …", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run("apt-get", "update", "-qq", env=env)
    run("apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("start", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "start":
        ensure_venv("")
        return subprocess.call([str(PYTHON), "-m", "desk_app", *rest])
    ensure_venv("test")
    ensure_debian_packages()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
