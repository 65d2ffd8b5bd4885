#!/usr/bin/env python3
"""Set up and run desk_app from a fresh clone, with nothing but Python 3.11+.

    python3 dev.py start     install into .venv and open the desk window
    python3 dev.py test      install into .venv (with test tools) and run the whole test suite

Extra arguments after `test` go to pytest; after `start`, to desk-app. The tests run on every
core (pytest-xdist's `-n auto`) unless the arguments say how (`-n 0` runs them in one process).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# Debian packages the tests need on a bare Linux machine: Qt's offscreen platform libraries,
# and poppler-utils (pdftoppm) to turn printed PDFs into pictures.
DEBIAN_TEST_PACKAGES = ["libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3", "poppler-utils",
                        "tesseract-ocr", "tesseract-ocr-vie", "sane-utils"]  # OCR and the SANE test scanner


def run(*cmd: str | Path, **kwargs) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project once per change of pyproject.toml."""
    if sys.version_info < (3, 11):
        sys.exit("desk_app cần Python 3.11 trở lên.")
    if not PYTHON.exists():
        import venv  # here, not above: Windows' embeddable Python has no venv, and the installer's tools import dev.py

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
    return subprocess.call([str(PYTHON), "-m", "pytest", *pytest_arguments(rest, has_xdist())], cwd=ROOT, env=env)


def has_xdist() -> bool:
    return subprocess.run([str(PYTHON), "-c", "import xdist"], capture_output=True).returncode == 0


# Arguments with which spreading the tests over processes is not wanted: the user chose the
# processes or turned the plugin off, debugs in one process, or only lists the tests.
ONE_PROCESS_OPTIONS = {"-n", "--numprocesses", "--dist", "--pdb", "--trace", "--co", "--collect-only",
                       "--collectonly", "--sw", "--stepwise", "-s", "--capture=no"}


def pytest_arguments(rest: list[str], xdist: bool) -> list[str]:
    """pytest's arguments: the user's, with `-n auto` when pytest-xdist is installed and they
    did not say otherwise."""
    plugins_off = {b for a, b in zip(rest, rest[1:]) if a == "-p"} | {a[2:] for a in rest if a.startswith("-p")}
    if not xdist or "no:xdist" in plugins_off or any(
            a.split("=")[0] in ONE_PROCESS_OPTIONS or (a.startswith("-n") and not a.startswith("--")) for a in rest):
        return rest
    return ["-n", "auto", *rest]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
