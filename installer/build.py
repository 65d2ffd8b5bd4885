#!/usr/bin/env python3
"""Build the desk-app bundle with PyInstaller and smoke-test it.

    python3 installer/build.py               build into installer/dist/desk-app, then check it
    python3 installer/build.py --check-only  check an existing bundle without rebuilding

The bundle is a folder: two executables (desk-app, desk-app-cli) and _internal/. The check runs
the built CLI in a temporary data folder (setup, demo, catalog, register, slip PNG, A4 PDF,
holidays) and starts the window offscreen for a few seconds. Exit code 0 only if every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
import dev  # noqa: E402  (the project's own .venv set-up, shared with `dev.py start`)

SPEC = HERE / "desk_app.spec"
DIST = HERE / "dist"
WORK = HERE / "build"
BUNDLE = DIST / "desk-app"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
CLI = BUNDLE / f"desk-app-cli{EXE_SUFFIX}"
WINDOW = BUNDLE / f"desk-app{EXE_SUFFIX}"
WINDOW_SECONDS = 3.0
# System libraries a bare Linux machine may lack (the Qt X11 plugin's, and libusb for USB printers):
# PyInstaller copies them into the bundle only when the build machine has them (Debian/Ubuntu packages).
SYSTEM_LIBRARIES = {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
                    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
                    "libusb-1.0.so.0": "libusb-1.0-0"}


def ensure_tools() -> None:
    """The project in .venv as `dev.py start` installs it (again only when pyproject.toml changed,
    so the bundle gets the dependencies it names), then PyInstaller beside it."""
    dev.ensure_venv("")
    if subprocess.run([str(dev.PYTHON), "-c", "import PyInstaller"], capture_output=True).returncode != 0:
        print("Cài PyInstaller vào .venv … / installing PyInstaller into .venv …", flush=True)
        dev.run(dev.PYTHON, "-m", "pip", "install", "--quiet", "pyinstaller")


def build() -> None:
    print("Đóng gói bằng PyInstaller … / building with PyInstaller …", flush=True)
    dev.run(dev.PYTHON, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", DIST, "--workpath", WORK, SPEC, cwd=ROOT)


def warn_missing_system_libraries() -> None:
    if not sys.platform.startswith("linux"):
        return
    missing = [package for library, package in SYSTEM_LIBRARIES.items() if not (BUNDLE / "_internal" / library).exists()]
    if missing:
        print(f"Chú ý / note: the bundle lacks system libraries; the counter PC must have them, or install them "
              f"here and build again: apt-get install {' '.join(missing)}")


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


COMMANDER_PIN = "4826"


class SmokeCheck:
    """Runs the built executables one step at a time; stops at the first failure."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.passed: list[str] = []
        # The bundle must not lean on the build's venv or a developer's data folder.
        self.env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "DESK_APP_DATA_DIR")}
        # Commands that write ask for the officer's PIN: the commander set up below.
        self.env["DESK_APP_PIN"] = COMMANDER_PIN

    def cli(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        command = [str(CLI), "--data-dir", str(self.data_dir), *args]
        return subprocess.run(command, input=stdin, capture_output=True, text=True, encoding="utf-8",
                              env=self.env, timeout=120)

    def step(self, label: str, result: subprocess.CompletedProcess, ok: bool = True, note: str = "") -> None:
        if result.returncode != 0 or not ok:
            print(f"  LỖI / FAILED  {label}  (mã thoát / exit {result.returncode})")
            for stream in (result.stdout, result.stderr):
                if stream.strip():
                    print("    " + stream.strip().replace("\n", "\n    "))
            raise SystemExit(1)
        self.passed.append(label)
        print(f"  ĐẠT / OK      {label}" + (f"  → {note}" if note else ""), flush=True)

    def run_all(self, out: Path) -> None:
        version = self.cli("--version")
        self.step("desk-app-cli --version", version, "desk-app" in version.stdout, version.stdout.strip())

        self.step("setup", self.cli("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến",
                                    "--commander", "Nguyễn Văn Hùng", "--commander-pin", COMMANDER_PIN))
        demo = self.cli("demo", "--dossiers", "5")
        self.step("demo --dossiers 5", demo, "5" in demo.stdout, demo.stdout.strip())

        listing = self.cli("catalog", "list")
        lines = [line for line in listing.stdout.splitlines() if line.strip()]
        self.step("catalog list", listing, bool(lines), f"{len(lines)} thủ tục / procedures")
        procedure = lines[0].split()[0]

        citizen = {"full_name": "Lê Thị Ánh", "id_number": "001190000321", "procedure": procedure}
        registered = self.cli("--json", "register", stdin=json.dumps(citizen, ensure_ascii=False))
        code = json.loads(registered.stdout)["code"] if registered.returncode == 0 else ""
        self.step(f"register ({procedure})", registered, bool(code), code)

        png = out / "slip.png"
        slip = self.cli("print", "slip", code, "--png", str(png))
        made = png.is_file() and png.stat().st_size > 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        self.step(f"print slip {code} --png", slip, made, f"{png.stat().st_size if made else 0} bytes")

        pdf = out / "receipt.pdf"
        form = self.cli("print", "form", code, "--pdf", str(pdf))
        made = pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
        self.step(f"print form {code} --pdf", form, made, f"{pdf.stat().st_size if made else 0} bytes")

        year = str(time.localtime().tm_year)
        holidays = self.cli("calendar", "holidays", year)
        self.step(f"calendar holidays {year}", holidays, "Tết" in holidays.stdout,
                  "có Tết (tên tiếng Việt) / Vietnamese holiday names")

        self.window()

    def window(self) -> None:
        """The window cannot be driven here; it must start (Qt plugins found) and stay up."""
        env = {**self.env, "QT_QPA_PLATFORM": "offscreen"}
        process = subprocess.Popen([str(WINDOW), "--data-dir", str(self.data_dir)], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            process.wait(timeout=WINDOW_SECONDS)
        except subprocess.TimeoutExpired:
            pass
        alive = process.poll() is None
        if alive:
            process.terminate()
        stdout, stderr = process.communicate(timeout=30)
        text = stderr.decode("utf-8", "replace")
        result = subprocess.CompletedProcess(process.args, 0 if alive else process.returncode,
                                             stdout.decode("utf-8", "replace"), text)
        self.step(f"desk-app (cửa sổ / window, offscreen, {WINDOW_SECONDS:g} s)", result,
                  alive and "Traceback" not in text, "chạy, không lỗi / running, no traceback")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check-only", action="store_true", help="skip the build; check installer/dist/desk-app")
    args = parser.parse_args(argv)
    if not args.check_only:
        ensure_tools()
        build()
    if not CLI.exists():
        print(f"Không thấy / not found: {CLI}")
        return 1
    warn_missing_system_libraries()
    size_mb = folder_size(BUNDLE) / 1024 / 1024
    print(f"Gói / bundle: {BUNDLE.relative_to(ROOT)}  ({size_mb:.0f} MB)")
    print("Kiểm tra nhanh / smoke check:")
    with tempfile.TemporaryDirectory(prefix="desk-app-smoke-") as tmp:
        check = SmokeCheck(Path(tmp) / "data")
        try:
            check.run_all(Path(tmp))
        except SystemExit:
            print(f"KHÔNG ĐẠT / FAILED after {len(check.passed)} passed steps")
            return 1
    print(f"Tất cả {len(check.passed)} bước đều đạt / all {len(check.passed)} steps passed. "
          f"Bundle: {size_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
