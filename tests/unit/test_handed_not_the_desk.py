"""printing/, sync/ and backups/ sit below app (the layers in pyproject.toml) in spirit too:
the Desk hands them what they read (printing/sources.py, SyncService's and BackupService's
arguments), never itself. No parameter, field or attribute there is named `desk`, and nothing
there names `Desk`."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"
BELOW_THE_DESK = ("printing", "sync", "backups", "notify")


def _names_desk(node: ast.AST | None) -> bool:
    """An annotation that names Desk: `Desk`, `app.Desk`, `"Desk"`, `Desk | None`, `list[Desk]`."""
    if node is None:
        return False
    for part in ast.walk(node):
        if isinstance(part, ast.Name) and part.id == "Desk" or isinstance(part, ast.Attribute) and part.attr == "Desk":
            return True
        if isinstance(part, ast.Constant) and isinstance(part.value, str):
            try:
                if _names_desk(ast.parse(part.value, mode="eval")):
                    return True
            except SyntaxError:
                pass
    return False


def handed_the_desk(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            a = node.args
            for arg in (*a.posonlyargs, *a.args, *a.kwonlyargs, *filter(None, (a.vararg, a.kwarg))):
                if arg.arg == "desk":
                    found.append(f"{where}: parameter desk")
                if _names_desk(arg.annotation):
                    found.append(f"{where}: {arg.arg} annotated Desk")
            if not isinstance(node, ast.Lambda) and _names_desk(node.returns):
                found.append(f"{where}: {node.name} returns a Desk")
        elif isinstance(node, ast.AnnAssign):
            if isinstance(node.target, ast.Name) and node.target.id == "desk":
                found.append(f"{where}: field desk")
            if _names_desk(node.annotation):
                found.append(f"{where}: annotated Desk")
        elif isinstance(node, ast.Attribute) and node.attr == "desk" and isinstance(node.ctx, ast.Store):
            found.append(f"{where}: attribute .desk")
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = {a.name for a in node.names}
            if node.module == "desk_app.app" or "Desk" in names or node.module == "desk_app" and "app" in names:
                found.append(f"{where}: imports {node.module}")
        elif isinstance(node, ast.Import) and any(a.name == "desk_app.app" for a in node.names):
            found.append(f"{where}: imports desk_app.app")
    return found


def test_the_services_below_the_desk_are_handed_what_they_read():
    found = [hit for folder in BELOW_THE_DESK for path in sorted((PACKAGE / folder).rglob("*.py"))
             for hit in handed_the_desk(path)]
    assert found == []


def test_the_checker_would_notice(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text(
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from desk_app.app import Desk\n"
        "def write(desk, path): ...\n"
        "def board(source: Desk | None, path): ...\n"
        "def sheet(source: 'Desk', path): ...\n"
        "class Service:\n"
        "    owner: list[Desk]\n"
        "    def __init__(self, *, desk):\n        self.desk = desk\n"
        "import desk_app.app\nfrom desk_app import app\n", encoding="utf-8")
    assert len(handed_the_desk(sample)) == 9
    fine = tmp_path / "fine.py"
    fine.write_text("def write(sources, path, desk_code: str):\n    return sources.desk_folder\n", encoding="utf-8")
    assert handed_the_desk(fine) == []
