#!/usr/bin/env python3
"""Build the desk's Windows setup on Linux: dist/desk-app-setup-VERSION.exe.

    python3 installer/windows/build.py

1. Windows' embeddable Python and the pinned win_amd64 wheels (requirements.txt), cached;
2. PyInstaller, run by that Python under Wine with installer/desk_app.spec: the window
   (desk-app.exe) and the command line (desk-app-cli.exe) in one folder;
3. a smoke check of the bundle (`desk-app-cli --version` with its output piped);
4. NSIS (desk-app.nsi) wraps the folder into the setup.

A second build reuses the cached Python, wheels and Wine prefix, and PyInstaller's work folder.
`installer/windows/check.sh` installs the setup and checks it as a user would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wine  # noqa: E402  (installer/windows/wine.py)

ROOT = wine.ROOT
WORK = wine.HERE / "build"
BUNDLE = WORK / "dist" / "desk-app"
DIST = ROOT / "dist"


def version() -> str:
    text = (ROOT / "desk_app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def bundle(python: Path, prefix: Path) -> None:
    wine.say("Đóng gói bằng PyInstaller dưới Wine / PyInstaller under Wine …")
    # ERROR: under Wine every UCRT DLL (api-ms-win-crt-*, part of Windows 10) is "not found".
    wine.run(prefix, python, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
             "--distpath", wine.windows_path(WORK / "dist"), "--workpath", wine.windows_path(WORK / "pyinstaller"),
             wine.windows_path(ROOT / "installer" / "desk_app.spec"), cwd=ROOT)


def smoke(prefix: Path, expected: str) -> None:
    out = wine.run(prefix, BUNDLE / "desk-app-cli.exe", "--version").stdout.strip()
    if expected not in out:
        sys.exit(f"LỖI / FAILED: desk-app-cli --version printed {out!r}, expected {expected}")
    wine.say(f"ĐẠT / OK  desk-app-cli --version → {out}")


def setup_exe(number: str) -> Path:
    out = DIST / f"desk-app-setup-{number}.exe"
    DIST.mkdir(exist_ok=True)
    version4 = ".".join((number.split(".") + ["0"] * 4)[:4])
    wine.say("Tạo bộ cài bằng NSIS / NSIS …")
    subprocess.run(["makensis", "-V2", f"-DVERSION={number}", f"-DVERSION4={version4}", f"-DBUNDLE={BUNDLE}",
                    f"-DOUTFILE={out}", str(wine.HERE / "desk-app.nsi")], check=True)
    return out


def megabytes(path: Path) -> float:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files) / 2**20


def main() -> int:
    started = time.monotonic()
    wine.ensure_debian_tools()
    python = wine.build_python()
    prefix = wine.make_prefix(wine.CACHE / "wine")
    prepared = time.monotonic()
    number = version()
    shutil.rmtree(BUNDLE, ignore_errors=True)
    bundle(python, prefix)
    smoke(prefix, number)
    bundled = time.monotonic()
    out = setup_exe(number)
    done = time.monotonic()
    wine.say(f"{out.relative_to(ROOT)}: {megabytes(out):.0f} MiB (bundle {megabytes(BUNDLE):.0f} MiB); "
             f"{done - started:.0f} s: tools and cache {prepared - started:.0f} s, PyInstaller {bundled - prepared:.0f} s, "
             f"NSIS {done - bundled:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
