"""No function in desk_app/ui/ longer than 60 lines (issue 11): a long __init__ is split into
the parts it lays out. Counted with ast from `def` to the function's last line."""

from __future__ import annotations

import ast
from pathlib import Path

import desk_app

UI = Path(desk_app.__file__).parent / "ui"
LIMIT = 60
ALLOWED: dict[str, int] = {}  # (emptied: every long __init__ is split into the parts it lays out)


def _functions(tree: ast.AST, prefix: str = ""):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield f"{prefix}{node.name}", node
            yield from _functions(node, f"{prefix}{node.name}.")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, f"{prefix}{node.name}.")


def long_functions() -> dict[str, int]:
    found = {}
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, node in _functions(tree):
            length = node.end_lineno - node.lineno + 1
            if length > LIMIT:
                found[f"{path.relative_to(UI).as_posix()}:{name}"] = length
    return found


def test_no_function_in_ui_is_longer_than_60_lines():
    too_long = {name: length for name, length in long_functions().items() if name not in ALLOWED}
    assert too_long == {}, f"split these into parts of at most {LIMIT} lines: {too_long}"


def test_the_allow_list_names_only_functions_that_are_still_long():
    assert set(ALLOWED) <= set(long_functions()), "shorter now: remove its line from ALLOWED"


def test_the_count_finds_a_long_function():
    body = "\n".join(f"        x{i} = {i}" for i in range(LIMIT))
    tree = ast.parse(f"class A:\n    def long(self):\n{body}\n")
    (name, node), = [(n, f) for n, f in _functions(tree)]
    assert name == "A.long" and node.end_lineno - node.lineno + 1 == LIMIT + 1
