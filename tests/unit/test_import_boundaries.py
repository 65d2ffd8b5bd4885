"""Nothing outside desk_app/ui imports Qt (checked on the source and by import-linter), and the
layers import one way (import-linter's layers contract in pyproject.toml)."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in ("PySide6", "shiboken6")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("PySide6", "shiboken6"):
            found.append(node.module)
    return found


def test_no_qt_outside_ui_in_the_source():
    offenders = {str(p.relative_to(PACKAGE)): qt_imports(p) for p in PACKAGE.rglob("*.py")
                 if "ui" not in p.relative_to(PACKAGE).parts[:1] and qt_imports(p)}
    assert offenders == {}


def test_the_checker_would_notice(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert qt_imports(bad) == ["PySide6.QtCore"]


def test_core_services_load_without_qt():
    code = ("import sys, desk_app.app, desk_app.cli; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.skipif(os.name == "nt", reason="the import contracts do not depend on the platform: checked on Linux")
def test_import_linter_contracts():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Only desk_app.ui imports Qt KEPT" in result.stdout
    assert "Layers run one way KEPT" in result.stdout


def test_the_desk_loads_printing_and_crypto_libraries_at_their_first_use():
    # The window opens on the Desk: Pillow, qrcode, reportlab and PyNaCl wait for the first print or export.
    code = ("import sys, desk_app.app; "
            "print(sorted(m for m in ('PIL', 'qrcode', 'reportlab', 'nacl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
